// Command gen rebuilds the case folders of testdata/cases-h from the case
// table in cases.go and the report texts in src/. It writes every file of a
// folder except expected.json, which is written by hand. Run from
// testdata/cases-h: go run ./gen. Needs LibreOffice (soffice) on PATH for
// the DOCX, DOC, PDF and XLS files.
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

// Sheet is one ledger sheet: an optional merged title row, one or two header
// rows, the records (a nil record is a blank row) and footer lines.
type Sheet struct {
	Name   string
	Title  string
	Head   []string // first header row; "" continues the group on its left
	Sub    []string // second header row, or nil; "" merges Head's cell down
	Rows   [][]string
	Footer []string
}

// File is one document: its name in the folder, the format to write it in
// (txt, docx, doc, pdf, rtf, broken) and its text (lines; a line starting
// with | is a table row, cells split by |).
type File struct {
	Name, Format string
	Text         string
}

// Case is one folder.
type Case struct {
	Dir     string
	Info    map[string]any
	Report  File   // Text is the name of a file in src/
	Ledger  string // ledger file name: ledger.xlsx, ledger.csv (GBK), ledger.xls, ledger.et, ledger.ods, ledger.xlsx+broken
	Sheets  []Sheet
	Minutes []File
}

func main() {
	for _, c := range cases {
		if err := build(c); err != nil {
			fmt.Fprintln(os.Stderr, c.Dir, err)
			os.Exit(1)
		}
	}
}

func build(c Case) error {
	dir := c.Dir
	if err := os.MkdirAll(filepath.Join(dir, "minutes"), 0o755); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(c.Info, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "case.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join("gen", "src", c.Report.Text))
	if err != nil {
		return err
	}
	if err := writeDoc(dir, File{Name: c.Report.Name, Format: c.Report.Format, Text: string(src)}); err != nil {
		return err
	}
	for _, m := range c.Minutes {
		if err := writeDoc(filepath.Join(dir, "minutes"), m); err != nil {
			return err
		}
	}
	return writeLedger(dir, c.Ledger, c.Sheets)
}

func writeDoc(dir string, f File) error {
	path := filepath.Join(dir, f.Name+"."+f.Format)
	switch f.Format {
	case "txt":
		return os.WriteFile(path, []byte(f.Text), 0o644)
	case "rtf":
		var sb strings.Builder
		sb.WriteString("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0\\fs24 ")
		for _, r := range f.Text {
			if r == '\n' {
				sb.WriteString("\\par ")
			} else if r < 128 {
				sb.WriteRune(r)
			} else {
				fmt.Fprintf(&sb, "\\u%d?", int16(r))
			}
		}
		sb.WriteString("}")
		return os.WriteFile(path, []byte(sb.String()), 0o644)
	case "broken":
		// a PDF cut off after its header: a damaged file
		return os.WriteFile(filepath.Join(dir, f.Name+".pdf"), []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty"), 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesh")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	h := filepath.Join(tmp, f.Name+".html")
	if err := os.WriteFile(h, []byte(toHTML(f.Text)), 0o644); err != nil {
		return err
	}
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "pdf": "pdf:writer_pdf_Export"}[f.Format]
	cmd := exec.Command("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, h, "--outdir", tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(tmp, f.Name+"."+f.Format))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func toHTML(text string) string {
	var sb strings.Builder
	sb.WriteString("<html><head><meta charset=\"utf-8\"></head><body>")
	inTable := false
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if strings.HasPrefix(line, "|") {
			if !inTable {
				sb.WriteString("<table border=\"1\">")
				inTable = true
			}
			sb.WriteString("<tr>")
			for _, cell := range strings.Split(strings.Trim(line, "|"), "|") {
				sb.WriteString("<td>" + html.EscapeString(cell) + "</td>")
			}
			sb.WriteString("</tr>")
			continue
		}
		if inTable {
			sb.WriteString("</table>")
			inTable = false
		}
		sb.WriteString("<p>" + html.EscapeString(line) + "</p>")
	}
	if inTable {
		sb.WriteString("</table>")
	}
	sb.WriteString("</body></html>")
	return sb.String()
}

func writeLedger(dir, name string, sheets []Sheet) error {
	if name == "" {
		return nil
	}
	if name == "ledger.csv" {
		var sb strings.Builder
		s := sheets[0]
		sb.WriteString(strings.Join(s.Head, ",") + "\r\n")
		for _, r := range s.Rows {
			sb.WriteString(strings.Join(r, ",") + "\r\n")
		}
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(sb.String()))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		row := 1
		last, _ := excelize.ColumnNumberToName(len(s.Head))
		if s.Title != "" {
			f.SetCellValue(s.Name, "A1", s.Title)
			f.MergeCell(s.Name, "A1", last+"1")
			row++
		}
		for j, h := range s.Head {
			col, _ := excelize.ColumnNumberToName(j + 1)
			if h != "" {
				f.SetCellValue(s.Name, fmt.Sprintf("%s%d", col, row), h)
			}
			if s.Sub != nil {
				if s.Sub[j] == "" {
					f.MergeCell(s.Name, fmt.Sprintf("%s%d", col, row), fmt.Sprintf("%s%d", col, row+1))
				} else {
					f.SetCellValue(s.Name, fmt.Sprintf("%s%d", col, row+1), s.Sub[j])
				}
				if h != "" && s.Sub[j] != "" {
					k := j + 1
					for k < len(s.Head) && s.Head[k] == "" {
						k++
					}
					end, _ := excelize.ColumnNumberToName(k)
					f.MergeCell(s.Name, fmt.Sprintf("%s%d", col, row), fmt.Sprintf("%s%d", end, row))
				}
			}
		}
		row++
		if s.Sub != nil {
			row++
		}
		for _, r := range s.Rows {
			for j, v := range r {
				col, _ := excelize.ColumnNumberToName(j + 1)
				f.SetCellValue(s.Name, fmt.Sprintf("%s%d", col, row), v)
			}
			row++
		}
		for _, line := range s.Footer {
			f.SetCellValue(s.Name, fmt.Sprintf("A%d", row), line)
			row++
		}
	}
	ext := filepath.Ext(name)
	if ext == ".xlsx" || strings.HasSuffix(name, "+broken") {
		p := filepath.Join(dir, strings.TrimSuffix(name, "+broken"))
		if err := f.SaveAs(p); err != nil {
			return err
		}
		if strings.HasSuffix(name, "+broken") {
			b, _ := os.ReadFile(p)
			return os.WriteFile(p, b[:len(b)/2], 0o644)
		}
		return nil
	}
	tmp, err := os.MkdirTemp("", "casesh")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := f.SaveAs(x); err != nil {
		return err
	}
	conv := map[string]string{".xls": "xls:MS Excel 97", ".et": "xls:MS Excel 97", ".ods": "ods"}[ext]
	cmd := exec.Command("soffice", "--headless", "--convert-to", conv, x, "--outdir", tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, out)
	}
	out := map[string]string{".xls": "ledger.xls", ".et": "ledger.xls", ".ods": "ledger.ods"}[ext]
	b, err := os.ReadFile(filepath.Join(tmp, out))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name), b, 0o644)
}
