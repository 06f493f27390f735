// Command gencase writes a synthetic rectification case for benchmarks:
//
//	go run ./scripts/gencase -problems 1000 -minutes 300 -pages 200 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/zhenggai/zhenggai/internal/casegen"
)

func main() {
	var sp casegen.Spec
	flag.IntVar(&sp.Problems, "problems", 1000, "ledger rows and report items")
	flag.IntVar(&sp.Minutes, "minutes", 300, "minutes files")
	flag.IntVar(&sp.Pages, "pages", 200, "report length in pages of about 800 characters")
	flag.IntVar(&sp.NotDone, "not-done", 40, "problems the ledger shows not done but the report calls done")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencase [flags] DIR")
		os.Exit(2)
	}
	if err := casegen.Generate(flag.Arg(0), sp); err != nil {
		fmt.Fprintln(os.Stderr, "gencase:", err)
		os.Exit(1)
	}
}
