package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// dlm is the minutes of a special democratic life meeting on the rectification.
func dlm(file, unit, date, host string) meeting {
	return meeting(casebuild.DemocraticLifeMeeting(file, unit, date, host))
}
