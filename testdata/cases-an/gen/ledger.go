package main

import "fmt"

// prob is one problem row of a ledger, by field; which fields a sheet shows,
// and in which order, is its header's business (see grid).
type prob struct {
	cat, title, measure, leader, dept, due, status, done, ev, note string
}

// grid lays out the problems under header: keys names, per column, the field
// shown there ("no" is the 序号, "" an empty cell).
func grid(header, keys []string, ps []prob) [][]string {
	rows := [][]string{header}
	for i, p := range ps {
		r := make([]string, len(keys))
		for c, k := range keys {
			switch k {
			case "no":
				r[c] = fmt.Sprint(i + 1)
			case "cat":
				r[c] = p.cat
			case "title":
				r[c] = p.title
			case "measure":
				r[c] = p.measure
			case "leader":
				r[c] = p.leader
			case "dept":
				r[c] = p.dept
			case "due":
				r[c] = p.due
			case "status":
				r[c] = p.status
			case "done":
				r[c] = p.done
			case "ev":
				r[c] = p.ev
			case "note":
				r[c] = p.note
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// numbered prefixes each row with its 序号 from 1.
func numbered(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string{fmt.Sprint(i + 1)}, r...)
	}
	return out
}
