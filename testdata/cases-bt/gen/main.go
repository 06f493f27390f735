// Command gen rebuilds the case folders of testdata/cases-bt from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bt/gen && go run . [CASE ...]
//
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .docx is converted by LibreOffice from an HTML page made of the text
//     (a line "# …" is a centred title, "|a|b|" a table row, ">…" a
//     right-aligned line, "%page" a page break, any other line a paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it;
//   - .wps is the page saved by LibreOffice as a Word 97 file under WPS's
//     extension (WPS Writer's own .wps is that binary format);
//   - .html is the page set in a county or township website's article frame.
//
// The ledgers (.et, .xlsx, GBK .csv) are written by ledgers.go. case.json and
// expected.json are written by hand in each case folder.
package main

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesbt")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".wps": "doc:MS Word 97"},
		Site:    sitePage,
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article in the frame of the website it was saved from:
// the county government's site, or the township's.
func sitePage(src, text string) string {
	if strings.Contains(src, "06-chengbei") {
		head := `<div class="top"><a href="/">城关镇人民政府</a> | <a href="/dwgk/">党务公开</a> | <a href="/cwgk/">村（居）务公开</a></div>
<div class="loc">您现在的位置：首页 &gt; 党务公开 &gt; 社区动态</div>
<div class="info">时间：2025-08-28 16:02　作者：城北社区　阅读：418次　【字体：大 中 小】【打印】【关闭】</div>
`
		foot := `<div class="foot">上一篇：城关镇召开秋季森林防火工作部署会<br>下一篇：城北社区开展“邻里守望”志愿服务活动<br>版权所有：澄岭县城关镇人民政府　联系电话：0745-6213308　技术支持：澄岭县融媒体中心</div>
`
		return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
	}
	head := `<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xcgz/">巡察工作</a> | <a href="/hdjl/">互动交流</a></div>
<div class="loc">当前位置：首页 &gt; 巡察工作 &gt; 整改公开</div>
<div class="info">发布时间：2025-08-18 09:35　信息来源：县农业农村局　访问量：1 352　分享到：</div>
`
	foot := `<div class="foot">相关链接：县委巡察办　县纪委监委<br>主办单位：中共澄岭县委办公室　澄岭县人民政府办公室　地址：澄岭县迎宾大道88号　邮政编码：418500<br>网站标识码：4312290003　东ICP备05012345号-1　公安机关备案号43122902000117</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
