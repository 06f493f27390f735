package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A case of cases-av is long: its problems are kept once, in src/CASE/problems.dat,
// and written out twice, as the report's problem-by-problem sections and as the
// ledger's rows. The format, one line each:
//
//	## aspect                  a 方面 heading (its count is the problems under it)
//	* title                    a problem (also in the report)
//	*- title                   a problem of the ledger the report leaves out
//	d detail                   the ledger's words after the title (optional)
//	m measures                 the report's measures (several m lines are joined)
//	> status sentence          the report's status sentence, as written
//	| status | leader | dept | deadline | completed | evidence | note      the ledger row
//
// The report's template src/CASE/report.EXT.tpl holds a line {{ITEMS}} where the
// sections go; the case's style (styles below) says how they are written.
// src/CASE/minutes.dat holds the minutes, each after a line "=== PATH.EXT".

type problem struct {
	aspect, title, detail, measures, status string
	row                                     []string // status, leader, dept, deadline, completed, evidence, note
	ledgerOnly                              bool
}

type aspect struct {
	name  string
	probs []*problem
}

func readProblems(path string) ([]*aspect, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var as []*aspect
	var p *problem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		switch {
		case line == "" || strings.HasPrefix(line, "//"):
		case strings.HasPrefix(line, "## "):
			as = append(as, &aspect{name: line[3:]})
		case strings.HasPrefix(line, "*- "), strings.HasPrefix(line, "* "):
			if len(as) == 0 {
				return nil, fmt.Errorf("%s:%d: problem before any aspect", path, n)
			}
			p = &problem{aspect: as[len(as)-1].name, ledgerOnly: strings.HasPrefix(line, "*- ")}
			p.title = strings.TrimSpace(line[strings.Index(line, " ")+1:])
			as[len(as)-1].probs = append(as[len(as)-1].probs, p)
		case p == nil:
			return nil, fmt.Errorf("%s:%d: line before any problem", path, n)
		case strings.HasPrefix(line, "d "):
			p.detail = line[2:]
		case strings.HasPrefix(line, "m "):
			p.measures += line[2:]
		case strings.HasPrefix(line, "> "):
			p.status = line[2:]
		case strings.HasPrefix(line, "| "):
			cells := strings.Split(strings.Trim(line, "| "), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			for len(cells) < 7 {
				cells = append(cells, "")
			}
			p.row = cells
		default:
			return nil, fmt.Errorf("%s:%d: cannot read %q", path, n, line)
		}
	}
	for _, a := range as {
		for _, p := range a.probs {
			if p.row == nil || (!p.ledgerOnly && (p.measures == "" || p.status == "")) {
				return nil, fmt.Errorf("%s: problem %q lacks its row, measures or status", path, p.title)
			}
		}
	}
	return as, sc.Err()
}

var cn = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func cnum(n int) string {
	if n <= 10 {
		return cn[n-1]
	}
	if n < 20 {
		return "十" + cn[n-11]
	}
	s := cn[n/10-1] + "十"
	if n%10 != 0 {
		s += cn[n%10-1]
	}
	return s
}

// style says how a case's report writes its problem sections.
type style struct {
	aspect func(i int, a *aspect, count int) string // the 方面 heading
	item   func(i int, p *problem) []string         // the lines of one problem
}

// problems sheet rows of the aspects, 序号 from 1, as prob values.
func probRows(as []*aspect, cat func(string) string) []prob {
	var ps []prob
	for _, a := range as {
		for _, p := range a.probs {
			t := p.title
			if p.detail != "" {
				t += "。" + p.detail
			}
			r := p.row
			ps = append(ps, prob{cat(a.name), t, p.measures, r[1], r[2], r[3], r[0], r[4], r[5], r[6]})
		}
	}
	return ps
}

var styles = map[string]style{}

// caseProblems holds each case's problems once read, for its ledger function.
var caseProblems = map[string][]*aspect{}

// generated writes a case's report from its template and problems, and its minutes.
func generated(srcDir, outDir string) error {
	name := filepath.Base(srcDir)
	if _, err := os.Stat(filepath.Join(srcDir, "problems.dat")); err == nil {
		as, err := readProblems(filepath.Join(srcDir, "problems.dat"))
		if err != nil {
			return err
		}
		caseProblems[name] = as
		tpls, _ := filepath.Glob(filepath.Join(srcDir, "report.*.tpl"))
		for _, tpl := range tpls {
			raw, err := os.ReadFile(tpl)
			if err != nil {
				return err
			}
			st, ok := styles[name]
			if !ok {
				return fmt.Errorf("no style for %s", name)
			}
			var items []string
			k := 0
			for i, a := range as {
				count := len(a.probs)
				if h := st.aspect(i, a, count); h != "" {
					items = append(items, h)
				}
				for _, p := range a.probs {
					if p.ledgerOnly {
						continue
					}
					k++
					items = append(items, st.item(k, p)...)
				}
			}
			text := strings.Replace(string(raw), "{{ITEMS}}", strings.Join(items, "\n"), 1)
			out := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(tpl), ".tpl"))
			if err := builder.BuildText(tpl, text, out); err != nil {
				return err
			}
		}
	}
	if raw, err := os.ReadFile(filepath.Join(srcDir, "minutes.dat")); err == nil {
		parts := strings.Split("\n"+string(raw), "\n=== ")
		for _, part := range parts[1:] {
			nl := strings.Index(part, "\n")
			path, body := strings.TrimSpace(part[:nl]), strings.TrimLeft(part[nl+1:], "\n")
			if err := builder.BuildText(filepath.Join(srcDir, "minutes.dat")+":"+path, body, filepath.Join(outDir, path)); err != nil {
				return err
			}
		}
	}
	return nil
}

// counts prints, for checking expected.json, the statuses of the ledger and report.
func counts(name string) {
	as := caseProblems[name]
	led, rep := map[string]int{}, map[string]int{}
	n, nr := 0, 0
	for _, a := range as {
		for _, p := range a.probs {
			n++
			led[p.row[0]]++
			if !p.ledgerOnly {
				nr++
				rep[p.status]++
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%s: ledger %d rows %v\n   report %d items %v\n", name, n, led, nr, rep)
}

// ymd reads 2024年7月31日, 2024-07-31 or 2024/7/31 as a sortable number, or 0.
func ymd(s string) int {
	var y, m, d int
	for _, f := range []string{"%d年%d月%d日", "%d-%d-%d", "%d/%d/%d", "%d.%d.%d"} {
		if n, _ := fmt.Sscanf(s, f, &y, &m, &d); n == 3 {
			return y*10000 + m*100 + d
		}
	}
	return 0
}

// checkDates warns of a done row finished after its deadline, or a row
// without its leader, department, deadline or (when done) evidence.
func checkDates(name string) {
	k := 0
	for _, a := range caseProblems[name] {
		for _, p := range a.probs {
			k++
			r := p.row
			if d, c := ymd(r[3]), ymd(r[4]); d != 0 && c != 0 && c >= d {
				fmt.Fprintf(os.Stderr, "  %s 序号%d: completed %s on/after deadline %s\n", name, k, r[4], r[3])
			}
			if r[1] == "" || r[2] == "" || r[3] == "" {
				fmt.Fprintf(os.Stderr, "  %s 序号%d: no leader, department or deadline\n", name, k)
			}
			if r[0] == "已完成" && r[5] == "" {
				fmt.Fprintf(os.Stderr, "  %s 序号%d: done without evidence\n", name, k)
			}
			if r[0] != "已完成" && ymd(r[3]) != 0 {
				fmt.Fprintf(os.Stderr, "  %s 序号%d: not done (%s), deadline %s\n", name, k, r[0], r[3])
			}
		}
	}
}
