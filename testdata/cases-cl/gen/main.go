// Command gen rebuilds the case folders of testdata/cases-cl from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-cl/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen: a source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT (NAME.txt.gbk.txt a GBK text with CRLF, NAME.wps.docx.txt a DOCX
// marked as saved by WPS, .html set in a county website's frame, .pdf printed
// from the DOCX, .doc LibreOffice's Word 97). expected.json and case.json are
// written by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casescl")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article in a county health commission's website frame.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/wsdt/">卫健动态</a> | <a href="/xzzx/">下载中心</a></div>
<div class="loc">当前位置：首页 &gt; 政务公开 &gt; 巡察整改</div>
<div class="info">发布时间：2024-08-20　来源：县卫生健康局办公室　浏览次数：418　【字体：大 中 小】</div>
`
	foot := `<div class="foot">柘塘县卫生健康局 版权所有　地址：柘塘县健康路9号　邮编：436300<br>网站标识码：4211270031　ICP备案号：东ICP备18007712号-1　技术支持：柘塘县大数据中心</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
