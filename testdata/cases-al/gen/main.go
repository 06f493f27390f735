// Command gen rebuilds the case folders of testdata/cases-al from the plain-text
// sources in src/ and the ledgers written below (see README.md).
//
//	cd testdata/cases-al/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT: .txt is copied,
// .docx, .odt are converted by LibreOffice from an HTML page made of the
// text (a line "# …" is a centred title, a line "|a|b|" a table row, any other
// line a paragraph); .pdf is that page converted to DOCX and then to PDF, .wps
// the Word 97 binary LibreOffice writes as .doc, and .png or .jpg the first
// page of that PDF rendered at 150 dpi (a photographed page, read by OCR).
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

// build writes out, a file of the format its extension names, from the text source src.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	ext := filepath.Ext(out)
	if ext == ".txt" {
		return os.WriteFile(out, raw, 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesal")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	stem := strings.TrimSuffix(filepath.Base(out), ext)
	page := filepath.Join(tmp, stem+".html")
	if err := os.WriteFile(page, []byte(toHTML(string(raw))), 0o644); err != nil {
		return err
	}
	if ext == ".png" || ext == ".jpg" {
		return photo(page, tmp, out)
	}
	if ext == ".pdf" {
		// the web PDF export leaves the CJK headings out of the text layer: go by a DOCX
		return viaDOCX(page, tmp, out)
	}
	target := map[string]string{".docx": "docx:MS Word 2007 XML",
		".odt": "odt:writerweb8_writer", ".wps": "doc:MS Word 97"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	cmd := exec.Command("soffice", "--headless", "--convert-to", target, "--outdir", tmp, page)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", src, err, b)
	}
	made := filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0])
	b, err := os.ReadFile(made)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif CJK SC',serif;font-size:14pt}td{border:1px solid #000;padding:2pt}table{border-collapse:collapse}</style></head><body>\n")
	inTable := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"text-align:center;font-size:18pt\">" + html.EscapeString(line[2:]) + "</h1>\n")
		default:
			b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
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
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// odsFromXLSX writes an OpenDocument spreadsheet (a format zhenggai does not read).
func odsFromXLSX(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesal")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if b, err := exec.Command("soffice", "--headless", "--convert-to", "ods", "--outdir", tmp, x).CombinedOutput(); err != nil {
		return fmt.Errorf("%v: %s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.ods"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// viaDOCX converts the HTML page to a DOCX, then that to the PDF at out.
func viaDOCX(page, tmp, out string) error {
	docx := strings.TrimSuffix(page, ".html") + ".docx"
	for _, c := range [][]string{{"docx:MS Word 2007 XML", page}, {"pdf", docx}} {
		if b, err := exec.Command("soffice", "--headless", "--convert-to", c[0], "--outdir", tmp, c[1]).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", c[1], err, b)
		}
	}
	if out == "" {
		return nil
	}
	b, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".pdf")
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// photo renders the HTML page as a PDF by a DOCX (the web PDF export's fonts
// render blank), then its first page as an image at out.
func photo(page, tmp, out string) error {
	if err := viaDOCX(page, tmp, ""); err != nil {
		return err
	}
	pdf := strings.TrimSuffix(page, ".html") + ".pdf"
	img := filepath.Join(tmp, "page")
	format := "-png"
	if filepath.Ext(out) == ".jpg" {
		format = "-jpeg"
	}
	if b, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-singlefile", "-f", "1", format, pdf, img).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", pdf, err, b)
	}
	b, err := os.ReadFile(img + filepath.Ext(out))
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls, or .et, which WPS writes in the same format).
func binaryWorkbook(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesal")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if b, err := exec.Command("soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", tmp, x).CombinedOutput(); err != nil {
		return fmt.Errorf("%v: %s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// openRow is a problem row not done: its deadline and status cell.
type openRow struct{ due, status string }

// problemRows lays out one problem row per title under the header 序号 | 问题类别 | 存在问题 |
// 整改措施 | 责任领导 | 责任部门 | 整改时限 | 整改状态 | 完成时间 | 佐证材料: the rows in open
// (by 序号) are not done; the others are done in year from firstMonth to lastMonth, each before its deadline,
// with evidence unless their 序号 is in bare.
func problemRows(year, firstMonth, lastMonth int, titles []string, leaders, depts []string, open map[int]openRow, bare map[int]bool) [][]string {
	rows := [][]string{{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改状态", "完成时间", "佐证材料"}}
	cats := []string{"政治建设", "党的建设", "全面从严治党"}
	for i, t := range titles {
		n := i + 1
		lead, dept, cat := leaders[i%len(leaders)], depts[i%len(depts)], cats[i*3/len(titles)]
		if o, ok := open[n]; ok {
			rows = append(rows, []string{fmt.Sprint(n), cat, t, "制定专项方案，分阶段推进", lead, dept, o.due, o.status, "", ""})
			continue
		}
		m := firstMonth + i%(lastMonth-firstMonth+1)
		ev := "整改报告及相关制度文件"
		if bare[n] {
			ev = ""
		}
		rows = append(rows, []string{fmt.Sprint(n), cat, t, "制定整改措施并逐项落实", lead, dept,
			fmt.Sprintf("%d.%d.30", year, m), "已完成", fmt.Sprintf("%d.%d.%d", year, m, 6+i%20), ev})
	}
	return rows
}
