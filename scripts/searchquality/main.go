// Command searchquality measures the search on the sample corpus: it
// indexes testdata/corpus (reports, index, cases) into a temporary folder,
// runs the query set index/testdata/queries.jsonl and prints, for each
// query, its hits, recall and precision at 10, then the means.
//
//	go run ./scripts/searchquality [-queries FILE] [-corpus DIR] [-v]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/index"
)

func main() {
	queries := flag.String("queries", "index/testdata/queries.jsonl", "the query set")
	corpus := flag.String("corpus", "testdata/corpus", "the sample corpus")
	verbose := flag.Bool("v", false, "list every query, not only those below 1")
	flag.Parse()
	if err := run(*queries, *corpus, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "searchquality:", err)
		os.Exit(1)
	}
}

func run(queries, corpus string, verbose bool) error {
	qs, err := index.LoadQueries(queries)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "searchquality-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	x, err := index.Open(filepath.Join(dir, "idx"))
	if err != nil {
		return err
	}
	defer x.Close()
	ctx := context.Background()
	var roots []string
	for _, r := range []string{"reports", "index", "cases"} {
		roots = append(roots, filepath.Join(corpus, r))
	}
	st, err := x.AddPaths(ctx, roots, index.AddOptions{})
	if err != nil {
		return err
	}
	if st.Failed > 0 {
		return fmt.Errorf("%d files failed to index", st.Failed)
	}
	res, err := x.Evaluate(ctx, qs)
	if err != nil {
		return err
	}
	var recall, p10, litRecall float64
	lit := 0
	for _, r := range res {
		recall += r.Recall
		p10 += r.P10
		if r.Literal {
			lit++
			litRecall += r.Recall
		}
		if verbose || r.Recall < 1 || r.P10 < 1 {
			filter := ""
			if r.Unit != "" {
				filter += " unit=" + r.Unit
			}
			if r.Kind != "" {
				filter += " kind=" + r.Kind
			}
			fmt.Printf("%-28s %4d expected %4d hits  recall %.2f  P@10 %.2f%s", r.Query, len(r.Expect), r.Hits, r.Recall, r.P10, filter)
			if len(r.Missed) > 0 {
				fmt.Printf("  missed: %s", strings.Join(r.Missed, ", "))
			}
			fmt.Println()
		}
	}
	n := float64(len(res))
	fmt.Printf("%d queries (%d documents indexed): mean recall %.3f, mean precision at 10 %.3f; literal queries (%d): mean recall %.3f\n",
		len(res), st.Indexed, recall/n, p10/n, lit, litRecall/max(float64(lit), 1))
	return nil
}
