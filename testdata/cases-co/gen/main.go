// Command gen rebuilds the case folders of testdata/cases-co from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-co/gen && go run . [CASE ...]
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

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesco")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format", ".doc": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/zdly/">重点领域</a></div>
<div class="loc">当前位置：首页 &gt; 国资国企 &gt; 企业信息公开</div>
<div class="info">发布时间：2024-10-08　来源：市国资委　浏览次数：187</div>
`
	foot := `<div class="foot">主办：雁湖市人民政府办公室　地址：雁湖市湖滨中路8号　邮编：437900<br>网站标识码：4313250012　ICP备案号：东ICP备12003456号-2</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
