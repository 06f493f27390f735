// Command gen builds the blind case folders of testdata/cases-p from the
// plain-text sources in src/ and the ledgers described in cases.go.
//
//	cd testdata/cases-p/gen && go run .
//
// It needs LibreOffice (soffice) for DOCX, WPS (.doc bytes) and PDF, ImageMagick
// (convert) with a Noto CJK font for the photographed minutes, and qpdf for the
// encrypted minutes. expected.json of each folder is written from what each case
// says it plants (decided by hand from docs/rules.md, not from the tool).
package main

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"

	"encoding/json"
	"fmt"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const out = ".."

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// Row is one problem of a ledger.
type Row struct {
	No                                      int
	Cat, Prob, Meas, Leader, Dept, Deadline string
	Status, Done, Evid, Note                string
}

// Col is one column of a problems sheet: its header and how a row fills it.
type Col struct {
	Head  string
	Group string // the upper header over it in a two-row header ("" = none)
	Get   func(Row) string
}

// Sheet is an extra sheet written as it is.
type Sheet struct {
	Name   string
	Rows   [][]string
	Merges [][2]string // cell ranges to merge
}

// Ledger is a case's ledger.
type Ledger struct {
	File     string // ledger.xlsx, ledger.csv …
	Sheet    string // name of the problems sheet
	Title    string
	Pre      []string // rows written under the title (填报单位 …)
	Cols     []Col
	Rows     []Row
	MergeCat bool // merge the 问题类别 cells down
	Footer   []string
	Blank    []int // leave a blank row after these 序号
	Before   []Sheet
	After    []Sheet
	Truncate bool // cut the file halfway (damaged)
}

// Finding is one expected finding.
type Finding struct {
	Rule     string `json:"rule"`
	Item     string `json:"item,omitempty"`
	Title    string `json:"title,omitempty"`
	Claimed  any    `json:"claimed,omitempty"`
	Observed any    `json:"observed,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
	rowNo    int    // the ledger 序号 the row is found from
}

// Doc is a document of the case made from a source text.
type Doc struct {
	Src  string // src file name
	Dst  string // path in the case folder
	Text string // the text itself, when there is no source file
	Kind string // docx, pdf, pdfhf (header/footer/page numbers), wps, txt, txt-gbk, png, jpg, mht, pdf-encrypted
}

// Case is one case folder.
type Case struct {
	Name     string
	Desc     string
	Info     map[string]any
	Docs     []Doc
	Ledger   *Ledger
	Find     []Finding
	Verdict  string
	Complete bool
	NotRun   []string
	Vars     map[string]string // replacements in the sources
}

var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total",
	"claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems",
	"claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
	"meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"}

func main() {
	for _, c := range cases() {
		build(c)
	}
}

func build(c Case) {
	dir := filepath.Join(out, c.Name)
	must(os.RemoveAll(dir))
	must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
	b, _ := json.MarshalIndent(c.Info, "", "  ")
	must(os.WriteFile(filepath.Join(dir, "case.json"), append(b, '\n'), 0o644))
	vars := c.Vars
	if vars == nil {
		vars = map[string]string{}
	}
	if c.Ledger != nil {
		vars["LIST"] = listOf(c.Ledger.Rows, "num")
		vars["LISTCN"] = listOf(c.Ledger.Rows, "cn")
		vars["TABLE"] = tableOf(c.Ledger.Rows)
		rowAt := writeLedger(dir, c.Ledger)
		for i := range c.Find {
			if c.Find[i].rowNo > 0 {
				c.Find[i].Row = rowAt[c.Find[i].rowNo]
				if !strings.HasSuffix(c.Ledger.File, ".csv") {
					c.Find[i].Sheet = c.Ledger.Sheet
				}
			}
		}
	}
	for _, d := range c.Docs {
		text := d.Text
		if d.Src != "" {
			text = readSrc(d.Src, vars)
		}
		writeDoc(dir, d, text)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "minutes")); len(ents) == 0 {
		must(os.Remove(filepath.Join(dir, "minutes")))
	}
	writeExpected(dir, c)
}

func writeExpected(dir string, c Case) {
	fired := map[string]bool{}
	for _, f := range c.Find {
		fired[f.Rule] = true
	}
	var absent []string
	for _, r := range allRules {
		if !fired[r] {
			absent = append(absent, r)
		}
	}
	e := map[string]any{
		"description":  c.Desc,
		"as_of":        c.Info["as_of"],
		"verdict":      c.Verdict,
		"complete":     c.Complete,
		"findings":     c.Find,
		"absent_rules": absent,
	}
	if c.Find == nil {
		e["findings"] = []Finding{}
	}
	if len(c.NotRun) > 0 {
		e["not_run"] = c.NotRun
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	must(enc.Encode(e))
	must(os.WriteFile(filepath.Join(dir, "expected.json"), buf.Bytes(), 0o644))
}

func readSrc(name string, vars map[string]string) string {
	b, err := os.ReadFile(filepath.Join("src", name))
	must(err)
	s := string(b)
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{{"+k+"}}", v)
	}
	if strings.Contains(s, "{{") {
		panic(name + ": unreplaced variable")
	}
	return s
}

var cnNum = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十"}

// listOf writes the report's item-by-item paragraphs from the ledger's rows:
// a heading 关于…的问题, measures, status.
func listOf(rows []Row, style string) string {
	var b strings.Builder
	for i, r := range rows {
		mark := fmt.Sprintf("%d．", i+1)
		if style == "cn" {
			mark = "（" + cnNum[i+1] + "）"
		}
		fmt.Fprintf(&b, "%s关于“%s”的问题\n整改措施：%s\n整改情况：%s\n", mark, r.Prob, r.Meas, reportStatus(r))
	}
	return strings.TrimRight(b.String(), "\n")
}

// reportStatus is what the report says of a row: its status's head.
func reportStatus(r Row) string {
	s := r.Status
	if i := strings.IndexAny(s, "，,；"); i > 0 {
		s = s[:i]
	}
	if s == "" {
		return "已完成"
	}
	return s
}

// tableOf writes a table of the problems: 序号 | 问题 | 责任单位 | 整改状态.
func tableOf(rows []Row) string {
	var b strings.Builder
	b.WriteString("|序号|问题|责任单位|整改状态|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "|%d|%s|%s|%s|\n", r.No, r.Prob, r.Dept, reportStatus(r))
	}
	return strings.TrimRight(b.String(), "\n")
}

// ---- documents ----

// toHTML turns the light markup of a source into HTML: the first line is the
// title, "|a|b|" lines are table rows (the first of a run is the header),
// "[pb]" is a page break, "> " a centred line, other lines paragraphs.
func toHTML(text string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:14pt} td{border:1px solid #000;padding:2px 4px} table{border-collapse:collapse}</style></head><body>`)
	lines := strings.Split(strings.ReplaceAll(text, "\r", ""), "\n")
	inTable := false
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString(`<table border="1" cellspacing="0">`)
				inTable = true
			}
			cells := strings.Split(strings.Trim(l, "|"), "|")
			b.WriteString("<tr>")
			for _, c := range cells {
				span := ""
				if strings.HasPrefix(c, "^") { // ^2^text: colspan 2
					parts := strings.SplitN(c[1:], "^", 2)
					span = ` colspan="` + parts[0] + `"`
					c = parts[1]
				}
				fmt.Fprintf(&b, "<td%s>%s</td>", span, html.EscapeString(c))
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case i == 0 || (i > 0 && lines[i-1] == "[pb]"):
			fmt.Fprintf(&b, `<p align="center"><b><span style="font-size:20pt">%s</span></b></p>`, html.EscapeString(l))
		case l == "[pb]":
			b.WriteString(`<p style="page-break-before:always"></p>`)
		case strings.HasPrefix(l, "> "):
			fmt.Fprintf(&b, `<p align="center">%s</p>`, html.EscapeString(l[2:]))
		case strings.TrimSpace(l) == "":
		default:
			fmt.Fprintf(&b, `<p>%s</p>`, html.EscapeString(l))
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

func soffice(src, filter, outdir string) string {
	cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", outdir, src)
	o, err := cmd.CombinedOutput()
	if err != nil {
		panic(fmt.Sprintf("soffice %s: %v %s", src, err, o))
	}
	ext := filter[:strings.Index(filter, ":")]
	p := filepath.Join(outdir, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+"."+ext)
	if _, err := os.Stat(p); err != nil {
		panic(fmt.Sprintf("soffice %s: no output: %s", src, o))
	}
	return p
}

func writeDoc(dir string, d Doc, text string) {
	dst := filepath.Join(dir, d.Dst)
	must(os.MkdirAll(filepath.Dir(dst), 0o755))
	tmp, err := os.MkdirTemp("", "casesp")
	must(err)
	defer os.RemoveAll(tmp)
	base := filepath.Join(tmp, "doc")
	switch d.Kind {
	case "txt":
		must(os.WriteFile(dst, []byte(text), 0o644))
	case "txt-gbk":
		g, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(text, "\n", "\r\n"))
		must(err)
		must(os.WriteFile(dst, []byte(g), 0o644))
	case "docx", "wps", "pdf", "pdf-encrypted":
		must(os.WriteFile(base+".html", []byte(toHTML(text)), 0o644))
		var p string
		switch d.Kind {
		case "docx":
			p = soffice(base+".html", "docx:MS Word 2007 XML", tmp)
		case "wps":
			p = soffice(base+".html", "doc:MS Word 97", tmp)
		default:
			p = soffice(base+".html", "pdf:writer_web_pdf_Export", tmp)
		}
		if d.Kind == "pdf-encrypted" {
			o, err := exec.Command("qpdf", "--encrypt", "zgxc2024", "owner2024", "256", "--", p, dst).CombinedOutput()
			if err != nil {
				panic(fmt.Sprintf("qpdf: %v %s", err, o))
			}
			return
		}
		copyFile(p, dst)
	case "pdfhf":
		must(os.WriteFile(base+".fodt", []byte(toFODT(text)), 0o644))
		copyFile(soffice(base+".fodt", "pdf:writer_pdf_Export", tmp), dst)
	case "png", "jpg":
		photo(text, dst)
	case "mht":
		mht(text, dst)
	default:
		panic("kind " + d.Kind)
	}
}

func copyFile(src, dst string) {
	b, err := os.ReadFile(src)
	must(err)
	must(os.WriteFile(dst, b, 0o644))
}

// photo draws the minutes as a photographed page: dark text on an
// off-white page, large enough to read, saved as PNG or JPEG.
func photo(text, dst string) {
	raw, err := os.ReadFile("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
	must(err)
	coll, err := opentype.ParseCollection(raw)
	must(err)
	var face font.Face
	for i := 0; i < coll.NumFonts(); i++ {
		fnt, err := coll.Font(i)
		must(err)
		name, _ := fnt.Name(nil, sfnt.NameIDFamily)
		if name == "Noto Sans CJK SC" {
			face, err = opentype.NewFace(fnt, &opentype.FaceOptions{Size: 34, DPI: 72, Hinting: font.HintingFull})
			must(err)
		}
	}
	if face == nil {
		panic("no Noto Sans CJK SC")
	}
	var wrapped []string
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		l = strings.TrimPrefix(l, "> ")
		r := []rune(l)
		for len(r) > 32 {
			wrapped = append(wrapped, string(r[:32]))
			r = r[32:]
		}
		wrapped = append(wrapped, string(r))
	}
	h := 200 + 56*len(wrapped)
	img := image.NewRGBA(image.Rect(0, 0, 1300, h))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{0xf4, 0xf1, 0xe8, 0xff}}, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: &image.Uniform{color.RGBA{0x1a, 0x1a, 0x1a, 0xff}}, Face: face}
	for i, l := range wrapped {
		d.Dot = fixed.P(90, 120+56*i)
		d.DrawString(l)
	}
	out, err := os.Create(dst)
	must(err)
	defer out.Close()
	if strings.HasSuffix(dst, ".jpg") {
		must(jpeg.Encode(out, img, &jpeg.Options{Quality: 88}))
		return
	}
	must(png.Encode(out, img))
}

// mht writes the minutes as a page saved from a browser as one MHTML file.
func mht(text, dst string) {
	body := toHTML(text)
	var b strings.Builder
	b.WriteString("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/xxgk/hyjy/202404/t20240412_1.html\r\nSubject: =?utf-8?Q?=E4=BC=9A=E8=AE=AE=E7=BA=AA=E8=A6=81?=\r\nDate: Fri, 12 Apr 2024 09:13:20 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--zg7Qm2\"\r\n\r\n")
	b.WriteString("------MultipartBoundary--zg7Qm2\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: http://www.example.gov.cn/xxgk/hyjy/202404/t20240412_1.html\r\n\r\n")
	b.WriteString(body)
	b.WriteString("\r\n\r\n------MultipartBoundary--zg7Qm2--\r\n")
	must(os.WriteFile(dst, []byte(b.String()), 0o644))
}

// toFODT writes a flat ODF text document with a header (the unit), a footer
// with the page number (第 N 页 共 M 页), as WPS exports its reports.
func toFODT(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r", ""), "\n")
	header := "棠溪县人民医院党委"
	var body strings.Builder
	inTable := false
	ncol := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "@header ") {
			header = l[len("@header "):]
			continue
		}
		if strings.HasPrefix(l, "|") {
			cells := strings.Split(strings.Trim(l, "|"), "|")
			if !inTable {
				ncol = len(cells)
				body.WriteString(`<table:table table:name="T` + fmt.Sprint(i) + `" table:style-name="Tb">`)
				for j := 0; j < ncol; j++ {
					w := "C1"
					if j == 1 {
						w = "C2"
					}
					body.WriteString(`<table:table-column table:style-name="` + w + `"/>`)
				}
				body.WriteString(`<table:table-header-rows>`)
				writeFRow(&body, cells)
				body.WriteString(`</table:table-header-rows>`)
				inTable = true
				continue
			}
			writeFRow(&body, cells)
			continue
		}
		if inTable {
			body.WriteString(`</table:table>`)
			inTable = false
		}
		switch {
		case i == 0 || (i == 1 && strings.HasPrefix(l, "@header")):
			body.WriteString(`<text:p text:style-name="Title">` + html.EscapeString(l) + `</text:p>`)
		case strings.TrimSpace(l) == "":
		case strings.HasPrefix(l, "> "):
			body.WriteString(`<text:p text:style-name="Center">` + html.EscapeString(l[2:]) + `</text:p>`)
		default:
			body.WriteString(`<text:p text:style-name="Body">` + html.EscapeString(l) + `</text:p>`)
		}
	}
	if inTable {
		body.WriteString(`</table:table>`)
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.99cm" fo:line-height="150%"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
<style:style style:name="Tb" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="9.6cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="Small">` + html.EscapeString(header) + `</text:p></style:header>
<style:footer><text:p text:style-name="Small">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>` + body.String() + `</office:text></office:body></office:document>`
}

func writeFRow(b *strings.Builder, cells []string) {
	b.WriteString(`<table:table-row>`)
	for _, c := range cells {
		b.WriteString(`<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="Cell">` + html.EscapeString(c) + `</text:p></table:table-cell>`)
	}
	b.WriteString(`</table:table-row>`)
}

// ---- ledgers ----

// writeLedger writes the ledger and returns the spreadsheet row (1-based, as
// Excel numbers it; for CSV the line) of each 序号.
func writeLedger(dir string, l *Ledger) map[int]int {
	rowAt := map[int]int{}
	var grid [][]string
	var merges [][4]int // r1,c1,r2,c2 (0-based)
	ncol := len(l.Cols)
	if l.Title != "" {
		grid = append(grid, pad([]string{l.Title}, ncol))
		merges = append(merges, [4]int{0, 0, 0, ncol - 1})
	}
	for _, p := range l.Pre {
		grid = append(grid, pad([]string{p}, ncol))
		merges = append(merges, [4]int{len(grid) - 1, 0, len(grid) - 1, ncol - 1})
	}
	two := false
	for _, c := range l.Cols {
		if c.Group != "" {
			two = true
		}
	}
	if two {
		top := make([]string, ncol)
		sub := make([]string, ncol)
		r := len(grid)
		for j := 0; j < ncol; j++ {
			c := l.Cols[j]
			if c.Group == "" {
				top[j] = c.Head
				merges = append(merges, [4]int{r, j, r + 1, j})
				continue
			}
			sub[j] = c.Head
			if j == 0 || l.Cols[j-1].Group != c.Group {
				top[j] = c.Group
				k := j
				for k+1 < ncol && l.Cols[k+1].Group == c.Group {
					k++
				}
				merges = append(merges, [4]int{r, j, r, k})
			}
		}
		grid = append(grid, top, sub)
	} else {
		h := make([]string, ncol)
		for j, c := range l.Cols {
			h[j] = c.Head
		}
		grid = append(grid, h)
	}
	catCol := -1
	for j, c := range l.Cols {
		if c.Head == "问题类别" {
			catCol = j
		}
	}
	blank := map[int]bool{}
	for _, n := range l.Blank {
		blank[n] = true
	}
	catStart, prevCat := -1, ""
	for _, r := range l.Rows {
		line := make([]string, ncol)
		for j, c := range l.Cols {
			line[j] = c.Get(r)
		}
		if l.MergeCat && catCol >= 0 {
			if r.Cat == prevCat {
				line[catCol] = ""
			} else {
				if catStart >= 0 && len(grid)-1 > catStart {
					merges = append(merges, [4]int{catStart, catCol, len(grid) - 1, catCol})
				}
				catStart, prevCat = len(grid), r.Cat
			}
		}
		grid = append(grid, line)
		rowAt[r.No] = len(grid)
		if blank[r.No] {
			grid = append(grid, make([]string, ncol))
			if l.MergeCat {
				// a blank row ends a merged category
				if catStart >= 0 && len(grid)-2 > catStart {
					merges = append(merges, [4]int{catStart, catCol, len(grid) - 2, catCol})
				}
				catStart, prevCat = -1, ""
			}
		}
	}
	if l.MergeCat && catStart >= 0 && len(grid)-1 > catStart {
		merges = append(merges, [4]int{catStart, catCol, len(grid) - 1, catCol})
	}
	for _, f := range l.Footer {
		grid = append(grid, pad([]string{f}, ncol))
	}
	dst := filepath.Join(dir, l.File)
	if strings.HasSuffix(l.File, ".csv") {
		var b strings.Builder
		for _, line := range grid {
			for j, c := range line {
				if j > 0 {
					b.WriteString(",")
				}
				if strings.ContainsAny(c, ",\"\n") {
					c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
				}
				b.WriteString(c)
			}
			b.WriteString("\r\n")
		}
		g, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		must(err)
		must(os.WriteFile(dst, []byte(g), 0o644))
		return rowAt
	}
	f := excelize.NewFile()
	first := true
	add := func(name string) {
		if first {
			must(f.SetSheetName("Sheet1", name))
			first = false
			return
		}
		_, err := f.NewSheet(name)
		must(err)
	}
	for _, s := range l.Before {
		add(s.Name)
		writeSheet(f, s)
	}
	add(l.Sheet)
	for i, line := range grid {
		for j, c := range line {
			if c == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			must(f.SetCellStr(l.Sheet, cell, c))
		}
	}
	for _, m := range merges {
		a, _ := excelize.CoordinatesToCellName(m[1]+1, m[0]+1)
		z, _ := excelize.CoordinatesToCellName(m[3]+1, m[2]+1)
		must(f.MergeCell(l.Sheet, a, z))
	}
	for j := range l.Cols {
		col, _ := excelize.ColumnNumberToName(j + 1)
		w := 12.0
		switch l.Cols[j].Head {
		case "具体问题", "问题描述", "存在问题", "整改措施", "目前进展", "整改落实情况", "整改进展":
			w = 40
		}
		must(f.SetColWidth(l.Sheet, col, col, w))
	}
	for _, s := range l.After {
		add(s.Name)
		writeSheet(f, s)
	}
	if l.Truncate {
		var buf bytes.Buffer
		must(f.Write(&buf))
		b := buf.Bytes()
		must(os.WriteFile(dst, b[:len(b)/2], 0o644))
		return rowAt
	}
	must(f.SaveAs(dst))
	return rowAt
}

func writeSheet(f *excelize.File, s Sheet) {
	for i, line := range s.Rows {
		for j, c := range line {
			if c == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			must(f.SetCellStr(s.Name, cell, c))
		}
	}
	for _, m := range s.Merges {
		must(f.MergeCell(s.Name, m[0], m[1]))
	}
}

func pad(s []string, n int) []string {
	for len(s) < n {
		s = append(s, "")
	}
	return s
}

func splitLines(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") }
func splitCells(l string) []string { return strings.Split(strings.Trim(l, "|"), "|") }
