// Command gen rebuilds the case folders of testdata/cases-ag from the
// specs below and the texts in src/ (reports and minutes). Run it from
// testdata/cases-ag: go run ./gen. Word and PDF files are made with
// LibreOffice (soffice --headless), the ledgers with excelize.
//
// The expected findings are written by hand in the specs (what a correct
// tool must find, read from docs/rules.md); the generator only works out
// the ledger rows they point at.
package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// prob is one row of a problems sheet.
type prob struct {
	cat, title, measure, leader, dept, deadline, status, completed, evidence, note string
	mark                                                                           string // a planted finding's rule, for expected.json
}

type clue struct {
	no, person, summary, handed, handler, disposal, closed, status string
}

type acc struct {
	name, branch, post, method, basis, date string
}

type rule struct{ name, kind, date string }

// mdoc is one minutes file: its name without extension, format and text.
type mdoc struct{ name, format, text string }

type finding struct {
	Rule     string `json:"rule"`
	Item     string `json:"item,omitempty"`
	Claimed  any    `json:"claimed,omitempty"`
	Observed any    `json:"observed,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
}

type caseSpec struct {
	dir                              string
	unit, round, feedback, rep, asof string
	reportFmt                        string // txt, docx, pdf, html, wps-txt
	ledgerFmt                        string // xlsx, csv
	probSheet                        string
	layout                           layout
	probs                            []prob
	clueSheet                        string
	clueClosedHeader                 string
	clues                            []clue
	accSheet                         string
	accs                             []acc
	rules                            []rule
	extraSheet                       bool
	minutes                          []mdoc
	findings                         []finding
	verdict                          string
	complete                         *bool
	notRun                           []string
	description                      string
}

type layout struct {
	title   string
	order   []string // column keys
	twoRow  bool     // 整改情况 over 整改进展/完成时间/佐证资料
	blank   int      // a blank row after every blank rows (0: none)
	footer  bool
	headers map[string]string
}

var defaultHeaders = map[string]string{
	"no": "序号", "cat": "问题类别", "title": "具体问题", "measure": "整改措施", "leader": "责任领导",
	"dept": "责任单位", "deadline": "完成时限", "status": "整改进展", "completed": "完成时间",
	"evidence": "佐证资料", "note": "备注",
}

var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total",
	"claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems",
	"claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
	"meeting.democratic-life-missing", "text.vague-measures", "text.copied"}

func main() {
	for _, c := range specs() {
		if err := build(c); err != nil {
			fmt.Fprintln(os.Stderr, c.dir, err)
			os.Exit(1)
		}
	}
}

func build(c caseSpec) error {
	dir := c.dir
	os.RemoveAll(dir)
	if err := os.MkdirAll(filepath.Join(dir, "minutes"), 0o755); err != nil {
		return err
	}
	cj := map[string]any{"unit": c.unit, "round": c.round, "feedback_date": c.feedback, "report_date": c.rep, "as_of": c.asof}
	writeJSON(filepath.Join(dir, "case.json"), cj)
	src := filepath.Join("gen", "src", c.dir[:2])
	rep, err := os.ReadFile(filepath.Join(src, "report.txt"))
	if err != nil {
		return err
	}
	if err := writeDoc(string(rep), dir, "report", c.reportFmt); err != nil {
		return err
	}
	for _, m := range c.minutes {
		format := m.format
		if format == "" {
			format = "txt"
		}
		if err := writeDoc(m.text, filepath.Join(dir, "minutes"), m.name, format); err != nil {
			return err
		}
	}
	rows := map[int]int{}
	sheetOf := c.probSheet
	if c.ledgerFmt == "csv" {
		rows, err = writeCSV(c, filepath.Join(dir, "ledger.csv"))
		sheetOf = ""
	} else {
		rows, err = writeXLSX(c, filepath.Join(dir, "ledger.xlsx"))
	}
	if err != nil {
		return err
	}
	var fs []finding
	for i, p := range c.probs {
		for _, r := range strings.Split(p.mark, ",") {
			if r != "" {
				fs = append(fs, finding{Rule: r, Item: fmt.Sprint(i + 1), Sheet: sheetOf, Row: rows[i]})
			}
		}
	}
	fs = append(fs, c.findings...)
	found := map[string]bool{}
	for _, f := range fs {
		found[f.Rule] = true
	}
	var absent []string
	for _, r := range allRules {
		if !found[r] {
			absent = append(absent, r)
		}
	}
	if fs == nil {
		fs = []finding{}
	}
	exp := map[string]any{"description": c.description, "as_of": c.asof, "verdict": c.verdict,
		"findings": fs, "absent_rules": absent}
	if c.complete != nil {
		exp["complete"] = *c.complete
	}
	if c.notRun != nil {
		exp["not_run"] = c.notRun
	}
	writeJSON(filepath.Join(dir, "expected.json"), exp)
	return nil
}

func writeJSON(p string, v any) {
	b, _ := json.MarshalIndent(v, "", "  ")
	os.WriteFile(p, append(b, '\n'), 0o644)
}

// writeDoc writes text as dir/base.<format>. Lines starting with | are
// table rows; the first line is the title.
func writeDoc(text, dir, base, format string) error {
	switch format {
	case "txt":
		return os.WriteFile(filepath.Join(dir, base+".txt"), []byte(text), 0o644)
	case "gbk":
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.ReplaceAll(text, "\n", "\r\n")))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, base+".txt"), b, 0o644)
	}
	h := toHTML(text)
	if format == "html" {
		return os.WriteFile(filepath.Join(dir, base+".html"), []byte(h), 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesag")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, base+".html")
	os.WriteFile(in, []byte(h), 0o644)
	if format == "pdf" {
		// by way of DOCX: LibreOffice's web-page PDF export loses the title
		if err := convert(tmp, in, "docx:MS Word 2007 XML"); err != nil {
			return err
		}
		in = filepath.Join(tmp, base+".docx")
	}
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "odt": "odt:writerweb8_writer"}[format]
	if err := convert(tmp, in, filter); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, base+"."+format))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, base+"."+format), b, 0o644)
}

func convert(tmp, in, filter string) error {
	cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/casesag-lo-profile", "--headless", "--convert-to", filter, "--outdir", tmp, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v %s", err, out)
	}
	return nil
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>文件</title></head><body>\n")
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	inTable := false
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<table border=\"1\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, cell := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(strings.TrimSpace(cell)) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if i == 0 {
			b.WriteString("<h1 style=\"text-align:center\">" + html.EscapeString(l) + "</h1>\n")
			continue
		}
		b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func cell(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

func (p prob) get(k string) string {
	return map[string]string{"cat": p.cat, "title": p.title, "measure": p.measure, "leader": p.leader,
		"dept": p.dept, "deadline": p.deadline, "status": p.status, "completed": p.completed,
		"evidence": p.evidence, "note": p.note}[k]
}

func header(l layout, k string) string {
	if h, ok := l.headers[k]; ok {
		return h
	}
	return defaultHeaders[k]
}

// writeXLSX writes the ledger and returns the Excel row of each problem.
func writeXLSX(c caseSpec, path string) (map[int]int, error) {
	f := excelize.NewFile()
	defer f.Close()
	rows := map[int]int{}
	first := true
	sheet := func(name string) {
		if first {
			f.SetSheetName("Sheet1", name)
			first = false
		} else {
			f.NewSheet(name)
		}
	}
	if c.extraSheet {
		sheet("填报说明")
		for i, l := range []string{"填报说明", "1．本台账由分行巡视整改办公室统一汇总，每月25日前更新。",
			"2．整改进展按“已完成”“正在推进”“未完成”填写，已完成的须附佐证资料。",
			"3．问题线索和问责情况由纪检部门提供。"} {
			f.SetCellValue("填报说明", cell(1, i+1), l)
		}
	}
	if len(c.probs) > 0 {
		s := c.probSheet
		sheet(s)
		l := c.layout
		r := 1
		if l.title != "" {
			f.SetCellValue(s, cell(1, 1), l.title)
			f.MergeCell(s, cell(1, 1), cell(len(l.order), 1))
			r = 2
		}
		if l.twoRow {
			for i, k := range l.order {
				switch k {
				case "status", "completed", "evidence":
					f.SetCellValue(s, cell(i+1, r+1), header(l, k))
				default:
					f.SetCellValue(s, cell(i+1, r), header(l, k))
					f.MergeCell(s, cell(i+1, r), cell(i+1, r+1))
				}
			}
			for i, k := range l.order {
				if k == "status" {
					f.SetCellValue(s, cell(i+1, r), "整改情况")
					f.MergeCell(s, cell(i+1, r), cell(i+3, r))
					break
				}
			}
			r += 2
		} else {
			for i, k := range l.order {
				f.SetCellValue(s, cell(i+1, r), header(l, k))
			}
			r++
		}
		for pi, p := range c.probs {
			if l.blank > 0 && pi > 0 && pi%l.blank == 0 {
				r++
			}
			for i, k := range l.order {
				v := p.get(k)
				if k == "no" {
					f.SetCellValue(s, cell(i+1, r), pi+1)
					continue
				}
				if v != "" {
					f.SetCellValue(s, cell(i+1, r), v)
				}
			}
			rows[pi] = r
			r++
		}
		if l.footer {
			f.SetCellValue(s, cell(1, r+1), "填表人：李某某        审核人：陈某某        填报时间："+c.rep)
		}
	}
	if len(c.clues) > 0 {
		s := c.clueSheet
		sheet(s)
		closedH := c.clueClosedHeader
		if closedH == "" {
			closedH = "办结时间"
		}
		hs := []string{"序号", "线索编号", "反映对象", "线索摘要", "移交日期", "承办部门", "处置方式", closedH, "办理状态"}
		f.SetCellValue(s, "A1", "巡视移交问题线索办理台账")
		f.MergeCell(s, "A1", cell(len(hs), 1))
		for i, h := range hs {
			f.SetCellValue(s, cell(i+1, 2), h)
		}
		for j, cl := range c.clues {
			vals := []string{fmt.Sprint(j + 1), cl.no, cl.person, cl.summary, cl.handed, cl.handler, cl.disposal, cl.closed, cl.status}
			for i, v := range vals {
				if v != "" {
					f.SetCellValue(s, cell(i+1, j+3), v)
				}
			}
		}
	}
	if len(c.accs) > 0 {
		s := c.accSheet
		sheet(s)
		hs := []string{"序号", "所在单位", "姓名", "职务", "问责方式", "问责依据", "问责时间"}
		f.SetCellValue(s, "A1", "巡视整改问责情况统计表")
		f.MergeCell(s, "A1", cell(len(hs), 1))
		for i, h := range hs {
			f.SetCellValue(s, cell(i+1, 2), h)
		}
		start := 3
		for j, a := range c.accs {
			r := j + 3
			f.SetCellValue(s, cell(1, r), j+1)
			if j == 0 || a.branch != c.accs[j-1].branch {
				f.SetCellValue(s, cell(2, r), a.branch)
				start = r
			} else {
				f.MergeCell(s, cell(2, start), cell(2, r))
			}
			for i, v := range []string{a.name, a.post, a.method, a.basis, a.date} {
				f.SetCellValue(s, cell(i+3, r), v)
			}
		}
	}
	if len(c.rules) > 0 {
		s := "制度建设台账"
		sheet(s)
		for i, h := range []string{"序号", "制度名称", "新建/修订", "印发时间"} {
			f.SetCellValue(s, cell(i+1, 1), h)
		}
		for j, ru := range c.rules {
			f.SetCellValue(s, cell(1, j+2), j+1)
			f.SetCellValue(s, cell(2, j+2), ru.name)
			f.SetCellValue(s, cell(3, j+2), ru.kind)
			f.SetCellValue(s, cell(4, j+2), ru.date)
		}
	}
	return rows, f.SaveAs(path)
}

// writeCSV writes the problems sheet alone, in GBK, one title line first.
func writeCSV(c caseSpec, path string) (map[int]int, error) {
	rows := map[int]int{}
	var b strings.Builder
	b.WriteString(c.layout.title + strings.Repeat(",", len(c.layout.order)-1) + "\r\n")
	hs := make([]string, len(c.layout.order))
	for i, k := range c.layout.order {
		hs[i] = header(c.layout, k)
	}
	b.WriteString(strings.Join(hs, ",") + "\r\n")
	line := 3
	for pi, p := range c.probs {
		vs := make([]string, len(c.layout.order))
		for i, k := range c.layout.order {
			v := p.get(k)
			if k == "no" {
				v = fmt.Sprint(pi + 1)
			}
			if strings.ContainsAny(v, ",\"") {
				v = "\"" + strings.ReplaceAll(v, "\"", "\"\"") + "\""
			}
			vs[i] = v
		}
		b.WriteString(strings.Join(vs, ",") + "\r\n")
		rows[pi] = line
		line++
	}
	enc, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		return nil, err
	}
	return rows, os.WriteFile(path, enc, 0o644)
}
