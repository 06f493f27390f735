package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/zhenggai/zhenggai/internal/durable"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// stringList is a repeatable flag.
type stringList []string

// String and Set make stringList a flag.Value.
func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai check", flag.ContinueOnError)
	asOf := fs.String("as-of", "", "`日期`：核查基准日，格式 YYYY-MM-DD（默认取 case.json 的 as_of，否则据报告推定：报告日期，或反馈日期加报告所述整改期）")
	format := fs.String("format", "text", "`格式`：text（文本）、json、html（网页）、xlsx（Excel 表格）或 docx（Word 核查意见）；html、xlsx、docx 须同时指定 --out")
	out := fs.String("out", "", "`文件`：将结果写入此文件")
	failOn := fs.String("fail-on", "high", "`程度`：有此严重程度及以上的发现时以退出码 1 结束：high（高）、medium（中）、low（低）或 never（从不）")
	indexDir := fs.String("index", "", "`文件夹`：同时与此检索索引中的历史报告比对（“与其他报告雷同”规则）")
	report := fs.String("report", "", "`文件`：整改情况报告（不使用案卷文件夹时）")
	ledger := fs.String("ledger", "", "`文件`：整改台账（与 --report 同用）")
	var minutes stringList
	fs.Var(&minutes, "minutes", "`路径`：会议纪要文件或文件夹（与 --report 同用，可重复）")
	progress := progressFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai check [选项] 案卷文件夹\n      zhenggai check [选项] --report 报告文件 [--ledger 台账文件] [--minutes 纪要文件或文件夹]...")
		fmt.Fprintln(stderr, "\n核查一个案卷：将整改报告与台账、会议纪要逐项比对，列出发现及其依据。\n\n选项：")
		printDefaults(fs, stderr)
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	usageErr := func(msg string) int {
		fmt.Fprintln(stderr, "zhenggai check：", msg)
		return exitInput
	}
	if err := oneOf("format", *format, "text", "json", "html", "xlsx", "docx"); err != nil {
		return usageErr(err.Error())
	}
	if err := oneOf("fail-on", *failOn, "high", "medium", "low", "never"); err != nil {
		return usageErr(err.Error())
	}
	if (*format == "html" || *format == "xlsx" || *format == "docx") && *out == "" {
		return usageErr("--format " + *format + " 须同时用 --out 指定输出文件")
	}
	if *asOf != "" {
		if _, err := time.Parse(time.DateOnly, *asOf); err != nil {
			return usageErr(fmt.Sprintf("--as-of %q 不是 YYYY-MM-DD 格式的日期", *asOf))
		}
	}
	ctx, endProgress := withOCRProgress(ctx, stderr, *progress)
	defer endProgress()
	// The case's documents are bounded together as an upload's are
	// (docs/interface.md, "Limits").
	popt := parse.Options{Budget: parse.NewBudget(0)}
	var c verify.Case
	switch {
	case *report != "" && len(pos) == 0:
		c, err = verify.CaseFromFiles(*report, *ledger, minutes)
	case *report == "" && len(pos) == 1 && *ledger == "" && len(minutes) == 0:
		if c, err = verify.ReadCase(pos[0]); err == nil {
			err = c.Classify(ctx, popt)
		}
	default:
		fs.Usage()
		return exitInput
	}
	endProgress()
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
		return exitInput
	}
	if err := seg.Init(); err != nil {
		fmt.Fprintln(stderr, "zhenggai：分词器初始化失败：", err)
		return exitInput
	}
	opt := verify.Options{AsOf: *asOf, Parse: popt}
	if *indexDir != "" {
		idx, err := openExisting(*indexDir)
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
			return exitInput
		}
		defer idx.Close()
		opt.Index = idx
	}
	res, err := verify.Check(ctx, c, opt)
	endProgress()
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
		return exitInput
	}
	if err := writeResult(res, *format, *out, stdout); err != nil {
		fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
		return exitInput
	}
	for _, e := range res.InputErrors {
		fmt.Fprintln(stderr, "zhenggai：无法读取", msg.ParseErrorText(e))
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
	render := func(w io.Writer) error {
		switch format {
		case "json":
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(res)
		case "html":
			return res.WriteHTML(w)
		case "xlsx":
			return res.WriteXLSX(w)
		case "docx":
			return res.WriteDOCX(w)
		}
		return res.WriteText(w, verify.TextOptions{Color: out == "" && isTerminal(stdout)})
	}
	if out == "" {
		return render(stdout)
	}
	// An output file is for sharing (0644), and whole or not there.
	return durable.WriteFile(out, 0o644, render)
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
