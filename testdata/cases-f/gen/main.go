// Command gen rebuilds the case folders of testdata/cases-f: a third
// author's blind cases. Each case is written in cases.go (report text,
// ledger rows, minutes, and the findings decided by hand); this program
// only lays them out: XLSX with excelize, CSV in GBK, and DOCX, PDF, DOC,
// XLS and ODS through LibreOffice (soffice --headless).
//
//	cd testdata/cases-f && go run ./gen
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Doc is a report or a minutes file: Name is its place in the case folder;
// its format is its extension, and Lines are its paragraphs (a line
// starting with "|" is a table row, cells split by "|"). Damaged writes a
// cut PDF instead.
type Doc struct {
	Name    string
	Lines   []string
	Damaged bool
	GBK     bool
}

// Row is one problem of a ledger.
type Row struct {
	No, Cat, Prob, Meas, Leader, Dept, Deadline, Status, Done, Evid, Note string
	Evid2                                                                 string // a second department column (配合单位)
	Blank                                                                 bool   // an empty row before this one
}

// Sheet is one sheet of a ledger: Cols are the row fields in order with
// their headers ("key=header"); Group puts a header over some columns on a
// two-row header (merged in XLSX, flat in CSV).
type Sheet struct {
	Name   string
	Title  []string // rows above the header (first is merged over the width)
	Cols   []string
	Group  *Group
	Rows   []Row
	Raw    [][]string // a sheet of other kind: header then rows as written
	Footer []string
}

type Group struct {
	Header     string
	First, Len int // columns (0-based) under the group header
}

type Ledger struct {
	Name   string // ledger.xlsx, ledger.csv, ledger.xls, ledger.ods
	Sheets []Sheet
}

// Exp is one expected finding: Row names the ledger row by its 序号 in
// the problems sheet Sheet; the generator turns it into the sheet row.
type Exp struct {
	Rule     string `json:"rule"`
	Item     string `json:"item,omitempty"`
	Title    string `json:"title,omitempty"`
	Claimed  any    `json:"claimed,omitempty"`
	Observed any    `json:"observed,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
	No       string `json:"-"`
}

type Case struct {
	Dir      string
	Info     map[string]any
	Desc     string
	Report   Doc
	Ledger   *Ledger
	Minutes  []Doc
	Verdict  string
	Complete bool
	NotRun   []string
	Findings []Exp
}

var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total",
	"claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems",
	"claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
	"meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"}

func main() {
	onlyExpected := flag.Bool("expected", false, "rewrite only each case's expected.json")
	only := flag.String("case", "", "build only the case folder of this name")
	flag.Parse()
	root, _ := os.Getwd()
	if *onlyExpected {
		for _, c := range cases() {
			writeExpected(filepath.Join(root, c.Dir), c)
		}
		return
	}
	stage := filepath.Join(os.TempDir(), "cases-f-stage")
	os.RemoveAll(stage)
	must(os.MkdirAll(stage, 0o755))
	conv := map[string][]string{} // target ext -> staged sources
	moves := map[string]string{}  // staged output -> final path
	for _, c := range selected(*only) {
		dir := filepath.Join(root, c.Dir)
		os.RemoveAll(dir)
		must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		writeJSON(filepath.Join(dir, "case.json"), c.Info)
		for _, d := range append([]Doc{c.Report}, c.Minutes...) {
			writeDoc(dir, stage, d, conv, moves)
		}
		if c.Ledger != nil {
			writeLedger(dir, stage, c.Ledger, conv, moves)
		}
		writeExpected(dir, c)
	}
	for _, ext := range []string{"docx", "pdf", "doc", "odt", "xls", "ods"} {
		srcs := conv[ext]
		if len(srcs) == 0 {
			continue
		}
		sort.Strings(srcs)
		filter := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export",
			"doc": "doc:MS Word 97", "odt": "odt:writer8", "xls": "xls:MS Excel 97", "ods": "ods"}[ext]
		out := filepath.Join(stage, "out-"+ext)
		args := []string{"--headless", "--convert-to", filter, "--outdir", out}
		if ext == "docx" || ext == "pdf" || ext == "doc" || ext == "odt" {
			args = append(args, "--infilter=HTML (StarWriter)")
		}
		cmd := exec.Command("soffice", append(args, srcs...)...)
		cmd.Stderr = os.Stderr
		must(cmd.Run())
		for _, s := range srcs {
			base := strings.TrimSuffix(filepath.Base(s), filepath.Ext(s)) + "." + ext
			must(os.Rename(filepath.Join(out, base), moves[s]))
		}
	}
	for _, c := range selected(*only) {
		for _, d := range c.Minutes {
			if d.Damaged {
				p := filepath.Join(root, c.Dir, d.Name)
				b, err := os.ReadFile(p)
				must(err)
				must(os.WriteFile(p, b[:min(400, len(b))], 0o644))
			}
		}
	}
}

// selected is every case, or the one named.
func selected(name string) []Case {
	if name == "" {
		return cases()
	}
	for _, c := range cases() {
		if c.Dir == name {
			return []Case{c}
		}
	}
	panic("no case " + name)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func writeJSON(p string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	must(err)
	must(os.WriteFile(p, append(b, '\n'), 0o644))
}

func htmlOf(lines []string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"></head><body>\n")
	inTable := false
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<table border=\"1\" cellspacing=\"0\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if i == 0 {
			b.WriteString("<p align=\"center\"><b>" + html.EscapeString(l) + "</b></p>\n")
		} else {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func textOf(lines []string) string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "|") {
			l = strings.ReplaceAll(strings.Trim(l, "|"), "|", "\t")
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n"
}

func writeDoc(dir, stage string, d Doc, conv map[string][]string, moves map[string]string) {
	final := filepath.Join(dir, d.Name)
	must(os.MkdirAll(filepath.Dir(final), 0o755))
	ext := strings.TrimPrefix(filepath.Ext(d.Name), ".")
	switch ext {
	case "txt", "md":
		s := textOf(d.Lines)
		if d.GBK {
			enc, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(s, "\n", "\r\n"))
			must(err)
			s = enc
		}
		must(os.WriteFile(final, []byte(s), 0o644))
	case "html":
		must(os.WriteFile(final, []byte(htmlOf(d.Lines)), 0o644))
	default: // docx, pdf, doc through LibreOffice
		src := filepath.Join(stage, filepath.Base(dir)+"__"+strings.ReplaceAll(strings.TrimSuffix(d.Name, "."+ext), "/", "__")+".html")
		must(os.WriteFile(src, []byte(htmlOf(d.Lines)), 0o644))
		conv[ext] = append(conv[ext], src)
		moves[src] = final
	}
}

// field returns a row's field by its key.
func field(r Row, key string) string {
	switch key {
	case "no":
		return r.No
	case "cat":
		return r.Cat
	case "prob":
		return r.Prob
	case "meas":
		return r.Meas
	case "leader":
		return r.Leader
	case "dept":
		return r.Dept
	case "deadline":
		return r.Deadline
	case "status":
		return r.Status
	case "done":
		return r.Done
	case "evid":
		return r.Evid
	case "note":
		return r.Note
	case "evid2":
		return r.Evid2
	}
	panic("no field " + key)
}

// grid lays a sheet out as rows of cells, as the spreadsheet numbers them
// (index 0 is row 1), and returns where each 序号's row is.
func grid(s Sheet) ([][]string, map[string]int) {
	var g [][]string
	g = append(g, nil)[:0]
	for _, t := range s.Title {
		g = append(g, []string{t})
	}
	if s.Raw != nil {
		g = append(g, s.Raw...)
		return append(g, footer(s)...), nil
	}
	var h1, h2 []string
	for i, c := range s.Cols {
		hdr := c[strings.Index(c, "=")+1:]
		if s.Group != nil && i >= s.Group.First && i < s.Group.First+s.Group.Len {
			if i == s.Group.First {
				h1 = append(h1, s.Group.Header)
			} else {
				h1 = append(h1, "")
			}
			h2 = append(h2, hdr)
			continue
		}
		h1 = append(h1, hdr)
		h2 = append(h2, "")
	}
	g = append(g, h1)
	if s.Group != nil {
		g = append(g, h2)
	}
	rows := map[string]int{}
	for _, r := range s.Rows {
		if r.Blank {
			g = append(g, make([]string, len(s.Cols)))
		}
		var cells []string
		for _, c := range s.Cols {
			cells = append(cells, field(r, c[:strings.Index(c, "=")]))
		}
		g = append(g, cells)
		rows[r.No] = len(g)
	}
	return append(g, footer(s)...), rows
}

func footer(s Sheet) [][]string {
	var g [][]string
	for _, f := range s.Footer {
		g = append(g, []string{f})
	}
	return g
}

func writeLedger(dir, stage string, l *Ledger, conv map[string][]string, moves map[string]string) {
	final := filepath.Join(dir, l.Name)
	ext := strings.TrimPrefix(filepath.Ext(l.Name), ".")
	if ext == "csv" {
		g, _ := grid(l.Sheets[0])
		var b strings.Builder
		for _, r := range g {
			for i, c := range r {
				if i > 0 {
					b.WriteString(",")
				}
				if strings.ContainsAny(c, ",\"\n") {
					c = "\"" + strings.ReplaceAll(c, "\"", "\"\"") + "\""
				}
				b.WriteString(c)
			}
			b.WriteString("\r\n")
		}
		enc, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		must(err)
		must(os.WriteFile(final, []byte(enc), 0o644))
		return
	}
	f := excelize.NewFile()
	for i, s := range l.Sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.Name))
		} else {
			_, err := f.NewSheet(s.Name)
			must(err)
		}
		g, _ := grid(s)
		width := 0
		for _, r := range g {
			width = max(width, len(r))
		}
		for ri, r := range g {
			for ci, c := range r {
				if c == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				must(f.SetCellStr(s.Name, cell, c))
			}
		}
		last, _ := excelize.ColumnNumberToName(width)
		for ti := range s.Title {
			if ti == 0 {
				must(f.MergeCell(s.Name, fmt.Sprintf("A%d", ti+1), fmt.Sprintf("%s%d", last, ti+1)))
			}
		}
		if s.Group != nil {
			h := len(s.Title) + 1
			for ci := range s.Cols {
				a, _ := excelize.CoordinatesToCellName(ci+1, h)
				b, _ := excelize.CoordinatesToCellName(ci+1, h+1)
				if ci >= s.Group.First && ci < s.Group.First+s.Group.Len {
					continue
				}
				must(f.MergeCell(s.Name, a, b))
			}
			a, _ := excelize.CoordinatesToCellName(s.Group.First+1, h)
			b, _ := excelize.CoordinatesToCellName(s.Group.First+s.Group.Len, h)
			must(f.MergeCell(s.Name, a, b))
		}
		for ri, r := range g {
			if len(r) == 1 && ri >= len(g)-len(s.Footer) && len(s.Footer) > 0 {
				a := fmt.Sprintf("A%d", ri+1)
				must(f.MergeCell(s.Name, a, fmt.Sprintf("%s%d", last, ri+1)))
			}
		}
	}
	if ext == "xlsx" {
		must(f.SaveAs(final))
		return
	}
	src := filepath.Join(stage, filepath.Base(dir)+"_ledger.xlsx")
	must(f.SaveAs(src))
	conv[ext] = append(conv[ext], src)
	moves[src] = final
}

func writeExpected(dir string, c Case) {
	rows := map[string]map[string]int{}
	if c.Ledger != nil {
		for _, s := range c.Ledger.Sheets {
			_, r := grid(s)
			rows[s.Name] = r
		}
	}
	fired := map[string]bool{}
	fs := []Exp{}
	for _, f := range c.Findings {
		if f.No != "" {
			f.Item = f.No
			if strings.HasSuffix(c.Ledger.Name, ".csv") {
				f.Row = rows[f.Sheet][f.No]
				f.Sheet = ""
			} else {
				f.Row = rows[f.Sheet][f.No]
			}
			if f.Row == 0 {
				panic(c.Dir + ": no row " + f.No)
			}
		}
		fired[f.Rule] = true
		fs = append(fs, f)
	}
	var absent []string
	for _, r := range allRules {
		if !fired[r] {
			absent = append(absent, r)
		}
	}
	e := map[string]any{"description": c.Desc, "as_of": c.Info["as_of"], "verdict": c.Verdict,
		"complete": c.Complete, "findings": fs, "absent_rules": absent}
	if len(c.NotRun) > 0 {
		e["not_run"] = c.NotRun
	}
	writeJSON(filepath.Join(dir, "expected.json"), e)
}
