package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleClues: more clues claimed handled than the clue sheet shows closed.
const RuleClues RuleID = "claim.clues"

func init() {
	register(100, clues{ruleSpec{RuleClues, "线索办结数多于台账", High, Needs{Report: true, Sheet: extract.SheetClues}}})
}

// clues: the claimed clues handled must not exceed the clues disposed of in
// the clue sheet; the open clues are the evidence.
type clues struct{ ruleSpec }

func (clues) Check(_ context.Context, in *Input) ([]Finding, error) {
	c, ok := in.mainClaim(extract.KindClues, extract.SubtypeHandled)
	if !ok {
		return nil, nil
	}
	n := 0
	var open []Evidence
	for _, cl := range in.Ledger.Clues {
		if cl.Status == extract.StatusDone {
			n++
		} else {
			open = append(open, rowEvidence(cl.Ref, "未办结："+cl.StatusText))
		}
	}
	if !exceeds(c, float64(n)) {
		return nil, nil
	}
	return []Finding{{Item: string(extract.SubtypeHandled), Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c),
		Evidence: append([]Evidence{claimEvidence(c)}, open...),
		Message:  fmt.Sprintf("整改报告称已办结问题线索%s件，线索台账显示已办结%d件", fmtNum(c.Value), n)}}, nil
}
