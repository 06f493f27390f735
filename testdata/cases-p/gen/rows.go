package main

import (
	"fmt"
	"strconv"
	"time"
)

// Cfg says how a case's ledger rows are filled.
type Cfg struct {
	Pool     []P
	N        int
	Leaders  []string
	Depts    []string
	Year     int
	DateFmt  int      // how dates are written (see fd)
	DoneText []string // status words of done rows, used in turn
	Evid     []string
	Feedback string // YYYY-MM-DD
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	must(err)
	return t
}

// fd writes a date the ways offices do.
func fd(t time.Time, style int) string {
	switch style {
	case 1:
		return fmt.Sprintf("%d.%d.%d", t.Year(), t.Month(), t.Day())
	case 2:
		return fmt.Sprintf("%d/%d/%d", t.Year(), t.Month(), t.Day())
	case 3:
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	case 4:
		return t.Format("2006-01-02")
	case 5:
		return fmt.Sprintf("%d月%d日前", t.Month(), t.Day())
	case 6:
		return fmt.Sprintf("%d年%d月底", t.Year(), t.Month())
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// mk fills n rows: all done, with evidence, a completion date a week or more
// before a deadline that falls between the feedback and the feedback plus 2
// months (or 长期坚持 / 立行立改 for some); the case then changes the rows it plants.
func mk(c Cfg) []Row {
	fb := day(c.Feedback)
	var rows []Row
	for i := 0; i < c.N; i++ {
		p := c.Pool[i%len(c.Pool)]
		dl := fb.AddDate(0, 1+i%2, 0)
		dl = time.Date(dl.Year(), dl.Month()+1, 0, 0, 0, 0, 0, time.UTC) // end of month
		done := dl.AddDate(0, 0, -7-(i*3)%12)
		deadline := fd(dl, c.DateFmt)
		if i%7 == 3 {
			deadline = "立行立改"
			done = fb.AddDate(0, 0, 10+i)
		}
		m := measureHeads[i%len(measureHeads)]
		r := Row{
			No:       i + 1,
			Cat:      p.Cat,
			Prob:     p.Prob,
			Meas:     fmt.Sprintf("%s，%d月%d日前完成整改并报送整改材料。", m, dl.Month(), dl.Day()),
			Leader:   c.Leaders[i%len(c.Leaders)],
			Dept:     c.Depts[i%len(c.Depts)],
			Deadline: deadline,
			Status:   c.DoneText[i%len(c.DoneText)],
			Done:     fd(done, doneFmt(c.DateFmt)),
			Evid:     c.Evid[i%len(c.Evid)],
		}
		rows = append(rows, r)
	}
	return rows
}

// open makes row no in progress (or not done) with the given status, deadline,
// and no completion date or evidence.
func open(rows []Row, no int, status, deadline string) {
	r := &rows[no-1]
	r.Status, r.Deadline, r.Done, r.Evid = status, deadline, "", ""
}

func itoa(n int) string { return strconv.Itoa(n) }

// column getters
func gNo(r Row) string       { return itoa(r.No) }
func gCat(r Row) string      { return r.Cat }
func gProb(r Row) string     { return r.Prob }
func gMeas(r Row) string     { return r.Meas }
func gLeader(r Row) string   { return r.Leader }
func gDept(r Row) string     { return r.Dept }
func gDeadline(r Row) string { return r.Deadline }
func gStatus(r Row) string   { return r.Status }
func gDone(r Row) string     { return r.Done }
func gEvid(r Row) string     { return r.Evid }
func gNote(r Row) string     { return r.Note }

func col(head string, get func(Row) string) Col { return Col{Head: head, Get: get} }
func sub(group, head string, get func(Row) string) Col {
	return Col{Head: head, Group: group, Get: get}
}

// minutes writes the text of one meeting's minutes.
func minutes(title, no, date, place, host, attend, topic string, extra ...string) string {
	t := day(date)
	s := title + "\n> " + no + "\n" +
		fmt.Sprintf("会议时间：%d年%d月%d日上午9:00\n", t.Year(), t.Month(), t.Day()) +
		"会议地点：" + place + "\n主持人：" + host + "\n参会人员：" + attend + "\n记录人：办公室工作人员\n" + topic + "\n"
	for _, e := range extra {
		s += e + "\n"
	}
	return s
}

// aspects writes the figures of the rows by category: 方面 | 反馈问题 | 已完成 | 正在推进, with a 合计 row.
func aspects(rows []Row, doneWord func(Row) bool) string {
	var order []string
	tot, dn := map[string]int{}, map[string]int{}
	for _, r := range rows {
		if _, ok := tot[r.Cat]; !ok {
			order = append(order, r.Cat)
		}
		tot[r.Cat]++
		if doneWord(r) {
			dn[r.Cat]++
		}
	}
	s := "|问题类别|反馈问题数（个）|已完成整改（个）|正在推进（个）|\n"
	T, D := 0, 0
	for _, c := range order {
		s += fmt.Sprintf("|%s|%d|%d|%d|\n", c, tot[c], dn[c], tot[c]-dn[c])
		T += tot[c]
		D += dn[c]
	}
	s += fmt.Sprintf("|合计|%d|%d|%d|", T, D, T-D)
	return s
}

func aspectRows(rows []Row, doneWord func(Row) bool) [][]string {
	var out [][]string
	for _, l := range splitLines(aspects(rows, doneWord)) {
		out = append(out, splitCells(l))
	}
	return out
}

// doneFmt: completion dates are written as full dates even where deadlines are not.
func doneFmt(style int) int {
	if style >= 5 {
		return 3
	}
	return style
}
