package verify

import (
	"fmt"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/extract"
)

func date(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// ledgerOverdue: a problem not done past its deadline at the as-of date, or
// done after its deadline.
func (k *checker) ledgerOverdue() {
	for _, p := range k.ledger.Problems {
		dl, ok := date(p.Deadline)
		if !ok {
			continue
		}
		var msg string
		switch {
		case p.Status != extract.StatusDone && p.Status != extract.StatusUnknown && dl.Before(k.asOf):
			msg = fmt.Sprintf("问题%s“%s”整改时限为%s，截至%s仍%s", p.No, p.Title, p.Deadline, k.c.Info.AsOf, p.StatusText)
		case p.Status == extract.StatusDone && p.Completed != "" && p.Completed > p.Deadline:
			msg = fmt.Sprintf("问题%s“%s”整改时限为%s，%s才完成", p.No, p.Title, p.Deadline, p.Completed)
		default:
			continue
		}
		k.add(Finding{Rule: RuleLedgerOverdue, Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")}, Message: msg})
	}
}

// noEvidence: a problem done or closed with no supporting evidence.
func (k *checker) noEvidence() {
	for _, p := range k.ledger.Problems {
		if p.Status != extract.StatusDone || p.Evidence != "" {
			continue
		}
		k.add(Finding{Rule: RuleNoEvidence, Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")},
			Message: fmt.Sprintf("问题%s“%s”标为%s，但未附佐证材料", p.No, p.Title, p.StatusText)})
	}
}

// noOwner: a problem with no responsible leader, department or deadline.
func (k *checker) noOwner() {
	for _, p := range k.ledger.Problems {
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
		k.add(Finding{Rule: RuleNoOwner, Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")},
			Message: fmt.Sprintf("问题%s“%s”未明确%s", p.No, p.Title, strings.Join(missing, "、"))})
	}
}

// clueOverdue: a clue not disposed of within the case's deadline (60 days)
// of hand-over: counted to its disposal date, or to the as-of date while it
// is pending.
func (k *checker) clueOverdue() {
	limit := k.c.Info.ClueDeadlineDays
	for _, c := range k.ledger.Clues {
		from, ok := date(c.HandedOver)
		if !ok {
			continue
		}
		end := k.asOf
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
			msg = fmt.Sprintf("问题线索%s于%s移交，截至%s已%d天仍未办结（%s），超过%d天", c.No, c.HandedOver, k.c.Info.AsOf, days, c.StatusText, limit)
		}
		k.add(Finding{Rule: RuleClueOverdue, Item: c.No, Observed: days, Evidence: []Evidence{rowEvidence(c.Ref, "")}, Message: msg})
	}
}
