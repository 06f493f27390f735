package casebuild

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Problem is one row of a problems ledger: 问题类别, 问题描述, 整改措施, 责任领导,
// 责任部门, 整改时限, 整改进展, 完成时间 and 佐证材料.
type Problem struct {
	Cat, Title, Measures, Leader, Dept, Due, Status, Done, Evidence string
}

// ProblemHead is the header of a problems sheet (ProblemSheet): 序号 and a
// Problem's nine columns.
var ProblemHead = []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "完成时间", "佐证材料"}

// ParseProblems reads problems written one a line, their nine fields
// separated by "|": 类别|问题|措施|领导|部门|时限|进展|完成时间|佐证. A line of
// another number of fields is a mistake in the generator: it panics.
func ParseProblems(s string) []Problem {
	var ps []Problem
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Split(strings.TrimSpace(l), "|")
		if len(f) != 9 {
			panic(fmt.Sprintf("%d fields: %s", len(f), l))
		}
		ps = append(ps, Problem{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]})
	}
	return ps
}

// ProblemSheet lays the problems out under a title row (merged over the
// header's width) and head, 序号 from 1.
func ProblemSheet(name, title string, head []string, ps []Problem) Sheet {
	rows := [][]string{{title}, head}
	for i, p := range ps {
		rows = append(rows, []string{fmt.Sprint(i + 1), p.Cat, p.Title, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Done, p.Evidence})
	}
	last, _ := excelize.CoordinatesToCellName(len(head), 1)
	return Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", last}}}
}

var cnDigits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// CN writes 1–99 in Chinese numerals as list numbers do (十一, 二十).
func CN(n int) string {
	switch {
	case n < 10:
		return cnDigits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + cnDigits[n%10]
	default:
		return cnDigits[n/10] + "十" + cnDigits[n%10]
	}
}

// ReportItems writes a report's list of problems as source lines: a heading
// ### （N）关于“…”问题的整改 each, then its measures and status. status gives
// the report's words for a problem (1-based) when they are not the ledger's;
// omit leaves problems out (the rest are numbered on).
func ReportItems(ps []Problem, status map[int]string, omit map[int]bool, statusLead string) []string {
	var out []string
	n := 0
	for i, p := range ps {
		if omit[i+1] {
			continue
		}
		n++
		st := p.Status
		if s, ok := status[i+1]; ok {
			st = s
		}
		// a quotation inside the quoted title is written with single quotes
		t := strings.NewReplacer("“", "‘", "”", "’").Replace(p.Title)
		out = append(out, fmt.Sprintf("### （%s）关于“%s”问题的整改", CN(n), t))
		out = append(out, fmt.Sprintf("%s。%s%s。", p.Measures, statusLead, st))
	}
	return out
}

// Annex writes a report's 整改清单 as table lines under head: 序号, 类别,
// 问题, 措施, 部门, 时限 and the status, the report's where status gives one.
func Annex(head []string, ps []Problem, status map[int]string) []string {
	out := []string{"|" + strings.Join(head, "|") + "|"}
	for i, p := range ps {
		st := p.Status
		if s, ok := status[i+1]; ok {
			st = s
		}
		out = append(out, fmt.Sprintf("|%d|%s|%s|%s|%s|%s|%s|", i+1, p.Cat, p.Title, p.Measures, p.Dept, p.Due, st))
	}
	return out
}
