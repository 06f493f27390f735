// Command gen rebuilds the case folders of testdata/cases-cm from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
// Adapted from testdata/cases-bc/gen.
//
//	cd testdata/cases-cm/gen && go run . [CASE ...]
//
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT (.txt copied,
// .docx/.doc via LibreOffice from an HTML page of the text, .pdf via DOCX,
// .html set in a bank's intranet frame; NAME.wps.docx.txt a DOCX marked as
// saved by WPS). expected.json and case.json are written by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

var soffice = casebuild.NewOffice("casescm")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

var ledgers = map[string]func(dir string) error{}

// sitePage sets the article in a head office intranet's frame.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/dwgz/">党务工作</a> | <a href="/xczg/">巡察整改</a> | <a href="/tzgg/">通知公告</a></div>
<div class="loc">当前位置：首页 &gt; 巡察整改 &gt; 整改公开</div>
<div class="info">发布日期：2024-11-06　发布部门：分行党委办公室　阅读：118</div>
`
	foot := `<div class="foot">澄源银行青屏分行内网　技术支持：分行信息科技部　内线电话：6021</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
