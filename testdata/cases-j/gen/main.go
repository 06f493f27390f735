// Command gen rebuilds the case folders of testdata/cases-j from the plain-text
// sources under gen/src: each source file names the file it becomes
// (report.docx.txt → report.docx, minutes/a.pdf.txt → minutes/a.pdf,
// ledger.xlsx.txt → ledger.xlsx). expected.json is written by hand in each
// case folder and is never touched here.
//
//	cd testdata/cases-j && go run ./gen            (needs soffice and pdftoppm)
//
// Documents: a source is lines; "# " a centred bold title, "## " a bold line,
// "|a|b|" table rows, "---" a page break, "!" lines are directives:
// "!truncate N" keeps only the first N bytes of the built file (a damaged
// download), "!encrypt" protects the built PDF with a password.
// A .docx is made by LibreOffice from HTML, a .pdf from that .docx, a .doc or
// .wps as Word 97, a .jpg or .png by rasterising the PDF at 150 dpi.
//
// Ledgers: "sheet: NAME" starts a sheet; "title: …", "section: …" and
// "footer: …" are one text merged across the sheet; "row: a|b|c" a row, where
// a cell "<" joins the cell to its left and "^" the cell above (merged
// cells); "blank:" an empty row; "widths: 6,12,40" column widths; a cell
// "@2023-06-30" is written as a date cell. "!password X" encrypts the
// workbook; a ledger.xls is saved by LibreOffice from the XLSX.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	src := flag.String("src", "gen/src", "folder of the case sources")
	out := flag.String("out", ".", "folder the case folders are written in")
	only := flag.String("only", "", "build only the case folders whose name holds this")
	flag.Parse()
	cases, err := os.ReadDir(*src)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range cases {
		if !c.IsDir() || !strings.Contains(c.Name(), *only) {
			continue
		}
		if err := buildCase(filepath.Join(*src, c.Name()), filepath.Join(*out, c.Name())); err != nil {
			log.Fatalf("%s: %v", c.Name(), err)
		}
		fmt.Println("built", c.Name())
	}
}

func buildCase(src, dst string) error {
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if !strings.HasSuffix(rel, ".txt") || rel == "case.txt" {
			if rel == "case.json" {
				return copyFile(p, filepath.Join(dst, rel))
			}
			return nil
		}
		target := filepath.Join(dst, strings.TrimSuffix(rel, ".txt"))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		text, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch ext := filepath.Ext(target); ext {
		case ".xlsx", ".xls", ".et":
			return buildLedger(string(text), target)
		case ".txt", ".md":
			return os.WriteFile(target, text, 0o644)
		default:
			return buildDocument(string(text), target)
		}
	})
}

func copyFile(from, to string) error {
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// directives splits off the "!" lines of a source.
func directives(text string) (body []string, dir map[string]string) {
	dir = map[string]string{}
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(l, "!") {
			k, v, _ := strings.Cut(strings.TrimPrefix(l, "!"), " ")
			dir[k] = strings.TrimSpace(v)
			continue
		}
		body = append(body, l)
	}
	return body, dir
}

func toHTML(lines []string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:15pt} td{border:1px solid #000;padding:2pt}</style></head><body>`)
	inTable := false
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString(`<table border="1" cellspacing="0">`)
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(strings.TrimSpace(c)) + "</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case l == "":
		case l == "---":
			b.WriteString(`<p style="page-break-before:always"></p>`)
		case strings.HasPrefix(l, "## "):
			b.WriteString("<p><b>" + html.EscapeString(l[3:]) + "</b></p>")
		case strings.HasPrefix(l, "# "):
			b.WriteString(`<p style="text-align:center;font-size:20pt"><b>` + html.EscapeString(l[2:]) + "</b></p>")
		case strings.HasPrefix(l, ">"):
			b.WriteString(`<p style="text-align:right">` + html.EscapeString(strings.TrimSpace(l[1:])) + "</p>")
		default:
			b.WriteString(`<p style="text-indent:2em">` + html.EscapeString(l) + "</p>")
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// soffice converts in to the format given, in a fresh profile, and returns
// the path of the converted file (beside in).
func soffice(in, format, ext string) (string, error) {
	dir := filepath.Dir(in)
	profile, err := os.MkdirTemp("", "casesj-lo")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(profile)
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+profile, "--headless", "--convert-to", format, "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("soffice %s: %v: %s", in, err, out)
	}
	p := strings.TrimSuffix(in, filepath.Ext(in)) + "." + ext
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("soffice made no %s from %s", ext, in)
	}
	return p, nil
}

func buildDocument(text, target string) error {
	lines, dir := directives(text)
	tmp, err := os.MkdirTemp("", "casesj-doc")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	h := filepath.Join(tmp, "doc.html")
	if err := os.WriteFile(h, []byte(toHTML(lines)), 0o644); err != nil {
		return err
	}
	docx, err := soffice(h, "docx:MS Word 2007 XML", "docx")
	if err != nil {
		return err
	}
	var built string
	switch ext := filepath.Ext(target); ext {
	case ".docx":
		built = docx
	case ".pdf":
		built, err = soffice(docx, "pdf", "pdf")
	case ".doc", ".wps":
		built, err = soffice(docx, "doc:MS Word 97", "doc")
	case ".jpg", ".png":
		var pdf string
		pdf, err = soffice(docx, "pdf", "pdf")
		if err == nil {
			flagFmt := map[string]string{".jpg": "-jpeg", ".png": "-png"}[ext]
			base := filepath.Join(tmp, "page")
			if out, e := exec.Command("pdftoppm", flagFmt, "-r", "150", "-singlefile", pdf, base).CombinedOutput(); e != nil {
				return fmt.Errorf("pdftoppm: %v: %s", e, out)
			}
			built = base + ext
		}
	default:
		return fmt.Errorf("no way to build %s", ext)
	}
	if err != nil {
		return err
	}
	if _, ok := dir["encrypt"]; ok {
		enc := built + ".enc"
		if out, e := exec.Command("qpdf", "--encrypt", "jzb2023", "jzb2023-owner", "256", "--", built, enc).CombinedOutput(); e != nil {
			return fmt.Errorf("qpdf: %v: %s", e, out)
		}
		built = enc
	}
	b, err := os.ReadFile(built)
	if err != nil {
		return err
	}
	if n, ok := dir["truncate"]; ok {
		k, err := strconv.Atoi(n)
		if err != nil || k >= len(b) {
			return fmt.Errorf("truncate %q of %d bytes", n, len(b))
		}
		b = b[:k]
	}
	return os.WriteFile(target, b, 0o644)
}

type sheetSrc struct {
	name   string
	rows   [][]string
	whole  map[int]bool // rows of one text merged across the sheet
	bold   map[int]bool
	widths []float64
}

func parseLedger(lines []string) ([]*sheetSrc, error) {
	var sheets []*sheetSrc
	var cur *sheetSrc
	for n, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" || strings.HasPrefix(l, "//") {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: no key: %q", n+1, l)
		}
		v = strings.TrimPrefix(v, " ")
		if k == "sheet" {
			cur = &sheetSrc{name: v, whole: map[int]bool{}, bold: map[int]bool{}}
			sheets = append(sheets, cur)
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("line %d: before any sheet", n+1)
		}
		switch k {
		case "title", "section", "footer":
			cur.whole[len(cur.rows)] = true
			cur.bold[len(cur.rows)] = k != "footer"
			cur.rows = append(cur.rows, []string{v})
		case "row", "head":
			if k == "head" {
				cur.bold[len(cur.rows)] = true
			}
			cells := strings.Split(v, "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			cur.rows = append(cur.rows, cells)
		case "blank":
			cur.rows = append(cur.rows, nil)
		case "widths":
			for _, w := range strings.Split(v, ",") {
				f, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
				if err != nil {
					return nil, fmt.Errorf("line %d: width %q", n+1, w)
				}
				cur.widths = append(cur.widths, f)
			}
		default:
			return nil, fmt.Errorf("line %d: unknown key %q", n+1, k)
		}
	}
	return sheets, nil
}

func buildLedger(text, target string) error {
	lines, dir := directives(text)
	sheets, err := parseLedger(lines)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		Border: borders()})
	boldStyle, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Border: borders()})
	plain, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"}})
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14, Border: borders()})
	for i, s := range sheets {
		if err := addSheet(f, i, s.name); err != nil {
			return err
		}
		width := 1
		for _, r := range s.rows {
			if len(r) > width {
				width = len(r)
			}
		}
		last, _ := excelize.ColumnNumberToName(width)
		for ri, r := range s.rows {
			row := ri + 1
			if s.whole[ri] {
				a := "A" + strconv.Itoa(row)
				if err := f.SetCellStr(s.name, a, r[0]); err != nil {
					return err
				}
				if err := f.MergeCell(s.name, a, last+strconv.Itoa(row)); err != nil {
					return err
				}
				st := plain
				if s.bold[ri] {
					st = boldStyle
				}
				if err := f.SetCellStyle(s.name, a, last+strconv.Itoa(row), st); err != nil {
					return err
				}
				continue
			}
			for ci, c := range r {
				cell, _ := excelize.CoordinatesToCellName(ci+1, row)
				st := wrap
				if s.bold[ri] {
					st = boldStyle
				}
				switch {
				case c == "<" || c == "^":
					origin := ci + 1
					orow := row
					if c == "<" {
						for origin > 1 && r[origin-2] == "<" {
							origin--
						}
						origin--
					} else {
						for orow > 1 && ci < len(s.rows[orow-2]) && s.rows[orow-2][ci] == "^" {
							orow--
						}
						orow--
					}
					from, _ := excelize.CoordinatesToCellName(origin, orow)
					if err := f.MergeCell(s.name, from, cell); err != nil {
						return err
					}
				case strings.HasPrefix(c, "@"):
					d, err := time.Parse("2006-01-02", c[1:])
					if err != nil {
						return fmt.Errorf("sheet %s row %d: date %q", s.name, row, c)
					}
					if err := f.SetCellValue(s.name, cell, d); err != nil {
						return err
					}
					st = dateStyle
				default:
					if c != "" {
						if err := f.SetCellStr(s.name, cell, c); err != nil {
							return err
						}
					}
				}
				if err := f.SetCellStyle(s.name, cell, cell, st); err != nil {
					return err
				}
			}
		}
		for ci, w := range s.widths {
			col, _ := excelize.ColumnNumberToName(ci + 1)
			if err := f.SetColWidth(s.name, col, col, w); err != nil {
				return err
			}
		}
	}
	ext := filepath.Ext(target)
	opts := excelize.Options{Password: dir["password"]}
	if ext == ".xlsx" {
		return f.SaveAs(target, opts)
	}
	tmp, err := os.MkdirTemp("", "casesj-xls")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := f.SaveAs(x, opts); err != nil {
		return err
	}
	xls, err := soffice(x, "xls:MS Excel 97", "xls")
	if err != nil {
		return err
	}
	in, err := os.Open(xls)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(target)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, bufio.NewReader(in)); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}

func borders() []excelize.Border {
	var b []excelize.Border
	for _, t := range []string{"left", "right", "top", "bottom"} {
		b = append(b, excelize.Border{Type: t, Color: "000000", Style: 1})
	}
	return b
}

// addSheet names the workbook's first sheet (i 0) or adds another.
func addSheet(f *excelize.File, i int, name string) error {
	if i > 0 {
		_, err := f.NewSheet(name)
		return err
	}
	return f.SetSheetName("Sheet1", name)
}
