package main

import "strings"

// tbl reads a table written one row a line, cells split by "|" (a cell may be
// empty); blank lines and lines starting with "#" are skipped.
func tbl(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "|"))
	}
	return rows
}

// cat joins tables.
func cat(parts ...[][]string) [][]string {
	var rows [][]string
	for _, p := range parts {
		rows = append(rows, p...)
	}
	return rows
}
