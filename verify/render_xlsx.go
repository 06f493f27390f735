package verify

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The sheets of the workbook WriteXLSX writes.
const (
	xlsxSummarySheet  = "核查概况"
	xlsxFindingsSheet = "核查发现"
	xlsxNotRunSheet   = "未运行的规则"
	xlsxCheckpoints   = "五关核查"
)

// WriteXLSX writes the result as a workbook for an inspection office to keep
// with its own ledgers: a summary sheet (核查概况: the case, the verdict and
// the counts), a row per finding (核查发现: the findings about the same
// problem item on adjacent rows with the same group number; figures as
// numbers formatted with their units; a filter on the header), the five
// checkpoints (五关核查) and the rules that did not run. Every sheet, column and value is Chinese; a
// rule's code is only the last column, 规则编号. A clean case's findings
// sheet says 未发现问题.
func (r *Result) WriteXLSX(w io.Writer) error {
	v := r.view()
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxWriter{f: f}
	if err := f.SetSheetName("Sheet1", xlsxSummarySheet); err != nil {
		return err
	}
	x.styles()
	x.summary(v)
	x.findings(v)
	x.checkpoints(v)
	x.notRun(v)
	if r.Summary.incomplete() {
		x.check(r.writeUnreadSheet(f))
	}
	if x.err != nil {
		return x.err
	}
	_, err := f.WriteTo(w)
	return err
}

// UnreadSheet is the name of the sheet that lists the files an
// incomplete check could not read: the workbook's first sheet, so that it
// opens on the warning.
const UnreadSheet = "核查不完整"

// writeUnreadSheet makes the workbook's first sheet the list of the files
// that could not be read, under the warning and the verdict.
func (r *Result) writeUnreadSheet(f *excelize.File) error {
	if _, err := f.NewSheet(UnreadSheet); err != nil {
		return err
	}
	if err := f.MoveSheet(UnreadSheet, xlsxSummarySheet); err != nil {
		return err
	}
	rows := [][]any{{IncompleteTitle}, {"结论", r.Summary.VerdictLabel()}, {"文件", "类别", "原因"}}
	for _, u := range r.Summary.Unread {
		rows = append(rows, []any{u.File, u.Input.Name(), u.Reason})
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(UnreadSheet, cell, &row); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return f.SetColWidth(UnreadSheet, "A", "A", 40)
}

// xlsxWriter writes the sheets, keeping the first error.
type xlsxWriter struct {
	f                  *excelize.File
	err                error
	head, wrap, strong int
	units              map[string]int
}

func (x *xlsxWriter) check(err error) {
	if x.err == nil {
		x.err = err
	}
}

func (x *xlsxWriter) style(s *excelize.Style) int {
	id, err := x.f.NewStyle(s)
	x.check(err)
	return id
}

func (x *xlsxWriter) styles() {
	top := &excelize.Alignment{WrapText: true, Vertical: "top"}
	x.head = x.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top,
		Fill: excelize.Fill{Type: "pattern", Color: []string{"DDEBF7"}, Pattern: 1}})
	x.wrap = x.style(&excelize.Style{Alignment: top})
	x.strong = x.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: top})
	x.units = map[string]int{}
}

// unitStyle is a number format showing a figure with its unit (11 个):
// whole numbers without decimals, others with two.
func (x *xlsxWriter) unitStyle(unit string, whole bool) int {
	key := fmt.Sprint(unit, whole)
	if id, ok := x.units[key]; ok {
		return id
	}
	format := "0.00"
	if whole {
		format = "0"
	}
	if unit != "" {
		format += `" ` + strings.ReplaceAll(unit, `"`, "") + `"`
	}
	id := x.style(&excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	x.units[key] = id
	return id
}

func (x *xlsxWriter) row(sheet string, n int, cells []any) {
	cell, _ := excelize.CoordinatesToCellName(1, n)
	x.check(x.f.SetSheetRow(sheet, cell, &cells))
}

func (x *xlsxWriter) widths(sheet string, ws []float64) {
	for i, w := range ws {
		col, _ := excelize.ColumnNumberToName(i + 1)
		x.check(x.f.SetColWidth(sheet, col, col, w))
	}
}

func (x *xlsxWriter) header(sheet string, cols []any, rows int) {
	x.row(sheet, 1, cols)
	last, _ := excelize.CoordinatesToCellName(len(cols), 1)
	x.check(x.f.SetCellStyle(sheet, "A1", last, x.head))
	x.check(x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	if rows > 0 {
		end, _ := excelize.CoordinatesToCellName(len(cols), rows+1)
		x.check(x.f.SetCellStyle(sheet, "A2", end, x.wrap))
		x.check(x.f.AutoFilter(sheet, "A1:"+end, nil))
	}
}

func (x *xlsxWriter) summary(v reportView) {
	const s = xlsxSummarySheet
	c := v.Case
	minutes := "-"
	if len(c.Minutes) > 0 {
		minutes = fmt.Sprintf("%d 份：%s", len(c.Minutes), strings.Join(c.Minutes, "、"))
	}
	rows := [][]any{
		{"整改核查意见", v.Title},
		{"被巡视（巡察、审计）单位", orDash(c.Unit) + v.UnitMark},
		{"巡视巡察轮次", orDash(c.Round)},
		{"反馈日期", orDash(c.FeedbackDate) + v.FeedbackMark},
		{"报告日期", orDash(c.ReportDate) + v.ReportMark},
		{"核查基准日", orDash(c.AsOf) + v.AsOfMark},
		{"整改报告", c.Report},
		{"台账", orDash(c.Ledger)},
		{"会议纪要", minutes},
		{"核查结论", v.Verdict},
		{"高", v.Summary.High},
		{"中", v.Summary.Medium},
		{"低", v.Summary.Low},
		{"核查发现合计", len(v.Findings)},
		{"未运行的规则", len(v.NotRun)},
	}
	for _, n := range v.Notices {
		rows = append(rows, []any{"说明", n})
	}
	for i, row := range rows {
		x.row(s, i+1, row)
	}
	end, _ := excelize.CoordinatesToCellName(1, len(rows))
	x.check(x.f.SetCellStyle(s, "A1", end, x.head))
	x.check(x.f.SetCellStyle(s, "B1", "B1", x.strong))
	x.check(x.f.SetCellStyle(s, "B10", "B10", x.strong))
	count := x.unitStyle("项", true)
	x.check(x.f.SetCellStyle(s, "B11", "B15", count))
	x.widths(s, []float64{26, 80})
}

func (x *xlsxWriter) findings(v reportView) {
	const s = xlsxFindingsSheet
	_, err := x.f.NewSheet(s)
	x.check(err)
	cols := []any{"序号", "分组", "严重程度", "问题", "事项", "问题标题", "情况说明", "报告所称", "核查所见", "依据（文件、位置、原文）", "规则编号"}
	x.header(s, cols, max(len(v.Findings), 1))
	x.widths(s, []float64{6, 22, 9, 22, 14, 30, 50, 12, 12, 80, 20})
	if len(v.Findings) == 0 {
		x.row(s, 2, []any{"", "", "", "未发现问题"})
		return
	}
	groupOf := map[int]string{}
	for _, sec := range v.Sections {
		for _, g := range sec.Groups {
			label := fmt.Sprintf("%d", g.N)
			if g.Label != "" {
				label += " " + g.Label
			}
			for _, f := range g.Findings {
				groupOf[f.N] = label
			}
		}
	}
	for i, f := range v.Findings {
		fd := f
		var ev []string
		for _, e := range fd.Evidence {
			line := e.Where + " " + quote(evidenceText(e), 300) + noteSuffix(e.Note)
			if e.Sentence != "" {
				line += "\n    所在语句：" + headingPrefix(e.Heading) + quote(e.Sentence, 300)
			}
			ev = append(ev, line)
		}
		name := fd.RuleName
		if name == "" {
			name = string(fd.Rule)
		}
		row := []any{fd.N, groupOf[fd.N], fd.SevName, name, fd.Item, fd.Title, fd.Message,
			xlsxValue(fd, true), xlsxValue(fd, false), strings.Join(ev, "\n"), string(fd.Rule)}
		x.row(s, i+2, row)
		for col, val := range map[int]Value{8: fd.raw.Claimed, 9: fd.raw.Observed} {
			if n, ok := val.Number(); ok && numericUnit(fd.unit) {
				cell, _ := excelize.CoordinatesToCellName(col, i+2)
				x.check(x.f.SetCellStyle(s, cell, cell, x.unitStyle(fd.unit, n == math.Trunc(n))))
			}
		}
	}
}

// value is a finding's claimed or observed value as a cell: a number (its
// unit in the cell's format), or the value's words.
func xlsxValue(f findingView, claimed bool) any {
	raw := f.raw.Observed
	text := f.Observed
	if claimed {
		raw, text = f.raw.Claimed, f.Claimed
	}
	if n, ok := raw.Number(); ok && numericUnit(f.unit) {
		return n
	}
	return text
}

// numericUnit tells whether figures of this unit are written as numbers
// (the similarity of text.copied is written as words).
func numericUnit(unit string) bool { return unit != "相似度" && unit != "%" }

// checkpoints writes the five checkpoints, a row each.
func (x *xlsxWriter) checkpoints(v reportView) {
	const s = xlsxCheckpoints
	_, err := x.f.NewSheet(s)
	x.check(err)
	x.header(s, []any{"关口", "核查内容", "状态", "依据"}, len(v.Checkpoints))
	x.widths(s, []float64{14, 40, 10, 60})
	for i, c := range v.Checkpoints {
		x.row(s, i+2, []any{c.Name, c.Question, c.StateName, c.Basis})
	}
}

func (x *xlsxWriter) notRun(v reportView) {
	if len(v.NotRun) == 0 {
		return
	}
	const s = xlsxNotRunSheet
	_, err := x.f.NewSheet(s)
	x.check(err)
	x.header(s, []any{"规则", "原因", "规则编号"}, len(v.NotRun))
	x.widths(s, []float64{28, 60, 30})
	for i, n := range v.NotRun {
		name := n.RuleName
		if name == "" {
			name = string(n.Rule)
		}
		x.row(s, i+2, []any{name, n.Reason, string(n.Rule)})
	}
}
