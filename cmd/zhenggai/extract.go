package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai extract", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: jsonl (one claim per line) or text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhenggai extract [--format jsonl|text] FILE...")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if err := oneOf("format", *format, "jsonl", "text"); err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai extract:", err)
		} else {
			fs.Usage()
		}
		return exitInput
	}
	if err := seg.Init(); err != nil {
		fmt.Fprintln(stderr, "zhenggai：分词器初始化失败：", err)
		return exitInput
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	code := exitOK
	for _, f := range files {
		doc, err := parse.ParseFile(ctx, f, parse.Options{})
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai:", err)
			code = exitInput
			continue
		}
		claims := extract.Claims(doc)
		if *format == "jsonl" {
			for _, c := range claims {
				if err := enc.Encode(c); err != nil {
					fmt.Fprintln(stderr, "zhenggai:", err)
					return exitInput
				}
			}
			continue
		}
		writeExtractText(stdout, doc, claims)
	}
	return code
}

// writeExtractText prints what was found in a file for reading: its claims,
// and the problem items, meetings or ledger rows its kind holds.
func writeExtractText(w io.Writer, doc *parse.Document, claims []extract.Claim) {
	fmt.Fprintf(w, "== %s  [%s, %s]\n", doc.File, doc.Format, doc.Kind)
	if len(claims) > 0 {
		fmt.Fprintf(w, "claims (%d):\n", len(claims))
	}
	for _, c := range claims {
		approx := ""
		if c.Approx != extract.Exact {
			approx = " (" + c.Approx.String() + ")"
		}
		where := "p" + strconv.Itoa(c.Source.Page)
		if c.InTable {
			where += " table"
		}
		fmt.Fprintf(w, "  %-8s %-28s %-10s value %s%s  [%s|%s]\n", where, string(c.Kind)+"/"+string(c.Subtype), doc.Slice(c.Figure), fmtNum(c.Value), approx,
			orDash(c.Action), orDash(c.Object))
	}
	switch doc.Kind {
	case parse.KindReport:
		items := extract.ReadItems(doc)
		fmt.Fprintf(w, "problem items (%d):\n", len(items))
		for _, it := range items {
			fmt.Fprintf(w, "  %s %s  [%s]\n", it.Number, it.Title, orDash(string(it.Status)))
		}
	case parse.KindMinutes:
		for _, m := range extract.ReadMeetings(doc) {
			fmt.Fprintf(w, "meeting: %s, %s, no. %d, rectification %v, %d attendees  %s\n", m.Type, orDash(m.Date), m.Number, m.Rectification, len(m.Attendees), m.Title)
		}
	case parse.KindLedger:
		l := extract.ReadLedger(doc)
		st := map[extract.Status]int{}
		for _, p := range l.Problems {
			st[p.Status]++
		}
		fmt.Fprintf(w, "ledger: %d problems (done %d, in progress %d, not done %d), %d clues, %d held accountable, %d rules\n",
			len(l.Problems), st[extract.StatusDone], st[extract.StatusInProgress], st[extract.StatusNotDone], len(l.Clues), len(l.Accountability), len(l.Rules))
		for _, s := range l.Sheets {
			fmt.Fprintf(w, "  sheet %q: %s\n", s.Sheet, orDash(string(s.Kind)))
		}
	}
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
