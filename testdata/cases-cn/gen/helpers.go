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
