package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleMeetings: more meetings claimed than the minutes record.
const RuleMeetings RuleID = "claim.meetings"

func init() {
	register(70, meetings{ruleSpec{RuleMeetings, "会议次数缺少纪要支撑", High, Needs{Report: true, Minutes: true, FeedbackDate: true}}})
}

// meetings: a claimed number of meetings of a type must be backed by
// minutes of that type, about the rectification, held after the feedback
// and by the report date (the as-of date when the report date is unknown).
// Lectures and other meetings are not checked: they leave no minutes as a
// rule.
type meetings struct{ ruleSpec }

// minutedMeetings are the meeting types that leave minutes, with the
// names messages give them.
var minutedMeetings = map[extract.MeetingType]string{
	extract.MeetingDemocraticLife: "专题民主生活会",
	extract.MeetingPartyCommittee: "党组（党委）会议",
	extract.MeetingSpecial:        "整改专题会议",
	extract.MeetingWork:           "整改工作会议",
	extract.MeetingStudy:          "理论学习中心组学习",
}

func (meetings) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	from := in.Info.FeedbackDate
	to := in.Info.ReportDate
	if to == "" {
		to = in.Info.AsOf
	}
	seen := map[string]bool{}
	// A count of a party body's meetings that names no rectification, with
	// a part under 其中 that names only the rectification (召开党组会议12次，
	// 其中专题研究巡察整改工作5次), counts meetings on all business: the part
	// is the rectification's, and only it is held to the minutes. A whole
	// of work or special meetings, or one that names the rectification
	// itself, stays checked (召开整改推进会10次，其中听取…汇报6次).
	wholes := map[int]bool{}
	for _, p := range in.Claims {
		if p.Kind != extract.KindMeetings || p.Of < 0 || p.Of >= len(in.Claims) {
			continue
		}
		w := in.Claims[p.Of]
		if w.Kind == extract.KindMeetings && w.Subtype == p.Subtype && extract.MeetingType(w.Subtype) == extract.MeetingPartyCommittee &&
			!reRectifyWords.MatchString(w.Object) && reRectifyWords.MatchString(partWords(p)) && !strings.Contains(partWords(p), "会") {
			wholes[p.Of] = true
		}
	}
	for i, c := range in.Claims {
		sub := string(c.Subtype)
		if !c.IsOwn() || c.Scope == extract.ScopeAggregate || c.Kind != extract.KindMeetings || c.InTable && seen[sub] || wholes[i] {
			continue // a sum over the units an inspection covered is not the unit's to minute
		}
		typ := extract.MeetingType(sub)
		name, minuted := minutedMeetings[typ]
		if !minuted || seen[sub+fmtNum(c.Value)] {
			continue
		}
		seen[sub+fmtNum(c.Value)] = true
		seen[sub] = true
		var on []extract.Meeting
		for _, m := range in.Meetings {
			if m.Type == typ && m.Rectification && !m.Annual && m.Date > from && m.Date <= to {
				on = append(on, m)
			}
		}
		if !exceeds(c, float64(len(on))) {
			continue
		}
		if scanned := unreadScans(in, typ, from, to); scanned > 0 && !exceeds(c, float64(len(on)+scanned)) {
			// A scanned page of minutes whose kind could not be read from
			// its title (OCR broke it: 中共…委员2025年9月16日) may be one of
			// those claimed: no accusation rests on it (cases-bv 06).
			continue
		}
		ev := []Evidence{claimEvidence(c)}
		for _, m := range on {
			ev = append(ev, Evidence{File: m.File, Pos: m.Pos, Text: m.Title, Note: "会议日期：" + m.Date})
		}
		out = append(out, Finding{Item: sub, Claimed: Num(c.Value), Observed: Count(len(on)), Claim: claimPtr(c), Evidence: ev,
			Message: fmt.Sprintf("整改报告称召开%s%s次，%s至%s期间的会议纪要中仅有%d次", name, fmtNum(c.Value), from, to, len(on))})
	}
	return out, nil
}

// reRectifyWords name the rectification in a count's object.
var reRectifyWords = regexp.MustCompile(extract.RectificationSubjects)

// partWords are the words that say what a part of a count of meetings
// took up: its object (其中专题研究巡察整改工作5次), or, when its count
// comes before its verb (其中6次专题研究巡视整改工作) and it has none, the
// rest of its clause after the figure.
func partWords(p extract.Claim) string {
	if p.Object != "" {
		return p.Object
	}
	_, rest := aroundFigure(p)
	if i := strings.IndexAny(rest, "，,；;。"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// unreadScans counts the meetings of scanned minutes (OCR) dealing with the
// rectification that may be of kind typ held in (from, to] for all that
// could be read: of no kind the title told (MeetingOther), dated in the
// span or not dated; or of kind typ with no date read.
func unreadScans(in *Input, typ extract.MeetingType, from, to string) int {
	n := 0
	for _, m := range in.Meetings {
		if !in.ScannedMinutes[m.File] || !m.Rectification || m.Annual {
			continue
		}
		if m.Type == extract.MeetingOther && (m.Date == "" || m.Date > from && m.Date <= to) || m.Type == typ && m.Date == "" {
			n++
		}
	}
	return n
}
