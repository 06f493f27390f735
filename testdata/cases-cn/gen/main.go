// Command gen rebuilds the case folders of testdata/cases-cn from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
// Adapted from testdata/cases-bc/gen.
//
//	cd testdata/cases-cn/gen && go run . [CASE ...]
//
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT (see casebuild.Builder):
// NAME.txt.gbk.txt a GBK text with CRLF, NAME.wps.docx.txt a DOCX marked as saved
// by WPS Office, NAME.wps.txt a Word 97 binary under WPS's name, NAME.doc.txt a
// Word 97 .doc, NAME.pdf.txt a PDF printed from Word, NAME.html.txt a page in a
// county website's frame. expected.json and case.json are written by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

var soffice = casebuild.NewOffice("casescn")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97", ".wps": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article in a state firm's website frame.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/gsgk/">公司概况</a> | <a href="/djgz/">党建工作</a> | <a href="/xxgk/">信息公开</a></div>
<div class="loc">当前位置：首页 &gt; 党建工作 &gt; 巡察整改</div>
<div class="info">发布时间：2024-10-12　来源：集团党委办公室　浏览次数：418</div>
`
	foot := `<div class="foot">苍岭县城市建设投资集团有限公司 版权所有　地址：苍岭县南湖大道88号<br>备案号：岭ICP备19004521号-1</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
