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
		context := x.tableContext(ti, t)
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
	for _, h := range t.Header {
		ctx += " " + h.Text
	}
	return Simplify(ctx)
}

func (x *extractor) rowParagraph(ti int, pos parse.Pos) int {
	for i, p := range x.doc.Paragraphs {
		if p.Table == ti+1 && p.Page == pos.Page && p.Start <= pos.Start && pos.End <= p.End {
			return i
		}
	}
	return -1
}

// tableClaim classifies one numeric cell.
func tableClaim(context, label, header string, n Number) (Claim, bool) {
	c := Claim{Count: n.Count, Value: n.Value, Unit: n.Unit}
	if n.Percent {
		c.Unit = "%"
	}
	c.Approx = n.Approx
	isTotalRow := has(label, "^(合计|总计|小计|共计)")
	switch {
	case n.Percent || has(header, "率"):
		c.Kind, c.Subtype, c.Unit = KindProblems, SubtypeRate, "%"
	case has(context, "制度|建章立制"):
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
	case has(context+header, "会议|次数"):
		if isTotalRow {
			c.Kind, c.Subtype = KindOther, "会议合计"
			break
		}
		typ, _ := meetingTypeIn(label)
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		if c.Unit == "" {
			c.Unit = "次"
		}
	case has(context+header, "问题"):
		c.Kind = KindProblems
		c.Subtype = SubtypeTotal
		if st, ok := statusIn(header); ok {
			c.Subtype = st.Subtype()
		}
		if c.Unit == "" {
			c.Unit = "个"
		}
	case has(context+header, "问责|处分|处理"):
		sub, ok := firstOf(header, accountabilityWords)
		if !ok {
			sub = SubtypeTotal
		}
		c.Kind, c.Subtype = KindAccountability, sub
	case has(context+header, "金额|万元|元"):
		sub, ok := firstOf(label+header, moneyWords)
		if !ok {
			sub = SubtypeOther
		}
		c.Kind, c.Subtype = KindMoney, sub
		if has(header+context, "万元") && c.Unit == "" {
			c.Value *= 1e4
		}
		c.Unit = "元"
	default:
		c.Kind, c.Subtype = KindOther, Subtype(label+header)
	}
	return c, true
}
