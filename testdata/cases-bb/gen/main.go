// Command gen rebuilds the case folders of testdata/cases-bb from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-bb/gen && go run . [CASE ...]
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
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesbb")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		HTML:    casebuild.RuledHTML,
		Site:    sitePage,
		Prepare: prepare,
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// frame is a website's chrome around an article: the location line, the
// publishing line and the footer.
type frame struct{ loc, info, foot string }

var frames = map[string]frame{}

// sitePage sets the article's page in its case's website frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(src, text string) string {
	f := frames[casebuild.CaseOf(src)]
	head := `<div class="top"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/xxgk/">信息公开</a> | <a href="/djgz/">党建工作</a></div>
<div class="loc">` + f.loc + `</div>
<div class="info">` + f.info + `</div>
`
	foot := `<div class="foot">` + f.foot + `</div>
`
	return casebuild.InFrame(casebuild.RuledHTML(text), head, foot)
}

// blocks holds, by case folder and "@NAME", the lines of a generated table.
var blocks = casebuild.Blocks{}

// prepare expands the "@NAME" blocks of a source, and for a .txt file drops
// its layout marks (plain).
func prepare(src, out, text string) (string, error) {
	text, err := blocks.Expand(casebuild.CaseOf(src), text)
	if err == nil && (strings.HasSuffix(out, ".txt") || strings.HasSuffix(out, ".txt.gbk")) {
		text = plain(text)
	}
	return text, err
}

// plain drops the layout marks of a source ("# " title, "<" "=" ">" lines, "%…" lines) for a .txt file.
func plain(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "%"):
			continue
		case strings.HasPrefix(l, "# "):
			l = l[2:]
		case strings.HasPrefix(l, "<"), strings.HasPrefix(l, ">"), strings.HasPrefix(l, "="):
			l = l[1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
