package verify

import (
	"fmt"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
)

// rowEvidence quotes a ledger row.
func rowEvidence(r extract.RowRef, note string) Evidence {
	return Evidence{File: r.File, Sheet: r.Sheet, Row: r.Row, Text: r.Text, Note: note}
}

// exceeds tells whether a claimed figure is more than the records show,
// reading approximate claims as bounds: 30余 (at least 30) exceeds 29 but
// not 31; 近30 / 不到30 (at most) exceeds nothing it could be below.
func exceeds(c extract.Claim, observed float64) bool {
	switch c.Approx {
	case extract.AtMost:
		return false
	case extract.About:
		return c.Value > observed*1.1+0.5
	}
	return c.Value > observed
}

// differs tells whether a claimed figure disagrees with the records, reading
// approximate claims as bounds.
func differs(c extract.Claim, observed float64) bool {
	switch c.Approx {
	case extract.AtLeast:
		return observed < c.Value
	case extract.AtMost:
		return observed > c.Value
	case extract.About:
		return observed < c.Value*0.9-0.5 || observed > c.Value*1.1+0.5
	}
	return c.Value != observed
}

func (k *checker) problemsTotal() {
	c, ok := k.mainClaim(extract.KindProblems, extract.SubtypeTotal)
	n := float64(len(k.ledger.Problems))
	if !ok || !differs(c, n) {
		return
	}
	k.add(Finding{Rule: RuleProblemsTotal, Item: "total", Claimed: c.Value, Observed: n, Claim: claimPtr(c),
		Evidence: []Evidence{k.claimEvidence(c), k.sheetEvidence(extract.SheetProblems, fmt.Sprintf("问题整改表共%d行", len(k.ledger.Problems)))},
		Message:  fmt.Sprintf("整改报告称反馈问题%s个，台账列有%d个", fmtNum(c.Value), len(k.ledger.Problems))})
}

// sheetEvidence points at a ledger sheet as a whole (its header row).
func (k *checker) sheetEvidence(kind extract.SheetKind, note string) Evidence {
	for _, s := range k.ledger.Sheets {
		if s.Kind == kind {
			return Evidence{File: k.ledger.File, Sheet: s.Sheet, Text: s.Sheet, Note: note}
		}
	}
	return Evidence{File: k.ledger.File, Note: note}
}

func (k *checker) problemsDone() {
	c, ok := k.mainClaim(extract.KindProblems, extract.SubtypeDone)
	if !ok {
		return
	}
	var done []extract.LedgerProblem
	for _, p := range k.ledger.Problems {
		if p.Status == extract.StatusDone {
			done = append(done, p)
		}
	}
	n := float64(len(done))
	if !exceeds(c, n) {
		return
	}
	ev := []Evidence{k.claimEvidence(c)}
	for _, p := range k.ledger.Problems {
		if p.Status != extract.StatusDone {
			ev = append(ev, rowEvidence(p.Ref, "台账状态："+p.StatusText))
		}
	}
	k.add(Finding{Rule: RuleProblemsDone, Item: "done", Claimed: c.Value, Observed: n, Claim: claimPtr(c), Evidence: ev,
		Message: fmt.Sprintf("整改报告称已完成整改%s个，台账显示仅%d个已完成", fmtNum(c.Value), len(done))})
}

func (k *checker) itemStatus() {
	for _, m := range k.matchItems() {
		it, p := m.item, m.problem
		if it.Status != extract.StatusDone || p.Status == extract.StatusDone || p.Status == extract.StatusUnknown {
			continue
		}
		ev := Evidence{File: k.report.File, Page: it.Pos.Page, Start: it.Pos.Start, End: it.Pos.End, Text: k.report.Slice(it.Pos)}
		if it.StatusPos.End > 0 {
			ev = Evidence{File: k.report.File, Page: it.StatusPos.Page, Start: it.StatusPos.Start, End: it.StatusPos.End,
				Text: k.report.Slice(it.StatusPos), Note: "报告所称问题" + it.Number + "的整改状态"}
		}
		k.add(Finding{Rule: RuleItemStatus, Item: p.No, Title: p.Title, Claimed: string(extract.StatusDone), Observed: string(p.Status),
			Evidence: []Evidence{ev, rowEvidence(p.Ref, m.note())},
			Message:  fmt.Sprintf("整改报告称问题%s“%s”已完成整改，台账显示%s", it.Number, it.Title, p.StatusText)})
	}
}

// meetingCounts: a claimed number of meetings of a type must be backed by
// minutes of that type, about the rectification, held after the feedback
// and by the report date.
func (k *checker) meetingCounts() {
	from := k.c.Info.FeedbackDate
	to := k.c.Info.ReportDate
	if to == "" {
		to = k.c.Info.AsOf
	}
	seen := map[extract.Subtype]bool{}
	for _, c := range k.claims {
		if !c.IsOwn() || c.Kind != extract.KindMeetings || c.InTable && seen[c.Subtype] {
			continue
		}
		switch c.Subtype {
		case extract.Subtype(extract.MeetingDemocraticLife), extract.Subtype(extract.MeetingPartyCommittee), extract.Subtype(extract.MeetingSpecial), extract.Subtype(extract.MeetingWork), extract.Subtype(extract.MeetingStudy):
		default:
			continue // lectures and other meetings leave no minutes as a rule
		}
		if seen[c.Subtype+extract.Subtype(fmtNum(c.Value))] {
			continue
		}
		seen[c.Subtype+extract.Subtype(fmtNum(c.Value))] = true
		seen[c.Subtype] = true
		var on []extract.Meeting
		for _, m := range k.meetings {
			if extract.Subtype(m.Type) == c.Subtype && m.Rectification && !m.Annual && m.Date > from && m.Date <= to {
				on = append(on, m)
			}
		}
		if !exceeds(c, float64(len(on))) {
			continue
		}
		ev := []Evidence{k.claimEvidence(c)}
		for _, m := range on {
			ev = append(ev, Evidence{File: m.File, Page: m.Pos.Page, Start: m.Pos.Start, End: m.Pos.End, Text: m.Title, Note: "会议日期：" + m.Date})
		}
		k.add(Finding{Rule: RuleMeetings, Item: string(c.Subtype), Claimed: c.Value, Observed: len(on), Claim: claimPtr(c), Evidence: ev,
			Message: fmt.Sprintf("整改报告称召开%s%s次，%s至%s期间的会议纪要中仅有%d次", meetingName(c.Subtype), fmtNum(c.Value), from, to, len(on))})
	}
}

func meetingName(sub extract.Subtype) string {
	switch extract.MeetingType(sub) {
	case extract.MeetingDemocraticLife:
		return "专题民主生活会"
	case extract.MeetingPartyCommittee:
		return "党组（党委）会议"
	case extract.MeetingSpecial:
		return "整改专题会议"
	case extract.MeetingWork:
		return "整改工作会议"
	case extract.MeetingStudy:
		return "理论学习中心组学习"
	}
	return "会议"
}

// accountability: the claimed number of people held accountable must be the
// accountability sheet's: the total, or, where the report gives no total,
// each kind it states.
func (k *checker) accountability() {
	rows := k.ledger.Accountability
	if c, ok := k.mainClaim(extract.KindAccountability, extract.SubtypeTotal); ok {
		if differs(c, float64(len(rows))) {
			k.add(Finding{Rule: RuleAccountability, Item: string(extract.SubtypeTotal), Claimed: c.Value, Observed: len(rows), Claim: claimPtr(c),
				Evidence: append([]Evidence{k.claimEvidence(c)}, accountabilityEvidence(rows, "")...),
				Message:  fmt.Sprintf("整改报告称问责%s人，问责台账记录%d人", fmtNum(c.Value), len(rows))})
		}
		return
	}
	for _, sub := range []extract.Subtype{extract.SubtypeDisciplined, extract.SubtypeOrgHandling, extract.SubtypeAdmonished, extract.SubtypeCriticized} {
		c, ok := k.mainClaim(extract.KindAccountability, sub)
		if !ok {
			continue
		}
		n := 0
		for _, r := range rows {
			if r.Kind == sub {
				n++
			}
		}
		if differs(c, float64(n)) {
			k.add(Finding{Rule: RuleAccountability, Item: string(sub), Claimed: c.Value, Observed: n, Claim: claimPtr(c),
				Evidence: append([]Evidence{k.claimEvidence(c)}, accountabilityEvidence(rows, sub)...),
				Message:  fmt.Sprintf("整改报告称%s%s人，问责台账记录%d人", accountabilityName(sub), fmtNum(c.Value), n)})
		}
	}
}

func accountabilityEvidence(rows []extract.Accountability, kind extract.Subtype) []Evidence {
	var ev []Evidence
	for _, r := range rows {
		if kind == "" || r.Kind == kind {
			ev = append(ev, rowEvidence(r.Ref, ""))
		}
	}
	return ev
}

func accountabilityName(sub extract.Subtype) string {
	return map[extract.Subtype]string{extract.SubtypeDisciplined: "给予党纪政务处分", extract.SubtypeOrgHandling: "组织处理", extract.SubtypeAdmonished: "诫勉（谈话提醒）", extract.SubtypeCriticized: "通报批评"}[sub]
}

// systems: the claimed new, revised or total rules must not exceed the rules
// sheet (or, without one, the rule documents among the evidence files).
func (k *checker) systems() {
	counts := map[extract.Subtype]int{}
	var source string
	if k.hasSheet(extract.SheetSystems) {
		for _, r := range k.ledger.Rules {
			counts[r.Kind]++
			counts[extract.SubtypeTotal]++
		}
		source = "制度建设台账"
	} else {
		counts[extract.SubtypeTotal] = len(k.c.Evidence)
		source = "佐证材料"
	}
	for _, sub := range []extract.Subtype{extract.SubtypeNew, extract.SubtypeRevised, extract.SubtypeTotal} {
		c, ok := k.mainClaim(extract.KindSystems, sub)
		if !ok {
			continue
		}
		if _, known := counts[sub]; !known && sub != extract.SubtypeTotal && !k.hasSheet(extract.SheetSystems) {
			continue
		}
		n := counts[sub]
		if !exceeds(c, float64(n)) {
			continue
		}
		ev := []Evidence{k.claimEvidence(c)}
		if k.hasSheet(extract.SheetSystems) {
			for _, r := range k.ledger.Rules {
				if sub == extract.SubtypeTotal || r.Kind == sub {
					ev = append(ev, rowEvidence(r.Ref, ""))
				}
			}
		}
		k.add(Finding{Rule: RuleSystems, Item: string(sub), Claimed: c.Value, Observed: n, Claim: claimPtr(c), Evidence: ev,
			Message: fmt.Sprintf("整改报告称%s制度%s项，%s仅有%d项", systemsName(sub), fmtNum(c.Value), source, n)})
	}
}

func systemsName(sub extract.Subtype) string {
	return map[extract.Subtype]string{extract.SubtypeNew: "新建", extract.SubtypeRevised: "修订", extract.SubtypeTotal: "建立完善"}[sub]
}

// clues: the claimed clues handled must not exceed the clues disposed of in
// the clue sheet.
func (k *checker) clues() {
	c, ok := k.mainClaim(extract.KindClues, extract.SubtypeHandled)
	if !ok {
		return
	}
	n := 0
	var open []Evidence
	for _, cl := range k.ledger.Clues {
		if cl.Status == extract.StatusDone {
			n++
		} else {
			open = append(open, rowEvidence(cl.Ref, "未办结："+cl.StatusText))
		}
	}
	if !exceeds(c, float64(n)) {
		return
	}
	k.add(Finding{Rule: RuleClues, Item: "handled", Claimed: c.Value, Observed: n, Claim: claimPtr(c),
		Evidence: append([]Evidence{k.claimEvidence(c)}, open...),
		Message:  fmt.Sprintf("整改报告称已办结问题线索%s件，线索台账显示已办结%d件", fmtNum(c.Value), n)})
}

// matchNote describes how a report item was matched to a ledger row.
func (m itemMatch) note() string {
	how := "按标题匹配"
	if m.byNumber {
		how = "按序号和标题匹配"
	}
	return strings.TrimSpace(fmt.Sprintf("%s，相似度%.2f", how, m.score))
}
