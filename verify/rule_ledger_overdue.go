package verify

import (
	"context"
	"fmt"
	"regexp"
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
		// A date read in the round's year is shown as written, with the
		// date it was read as (6月30日前（按2024-06-30计）).
		dlText, doneText := p.Deadline, p.Completed
		if p.Deadline == "" {
			if p.Deadline = in.roundYearDate(p.DeadlineText, true); p.Deadline != "" {
				dlText = p.DeadlineText + "（按" + p.Deadline + "计）"
			}
		}
		if p.Completed == "" {
			if p.Completed = in.roundYearDate(p.CompletedText, false); p.Completed != "" {
				doneText = p.CompletedText + "（按" + p.Completed + "计）"
			}
		}
		dl, ok := date(p.Deadline)
		if !ok {
			continue
		}
		var msg string
		switch {
		case p.Status != extract.StatusDone && p.Status != extract.StatusUnknown && dl.Before(in.AsOf):
			msg = fmt.Sprintf("问题%s%s整改时限为%s，截至%s仍%s", p.No, quoted(p.Title), dlText, in.Info.AsOf, stillText(p.StatusText))
		case p.Status == extract.StatusDone && p.Completed != "" && p.Completed > p.Deadline && !sameMonthUnknownDay(p):
			msg = fmt.Sprintf("问题%s%s整改时限为%s，%s才完成", p.No, quoted(p.Title), dlText, doneText)
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

// roundYearDate reads a ledger cell that names no year (6月30日前, 7月12日,
// 年底前, 第三季度) in the year of the round's feedback, YYYY-MM-DD; "" when
// the case states no feedback date (the year is then unknown: the row is
// not judged) or the cell is no such date. A deadline that would fall
// before the feedback is the next year's (feedback in November, 3月底前);
// so is a completion date, when the next year's is not past the as-of
// date.
func (in *Input) roundYearDate(text string, deadline bool) string {
	fb, ok := date(in.Info.FeedbackDate)
	if !ok || text == "" {
		return ""
	}
	d, ok := extract.DateInYear(text, fb.Year())
	if !ok {
		return ""
	}
	switch {
	case deadline && d.Before(fb):
		d, _ = extract.DateInYear(text, fb.Year()+1)
	case !deadline && d.Before(fb) && fb.Sub(d) <= patrolDays*24*time.Hour:
		// Done in the months before the feedback: the inspection's own
		// days (边巡边改), or the next year's — its year is not known, and
		// it is not judged.
		return ""
	case !deadline && d.Before(fb):
		d, _ = extract.DateInYear(text, fb.Year()+1) // long before the feedback: the next year's
	}
	return d.Format(time.DateOnly)
}

// patrolDays is how long before its feedback an inspection may stay with the
// unit (进驻, about two months, three at most): work done then is done
// during the inspection.
const patrolDays = 92

// reMonthNoDay is a completion cell that names a month and no day (6月,
// 2024年6月, 6月份, 6月底 is a day: its last).
var reMonthNoDay = regexp.MustCompile(`^(?:(?:19|20)\d{2}年)?\d{1,2}月份?$`)

// sameMonthUnknownDay tells a row done in the month of its deadline, by a
// completion cell that names no day (完成时间 6月 against 6月15日前): it may
// have been done in time, and is not judged late.
func sameMonthUnknownDay(p extract.LedgerProblem) bool {
	return reMonthNoDay.MatchString(strings.TrimSpace(p.CompletedText)) && len(p.Completed) >= 7 && len(p.Deadline) >= 7 &&
		p.Completed[:7] == p.Deadline[:7]
}
