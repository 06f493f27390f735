package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleListCount: the stated number of problems is not the number listed.
const RuleListCount RuleID = "arith.list-count"

func init() {
	register(30, listCount{ruleSpec{RuleListCount, "问题总数与逐项所列不符", Medium, Needs{Report: true}}})
}

// listCount: the number of problems the report states must be the number it
// goes on to list (its 关于“…”问题的整改 items).
type listCount struct{ ruleSpec }

func (listCount) Check(_ context.Context, in *Input) ([]Finding, error) {
	t, ok := in.mainClaim(extract.KindProblems, extract.SubtypeTotal)
	if !ok || approx(t) != extract.Exact || len(in.Items) == 0 || float64(len(in.Items)) == t.Value {
		return nil, nil
	}
	last := in.Items[len(in.Items)-1]
	return []Finding{{Item: string(extract.KindProblems), Claimed: Num(t.Value), Observed: Count(len(in.Items)), Claim: claimPtr(t),
		Evidence: []Evidence{claimEvidence(t), in.reportEvidence(last.Pos, fmt.Sprintf("逐项列出的最后一个问题（共%d个）", len(in.Items)))},
		Message:  fmt.Sprintf("整改报告称反馈问题%s个，但逐项列出的问题只有%d个", fmtNum(t.Value), len(in.Items))}}, nil
}
