// Command gen rebuilds the case folders of testdata/cases-ba from the
// line-based sources in src/ (see casebuild.DOCX for their markup) and the ledgers
// written in caseNN.go (see ../README.md).
//
//	cd testdata/cases-ba/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .docx is written by hand (casebuild.DOCX) as Word 2016 saves it;
//     NAME.wps.docx.txt becomes NAME.docx as WPS Office saves it;
//   - .doc is that DOCX saved by LibreOffice as Word 97–2003;
//   - .pdf is that DOCX printed to PDF by LibreOffice (running heads and feet,
//     the landscape section, the table's header repeated on each page);
//   - .txt is copied as UTF-8.
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// builder writes the documents by hand (casebuild.DOCX) and has LibreOffice,
// with this generator's own profile, save the .doc and .pdf files.
var builder = casebuild.DocBuilder{
	Office: casebuild.NewOffice("casesba"),
	Prepare: func(src, _, text string) (string, error) {
		return blocks.Expand(casebuild.CaseOf(src), text)
	},
	Own: func(text, out string) (bool, error) {
		if !strings.HasPrefix(text, "%style") {
			return false, nil
		}
		return true, buildWeb(text, out)
	},
}

func main() {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	only := os.Args[1:]
	if err := casebuild.Run(root, "src", only, builder.Build, nil); err != nil {
		log.Fatal(err)
	}
	want := map[string]bool{}
	for _, a := range only {
		want[a] = true
	}
	for name, files := range generated {
		if len(want) > 0 && !want[name] {
			continue
		}
		for rel, text := range files {
			tmp := filepath.Join(os.TempDir(), "casesba-src", name, rel+".txt")
			os.MkdirAll(filepath.Dir(tmp), 0o755)
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				log.Fatal(err)
			}
			if err := builder.Build(tmp, filepath.Join(root, name, rel)); err != nil {
				log.Fatal(err)
			}
		}
	}
	if err := casebuild.RunLedgers(root, only, ledgers); err != nil {
		log.Fatal(err)
	}
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// blocks holds, by case folder and "@NAME", the lines of a generated part of a source.
var blocks = casebuild.Blocks{}

// generated holds, by case folder, sources written by the case's Go file
// (the minutes): their place in the folder and their text.
var generated = map[string]map[string]string{}

// meeting is one meeting's minutes.
type meeting casebuild.Meeting

// addMinutes writes each meeting's minutes as a Word document under minutes/.
func addMinutes(name string, ms ...meeting) {
	if generated[name] == nil {
		generated[name] = map[string]string{}
	}
	for _, m := range ms {
		generated[name]["minutes/"+m.File] = casebuild.Meeting(m).Text()
	}
}
