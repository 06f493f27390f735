// Command gen rebuilds the case folders of testdata/cases-bu from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bu/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT; .pdf is the text laid
// out as an HTML page, converted by LibreOffice to DOCX and then to PDF. A
// source whose first line is "%norule" has its tables drawn without rules (as
// many offices set the figures table of a report); "%gongwen" lays the
// paragraphs out as an official document. expected.json and case.json are
// written by hand in each case folder.
package main

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

var soffice = casebuild.NewOffice("bu")

const plainCSS = "body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}"
const noRuleCSS = "body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:none;padding:2pt 10pt;font-size:12pt}table{border-collapse:collapse;border:none}"

// page lays a source out; "%norule" as its first line drops the tables' rules.
func page(text string) string {
	if rest, ok := strings.CutPrefix(text, "%norule\n"); ok {
		return casebuild.Markup{CSS: noRuleCSS}.HTML(rest)
	}
	return casebuild.Markup{CSS: plainCSS}.HTML(text)
}

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML"},
		HTML:    page,
	}
	casebuild.Main(b.Build, ledgers)
}
