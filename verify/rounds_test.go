package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhenggai/zhenggai/extract"
)

// TestCurrentProblems: of a ledger that keeps its problems in several
// sheets, the counts are of the current round's — the latest year's, or
// those not named as an earlier round.
func TestCurrentProblems(t *testing.T) {
	rows := func(sheets ...string) []extract.LedgerProblem {
		var ps []extract.LedgerProblem
		for i, s := range sheets {
			ps = append(ps, extract.LedgerProblem{No: string(rune('1' + i)), Ref: ref(s, i+3, "")})
		}
		return ps
	}
	tests := []struct {
		name   string
		sheets []string
		want   int
		sheet  string
	}{
		{"one sheet", []string{"问题台账", "问题台账", "问题台账"}, 3, ""},
		{"sheets by year: the latest", []string{"2023年度", "2023年度", "2022年度"}, 2, "2023年度"},
		{"an earlier round named", []string{"上轮问题（已销号）", "本轮问题", "本轮问题"}, 2, "本轮问题"},
		{"first round and second", []string{"第一轮", "第二轮", "第二轮", "第二轮"}, 3, "第二轮"},
		{"sheets that name no round: all", []string{"明细", "明细", "补充"}, 3, ""},
		{"a year on one sheet only: all", []string{"2023年问题", "补充问题"}, 2, ""},
		{"one year on both: all", []string{"2023年党建", "2023年业务"}, 2, ""},
		// Years of deadlines split one round (review of session 11).
		{"sheets by deadline year: all", []string{"2023年底前完成整改问题", "2024年底前完成整改问题", "2024年底前完成整改问题"}, 3, ""},
		{"sheets by round year: the latest", []string{"2023年巡察反馈问题", "2024年巡察反馈问题", "2024年巡察反馈问题"}, 2, "2024年巡察反馈问题"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := withLedger(input(report("")), extract.Ledger{Problems: rows(tt.sheets...)})
			got, sheet := in.currentProblems()
			assert.Len(t, got, tt.want)
			assert.Equal(t, tt.sheet, sheet)
		})
	}
}
