// Command gen rebuilds the case folders of testdata/cases-bo from the plain-text
// sources in src/ and the ledgers and report item lists written in caseNN.go
// (see ../README.md).
//
//	cd testdata/cases-bo/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT. .html is a page in a
// college's or hospital's website frame (casebuild.Builder with Site, the line
// markup of casebuild.ToHTML); every other format (.docx, .pdf, .doc) is a
// Word document written from casebuild's DOCX markup (casebuild.DocBuilder:
// .pdf is that DOCX printed by LibreOffice). A line "@NAME" of a source is
// replaced by the lines blocks["CASE@NAME"] gives (the report's problems,
// from the same rows as the ledger). expected.json and case.json are written
// by hand in each case folder.
package main

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

var soffice = casebuild.NewOffice("casesbo")

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// blocks holds the "@NAME" lines of the sources, by "CASE@NAME".
var blocks = casebuild.Blocks{}

// sites holds, by case folder, the frame (head, foot) its .html page is set in.
var sites = map[string][2]string{}

func main() {
	prep := func(src, _, text string) (string, error) { return blocks.Expand(casebuild.CaseOf(src), text) }
	web := casebuild.Builder{Office: soffice, Prepare: prep, Site: func(src, text string) string {
		f := sites[casebuild.CaseOf(src)]
		return casebuild.InFrame(casebuild.ToHTML(text), f[0], f[1])
	}}
	doc := casebuild.DocBuilder{Office: soffice, Prepare: prep}
	casebuild.Main(func(src, out string) error {
		if strings.HasSuffix(out, ".html") {
			return web.Build(src, out)
		}
		return doc.Build(src, out)
	}, ledgers)
}
