package main

import (
	"encoding/csv"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// block is one paragraph (style, text) or one table of a document.
type block struct {
	style string
	text  string
	table [][]string
}

// doc is a document written as flat ODT (sources kept in gen/src) and then
// converted by LibreOffice to the format a case needs.
type doc struct {
	blocks []block
	footer bool // 第 N 页 共 M 页 in the page foot
}

func (d *doc) p(text string)         { d.blocks = append(d.blocks, block{style: "Body", text: text}) }
func (d *doc) ps(style, text string) { d.blocks = append(d.blocks, block{style: style, text: text}) }
func (d *doc) tbl(rows ...[]string)  { d.blocks = append(d.blocks, block{table: rows}) }
func (d *doc) lines(texts ...string) {
	for _, t := range texts {
		d.p(t)
	}
}

const fodtHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/><style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%%"/><style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="14pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="14pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.99cm" fo:text-align="justify"/></style:style>
<style:style style:name="Red" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:color="#e00000" fo:font-size="28pt" style:font-size-asian="28pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.99cm"/><style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:line-height="115%%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="1.6cm" fo:margin-left="2.7cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>
<office:body><office:text>
`

func esc(s string) string { return html.EscapeString(s) }

func (d *doc) fodt() string {
	var b strings.Builder
	foot := ""
	if d.footer {
		foot = `<style:footer><text:p text:style-name="Foot">第 <text:page-number text:select-page="current">1</text:page-number> 页 共 <text:page-count>1</text:page-count> 页</text:p></style:footer>`
	}
	fmt.Fprintf(&b, fodtHead, foot)
	for i, bl := range d.blocks {
		if bl.table != nil {
			fmt.Fprintf(&b, `<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>`, i, len(bl.table[0]))
			for _, r := range bl.table {
				b.WriteString("<table:table-row>")
				for _, c := range r {
					fmt.Fprintf(&b, `<table:table-cell table:style-name="TC" office:value-type="string"><text:p text:style-name="Cell">%s</text:p></table:table-cell>`, esc(c))
				}
				b.WriteString("</table:table-row>")
			}
			b.WriteString("</table:table>\n")
			continue
		}
		fmt.Fprintf(&b, "<text:p text:style-name=\"%s\">%s</text:p>\n", bl.style, esc(bl.text))
	}
	b.WriteString("</office:text></office:body></office:document>\n")
	return b.String()
}

// save writes the document's source under gen/src and converts it into
// out (the extension says the format: docx, pdf, doc; .wps is saved as doc).
func (d *doc) save(srcName, out string) {
	src := filepath.Join(srcDir, srcName+".fodt")
	must(os.WriteFile(src, []byte(d.fodt()), 0o644))
	ext := strings.TrimPrefix(filepath.Ext(out), ".")
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97", "wps": "doc:MS Word 97"}[ext]
	convExt := strings.SplitN(filter, ":", 2)[0]
	tmp, err := os.MkdirTemp("", "casesu")
	must(err)
	defer os.RemoveAll(tmp)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile", "--convert-to", filter, "--outdir", tmp, src)
	if o, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("soffice %s: %v %s", src, err, o))
	}
	conv := filepath.Join(tmp, srcName+"."+convExt)
	data, err := os.ReadFile(conv)
	must(err)
	must(os.MkdirAll(filepath.Dir(out), 0o755))
	must(os.WriteFile(out, data, 0o644))
}

// sofficeConvert converts a file to another format (xlsx → xls) and returns the bytes.
func sofficeConvert(src, filter, ext string) []byte {
	tmp, err := os.MkdirTemp("", "casesu")
	must(err)
	defer os.RemoveAll(tmp)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile", "--convert-to", filter, "--outdir", tmp, src)
	if o, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("soffice %s: %v %s", src, err, o))
	}
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	data, err := os.ReadFile(filepath.Join(tmp, base+"."+ext))
	must(err)
	return data
}

// scan renders lines of text as a photographed page (JPEG, PNG or GIF) with
// ImageMagick: a slight tilt and noise, as a phone photo of a paper record.
func scan(srcName string, lines []string, out string, tilt string) {
	src := filepath.Join(srcDir, srcName+".txt")
	must(os.WriteFile(src, []byte(strings.Join(lines, "\n")), 0o644))
	must(os.MkdirAll(filepath.Dir(out), 0o755))
	cmd := exec.Command(imConvert(), "-background", "#f4f1ea", "-fill", "#1c1c2a",
		"-font", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "-pointsize", "38",
		"-interline-spacing", "18", "label:"+strings.Join(lines, "\n"), "-resize", "125%", "-bordercolor", "#f4f1ea", "-border", "90",
		"-seed", "7", "-attenuate", "0.15", "+noise", "Gaussian", "-background", "#e9e4d8", "-rotate", tilt,
		"-colorspace", "Gray", "-quality", "85", out)
	if o, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("convert %s: %v %s", out, err, o))
	}
}

// --- ledgers ---

// lrow is one problem row of a ledger.
type lrow struct {
	p                                     prob
	no                                    string
	status, deadline, completed, evidence string
	note, progress, goal, coop            string
	noLeader                              bool
}

// ledger describes a problems sheet: the columns in their order (keys into
// cell()), their headers, and the layout around the rows.
type ledger struct {
	sheet    string
	title    string   // merged title row, "" for none
	fill     string   // a 填报单位 line under the title
	keys     []string // columns
	heads    []string // header labels, one per key
	group    string   // two-row header: this group label over the keys in groupKeys
	groupKs  []string
	sections bool // section row per aspect, and a 小计 row after it
	total    bool // a 合计 row at the end
	blankAt  int  // a blank row after this many rows (0: none)
	footer   []string
	hide     []string // keys of hidden columns
	comments map[int]string
}

func colName(i int) string { n, _ := excelize.ColumnNumberToName(i + 1); return n }

func (r lrow) cell(k string) string {
	switch k {
	case "no":
		return r.no
	case "cat":
		return r.p.aspect + "方面"
	case "prob":
		return r.p.title + "。" + r.p.detail + "。"
	case "goal":
		return r.goal
	case "meas":
		return r.p.measure + "。"
	case "leader":
		if r.noLeader {
			return ""
		}
		return r.p.leader
	case "dept":
		return r.p.dept
	case "coop":
		return r.coop
	case "deadline":
		return r.deadline
	case "status":
		return r.status
	case "progress":
		return r.progress
	case "completed":
		return r.completed
	case "evidence":
		return r.evidence
	case "note":
		return r.note
	}
	panic("no column " + k)
}

// write puts the sheet into f and returns the Excel row number of each lrow.
func (l ledger) write(f *excelize.File, rows []lrow) []int {
	sh := l.sheet
	if idx, _ := f.GetSheetIndex(sh); idx < 0 {
		_, err := f.NewSheet(sh)
		must(err)
	}
	n := len(l.keys)
	last := colName(n - 1)
	r := 1
	if l.title != "" {
		must(f.SetCellValue(sh, "A1", l.title))
		must(f.MergeCell(sh, "A1", last+"1"))
		st, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}, Alignment: &excelize.Alignment{Horizontal: "center"}})
		must(f.SetCellStyle(sh, "A1", "A1", st))
		r++
	}
	if l.fill != "" {
		must(f.SetCellValue(sh, fmt.Sprintf("A%d", r), l.fill))
		must(f.MergeCell(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
		r++
	}
	if l.group != "" {
		// two header rows: the group label over its columns, the others merged down
		inGroup := map[string]bool{}
		for _, k := range l.groupKs {
			inGroup[k] = true
		}
		first, lastG := -1, -1
		for i, k := range l.keys {
			c := colName(i)
			if inGroup[k] {
				if first < 0 {
					first = i
				}
				lastG = i
				must(f.SetCellValue(sh, fmt.Sprintf("%s%d", c, r+1), l.heads[i]))
				continue
			}
			must(f.SetCellValue(sh, fmt.Sprintf("%s%d", c, r), l.heads[i]))
			must(f.MergeCell(sh, fmt.Sprintf("%s%d", c, r), fmt.Sprintf("%s%d", c, r+1)))
		}
		must(f.SetCellValue(sh, fmt.Sprintf("%s%d", colName(first), r), l.group))
		must(f.MergeCell(sh, fmt.Sprintf("%s%d", colName(first), r), fmt.Sprintf("%s%d", colName(lastG), r)))
		r += 2
	} else {
		for i, h := range l.heads {
			must(f.SetCellValue(sh, fmt.Sprintf("%s%d", colName(i), r), h))
		}
		r++
	}
	pos := make([]int, len(rows))
	aspectNo := 0
	cn := []string{"一", "二", "三", "四", "五", "六"}
	var subtotalRows []int
	for i := 0; i < len(rows); i++ {
		if l.sections && (i == 0 || rows[i].p.aspect != rows[i-1].p.aspect) {
			cnt := 0
			for j := i; j < len(rows) && rows[j].p.aspect == rows[i].p.aspect; j++ {
				cnt++
			}
			must(f.SetCellValue(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("%s、%s方面（%d个）", cn[aspectNo], rows[i].p.aspect, cnt)))
			must(f.MergeCell(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
			aspectNo++
			r++
		}
		for j, k := range l.keys {
			v := rows[i].cell(k)
			if v == "" {
				continue
			}
			must(f.SetCellValue(sh, fmt.Sprintf("%s%d", colName(j), r), v))
		}
		pos[i] = r
		r++
		if l.blankAt > 0 && i+1 == l.blankAt {
			r++
		}
		if l.sections && (i+1 == len(rows) || rows[i+1].p.aspect != rows[i].p.aspect) {
			start := r - 1
			for j := i; j > 0 && rows[j-1].p.aspect == rows[i].p.aspect; j-- {
				start = pos[j-1]
			}
			must(f.SetCellValue(sh, fmt.Sprintf("B%d", r), "小计"))
			must(f.SetCellFormula(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("COUNTA(A%d:A%d)", start, r-1)))
			subtotalRows = append(subtotalRows, r)
			r++
		}
	}
	if l.total {
		must(f.SetCellValue(sh, fmt.Sprintf("B%d", r), "合计"))
		if len(subtotalRows) > 0 {
			var parts []string
			for _, s := range subtotalRows {
				parts = append(parts, fmt.Sprintf("A%d", s))
			}
			must(f.SetCellFormula(sh, fmt.Sprintf("A%d", r), "SUM("+strings.Join(parts, ",")+")"))
		} else {
			must(f.SetCellFormula(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("COUNTA(A%d:A%d)", pos[0], r-1)))
		}
		r++
	}
	for _, ft := range l.footer {
		r++
		must(f.SetCellValue(sh, fmt.Sprintf("A%d", r), ft))
		must(f.MergeCell(sh, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
	}
	for _, h := range l.hide {
		for j, k := range l.keys {
			if k == h {
				must(f.SetColVisible(sh, colName(j), false))
			}
		}
	}
	for i, c := range l.comments {
		must(f.AddComment(sh, excelize.Comment{Cell: fmt.Sprintf("%s%d", colName(indexOf(l.keys, "status")), pos[i]), Author: "督查室", Text: c}))
	}
	for j := range l.keys {
		w := 14.0
		if l.keys[j] == "prob" || l.keys[j] == "meas" {
			w = 40
		}
		must(f.SetColWidth(sh, colName(j), colName(j), w))
	}
	return pos
}

func indexOf(ks []string, k string) int {
	for i, x := range ks {
		if x == k {
			return i
		}
	}
	return 0
}

// newBook returns a workbook whose default sheet is renamed to name.
func newBook(name string) *excelize.File {
	f := excelize.NewFile()
	must(f.SetSheetName("Sheet1", name))
	return f
}

// sheetRows writes a plain table (header then rows) at the given start row.
func sheetRows(f *excelize.File, sh string, start int, rows [][]string) {
	if idx, _ := f.GetSheetIndex(sh); idx < 0 {
		_, err := f.NewSheet(sh)
		must(err)
	}
	for i, r := range rows {
		for j, v := range r {
			if v == "" {
				continue
			}
			must(f.SetCellValue(sh, fmt.Sprintf("%s%d", colName(j), start+i), v))
		}
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// writeGBKCSV writes rows as CSV encoded in GBK, as office PCs save it.
func writeGBKCSV(path string, rows [][]string) {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	must(w.WriteAll(rows))
	enc, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	must(err)
	must(os.WriteFile(path, []byte(enc), 0o644))
}

// imConvert is ImageMagick's convert; the Debian package also installs it
// as convert-im6.q16, which a stand-in earlier in PATH cannot shadow.
func imConvert() string {
	if _, err := os.Stat("/usr/bin/convert-im6.q16"); err == nil {
		return "/usr/bin/convert-im6.q16"
	}
	return "convert"
}
