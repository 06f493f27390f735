package verify

import (
	"context"
	"fmt"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleNoOwner: a problem with no responsible leader, department or deadline.
const RuleNoOwner RuleID = "ledger.no-owner"

func init() {
	register(130, noOwner{ruleSpec{RuleNoOwner, "责任人或时限不明确", Low, Needs{Sheet: extract.SheetProblems}}})
}

// noOwner: a problem row whose responsible leader, department or deadline
// cell is empty (a deadline in words, 长期坚持, counts as stated).
type noOwner struct{ ruleSpec }

func (noOwner) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	for _, p := range in.Ledger.Problems {
		var missing []string
		if p.Leader == "" {
			missing = append(missing, "责任领导")
		}
		if p.Department == "" {
			missing = append(missing, "责任部门")
		}
		if p.DeadlineText == "" {
			missing = append(missing, "整改时限")
		}
		if len(missing) == 0 {
			continue
		}
		out = append(out, Finding{Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")},
			Message: fmt.Sprintf("问题%s%s未明确%s", p.No, quoted(p.Title), strings.Join(missing, "、"))})
	}
	return out, nil
}
