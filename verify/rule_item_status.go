package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleItemStatus: a problem the report calls done is not done in the ledger.
const RuleItemStatus RuleID = "claim.item-status"

func init() {
	register(60, itemStatus{ruleSpec{RuleItemStatus, "逐项整改状态与台账不符", High, Needs{Report: true, Sheet: extract.SheetProblems}}})
}

// itemStatus: each problem the report lists as done, matched to its ledger
// row (by title, see matchItems), must be done there too. A row whose
// status the ledger does not say is not held against the report.
type itemStatus struct{ ruleSpec }

func (itemStatus) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	for _, m := range matchItems(in.Items, in.Ledger.Problems) {
		it, p := m.item, m.problem
		if it.Status != extract.StatusDone || p.Status == extract.StatusDone || p.Status == extract.StatusUnknown {
			continue
		}
		ev := in.reportEvidence(it.Pos, "")
		if it.StatusPos.End > 0 {
			ev = in.reportEvidence(it.StatusPos, "报告所称问题"+it.Number+"的整改状态")
		}
		out = append(out, Finding{Item: p.No, Title: p.Title, Claimed: Word(string(extract.StatusDone)), Observed: Word(string(p.Status)),
			Evidence: []Evidence{ev, rowEvidence(p.Ref, m.note())},
			Message:  fmt.Sprintf("整改报告称问题%s%s已完成整改，台账显示%s", it.Number, quoted(it.Title), p.StatusText)})
	}
	return out, nil
}
