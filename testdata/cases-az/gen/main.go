// Command gen rebuilds the case folders of testdata/cases-az from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-az/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt. The rules
// that turn src/CASE/PATH.EXT.txt into CASE/PATH.EXT are in build.go.
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"fmt"
	"html"

	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	srcs, err := filepath.Glob("src/*")
	if err != nil {
		log.Fatal(err)
	}
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
	}
	for _, dir := range srcs {
		name := filepath.Base(dir)
		if len(only) > 0 && !only[name] {
			continue
		}
		err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(dir, strings.TrimSuffix(p, ".txt"))
			return build(p, filepath.Join(root, name, rel))
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	for name, b := range ledgers {
		if len(only) > 0 && !only[name] {
			continue
		}
		if err := b(filepath.Join(root, name)); err != nil {
			log.Fatal(name, ": ", err)
		}
	}
}

func soffice(outdir, target, in string) error {
	// a profile of its own: another soffice running on the machine would lock the default one
	cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/lo-casesaz", "--headless", "--convert-to", target, "--outdir", outdir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", in, err, b)
	}
	return nil
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}</style></head><body>\n")
	inTable := false
	// a first line "%gongwen" lays the paragraphs out as an official document
	// (公文) does: justified, the first line indented by two characters
	para := "<p>"
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "%gongwen" {
		para = "<p style=\"text-indent:30pt;text-align:justify;margin-top:0;margin-bottom:0\">"
		lines = lines[1:]
	}
	for _, line := range lines {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + smear(html.EscapeString(c)) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case line == "%page":
			b.WriteString("<p style=\"page-break-before:always;margin:0\"></p>\n")
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"text-align:center;font-size:20pt;font-family:'方正小标宋简体','Noto Serif CJK SC',serif\">" + html.EscapeString(line[2:]) + "</h1>\n")
		case strings.HasPrefix(line, ">"):
			b.WriteString("<p style=\"text-align:right\">" + html.EscapeString(line[1:]) + "</p>\n")
		case strings.HasPrefix(line, "<"):
			b.WriteString("<p style=\"text-indent:0\">" + smear(html.EscapeString(line[1:])) + "</p>\n")
		default:
			b.WriteString(para + smear(html.EscapeString(line)) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// jpegSize reads the width, height and number of components from a JPEG's SOF marker.
func jpegSize(b []byte) (int, int, int, error) {
	for i := 2; i+9 < len(b); {
		if b[i] != 0xFF {
			return 0, 0, 0, fmt.Errorf("bad JPEG marker at %d", i)
		}
		m := b[i+1]
		l := int(b[i+2])<<8 | int(b[i+3])
		if m >= 0xC0 && m <= 0xC3 {
			return int(b[i+7])<<8 | int(b[i+8]), int(b[i+5])<<8 | int(b[i+6]), int(b[i+9]), nil
		}
		i += 2 + l
	}
	return 0, 0, 0, fmt.Errorf("no SOF marker")
}

// sheet is one worksheet: its rows from row 1, and the ranges to merge.
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
}

func writeXLSX(path string, sheets ...sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellStr(s.name, cell, v); err != nil {
					return err
				}
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends (cells hold no comma or quote).
func writeCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			if strings.ContainsAny(c, ",\"") {
				return fmt.Errorf("cell %q holds a comma or quote", c)
			}
		}
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls).
func binaryWorkbook(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesaz")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if err := soffice(tmp, "xls:MS Excel 97", x); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// smear turns ⟦…⟧ into text under a dark smudge (ink spilt over it), so a
// photo of the page shows the words no one can read.
func smear(s string) string {
	s = strings.ReplaceAll(s, "⟦", `<span style="background:#1c1c1c;color:#1c1c1c">`)
	return strings.ReplaceAll(s, "⟧", "</span>")
}
