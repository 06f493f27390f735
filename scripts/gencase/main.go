// Command gencase writes synthetic rectification cases.
//
// For benchmarks, one large uniform case:
//
//	go run ./scripts/gencase -problems 1000 -minutes 300 -pages 200 DIR
//
// Varied cases (internal/casegen.Varied), each with a manifest.json of the
// findings it must produce; with -score they are checked and the findings
// recall and false positives printed by class (DIR may then be left out: a
// temporary folder is used and removed):
//
//	go run ./scripts/gencase -varied -n 500 -seed 1 -score
//
// -check makes the exit status 1 when the run misses issue 12's acceptance
// (recall below score.MinRecall, 0.98, or any false positive); -v lists
// every failing case's missed and extra findings.
//
// -skip-known-gaps leaves out the features the checker is known not to
// handle yet (internal/casegen/score.KnownGaps), as the property test does.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casegen"
	"github.com/zhenggai/zhenggai/internal/casegen/score"
)

func main() {
	var sp casegen.Spec
	flag.IntVar(&sp.Problems, "problems", 1000, "ledger rows and report items")
	flag.IntVar(&sp.Minutes, "minutes", 300, "minutes files")
	flag.IntVar(&sp.Pages, "pages", 200, "report length in pages of about 800 characters")
	flag.IntVar(&sp.NotDone, "not-done", 40, "problems the ledger shows not done but the report calls done")
	varied := flag.Bool("varied", false, "write varied cases with manifests instead of one uniform case")
	n := flag.Int("n", 100, "with -varied: how many cases")
	seed := flag.Uint64("seed", 1, "with -varied: the first case's seed (case i has seed+i)")
	doScore := flag.Bool("score", false, "with -varied: check the cases and print recall and false positives")
	verbose := flag.Bool("v", false, "with -score: list every failing case's missed and extra findings")
	check := flag.Bool("check", false, "with -score: exit 1 when recall is below 0.98 or any finding was not planted")
	exclude := flag.String("exclude", "", "with -varied: comma-separated features not to draw (dim=value or dim=*)")
	skipGaps := flag.Bool("skip-known-gaps", false, "with -varied: do not draw the known gaps (internal/casegen/score.KnownGaps)")
	flag.Parse()
	if *varied {
		ex := strings.FieldsFunc(*exclude, func(r rune) bool { return r == ',' })
		if *skipGaps {
			ex = append(ex, score.KnownGapFeatures()...)
		}
		ok, err := runVaried(*n, *seed, *doScore, *verbose, ex)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencase:", err)
			os.Exit(1)
		}
		if *check && !ok {
			fmt.Fprintf(os.Stderr, "gencase: below the acceptance (recall ≥ %.2f, no false positive)\n", score.MinRecall)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencase [flags] DIR  |  gencase -varied [-n N] [-seed S] [-score] [DIR]")
		os.Exit(2)
	}
	if err := casegen.Generate(flag.Arg(0), sp); err != nil {
		fmt.Fprintln(os.Stderr, "gencase:", err)
		os.Exit(1)
	}
}

// runVaried writes (and with doScore checks) the varied cases; ok is
// false when a scored run misses the acceptance.
func runVaried(n int, seed uint64, doScore, verbose bool, exclude []string) (ok bool, err error) {
	opt := casegen.Options{Exclude: exclude}
	root := flag.Arg(0)
	if root == "" {
		if !doScore {
			return false, fmt.Errorf("a folder to write the cases into is needed without -score")
		}
		tmp, err := score.TempRoot()
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(tmp)
		root = tmp
	}
	seeds := make([]uint64, n)
	for i := range seeds {
		seeds[i] = seed + uint64(i)
	}
	if !doScore {
		for _, s := range seeds {
			if _, err := casegen.Varied(filepath.Join(root, fmt.Sprintf("case-%d", s)), s, opt); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	rep, err := score.Run(context.Background(), root, seeds, opt)
	if err != nil {
		return false, err
	}
	rep.Write(os.Stdout, verbose)
	return rep.Acceptable(), nil
}
