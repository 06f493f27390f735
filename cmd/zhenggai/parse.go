package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/zhenggai/zhenggai/parse"
)

func runParse(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai parse", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: json or text")
	timeout := fs.Duration("timeout", parse.DefaultTimeout, "time limit per file")
	maxUnzip := fs.Int64("max-decompressed", parse.DefaultMaxDecompressed, "most bytes a DOCX, XLSX or OFD may unpack to")
	progress := progressFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhenggai parse [--format json|text] FILE...")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if err := oneOf("format", *format, "json", "text"); err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai parse:", err)
		} else {
			fs.Usage()
		}
		return exitInput
	}
	opt := parse.Options{Timeout: *timeout, MaxDecompressed: *maxUnzip}
	ctx, endProgress := withOCRProgress(ctx, stderr, *progress)
	code := exitOK
	for _, f := range files {
		doc, err := parse.ParseFile(ctx, f, opt)
		endProgress()
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai:", err)
			code = exitInput
			continue
		}
		if *format == "json" {
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(doc); err != nil {
				fmt.Fprintln(stderr, "zhenggai:", err)
				return exitInput
			}
			continue
		}
		writeDocText(stdout, doc)
	}
	return code
}

// writeDocText prints a document for reading in a terminal.
func writeDocText(w io.Writer, d *parse.Document) {
	fmt.Fprintf(w, "== %s  [%s, %s", d.File, d.Format, d.Kind)
	if d.Date != "" {
		fmt.Fprintf(w, ", %s", d.Date)
	}
	fmt.Fprintln(w, "]")
	if d.Title != "" {
		fmt.Fprintf(w, "title: %s\n", d.Title)
	}
	for _, p := range d.Pages {
		label := fmt.Sprintf("page %d", p.Number)
		if p.Sheet != "" {
			label = "sheet " + p.Sheet
		}
		fmt.Fprintf(w, "--- %s ---\n%s\n", label, strings.TrimRight(p.Text, "\n"))
	}
}
