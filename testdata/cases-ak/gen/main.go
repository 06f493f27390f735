// Command gen rebuilds the case folders of testdata/cases-ak from the
// specs in cases.go and the report sources in src/. Run from the
// repository root: go run ./testdata/cases-ak/gen
// It needs LibreOffice (soffice) for the DOCX, WPS, ODT and ET files.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const root = "testdata/cases-ak"

// row is one problem of a ledger: its fields by key.
type row map[string]string

// sheet is one sheet of a ledger. head is one or two header rows; a cell
// "" in the upper row beside a filled one is merged into it.
type sheet struct {
	name   string
	title  string   // merged title row above the header; none when empty
	pre    []string // rows between title and header (填报单位…)
	head   [][]string
	keys   []string // the field key of each column
	rows   []row
	blankA int      // a blank row after this many rows (0: none)
	footer []string // rows after the records
	merge  []string // extra merged ranges, "A5:A7"
}

type meeting struct {
	file  string // path under minutes/, its extension says the format
	title string
	date  string // 2023年5月6日
	host  string
	body  string
}

type caseSpec struct {
	dir      string
	info     map[string]any
	report   string // source file in src/; the output name is report.<fmt>
	fmt      string // docx, wps, txt
	ledger   string // ledger file name: ledger.xlsx, ledger.csv, ledger.et
	sheets   []sheet
	minutes  []meeting
	combined []combined
	expected map[string]any
	fill     func(string) string // fills the report source from the ledger
}

// combined is one minutes file holding several meetings.
type combined struct {
	file     string
	meetings []meeting
}

func main() {
	for _, c := range cases() {
		if err := build(c); err != nil {
			log.Fatalf("%s: %v", c.dir, err)
		}
	}
}

func build(c caseSpec) error {
	dir := filepath.Join(root, c.dir)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "minutes"), 0o755); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(dir, "case.json"), c.info); err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(dir, "expected.json"), c.expected); err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join(root, "gen", "src", c.report))
	if err != nil {
		return err
	}
	if c.fill != nil {
		src = []byte(c.fill(string(src)))
	}
	switch c.fmt {
	case "txt":
		if err := os.WriteFile(filepath.Join(dir, "report.txt"), src, 0o644); err != nil {
			return err
		}
	default:
		if err := office(string(src), dir, "report", c.fmt); err != nil {
			return err
		}
	}
	if err := writeLedger(dir, c); err != nil {
		return err
	}
	for _, m := range c.minutes {
		if err := writeMinutes(dir, m.file, []meeting{m}); err != nil {
			return err
		}
	}
	for _, cm := range c.combined {
		if err := writeMinutes(dir, cm.file, cm.meetings); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(path string, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// office turns HTML into name.<format> in dir with LibreOffice: docx,
// odt, or wps (a Word 97 .doc under the WPS name, as WPS Office saves it).
func office(html, dir, name, format string) error {
	tmp, err := os.MkdirTemp("", "casesak")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, name+".html")
	if err := os.WriteFile(in, []byte(html), 0o644); err != nil {
		return err
	}
	filter, ext := map[string][2]string{
		"docx": {"docx:MS Word 2007 XML", "docx"},
		"odt":  {"odt", "odt"},
		"wps":  {"doc:MS Word 97", "doc"},
	}[format][0], map[string]string{"docx": "docx", "odt": "odt", "wps": "doc"}[format]
	cmd := exec.Command("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", tmp, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(tmp, name+"."+ext))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name+"."+format), data, 0o644)
}

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

// minutesHTML lays meetings out as minutes offices type them.
func minutesHTML(ms []meeting) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"></head><body>`)
	for _, m := range ms {
		fmt.Fprintf(&b, "<h2>%s</h2>\n", esc(m.title))
		fmt.Fprintf(&b, "<p>时间：%s</p>\n<p>主持：%s</p>\n", esc(m.date), esc(m.host))
		for _, p := range strings.Split(strings.TrimSpace(m.body), "\n") {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(strings.TrimSpace(p)))
		}
	}
	b.WriteString("</body></html>")
	return b.String()
}

func minutesText(ms []meeting) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "%s\n\n时间：%s\n主持：%s\n", m.title, m.date, m.host)
		for _, p := range strings.Split(strings.TrimSpace(m.body), "\n") {
			b.WriteString(strings.TrimSpace(p) + "\n")
		}
	}
	return b.String()
}

func writeMinutes(dir, file string, ms []meeting) error {
	path := filepath.Join(dir, "minutes", file)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	ext := strings.TrimPrefix(filepath.Ext(file), ".")
	switch ext {
	case "txt":
		return os.WriteFile(path, []byte(minutesText(ms)), 0o644)
	case "docx", "odt", "wps":
		base := strings.TrimSuffix(filepath.Base(file), "."+ext)
		if err := office(minutesHTML(ms), filepath.Dir(path), base, ext); err != nil {
			return err
		}
		return nil
	}
	return fmt.Errorf("minutes format %q", ext)
}

func (s sheet) grid() [][]string {
	var g [][]string
	if s.title != "" {
		g = append(g, []string{s.title})
	}
	for _, p := range s.pre {
		g = append(g, []string{p})
	}
	g = append(g, s.head...)
	for i, r := range s.rows {
		var cells []string
		for _, k := range s.keys {
			cells = append(cells, r[k])
		}
		g = append(g, cells)
		if s.blankA > 0 && i+1 == s.blankA {
			g = append(g, nil)
		}
	}
	for _, f := range s.footer {
		g = append(g, []string{f})
	}
	return g
}

func writeLedger(dir string, c caseSpec) error {
	ext := filepath.Ext(c.ledger)
	if ext == ".csv" {
		var b strings.Builder
		for _, r := range c.sheets[0].grid() {
			for i, cell := range r {
				if i > 0 {
					b.WriteString(",")
				}
				if strings.ContainsAny(cell, ",\"\n") {
					cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
				}
				b.WriteString(cell)
			}
			b.WriteString("\r\n")
		}
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, c.ledger), []byte(gbk), 0o644)
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range c.sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		width := len(s.keys)
		for ri, r := range s.grid() {
			for ci, cell := range r {
				if cell == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				if err := f.SetCellStr(s.name, ref, cell); err != nil {
					return err
				}
			}
		}
		n := 1
		last, _ := excelize.ColumnNumberToName(width)
		if s.title != "" {
			if err := f.MergeCell(s.name, "A1", last+"1"); err != nil {
				return err
			}
			n++
		}
		n += len(s.pre)
		if len(s.head) == 2 {
			// merge a cell of the upper row with the blank cells after it,
			// and a cell with nothing under it down over the lower row
			up, low := s.head[0], s.head[1]
			for ci := 0; ci < len(up); ci++ {
				col, _ := excelize.ColumnNumberToName(ci + 1)
				if up[ci] == "" {
					continue
				}
				end := ci
				for end+1 < len(up) && up[end+1] == "" {
					end++
				}
				if end > ci {
					ec, _ := excelize.ColumnNumberToName(end + 1)
					if err := f.MergeCell(s.name, fmt.Sprintf("%s%d", col, n), fmt.Sprintf("%s%d", ec, n)); err != nil {
						return err
					}
				} else if low[ci] == "" {
					if err := f.MergeCell(s.name, fmt.Sprintf("%s%d", col, n), fmt.Sprintf("%s%d", col, n+1)); err != nil {
						return err
					}
				}
				ci = end
			}
		}
		for _, m := range s.merge {
			p := strings.Split(m, ":")
			if err := f.MergeCell(s.name, p[0], p[1]); err != nil {
				return err
			}
		}
	}
	if ext == ".xlsx" {
		return f.SaveAs(filepath.Join(dir, c.ledger))
	}
	// .et: the Excel 97 workbook WPS saves under its own name
	tmp, err := os.MkdirTemp("", "casesak")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := f.SaveAs(filepath.Join(tmp, "ledger.xlsx")); err != nil {
		return err
	}
	cmd := exec.Command("soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", tmp, filepath.Join(tmp, "ledger.xlsx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, c.ledger), data, 0o644)
}
