package verify

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the findings as a workbook, a row per finding (severity,
// rule, item, message, claimed, observed, evidence), for an inspection
// office to keep with its own ledgers; a second sheet lists the rules that
// did not run. An incomplete check opens on a first sheet, 核查不完整,
// that lists the files that could not be read.
func (r *Result) WriteXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "核查发现"
	if r.Summary.incomplete() {
		if err := r.writeUnreadSheet(f); err != nil {
			return err
		}
		if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
	} else if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	header := []any{"序号", "严重程度", "规则", "事项", "问题标题", "情况说明", "报告所称", "核查所见", "依据（文件、位置、原文）"}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	for i, fd := range r.Findings {
		var ev []string
		for _, e := range fd.Evidence {
			ev = append(ev, evidenceWhere(e)+" "+quote(e.Text, 200)+noteSuffix(e.Note))
		}
		row := []any{i + 1, fd.Severity.Name(), ruleCell(fd.Rule), fd.Item, fd.Title, fd.Message, cellValue(fd.Claimed), cellValue(fd.Observed), strings.Join(ev, "\n")}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"DDEBF7"}, Pattern: 1}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(header), len(r.Findings)+1)
	if err := f.SetCellStyle(sheet, "A2", last, wrap); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "I1", bold); err != nil {
		return err
	}
	for col, width := range map[string]float64{"A": 6, "B": 9, "C": 24, "D": 14, "E": 30, "F": 50, "G": 10, "H": 10, "I": 70} {
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if len(r.NotRun) > 0 {
		const nr = "未运行的规则"
		if _, err := f.NewSheet(nr); err != nil {
			return err
		}
		if err := f.SetSheetRow(nr, "A1", &[]any{"规则", "原因"}); err != nil {
			return err
		}
		for i, n := range r.NotRun {
			cell, _ := excelize.CoordinatesToCellName(1, i+2)
			if err := f.SetSheetRow(nr, cell, &[]any{ruleCell(n.Rule), n.Reason}); err != nil {
				return err
			}
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// UnreadSheet is the name of the sheet that lists the files an
// incomplete check could not read.
const UnreadSheet = "核查不完整"

// writeUnreadSheet makes the workbook's first sheet the list of the files
// that could not be read, under the warning and the verdict.
func (r *Result) writeUnreadSheet(f *excelize.File) error {
	if err := f.SetSheetName("Sheet1", UnreadSheet); err != nil {
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
	return f.SetColWidth(UnreadSheet, "A", "A", 40)
}

// ruleCell names a rule in a cell: its Chinese name and its ID, or the ID
// alone for a rule the registry does not know.
func ruleCell(id RuleID) string {
	if n := RuleName(id); n != string(id) {
		return n + "（" + string(id) + "）"
	}
	return string(id)
}

// cellValue is a finding's claimed or observed value as a cell: a number,
// a word, or empty.
func cellValue(v Value) any {
	if x, ok := v.Number(); ok {
		return x
	}
	return v.String()
}
