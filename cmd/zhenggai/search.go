package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/index"
)

// runSearch is `zhenggai search --index DIR [filters] QUERY`.
func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai search", flag.ContinueOnError)
	dir := fs.String("index", "", "the index folder")
	kind := fs.String("kind", "", "only documents of this kind: report, minutes, ledger or other")
	unit := fs.String("unit", "", "only documents whose unit holds this (part of a name: 桐岭 keeps every 桐岭… unit)")
	from := fs.String("from", "", "only documents dated on or after this day, YYYY-MM-DD")
	to := fs.String("to", "", "only documents dated on or before this day, YYYY-MM-DD")
	limit := fs.Int("limit", 10, "number of hits to show")
	offset := fs.Int("offset", 0, "skip this many hits first (paging)")
	format := fs.String("format", "text", "output format: text or json")
	sortBy := fs.String("sort", "relevance", "order of the hits: relevance, or date (newest first)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhenggai search --index DIR [--kind K] [--unit U] [--from DATE] [--to DATE] [--limit N] [--offset N] [--sort relevance|date] [--format text|json] QUERY")
		fmt.Fprintln(stderr, `QUERY: words, "phrases", +must -mustnot, AND / OR / NOT, kind:report, meetings_total:>=10, problems_rate:<90`)
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	usageErr := func(msg string) int {
		fmt.Fprintln(stderr, "zhenggai search:", msg)
		return exitInput
	}
	if *dir == "" || len(pos) == 0 {
		fs.Usage()
		return exitInput
	}
	if err := oneOf("format", *format, "text", "json"); err != nil {
		return usageErr(err.Error())
	}
	if err := oneOf("sort", *sortBy, index.SortRelevance, index.SortDate); err != nil {
		return usageErr(err.Error())
	}
	if *limit < 1 || *limit > index.MaxLimit || *offset < 0 || *offset > index.MaxOffset {
		return usageErr(fmt.Sprintf("--limit 须在 1 到 %d 之间，--offset 须在 0 到 %d 之间", index.MaxLimit, index.MaxOffset))
	}
	for _, d := range []struct{ name, v string }{{"from", *from}, {"to", *to}} {
		if d.v != "" {
			if _, err := time.Parse(time.DateOnly, d.v); err != nil {
				return usageErr(fmt.Sprintf("--%s %q is not a YYYY-MM-DD date", d.name, d.v))
			}
		}
	}
	if _, err := os.Stat(*dir); err != nil {
		fmt.Fprintf(stderr, "zhenggai：检索索引 %s 不存在\n", *dir)
		return exitInput
	}
	x, err := index.Open(*dir)
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai:", err)
		return exitInput
	}
	defer x.Close()
	res, err := x.Search(ctx, index.Request{Query: strings.Join(pos, " "), Kind: *kind, Unit: *unit,
		From: *from, To: *to, Limit: *limit, Offset: *offset, Sort: *sortBy})
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai:", err)
		return exitInput
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(stderr, "zhenggai:", err)
			return exitInput
		}
		return exitOK
	}
	writeSearchText(stdout, res, *offset, isTerminal(stdout))
	return exitOK
}

// writeSearchText prints hits with their fragments (matches in 【】, or in
// reverse video on a terminal) and the facets.
func writeSearchText(w io.Writer, res *index.Result, offset int, color bool) {
	open, close := "【", "】"
	if color {
		open, close = "\033[7m", "\033[0m"
	}
	fmt.Fprintf(w, "%d documents", res.Total)
	if len(res.Hits) > 0 {
		fmt.Fprintf(w, ", %d–%d shown", offset+1, offset+len(res.Hits))
	}
	fmt.Fprintln(w)
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%d. %s", offset+i+1, h.File)
		var meta []string
		for _, s := range []string{h.Kind, h.Unit, h.Date} {
			if s != "" {
				meta = append(meta, s)
			}
		}
		fmt.Fprintf(w, "  (%s)  score %.3f\n", strings.Join(meta, ", "), h.Score)
		if h.Title != "" {
			fmt.Fprintf(w, "   %s\n", h.Title)
		}
		for _, f := range h.Fragments {
			f = strings.NewReplacer("<mark>", open, "</mark>", close).Replace(f)
			fmt.Fprintf(w, "   %s\n", html.UnescapeString(f))
		}
	}
	for _, name := range index.FacetFields {
		terms := res.Facets[name]
		if len(terms) == 0 {
			continue
		}
		parts := make([]string, len(terms))
		for i, t := range terms {
			parts[i] = fmt.Sprintf("%s (%d)", t.Term, t.Count)
		}
		fmt.Fprintf(w, "\n%s: %s", name, strings.Join(parts, ", "))
	}
	if len(res.Facets) > 0 {
		fmt.Fprintln(w)
	}
}
