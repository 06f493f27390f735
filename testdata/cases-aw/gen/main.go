// Command gen rebuilds the case folders of testdata/cases-aw from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-aw/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt is copied as UTF-8; a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .html is that page set in a county government website's article frame (menu, 浏览次数, footer);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesaw")

func main() {
	b := casebuild.Builder{Office: soffice, Site: sitePage}
	casebuild.Main(b.Build, ledgers)
}

// writeXLSX writes the sheets with setCell (numbers as numbers).
func writeXLSX(path string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSXCells(path, setCell, sheets...)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook: writeXLSX's
// workbook converted by LibreOffice.
func binaryWorkbook(path string, sheets ...casebuild.Sheet) error {
	return soffice.XLS(path, func(x string) error { return writeXLSX(x, sheets...) })
}

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends (cells hold no comma or quote).
func writeCSVGBK(path string, rows [][]string) error {
	t, err := csvText(rows)
	if err != nil {
		return err
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(t)
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/zdly/">重点领域</a></div>
<div class="loc">当前位置：首页 &gt; 信息公开 &gt; 部门信息 &gt; 县住建局</div>
<div class="info">发布时间：2024-11-18　来源：县住房和城乡建设局　浏览次数：263</div>
`
	foot := `<div class="foot">主办：梅溪县人民政府办公室　地址：梅溪县城东路16号　邮编：421600<br>网站标识码：4313250012　ICP备案号：东ICP备12003456号-2</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}

// setCell writes v into the cell: "#45473" as a number left in the General
// format (a day number no one formatted as a date), "@2024-06-30" as a date
// cell formatted 2024年6月30日, "@/2024-06-30" as one formatted 2024/6/30,
// anything else as text.
func setCell(f *excelize.File, sh, cell, v string) error {
	switch {
	case strings.HasPrefix(v, "#"):
		n, err := strconv.ParseFloat(v[1:], 64)
		if err != nil {
			return err
		}
		return f.SetCellFloat(sh, cell, n, -1, 64)
	case strings.HasPrefix(v, "@"):
		format := `yyyy"年"m"月"d"日"`
		if strings.HasPrefix(v, "@/") {
			format = "yyyy/m/d"
			v = v[1:]
		}
		t, err := time.Parse("2006-01-02", v[1:])
		if err != nil {
			return err
		}
		st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
		if err != nil {
			return err
		}
		if err := f.SetCellValue(sh, cell, t); err != nil {
			return err
		}
		return f.SetCellStyle(sh, cell, cell, st)
	}
	return f.SetCellStr(sh, cell, v)
}

// csvText is a row's cells as a CSV line: a day number "#45473" as its digits.
func csvText(rows [][]string) (string, error) {
	var b strings.Builder
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for _, r := range rows {
		var cells []string
		for len(r) < width { // Excel pads every line to the sheet's width
			r = append(r, "")
		}
		for _, c := range r {
			if strings.ContainsAny(c, ",\"") {
				return "", fmt.Errorf("cell %q holds a comma or quote", c)
			}
			cells = append(cells, strings.TrimPrefix(c, "#"))
		}
		b.WriteString(strings.Join(cells, ",") + "\r\n")
	}
	return b.String(), nil
}

// writeCSVBOM writes rows as a UTF-8 CSV with a byte order mark, as Excel's
// "CSV UTF-8" saves it.
func writeCSVBOM(path string, rows [][]string) error {
	s, err := csvText(rows)
	if err != nil {
		return err
	}
	return os.WriteFile(path, append([]byte("\xef\xbb\xbf"), s...), 0o644)
}
