package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleDLMMissing: no special democratic life meeting after the feedback.
const RuleDLMMissing RuleID = "meeting.democratic-life-missing"

func init() {
	register(150, dlmMissing{ruleSpec{RuleDLMMissing, "未召开整改专题民主生活会", Medium, Needs{Minutes: true, FeedbackDate: true}}})
}

// dlmMissing: the minutes hold no special (not annual) democratic life
// meeting after the feedback date, nor one on a page read by OCR whose
// date could not be read. The democratic life meetings they do
// hold, annual or earlier, are the evidence. It does not read the report.
type dlmMissing struct{ ruleSpec }

func (dlmMissing) Check(_ context.Context, in *Input) ([]Finding, error) {
	feedback := in.Info.FeedbackDate
	for _, m := range in.Meetings {
		if m.Type == extract.MeetingDemocraticLife && !m.Annual && (m.Date > feedback || m.Date == "" && in.ScannedMinutes[m.File]) {
			// A special one after the feedback; or, on a page read by OCR
			// (a photographed page), one whose date could not be read: it
			// may be that one, and no finding rests on what was not read.
			// Minutes typed with no date (a plan, 拟召开…) prove nothing.
			return nil, nil
		}
	}
	ev := []Evidence{}
	for _, m := range in.Meetings {
		if m.Type == extract.MeetingDemocraticLife {
			note := "年度民主生活会，不是针对反馈问题的专题民主生活会"
			if m.Date <= feedback {
				note = "召开于" + m.Date + "，早于反馈日期" + feedback
			}
			ev = append(ev, Evidence{File: m.File, Pos: m.Pos, Text: m.Title, Note: note})
		}
	}
	return []Finding{{Evidence: ev, Message: fmt.Sprintf("%s反馈后，会议纪要中没有巡视巡察整改专题民主生活会的记录", feedback)}}, nil
}
