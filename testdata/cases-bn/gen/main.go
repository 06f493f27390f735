// Command gen rebuilds the case folders of testdata/cases-bn from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bn/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen. A source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT (casebuild.Builder): .docx, .pdf; NAME.wps.docx a DOCX marked as
// saved by WPS Office; .wps a Word 97 binary document under WPS's name (the
// Word 97–2003 format WPS reads and writes as .wps); .odt an OpenDocument text
// (a format zhenggai does not read); NAME.scan.pdf a scanned page with no text
// layer. The ledgers (.xls, .et, .xlsx) and the damaged files are written by
// ledgers.go. case.json and expected.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesbn")

func main() {
	b := casebuild.Builder{
		Office:   soffice,
		Targets:  map[string]string{".docx": "docx:MS Word 2007 XML", ".wps": "doc:MS Word 97", ".doc": "doc:MS Word 97"},
		FromDOCX: map[string]string{".odt": "odt:writer8"},
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger (and
// any file a case needs that is not built from a source).
var ledgers = map[string]func(dir string) error{}
