package extract

import (
	"github.com/zhenggai/zhenggai/parse"
)

// tables reads figures from the document's tables: each numeric cell is a
// claim, classified by its row label and column header (and the table's
// title or the paragraph before it, for what the table is about).
func (x *extractor) tables() {
	for ti, t := range x.doc.Tables {
		if len(t.Header) == 0 || len(t.Rows) == 0 {
			continue
		}
		// A header of two rows (整改进展 over 已完成、正在整改), merged or
		// flat, is joined as a ledger's is; the rows under it are data.
		if hasHeaderWord(t.Rows[0]) {
			// (Only when the first row under the header names a column:
			// else the header parse found is the table's.)
			t.Header, t.Rows = sheetLayout(t)
			if len(t.Header) == 0 || len(t.Rows) == 0 {
				continue
			}
		}
		context := x.tableContext(ti, t)
		if heads := headerText(t); has(heads, tableKindWords) {
			// A header names what the table counts (反馈问题（个）): its
			// columns that name no kind (已完成（个）) count that too.
			context = heads
		}
		for _, r := range t.Rows {
			if x.limit > 0 && len(x.claims) > x.limit {
				return // past the bound (ClaimsWith cuts the rest)
			}
			label := Simplify(r.Cell(0))
			total := -1
			for ci := 1; ci < len(r.Cells) && ci < len(t.Header); ci++ {
				cell := r.Cells[ci]
				n, ok := ParseNumber(cell.Text)
				if !ok || (n.Role != RoleCount && n.Role != RolePercent) {
					continue
				}
				header := Simplify(t.Header[ci].Text)
				c, ok := tableClaim(context, label, header, n)
				if !ok {
					continue
				}
				c.Paragraph = x.rowParagraph(ti, cell.Pos)
				if c.Paragraph < 0 {
					continue
				}
				row := x.doc.Paragraphs[c.Paragraph]
				c.Text = row.Text
				c.Source = Source{File: x.doc.File, Page: row.Page, Start: row.Start, End: row.End}
				c.Figure = cell.Pos
				c.InTable = true
				c.Of = -1
				if has(header, "小计|合计|总计") {
					total = len(x.claims)
				}
				x.claims = append(x.claims, c)
			}
			if total >= 0 {
				for i := total - 1; i >= 0 && x.claims[i].InTable && x.claims[i].Paragraph == x.claims[total].Paragraph; i-- {
					if x.claims[i].Kind == x.claims[total].Kind {
						x.claims[i].Of = total
					}
				}
			}
		}
	}
}

// tableContext is the text that says what a table is about: its title and
// the paragraph before it.
func (x *extractor) tableContext(ti int, t parse.Table) string {
	ctx := t.Title
	for i, p := range x.doc.Paragraphs {
		if p.Table == ti+1 {
			if i > 0 {
				ctx += " " + x.doc.Paragraphs[i-1].Text
			}
			if i > 1 {
				ctx += " " + x.doc.Paragraphs[i-2].Text
			}
			break
		}
	}
	return Simplify(ctx) + headerText(t)
}

// headerText is the text of a table's header cells, simplified.
func headerText(t parse.Table) string {
	var b []byte
	for _, h := range t.Header {
		b = append(b, ' ')
		b = append(b, h.Text...)
	}
	return Simplify(string(b))
}

func (x *extractor) rowParagraph(ti int, pos parse.Pos) int {
	for i, p := range x.doc.Paragraphs {
		if p.Table == ti+1 && p.Page == pos.Page && p.Start <= pos.Start && pos.End <= p.End {
			return i
		}
	}
	return -1
}

// tableKindWords are the words by which a column's header names the kind it
// counts.
const tableKindWords = "问题|会议|次数|制度|问责|处分|处理|金额|万元|元|线索"

// tableClaim classifies one numeric cell.
func tableClaim(context, label, header string, n Number) (Claim, bool) {
	c := Claim{Count: n.Count, Value: n.Value, Unit: n.Unit}
	if n.Percent {
		c.Unit = "%"
	}
	c.Approx = n.Approx
	isTotalRow := has(label, "^(合计|总计|小计|共计)")
	// The column's header says what it counts when it names a kind
	// (反馈问题（个）); the table's title and the text before it only
	// when it does not (数量): a paragraph about meetings before a table of
	// problems by aspect is not the table's subject.
	what := header
	if !has(header, tableKindWords) {
		what = context + header
	}
	switch {
	case n.Percent || has(header, "率"):
		c.Kind, c.Subtype, c.Unit = KindProblems, SubtypeRate, "%"
	case has(header, moneyHeader):
		// 问题金额（万元）, 已整改金额: the header's own amount words say
		// money, whatever else it names (cases-bw's probe).
		return tableMoney(c, context, label, header), true
	case has(what, "制度|建章立制"):
		c.Kind = KindSystems
		switch {
		case has(header, "小计|合计|总计|数量|项数"):
			c.Subtype = SubtypeTotal
		case has(header, "修订|修改"):
			c.Subtype = SubtypeRevised
		case has(header, "新建|新制定|制定"):
			c.Subtype = SubtypeNew
		case has(header, "废止"):
			c.Kind, c.Subtype = KindOther, "废止制度"
		default:
			c.Subtype = SubtypeTotal
		}
	case has(header, "任务|措施|举措") && !has(header, "问题"):
		// 整改任务数 beside 反馈问题数: the tasks or measures the problems
		// were broken into, no count of problems (cases-ar 06).
		c.Kind, c.Subtype = KindOther, Subtype(label+header)
	case has(what, "会议|次数"):
		if isTotalRow {
			c.Kind, c.Subtype = KindOther, "会议合计"
			break
		}
		typ, _ := meetingTypeIn(label)
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		if c.Unit == "" {
			c.Unit = "次"
		}
	case has(what, "问题"):
		c.Kind = KindProblems
		c.Subtype = SubtypeTotal
		if st, ok := statusIn(header); ok {
			c.Subtype = st.Subtype()
		}
		if c.Unit == "" {
			c.Unit = "个"
		}
	case has(what, "问责|处分|处理"):
		sub, ok := firstOf(header, accountabilityWords)
		if !ok {
			sub = SubtypeTotal
		}
		c.Kind, c.Subtype = KindAccountability, sub
	case has(what, "金额|万元|元"):
		c = tableMoney(c, context, label, header)
	default:
		c.Kind, c.Subtype = KindOther, Subtype(label+header)
	}
	return c, true
}

// moneyHeader are the words by which a column's header says its cells are
// amounts.
const moneyHeader = `金额|万元|亿元|（元）|\(元\)`

// tableMoney reads a table's cell as an amount: its subtype from the row's
// label and the column's header, in 万元 when the header or the table's
// words say so.
func tableMoney(c Claim, context, label, header string) Claim {
	sub, ok := firstOf(label+header, moneyWords)
	if !ok {
		sub = SubtypeOther
	}
	c.Kind, c.Subtype = KindMoney, sub
	if has(header+context, "万元") && c.Unit == "" {
		c.Value *= 1e4
	}
	c.Unit = "元"
	return c
}
