// Command gen rebuilds the case folders of testdata/cases-v from the plain-text
// sources in src/ and the ledgers described in ledgers.go.
//
//	cd testdata/cases-v/gen && go run .
//
// Reports and minutes are written as text (src/NN/*.txt), turned into HTML
// and converted by LibreOffice (soffice --headless) into DOCX, PDF or the
// Word 97 binary format (.doc, and .wps, which WPS saves in that format).
// A line "# …" is a centred bold heading, "|a|b|" a table row, any other
// line a paragraph. Photographed minutes are rendered to PDF, then to PNG
// by pdftoppm (and to GIF by image/gif); an encrypted PDF is made by qpdf.
// expected.json is written by hand, not here.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"image"
	"image/gif"
	"image/png"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var root = ".."

func main() {
	for _, c := range cases {
		dir := filepath.Join(root, c.name)
		must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		must(os.WriteFile(filepath.Join(dir, "case.json"), []byte(c.caseJSON+"\n"), 0o644))
		doc(filepath.Join("src", c.name, "report.txt"), filepath.Join(dir, "report."+c.reportExt))
		if c.reportGBK {
			gbkFile(filepath.Join(dir, "report.txt"))
		}
		for _, m := range c.minutes {
			src := filepath.Join("src", c.name, "minutes", strings.TrimSuffix(m.out, filepath.Ext(m.out))+".txt")
			must(os.MkdirAll(filepath.Dir(src), 0o755))
			must(os.WriteFile(src, []byte(m.text), 0o644))
			out := filepath.Join(dir, "minutes", m.out)
			switch filepath.Ext(m.out) {
			case ".png", ".gif":
				photo(src, out)
			case ".txt":
				must(os.WriteFile(out, []byte(strings.TrimPrefix(m.text, "# ")), 0o644))
			default:
				doc(src, out)
				if m.password != "" {
					encrypt(out, m.password)
				}
			}
		}
		c.ledger(dir)
	}
}

// minutesFile is one file of minutes/: its text comes from mt (minutes.go)
// unless src names a file of src/NN.
type minutesFile struct {
	out, text, password string
}

type caseDef struct {
	name, caseJSON, reportExt string
	reportGBK                 bool
	minutes                   []minutesFile
	ledger                    func(dir string)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// toHTML turns the source markup into an HTML page in 仿宋 (tables with borders).
func toHTML(src string) string {
	f, err := os.Open(src)
	must(err)
	defer f.Close()
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:16pt}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}</style></head><body>`)
	in := bufio.NewScanner(f)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	inTable := false
	for in.Scan() {
		line := strings.TrimRight(in.Text(), " \r")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, cell := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(cell) + "</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString(`<p align="center"><b>` + html.EscapeString(line[2:]) + "</b></p>")
		default:
			b.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	must(in.Err())
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// doc writes src as out, in the format out's extension names.
func doc(src, out string) {
	ext := strings.TrimPrefix(filepath.Ext(out), ".")
	if ext == "txt" {
		b, err := os.ReadFile(src)
		must(err)
		must(os.WriteFile(out, b, 0o644))
		return
	}
	tmp, err := os.MkdirTemp("", "casesv")
	must(err)
	defer os.RemoveAll(tmp)
	h := filepath.Join(tmp, "doc.html")
	must(os.WriteFile(h, []byte(toHTML(src)), 0o644))
	if ext == "pdf" {
		// through DOCX: the web page's PDF export breaks the title off
		soffice(tmp, "docx:MS Word 2007 XML", h)
		h = filepath.Join(tmp, "doc.docx")
	}
	target := map[string]string{
		"docx": "docx:MS Word 2007 XML",
		"pdf":  "pdf:writer_pdf_Export",
		"doc":  "doc:MS Word 97",
		"wps":  "doc:MS Word 97",
	}[ext]
	if target == "" {
		log.Fatalf("no conversion to %s", ext)
	}
	soffice(tmp, target, h)
	got := filepath.Join(tmp, "doc."+strings.SplitN(target, ":", 2)[0])
	b, err := os.ReadFile(got)
	must(err)
	must(os.WriteFile(out, b, 0o644))
}

func soffice(outdir, target, file string) {
	cmd := exec.Command("soffice", "--headless", "--convert-to", target, "--outdir", outdir, file)
	var e bytes.Buffer
	cmd.Stderr = &e
	if err := cmd.Run(); err != nil {
		log.Fatalf("soffice %s: %v %s", file, err, e.String())
	}
}

// photo renders src as a page image (PNG, or GIF as some phones' apps save).
func photo(src, out string) {
	tmp, err := os.MkdirTemp("", "casesv")
	must(err)
	defer os.RemoveAll(tmp)
	h := filepath.Join(tmp, "doc.html")
	must(os.WriteFile(h, []byte(toHTML(src)), 0o644))
	soffice(tmp, "docx:MS Word 2007 XML", h)
	soffice(tmp, "pdf:writer_pdf_Export", filepath.Join(tmp, "doc.docx"))
	must(exec.Command("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", filepath.Join(tmp, "doc.pdf"), filepath.Join(tmp, "page")).Run())
	m, _ := filepath.Glob(filepath.Join(tmp, "page*.png"))
	if len(m) == 0 {
		log.Fatalf("pdftoppm made no page of %s", src)
	}
	b, err := os.ReadFile(m[0])
	must(err)
	if filepath.Ext(out) == ".png" {
		must(os.WriteFile(out, b, 0o644))
		return
	}
	img, err := png.Decode(bytes.NewReader(b))
	must(err)
	var g bytes.Buffer
	must(gif.Encode(&g, image.Image(img), nil))
	must(os.WriteFile(out, g.Bytes(), 0o644))
}

func encrypt(file, password string) {
	tmp := file + ".enc"
	must(exec.Command("qpdf", "--encrypt", password, password, "256", "--", file, tmp).Run())
	must(os.Rename(tmp, file))
}

// sheet is one worksheet: its rows from A1, merged ranges, and column widths.
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
}

func writeXLSX(path string, sheets ...sheet) {
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(f.SetCellStr(s.name, cell, v))
			}
		}
		for _, m := range s.merges {
			must(f.MergeCell(s.name, m[0], m[1]))
		}
	}
	must(f.SaveAs(path))
}

// convertSheet writes the workbook as XLSX in a temporary folder and lets
// LibreOffice convert it (xls: Excel 97; ods).
func convertSheet(path, target string, sheets ...sheet) {
	tmp, err := os.MkdirTemp("", "casesv")
	must(err)
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	writeXLSX(x, sheets...)
	soffice(tmp, target, x)
	got := filepath.Join(tmp, "ledger."+strings.SplitN(target, ":", 2)[0])
	b, err := os.ReadFile(got)
	must(err)
	must(os.WriteFile(path, b, 0o644))
}

func writeCSV(path string, rows [][]string, bom, gbk bool) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	must(w.WriteAll(rows))
	out := b.Bytes()
	if gbk {
		var err error
		out, err = simplifiedchinese.GBK.NewEncoder().Bytes(out)
		must(err)
	}
	if bom {
		out = append([]byte("\xef\xbb\xbf"), out...)
	}
	must(os.WriteFile(path, out, 0o644))
}

func n(i int) string { return fmt.Sprint(i) }

func gbkFile(path string) {
	b, err := os.ReadFile(path)
	must(err)
	b = bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
	out, err := simplifiedchinese.GBK.NewEncoder().Bytes(b)
	must(err)
	must(os.WriteFile(path, out, 0o644))
}

// mt writes minutes in the shape offices type them.
func mt(title, date, place, host, who, topic string, body ...string) string {
	var b strings.Builder
	b.WriteString("# " + title + "\n\n")
	b.WriteString("时间：" + date + "\n")
	b.WriteString("地点：" + place + "\n")
	b.WriteString("主持：" + host + "\n")
	b.WriteString("出席：" + who + "\n")
	b.WriteString("议题：" + topic + "\n")
	for _, l := range body {
		b.WriteString(l + "\n")
	}
	b.WriteString("（记录：办公室）\n")
	return b.String()
}
