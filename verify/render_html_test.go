package verify

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// checkCase runs Check on a sample case.
func checkCase(t *testing.T, name string) *Result {
	t.Helper()
	c, err := LoadCase(context.Background(), filepath.Join(corpusCases, name))
	require.NoError(t, err)
	res, err := Check(context.Background(), c, Options{})
	require.NoError(t, err)
	return res
}

// renderHTML writes r as HTML and parses it back.
func renderHTML(t *testing.T, r *Result) (string, *html.Node) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, r.WriteHTML(&buf))
	require.True(t, utf8.Valid(buf.Bytes()), "the page is UTF-8")
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	return buf.String(), doc
}

// Helpers over the parsed page.

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// all returns the elements under n (n included) for which keep is true, in
// document order.
func all(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func tagged(tag string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == tag }
}

func byID(root *html.Node, id string) *html.Node {
	ns := all(root, func(n *html.Node) bool { v, ok := attr(n, "id"); return ok && v == id })
	if len(ns) == 0 {
		return nil
	}
	return ns[0]
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// findingNumbers gives each finding the number the page gives it: the
// shared view numbers them by group, the groups most serious first.
func findingNumbers(r *Result) []int { return r.FindingNumbers() }

// checkPage asserts what every rendered result must satisfy: ids are
// unique and every in-page link resolves; nothing is loaded from outside
// and nothing runs; every finding is there with its rule, message and
// evidence; every claim has exactly one figure mark; every span a finding
// cites is there and links back; and the report text, line by line, is the
// page text exactly (the highlighting neither loses nor repeats text).
func checkPage(t *testing.T, r *Result, root *html.Node) {
	t.Helper()
	htmlEl := all(root, tagged("html"))
	require.Len(t, htmlEl, 1)
	lang, _ := attr(htmlEl[0], "lang")
	assert.Equal(t, "zh-CN", lang)
	metas := all(root, func(n *html.Node) bool { _, ok := attr(n, "charset"); return n.Data == "meta" && ok })
	require.Len(t, metas, 1)
	cs, _ := attr(metas[0], "charset")
	assert.Equal(t, "utf-8", strings.ToLower(cs))

	// Ids are unique; links stay in the page and resolve.
	ids := map[string]int{}
	for _, n := range all(root, func(n *html.Node) bool { _, ok := attr(n, "id"); return ok }) {
		id, _ := attr(n, "id")
		ids[id]++
	}
	for id, k := range ids {
		assert.Equal(t, 1, k, "id %q is used once", id)
	}
	for _, a := range all(root, func(n *html.Node) bool { _, ok := attr(n, "href"); return ok }) {
		href, _ := attr(a, "href")
		require.True(t, strings.HasPrefix(href, "#"), "link %q stays in the page", href)
		assert.Contains(t, ids, href[1:], "link %q has a target", href)
	}
	assert.Empty(t, all(root, func(n *html.Node) bool {
		switch n.Data {
		case "script", "img", "iframe", "object", "embed", "link", "svg", "video", "audio", "form", "base":
			return true
		}
		return false
	}), "no script, no embedded or external resource")
	assert.Empty(t, all(root, func(n *html.Node) bool {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "srcset" {
				return true
			}
		}
		return false
	}), "no event handler or src attribute")
	styles := all(root, tagged("style"))
	require.Len(t, styles, 1)
	assert.NotContains(t, textOf(styles[0]), "url(", "the style loads nothing")
	assert.NotContains(t, textOf(styles[0]), "@import")

	// Findings.
	articles := all(root, func(n *html.Node) bool { return n.Data == "article" && hasClass(n, "finding") })
	assert.Len(t, articles, len(r.Findings))
	nums := findingNumbers(r)
	view := r.view()
	backs := map[string]bool{}
	for _, a := range all(root, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "back") }) {
		href, _ := attr(a, "href")
		backs[href] = true
	}
	for i, f := range r.Findings {
		fid := "f-" + strconv.Itoa(nums[i])
		art := byID(root, fid)
		require.NotNil(t, art, "finding %d (%s) is on the page", i, f.Rule)
		text := textOf(art)
		assert.Contains(t, text, f.Rule)
		if rule := RuleByID(f.Rule); rule != nil {
			assert.Contains(t, text, rule.Name(), "the rule's Chinese name")
		}
		assert.Contains(t, text, f.Message)
		evs := all(art, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "evidence") })
		require.Len(t, evs, len(f.Evidence), "finding %s lists all its evidence", fid)
		for j, ev := range f.Evidence {
			li := evs[j]
			// Evidence an earlier finding of the same group quotes is
			// pointed at, not quoted again.
			if rep := view.Findings[nums[i]-1].Evidence[j].Repeat; rep != 0 {
				assert.Less(t, rep, nums[i])
				assert.Contains(t, textOf(li), fmt.Sprintf("同第 %d 项所引", rep))
				continue
			}
			if ev.Row != 0 {
				if ev.Sheet != "" {
					assert.Contains(t, textOf(li), fmt.Sprintf("%s第%d行", ev.Sheet, ev.Row))
				} else {
					assert.Contains(t, textOf(li), fmt.Sprintf("%s 第%d行", ev.File, ev.Row))
				}
				assert.Equal(t, ev.Text, strings.Join(cellTexts(li), " | "), "the ledger row is quoted")
				continue
			}
			assert.Contains(t, textOf(li), ev.Text)
			links := all(li, tagged("a"))
			if !r.citesReport(ev) {
				assert.Empty(t, links, "evidence outside the report text is not linked")
				continue
			}
			require.Len(t, links, 1, "report evidence %v links to the text", ev)
			href, _ := attr(links[0], "href")
			assert.Equal(t, "#"+evidenceID(ev), href)
			span := byID(root, evidenceID(ev))
			require.NotNil(t, span)
			assert.True(t, hasClass(span, "ev"))
			// The span holds the text the evidence points at (ev.Text is
			// what the rule quotes, not always the same: a problem's
			// heading is quoted by its title alone).
			assert.True(t, strings.HasPrefix(r.Report.Slice(ev.Pos), textOf(span)), "the span holds the cited text")
			assert.True(t, backs["#"+fid], "the cited span links back to %s", fid)
		}
	}

	// Claims: one mark per claim, on its figure.
	marks := all(root, func(n *html.Node) bool { _, ok := attr(n, "data-claim"); return n.Data == "mark" && ok })
	assert.Len(t, marks, len(r.Claims), "one figure mark per claim")
	seen := map[int]bool{}
	for _, m := range marks {
		v, _ := attr(m, "data-claim")
		k, err := strconv.Atoi(v)
		require.NoError(t, err)
		require.True(t, k >= 1 && k <= len(r.Claims), "data-claim %d", k)
		assert.False(t, seen[k], "claim %d is marked once", k)
		seen[k] = true
		c := r.Claims[k-1]
		id, _ := attr(m, "id")
		assert.Equal(t, fmt.Sprintf("c-%d", k), id)
		title, _ := attr(m, "title")
		assert.Equal(t, claimLabel(c), title)
		assert.True(t, strings.HasPrefix(r.Report.Slice(c.Figure), textOf(m)), "mark %d holds its figure", k)
	}

	// The report text.
	report := byID(root, "report")
	require.NotNil(t, report)
	pages := all(report, func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "page") })
	require.Len(t, pages, len(r.Report.Pages))
	for i, p := range pages {
		var lines []string
		for _, ln := range all(p, func(n *html.Node) bool { return n.Data == "p" && hasClass(n, "ln") }) {
			lines = append(lines, textOf(ln))
		}
		assert.Equal(t, r.Report.Pages[i].Text, strings.Join(lines, "\n"), "page %d text is kept exactly", i+1)
	}

	// Rules that did not run, and input errors.
	if len(r.NotRun) > 0 {
		nr := byID(root, "notrun")
		require.NotNil(t, nr)
		for _, n := range r.NotRun {
			assert.Contains(t, textOf(nr), n.Rule)
			assert.Contains(t, textOf(nr), RuleByID(n.Rule).Name())
			assert.Contains(t, textOf(nr), readerReason(n.Reason))
		}
	}
	if len(r.InputErrors) > 0 {
		errs := byID(root, "errors")
		require.NotNil(t, errs)
		for _, e := range r.InputErrors {
			assert.Contains(t, textOf(errs), e)
		}
	}
}

// cellTexts returns the texts of the ledger cells quoted in li, without
// the column headers (in <b>) that precede them.
func cellTexts(li *html.Node) []string {
	var out []string
	for _, q := range all(li, func(n *html.Node) bool { return hasClass(n, "cells") }) {
		for c := q.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				text := textOf(c)
				for _, b := range all(c, tagged("b")) {
					text = strings.TrimPrefix(text, textOf(b))
				}
				out = append(out, text)
			}
		}
	}
	return out
}

func TestWriteHTMLCase01(t *testing.T) {
	r := checkCase(t, "01-dongchuan-nonglin")
	require.NotEmpty(t, r.Findings)
	require.NotEmpty(t, r.Claims)
	page, root := renderHTML(t, r)
	checkPage(t, r, root)

	// The header: the case, the verdict and the counts.
	header := all(root, func(n *html.Node) bool { return n.Data == "header" && hasClass(n, "case") })
	require.Len(t, header, 1)
	h := textOf(header[0])
	for _, s := range []string{r.Case.Unit, r.Case.Round, r.Case.FeedbackDate, r.Case.ReportDate, r.Case.AsOf, r.Case.Report, r.Case.Ledger, "疑似纸面整改",
		fmt.Sprintf("高 %d", r.Summary.High), fmt.Sprintf("中 %d", r.Summary.Medium), fmt.Sprintf("低 %d", r.Summary.Low)} {
		assert.Contains(t, h, s)
	}
	for _, m := range r.Case.Minutes {
		assert.Contains(t, h, m)
	}

	// Sections in severity order; the findings about one problem item in
	// one card: case 01's six items reported done but open are each a
	// status finding (high) and an overdue finding (medium), in the high
	// section.
	var groups []string
	for _, g := range all(root, func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "group") }) {
		id, _ := attr(g, "id")
		groups = append(groups, id)
	}
	assert.Equal(t, []string{"sev-high", "sev-medium"}, groups, "case 01 has high and medium findings, no low")
	cards := all(byID(root, "sev-high"), func(n *html.Node) bool { return hasClass(n, "fgroup") })
	require.NotEmpty(t, cards)
	for _, c := range cards {
		arts := all(c, func(n *html.Node) bool { return n.Data == "article" })
		require.Len(t, arts, 2)
		assert.True(t, hasClass(arts[0], "high") && hasClass(arts[1], "medium"))
		assert.Contains(t, textOf(c), RuleByID(RuleItemStatus).Name())
		assert.Contains(t, textOf(c), RuleByID(RuleLedgerOverdue).Name())
	}
	assert.Len(t, all(byID(root, "sev-medium"), func(n *html.Node) bool { return n.Data == "article" }), 1, "the overdue clue stands alone")

	// The claim.meetings finding cites the sentence with 13次: the
	// sentence, the cited span and the figure nest, and the mark says what
	// the figure is.
	var meetings *Finding
	for i := range r.Findings {
		if r.Findings[i].Rule == RuleMeetings {
			meetings = &r.Findings[i]
		}
	}
	require.NotNil(t, meetings)
	ev := meetings.Evidence[0]
	require.Equal(t, r.Report.File, ev.File)
	span := byID(root, evidenceID(ev))
	require.NotNil(t, span)
	assert.Equal(t, ev.Text, textOf(span))
	inner := all(span, tagged("mark"))
	require.Len(t, inner, 1)
	assert.Equal(t, "13次", textOf(inner[0]))
	title, _ := attr(inner[0], "title")
	assert.Equal(t, "会议·整改工作会议 13 次", title)
	assert.True(t, hasClass(span.Parent, "cs"), "the claim sentence holds the cited span")
	// The meetings finding links to its claim.
	require.NotNil(t, meetings.Claim)
	assert.Contains(t, page, `<a href="#c-1">会议·整改工作会议 13 次</a>`)

	// Not run: three rules, with reasons.
	nr := textOf(byID(root, "notrun"))
	assert.Contains(t, nr, "claim.accountability")
	assert.Contains(t, nr, "未指定历史报告索引（未提供检索索引）")

	// Self-contained: the font stack is inline, nothing else is fetched.
	assert.Contains(t, page, `"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif`)
	assert.Contains(t, page, "@media print")
	assert.NotContains(t, page, "http://")
	assert.NotContains(t, page, "https://")
}

// TestWriteHTMLCorpus renders every sample case: each page parses and
// holds together (links, marks, text).
func TestWriteHTMLCorpus(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(corpusCases, "*"))
	require.Len(t, dirs, 8)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r := checkCase(t, filepath.Base(dir))
			_, root := renderHTML(t, r)
			checkPage(t, r, root)
			head := all(root, func(n *html.Node) bool { return n.Data == "span" && hasClass(n, "vbadge") })
			require.Len(t, head, 1)
			assert.Equal(t, VerdictName(r.Summary.Verdict), textOf(head[0]))
		})
	}
}

// hostile is input text with markup that must come out as text.
const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;<!-- x --></p></div><style>*{}</style>`

// injectionResult is a hand-built result whose every text holds markup.
func injectionResult() *Result {
	text1 := "标题" + hostile + "\n召开会议13次" + hostile + "，已完成。\n<b>粗</b>'单引号'"
	text2 := `第二页 "><svg onload=alert(3)>` + "\n已完成12个"
	doc := &parse.Document{
		File: `report"><img src=x onerror=alert(4)>.txt`,
		Pages: []parse.Page{
			{Number: 1, Text: text1},
			{Number: 2, Text: text2},
		},
		Paragraphs: []parse.Paragraph{{Pos: parse.Pos{Page: 1, Start: 0, End: 2 + len([]rune(hostile))}, Text: "", Level: 1}},
	}
	runeIdx := func(s, sub string) int { return len([]rune(s[:strings.Index(s, sub)])) }
	figStart := runeIdx(text1, "13次")
	sentStart := runeIdx(text1, "召开")
	sentEnd := len([]rune(text1[:strings.Index(text1, "，已完成")]))
	claim := extract.Claim{Kind: "meetings", Subtype: "work", Count: 13, Unit: "次", Value: 13,
		Text:   doc.Slice(parse.Pos{Page: 1, Start: sentStart, End: sentEnd}),
		Source: extract.Source{File: doc.File, Page: 1, Start: sentStart, End: sentEnd},
		Figure: parse.Pos{Page: 1, Start: figStart, End: figStart + 3}, Of: -1}
	fig2 := runeIdx(text2, "12个")
	claim2 := extract.Claim{Kind: "problems", Subtype: "done", Count: 12, Unit: "个", Value: 12,
		Text:   "已完成12个",
		Source: extract.Source{File: doc.File, Page: 2, Start: fig2 - 3, End: fig2 + 3},
		Figure: parse.Pos{Page: 2, Start: fig2, End: fig2 + 3}, Of: -1}
	// A span from inside the first hostile run, across the line break,
	// into the sentence (partial overlap with the sentence and the figure).
	crossStart := 2 + 5
	crossEnd := figStart + 1
	r := &Result{
		Case: CaseSummary{
			Info:    Info{Unit: "单位" + hostile, Round: hostile, FeedbackDate: "2020-01-01", AsOf: "2020-06-30"},
			Report:  doc.File,
			Ledger:  "ledger<script>.xlsx",
			Minutes: []string{"minutes/<img src=x>.docx"},
		},
		Claims: []extract.Claim{claim, claim2},
		Findings: []Finding{
			{Rule: RuleMeetings, Severity: High, Message: "消息" + hostile, Claimed: Count(13), Observed: Count(3), Item: "work", Claim: &claim,
				Evidence: []Evidence{
					{File: doc.File, Pos: parse.Pos{Page: 1, Start: sentStart, End: sentEnd}, Text: claim.Text},
					{File: "minutes/a.docx", Pos: parse.Pos{Page: 1, Start: 0, End: 4}, Text: hostile, Note: hostile},
				}},
			{Rule: RuleVagueMeasures, Severity: Low, Message: "cross",
				Evidence: []Evidence{{File: doc.File, Pos: parse.Pos{Page: 1, Start: crossStart, End: crossEnd}, Text: doc.Slice(parse.Pos{Page: 1, Start: crossStart, End: crossEnd})}}},
			{Rule: RuleNoEvidence, Severity: Medium, Message: "ledger " + hostile, Item: hostile, Title: hostile,
				Evidence: []Evidence{{File: "ledger.xlsx", Sheet: hostile, Row: 7, Text: "1 | " + hostile + " | 已完成"}}},
			{Rule: RuleItemStatus, Severity: High, Message: "same span, second finding", Claimed: Word(string(extract.StatusDone)), Observed: Word(string(extract.StatusNotDone)),
				Evidence: []Evidence{{File: doc.File, Pos: parse.Pos{Page: 1, Start: sentStart, End: sentEnd}, Text: claim.Text}}},
			{Rule: "x.weird", Severity: `"><script>alert(5)</script>`, Message: "unknown severity",
				Evidence: []Evidence{{File: doc.File, Pos: parse.Pos{Page: 2, Start: 0, End: 3}, Text: "第二页"}}},
			{Rule: RuleProblemsDone, Severity: High, Message: "bad offsets are shown, not linked",
				Evidence: []Evidence{{File: doc.File, Pos: parse.Pos{Page: 9, Start: 1, End: 2}, Text: "x"}, {File: doc.File, Pos: parse.Pos{Page: 1, Start: 5, End: 100000}, Text: "y"}}},
		},
		Summary:     Summary{High: 3, Medium: 1, Low: 1, Verdict: VerdictSuspected},
		NotRun:      []NotRun{{Rule: RuleCopied, Reason: hostile}},
		InputErrors: []string{"minutes/<img src=x>.docx: " + hostile},
		Report:      doc,
	}
	return r
}

func TestWriteHTMLInjection(t *testing.T) {
	r := injectionResult()
	page, root := renderHTML(t, r)
	checkPage(t, r, root)

	// The only elements are the ones the renderer writes.
	allowed := map[string]bool{"html": true, "head": true, "body": true, "meta": true, "title": true, "style": true,
		"main": true, "header": true, "h1": true, "h2": true, "h3": true, "p": true, "dl": true, "dt": true, "dd": true,
		"div": true, "span": true, "a": true, "code": true, "nav": true, "section": true, "article": true, "ol": true,
		"ul": true, "li": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
		"mark": true, "footer": true, "b": true}
	for _, n := range all(root, func(*html.Node) bool { return true }) {
		assert.True(t, allowed[n.Data], "unexpected element <%s>", n.Data)
	}
	assert.Len(t, all(root, tagged("style")), 1, "the input's <style> is text")
	// The markup is shown literally: in the title, the header, the
	// findings, the report text, the not-run list and the errors.
	body := textOf(all(root, tagged("body"))[0])
	assert.GreaterOrEqual(t, strings.Count(body, hostile), 8, "the hostile text is shown as text")
	assert.Contains(t, textOf(all(root, tagged("title"))[0]), hostile)
	assert.Contains(t, body, `第二页 "><svg onload=alert(3)>`)
	assert.Contains(t, body, `<b>粗</b>'单引号'`)
	assert.NotContains(t, page, "<script>")
	assert.NotContains(t, page, "<img")
	assert.NotContains(t, page, "<svg")

	// The span that crosses a line break and half the sentence is split
	// into fragments; only the first carries the id.
	cross := r.Findings[1].Evidence[0]
	span := byID(root, evidenceID(cross))
	require.NotNil(t, span)
	var frags []string
	frags = append(frags, textOf(span))
	for _, n := range all(root, func(n *html.Node) bool { return hasClass(n, "ev") && hasClass(n, "more") && hasClass(n, "sev-low") }) {
		frags = append(frags, textOf(n))
	}
	assert.Equal(t, strings.ReplaceAll(cross.Text, "\n", ""), strings.Join(frags, ""), "the fragments hold the span's text")
	// Two findings cite the same sentence: one span, two back-links.
	sent := r.Findings[0].Evidence[0]
	require.NotNil(t, byID(root, evidenceID(sent)))
	var tied []*html.Node
	for _, a := range all(root, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "back") }) {
		if h, _ := attr(a, "href"); h == "#f-1" || h == "#f-2" {
			tied = append(tied, a)
		}
	}
	require.Len(t, tied, 2, "one back-link per finding")
	assert.Equal(t, tied[1], tied[0].NextSibling, "the back-links sit together after the span")
	prev := tied[0].PrevSibling
	require.NotNil(t, prev)
	assert.True(t, hasClass(prev, "cs"), "after the sentence that holds the cited span")
	assert.Len(t, all(root, func(n *html.Node) bool { v, _ := attr(n, "id"); return v == evidenceID(sent) }), 1, "one span however many findings cite it")
	// The unknown severity is shown, last, and styled as "other".
	assert.NotNil(t, byID(root, "sev-other"))
	assert.Len(t, all(root, func(n *html.Node) bool { return hasClass(n, "sev-other") }), 1)
	// Offsets outside the text: shown, not linked (checkPage asserts the
	// links), and nothing is highlighted for them.
	assert.Contains(t, body, "report\"><img src=x onerror=alert(4)>.txt 第9页x")
}

// TestRenderPageText checks the highlighting of a page's text, span
// configuration by configuration: the lines' text is the page text, the
// markup is well formed (re-serialising the parse gives the same markup),
// every id is written once and every back-link once.
func TestRenderPageText(t *testing.T) {
	type sp struct {
		kind       hlKind
		start, end int
		backs      []int
	}
	tests := []struct {
		name  string
		text  string
		spans []sp
		want  string // the exact markup, when given
	}{
		{name: "plain", text: "a<b>&c", want: `<p class="ln" data-o="0">a&lt;b&gt;&amp;c</p>` + "\n"},
		{name: "empty", text: "", want: `<p class="ln" data-o="0"></p>` + "\n"},
		{name: "figure in sentence in cited span", text: "xx召开会议13次。yy",
			spans: []sp{{hlSentence, 2, 10, nil}, {hlFigure, 6, 9, nil}, {hlEvidence, 2, 10, []int{1}}},
			want: `<p class="ln" data-o="0">xx<span class="cs"><span id="e2" class="ev sev-high" title="t">召开会议<mark id="c2" class="fig" data-claim="2" title="t">13次</mark>。</span></span>` +
				`<a class="back" href="#f-1" data-n="1" title="返回发现 1" aria-label="返回发现 1"></a>yy</p>` + "\n"},
		{name: "partial overlap", text: "0123456789",
			spans: []sp{{hlEvidence, 1, 5, []int{1}}, {hlSentence, 3, 8, nil}, {hlFigure, 4, 6, nil}}},
		{name: "across lines", text: "ab\ncd\n\nef",
			spans: []sp{{hlEvidence, 1, 9, []int{2}}, {hlFigure, 3, 5, nil}}},
		{name: "only a line break", text: "ab\ncd",
			spans: []sp{{hlEvidence, 2, 3, []int{1}}}},
		{name: "ends after a line break", text: "ab\ncd",
			spans: []sp{{hlEvidence, 0, 3, []int{1, 2}}}},
		{name: "identical figures", text: "共13个",
			spans: []sp{{hlFigure, 1, 4, nil}, {hlFigure, 1, 4, nil}}},
		{name: "adjacent", text: "abcdef",
			spans: []sp{{hlEvidence, 0, 3, []int{1}}, {hlEvidence, 3, 6, []int{2}}}},
		{name: "whole text", text: "全文\n两行",
			spans: []sp{{hlEvidence, 0, 5, []int{1}}, {hlSentence, 0, 5, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var spans []*hlSpan
			for i, s := range tc.spans {
				h := &hlSpan{kind: s.kind, start: s.start, end: s.end, seq: i, backs: s.backs, title: "t"}
				switch s.kind {
				case hlSentence:
					h.class, h.title = "cs", ""
				case hlEvidence:
					h.id, h.class = fmt.Sprintf("e%d", i), "ev sev-high"
				case hlFigure:
					h.id, h.class, h.dataClaim = fmt.Sprintf("c%d", i+1), "fig", i+1
				}
				spans = append(spans, h)
			}
			out := string(renderPageText([]rune(tc.text), spans, nil))
			if tc.want != "" {
				assert.Equal(t, tc.want, out)
			}
			checkFragment(t, tc.text, out, spans)
		})
	}
}

// checkFragment parses the lines renderPageText wrote and checks them.
func checkFragment(t *testing.T, text, out string, spans []*hlSpan) {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(out), ctx)
	require.NoError(t, err)
	var lines []string
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		if n.Type == html.ElementNode {
			require.Equal(t, "p", n.Data, "only lines at the top")
			lines = append(lines, textOf(n))
		}
		if n.Parent == nil {
			root.AppendChild(n)
		}
	}
	assert.Equal(t, text, strings.Join(lines, "\n"), "the lines are the text")
	// Well formed: every end tag closes the element opened last.
	z := html.NewTokenizer(strings.NewReader(out))
	var stack []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken:
			stack = append(stack, tok.Data)
		case html.EndTagToken:
			require.NotEmpty(t, stack, "</%s> closes nothing", tok.Data)
			require.Equal(t, stack[len(stack)-1], tok.Data, "</%s> closes <%s>", tok.Data, stack[len(stack)-1])
			stack = stack[:len(stack)-1]
		case html.SelfClosingTagToken, html.CommentToken, html.DoctypeToken:
			t.Errorf("unexpected token %v", tok)
		}
	}
	assert.Empty(t, stack, "every element is closed")
	// Only our tags.
	for _, n := range all(root, func(*html.Node) bool { return true }) {
		switch n.Data {
		case "div", "p", "span", "mark", "a":
		default:
			t.Errorf("unexpected element <%s>", n.Data)
		}
	}
	for _, s := range spans {
		if s.id != "" {
			assert.Len(t, all(root, func(n *html.Node) bool { v, _ := attr(n, "id"); return v == s.id }), 1, "id %s once", s.id)
		}
		for _, b := range s.backs {
			href := "#f-" + strconv.Itoa(b)
			got := all(root, func(n *html.Node) bool { v, _ := attr(n, "href"); return v == href })
			assert.NotEmpty(t, got, "back-link %s", href)
		}
	}
	marks := all(root, func(n *html.Node) bool { _, ok := attr(n, "data-claim"); return ok })
	want := 0
	for _, s := range spans {
		if s.dataClaim > 0 {
			want++
		}
	}
	assert.Len(t, marks, want, "one mark per figure")
}

// FuzzRenderPageText throws texts and spans at the highlighter: the lines
// must always be the text and the markup well formed.
func FuzzRenderPageText(f *testing.F) {
	f.Add("间，厅党组先后召开巡视整改工作会议13次，听取汇报。\n二、坚持问题导向", 0, 30, 17, 20, 5, 40)
	f.Add("ab\ncd\n\nef", 1, 9, 3, 5, 2, 3)
	f.Add(hostile+"\n"+hostile, 3, 60, 0, 1, 50, 52)
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1 int) {
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\x00") {
			t.Skip() // the HTML parser rewrites these; page text never holds them
		}
		n := len([]rune(text))
		clamp := func(x, y int) (int, int, bool) {
			if n == 0 {
				return 0, 0, false
			}
			x, y = abs(x)%(n+1), abs(y)%(n+1)
			if x > y {
				x, y = y, x
			}
			return x, y, x < y
		}
		var spans []*hlSpan
		for i, p := range [][2]int{{a0, a1}, {b0, b1}, {c0, c1}} {
			s, e, ok := clamp(p[0], p[1])
			if !ok {
				continue
			}
			h := &hlSpan{kind: hlKind(i), start: s, end: e, seq: i}
			switch h.kind {
			case hlSentence:
				h.class = "cs"
			case hlEvidence:
				h.id, h.class, h.backs = "e", "ev sev-high", []int{1}
			case hlFigure:
				h.id, h.class, h.dataClaim = "c", "fig", 1
			}
			spans = append(spans, h)
		}
		out := string(renderPageText([]rune(text), spans, nil))
		checkFragment(t, text, out, spans)
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // math.MinInt
			return 0
		}
		return -x
	}
	return x
}
