package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleProblemsTotal: the claimed number of problems is not the ledger's.
const RuleProblemsTotal RuleID = "claim.problems-total"

func init() {
	register(40, problemsTotal{ruleSpec{RuleProblemsTotal, "问题总数与台账不符", High, Needs{Report: true, Sheet: extract.SheetProblems}}})
}

// problemsTotal: the number of problems the report says it was given must
// be the number of rows of the ledger's problems sheet — of the current
// round's, when the ledger keeps one per year or round (currentProblems).
type problemsTotal struct{ ruleSpec }

func (problemsTotal) Check(_ context.Context, in *Input) ([]Finding, error) {
	c, ok := in.mainClaim(extract.KindProblems, extract.SubtypeTotal)
	rows, sheet := in.currentProblems()
	n := len(rows)
	if !ok || !differs(c, float64(n)) {
		return nil, nil
	}
	ev := in.sheetEvidence(extract.SheetProblems, fmt.Sprintf("问题整改表共%d行", n))
	if sheet != "" {
		// The rows of the current round's sheet (see currentProblems).
		ev = Evidence{File: in.Ledger.File, Sheet: sheet, Text: sheet, Note: fmt.Sprintf("问题整改表“%s”共%d行", sheet, n)}
	}
	return []Finding{{Item: string(extract.SubtypeTotal), Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c),
		Evidence: []Evidence{claimEvidence(c), ev},
		Message:  fmt.Sprintf("整改报告称反馈问题%s个，台账列有%d个", fmtNum(c.Value), n)}}, nil
}
