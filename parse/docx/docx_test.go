package docx_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/docx"
)

const documentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

const documentTail = `</w:body></w:document>`

// docxOf builds a minimal DOCX around a body.
func docxOf(t testing.TB, body string, extra ...string) []byte {
	return parsetest.ZipOf(t, append([]string{"word/document.xml", documentHead + body + documentTail}, extra...)...)
}

func TestDOCXBodies(t *testing.T) {
	run := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	p := func(inner string) string { return `<w:p>` + inner + `</w:p>` }
	tests := []struct {
		name   string
		body   string
		styles string
		want   []parsetest.Para
		tables [][][]string
	}{
		{
			name: "runs are joined, digits and all",
			body: p(run("召开会议") + run("1") + run("3") + run("次，共") + run("2019") + run("年")),
			want: []parsetest.Para{{"召开会议13次，共2019年", 0}},
		},
		{
			name: "tab, break and page break",
			body: p(run("甲") + `<w:r><w:tab/></w:r>` + run("乙") + `<w:r><w:br w:type="page"/></w:r>` + run("丙 abc") + `<w:r><w:br/></w:r>` + run("def")),
			want: []parsetest.Para{{"甲\u3000乙丙abc def", 0}},
		},
		{
			name: "deleted text is left out, inserted text kept",
			body: p(run("问题") + `<w:del><w:r><w:delText>15</w:delText></w:r></w:del><w:ins><w:r><w:t>16</w:t></w:r></w:ins>` + run("个")),
			want: []parsetest.Para{{"问题16个", 0}},
		},
		{
			name: "moved-from text is left out",
			body: p(`<w:moveFrom><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>` + run("正文") + `<w:moveTo><w:r><w:t>新位置</w:t></w:r></w:moveTo>`),
			want: []parsetest.Para{{"正文新位置", 0}},
		},
		{
			name: "complex field: instruction skipped, result kept; nested field",
			body: p(run("见第") + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1 \h</w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>X</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run("3") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` + run("页")),
			want: []parsetest.Para{{"见第3页", 0}},
		},
		{
			name: "simple field text kept",
			body: p(run("共") + `<w:fldSimple w:instr="NUMPAGES"><w:r><w:t>12</w:t></w:r></w:fldSimple>` + run("页")),
			want: []parsetest.Para{{"共12页", 0}},
		},
		{
			name: "symbols, soft and non-breaking hyphens",
			body: p(run("误差") + `<w:r><w:sym w:font="Symbol" w:char="F0B1"/></w:r>` + run("1%，√") + `<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>` +
				run("，co") + `<w:r><w:softHyphen/></w:r>` + run("op，A") + `<w:r><w:noBreakHyphen/></w:r>` + run("1") + `<w:r><w:sym w:char="2460"/></w:r>`),
			want: []parsetest.Para{{"误差±1%，√√，coop，A-1①", 0}},
		},
		{
			name: "hidden text left out",
			body: p(run("可见") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>` + `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>`),
			want: []parsetest.Para{{"可见显示", 0}},
		},
		{
			name: "text box after its paragraph, VML fallback not repeated",
			body: p(run("锚点段落")+`<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>`+
				p(run("框内一"))+p(run("框内二"))+`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+p(run("框内一"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`) +
				p(run("下一段")),
			want: []parsetest.Para{{"锚点段落", 0}, {"框内一", 0}, {"框内二", 0}, {"下一段", 0}},
		},
		{
			name: "content controls and custom XML are transparent, properties skipped",
			body: `<w:sdt><w:sdtPr><w:alias w:val="标题占位"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>` + p(run("控件内")) + `</w:sdtContent></w:sdt>` +
				`<w:customXml w:element="x">` + p(`<w:sdt><w:sdtContent>`+run("行内控件")+`</w:sdtContent></w:sdt>`) + `</w:customXml>`,
			want: []parsetest.Para{{"控件内", 0}, {"行内控件", 0}},
		},
		{
			name: "ruby text (phonetic guide) left out",
			body: p(`<w:r><w:ruby><w:rt><w:r><w:t>zhěng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>整</w:t></w:r></w:rubyBase></w:ruby></w:r>` + run("改")),
			want: []parsetest.Para{{"整改", 0}},
		},
		{
			name:   "heading levels from styles: id, name, outline level, basedOn, body outline",
			styles: `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style><w:style w:type="paragraph" w:styleId="T"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Sec"><w:name w:val="sec"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="sub"/><w:basedOn w:val="Sec"/></w:style><w:style w:type="paragraph" w:styleId="Body"><w:name w:val="body"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="l1"/><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="l2"/><w:basedOn w:val="Loop1"/></w:style>`,
			body: `<w:p><w:pPr><w:pStyle w:val="T"/></w:pPr>` + run("报告标题") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + run("一级") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr>` + run("二级") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr>` + run("三级") + `</w:p>` +
				`<w:p><w:pPr><w:outlineLvl w:val="3"/></w:pPr>` + run("四级") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>` + run("正文") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr>` + run("循环样式") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Missing"/></w:pPr>` + run("未知样式") + `</w:p>`,
			want: []parsetest.Para{{"报告标题", 1}, {"一级", 1}, {"二级", 2}, {"三级", 3}, {"四级", 4}, {"正文", 0}, {"循环样式", 0}, {"未知样式", 0}},
		},
		{
			name: "centred large first paragraph is the title; centred body-size one is not",
			body: `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + run("某党字〔2024〕1号") + `</w:p>` +
				`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>关于整改情况的</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>报告</w:t></w:r></w:p>` +
				p(run("领导小组：")) + p(run("正文内容很长很长。")) +
				`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>文中居中大字</w:t></w:r></w:p>`,
			want: []parsetest.Para{{"某党字〔2024〕1号", 0}, {"关于整改情况的", 1}, {"报告", 1}, {"领导小组：", 0}, {"正文内容很长很长。", 0}, {"文中居中大字", 0}},
		},
		{
			name: "centred bold title",
			body: `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>会议纪要</w:t></w:r></w:p>` + p(run("时间：2019年6月21日")),
			want: []parsetest.Para{{"会议纪要", 1}, {"时间：2019年6月21日", 0}},
		},
		{
			name: "numbered headings set apart by font or bold; body text with numbers is not",
			body: p(run("正文一段，足够长，让正文字体成为主体字体，正文字体。")) +
				`<w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t>一、总体情况</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b w:val="1"/></w:rPr><w:t>（三）关于问题的整改</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1.</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>细项</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（2）更细</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加粗但无编号</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、</w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>编号加粗正文不加粗</w:t></w:r></w:p>` +
				p(run("二、正文字体的编号段落。")) +
				p(run("第三章 总则")),
			want: []parsetest.Para{{"正文一段，足够长，让正文字体成为主体字体，正文字体。", 0}, {"一、总体情况", 2}, {"（三）关于问题的整改", 3}, {"1.细项", 4}, {"（2）更细", 5}, {"加粗但无编号", 0}, {"一、编号加粗正文不加粗", 0}, {"二、正文字体的编号段落。", 0}, {"第三章总则", 0}},
		},
		{
			name: "tables in document order with spans and merges",
			body: p(run("表前")) +
				`<w:tbl><w:tblPr/><w:tblGrid/>` +
				`<w:tr><w:tc><w:p>` + run("序号") + `</w:p></w:tc><w:tc><w:p>` + run("部门") + `</w:p></w:tc><w:tc><w:p>` + run("状态") + `</w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p>` + run("1") + `</w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>` + run("办公室") + `</w:p></w:tc><w:tc><w:p>` + run("已完成") + `</w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p>` + run("2") + `</w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>` + run("正在整改") + `</w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>` + run("合计") + `</w:p></w:tc><w:tc><w:p>` + run("2项") + `</w:p></w:tc></w:tr>` +
				`<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:p>` + run("备注") + `</w:p></w:tc></w:tr>` +
				`<w:sdt><w:sdtContent><w:tr><w:tc><w:p>` + run("3") + `</w:p></w:tc><w:tc><w:p>` + run("财务科") + `</w:p><w:p>` + run("第二段") + `</w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p>` + run("内甲") + `</w:p></w:tc><w:tc><w:p>` + run("内乙") + `</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:sdtContent></w:sdt>` +
				`<w:tr><w:trPr><w:del w:id="1"/></w:trPr><w:tc><w:p>` + run("删除行") + `</w:p></w:tc></w:tr>` +
				`</w:tbl>` + p(run("表后")),
			want: []parsetest.Para{{"表前", 0}, {"表后", 0}},
			tables: [][][]string{{
				{"序号", "部门", "状态"},
				{"1", "办公室", "已完成"},
				{"2", "办公室", "正在整改"},
				{"合计", "", "2项"},
				{"", "", "备注"},
				{"3", "财务科第二段", "内甲内乙"},
			}},
		},
		{
			// A frame (a table one cell wide) around a table of figures
			// gives way to its content: the nested table stays a table
			// (cases-af 04).
			name: "a frame table around a table",
			body: `<w:tbl><w:tr><w:tc><w:p>` + run("表一：问题统计") + `</w:p><w:tbl>` +
				`<w:tr><w:tc><w:p>` + run("类别") + `</w:p></w:tc><w:tc><w:p>` + run("问题数") + `</w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p>` + run("合计") + `</w:p></w:tc><w:tc><w:p>` + run("15") + `</w:p></w:tc></w:tr>` +
				`</w:tbl></w:tc></w:tr></w:tbl>` + p(run("表后")),
			want:   []parsetest.Para{{"表一：问题统计", 0}, {"表后", 0}},
			tables: [][][]string{{{"类别", "问题数"}, {"合计", "15"}}},
		},
		{
			name: "math text kept",
			body: p(run("比率") + `<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x=2</m:t></m:r></m:oMath>`),
			want: []parsetest.Para{{"比率x=2", 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var extra []string
			if tt.styles != "" {
				extra = []string{"word/styles.xml", `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + tt.styles + `</w:styles>`}
			}
			doc, err := parse.Parse(context.Background(), "t.docx", docxOf(t, tt.body, extra...), parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, parsetest.Paras(doc))
			var tables [][][]string
			for _, tb := range doc.Tables {
				tables = append(tables, parsetest.TableRows(tb))
			}
			assert.Equal(t, tt.tables, tables)
			require.Len(t, doc.Pages, 1)
			parsetest.CheckOffsets(t, doc)
		})
	}
}

// TestDOCXGolden compares the corpus reports and the feature fixture with
// their golden renderings.
func TestDOCXGolden(t *testing.T) {
	tests := []struct {
		golden string
		data   func(t *testing.T) []byte
	}{
		{"docx-02-report.txt", parsetest.ReadFixture(parsetest.CorpusCases + "/02-qingxi-ziranziyuan-clean/report.docx")},
		{"docx-07-report.txt", parsetest.ReadFixture(parsetest.CorpusCases + "/07-tongling-wenlv-copied/report.docx")},
		{"docx-01-minutes-2016-12-23.txt", parsetest.ReadFixture(parsetest.CorpusCases + "/01-dongchuan-nonglin/minutes/2016-12-23.docx")},
		{"docx-features.txt", func(t *testing.T) []byte { return parsetest.ZipTree(t, "../../testdata/docx/features") }},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "x.docx", tt.data(t), parse.Options{})
			require.NoError(t, err)
			parsetest.CheckOffsets(t, doc)
			parsetest.CheckGolden(t, tt.golden, doc)
		})
	}
}

// TestDOCXFeatures spells out what the feature fixture must yield, so the
// golden file cannot silently drift.
func TestDOCXFeatures(t *testing.T) {
	doc, err := parse.Parse(context.Background(), "features.docx", parsetest.ZipTree(t, "../../testdata/docx/features"), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, "中共测试局党组关于巡察整改情况的报告", doc.Title)
	text := doc.Text()
	for _, s := range []string{"测试党字〔2024〕3号", "2019年6月", "问题16个", "序号\u3000名称第二行", "温度±2度", "cooperate", "编号A-1",
		"共5页，第2页", "召开会议3次，详见链接。", "文本框之前\n文本框里的文字\n内容控件中的段落", "公式a=1", "表格之后的段落。"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"13", "隐藏文字", "PAGE", "MERGEFORMAT", "已删除的行", "占位"} {
		assert.NotContains(t, text, s)
	}
	assert.Equal(t, 1, strings.Count(text, "文本框里的文字"), "VML fallback of the text box must not be read")
	levels := map[string]int{}
	for _, p := range doc.Paragraphs {
		levels[p.Text] = p.Level
	}
	assert.Equal(t, map[string]int{
		"中共测试局党组关于巡察整改情况的报告": 1, "一、整改工作开展情况": 1, "（一）关于组织领导": 2, "基于标题样式的小节": 1,
		"大纲级别三": 3, "正文级别的段落": 0, "二、问题整改落实情况": 2, "（二）关于“三重一大”问题的整改": 3,
		"一、这一段虽然以编号开头但是正文字体，不是标题。": 0, "测试党字〔2024〕3号": 0,
	}, pick(levels, "中共测试局党组关于巡察整改情况的报告", "一、整改工作开展情况", "（一）关于组织领导", "基于标题样式的小节",
		"大纲级别三", "正文级别的段落", "二、问题整改落实情况", "（二）关于“三重一大”问题的整改", "一、这一段虽然以编号开头但是正文字体，不是标题。", "测试党字〔2024〕3号"))
	require.Len(t, doc.Tables, 1)
	tb := doc.Tables[0]
	assert.Equal(t, "问题整改台账", tb.Title)
	assert.Equal(t, []string{"序号", "问题", "责任部门", "完成时限"}, parsetest.CellTexts(tb.Header))
	require.Len(t, tb.Rows, 3)
	assert.Equal(t, []string{"1", "学习不深入第二段", "办公室", "2019年7月5日"}, parsetest.CellTexts(tb.Rows[0].Cells))
	assert.Equal(t, "2019-07-05", tb.Rows[0].Cells[3].Date)
	assert.Equal(t, []string{"2", "制度不健全内表甲内表乙内表丙", "办公室", "2019年9月30日"}, parsetest.CellTexts(tb.Rows[1].Cells))
	assert.Equal(t, []string{"", "合计两项", "", "—"}, parsetest.CellTexts(tb.Rows[2].Cells))
}

func pick(m map[string]int, keys ...string) map[string]int {
	out := map[string]int{}
	for _, k := range keys {
		if v, ok := m[k]; ok {
			out[k] = v
		}
	}
	return out
}

// TestDOCXCorpus parses every DOCX of the sample cases (reports, minutes
// and evidence): each must give text with a title, and offsets that point
// at their text.
func TestDOCXCorpus(t *testing.T) {
	var paths []string
	for _, g := range []string{"*/*.docx", "*/minutes/*.docx", "*/evidence/*.docx"} {
		m, err := filepath.Glob(filepath.Join(parsetest.CorpusCases, g))
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	require.GreaterOrEqual(t, len(paths), 20)
	for _, p := range paths {
		t.Run(strings.TrimPrefix(p, parsetest.CorpusCases+"/"), func(t *testing.T) {
			doc, err := parse.ParseFile(context.Background(), p, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, parse.FormatDOCX, doc.Format)
			require.Len(t, doc.Pages, 1)
			assert.NotEmpty(t, doc.Title)
			require.NotEmpty(t, doc.Paragraphs)
			titled := false
			for _, p := range doc.Paragraphs[:min(3, len(doc.Paragraphs))] {
				titled = titled || p.Level == 1
			}
			assert.True(t, titled, "one of the first three paragraphs is the level-1 title")
			parsetest.CheckOffsets(t, doc)
		})
	}
}

func TestDOCXBadInput(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(parsetest.CorpusCases, "07-tongling-wenlv-copied", "report.docx"))
	require.NoError(t, err)
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 1500) + strings.Repeat("</w:sdtContent></w:sdt>", 1500)
	deepTables := strings.Repeat("<w:tbl><w:tr><w:tc>", 100) + "<w:p/>" + strings.Repeat("</w:tc></w:tr></w:tbl>", 100)
	small := parse.Options{MaxDecompressed: 1 << 20}
	tests := []struct {
		name string
		data []byte
		opt  parse.Options
		want error
		msg  string
	}{
		{"truncated zip", good[:len(good)*2/3], parse.Options{}, parse.ErrCorrupt, "zip"},
		{"no main part", parsetest.ZipOf(t, "[Content_Types].xml", "<Types/>", "word/styles.xml", "<w:styles/>"), parse.Options{}, parse.ErrCorrupt, "word/document.xml"},
		{"relationship to a missing part", parsetest.ZipOf(t, "_rels/.rels", `<Relationships><Relationship Type="http://x/officeDocument" Target="word/gone.xml"/></Relationships>`), parse.Options{}, parse.ErrCorrupt, "word/document.xml"},
		{"corrupt XML", docxOf(t, "<w:p><w:r><w:t>半截</w:r></w:p>"), parse.Options{}, parse.ErrCorrupt, "word/document.xml"},
		{"truncated XML", parsetest.ZipOf(t, "word/document.xml", documentHead+"<w:p><w:r><w:t>半截"), parse.Options{}, parse.ErrCorrupt, "word/document.xml"},
		{"not WordprocessingML", parsetest.ZipOf(t, "word/document.xml", "<html><body>x</body></html>"), parse.Options{}, parse.ErrCorrupt, "<html>"},
		{"no XML at all", parsetest.ZipOf(t, "word/document.xml", ""), parse.Options{}, parse.ErrCorrupt, "word/document.xml"},
		{"nested too deeply", docxOf(t, deep), parse.Options{}, parse.ErrCorrupt, "too deeply"},
		{"zip bomb in the document", parsetest.BombOf(t, "word/document.xml", 4<<20), small, parse.ErrTooLarge, "limit"},
		{"zip bomb in the styles", parsetest.BombOf(t, "word/styles.xml", 4<<20, "word/document.xml", documentHead+documentTail), small, parse.ErrTooLarge, "limit"},
		{"budget spent over parts", docxOf(t, `<w:p><w:r><w:t>`+strings.Repeat("字", 200<<10)+`</w:t></w:r></w:p>`, "word/styles.xml", "<w:styles>"+strings.Repeat(" ", 600<<10)+"</w:styles>"), small, parse.ErrTooLarge, "limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parsetest.ReadDirect(context.Background(), docx.Read, parse.FormatDOCX, tt.data, tt.opt)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	t.Run("deeply nested tables are read", func(t *testing.T) {
		_, err := parsetest.ReadDirect(context.Background(), docx.Read, parse.FormatDOCX, docxOf(t, deepTables+`<w:p><w:r><w:t>后</w:t></w:r></w:p>`), parse.Options{})
		require.NoError(t, err)
	})
	t.Run("main part found through the package relationships", func(t *testing.T) {
		data := parsetest.ZipOf(t, "_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
			"word/document2.xml", documentHead+`<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr><w:r><w:t>二号文档</w:t></w:r></w:p>`+documentTail,
			"word/_rels/document2.xml.rels", `<Relationships><Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="st.xml"/></Relationships>`,
			"word/st.xml", `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="S"><w:name w:val="Heading 2"/></w:style></w:styles>`)
		doc, err := parsetest.ReadDirect(context.Background(), docx.Read, parse.FormatDOCX, data, parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, []parsetest.Para{{"二号文档", 2}}, parsetest.Paras(doc))
	})
	t.Run("empty body", func(t *testing.T) {
		_, err := parse.Parse(context.Background(), "e.docx", docxOf(t, `<w:p/><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>`), parse.Options{})
		assert.ErrorIs(t, err, parse.ErrEmpty)
	})
	t.Run("broken styles only cost headings", func(t *testing.T) {
		doc, err := parse.Parse(context.Background(), "s.docx", docxOf(t, `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr><w:r><w:t>自定义样式</w:t></w:r></w:p>`, "word/styles.xml", "<w:styles><w:style"), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, []parsetest.Para{{"标题", 1}, {"自定义样式", 0}}, parsetest.Paras(doc), "the style id still tells Heading1")
	})
	t.Run("lying zip member", func(t *testing.T) {
		_, err := parsetest.ReadDirect(context.Background(), docx.Read, parse.FormatDOCX, parsetest.LyingBombOf(t, "word/document.xml", 4<<20), small)
		require.Error(t, err)
		assert.True(t, errorsIsAny(err, parse.ErrCorrupt, parse.ErrTooLarge), err.Error())
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := parsetest.ReadDirect(ctx, docx.Read, parse.FormatDOCX, docxOf(t, strings.Repeat(`<w:p><w:r><w:t>字</w:t></w:r></w:p>`, 2000)), parse.Options{})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

func errorsIsAny(err error, targets ...error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

// TestDOCXTimeout: a huge document is cut off by Parse's timeout.
func TestDOCXTimeout(t *testing.T) {
	body := strings.Repeat(`<w:p><w:r><w:t>整改</w:t></w:r></w:p>`, 200000)
	_, err := parse.Parse(context.Background(), "big.docx", docxOf(t, body), parse.Options{Timeout: time.Millisecond})
	require.Error(t, err)
	assert.ErrorIs(t, err, parse.ErrTimeout)
}

// fuzzDOCXInput turns fuzz data into a DOCX: zip data is taken as it is,
// anything else becomes the document.xml of a minimal package, so the
// fuzzer reaches the XML reader instead of stopping at the zip layer.
func fuzzDOCXInput(t testing.TB, data []byte) []byte {
	if bytes.HasPrefix(data, []byte("PK")) {
		return data
	}
	return parsetest.ZipOf(t, "word/styles.xml", `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:basedOn w:val="H"/></w:style></w:styles>`, "word/document.xml", string(data))
}

func FuzzParseDOCX(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/cases/*/*.docx", "corpus/cases/*/minutes/*.docx", "docx/numbering/*.docx")
	for _, dir := range []string{"../../testdata/docx/features"} {
		f.Add(parsetest.ZipTree(f, dir))
		if x, err := os.ReadFile(filepath.Join(dir, "word", "document.xml")); err == nil {
			f.Add(x)
		}
	}
	f.Add([]byte(documentHead + `<w:p><w:r><w:t>问题</w:t></w:r><w:r><w:t>16</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/><w:gridSpan w:val="3"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>` + documentTail))
	f.Fuzz(func(t *testing.T, data []byte) {
		parsetest.FuzzRead(t, docx.Read, parse.FormatDOCX, fuzzDOCXInput(t, data))
	})
}

// BenchmarkParseDOCX parses the corpus DOCX files: reports, minutes and
// evidence.
func BenchmarkParseDOCX(b *testing.B) {
	for _, g := range []struct{ name, glob string }{
		{"reports", "corpus/cases/*/*.docx"},
		{"minutes", "corpus/cases/*/minutes/*.docx"},
		{"evidence", "corpus/cases/*/evidence/*.docx"},
	} {
		b.Run(g.name, func(b *testing.B) { parsetest.BenchFiles(b, g.glob, parse.Parse) })
	}
}
