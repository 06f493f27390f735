package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleRecurrence: a problem of this case that the unit's earlier report
// called done (回头看).
const RuleRecurrence RuleID = "history.recurrence"

func init() {
	register(180, recurrence{ruleSpec{RuleRecurrence, "前次称已整改的问题再次出现", Medium,
		Needs{Report: true, History: true, FeedbackDate: true}}})
}

// recurrence: each problem of this case — a row of the ledger's problems
// sheet, or a problem the report lists — that names the same problem
// (sameProblem) as a problem an earlier report of the same unit called
// done. Only reports written before this case's feedback date count: a
// report of the same round, written after the feedback, lists the same
// problems because they are the same round's, not because they came back.
// Each problem of this case is reported once, against the earlier report's
// most alike problem, with both texts.
type recurrence struct{ ruleSpec }

// pastDone is a problem an earlier report called done: by its own status,
// or (all) as one of the problems the report said were all done.
type pastDone struct {
	report PastReport
	item   extract.Item
	all    bool
	key    problemKey // the item's title, to compare
}

// allDone tells whether a report's own claims say every problem is done: a
// completion rate of 100%, or as many problems done as there are (the
// first own total and done figures).
func allDone(claims []extract.Claim) bool {
	var total, done float64
	for _, c := range claims {
		if !c.IsOwn() || c.Kind != extract.KindProblems || c.Approx != extract.Exact {
			continue
		}
		switch c.Subtype {
		case extract.SubtypeRate:
			if c.Value == 100 {
				return true
			}
		case extract.SubtypeTotal:
			if total == 0 {
				total = c.Value
			}
		case extract.SubtypeDone:
			if done == 0 {
				done = c.Value
			}
		}
	}
	return total > 0 && done == total
}

func (recurrence) Check(ctx context.Context, in *Input) ([]Finding, error) {
	past, err := in.History.EarlierReports(ctx, in.unit(), in.Info.FeedbackDate, in.Report)
	if err != nil {
		return nil, fmt.Errorf("索引检索失败：%w", err)
	}
	var done []pastDone
	for _, p := range past {
		if p.Doc == nil {
			continue
		}
		all := allDone(extract.Claims(p.Doc))
		for _, it := range extract.ReadItems(p.Doc) {
			switch {
			case it.Status == extract.StatusDone:
				done = append(done, pastDone{report: p, item: it, key: problemOf(it.Title)})
			case it.Status == extract.StatusUnknown && all:
				done = append(done, pastDone{report: p, item: it, all: true, key: problemOf(it.Title)})
			}
		}
	}
	if len(done) == 0 {
		return nil, nil
	}
	// best is the earlier done problem most like a problem of this case,
	// unless a problem of this case already reported is the same one.
	var out []Finding
	var reported []problemKey
	best := func(title string) (pastDone, bool) {
		if title == "" {
			return pastDone{}, false
		}
		k := problemOf(title)
		var b pastDone
		bs := 0.0
		for _, d := range done {
			if s, ok := k.same(d.key); ok && s > bs {
				b, bs = d, s
			}
		}
		if bs == 0 {
			return b, false
		}
		for _, r := range reported {
			if _, ok := k.same(r); ok {
				return b, false
			}
		}
		reported = append(reported, k)
		return b, true
	}
	earlier := func(d pastDone) Evidence {
		note := "前次报告称已完成整改"
		if d.report.Date != "" {
			note = d.report.Date + " 的报告称已完成整改"
		}
		text := d.item.Title
		switch {
		case d.item.StatusText != "":
			text += "（" + d.item.StatusText + "）"
		case d.all:
			note += "（报告称反馈问题已全部完成整改）"
		}
		return Evidence{File: d.report.File, Text: text, Note: note}
	}
	message := func(title string, d pastDone) string {
		when := ""
		if d.report.Date != "" {
			when = d.report.Date + " "
		}
		return fmt.Sprintf("问题%s在本单位%s的整改报告（%s）中称已完成整改，本轮又被指出", quoted(title), when, d.report.File)
	}
	if in.Ledger != nil {
		for _, p := range in.Ledger.Problems {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			title := p.Title
			if title == "" {
				title = p.Problem
			}
			d, ok := best(title)
			if !ok {
				continue
			}
			out = append(out, Finding{Item: p.No, Title: title, Message: message(title, d),
				Evidence: []Evidence{rowEvidence(p.Ref, "本轮台账所列问题"), earlier(d)}})
		}
	}
	for _, it := range in.Items {
		d, ok := best(it.Title)
		if !ok {
			continue
		}
		out = append(out, Finding{Item: findingItem(it.Number), Title: it.Title, Message: message(it.Title, d),
			Evidence: []Evidence{in.reportEvidence(it.Pos, "本轮报告所列问题"), earlier(d)}})
	}
	return out, nil
}
