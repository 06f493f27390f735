package verify

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// TestAsOfFromReport: a case without case.json is checked as of the
// report's date, not today, and its unit is read from the report's title;
// both are marked as inferred in the result and in every rendering.
func TestAsOfFromReport(t *testing.T) {
	dir := copyCase(t, "01-dongchuan-nonglin", "case.json")
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	today := func() time.Time { return time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC) }
	res, err := Check(context.Background(), c, Options{Now: today})
	require.NoError(t, err)
	assert.Equal(t, "2017-02-20", res.Case.AsOf)
	require.NotNil(t, res.AsOfInferred)
	assert.Equal(t, AsOfFromReport, res.AsOfInferred.From)
	assert.Equal(t, "中共东川省农林厅党组", res.Case.Unit)
	assert.True(t, res.UnitFromReport)

	var text bytes.Buffer
	require.NoError(t, res.WriteText(&text, TextOptions{}))
	assert.Contains(t, text.String(), "2017-02-20（据报告日期推定）")
	page, _ := renderHTML(t, res)
	assert.Contains(t, page, "2017-02-20（据报告日期推定）")
	assert.Contains(t, page, "中共东川省农林厅党组"+unitFromTitleMark)

	// Given, it is not inferred.
	res, err = Check(context.Background(), c, Options{AsOf: "2017-06-30", Now: today})
	require.NoError(t, err)
	assert.Equal(t, "2017-06-30", res.Case.AsOf)
	assert.Nil(t, res.AsOfInferred)
}

// TestInferAsOf: the report's date; else the feedback date plus the
// period the report states, else plus DefaultRectifyMonths; else today.
func TestInferAsOf(t *testing.T) {
	today := func() time.Time { return time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC) }
	tests := []struct {
		info  Info
		text  string
		want  string
		basis AsOfBasis
		says  string
	}{
		{Info{ReportDate: "2020-09-14", FeedbackDate: "2020-07-15"}, "集中整改期为3个月。", "2020-09-14", AsOfBasis{From: AsOfFromReport}, "据报告日期推定"},
		{Info{FeedbackDate: "2020-07-15"}, "集中整改期为3个月。", "2020-10-15",
			AsOfBasis{From: AsOfFromFeedback, Period: &extract.Period{Months: 3}, Stated: true}, "据反馈日期加报告所述整改期 3 个月推定"},
		{Info{FeedbackDate: "2020-07-15"}, "整改时限为90天。", "2020-10-13",
			AsOfBasis{From: AsOfFromFeedback, Period: &extract.Period{Days: 90}, Stated: true}, "据反馈日期加报告所述整改期 90 天推定"},
		{Info{FeedbackDate: "2020-07-15"}, "整改期间召开会议3次。", "2020-09-15",
			AsOfBasis{From: AsOfFromFeedback, Period: &extract.Period{Months: DefaultRectifyMonths}}, "据反馈日期加 2 个月推定（报告未写明整改期）"},
		{Info{}, "集中整改期为3个月。", "2026-12-06", AsOfBasis{From: AsOfFromToday}, "报告日期和反馈日期均不详，取核查当天"},
	}
	for _, tt := range tests {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n"+tt.text), parse.Options{})
		require.NoError(t, err)
		got, basis := inferAsOf(tt.info, doc, today)
		assert.Equal(t, tt.want, got, tt.text)
		assert.Equal(t, tt.basis, basis, tt.text)
		assert.Equal(t, tt.says, basis.Describe(), tt.text)
	}
}
