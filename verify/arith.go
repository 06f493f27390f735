package verify

import (
	"fmt"
	"math"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// claimEvidence quotes the sentence a claim rests on.
func (k *checker) claimEvidence(c extract.Claim) Evidence {
	return Evidence{File: c.Source.File, Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End, Text: c.Text}
}

func claimPtr(c extract.Claim) *extract.Claim { return &c }

// mainClaim is the report's headline figure of a kind and subtype: the first
// own claim of it in running text (tables restate it by category).
func (k *checker) mainClaim(kind extract.Kind, subtype extract.Subtype) (extract.Claim, bool) {
	for _, c := range k.claims {
		if c.IsOwn() && !c.InTable && c.Kind == kind && c.Subtype == subtype {
			return c, true
		}
	}
	return extract.Claim{}, false
}

var problemParts = map[extract.Subtype]bool{extract.SubtypeDone: true, extract.SubtypeInProgress: true, extract.SubtypeNotDone: true}

// partsSum: a stated total of problems must equal done + in progress + not
// done where the report states them (their statuses exclude each other), and
// new + revised rules their stated total. A single part below its total is
// not a contradiction: the rest is just unstated.
func (k *checker) partsSum() {
	for i, t := range k.claims {
		if !t.IsOwn() || t.Approx != extract.Exact {
			continue
		}
		var parts []extract.Claim
		switch {
		case t.Kind == extract.KindProblems && t.Subtype == extract.SubtypeTotal:
			for _, p := range k.claims[i+1:] {
				if p.Paragraph != t.Paragraph {
					break
				}
				if p.Kind == extract.KindProblems && p.Subtype == extract.SubtypeTotal {
					break
				}
				if p.Kind == extract.KindProblems && problemParts[p.Subtype] && p.IsOwn() {
					parts = append(parts, p)
				}
			}
		case t.Kind == extract.KindSystems && t.Subtype == extract.SubtypeTotal:
			subs := map[extract.Subtype]bool{}
			for _, p := range k.claims {
				if p.Of >= 0 && k.claims[p.Of].Figure == t.Figure && p.Kind == extract.KindSystems && (p.Subtype == extract.SubtypeNew || p.Subtype == extract.SubtypeRevised) {
					parts = append(parts, p)
					subs[p.Subtype] = true
				}
			}
			if len(subs) < 2 {
				parts = nil // 其中新建5项 alone does not say the rest
			}
		}
		if len(parts) == 0 {
			continue
		}
		sum := 0.0
		approx := false
		for _, p := range parts {
			sum += p.Value
			approx = approx || p.Approx != extract.Exact
		}
		if approx || sum == t.Value || (len(parts) < 2 && sum < t.Value) {
			continue
		}
		ev := []Evidence{k.claimEvidence(t)}
		var terms []string
		for _, p := range parts {
			terms = append(terms, fmtNum(p.Value))
			if p.Source != t.Source {
				ev = append(ev, k.claimEvidence(p))
			}
		}
		k.add(Finding{Rule: RulePartsSum, Item: string(t.Kind), Claimed: t.Value, Observed: sum, Claim: claimPtr(t), Evidence: ev,
			Message: fmt.Sprintf("整改报告称%s共%s%s，但分项%s合计为%s", kindName(t.Kind), fmtNum(t.Value), t.Unit, strings.Join(terms, "+"), fmtNum(sum))})
	}
}

// rate: a stated completion rate must be done ÷ total within the rounding
// (or truncation) of the digits shown. Counting items 基本完成 / 阶段性 as
// done, or dividing by the sum of the stated parts, are readings a report
// may reasonably use and are accepted too.
func (k *checker) rate() {
	for i, r := range k.claims {
		if !r.IsOwn() || r.Kind != extract.KindProblems || r.Subtype != extract.SubtypeRate || r.Approx != extract.Exact {
			continue
		}
		var total, done *extract.Claim
		var others []extract.Claim
		for j := i - 1; j >= 0 && k.claims[j].Paragraph == r.Paragraph; j-- {
			c := k.claims[j]
			if c.Kind != extract.KindProblems {
				continue
			}
			switch c.Subtype {
			case extract.SubtypeTotal:
				if total == nil {
					total = &k.claims[j]
				}
			case extract.SubtypeDone:
				if done == nil && total == nil {
					done = &k.claims[j]
				}
			case extract.SubtypeInProgress, extract.SubtypeNotDone:
				if total == nil {
					others = append(others, c)
				}
			}
			if c.Subtype == extract.SubtypeRate {
				break
			}
		}
		if total == nil || done == nil || total.Value == 0 || total.Approx != extract.Exact || done.Approx != extract.Exact {
			continue
		}
		digits := decimals(k.report.Slice(r.Figure))
		candidates := []float64{done.Value / total.Value * 100}
		basic, sum := 0.0, done.Value
		for _, o := range others {
			sum += o.Value
			if o.Subtype == extract.SubtypeInProgress && k.saysBasicallyDone(o) {
				basic += o.Value
			}
		}
		if basic > 0 {
			candidates = append(candidates, (done.Value+basic)/total.Value*100)
		}
		if sum > 0 && sum != total.Value {
			candidates = append(candidates, done.Value/sum*100)
		}
		ok := false
		for _, x := range candidates {
			if rateMatches(r.Value, x, digits) {
				ok = true
			}
		}
		if ok {
			continue
		}
		obs := math.Round(candidates[0]*100) / 100
		ev := []Evidence{k.claimEvidence(r)}
		if total.Source != r.Source {
			ev = append(ev, k.claimEvidence(*total))
		}
		k.add(Finding{Rule: RuleRate, Item: "problems", Claimed: r.Value, Observed: obs, Claim: claimPtr(r), Evidence: ev,
			Message: fmt.Sprintf("整改报告称完成率%s%%，但%s÷%s=%s%%", fmtNum(r.Value), fmtNum(done.Value), fmtNum(total.Value), fmtNum(obs))})
	}
}

// saysBasicallyDone reports an in-progress figure stated as 基本完成 or
// 阶段性完成 (which some rates count as done).
func (k *checker) saysBasicallyDone(c extract.Claim) bool {
	start := max(c.Figure.Start-8, 0)
	before := k.report.Slice(parse.Pos{Page: c.Figure.Page, Start: start, End: c.Figure.Start})
	after := k.report.Slice(parse.Pos{Page: c.Figure.Page, Start: c.Figure.End, End: c.Figure.End + 6})
	return strings.Contains(before+after, "基本完成") || strings.Contains(before+after, "阶段性")
}

// rateMatches tells whether a rate written with the given number of decimals
// can stand for x: rounded, or truncated.
func rateMatches(stated, x float64, digits int) bool {
	p := math.Pow(10, float64(digits))
	const eps = 1e-9
	if math.Abs(stated-math.Round(x*p)/p) < eps || math.Abs(stated-math.Floor(x*p+eps)/p) < eps {
		return true
	}
	return math.Abs(stated-x) <= 0.5/p+eps
}

// decimals counts the digits after the point in a written figure (83.87% → 2).
func decimals(s string) int {
	i := strings.IndexAny(s, ".．")
	if i < 0 {
		return 0
	}
	n := 0
	for _, r := range s[i+1:] {
		if r < '0' || r > '9' {
			break
		}
		n++
	}
	return n
}

// listCount: the number of problems the report states must be the number it
// goes on to list (its 关于“…”问题的整改 items).
func (k *checker) listCount() {
	t, ok := k.mainClaim(extract.KindProblems, extract.SubtypeTotal)
	if !ok || t.Approx != extract.Exact || len(k.items) == 0 || float64(len(k.items)) == t.Value {
		return
	}
	last := k.items[len(k.items)-1]
	k.add(Finding{Rule: RuleListCount, Item: "problems", Claimed: t.Value, Observed: len(k.items), Claim: claimPtr(t),
		Evidence: []Evidence{k.claimEvidence(t), {File: k.report.File, Page: last.Pos.Page, Start: last.Pos.Start, End: last.Pos.End,
			Text: k.report.Slice(last.Pos), Note: fmt.Sprintf("逐项列出的最后一个问题（共%d个）", len(k.items))}},
		Message: fmt.Sprintf("整改报告称反馈问题%s个，但逐项列出的问题只有%d个", fmtNum(t.Value), len(k.items))})
}

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return fmt.Sprintf("%d", int64(f))
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

func kindName(kind extract.Kind) string {
	switch kind {
	case extract.KindProblems:
		return "问题"
	case extract.KindSystems:
		return "制度"
	case extract.KindMeetings:
		return "会议"
	case extract.KindAccountability:
		return "问责"
	case extract.KindClues:
		return "问题线索"
	case extract.KindMoney:
		return "资金"
	}
	return string(kind)
}
