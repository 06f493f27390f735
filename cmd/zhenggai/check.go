package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/verify"
)

// stringList is a repeatable flag.
type stringList []string

// String and Set make stringList a flag.Value.
func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai check", flag.ContinueOnError)
	asOf := fs.String("as-of", "", "reference date for deadlines, YYYY-MM-DD (default: case.json's as_of, else today)")
	format := fs.String("format", "text", "output format: text, json, html or xlsx (html and xlsx need --out)")
	out := fs.String("out", "", "write the output to this file")
	failOn := fs.String("fail-on", "high", "exit 1 when a finding is at or above: high, medium, low or never")
	indexDir := fs.String("index", "", "also compare against past reports in this index (rule text.copied)")
	report := fs.String("report", "", "the rectification report (instead of a case folder)")
	ledger := fs.String("ledger", "", "the ledger (with --report)")
	var minutes stringList
	fs.Var(&minutes, "minutes", "minutes file or folder (with --report; repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhenggai check [flags] CASE_DIR\n       zhenggai check [flags] --report FILE [--ledger FILE] [--minutes FILE_OR_DIR]...")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	usageErr := func(msg string) int {
		fmt.Fprintln(stderr, "zhenggai check:", msg)
		return exitInput
	}
	if err := oneOf("format", *format, "text", "json", "html", "xlsx"); err != nil {
		return usageErr(err.Error())
	}
	if err := oneOf("fail-on", *failOn, "high", "medium", "low", "never"); err != nil {
		return usageErr(err.Error())
	}
	if (*format == "html" || *format == "xlsx") && *out == "" {
		return usageErr("--format " + *format + " needs --out FILE")
	}
	if *asOf != "" {
		if _, err := time.Parse(time.DateOnly, *asOf); err != nil {
			return usageErr(fmt.Sprintf("--as-of %q is not a YYYY-MM-DD date", *asOf))
		}
	}
	var c verify.Case
	switch {
	case *report != "" && len(pos) == 0:
		c, err = verify.CaseFromFiles(*report, *ledger, minutes)
	case *report == "" && len(pos) == 1 && *ledger == "" && len(minutes) == 0:
		c, err = verify.LoadCase(ctx, pos[0])
	default:
		fs.Usage()
		return exitInput
	}
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai:", err)
		return exitInput
	}
	if err := seg.Init(); err != nil {
		fmt.Fprintln(stderr, "zhenggai: segmenter:", err)
		return exitInput
	}
	opt := verify.Options{AsOf: *asOf}
	if *indexDir != "" {
		idx, err := openExisting(*indexDir)
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai:", err)
			return exitInput
		}
		defer idx.Close()
		opt.Index = idx
	}
	res, err := verify.Check(ctx, c, opt)
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai:", err)
		return exitInput
	}
	if err := writeResult(res, *format, *out, stdout); err != nil {
		fmt.Fprintln(stderr, "zhenggai:", err)
		return exitInput
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(stderr, "zhenggai:", e)
	}
	if len(res.InputErrors) > 0 {
		return exitInput
	}
	if *failOn != "never" {
		for _, f := range res.Findings {
			if f.Severity.AtLeast(verify.Severity(*failOn)) {
				return exitFindings
			}
		}
	}
	return exitOK
}

func writeResult(res *verify.Result, format, out string, stdout io.Writer) error {
	w := stdout
	var f *os.File
	if out != "" {
		var err error
		f, err = os.CreateTemp(filepath.Dir(out), ".zhenggai-*")
		if err != nil {
			return err
		}
		defer os.Remove(f.Name())
		w = f
	}
	var err error
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(res)
	case "html":
		err = res.WriteHTML(w)
	case "xlsx":
		err = res.WriteXLSX(w)
	default:
		err = res.WriteText(w, verify.TextOptions{Color: out == "" && isTerminal(stdout)})
	}
	if f == nil {
		return err
	}
	if err == nil {
		err = f.Chmod(0o644) // CreateTemp makes 0600; an output file is for sharing
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(f.Name(), out)
}

// isTerminal reports whether w is a terminal (colour only then).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && os.Getenv("NO_COLOR") == ""
}
