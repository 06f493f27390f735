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
		// An audit's findings fed back as the report does (cases-cb 11,
		// cases-cc 06): its object further in the clause, or the audit's
		// report issued or served.
		"2024年7月3日，县审计局向我局反馈了2023年度预算执行和其他财政收支审计发现的问题。":                    "2024-07-03",
		"2025年1月20日，县审计局出具了《关于县交通运输局2023年度预算执行情况的审计报告》，指出问题9个。":            "2025-01-20",
		"2024年6月5日，市审计局向我单位送达了审计报告。":                                       "2024-06-05",
		"2024年5月8日印发审计报告，反馈审计发现问题9个。":                                      "2024-05-08",
		"2024年8月9日，各责任股室按要求报送整改台账，对需要协调的事项及时反馈相关问题。县委巡察组2024年6月3日反馈巡察意见。":  "2024-06-03",
		"2024年9月10日，局党组印发了《关于落实县审计局审计报告反映问题的整改方案》。2024年8月20日，县审计局出具了审计报告。": "2024-08-20",
		// Second review of session 19 (rev19b): an object that names the
		// rectification, a unit audited in its own words.
		"2024年6月5日，县委第二巡察组向我局反馈了巡察整改工作中发现的问题。":        "2024-06-05",
		"2024年9月2日，县审计局在我局开展专项审计后出具了审计报告。":            "2024-09-02",
		"2024年7月8日，县审计局出具了《关于县农业农村局审计查出问题整改情况的审计报告》。": "2024-07-08",
	} {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n"+text), parse.Options{})
		require.NoError(t, err)
		d, ok := FeedbackDate(doc)
		require.True(t, ok, text)
		assert.Equal(t, want, d.Format("2006-01-02"), text)
	}
	// Guards: what was fed back, worked on at a date, is no feedback; nor
	// is the unit's own plan issued.
	for _, text := range []string{
		"2024年3月12日，局党组专题研究巡察反馈的问题整改工作。",
		"2024年8月2日，局党组印发《审计整改工作方案》。",
		// Review of session 19: the unit's own 反馈 and its own documents
		// named after the audit's report.
		"2024年5月6日，我局召开整改推进会，督促各股室及时反馈整改中遇到的问题。",
		"2024年7月1日，我局向县委巡察办反馈整改进展并提出下一步工作意见。",
		"2024年6月12日，县委巡察组进驻后，我局即时反馈了群众关心的热点问题。",
		"2024年4月18日，我局下发《审计报告问题整改任务分解表》。",
		"2024年7月1日，局党组向县委巡察办反馈了工作进展和存在问题。",
	} {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte("关于整改情况的报告\n"+text), parse.Options{})
		require.NoError(t, err)
		_, ok := FeedbackDate(doc)
		assert.False(t, ok, text)
	}
}
