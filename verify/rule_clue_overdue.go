package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleClueOverdue: a clue not disposed of within the case's deadline.
const RuleClueOverdue RuleID = "clue.overdue"

func init() {
	register(140, clueOverdue{ruleSpec{RuleClueOverdue, "线索办理超期", Medium, Needs{Sheet: extract.SheetClues}}})
}

// defaultClueDeadlineDays is the limit for disposing of a clue when the
// case sets none.
const defaultClueDeadlineDays = 60

// clueOverdue: a clue not disposed of within the case's deadline
// (Info.ClueDeadlineDays, 60 by default) of hand-over: counted to its
// disposal date, or to the as-of date while it is pending. A clue without
// a hand-over date, or closed without a date, is passed over.
type clueOverdue struct{ ruleSpec }

func (clueOverdue) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	limit := in.Info.ClueDeadlineDays
	if limit <= 0 {
		limit = defaultClueDeadlineDays
	}
	for _, c := range in.Ledger.Clues {
		from, ok := date(c.HandedOver)
		if !ok {
			continue
		}
		end := in.AsOf
		pending := true
		if c.Status == extract.StatusDone {
			t, ok := date(c.Closed)
			if !ok {
				continue
			}
			end, pending = t, false
		}
		days := int(end.Sub(from).Hours() / 24)
		if days <= limit {
			continue
		}
		msg := fmt.Sprintf("问题线索%s于%s移交，%s办结，历时%d天，超过%d天", c.No, c.HandedOver, c.Closed, days, limit)
		if pending {
			msg = fmt.Sprintf("问题线索%s于%s移交，截至%s已%d天仍未办结（%s），超过%d天", c.No, c.HandedOver, in.Info.AsOf, days, c.StatusText, limit)
		}
		out = append(out, Finding{Item: c.No, Observed: Count(days), Evidence: []Evidence{rowEvidence(c.Ref, "")}, Message: msg})
	}
	return out, nil
}
