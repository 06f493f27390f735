package verify

import (
	"context"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// WriteHTML writes one self-contained HTML page of the result (lang
// zh-CN, UTF-8, no external resources and no script): a header with the
// case, the verdict and the counts by severity; the findings grouped by
// severity, each with its evidence; the claims the report makes; the report
// text page by page, with every claim's figure marked and every span a
// finding cites highlighted and linked both ways; and the rules that did
// not run and the files that could not be read.
//
// Every piece of input text is escaped: a report that holds markup shows
// it literally.
//
// Its work is linear in the report's text and claims: the report's pages
// are converted to code points once (docText), claims are found by a map,
// and each line of a page visits only the spans that reach it.
func (r *Result) WriteHTML(w io.Writer) error {
	return r.WriteHTMLContext(context.Background(), w)
}

// WriteHTMLContext is WriteHTML that stops when ctx is done (between
// pages of the report), so that a time limit on a check can cover
// rendering its result. It then writes nothing and returns an error that
// wraps ctx.Err(), with a Chinese message.
func (r *Result) WriteHTMLContext(ctx context.Context, w io.Writer) error {
	v := r.htmlView(ctx)
	if err := ctx.Err(); err != nil {
		return renderStopped{err}
	}
	return pageTmpl.Execute(w, v)
}

// renderStopped is the error of a rendering stopped by its context.
type renderStopped struct{ err error }

func (e renderStopped) Error() string {
	if errors.Is(e.err, context.DeadlineExceeded) {
		return "生成核查报告页面超时，已中止"
	}
	return "生成核查报告页面已取消"
}

func (e renderStopped) Unwrap() error { return e.err }

// The view the page template renders: the shared reportView (render_view.go)
// and what only the page shows, the claims and the report's text. Everything
// in it is plain text that the template escapes, except the pages' HTML,
// which renderPageText builds from escaped text.
type htmlView struct {
	reportView
	Claims     []htmlClaim
	Pages      []htmlPageText
	HasReport  bool
	ReportFile string
}

type htmlClaim struct {
	ID     string
	N      int
	Label  string
	Figure string
	Text   string
	Where  string
	// Linked is false when the claim's figure does not point into the
	// report text, so there is nothing to link to.
	Linked bool
}

type htmlPageText struct {
	Number int
	Sheet  string
	ID     string
	HTML   template.HTML
}

func (r *Result) htmlView(ctx context.Context) htmlView {
	v := htmlView{reportView: r.view(), HasReport: r.Report != nil}
	if r.Report != nil {
		v.ReportFile = r.Report.File
	}
	for i, c := range r.Claims {
		v.Claims = append(v.Claims, htmlClaim{
			ID:     claimID(i),
			N:      i + 1,
			Label:  claimLabel(c),
			Figure: r.slice(c.Figure),
			Text:   c.Text,
			Where:  fmt.Sprintf("第%d页", c.Figure.Page),
			Linked: r.validPos(c.Figure),
		})
	}
	if r.Report != nil {
		spans := r.reportSpans(v.numbers)
		paras := make([][]parse.Paragraph, len(r.Report.Pages)+1)
		for _, p := range r.Report.Paragraphs {
			if p.Page >= 1 && p.Page <= len(r.Report.Pages) {
				paras[p.Page] = append(paras[p.Page], p)
			}
		}
		text := r.reportText()
		for i, p := range r.Report.Pages {
			if ctx.Err() != nil {
				break
			}
			num := p.Number
			if num == 0 {
				num = i + 1
			}
			v.Pages = append(v.Pages, htmlPageText{
				Number: num,
				Sheet:  p.Sheet,
				ID:     fmt.Sprintf("page-%d", i+1),
				HTML:   renderPageText(text.page(i+1), spans[i+1], paras[i+1]),
			})
		}
	}
	return v
}

func claimID(i int) string { return fmt.Sprintf("c-%d", i+1) }

// claimRef is the anchor of the claim a finding concerns in the page's
// claims table, or "" when it has none or it does not point into the
// report's text.
func (r *Result) claimRef(c *extract.Claim) string {
	if c == nil {
		return ""
	}
	if i := r.claimIndex(*c); i >= 0 && r.validPos(r.Claims[i].Figure) {
		return claimID(i)
	}
	return ""
}

// claimIndex finds c in r.Claims (by position and figure), or -1.
func (r *Result) claimIndex(c extract.Claim) int {
	r.renderOnce()
	if i, ok := r.render.claims[keyOf(c)]; ok {
		return i
	}
	return -1
}

// validPos reports whether p is a non-empty span of the report text.
func (r *Result) validPos(p parse.Pos) bool { return r.reportText().valid(p) }

// slice is the report text p points at, or "" when p is not a non-empty
// span of it.
func (r *Result) slice(p parse.Pos) string {
	if !r.validPos(p) {
		return ""
	}
	return r.reportText().slice(p)
}

// renderCache is what the renderers of a Result look up many times, built
// once: the report's pages as code points and the claims by key. Without
// it, quoting each claim converted its whole page to code points, which
// made rendering a report of many claims quadratic.
type renderCache struct {
	once   sync.Once
	text   *docText
	claims map[claimKey]int // index in Claims of the first claim with the key
	lines  [][]int          // per page, the code-point offsets of its line breaks
	items  []extract.Item   // the report's items, by position
}

// claimKey identifies a claim as findings point at it.
type claimKey struct {
	figure  parse.Pos
	source  extract.Source
	kind    extract.Kind
	subtype extract.Subtype
}

func keyOf(c extract.Claim) claimKey { return claimKey{c.Figure, c.Source, c.Kind, c.Subtype} }

// renderOnce builds r's renderCache. The report's pages are converted all
// at once, so that renderers running at the same time only read it.
func (r *Result) renderOnce() {
	r.render.once.Do(func() {
		// Check hands over the code points its rules converted.
		if r.render.text == nil || r.render.text.doc != r.Report {
			r.render.text = newDocText(r.Report)
		}
		for i := range r.render.text.pages {
			r.render.text.page(i + 1)
		}
		r.render.lines = make([][]int, len(r.render.text.pages))
		for i, page := range r.render.text.pages {
			for j, c := range page {
				if c == '\n' {
					r.render.lines[i] = append(r.render.lines[i], j)
				}
			}
		}
		r.render.items = slices.Clone(r.Items)
		sort.SliceStable(r.render.items, func(i, j int) bool {
			a, b := r.render.items[i].Pos, r.render.items[j].Pos
			return a.Page < b.Page || a.Page == b.Page && a.Start < b.Start
		})
		r.render.claims = make(map[claimKey]int, len(r.Claims))
		for i, c := range r.Claims {
			if _, ok := r.render.claims[keyOf(c)]; !ok {
				r.render.claims[keyOf(c)] = i
			}
		}
	})
}

// reportText is the report's text as code points, converted once.
func (r *Result) reportText() *docText {
	r.renderOnce()
	return r.render.text
}

// citesReport reports whether ev points at a span of the report text.
func (r *Result) citesReport(ev Evidence) bool {
	return r.Report != nil && ev.File == r.Report.File && ev.Row == 0 && ev.Sheet == "" && r.validPos(ev.Pos)
}

func findingID(n int) string { return "f-" + strconv.Itoa(n) }

func evidenceID(ev Evidence) string {
	return fmt.Sprintf("t-%d-%d-%d", ev.Pos.Page, ev.Pos.Start, ev.Pos.End)
}

// knownRuleName is the Chinese name of a rule the registry knows, or "".
func knownRuleName(id RuleID) string {
	if r := RuleByID(id); r != nil {
		return r.Name()
	}
	return ""
}

// sevClass is the CSS class of a severity: high, medium, low, or other for
// anything else.
func sevClass(s Severity) string {
	if s.rank() == 0 {
		return "other"
	}
	return string(s)
}

// The kinds of highlighted span in the report text, outermost first when
// two cover the same text.
type hlKind int

const (
	hlSentence hlKind = iota // the sentence a claim is read from
	hlEvidence               // a span a finding cites
	hlFigure                 // a claim's figure
)

// hlSpan is a span of a page's text to highlight.
type hlSpan struct {
	kind       hlKind
	start, end int
	seq        int
	id         string // on the first fragment only
	class      string
	title      string
	dataClaim  int // 1-based claim number for figures
	severity   Severity
	backs      []int // findings citing the span
	opened     bool  // the first fragment has been written
	hasContent bool  // the span covers something besides line breaks
}

// reportSpans gathers, per page number, the spans to highlight: claim
// sentences and figures, and the spans findings cite (one per distinct
// span, however many findings cite it).
func (r *Result) reportSpans(numbers map[int]int) map[int][]*hlSpan {
	out := map[int][]*hlSpan{}
	seq := 0
	add := func(page int, s *hlSpan) {
		s.seq = seq
		seq++
		out[page] = append(out[page], s)
	}
	sentences := map[parse.Pos]bool{}
	for i, c := range r.Claims {
		src := parse.Pos{Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End}
		if (c.Source.File == r.Report.File || c.Source.File == "") && r.validPos(src) && !sentences[src] {
			sentences[src] = true
			add(src.Page, &hlSpan{kind: hlSentence, start: src.Start, end: src.End, class: "cs"})
		}
		if r.validPos(c.Figure) {
			add(c.Figure.Page, &hlSpan{kind: hlFigure, start: c.Figure.Start, end: c.Figure.End,
				id: claimID(i), class: "fig", title: claimLabel(c), dataClaim: i + 1})
		}
	}
	cited := map[string]*hlSpan{}
	// The findings in the order the page shows them (numbers), so that a
	// span's back-links come in order.
	order := make([]int, len(r.Findings))
	for i := range r.Findings {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return numbers[order[a]] < numbers[order[b]] })
	for _, fi := range order {
		f := r.Findings[fi]
		n := numbers[fi]
		for _, ev := range f.Evidence {
			if !r.citesReport(ev) {
				continue
			}
			id := evidenceID(ev)
			s := cited[id]
			if s == nil {
				s = &hlSpan{kind: hlEvidence, start: ev.Pos.Start, end: ev.Pos.End, id: id, severity: f.Severity}
				cited[id] = s
				add(ev.Pos.Page, s)
			}
			if len(s.backs) == 0 || s.backs[len(s.backs)-1] != n {
				s.backs = append(s.backs, n)
			}
			if f.Severity.rank() > s.severity.rank() {
				s.severity = f.Severity
			}
		}
	}
	for _, s := range cited {
		s.class = "ev sev-" + sevClass(s.severity)
		var t []string
		for _, b := range s.backs {
			t = append(t, "发现 "+strconv.Itoa(b))
		}
		s.title = strings.Join(t, "、")
	}
	return out
}

// renderPageText writes a page's text as one <p> per line (the page text's
// paragraphs, split at '\n'), with the spans highlighted. Spans nest by
// their extent (longer outside) and kind; where two overlap without
// nesting, the inner one is closed and reopened, so the markup is always
// well formed and no text is lost or repeated: the text content of the
// lines, joined by '\n', is the page text. Offsets are code points; runes
// is the page's text, paras the page's paragraphs. Each line visits only
// the spans that reach it (spans sorted by start, the open ones kept), so
// the work grows with the text and the spans, not their product.
func renderPageText(runes []rune, spans []*hlSpan, paras []parse.Paragraph) template.HTML {
	type line struct{ start, end int } // [start, end), end at the '\n' or the text's end
	var lines []line
	ls := 0
	for i, c := range runes {
		if c == '\n' {
			lines = append(lines, line{ls, i})
			ls = i + 1
		}
	}
	lines = append(lines, line{ls, len(runes)})
	lineOf := func(p int) int { // the line holding position p (a '\n' belongs to the line it ends)
		return sort.Search(len(lines), func(i int) bool { return lines[i].end >= p })
	}

	// Insertions are markup at a point: back-links after a cited span, and
	// empty anchors for spans that cover nothing but line breaks.
	type insertion struct {
		pos  int
		html string
	}
	ins := make([][]insertion, len(lines))
	for _, s := range spans {
		for _, c := range runes[s.start:s.end] {
			if c != '\n' {
				s.hasContent = true
				break
			}
		}
		if !s.hasContent && (s.id != "" || s.dataClaim > 0) {
			l := lineOf(s.start)
			ins[l] = append(ins[l], insertion{min(s.start, lines[l].end), openTag(s) + "</" + s.tag() + ">"})
		}
		if len(s.backs) > 0 {
			p := s.end
			if runes[p-1] == '\n' {
				p--
			}
			l := lineOf(p)
			var b strings.Builder
			for _, n := range s.backs {
				fmt.Fprintf(&b, `<a class="back" href="#%s" data-n="%d" title="返回发现 %d" aria-label="返回发现 %d"></a>`, findingID(n), n, n, n)
			}
			ins[l] = append(ins[l], insertion{p, b.String()})
		}
	}

	levels := map[int]parse.Paragraph{}
	for _, p := range paras {
		if _, ok := levels[p.Start]; !ok {
			levels[p.Start] = p
		}
	}
	byStart := slices.Clone(spans)
	sort.SliceStable(byStart, func(i, j int) bool { return byStart[i].start < byStart[j].start })
	next := 0          // byStart[next:] start after the lines so far
	var open []*hlSpan // spans started, in order, that may reach this line

	less := func(a, b *hlSpan) bool {
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.seq < b.seq
	}
	var b strings.Builder
	for li, ln := range lines {
		class := "ln"
		if p, ok := levels[ln.start]; ok {
			switch {
			case p.Table != 0:
				class += " tr"
			case p.Level == 1:
				class += " h1"
			case p.Level >= 2:
				class += " h2"
			}
		}
		fmt.Fprintf(&b, `<p class="%s" data-o="%d">`, class, ln.start)
		// The fragments of spans on this line, and the points where
		// something starts or ends.
		type frag struct {
			s          *hlSpan
			start, end int
		}
		var frags []frag
		pts := []int{ln.start, ln.end}
		for next < len(byStart) && byStart[next].start < ln.end {
			open = append(open, byStart[next])
			next++
		}
		kept := open[:0]
		for _, s := range open {
			if s.end > ln.start {
				kept = append(kept, s)
			}
		}
		open = kept
		for _, s := range open {
			fs, fe := max(s.start, ln.start), min(s.end, ln.end)
			if fs < fe {
				frags = append(frags, frag{s, fs, fe})
				pts = append(pts, fs, fe)
			}
		}
		for _, in := range ins[li] {
			pts = append(pts, in.pos)
		}
		sort.Ints(pts)
		pts = compactInts(pts)
		var stack []*hlSpan
		for k, a := range pts {
			var want []*hlSpan
			if k+1 < len(pts) {
				for _, f := range frags {
					if f.start <= a && f.end >= pts[k+1] {
						want = append(want, f.s)
					}
				}
				sort.Slice(want, func(i, j int) bool { return less(want[i], want[j]) })
			}
			keep := 0
			for keep < len(stack) && keep < len(want) && stack[keep] == want[keep] {
				keep++
			}
			for i := len(stack) - 1; i >= keep; i-- {
				b.WriteString("</" + stack[i].tag() + ">")
			}
			for _, in := range ins[li] {
				if in.pos == a {
					b.WriteString(in.html)
				}
			}
			for _, s := range want[keep:] {
				b.WriteString(openTag(s))
			}
			stack = want
			if k+1 < len(pts) {
				b.WriteString(html.EscapeString(string(runes[a:pts[k+1]])))
			}
		}
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String()) // #nosec G203 -- built from escaped text and our own ids
}

func (s *hlSpan) tag() string {
	if s.kind == hlFigure {
		return "mark"
	}
	return "span"
}

// openTag is the start tag of a span's next fragment: the first carries
// the id (and a figure's claim number), the others are marked "more".
func openTag(s *hlSpan) string {
	var b strings.Builder
	b.WriteString("<" + s.tag())
	if !s.opened {
		s.opened = true
		if s.id != "" {
			b.WriteString(` id="` + html.EscapeString(s.id) + `"`)
		}
		b.WriteString(` class="` + html.EscapeString(s.class) + `"`)
		if s.dataClaim > 0 {
			fmt.Fprintf(&b, ` data-claim="%d"`, s.dataClaim)
		}
	} else {
		b.WriteString(` class="` + html.EscapeString(s.class) + ` more"`)
	}
	if s.title != "" {
		b.WriteString(` title="` + html.EscapeString(s.title) + `"`)
	}
	b.WriteString(">")
	return b.String()
}

func compactInts(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"sevName":  Severity.Name,
	"ruleName": knownRuleName,
	"sevClass": sevClass,
	"join":     func(s []string) string { return strings.Join(s, "、") },
	"fid":      findingID,
}).Parse(pageTemplate))

const pageTemplate = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="zhenggai">
<title>整改核查 · {{.Title}}</title>
<style>
:root{--high:#b42318;--high-bg:#fef3f2;--high-bd:#fda29b;--medium:#b54708;--medium-bg:#fffaeb;--medium-bd:#fec84b;--low:#175cd3;--low-bg:#eff8ff;--low-bd:#84caff;--other:#475467;--other-bg:#f2f4f7;--other-bd:#d0d5dd;--ink:#1d2939;--mute:#667085;--line:#e4e7ec}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f6f7f9;color:var(--ink);font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:24px;line-height:1.35;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:20px 0 10px}
a{color:#1849a9}
code,.rule{font-family:"Noto Sans Mono CJK SC","SFMono-Regular",Consolas,"Liberation Mono",monospace;font-size:13px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px}
header.case .round{color:var(--mute);margin:0 0 12px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
.facts dt{color:var(--mute)}
.facts dd{margin:0;overflow-wrap:anywhere}
.verdict{display:flex;flex-wrap:wrap;align-items:center;gap:10px 14px;margin-top:16px;padding-top:14px;border-top:1px solid var(--line)}
.vbadge{font-weight:700;font-size:17px;padding:4px 14px;border-radius:999px;border:1px solid}
.v-paper-rectification-suspected{color:var(--high);background:var(--high-bg);border-color:var(--high-bd)}
.v-needs-attention{color:var(--medium);background:var(--medium-bg);border-color:var(--medium-bd)}
.v-clean{color:#067647;background:#ecfdf3;border-color:#75e0a7}
.v-clean.v-incomplete{color:#b54708;background:#fffaeb;border-color:#fec84b}
.count{padding:2px 10px;border-radius:6px;font-weight:600;text-decoration:none}
.count.high{color:var(--high);background:var(--high-bg)}
.count.medium{color:var(--medium);background:var(--medium-bg)}
.count.low{color:var(--low);background:var(--low-bg)}
.count.zero{color:var(--mute);background:var(--other-bg);font-weight:400}
.muted{color:var(--mute)}
nav.toc{margin:14px 0 0;font-size:14px}
nav.toc a{margin-right:14px}
.group h3{display:flex;align-items:center;gap:8px}
.finding{background:#fff;border:1px solid var(--line);border-left:5px solid var(--other-bd);border-radius:8px;padding:12px 16px;margin:0 0 12px}
.finding.high{border-left-color:var(--high)}
.finding.medium{border-left-color:var(--medium)}
.finding.low{border-left-color:var(--low)}
.finding:target{box-shadow:0 0 0 3px #84adff}
.fhead{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;font-size:13px;color:var(--mute)}
.fnum{font-weight:700;color:var(--ink)}
.rname{font-weight:600;color:var(--ink)}
.sev{font-weight:700;padding:0 8px;border-radius:4px;font-size:12px}
.sev.high{color:#fff;background:var(--high)}
.sev.medium{color:#fff;background:var(--medium)}
.sev.low{color:#fff;background:var(--low)}
.sev.other{color:#fff;background:var(--other)}
.cp,.cpname{white-space:nowrap}
.cp{font-weight:700}
.cp-doubtful{color:var(--medium)}
.cp-unchecked{color:var(--mute)}
.cp-passed{color:#067647}
.msg{margin:6px 0 8px;font-size:15.5px;font-weight:600}
.co{display:flex;flex-wrap:wrap;gap:6px 24px;margin:0 0 8px;font-size:14px}
.co div{display:flex;gap:6px}
.co dt{color:var(--mute)}
.co dd{margin:0;font-weight:700}
ol.evidence{margin:0;padding-left:22px;font-size:14px}
ol.evidence li{margin:4px 0}
.where{color:var(--mute);margin-right:6px}
a.where{color:#1849a9}
.quote{background:#f9fafb;border:1px solid var(--line);border-radius:4px;padding:1px 6px;overflow-wrap:anywhere}
.cells{display:inline}
.cells span{border-left:1px solid var(--other-bd);padding:0 6px}
.cells span:first-child{border-left:0;padding-left:0}
.note{color:var(--mute);font-size:13px}
table.claims{width:100%;border-collapse:collapse;background:#fff;font-size:14px}
table.claims th,table.claims td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
table.claims th{background:#f2f4f7;font-weight:600}
table.claims td.n{white-space:nowrap}
.report .page{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 26px 18px;margin:0 0 14px}
.pno{font-size:13px;color:var(--mute);margin:0 0 6px;border-bottom:1px dashed var(--line)}
.text{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",serif;font-size:16px;line-height:1.9}
.text p{margin:0 0 4px;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4}
.text p.h1{font-weight:700;font-size:19px;text-align:center;margin:6px 0 10px}
.text p.h2{font-weight:700}
.text p.tr{font-size:14px;background:#fafafa}
.cs{background:linear-gradient(transparent 62%,#fef0c7 62%)}
mark.fig{background:#fde272;color:inherit;border-radius:3px;padding:0 1px;font-weight:700}
mark.fig mark.fig{padding:0}
.ev{border-bottom:2px solid var(--other);background:var(--other-bg)}
.ev.sev-high{border-color:var(--high);background:var(--high-bg)}
.ev.sev-medium{border-color:var(--medium);background:var(--medium-bg)}
.ev.sev-low{border-color:var(--low);background:var(--low-bg)}
.ev .ev{border-bottom-style:double}
.ev:target,mark.fig:target{outline:3px solid #84adff;outline-offset:1px}
a.back{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:11px;font-weight:700;text-decoration:none;vertical-align:super;line-height:1;margin-left:1px;padding:0 3px;border-radius:3px;background:#eef4ff;color:#1849a9}
a.back::after{content:"↩" attr(data-n)}
ul.plain{margin:0;padding-left:20px}
footer{margin-top:32px;color:var(--mute);font-size:13px}
.doctype{margin:0;color:var(--mute);font-size:14px;letter-spacing:.2em}
.vlabel{color:var(--mute)}
.notice{margin:12px 0 0;padding:8px 12px;border-radius:8px;font-weight:700;color:var(--high);background:var(--high-bg);border:1px solid var(--high-bd)}
.clean{font-weight:700;color:#067647}
.ftable{display:none}
.fgroup{border:1px dashed var(--other-bd);border-radius:10px;padding:10px 12px 2px;margin:0 0 14px;background:#fcfcfd}
.fgroup.high{border-color:var(--high-bd)}
.fgroup.medium{border-color:var(--medium-bd)}
.fgroup.low{border-color:var(--low-bd)}
.glabel{margin:0 0 8px;font-weight:700}
.fgroup .finding{margin-bottom:8px}
.rule{color:var(--mute);font-size:11px}
.cells b{font-weight:400;color:var(--mute)}
.ctx{margin:2px 0 0;font-size:13px;color:var(--mute)}
.ctx .heading{font-weight:600;color:var(--ink)}
@media (max-width:600px){
  main{padding:14px 12px 32px}
  .card{padding:14px}
  .facts{grid-template-columns:1fr}
  .facts dt{margin-top:4px}
  .report .page{padding:10px 12px}
}
@page{size:A4;margin:18mm 16mm 18mm 16mm;@bottom-center{content:"第 " counter(page) " 页，共 " counter(pages) " 页";font-size:9pt;color:#555}}
@media print{
  body{background:#fff;font-size:10.5pt;line-height:1.55}
  main{max-width:none;padding:0}
  nav.toc,a.back,.zg-bar,#claims,#report{display:none}
  header.case{border:0;padding:0 0 8pt;border-bottom:1.5pt solid #000;border-radius:0}
  .doctype{text-align:center;font-size:12pt;color:#000}
  h1{text-align:center;font-size:18pt}
  header.case .round{text-align:center;color:#000}
  h2{font-size:13pt;margin:14pt 0 6pt;break-after:avoid}
  h3{break-after:avoid}
  .ftable{display:block}
  .ftable table{font-size:9.5pt}
  .ftable thead{display:table-header-group}
  .ftable tr{break-inside:avoid}
  .card,.finding,.fgroup{border-color:#999;box-shadow:none;background:#fff}
  .finding{padding:6pt 8pt}
  .fhead,.msg,.glabel{break-after:avoid}
  ol.evidence li,.co{break-inside:avoid}
  .ftable th,.ftable td.n{white-space:nowrap}
  a{color:inherit;text-decoration:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
</style>
</head>
<body>
<main>
<header class="case card">
<p class="doctype">整改核查意见</p>
<h1>{{.Title}}</h1>
{{with .Case.Round}}<p class="round">{{.}}</p>{{end}}
<dl class="facts">
<dt>被巡视（巡察、审计）单位</dt><dd>{{if .Case.Unit}}{{.Case.Unit}}{{.UnitMark}}{{else}}<span class="muted">未注明</span>{{end}}</dd>
<dt>反馈日期</dt><dd>{{or .Case.FeedbackDate "-"}}{{.FeedbackMark}}</dd>
<dt>报告日期</dt><dd>{{or .Case.ReportDate "-"}}{{.ReportMark}}</dd>
<dt>核查基准日</dt><dd>{{or .Case.AsOf "-"}}{{.AsOfMark}}</dd>
<dt>整改报告</dt><dd>{{.Case.Report}}</dd>
<dt>台账</dt><dd>{{or .Case.Ledger "-"}}</dd>
<dt>会议纪要</dt><dd>{{if .Case.Minutes}}{{join .Case.Minutes}}{{else}}-{{end}}</dd>
{{if .Case.Evidence}}<dt>佐证材料</dt><dd>{{join .Case.Evidence}}</dd>
{{end}}<dt>数字声明</dt><dd>{{len .Claims}} 处</dd>
</dl>
<div class="verdict">
<span class="vlabel">核查结论</span>
<span class="vbadge v-{{.Summary.Verdict}}{{if .Summary.Unread}} v-incomplete{{end}}" title="{{.Summary.Verdict}}">{{.Verdict}}</span>
{{if .Summary.High}}<a class="count high" href="#sev-high">高 {{.Summary.High}} 项</a>{{else}}<span class="count zero">高 0 项</span>{{end}}
{{if .Summary.Medium}}<a class="count medium" href="#sev-medium">中 {{.Summary.Medium}} 项</a>{{else}}<span class="count zero">中 0 项</span>{{end}}
{{if .Summary.Low}}<a class="count low" href="#sev-low">低 {{.Summary.Low}} 项</a>{{else}}<span class="count zero">低 0 项</span>{{end}}
</div>
{{range .Notices}}<p class="notice">{{.}}</p>
{{end}}<nav class="toc"><a href="#findings">核查发现</a><a href="#checkpoints">五关核查</a><a href="#claims">数字声明</a><a href="#report">报告原文</a><a href="#notrun">未运行的规则</a>{{if .Errors}}<a href="#errors">无法读取的文件</a>{{end}}</nav>
</header>

<section id="summary-table" class="ftable">
<h2>核查发现一览</h2>
{{if .Findings}}<table class="claims">
<thead><tr><th>序号</th><th>程度</th><th>问题</th><th>情况说明</th><th>报告所称</th><th>核查所见</th></tr></thead>
<tbody>
{{range .Findings}}<tr><td class="n"><a href="#{{fid .N}}">{{.N}}</a></td><td class="n"><span class="sev {{sevClass .Severity}}">{{.SevName}}</span></td><td>{{with .RuleName}}{{.}}{{else}}{{.Rule}}{{end}}</td><td>{{.Message}}</td><td class="n">{{.Claimed}}</td><td class="n">{{.Observed}}</td></tr>
{{end}}</tbody>
</table>
{{else}}<p class="clean">未发现问题。</p>{{end}}
</section>

<section id="checkpoints" class="ftable">
<h2>五关核查</h2>
<table class="claims">
<thead><tr><th>关口</th><th>核查内容</th><th>状态</th><th>依据</th></tr></thead>
<tbody>
{{range .Checkpoints}}<tr><td class="cpname">{{.Name}}</td><td>{{.Question}}</td><td><span class="cp cp-{{.State}}">{{.StateName}}</span></td><td>{{.Basis}}</td></tr>
{{end}}</tbody>
</table>
</section>

<section id="findings">
<h2>核查发现及依据</h2>
{{if not .Sections}}<p class="clean">未发现问题。</p>{{end}}
{{range .Sections}}<section class="group" id="sev-{{.Severity}}">
<h3><span class="sev {{sevClass .Severity}}">{{.Name}}</span> {{.Count}} 项</h3>
{{range .Groups}}{{if .Label}}<div class="fgroup {{sevClass .Severity}}">
<p class="glabel">{{.Label}} <span class="muted">（{{len .Findings}} 项发现）</span></p>
{{range .Findings}}{{template "finding" .}}{{end}}</div>
{{else}}{{range .Findings}}{{template "finding" .}}{{end}}{{end}}{{end}}</section>
{{end}}</section>

<section id="claims">
<h2>报告中的数字声明（{{len .Claims}}）</h2>
{{if .Claims}}<table class="claims">
<thead><tr><th>#</th><th>类别</th><th>数字</th><th>所在语句</th></tr></thead>
<tbody>
{{range .Claims}}<tr><td class="n">{{if .Linked}}<a href="#{{.ID}}">{{.N}}</a>{{else}}{{.N}}{{end}}</td><td><code>{{.Label}}</code></td><td class="n">{{.Figure}} <span class="muted">{{.Where}}</span></td><td>{{.Text}}</td></tr>
{{end}}</tbody>
</table>
{{else}}<p class="muted">报告中未识别出数字声明。</p>{{end}}
</section>

<section id="report" class="report">
<h2>报告原文{{with .ReportFile}} · <span class="muted">{{.}}</span>{{end}}</h2>
<p class="muted">黄色底纹标出报告中的数字声明；红、橙、蓝色底线标出核查发现引用的原文，角标链接回到相应的发现。</p>
{{if .HasReport}}{{range .Pages}}<section class="page" id="{{.ID}}">
<p class="pno">第 {{.Number}} 页{{with .Sheet}} · {{.}}{{end}}</p>
<div class="text">
{{.HTML}}</div>
</section>
{{end}}{{else}}<p class="muted">报告原文不可用。</p>{{end}}
</section>

<section id="notrun">
<h2>未运行的规则</h2>
{{if .NotRun}}<ul class="plain">
{{range .NotRun}}<li>{{with ruleName .Rule}}<span class="rname">{{.}}</span> {{end}}<span class="rule">{{.Rule}}</span> — {{.Reason}}</li>
{{end}}</ul>
{{else}}<p class="muted">所有规则均已运行。</p>{{end}}
</section>
{{if .Errors}}<section id="errors">
<h2>无法读取的文件</h2>
<ul class="plain">
{{range .Errors}}<li>{{.}}</li>
{{end}}</ul>
</section>
{{end}}
<footer>核查结果为自动比对所得，需结合原始材料人工复核。</footer>
</main>
</body>
</html>
{{define "finding"}}<article class="finding {{sevClass .Severity}}" id="{{fid .N}}">
<div class="fhead"><span class="fnum">{{.N}}</span><span class="sev {{sevClass .Severity}}">{{.SevName}}</span>{{with .RuleName}}<span class="rname">{{.}}</span>{{end}}{{with .Item}}<span>{{.}}</span>{{end}}{{with .Title}}<span>{{.}}</span>{{end}}<span class="rule" title="规则编号">{{.Rule}}</span></div>
<p class="msg">{{.Message}}</p>
{{if or .Claimed .Observed .ClaimLabel}}<dl class="co">{{with .Claimed}}<div><dt>报告所称</dt><dd>{{.}}</dd></div>{{end}}{{with .Observed}}<div><dt>核查所见</dt><dd>{{.}}</dd></div>{{end}}{{if .ClaimLabel}}<div><dt>声明</dt><dd>{{if .ClaimRef}}<a href="#{{.ClaimRef}}">{{.ClaimLabel}}</a>{{else}}{{.ClaimLabel}}{{end}}</dd></div>{{end}}</dl>
{{end}}{{if .Evidence}}<ol class="evidence">
{{range .Evidence}}<li>{{if .Repeat}}<span class="where">{{.Where}}</span><span class="note">同第 {{.Repeat}} 项所引</span>{{else}}{{if .Href}}<a class="where" href="#{{.Href}}">{{.Where}}</a>{{else}}<span class="where">{{.Where}}</span>{{end}}{{if .Fields}}<span class="quote cells">{{range .Fields}}<span>{{with .Header}}<b>{{.}}：</b>{{end}}{{.Value}}</span>{{end}}</span>{{else if .Text}}<span class="quote">{{.Text}}</span>{{end}}{{with .Note}} <span class="note">{{.}}</span>{{end}}{{if .Sentence}}<div class="ctx">{{with .Heading}}<span class="heading">{{.}}</span> {{end}}<span class="sentence">{{.Sentence}}</span></div>{{end}}{{end}}</li>
{{end}}</ol>
{{end}}</article>
{{end}}`
