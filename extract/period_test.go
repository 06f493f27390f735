package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestRectifyPeriod: the period a report states, in its usual phrasings, in
// months or days; none when the text only speaks of 整改期间 or of a date.
func TestRectifyPeriod(t *testing.T) {
	tests := []struct {
		text string
		want Period
		ok   bool
	}{
		{"局党组明确集中整改期为3个月，逐项销号。", Period{Months: 3}, true},
		{"按照要求，用两个月时间集中整改，确保见底。", Period{Months: 2}, true},
		{"对反馈问题，整改时限为90天。", Period{Days: 90}, true},
		{"全部问题在六个月内完成整改。", Period{Months: 6}, true},
		{"整改期限两个多月，现已基本完成。", Period{Months: 2}, true},
		{"整改期间，召开推进会3次。", Period{}, false},
		{"整改时限为2021年6月30日。", Period{}, false},
		{"整改期为999个月。", Period{}, false},
	}
	for _, tt := range tests {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n"+tt.text), parse.Options{})
		require.NoError(t, err)
		got, ok := RectifyPeriod(doc)
		assert.Equal(t, tt.ok, ok, tt.text)
		assert.Equal(t, tt.want, got, tt.text)
	}
}
