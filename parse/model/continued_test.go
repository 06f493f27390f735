package model

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJoinContinued: a table that goes on over a page break is one table;
// a row split by the break is one row; tables that do not continue each
// other stay apart.
func TestJoinContinued(t *testing.T) {
	raw := func(rows ...[]string) []RawRow {
		out := make([]RawRow, len(rows))
		for i, r := range rows {
			for _, c := range r {
				out[i].Cells = append(out[i].Cells, RawCell{Text: c})
			}
		}
		return out
	}
	head := []string{"序号", "反馈问题", "整改情况"}
	build := func(between string, second, third []RawRow) *Document {
		b := NewBuilder("x.pdf", FormatPDF)
		b.Page("")
		b.Paragraph("表1 整改情况一览表", 0)
		b.Table(raw(head, []string{"1", "制度执行不严", "已完成"}, []string{"2", "信访矛盾纠纷排查", "已完成"}))
		b.Page("")
		if between != "" {
			b.Paragraph(between, 0)
		}
		b.Table(second)
		if third != nil {
			b.Page("")
			b.Table(third)
		}
		b.Paragraph("三、下一步工作打算", 1)
		return b.Finish()
	}
	tests := []struct {
		name    string
		between string
		second  []RawRow
		third   []RawRow // on a third page, when not nil
		tables  int
		rows    []string // the first table's problems
	}{
		{"the header repeated, a row split by the break", "- 2 -",
			raw(head, []string{"", "化解不及时", ""}, []string{"3", "低保管理不精准", "正在整改"}), nil,
			1, []string{"制度执行不严", "信访矛盾纠纷排查化解不及时", "低保管理不精准"}},
		{"no header on the next page", "",
			raw([]string{"3", "低保管理不精准", "正在整改"}, []string{"4", "村务公开不全面", "已完成"}), nil,
			1, []string{"制度执行不严", "信访矛盾纠纷排查", "低保管理不精准", "村务公开不全面"}},
		{"a paragraph between: another table", "二、建章立制方面，新建制度如下表。",
			raw(head, []string{"3", "低保管理不精准", "正在整改"}), nil,
			2, []string{"制度执行不严", "信访矛盾纠纷排查"}},
		{"another header: another table", "",
			raw([]string{"序号", "制度名称", "印发时间"}, []string{"1", "会议制度", "2023年5月"}), nil,
			2, []string{"制度执行不严", "信访矛盾纠纷排查"}},
		{"a short heading between, the numbers start again", "（二）审计反馈问题",
			raw(head, []string{"1", "预算执行不严", "已完成"}), nil,
			2, []string{"制度执行不严", "信访矛盾纠纷排查"}},
		{"the same header, the numbers start again", "",
			raw(head, []string{"1", "预算执行不严", "已完成"}), nil,
			2, []string{"制度执行不严", "信访矛盾纠纷排查"}},
		{"over two page breaks", "",
			raw(head, []string{"3", "低保管理不精准", "正在整改"}), raw(head, []string{"4", "村务公开不全面", "已完成"}),
			1, []string{"制度执行不严", "信访矛盾纠纷排查", "低保管理不精准", "村务公开不全面"}},
		{"the rest of a split row read as a title", "",
			raw([]string{"化解不及时"}, head, []string{"3", "低保管理不精准", "正在整改"}), nil,
			1, []string{"制度执行不严", "信访矛盾纠纷排查化解不及时", "低保管理不精准"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(tt.between, tt.second, tt.third)
			require.Len(t, d.Tables, tt.tables)
			var got []string
			for _, r := range d.Tables[0].Rows {
				got = append(got, r.Cell(1))
			}
			assert.Equal(t, tt.rows, got)
			for k, r := range d.Tables[0].Rows {
				assert.Equal(t, d.Tables[0].HeaderRow+1+k, r.Number, "rows numbered on: %q", r.Cell(1))
			}
			for _, p := range d.Paragraphs {
				if p.Table == 0 {
					continue
				}
				// Each row's paragraph points at the table that holds the row.
				require.LessOrEqual(t, p.Table, len(d.Tables), "a paragraph points at a table that is gone: %q", p.Text)
				found := false
				for _, r := range d.Tables[p.Table-1].Rows {
					for _, c := range r.Cells {
						found = found || c.Text != "" && strings.Contains(p.Text, c.Text) || strings.Contains(c.Text, strings.TrimSpace(p.Text))
					}
				}
				found = found || strings.Contains(strings.Join(headTexts(d.Tables[p.Table-1]), "\t"), p.Text)
				assert.True(t, found, "paragraph %q not in table %d", p.Text, p.Table)
			}
		})
	}
}

// headTexts returns the texts of a table's header cells.
func headTexts(t Table) []string {
	var out []string
	for _, c := range t.Header {
		out = append(out, c.Text)
	}
	return out
}
