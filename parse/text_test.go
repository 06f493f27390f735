package parse

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sampleReport = "中共某局党组关于巡察反馈意见整改情况的报告\n\n县委巡察工作领导小组：\n　　巡察反馈的１２个问题中，9个已完成整改，3个正在整改。\n　　一、整改工作开展情况\n　　召开党组会议2次。\n"

func encode(t *testing.T, s string, enc string) []byte {
	switch enc {
	case "utf-8":
		return []byte(s)
	case "utf-8-bom":
		return append([]byte{0xEF, 0xBB, 0xBF}, s...)
	case "gbk":
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "gb18030":
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16le-bom":
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16be-bom":
		b, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16le":
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	}
	t.Fatalf("unknown encoding %s", enc)
	return nil
}

func TestTextEncodings(t *testing.T) {
	for _, enc := range []string{"utf-8", "utf-8-bom", "gbk", "gb18030", "utf-16le-bom", "utf-16be-bom", "utf-16le"} {
		t.Run(enc, func(t *testing.T) {
			doc, err := Parse(context.Background(), "report.txt", encode(t, sampleReport, enc), Options{})
			require.NoError(t, err)
			require.Len(t, doc.Pages, 1)
			assert.Equal(t, "中共某局党组关于巡察反馈意见整改情况的报告\n县委巡察工作领导小组：\n巡察反馈的12个问题中，9个已完成整改，3个正在整改。\n一、整改工作开展情况\n召开党组会议2次。", doc.Pages[0].Text)
			assert.Equal(t, KindReport, doc.Kind)
			assert.Equal(t, "中共某局党组关于巡察反馈意见整改情况的报告", doc.Title)
			require.Len(t, doc.Paragraphs, 5)
			assert.Equal(t, 1, doc.Paragraphs[0].Level)
			assert.Equal(t, 2, doc.Paragraphs[3].Level)
			checkOffsets(t, doc)
		})
	}
}

func TestTextHardWrapped(t *testing.T) {
	// A text file wrapped at 20 characters: wrapped lines join, sentences end paragraphs.
	in := "关于整改情况的报告\n\n　　巡察反馈后，局党组成立了巡察整\n改工作领导小组，先后召开巡察整改工\n作会议4次，逐项对账、跟踪督办。\n　　二是完善制度，新建制度12项，修\n订制度3项。\n"
	doc, err := Parse(context.Background(), "a.txt", []byte(in), Options{})
	require.NoError(t, err)
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{"关于整改情况的报告", "巡察反馈后，局党组成立了巡察整改工作领导小组，先后召开巡察整改工作会议4次，逐项对账、跟踪督办。", "二是完善制度，新建制度12项，修订制度3项。"}, texts)
}

func TestMarkdown(t *testing.T) {
	in := "# 整改情况的报告\n\n巡察反馈**12个**问题，见[附表](a.html)。\n\n## 一、总体情况\n\n| 类别 | 数量 |\n|---|---|\n| 新建制度 | 12项 |\n"
	doc, err := Parse(context.Background(), "r.md", []byte(in), Options{})
	require.NoError(t, err)
	assert.Equal(t, FormatMarkdown, doc.Format)
	assert.Equal(t, "整改情况的报告\n巡察反馈12个问题，见附表。\n一、总体情况\n类别\t数量\n新建制度\t12项", doc.Pages[0].Text)
	require.Len(t, doc.Tables, 1)
	assert.Equal(t, "12项", doc.Tables[0].Rows[0].Cells[1].Text)
	assert.Equal(t, 2, doc.Paragraphs[2].Level)
	checkOffsets(t, doc)
}

func TestCSVGBKAndDelimiters(t *testing.T) {
	in := "台账\n序号,问题,整改时限,整改状态\n1,\"问题一，含逗号\",2020/9/30,已完成\n\n2,问题二,2020年12月31日,推进中\n"
	for _, tc := range []struct{ enc, sep string }{{"utf-8", ","}, {"gbk", ","}, {"utf-8", "\t"}, {"utf-16le-bom", ";"}} {
		t.Run(tc.enc+tc.sep, func(t *testing.T) {
			s := in
			if tc.sep != "," {
				s = replaceUnquoted(in, ",", tc.sep)
			}
			doc, err := Parse(context.Background(), "ledger.csv", encode(t, s, tc.enc), Options{})
			require.NoError(t, err)
			require.Len(t, doc.Tables, 1)
			tb := doc.Tables[0]
			assert.Equal(t, KindLedger, doc.Kind)
			assert.Equal(t, "台账", tb.Title)
			assert.Equal(t, 2, tb.HeaderRow)
			require.Len(t, tb.Rows, 2)
			assert.Equal(t, 3, tb.Rows[0].Number)
			assert.Equal(t, 5, tb.Rows[1].Number, "line numbers count the blank line")
			assert.Equal(t, "问题一，含逗号", tb.Rows[0].Cell(1))
			assert.Equal(t, "2020-09-30", tb.Rows[0].Cells[2].Date)
			assert.Equal(t, "2020-12-31", tb.Rows[1].Cells[2].Date)
			checkOffsets(t, doc)
		})
	}
}

// replaceUnquoted swaps the separator outside double quotes.
func replaceUnquoted(s, old, new string) string {
	out := []rune{}
	in := false
	for _, r := range s {
		if r == '"' {
			in = !in
		}
		if !in && string(r) == old {
			out = append(out, []rune(new)...)
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, "corpus/reports/*.txt", "corpus/cases/*/report.txt", "corpus/cases/*/minutes/*.txt")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readText, FormatText, data) })
}

func FuzzParseMarkdown(f *testing.F) {
	f.Add([]byte("# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n正文**12个**"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readText, FormatMarkdown, data) })
}

func FuzzParseCSV(f *testing.F) {
	addSeeds(f, "corpus/cases/*/ledger.csv")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readCSV, FormatCSV, data) })
}

func TestHasFieldSepAgreesWithRegexp(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "a  b", "a\tb", "甲\u3000乙", "甲\u3000\u3000乙", "甲 \u3000乙", "甲\u3000 乙",
		"问题  整改", "一、总体情况", "序号\t问题\t状态", "  ", "\u3000", "a \u3000", "x\t"} {
		assert.Equal(t, reFieldSep.MatchString(s), hasFieldSep(s), "%q", s)
	}
}
