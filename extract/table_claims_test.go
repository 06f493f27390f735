package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestTableClaimsByHeader: a table's cells are counted as what its headers
// name, when one does; the text before the table says it only when no
// header does.
func TestTableClaimsByHeader(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []string
	}{
		{"headers name problems, text before names meetings",
			`<p>整改期间召开党组会议4次、专题民主生活会1次。</p><table>
<tr><td>方面</td><td>反馈问题（个）</td><td>已完成（个）</td><td>正在推进（个）</td></tr>
<tr><td>合计</td><td>9</td><td>7</td><td>2</td></tr></table>`,
			[]string{"problems/total=9", "problems/done=7", "problems/in_progress=2"}},
		{"headers name no kind: the text before says",
			`<p>整改期间召开的会议如下表。</p><table>
<tr><td>类别</td><td>数量</td></tr>
<tr><td>党组会议</td><td>4</td></tr></table>`,
			[]string{"meetings/party_committee=4"}},
		// A column whose header names problems and an amount holds
		// amounts (cases-bw's probe: 问题金额 read as 46.07 problems).
		{"an amount's header naming problems",
			`<table>
<tr><td>问题类别</td><td>问题金额（万元）</td><td>已整改金额（万元）</td><td>问题数（个）</td><td>已整改（个）</td></tr>
<tr><td>合计</td><td>46.07</td><td>39.87</td><td>11</td><td>9</td></tr></table>`,
			[]string{"money/other=460700", "money/other=398700", "problems/total=11", "problems/done=9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "r.html", []byte("<html><body>"+tt.html+"</body></html>"), parse.Options{})
			require.NoError(t, err)
			cs := Claims(doc)
			all := brief(cs)
			var table []string
			for i, c := range cs {
				if c.InTable {
					table = append(table, all[i])
				}
			}
			assert.Equal(t, tt.want, table)
		})
	}
}
