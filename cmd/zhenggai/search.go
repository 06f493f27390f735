package main

import (
	"cmp"
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
	dir := fs.String("index", "", "`文件夹`：检索索引所在的文件夹")
	kind := fs.String("kind", "", "`类型`：只检索此类文档：report（整改报告）、minutes（会议纪要）、ledger（台账）或 other（其他）")
	unit := fs.String("unit", "", "`单位`：只检索单位名称含此字词的文档（如 桐岭 包括所有桐岭…单位）")
	from := fs.String("from", "", "`日期`：只检索此日及以后的文档，格式 YYYY-MM-DD")
	to := fs.String("to", "", "`日期`：只检索此日及以前的文档，格式 YYYY-MM-DD")
	limit := fs.Int("limit", 10, "`条数`：显示的结果条数")
	offset := fs.Int("offset", 0, "`条数`：先跳过的结果条数（翻页）")
	format := fs.String("format", "text", "`格式`：text（供阅读的文字）或 json（供其他程序读取）")
	sortBy := fs.String("sort", "relevance", "`顺序`：relevance（按相关度）或 date（按日期，最新在前）")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai search --index 文件夹 [--kind 类型] [--unit 单位] [--from 日期] [--to 日期] [--limit 条数] [--offset 条数] [--sort relevance|date] [--format text|json] 检索词")
		fmt.Fprintln(stderr, `检索词：字词，"短语"（加引号），+必须有 -不能有，AND / OR / NOT，kind:report，meetings_total:>=10，problems_rate:<90`)
		fmt.Fprintln(stderr, "\n选项：")
		printDefaults(fs, stderr)
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	usageErr := func(msg string) int {
		fmt.Fprintln(stderr, "zhenggai search：", msg)
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
				return usageErr(fmt.Sprintf("--%s %q 不是 YYYY-MM-DD 格式的日期", d.name, d.v))
			}
		}
	}
	if _, err := os.Stat(*dir); err != nil {
		fmt.Fprintf(stderr, "zhenggai：检索索引 %s 不存在\n", *dir)
		return exitInput
	}
	x, err := index.Open(*dir)
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai：", err)
		return exitInput
	}
	defer x.Close()
	res, err := x.Search(ctx, index.Request{Query: strings.Join(pos, " "), Kind: *kind, Unit: *unit,
		From: *from, To: *to, Limit: *limit, Offset: *offset, Sort: *sortBy})
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai：", err)
		return exitInput
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(stderr, "zhenggai：", err)
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
	fmt.Fprintf(w, "找到 %d 个文档", res.Total)
	if len(res.Hits) > 0 {
		fmt.Fprintf(w, "，显示第 %d–%d 个", offset+1, offset+len(res.Hits))
	}
	fmt.Fprintln(w)
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%d. %s", offset+i+1, h.File)
		var meta []string
		for _, s := range []string{kindName(h.Kind), h.Unit, h.Date} {
			if s != "" {
				meta = append(meta, s)
			}
		}
		fmt.Fprintf(w, "  （%s）  相关度 %.3f\n", strings.Join(meta, "，"), h.Score)
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
			term := t.Term
			if name == "kind" {
				term = kindName(term)
			}
			parts[i] = fmt.Sprintf("%s（%d）", term, t.Count)
		}
		fmt.Fprintf(w, "\n%s：%s", cmp.Or(facetNames[name], name), strings.Join(parts, "，"))
	}
	if len(res.Facets) > 0 {
		fmt.Fprintln(w)
	}
}

// facetNames are the facets' Chinese names.
var facetNames = map[string]string{"unit": "单位", "kind": "类型", "year": "年份"}
