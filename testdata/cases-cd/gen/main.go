// Command gen rebuilds the case folders of testdata/cases-cd from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-cd/gen && go run . [CASE ...]
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
//   - .html is that page set in a college website's article frame (menu, 点击数, footer);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casescd")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format", ".doc": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">学院首页</a> | <a href="/xygk/">学院概况</a> | <a href="/djgz/">党建工作</a> | <a href="/xxgk/">信息公开</a></div>
<div class="loc">当前位置：首页 &gt; 党建工作 &gt; 巡察整改</div>
<div class="info">发布时间：2025-11-17　来源：党委办公室　作者：党办　点击数：418</div>
`
	foot := `<div class="foot">版权所有：琅溪职业技术学院　地址：琅溪市学府大道88号　邮编：536100<br>东ICP备09012345号-1　党委宣传部主办</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
