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
	doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n2021年4月，县委第二巡察组对云山镇党委开展了巡察，5月20日反馈了巡察意见。"), parse.Options{})
	require.NoError(t, err)
	d, ok := FeedbackDate(doc)
	require.True(t, ok)
	assert.Equal(t, "2021-05-20", d.Format("2006-01-02"))
}
