package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
)

func runParse(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai parse", flag.ContinueOnError)
	format := fs.String("format", "text", "`格式`：text（供阅读的文字）或 json（文档结构，供其他程序读取）")
	timeout := fs.Duration("timeout", parse.DefaultTimeout, "`时长`：每个文件的读取时限（如 30s、2m）")
	maxUnzip := fs.Int64("max-decompressed", parse.DefaultMaxDecompressed, "`字节数`：DOCX、XLSX、OFD 文件解压后的大小上限")
	progress := progressFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai parse [--format text|json] 文件...")
		fmt.Fprintln(stderr, "\n显示每个文件读出的文档结构：格式、类型、标题、日期和每页（每个工作表）的文字。\n\n选项：")
		printDefaults(fs, stderr)
	}
	files, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if err := oneOf("format", *format, "json", "text"); err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai parse：", err)
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
			fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
			code = exitInput
			continue
		}
		if *format == "json" {
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(doc); err != nil {
				fmt.Fprintln(stderr, "zhenggai：", err)
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
	fmt.Fprintf(w, "== %s  【%s，%s", d.File, formatName(d.Format), kindName(string(d.Kind)))
	if d.Date != "" {
		fmt.Fprintf(w, "，%s", d.Date)
	}
	fmt.Fprintln(w, "】")
	if d.Title != "" {
		fmt.Fprintf(w, "标题：%s\n", d.Title)
	}
	for _, p := range d.Pages {
		label := fmt.Sprintf("第 %d 页", p.Number)
		if p.Sheet != "" {
			label = "工作表 " + p.Sheet
		}
		fmt.Fprintf(w, "--- %s ---\n%s\n", label, strings.TrimRight(p.Text, "\n"))
	}
}
