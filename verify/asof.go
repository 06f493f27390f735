package verify

import (
	"fmt"
	"time"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// The bases of an inferred as-of date (AsOfBasis.From).
const (
	AsOfFromReport   = "report_date"   // the report's date
	AsOfFromFeedback = "feedback_date" // the feedback date plus the rectification period
	AsOfFromToday    = "today"         // neither date is known: the day of the check
)

// DefaultRectifyMonths is the rectification period added to the feedback
// date when the report states none: the two months within which a
// rectification report is usually due after the feedback.
const DefaultRectifyMonths = 2

// AsOfBasis says how the as-of date was inferred when neither the caller
// (Options.AsOf) nor the case (as_of) gave it; docs/interface.md ("The
// as-of date") has the rule.
type AsOfBasis struct {
	// From is AsOfFromReport, AsOfFromFeedback or AsOfFromToday.
	From string `json:"from"`
	// Period is what was added to the feedback date; Stated is set when it
	// is the report's own (else DefaultRectifyMonths).
	Period *extract.Period `json:"period,omitempty"`
	Stated bool            `json:"stated,omitempty"`
}

// Describe says in Chinese how the as-of date was inferred.
func (b AsOfBasis) Describe() string {
	switch b.From {
	case AsOfFromReport:
		return "据报告日期推定"
	case AsOfFromFeedback:
		per := ""
		if b.Period != nil {
			per = fmt.Sprintf("%d 个月", b.Period.Months)
			if b.Period.Days > 0 {
				per = fmt.Sprintf("%d 天", b.Period.Days)
			}
		}
		if b.Stated {
			return "据反馈日期加报告所述整改期 " + per + "推定"
		}
		return "据反馈日期加 " + per + "推定（报告未写明整改期）"
	case AsOfFromToday:
		return "报告日期和反馈日期均不详，取核查当天"
	}
	return "推定"
}

// inferAsOf is the as-of date of a case that gives none (info's dates
// already completed from the report): the report's date, else the
// feedback date plus the period the report states (else
// DefaultRectifyMonths), else today.
func inferAsOf(info Info, doc *parse.Document, now func() time.Time) (string, AsOfBasis) {
	if info.ReportDate != "" {
		return info.ReportDate, AsOfBasis{From: AsOfFromReport}
	}
	if fb, err := time.Parse(time.DateOnly, info.FeedbackDate); err == nil {
		per, stated := extract.RectifyPeriod(doc)
		if !stated {
			per = extract.Period{Months: DefaultRectifyMonths}
		}
		d := fb.AddDate(0, per.Months, per.Days)
		return d.Format(time.DateOnly), AsOfBasis{From: AsOfFromFeedback, Period: &per, Stated: stated}
	}
	if now == nil {
		now = time.Now
	}
	return now().Format(time.DateOnly), AsOfBasis{From: AsOfFromToday}
}
