// Command gen rebuilds the case folders of testdata/cases-bs from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bs/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen. A source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT (internal/casebuild.Builder): .docx and .pdf by LibreOffice from
// an HTML page of the text, NAME.wps.docx.txt a DOCX marked as saved by WPS,
// .html the page in a township website's frame, .txt copied; and NAME.doc.txt
// becomes NAME.doc holding an OpenDocument text (a file saved as .odt by
// Writer and renamed .doc by hand: the "wrongly saved .doc" of case 06).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

var soffice = casebuild.NewOffice("casesbs")

func main() {
	b := casebuild.Builder{
		Office:   soffice,
		Targets:  map[string]string{".docx": "docx:MS Word 2007 XML"},
		FromDOCX: map[string]string{".doc": "odt:writer8"},
		Site:     sitePage,
		HTML:     page,
	}
	casebuild.Main(b.Build, ledgers)
}

// css is ToHTML's look with tables held to the page's width (a four-column
// table of problems would otherwise run past the right margin).
const css = "body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:1px solid #000;padding:2pt;font-size:10.5pt}table{border-collapse:collapse;width:100%;table-layout:fixed}"

// page is ToHTML's page with its tables held to the page's width: the one
// table of these sources (case 02's four columns of problems) gets its columns'
// widths, as LibreOffice reads them from the table's attributes, not from CSS.
func page(text string) string {
	return strings.ReplaceAll(casebuild.Markup{CSS: css}.HTML(text), "<table>",
		`<table width="100%" cellpadding="3"><col width="48"><col width="170"><col width="300"><col width="72">`)
}

// sitePage sets a village's 村务公开 article in a township website's frame.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/cwgk/">村务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="loc">当前位置：首页 &gt; 村务公开 &gt; 石桥村</div>
<div class="info">发布时间：2025-08-06　来源：石桥村　浏览次数：87</div>
`
	foot := `<div class="foot">主办：青岚县云溪镇人民政府　地址：云溪镇新街28号<br>网站标识码：4329270031　ICP备案号：岳ICP备15007788号-3</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
