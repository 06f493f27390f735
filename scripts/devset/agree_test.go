package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAgreementCompare(t *testing.T) {
	body := "巡察反馈问题20个，已整改18个。其中党的建设方面8个问题已整改7个。追缴资金12万元。"
	first := Text{URL: "written:x/1", file: "x.jsonl:1", Figures: []Figure{
		{Kind: "problems", Subtype: "total", Value: 20, Cue: "问题20个"},
		{Kind: "problems", Subtype: "done", Value: 18, Cue: "整改18个"},
		{Kind: "problems", Subtype: "total", Value: 8, Cue: "面8个"},
		{Kind: "problems", Subtype: "done", Value: 7, Cue: "整改7个"},
		{Kind: "money", Subtype: "recovered", Value: 120000, Cue: "12万元"},
	}}
	tests := []struct {
		name                                   string
		second                                 []Figure
		matched, secondOwn                     int
		ownOther, subtype, kind, notAnnot, sec int
	}{
		{
			name:    "the same reading agrees everywhere",
			second:  first.Figures,
			matched: 5, secondOwn: 5,
		},
		{
			name: "parts read as other, money as another subtype, one figure left out, one more own",
			second: []Figure{
				{Kind: "problems", Subtype: "total", Value: 20, Cue: "问题20个"},
				{Kind: "other", Subtype: "", Value: 8, Cue: "面8个"},
				{Kind: "other", Subtype: "", Value: 7, Cue: "整改7个"},
				{Kind: "money", Subtype: "other", Value: 120000, Cue: "12万元"},
				{Kind: "problems", Subtype: "in_progress", Value: 2, Cue: "18个"},
			},
			matched: 1, secondOwn: 3,
			ownOther: 2, subtype: 1, notAnnot: 1, sec: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a agreement
			var out bytes.Buffer
			a.compare(first, Text{URL: first.URL, Figures: tt.second}, body, true, &out)
			assert.Equal(t, 5, a.firstOwn)
			assert.Equal(t, tt.matched, a.matched)
			assert.Equal(t, tt.secondOwn, a.secondOwn)
			assert.Equal(t, tt.ownOther, a.disagreeOwnOther, "own in the first, other in the second")
			assert.Equal(t, tt.subtype, a.disagreeSubtype)
			assert.Equal(t, tt.kind, a.disagreeKind)
			assert.Equal(t, tt.notAnnot, a.onlyFirst-a.disagreeOwnOther-a.disagreeSubtype-a.disagreeKind)
			assert.Equal(t, tt.sec, a.onlySec)
		})
	}
}

func TestSentenceOf(t *testing.T) {
	body := "第一句有3个。第二句有问题5个，已整改4个；第三句"
	assert.Equal(t, "第二句有问题5个，已整改4个", sentenceOf(body, "整改4个"))
	assert.Equal(t, "第三句", sentenceOf(body, "三句"))
	assert.Equal(t, "", sentenceOf(body, "没有"))
	assert.Equal(t, "", sentenceOf(body, ""))
}
