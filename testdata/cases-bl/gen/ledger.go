package main

import "strings"

// pipe turns lines of cells separated by "|" into rows; a line "-" is an empty row.
func pipe(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimSpace(line)
		if line == "-" {
			rows = append(rows, nil)
			continue
		}
		rows = append(rows, strings.Split(line, "|"))
	}
	return rows
}

// cat joins groups of rows.
func cat(groups ...[][]string) [][]string {
	var out [][]string
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
