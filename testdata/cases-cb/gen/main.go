// Command gen rebuilds the case folders of testdata/cases-cb from the text
// sources in src/ (DOCX markup, internal/casebuild/docx.go) and the ledgers
// and report item lists written in Go (cases.go, ledgers.go); see ../README.md.
//
//	cd testdata/cases-cb/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT: .docx written
// directly (NAME.wps.docx.txt: marked as saved by WPS Office), .pdf printed
// by LibreOffice from that DOCX, .txt copied. A line "@NAME" in a source is
// replaced by the block blocks["CASE@NAME"] writes (a report's list of items
// made from the same problems as the ledger).
//
// case.json and expected.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

var soffice = casebuild.NewOffice("casescb")

// blocks and ledgers are filled by the init functions of cases.go.
var (
	blocks  = casebuild.Blocks{}
	ledgers = map[string]func(dir string) error{}
)

func main() {
	b := casebuild.DocBuilder{
		Office: soffice,
		Prepare: func(src, out, text string) (string, error) {
			return blocks.Expand(casebuild.CaseOf(src), text)
		},
	}
	casebuild.Main(b.Build, ledgers)
}
