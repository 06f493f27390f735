package verify

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleLedgerOverdue: a problem not done past its deadline, or done late.
const RuleLedgerOverdue RuleID = "ledger.overdue"

func init() {
	register(110, ledgerOverdue{ruleSpec{RuleLedgerOverdue, "整改逾期", Medium, Needs{Sheet: extract.SheetProblems}}})
}

// ledgerOverdue: a problem not done past its deadline at the as-of date, or
// done after its deadline. Rows whose deadline is not a date (长期坚持) or
// whose status the ledger does not say are passed over.
type ledgerOverdue struct{ ruleSpec }

func (ledgerOverdue) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	for _, p := range in.Ledger.Problems {
		dl, ok := date(p.Deadline)
		if !ok {
			continue
		}
		var msg string
		switch {
		case p.Status != extract.StatusDone && p.Status != extract.StatusUnknown && dl.Before(in.AsOf):
			msg = fmt.Sprintf("问题%s%s整改时限为%s，截至%s仍%s", p.No, quoted(p.Title), p.Deadline, in.Info.AsOf, stillText(p.StatusText))
		case p.Status == extract.StatusDone && p.Completed != "" && p.Completed > p.Deadline:
			msg = fmt.Sprintf("问题%s%s整改时限为%s，%s才完成", p.No, quoted(p.Title), p.Deadline, p.Completed)
		default:
			continue
		}
		out = append(out, Finding{Item: p.No, Title: p.Title, Evidence: []Evidence{rowEvidence(p.Ref, "")}, Message: msg})
	}
	return out, nil
}

// stillText is what a row not done still is, after 仍: its status as the
// ledger words it when that says a state short of done (未完成, 正在整改),
// else 未完成 with the ledger's words in brackets (已完成整改，待复核销号
// is not done yet, and 仍已完成 would read as nonsense).
func stillText(status string) string {
	if strings.HasPrefix(status, "未") || strings.HasPrefix(status, "正") || strings.HasPrefix(status, "尚") {
		return status
	}
	return "未完成（台账状态：" + status + "）"
}

// date reads a YYYY-MM-DD date.
func date(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}
