// Command gen rebuilds the case folders of testdata/cases-u: reports and
// minutes are written as flat ODT under gen/src and converted by
// LibreOffice (soffice) to DOCX, PDF or Word 97 (.wps); ledgers are written
// with excelize; photographed minutes are drawn with ImageMagick (convert).
// Run from testdata/cases-u:
//
//	go run ./gen [NN ...]
//
// It prints the Excel row of every ledger problem row, which the hand-written
// expected.json files point at.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var srcDir string

var cases = map[string]func(dir string){}

func main() {
	var names []string
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	want := map[string]bool{}
	for _, a := range os.Args[1:] {
		want[a] = true
	}
	for _, n := range names {
		if len(want) > 0 && !want[n[:2]] {
			continue
		}
		srcDir = filepath.Join("gen", "src", n)
		must(os.MkdirAll(srcDir, 0o755))
		clean(n)
		fmt.Println("==", n)
		cases[n](n)
	}
}

func printRows(sheet string, rows []lrow, pos []int) {
	var b strings.Builder
	for i, r := range rows {
		fmt.Fprintf(&b, "  %s!%d 序号%s %s [%s]\n", sheet, pos[i], r.no, r.p.title, r.status+r.progress+r.note)
	}
	fmt.Print(b.String())
}

// clean removes what an earlier run generated, keeping the hand-written expected.json.
func clean(dir string) {
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if e.Name() != "expected.json" {
			must(os.RemoveAll(filepath.Join(dir, e.Name())))
		}
	}
}
