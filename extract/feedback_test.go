package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestFeedbackDate: every sample report states the feedback date its
// case.json has.
func TestFeedbackDate(t *testing.T) {
	for _, dir := range caseDirs(t) {
		raw, err := os.ReadFile(filepath.Join(dir, "case.json"))
		require.NoError(t, err)
		var ci caseInfo
		require.NoError(t, json.Unmarshal(raw, &ci))
		d, ok := FeedbackDate(readCaseReport(t, dir))
		require.True(t, ok, dir)
		assert.Equal(t, ci.FeedbackDate, d.Format("2006-01-02"), dir)
	}
	for text, want := range map[string]string{
		"2021年4月，县委第二巡察组对云山镇党委开展了巡察，5月20日反馈了巡察意见。": "2021-05-20",
		"县委巡察组于二〇二〇年七月十五日反馈了巡察意见。":                 "2020-07-15",
		"2020年6月1日至6月30日巡察，2020-07-15反馈了巡察意见。":     "2020-07-15",
		"2019年进驻，2020年3月2日进驻后，7月9日反馈了巡察意见。":        "2020-07-09",
	} {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n"+text), parse.Options{})
		require.NoError(t, err)
		d, ok := FeedbackDate(doc)
		require.True(t, ok, text)
		assert.Equal(t, want, d.Format("2006-01-02"), text)
	}
}
