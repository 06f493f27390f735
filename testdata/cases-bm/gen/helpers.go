package main

// tm is a problem's title and measures.
type tm struct{ title, measures string }

// fill makes prob rows from titles and measures: leaders and departments taken
// in turn, every row done by its deadline unless open lists its index (0-based)
// with the open row's deadline.
func fill(cat []string, ts []tm, leaders, depts []string, due, doneOn, ev []string, open map[int]string, status string) []prob {
	var ps []prob
	for i, t := range ts {
		p := prob{cat: cat[i%len(cat)], title: t.title, measures: t.measures,
			leader: leaders[i%len(leaders)], dept: depts[i%len(depts)],
			due: due[i%len(due)], status: "已完成", done: doneOn[i%len(doneOn)], ev: ev[i%len(ev)]}
		if d, ok := open[i]; ok {
			p.due, p.status, p.done, p.ev = d, status, "", ""
		}
		ps = append(ps, p)
	}
	return ps
}

// vary writes the done rows' status in the words offices use in turn.
func vary(ps []prob, words ...string) {
	for i := range ps {
		if ps[i].status == "已完成" {
			ps[i].status = words[i%len(words)]
		}
	}
}

// cols lays problems out in the columns a ledger's own header names, from the
// fields: n 序号, c cat, t title, m measures, l leader, d dept, u due, s status,
// f done, e evidence, o note.
func cols(first int, ps []prob, spec string) [][]string {
	var rows [][]string
	for i, p := range ps {
		var r []string
		for _, k := range spec {
			switch k {
			case 'n':
				r = append(r, itoa(first+i))
			case 'c':
				r = append(r, p.cat)
			case 't':
				r = append(r, p.title)
			case 'm':
				r = append(r, p.measures)
			case 'l':
				r = append(r, p.leader)
			case 'd':
				r = append(r, p.dept)
			case 'u':
				r = append(r, p.due)
			case 's':
				r = append(r, p.status)
			case 'f':
				r = append(r, p.done)
			case 'e':
				r = append(r, p.ev)
			case 'o':
				r = append(r, p.note)
			}
		}
		rows = append(rows, r)
	}
	return rows
}
