package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

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
	village := villageLevel(in.Info.Unit)
	for _, m := range in.Meetings {
		// After the feedback; or, on a page read by OCR (a photographed
		// page), with a date that could not be read: it may be that one.
		after := m.Date > feedback || m.Date == "" && in.ScannedMinutes[m.File]
		if village && specialOrgLife(m) && after {
			// A village's or community's party organisation holds no
			// 民主生活会: its special 组织生活会 is the one that answers.
			return nil, nil
		}
		if m.Type == extract.MeetingDemocraticLife && !m.Annual && after {
			// No finding rests on what was not read; minutes typed with no
			// date (a plan, 拟召开…) prove nothing.
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
	msg := fmt.Sprintf("%s反馈后，会议纪要中没有巡视巡察整改专题民主生活会的记录", feedback)
	if village {
		msg = fmt.Sprintf("%s反馈后，会议纪要中没有巡察整改专题组织生活会（或专题民主生活会）的记录", feedback)
	}
	return []Finding{{Evidence: ev, Message: msg}}, nil
}

// reVillageUnit ends the name of a village's or community's party
// organisation or committee (桃坪村党支部, 中共柳塘社区委员会, 石门村村民委员会).
var reVillageUnit = regexp.MustCompile(`(村|社区|居委会)([^局县市区镇乡街]{0,10})$`)

// notVillageOrg are words after 村 or 社区 that make a name no village's or
// community's party organisation (农村信用社, 村镇银行, 社区卫生服务中心).
var notVillageOrg = regexp.MustCompile(`信用|银行|公司|集团|医院|卫生|学校|小学|中学|幼儿园|合作社|服务站`)

// villageLevel tells a unit that is a village's or community's (its name
// as case.json gives it: 桃坪村党支部委员会, 中共柳塘社区党总支部委员会,
// 桃坪村“两委”).
func villageLevel(unit string) bool {
	m := reVillageUnit.FindStringSubmatch(strings.TrimSpace(unit))
	return m != nil && !notVillageOrg.MatchString(m[2])
}

// specialOrgLife tells minutes of a special 组织生活会, one held on the
// inspection's problems: its title says 专题, 整改, 巡察 or 巡视 (专题组织生活会,
// 巡察整改组织生活会) — not an annual one (2024年度组织生活会) whose body
// mentions measures.
func specialOrgLife(m extract.Meeting) bool {
	t := extract.Simplify(m.Title)
	return strings.Contains(t, "组织生活会") && reSpecialTitle.MatchString(t)
}

// reSpecialTitle names in a title what a special meeting was held on.
var reSpecialTitle = regexp.MustCompile(`专题|整改|巡察|巡视`)
