package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleNoEvidence: a problem marked done with no supporting evidence.
const RuleNoEvidence RuleID = "ledger.no-evidence"

func init() {
	register(120, noEvidence{ruleSpec{RuleNoEvidence, "已完成但无佐证材料", Medium, Needs{Sheet: extract.SheetProblems, Columns: []extract.ColumnKind{extract.ColEvidence}}}})
}

// noEvidence: a problem the ledger marks done (or closed) whose evidence
// cell is empty. It does not judge what the cell says.
type noEvidence struct{ ruleSpec }

func (noEvidence) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	for _, p := range in.Ledger.Problems {
		if p.Status != extract.StatusDone || p.Evidence != "" {
			continue
		}
		out = append(out, Finding{Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")},
			Message: fmt.Sprintf("问题%s%s标为%s，但未附佐证材料", p.No, quoted(p.Title), p.StatusText)})
	}
	return out, nil
}
