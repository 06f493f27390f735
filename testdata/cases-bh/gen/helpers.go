package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// item is one problem of a case, numbered through (序号 from 1).
type item struct {
	no      int
	section string
	p
}

// pick keeps the pool's problems whose flattened index (0-based) is not in drop,
// numbering them 1, 2, … across the sections.
func pick(pool []sec, drop ...int) []item {
	d := map[int]bool{}
	for _, i := range drop {
		d[i] = true
	}
	var out []item
	k := 0
	for _, s := range pool {
		for _, q := range s.probs {
			if !d[k] {
				out = append(out, item{no: len(out) + 1, section: s.name, p: q})
			}
			k++
		}
	}
	return out
}

// cn writes n (1–99) in Chinese numerals as a list number does: 十一, 二十, 四十六.
func cn(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + d[n%10]
	default:
		return d[n/10] + "十" + d[n%10]
	}
}

// row is what a problem's ledger row says of its state.
type row struct {
	status, due, done, ev string
}

// ledgerCfg lays out a case's problems sheet.
type ledgerCfg struct {
	title   string   // merged title row
	fill    []string // a 填报 line under the title (nil: none)
	head    []string // the header: 序号, problem, measures, leader, department, deadline, status, completed, evidence[, note]
	leaders []string // taken by section, one a section (cycled)
	depts   []string // cycled by problem
	state   func(it item) row
	noLead  map[int]bool // rows left with no leader
}

// problemRows builds the sheet's rows: title, 填报 line, header, then each
// section as a merged row over the columns and its problems. It returns the
// rows, the merges and the spreadsheet row (1-based) of each 序号.
func problemRows(items []item, c ledgerCfg) ([][]string, [][2]string, map[int]int) {
	ncol := len(c.head)
	last := string(rune('A' + ncol - 1))
	rows := [][]string{{c.title}}
	merges := [][2]string{{"A1", last + "1"}}
	if c.fill != nil {
		rows = append(rows, c.fill)
	}
	rows = append(rows, c.head)
	at := map[int]int{}
	secNo := -1
	cur := ""
	for i, it := range items {
		if it.section != cur {
			cur = it.section
			secNo++
			rows = append(rows, []string{it.section})
			r := len(rows)
			merges = append(merges, [2]string{fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)})
		}
		st := c.state(it)
		lead := c.leaders[secNo%len(c.leaders)]
		if c.noLead[it.no] {
			lead = ""
		}
		r := []string{fmt.Sprint(it.no), it.t, it.m, lead, c.depts[i%len(c.depts)], st.due, st.status, st.done, st.ev}
		if ncol > 9 {
			r = append(r, "")
		}
		rows = append(rows, r)
		at[it.no] = len(rows)
	}
	return rows, merges, at
}

// stateOf gives a case's rows their state: done by a deadline from dues (cycled)
// a little before it, with evidence from evs; the 序号 in open get the open row.
func stateOf(dues, dones, evs []string, open map[int]row) func(item) row {
	return func(it item) row {
		if r, ok := open[it.no]; ok {
			return r
		}
		k := it.no % len(dues)
		return row{status: "已完成", due: dues[k], done: dones[k], ev: evs[it.no%len(evs)]}
	}
}

// count tells how many items the state calls done.
func countDone(items []item, f func(item) row) (done, open int) {
	for _, it := range items {
		if f(it).status == "已完成" || f(it).status == "已销号" || f(it).status == "完成" {
			done++
		} else {
			open++
		}
	}
	return
}

// listItems writes the report's problems one numbered paragraph each: the
// number (style "paren": （一）; "dot": 1．), the title as the style's
// template puts it, the measures and the state's words.
func listItems(items []item, style, tmpl string, words func(it item) string, skip map[int]bool) []string {
	var out []string
	n := 0
	for _, it := range items {
		if skip[it.no] {
			continue
		}
		n++
		num := fmt.Sprintf("（%s）", cn(n))
		if style == "dot" {
			num = fmt.Sprintf("%d．", n)
		}
		t := it.t
		if strings.Contains(tmpl, "“T”") {
			// a quotation inside a quotation takes single marks
			t = strings.NewReplacer("“", "‘", "”", "’").Replace(t)
		}
		head := strings.ReplaceAll(tmpl, "T", t)
		out = append(out, num+head+it.m+"。"+words(it))
	}
	return out
}

// minutesDoc is one meeting's minutes as a source text.
func minutesDoc(title, sub, when, place, host, attend, listen string, body ...string) string {
	var b strings.Builder
	b.WriteString("# " + title + "\n")
	if sub != "" {
		b.WriteString("<" + sub + "\n")
	}
	b.WriteString("<时间：" + when + "\n")
	if place != "" {
		b.WriteString("<地点：" + place + "\n")
	}
	b.WriteString("<主持：" + host + "\n")
	b.WriteString("<出席：" + attend + "\n")
	if listen != "" {
		b.WriteString("<列席：" + listen + "\n")
	}
	for _, l := range body {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// srcs holds, by case folder, its source files (path under src/CASE → text).
var srcs = map[string]map[string]string{}

func addSrc(c, path, text string) {
	if srcs[c] == nil {
		srcs[c] = map[string]string{}
	}
	srcs[c][path] = text
}

// writeSources writes every case's sources (or only those named) under src/.
func writeSources(only []string) error {
	o := map[string]bool{}
	for _, a := range only {
		o[a] = true
	}
	var names []string
	for c := range srcs {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		if len(o) > 0 && !o[c] {
			continue
		}
		if err := os.RemoveAll(filepath.Join("src", c)); err != nil {
			return err
		}
		for path, text := range srcs[c] {
			f := filepath.Join("src", c, path)
			if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// note prints what the generator laid out, for expected.json.
func note(c string, format string, a ...any) {
	fmt.Fprintf(os.Stderr, "%s: %s\n", c, fmt.Sprintf(format, a...))
}
