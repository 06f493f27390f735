package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse"
)

// Item is one problem a report lists with its rectification: the heading
// (（一）关于“…”问题的整改), the measures taken and the status it claims.
type Item struct {
	// Index is the item's place in the report's list, from 1.
	Index int `json:"index"`
	// Number is the item's number as the report writes it: （九）, 9., 一是.
	Number string `json:"number"`
	Title  string `json:"title"`
	// Measures is the text of the measures taken (the item's body, without
	// its status line).
	Measures string `json:"measures"`
	// Status is the status the report claims; StatusText the words it uses.
	Status     Status    `json:"status"`
	StatusText string    `json:"status_text,omitempty"`
	Pos        parse.Pos `json:"pos"`
	// MeasuresPos spans the measures (on the page where they start).
	MeasuresPos parse.Pos `json:"measures_pos"`
	// StatusPos points at the status words, when the report states them.
	StatusPos parse.Pos `json:"status_pos"`
}

var (
	itemNumber = `(?:[（(][一二三四五六七八九十百千零〇]{1,8}[）)]|[（(]\d{1,3}[）)]|问题\d{1,2}[-－]\d{1,2}[：:.、．]?|\d{1,2}[-－]\d{1,2}[：:.、．]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}、|[①-⑳])`
	// （一）关于“X”问题的整改情况, 1.关于X的整改, 一是关于“X”问题
	reItemHeading = regexp.MustCompile(`^(` + itemNumber + `)\s*关于\s*([“"‘'「『]?)([^。；;]+?)([”"’'」』]?)\s*(?:等)?(?:方面)?(?:问题)?(?:的)?(?:整改|落实|情况|整改情况|整改落实情况|整改进展)+[。：:]?$`)
	reSection     = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}、`)
	reStatusLine  = regexp.MustCompile(`(?:整改情况|整改进展|整改状态|目前进展|进展情况|完成情况|整改结果|当前状态|目前状态|状态)\s*[:：]\s*([^。；;\n]{1,40})`)
)

// ReadItems returns the problems a report lists, in order. A problem is a
// numbered heading of the form 关于“…”问题的整改; its section runs to the
// next such heading or the next top-level section (二、…).
//
// Reports that do not write 关于“…” are read by their numbering instead: in
// a section about the problems (二、反馈问题整改情况), each short numbered
// heading ((一)…, 1. …) is a problem. Failing both, a table with a problem
// column and a status or measures column lists them.
func ReadItems(doc *parse.Document) []Item {
	if items := readQuotedItems(doc); len(items) > 0 {
		return items
	}
	if items := readNumberedItems(doc); len(items) > 0 {
		return items
	}
	return readTableItems(doc)
}

// readTableItems reads problems a report lists as a table (序号, 问题, 整改措施,
// 完成情况 …), with the ledger's header synonyms.
func readTableItems(doc *parse.Document) []Item {
	var items []Item
	for _, t := range doc.Tables {
		if t.Sheet != "" {
			continue
		}
		t.Header, t.Rows = sheetLayout(t) // a header of two rows joined, as a ledger's
		cols := mapColumns(t.Header, columnsOf(SheetProblems))
		if !hasCol(cols, ColProblem) || !(hasCol(cols, ColStatus) || hasCol(cols, ColMeasures)) || figuresTable(t, cols) {
			continue
		}
		cell := func(r parse.Row, f ColumnKind) (string, parse.Pos) {
			if i, ok := cols[f]; ok && i < len(r.Cells) {
				return strings.TrimSpace(r.Cells[i].Text), r.Cells[i].Pos
			}
			return "", parse.Pos{}
		}
		for _, r := range t.Rows {
			problem, ppos := cell(r, ColProblem)
			if problem == "" || isNoteRow(r) {
				continue
			}
			no, _ := cell(r, ColNo)
			measures, mpos := cell(r, ColMeasures)
			status, spos := cell(r, ColStatus)
			it := Item{Index: len(items) + 1, Number: no, Title: problemTitle(problem), Measures: measures,
				Pos: ppos, MeasuresPos: mpos, Status: ParseStatus(status), StatusText: status}
			if status != "" {
				it.StatusPos = spos
			}
			items = append(items, it)
		}
		if len(items) > 0 {
			return items
		}
	}
	return items
}

// reCountCell is a cell that holds a count (3, 3个, 12项) or a rate (75%).
var reCountCell = regexp.MustCompile(`^[0-9０-９]+(\.[0-9]+)?\s*(个|项|条|件|%|％)?$`)

// figuresTable tells a table that states figures by category (问题类别 |
// 问题数 | 已完成 | 完成率, with a 合计 row) rather than listing the problems:
// the cells of its problem, status or measures columns are counts for the
// most part (问题数 read as the problem column), or a row sums them up.
func figuresTable(t parse.Table, cols map[ColumnKind]int) bool {
	counts, cells := 0, 0
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if v := strings.TrimSpace(c.Text); utf8.RuneCountInString(v) <= 4 && reSubtotal.MatchString(v) {
				return true
			}
		}
		for _, f := range []ColumnKind{ColProblem, ColStatus, ColMeasures} {
			if i, ok := cols[f]; ok {
				if v := strings.TrimSpace(r.Cell(i)); v != "" {
					cells++
					if reCountCell.MatchString(v) {
						counts++
					}
				}
			}
		}
	}
	return cells > 0 && 2*counts >= cells
}

var (
	reNumberedHeading = regexp.MustCompile(`^(` + itemNumber + `)\s*(.{2,60}?)[。：:]?$`)
	reProblemSection  = regexp.MustCompile(`问题.*(整改|落实)|(整改|落实).*问题|(逐项|逐条|逐一|逐件)(整改|落实|办理)`)
	reTitleTail       = regexp.MustCompile(`(等方面)?(的)?(问题)?(的)?(整改落实情况|整改情况|整改进展|的整改|整改)?$`)
)

// readNumberedItems reads problems listed by number under a section heading
// about the problems.
func readNumberedItems(doc *parse.Document) []Item {
	var items []Item
	paras := doc.Paragraphs
	inSection := false
	announced := false   // a paragraph said the problems follow one by one
	style := ""          // the numbering of the first item: （一） or 1.
	underAspect := false // an aspect's heading stands before, in the section
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if p.Table != 0 {
			continue
		}
		h := Simplify(p.Text)
		if isAspectHeading(h) {
			underAspect = true
		}
		if isSectionHeading(h) {
			underAspect = false
			if announced && strings.HasSuffix(strings.TrimRight(h, "。：: "), "方面") {
				continue // 一、党的领导方面: a group of the problems announced
			}
			inSection = reProblemSection.MatchString(h)
			// 二、逐项整改情况如下：a heading that announces them too.
			announced = reListAnnounced.MatchString(h)
			inSection = inSection || announced
			continue
		}
		if reListAnnounced.MatchString(h) {
			// …逐项整改情况如下：the numbered paragraphs after it are the
			// problems, whatever section holds them, one paragraph each.
			inSection, announced = true, true
			continue
		}
		if it, j, ok := numberedParagraphItem(paras, i, h, style, announced); ok {
			if style == "" {
				style = numberStyle(it.Number)
			}
			it.Index = len(items) + 1
			items = append(items, it)
			i = j - 1
			continue
		}
		m := reNumberedHeading.FindStringSubmatch(h)
		if !inSection || m == nil || strings.ContainsAny(m[2], "。；;") || isAspectHeading(h) || opensOnAspect(m[2]) {
			continue // （一）党的领导方面（共9个问题）; （一）在城市管理方面，…: a group of problems, or the work in a field, not one problem
		}
		st := numberStyle(m[1])
		if st == "paren-arabic" && style == "" && !announced && !underAspect && !strings.HasSuffix(strings.TrimRight(m[2], "。：: "), "问题") {
			continue // （1）成立整改工作领导小组: steps of a section's work, not its problems
		}
		if style == "" {
			style = st
		} else if st != style {
			continue
		}
		title := strings.TrimSpace(reTitleTail.ReplaceAllString(m[2], ""))
		if title == "" {
			continue
		}
		it := Item{Index: len(items) + 1, Number: itemNo(m[1]), Title: title, Pos: p.Pos}
		body, j := bodyOf(paras, i, func(q string, _ parse.Paragraph) bool {
			return isSectionHeading(q) || numberedLike(q, style) || isAspectHeading(q)
		})
		readItemBody(&it, body)
		items = append(items, it)
		i = j - 1
	}
	return items
}

// isSectionHeading tells a short paragraph that opens a section (一、…).
func isSectionHeading(s string) bool {
	return reSection.MatchString(s) && utf8.RuneCountInString(s) <= 60
}

// reAspectHeading is a numbered heading of an aspect of the problems
// ((二)全面从严治党方面, 2.选人用人方面问题（3个）): it ends the body of the
// item before it, whatever its numbering.
// Its count of problems may follow in brackets or after a colon (（共9个问题）,
// （7个）, ：9个问题).
var reAspectHeading = regexp.MustCompile(`^(` + aspectNumber + `)\s*[^。；;：:]{1,30}方面(的?问题)?\s*(` + aspectCount + `)?[。：:]?$`)

// aspectNumber numbers an aspect: as an item is numbered, but for （1）,
// which numbers the parts under an item or an aspect (（1）制度建设方面 in an
// item's measures), not an aspect of its own.
var aspectNumber = strings.Replace(itemNumber, `[（(]\d{1,3}[）)]|`, "", 1)

// aspectCount is an aspect's count of problems after its name, in brackets
// or after a colon (（共9个问题）, （7个）, ：9个问题).
const aspectCount = `[（(][^）)]{1,12}[）)]|[：:]\s*(共|计)?[0-9０-９一二三四五六七八九十两]{1,3}(个|项|条|类)(问题)?`

// reAspectCounted is an aspect heading that ends on 方面, or gives its count
// (方面问题（3个）, 方面的问题（共2个）): not one that names a problem with no
// count (2.执行中央八项规定精神方面的问题).
var reAspectCounted = regexp.MustCompile(`方面(的?问题)?\s*(` + aspectCount + `)[。：:]?$|方面[。：:]?$`)

// isAspectHeading tells a numbered heading of an aspect of the problems,
// with or without its count (reAspectHeading): a group of problems, not one.
func isAspectHeading(h string) bool {
	return strings.Contains(h, "方面") && reAspectHeading.MatchString(h) && reAspectCounted.MatchString(h)
}

// endsItem tells a paragraph that ends the body of an item: the next item,
// a section or an aspect's heading.
func endsItem(q string) bool {
	return reItemParagraph.MatchString(q) || reItemParagraphBody.MatchString(q) || reItemHeading.MatchString(q) || isSectionHeading(q) ||
		reAspectHeading.MatchString(q)
}

// bodyOf returns the paragraphs after paras[i] up to, not including, the
// first (simplified) for which ends is true, and the index of that one. The
// body is a slice of paras, to read, not to append to.
func bodyOf(paras []parse.Paragraph, i int, ends func(q string, p parse.Paragraph) bool) ([]parse.Paragraph, int) {
	j := i + 1
	for ; j < len(paras); j++ {
		if ends(Simplify(paras[j].Text), paras[j]) {
			break
		}
	}
	return paras[i+1 : j], j
}

// itemNo is a problem's number as the report writes it, without the word
// 问题 and the mark after a dashed number (问题1-1： is 1-1).
func itemNo(n string) string {
	if numberStyle(n) != "dashed" {
		return n
	}
	return strings.TrimRight(strings.TrimPrefix(n, "问题"), "：:.、．")
}

// numberStyle tells （一）, 1. and 一是 numbering apart.
func numberStyle(n string) string {
	r, _ := utf8.DecodeRuneInString(n)
	switch {
	case strings.ContainsAny(n, "-－"):
		return "dashed" // 问题1-1, 2-3. (the aspect and the problem in it)
	case (r == '（' || r == '(') && strings.ContainsAny(n, "0123456789"):
		return "paren-arabic" // （1）, under （一）
	case r == '（' || r == '(':
		return "paren"
	case r >= '0' && r <= '9':
		return "arabic"
	case strings.HasSuffix(n, "是"):
		return "shi"
	}
	return "other"
}

func numberedLike(q, style string) bool {
	m := reNumberedHeading.FindStringSubmatch(q)
	return m != nil && numberStyle(m[1]) == style && !strings.ContainsAny(m[2], "。；;")
}

// readQuotedItems reads problems written as numbered 关于“…”问题的整改
// headings.
func readQuotedItems(doc *parse.Document) []Item {
	var items []Item
	paras := doc.Paragraphs
	otherSection := false // under a section heading that is not about the problems
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		h := Simplify(p.Text)
		if isSectionHeading(h) {
			otherSection = !reProblemSection.MatchString(h)
		}
		if it, j, ok := paragraphItem(paras, i, h); ok && p.Table == 0 && !otherSection {
			it.Index = len(items) + 1
			items = append(items, it)
			i = j - 1
			continue
		}
		m := reItemHeading.FindStringSubmatchIndex(h)
		if m == nil || p.Table != 0 || utf8.RuneCountInString(h) > 100 {
			continue
		}
		// Simplify maps character for character: rune offsets into h are
		// offsets into the original text.
		orig := []rune(p.Text)
		ts, te := utf8.RuneCountInString(h[:m[6]]), utf8.RuneCountInString(h[:m[7]])
		it := Item{Index: len(items) + 1, Number: itemNo(h[m[2]:m[3]]), Title: strings.TrimSpace(string(orig[ts:te])), Pos: p.Pos}
		// The body: following paragraphs up to the next item or section.
		body, j := bodyOf(paras, i, func(q string, n parse.Paragraph) bool {
			return endsItem(q) || (n.Level > 0 && n.Level <= p.Level && p.Level > 0)
		})
		readItemBody(&it, body)
		items = append(items, it)
		i = j - 1
	}
	return items
}

func readItemBody(it *Item, body []parse.Paragraph) {
	var measures []string
	for k, q := range body {
		t := Simplify(q.Text)
		if loc := reStatusLine.FindStringSubmatchIndex(t); loc != nil && it.StatusText == "" {
			words := t[loc[2]:loc[3]]
			if s := ParseStatus(words); s != StatusUnknown {
				it.Status, it.StatusText = s, strings.TrimSpace(words)
				start := utf8.RuneCountInString(t[:loc[2]])
				it.StatusPos = parse.Pos{Page: q.Page, Start: q.Start + start, End: q.Start + start + utf8.RuneCountInString(words)}
				// The status line itself is not a measure; a measure sentence
				// before it in the same paragraph is.
				if before := strings.TrimSpace(string([]rune(q.Text)[:utf8.RuneCountInString(t[:loc[0]])])); before != "" {
					measures = append(measures, before)
				}
				continue
			}
		}
		if k == 0 {
			it.MeasuresPos = q.Pos
		}
		measures = append(measures, q.Text)
	}
	it.Measures = strings.Join(measures, "\n")
	if it.Status == StatusUnknown && len(body) > 0 {
		// No status line: the last sentence may say it (已整改到位, 正在推进).
		if st, s, ok := lastSentenceStatus(Simplify(body[len(body)-1].Text)); ok {
			it.Status, it.StatusText = st, s
		}
	}
}

// lastSentenceStatus returns the status the last sentence of text says,
// when it is a short one (已完成。, 正在推进。): a longer sentence that holds
// a status word tells what was done, not where the item stands.
func lastSentenceStatus(text string) (Status, string, bool) {
	sentences := strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' })
	if len(sentences) == 0 {
		return StatusUnknown, "", false
	}
	s := sentences[len(sentences)-1]
	if st := ParseStatus(s); st != StatusUnknown && utf8.RuneCountInString(s) <= 30 {
		return st, strings.TrimSpace(s), true
	}
	return StatusUnknown, "", false
}

// reItemParagraph is a problem written as one paragraph: its number, 关于…
// 的问题 and a full stop, then the measures and the status in the same
// paragraph (1．关于“第一议题”制度落实不到位的问题。6月起…。已完成。), or in the
// paragraphs after it when it ends there.
var reItemParagraph = regexp.MustCompile(`^(` + itemNumber + `)\s*关于\s*(.+?)(?:等方面|方面)?(?:的)?问题(?:[。：:]\s*(.*))?$`)

// reItemParagraphBody is the heading form of an item (（一）关于“X”问题的整改)
// with its measures and status after it in the same paragraph: a problem
// written as one paragraph too (cases-x 08). Alone, the heading is read by
// reItemHeading.
var reItemParagraphBody = regexp.MustCompile(`^(` + itemNumber + `)\s*关于\s*[“"‘'「『]?(.+?)[”"’'」』]?(?:的)?问题的整改(?:情况)?[。：:]\s*(\S.*)$`)

// paragraphItem reads paras[i] as a problem written as one paragraph
// (reItemParagraph): the title is what the 关于…问题 names, the body the rest
// of the paragraph and the paragraphs after it up to the next item or
// section. It returns the item and the index of the paragraph after it.
func paragraphItem(paras []parse.Paragraph, i int, h string) (Item, int, bool) {
	p := paras[i]
	m := reItemParagraph.FindStringSubmatchIndex(h)
	if m == nil {
		// An aspect's heading (（一）关于党的领导方面问题的整改。…) is no problem.
		if m = reItemParagraphBody.FindStringSubmatchIndex(h); m != nil && strings.HasSuffix(h[m[4]:m[5]], "方面") {
			m = nil
		}
	}
	if m == nil {
		return Item{}, 0, false
	}
	// Simplify maps character for character: rune offsets into h are
	// offsets into the original text.
	orig := []rune(p.Text)
	ts, te := utf8.RuneCountInString(h[:m[4]]), utf8.RuneCountInString(h[:m[5]])
	it := Item{Number: itemNo(h[m[2]:m[3]]), Title: headingTitle(strings.TrimSpace(string(orig[ts:te]))), Pos: p.Pos}
	body, j := bodyOf(paras, i, func(q string, _ parse.Paragraph) bool { return endsItem(q) })
	if m[6] >= 0 && strings.TrimSpace(h[m[6]:m[7]]) != "" {
		rest := utf8.RuneCountInString(h[:m[6]])
		first := parse.Paragraph{Pos: parse.Pos{Page: p.Page, Start: p.Start + rest, End: p.End}, Text: string(orig[rest:])}
		body = append([]parse.Paragraph{first}, body...)
	}
	readItemBody(&it, body)
	return it, j, true
}

// reListAnnounced ends a paragraph that says the problems follow one by one
// (逐项整改情况如下：, 逐条说明如下:), or that the problems' rectification
// follows (选取部分典型问题整改情况如下：); 具体…如下 (现将具体整改情况报告如下：)
// opens a report, not a list of its problems.
var reListAnnounced = regexp.MustCompile(`(逐项|逐条|逐一|逐件)[^。]{0,12}如下[：:。]?$|问题[^。，,]{0,6}(整改|落实)(情况|进展)[^。，,]{0,4}如下[：:。]?$`)

// reNumberedParagraph is a problem written as one numbered paragraph with
// no 关于: its number, the problem up to the first full stop, then the
// measures and the status (（一）会议记录不规范。统一印发记录本…。已完成。).
var reNumberedParagraph = regexp.MustCompile(`^(` + itemNumber + `)\s*([^。；;]{2,60})。(.+)$`)

// numberedParagraphItem reads paras[i] as a problem written as one numbered
// paragraph (reNumberedParagraph) whose last sentence says its status, in
// the numbering style of the items before it: the title is the first
// sentence, the body the rest. It returns the item and the index of the
// paragraph after it.
func numberedParagraphItem(paras []parse.Paragraph, i int, h, style string, announced bool) (Item, int, bool) {
	if !announced {
		return Item{}, 0, false // only after a paragraph that says the problems follow
	}
	m := reNumberedParagraph.FindStringSubmatchIndex(h)
	if m == nil || style != "" && numberStyle(h[m[2]:m[3]]) != style || strings.HasSuffix(h[m[4]:m[5]], "方面") {
		return Item{}, 0, false // （三）组织建设方面。…: an aspect, not a problem
	}
	if _, _, ok := lastSentenceStatus(h[m[6]:m[7]]); !ok {
		return Item{}, 0, false
	}
	p := paras[i]
	orig := []rune(p.Text)
	ts, te := utf8.RuneCountInString(h[:m[4]]), utf8.RuneCountInString(h[:m[5]])
	rest := utf8.RuneCountInString(h[:m[6]])
	it := Item{Number: itemNo(h[m[2]:m[3]]), Title: headingTitle(strings.TrimSpace(string(orig[ts:te]))), Pos: p.Pos}
	readItemBody(&it, []parse.Paragraph{{Pos: parse.Pos{Page: p.Page, Start: p.Start + rest, End: p.End}, Text: string(orig[rest:])}})
	return it, i + 1, true
}

// opensOnAspect tells a numbered paragraph whose first clause names an
// aspect or field (在城市管理方面，针对…; 党风廉政建设方面，…): the work or the
// problems of that field, not one problem.
func opensOnAspect(text string) bool {
	first, _, _ := strings.Cut(text, "，")
	first, _, _ = strings.Cut(first, ",")
	return strings.HasSuffix(strings.TrimSpace(first), "方面")
}

// headingTitle is the problem an item's heading names, without 关于, the
// quotes and what follows the problem (关于“村务公开不及时”问题的整改 → 村务公开不及时).
func headingTitle(t string) string {
	if !strings.HasPrefix(t, "关于") {
		return t
	}
	t = strings.TrimSpace(reTitleTail.ReplaceAllString(strings.TrimPrefix(t, "关于"), ""))
	return strings.Trim(t, "“”\"‘’'「」『』")
}
