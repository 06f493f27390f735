package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai extract", flag.ContinueOnError)
	format := fs.String("format", "text", "`格式`：text（供阅读的文字）或 jsonl（每行一个数字声明，供其他程序读取）")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai extract [--format text|jsonl] 文件...")
		fmt.Fprintln(stderr, "\n显示每个文件中的数字声明，以及整改报告的问题清单、会议纪要的会议或台账的工作表和计数。\n\n选项：")
		printDefaults(fs, stderr)
	}
	files, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if err := oneOf("format", *format, "jsonl", "text"); err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintln(stderr, "zhenggai extract：", err)
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
			fmt.Fprintln(stderr, "zhenggai：", msg.ParseError(err))
			code = exitInput
			continue
		}
		claims := extract.Claims(doc)
		if *format == "jsonl" {
			for _, c := range claims {
				if err := enc.Encode(c); err != nil {
					fmt.Fprintln(stderr, "zhenggai：", err)
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
// and the problem items, meetings or ledger rows its kind holds, with the
// Chinese names of kinds, subtypes and statuses (docs/vocabulary.md).
func writeExtractText(w io.Writer, doc *parse.Document, claims []extract.Claim) {
	fmt.Fprintf(w, "== %s  【%s，%s】\n", doc.File, formatName(doc.Format), kindName(string(doc.Kind)))
	if len(claims) > 0 {
		fmt.Fprintf(w, "数字声明（%d 个）：\n", len(claims))
	}
	for _, c := range claims {
		approx := ""
		if c.Approx != extract.Exact {
			approx = "（" + c.Approx.Chinese() + "）"
		}
		if sc := extract.ScopeChinese(c.Scope); sc != "" {
			approx += "（" + sc + "）" // 上轮, 其他单位: no figure of this round's unit
		}
		where := "第" + strconv.Itoa(c.Source.Page) + "页"
		if c.InTable {
			where += "表格"
		}
		fmt.Fprintf(w, "  %s  %s/%s  %s  数值 %s%s  【%s｜%s】\n", where, c.Kind.Chinese(), c.Kind.SubtypeChinese(c.Subtype), doc.Slice(c.Figure), fmtNum(c.Value), approx,
			orDash(c.Action), orDash(c.Object))
	}
	switch doc.Kind {
	case parse.KindReport:
		items := extract.ReadItems(doc)
		fmt.Fprintf(w, "问题清单（%d 项）：\n", len(items))
		for _, it := range items {
			st := "-"
			if it.Status != "" {
				st = it.Status.Chinese()
			}
			fmt.Fprintf(w, "  %s %s  【%s】\n", it.Number, it.Title, st)
		}
	case parse.KindMinutes:
		for _, m := range extract.ReadMeetings(doc) {
			fmt.Fprintf(w, "会议：%s，%s，第 %d 次，研究整改 %s，出席 %d 人  %s\n", m.Type.Chinese(), orDash(m.Date), m.Number, yesNo(m.Rectification), len(m.Attendees), m.Title)
		}
	case parse.KindLedger:
		l := extract.ReadLedger(doc)
		st := map[extract.Status]int{}
		for _, p := range l.Problems {
			st[p.Status]++
		}
		fmt.Fprintf(w, "台账：问题 %d 个（已完成 %d 个，正在整改 %d 个，未完成 %d 个），问题线索 %d 条，问责 %d 人，制度 %d 项\n",
			len(l.Problems), st[extract.StatusDone], st[extract.StatusInProgress], st[extract.StatusNotDone], len(l.Clues), len(l.Accountability), len(l.Rules))
		for _, s := range l.Sheets {
			kind := "-"
			if s.Kind != "" {
				kind = s.Kind.Chinese()
			}
			fmt.Fprintf(w, "  工作表“%s”：%s\n", s.Sheet, kind)
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
