package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleProblemsDone: more problems claimed done than the ledger shows done.
const RuleProblemsDone RuleID = "claim.problems-done"

func init() {
	register(50, problemsDone{ruleSpec{RuleProblemsDone, "已完成整改数多于台账", High, Needs{Report: true, Sheet: extract.SheetProblems}}})
}

// problemsDone: the number of problems the report calls done must not
// exceed the ledger's rows marked done (of the current round's sheet, see
// currentProblems); the rows not done are the evidence.
type problemsDone struct{ ruleSpec }

func (problemsDone) Check(_ context.Context, in *Input) ([]Finding, error) {
	c, ok := in.mainClaim(extract.KindProblems, extract.SubtypeDone)
	if !ok {
		return nil, nil
	}
	rows, _ := in.currentProblems()
	n := 0
	for _, p := range rows {
		if p.Status == extract.StatusDone {
			n++
		}
	}
	if !exceeds(c, float64(n)) {
		return nil, nil
	}
	ev := []Evidence{claimEvidence(c)}
	for _, p := range rows {
		if p.Status != extract.StatusDone {
			ev = append(ev, rowEvidence(p.Ref, "台账状态："+p.StatusText))
		}
	}
	return []Finding{{Item: string(extract.SubtypeDone), Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c), Evidence: ev,
		Message: fmt.Sprintf("整改报告称已完成整改%s个，台账显示仅%d个已完成", fmtNum(c.Value), n)}}, nil
}
