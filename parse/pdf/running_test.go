package pdf_test

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

// TestRunningHeadAndSmallTable reads a report as a word processor exports
// it (a blind case folder's, cases-p 02): a running head on every page,
// paragraphs set at 14 pt with double spacing, and a 26-row table at 11 pt
// that goes on over the page break. The table's glyphs outnumber the
// paragraphs', and once made the body look like a title, so that every
// paragraph and heading of page 1 ran into one; the running head parted the
// table in two, and a list of 10 problems was reported where 26 are.
func TestRunningHeadAndSmallTable(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "cases-p", "02-yiyuan-pdf-rate-off-by-one", "report.pdf")
	doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
	require.NoError(t, err)
	parsetest.CheckOffsets(t, doc)
	var texts []string
	for _, p := range parsetest.Paras(doc) {
		texts = append(texts, p.Text)
		assert.NotContains(t, p.Text, "巡察整改情况报告", "the running head is no paragraph")
	}
	require.GreaterOrEqual(t, len(texts), 6)
	assert.Equal(t, "中共棠溪县人民医院委员会关于县委巡察反馈意见整改情况的报告", texts[0])
	assert.True(t, strings.HasPrefix(texts[1], "根据县委巡察工作领导小组统一部署"))
	assert.True(t, strings.HasSuffix(texts[1], "现将整改情况报告如下。"))
	assert.Equal(t, "一、整改工作总体情况", texts[2])
	assert.Contains(t, texts, "二、问题整改情况")
	assert.Contains(t, texts, "三、下一步工作打算")
	require.Len(t, doc.Tables, 1, "one table over the page break")
	rows := parsetest.TableRows(doc.Tables[0])
	require.Len(t, rows, 27)
	assert.Equal(t, []string{"序号", "问题", "责任单位", "整改状态"}, rows[0])
	assert.Equal(t, "26", rows[26][0])
}

// TestNoRunningHeads: what only looks like a running head is kept — the
// title of each page's meeting (bold, at the text's size: the minutes stay
// minutes), the first and last lines of a report whose narrow margins put
// them in the pages' top and bottom tenth, and a ledger's title over a long
// table (its level too: the table's glyphs, not the title's one line, are
// the page's text). The review of session 10 found the first two dropped.
func TestNoRunningHeads(t *testing.T) {
	read := func(name string) *parse.Document {
		doc, err := parse.ParseFile(context.Background(), filepath.Join("..", "..", "testdata", "pdf", name), parse.Options{})
		require.NoError(t, err)
		parsetest.CheckOffsets(t, doc)
		return doc
	}
	minutes := read("libreoffice-minutes-per-page.pdf")
	assert.Equal(t, parse.KindMinutes, minutes.Kind)
	for i := 1; i <= 3; i++ {
		assert.Contains(t, minutes.Text(), "第"+strconv.Itoa(i)+"次党委会议纪要")
	}
	report := read("libreoffice-narrow-margins.pdf")
	for i := 1; i < 60; i++ {
		assert.Contains(t, report.Text(), "整改事项第"+strconv.Itoa(i)+"项：", "line %d", i)
	}
	ledger := read("libreoffice-ledger-title.pdf")
	paras := parsetest.Paras(ledger)
	require.NotEmpty(t, paras)
	assert.Equal(t, parsetest.Para{Text: "巡察反馈问题整改台账", Level: 1}, paras[0])
}

// TestBrowserHeadAndFoot: a report Chromium printed with its own running head
// (date, title) and foot (address, page 1/2) reads as the same report
// printed without them — no stamp or address as text, and no paragraph
// broken line by line because the foot had widened the column (second
// review of session 10).
func TestBrowserHeadAndFoot(t *testing.T) {
	read := func(name string) *parse.Document {
		doc, err := parse.ParseFile(context.Background(), filepath.Join("..", "..", "testdata", "pdf", name), parse.Options{})
		require.NoError(t, err)
		parsetest.CheckOffsets(t, doc)
		return doc
	}
	plain, printed := read("chromium-report-sans.pdf"), read("chromium-report-headers.pdf")
	assert.Equal(t, parsetest.Paras(plain), parsetest.Paras(printed))
	assert.NotContains(t, printed.Text(), "file://")
}

// TestFootnoteMark: a footnote's mark set small above a line of a paragraph
// (a blind case folder's report, cases-s 13) is no line of its own: the
// paragraph, and the total and parts it states, stay one.
func TestFootnoteMark(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), filepath.Join("..", "..", "testdata", "cases-s", "13-ziranziyuanting-parts-sum", "report.pdf"), parse.Options{})
	require.NoError(t, err)
	parsetest.CheckOffsets(t, doc)
	found := false
	for _, p := range parsetest.Paras(doc) {
		assert.NotEqual(t, "1", p.Text)
		if strings.Contains(p.Text, "4个方面18个问题") {
			found = true
			assert.Contains(t, p.Text, "已完成整改15个，正在整改2个")
		}
	}
	assert.True(t, found)
}
