// Command gen rebuilds the case folders of testdata/cases-au from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-au/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt. The rules
// that turn src/CASE/PATH.EXT.txt into CASE/PATH.EXT are in build.go.
//
// expected.json and case.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesau")

func main() {
	casebuild.Main(build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
