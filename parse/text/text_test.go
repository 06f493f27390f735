package text_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/text"
)

const sampleReport = "中共某局党组关于巡察反馈意见整改情况的报告\n\n县委巡察工作领导小组：\n　　巡察反馈的１２个问题中，9个已完成整改，3个正在整改。\n　　一、整改工作开展情况\n　　召开党组会议2次。\n"

func TestTextEncodings(t *testing.T) {
	for _, enc := range []string{"utf-8", "utf-8-bom", "gbk", "gb18030", "utf-16le-bom", "utf-16be-bom", "utf-16le"} {
		t.Run(enc, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "report.txt", parsetest.Encode(t, sampleReport, enc), parse.Options{})
			require.NoError(t, err)
			require.Len(t, doc.Pages, 1)
			assert.Equal(t, "中共某局党组关于巡察反馈意见整改情况的报告\n县委巡察工作领导小组：\n巡察反馈的12个问题中，9个已完成整改，3个正在整改。\n一、整改工作开展情况\n召开党组会议2次。", doc.Pages[0].Text)
			assert.Equal(t, parse.KindReport, doc.Kind)
			assert.Equal(t, "中共某局党组关于巡察反馈意见整改情况的报告", doc.Title)
			require.Len(t, doc.Paragraphs, 5)
			assert.Equal(t, 1, doc.Paragraphs[0].Level)
			assert.Equal(t, 2, doc.Paragraphs[3].Level)
			parsetest.CheckOffsets(t, doc)
		})
	}
}

func TestTextHardWrapped(t *testing.T) {
	// A text file wrapped at 20 characters: wrapped lines join, sentences end paragraphs.
	in := "关于整改情况的报告\n\n　　巡察反馈后，局党组成立了巡察整\n改工作领导小组，先后召开巡察整改工\n作会议4次，逐项对账、跟踪督办。\n　　二是完善制度，新建制度12项，修\n订制度3项。\n"
	doc, err := parse.Parse(context.Background(), "a.txt", []byte(in), parse.Options{})
	require.NoError(t, err)
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{"关于整改情况的报告", "巡察反馈后，局党组成立了巡察整改工作领导小组，先后召开巡察整改工作会议4次，逐项对账、跟踪督办。", "二是完善制度，新建制度12项，修订制度3项。"}, texts)
}

func TestMarkdown(t *testing.T) {
	in := "# 整改情况的报告\n\n巡察反馈**12个**问题，见[附表](a.html)。\n\n## 一、总体情况\n\n| 类别 | 数量 |\n|---|---|\n| 新建制度 | 12项 |\n"
	doc, err := parse.Parse(context.Background(), "r.md", []byte(in), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, parse.FormatMarkdown, doc.Format)
	assert.Equal(t, "整改情况的报告\n巡察反馈12个问题，见附表。\n一、总体情况\n类别\t数量\n新建制度\t12项", doc.Pages[0].Text)
	require.Len(t, doc.Tables, 1)
	assert.Equal(t, "12项", doc.Tables[0].Rows[0].Cells[1].Text)
	assert.Equal(t, 2, doc.Paragraphs[2].Level)
	parsetest.CheckOffsets(t, doc)
}

func FuzzParseText(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/reports/*.txt", "corpus/cases/*/report.txt", "corpus/cases/*/minutes/*.txt")
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, text.Read, parse.FormatText, data) })
}

func FuzzParseMarkdown(f *testing.F) {
	f.Add([]byte("# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n正文**12个**"))
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, text.Read, parse.FormatMarkdown, data) })
}

// BenchmarkParseText: the plain-text reports of the corpus.
func BenchmarkParseText(b *testing.B) {
	parsetest.BenchFiles(b, "corpus/reports/*.txt", parse.Parse)
}
