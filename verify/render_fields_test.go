package verify

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLedgerRowQuotedByItsHeader: a ledger row a finding quotes is named by
// the header the ledger reading found — below the title and 填报 rows —, not
// by the first row the file holds (session 15: the 填报 row's cells named the
// quoted row's columns).
func TestLedgerRowQuotedByItsHeader(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"report.txt": "中共某镇委员会关于巡察反馈意见整改情况的报告\n\n巡察反馈问题3个，已全部完成整改。\n",
		"ledger.csv": "填报单位：某镇党委（盖章）,,,,填报日期：2024年10月9日\n" +
			"序号,问题描述,责任单位,整改时限,整改进展\n" +
			"1,理论学习不深入,党政办,2024年9月底,已完成\n" +
			"2,发展党员程序不规范,组织办,2024年8月,整改中\n" +
			"3,公务接待不规范,财政所,2024年7月31日,已完成\n",
	})
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	res, err := Check(context.Background(), c, Options{})
	require.NoError(t, err)
	var text bytes.Buffer
	require.NoError(t, res.WriteText(&text, TextOptions{}))
	assert.Contains(t, text.String(), "序号：2｜问题描述：发展党员程序不规范｜责任单位：组织办")
	assert.NotContains(t, text.String(), "填报单位：某镇党委（盖章）：")
}
