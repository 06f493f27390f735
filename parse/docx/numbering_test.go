package docx_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

const numberingHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`

// lvl writes a numbering level.
func lvl(ilvl, start, format, text string, extra ...string) string {
	return `<w:lvl w:ilvl="` + ilvl + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format + `"/>` + strings.Join(extra, "") +
		`<w:lvlText w:val="` + text + `"/><w:lvlJc w:val="left"/></w:lvl>`
}

// reportLevels is the usual numbering of a report: 一、（一）1.（1）.
var reportLevels = lvl("0", "1", "chineseCounting", "%1、", `<w:suff w:val="nothing"/>`) +
	lvl("1", "1", "chineseCountingThousand", "（%2）") +
	lvl("2", "1", "decimal", "%3.") +
	lvl("3", "1", "decimal", "（%4）")

// numbered writes a paragraph with the numbering numID at level ilvl.
func numbered(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func plain(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

func docxWithNumbering(t testing.TB, body, numbering, styles string) []byte {
	members := []string{"word/numbering.xml", numberingHead + numbering + `</w:numbering>`}
	if styles != "" {
		members = append(members, "word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+styles+`</w:styles>`)
	}
	return docxOf(t, body, members...)
}

func TestDOCXNumbering(t *testing.T) {
	tests := []struct {
		name      string
		numbering string
		styles    string
		body      string
		want      []string
	}{
		{
			name:      "report levels 一、（一）1.（1）, lower levels restart under a higher one",
			numbering: `<w:abstractNum w:abstractNumId="0">` + reportLevels + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body: numbered("1", "0", "总体情况") + numbered("1", "1", "组织领导") + numbered("1", "1", "压实责任") +
				numbered("1", "0", "问题整改情况") + numbered("1", "1", "关于学习问题的整改") + numbered("1", "2", "制定方案") +
				numbered("1", "3", "细化清单") + numbered("1", "3", "建立台账") + numbered("1", "2", "专项检查") + numbered("1", "3", "再细化") +
				plain("没有编号的段落") + numbered("1", "1", "关于制度问题的整改"),
			want: []string{"一、总体情况", "（一）组织领导", "（二）压实责任", "二、问题整改情况", "（一）关于学习问题的整改", "1.制定方案",
				"（1）细化清单", "（2）建立台账", "2.专项检查", "（1）再细化", "没有编号的段落", "（二）关于制度问题的整改"},
		},
		{
			name: "start values, two-digit and hundreds in Chinese, circled and traditional formats",
			numbering: `<w:abstractNum w:abstractNumId="3">` + lvl("0", "9", "chineseCounting", "%1、") + lvl("1", "1", "decimalEnclosedCircle", "%2") +
				lvl("2", "1", "ideographTraditional", "%3.") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="4">` + lvl("0", "99", "chineseCountingThousand", "第%1条") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="5">` + lvl("0", "20", "japaneseCounting", "%1是") + `</w:abstractNum>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>`,
			body: numbered("3", "0", "九") + numbered("3", "0", "十") + numbered("3", "0", "十一") + numbered("3", "1", "圈一") + numbered("3", "1", "圈二") +
				numbered("3", "2", "甲项") + numbered("3", "2", "乙项") + numbered("4", "0", "条") + numbered("4", "0", "条") + numbered("4", "0", "条") +
				numbered("5", "0", "二十") + numbered("5", "0", "二十一"),
			want: []string{"九、九", "十、十", "十一、十一", "①圈一", "②圈二", "甲.甲项", "乙.乙项", "第九十九条条", "第一百条条", "第一百零一条条", "二十是二十", "二十一是二十一"},
		},
		{
			name: "instances of one abstract numbering continue it; a start override restarts it",
			numbering: `<w:abstractNum w:abstractNumId="0">` + reportLevels + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
				`<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:lvl w:ilvl="2"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3、"/></w:lvl></w:lvlOverride></w:num>`,
			body: numbered("1", "0", "甲") + numbered("1", "0", "乙") + numbered("2", "0", "丙") + numbered("3", "0", "重新") + numbered("3", "0", "接着") +
				numbered("4", "2", "覆盖级别") + numbered("4", "2", "再一项"),
			want: []string{"一、甲", "二、乙", "三、丙", "一、重新", "二、接着", "5、覆盖级别", "6、再一项"},
		},
		{
			name: "numbering from the paragraph style; numId 0 removes it; bullets and unknown numbers give no label",
			numbering: `<w:abstractNum w:abstractNumId="0">` + reportLevels + `</w:abstractNum><w:abstractNum w:abstractNumId="1">` + lvl("0", "1", "bullet", "\uF06C") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
			styles: `<w:style w:type="paragraph" w:styleId="Sec"><w:name w:val="sec"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="sub"/><w:basedOn w:val="Sec"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
			body: `<w:p><w:pPr><w:pStyle w:val="Sec"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>继承样式</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Sec"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>取消编号</w:t></w:r></w:p>` +
				numbered("2", "0", "项目符号") + numbered("9", "0", "未定义编号") + numbered("1", "7", "未定义级别"),
			want: []string{"一、样式编号", "（一）继承样式", "取消编号", "项目符号", "未定义编号", "未定义级别"},
		},
		{
			name:      "lvlRestart 0: a level that never restarts",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "chineseCounting", "%1、") + lvl("1", "1", "decimal", "%2.", `<w:lvlRestart w:val="0"/>`) + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body:      numbered("1", "0", "甲") + numbered("1", "1", "一项") + numbered("1", "0", "乙") + numbered("1", "1", "二项"),
			want:      []string{"一、甲", "1.一项", "二、乙", "2.二项"},
		},
		{
			name:      "multi-level text %1.%2 and legal numbering",
			numbering: `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "chineseCounting", "%1、") + lvl("1", "1", "decimal", "%1.%2", `<w:isLgl/>`) + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
			body:      numbered("1", "0", "甲") + numbered("1", "1", "分项") + numbered("1", "1", "分项"),
			want:      []string{"一、甲", "1.1分项", "1.2分项"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "x.docx", docxWithNumbering(t, tt.body, tt.numbering, tt.styles), parse.Options{})
			require.NoError(t, err)
			var got []string
			for _, p := range parsetest.Paras(doc) {
				got = append(got, p.Text)
			}
			assert.Equal(t, tt.want, got)
			parsetest.CheckOffsets(t, doc)
		})
	}
}

// TestDOCXNumberingBroken: a numbering part that is not XML costs the
// numbers, not the text.
func TestDOCXNumberingBroken(t *testing.T) {
	doc, err := parse.Parse(context.Background(), "x.docx", docxWithNumbering(t, numbered("1", "0", "正文"), `<w:abstractNum`, ""), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, []parsetest.Para{{"正文", 0}}, parsetest.Paras(doc))
}

// TestDOCXNumberingLibreOffice reads a list numbered 一、（一）1.（1）
// that LibreOffice wrote (testdata/docx/numbering/numbered-lo.docx, converted
// from numbered-lo.fodt beside it with soffice --convert-to docx).
func TestDOCXNumberingLibreOffice(t *testing.T) {
	data, err := os.ReadFile("../../testdata/docx/numbering/numbered-lo.docx")
	require.NoError(t, err)
	doc, err := parse.Parse(context.Background(), "numbered-lo.docx", data, parse.Options{})
	require.NoError(t, err)
	var got []string
	for _, p := range parsetest.Paras(doc) {
		got = append(got, p.Text)
	}
	assert.Equal(t, []string{"某单位关于巡察反馈意见整改情况的报告", "一、总体情况", "二、反馈问题整改情况",
		"（一）关于“三重一大”决策制度执行不到位问题的整改情况", "1.修订议事规则", "（1）细化清单", "（2）建立台账", "2.开展专项检查",
		"（二）关于干部选拔任用程序不规范问题的整改情况", "1.规范任前公示", "三、下一步工作打算"}, got)
}

// TestDOCXNumberedItems: the items of a report numbered by Word are found
// by their numbers, as if typed.
func TestDOCXNumberedItems(t *testing.T) {
	numbering := `<w:abstractNum w:abstractNumId="0">` + reportLevels + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	body := plain("某局党组关于巡察整改情况的报告") + numbered("1", "0", "整改工作开展情况") + plain("党组高度重视，召开会议研究部署。") +
		numbered("1", "0", "反馈问题整改情况") +
		numbered("1", "1", "关于“学习贯彻不深入”问题的整改情况") + plain("整改情况：已完成。制定学习计划，开展专题学习。") +
		numbered("1", "1", "关于“制度执行不严格”问题的整改情况") + plain("整改情况：正在整改。修订制度三项。") +
		numbered("1", "0", "下一步工作打算")
	doc, err := parse.Parse(context.Background(), "x.docx", docxWithNumbering(t, body, numbering, ""), parse.Options{})
	require.NoError(t, err)
	items := extract.ReadItems(doc)
	require.Len(t, items, 2)
	assert.Equal(t, "（一）", items[0].Number)
	assert.Contains(t, items[0].Title, "学习贯彻不深入")
	assert.Equal(t, "（二）", items[1].Number)
	assert.Contains(t, items[1].Title, "制度执行不严格")
}

// TestDOCXNumberingHostile: start values that would make huge labels are
// written in decimal.
func TestDOCXNumberingHostile(t *testing.T) {
	numbering := `<w:abstractNum w:abstractNumId="0">` + lvl("0", "4611686018427387904", "lowerLetter", "%1)") +
		lvl("1", "9223372036854775807", "chineseCounting", "%2、") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	doc, err := parse.Parse(context.Background(), "x.docx", docxWithNumbering(t, numbered("1", "0", "甲")+numbered("1", "1", "乙")+numbered("1", "1", "丙"), numbering, ""), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, []parsetest.Para{{"4611686018427387904)甲", 0}, {"9223372036854775807、乙", 0}, {"-9223372036854775808、丙", 0}}, parsetest.Paras(doc))
}
