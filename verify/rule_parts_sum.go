package verify

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/extract"
)

// RulePartsSum: a stated total is not the sum of its stated parts.
const RulePartsSum RuleID = "arith.parts-sum"

func init() {
	register(10, partsSum{ruleSpec{RulePartsSum, "分项合计与总数不符", High, Needs{Report: true}}})
}

// partsSum: a stated total of problems must equal done + in progress + not
// done where the report states them, unless a figure between the total and
// its parts states their sum (the parts are of that set) (their statuses exclude each other), and
// new + revised rules their stated total. A single part below its total is
// not a contradiction: the rest is just unstated. Nor are parts below the
// total when one of them is 基本完成 / 阶段性完成 / 部分完成 (a degree of done: those
// still being worked on are unstated), nor parts of which two count done
// problems (已办理66件，办结50件: nested counts, no partition; in progress
// may be split, 基本完成2个、正在整改1个). The parts are the problems
// figures after the total in its paragraph, up to the next total or a later
// sentence's figure that introduces a set of its own (今年新交办的5个问题).
type partsSum struct{ ruleSpec }

// setVerbs introduce a set of problems (反馈, 发现, 移交 …).
var setVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range extract.SubtypeWords(extract.KindProblems, extract.SubtypeTotal) {
		m[w] = true
	}
	return m
}()

func (partsSum) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	claims := in.Claims
	for i, t := range claims {
		if !ownOrEarlier(t) || t.Approx != extract.Exact {
			continue
		}
		var parts []extract.Claim
		droppedDones := 0 // done parts left out as within an earlier part (withinEarlierPart)
		joined := false   // t is the second of two totals joined by 和: its parts may be of either or both
		switch {
		case t.Kind == extract.KindProblems && t.Subtype == extract.SubtypeTotal && t.Of < 0 && !inRespectiveList(claims, i):
			if v, ok := joinedTotal(claims, i); ok {
				t.Value += v // …问题二十九个和…指出的四个问题: the parts after are of both
				joined = true
			}
			var restated extract.Source // a later sentence that opens on a part told before
			otherLevel := false         // the parts read are of another level than the total's (levelOf)
			breakdown := map[int]bool{} // the claims that, with a part of a part, add up to that part
			para := t.Paragraph         // the paragraph the parts are read in
			for k, p := range claims[i+1:] {
				if p.Paragraph != para {
					if para != t.Paragraph || len(parts) > 0 || p.Paragraph != t.Paragraph+1 || !statesOpen(claims[i+1+k:], p.Paragraph) {
						break
					}
					// 反馈问题22个、移交问题线索3件。…(new paragraph) 截至11月20日，
					// 已完成整改17个，正在整改3个: the states that open the next
					// paragraph, with no count of their own, are the total's.
					para = p.Paragraph
				}
				if p.Source == restated || breakdown[i+1+k] {
					continue
				}
				if partOfPart(claims, p) {
					// 已完成整改9个，其中立行立改3个、限期整改6个: the claims after
					// the first part that make up the rest of its whole are
					// parts of the part too, whatever state their words say.
					for _, j := range restOfBreakdown(claims, i+1+k) {
						breakdown[j] = true
					}
				}
				if p.Source != t.Source && len(parts) > 0 && p.Source != parts[len(parts)-1].Source && (toldBefore(parts, p) || toldAgainAsSubject(parts, p)) {
					// 正在整改的2个问题中，1个为…，1个为…: the part told again,
					// then its breakdown — no new parts (cases-x 15).
					restated = p.Source
					continue
				}
				if p.Kind == extract.KindProblems && p.Source != t.Source && len(parts) > 0 && p.Source != parts[0].Source &&
					(namedSet(p) && (classNamed(p) || objectNamed(p) || toldEarlier(claims[:i+1+k], p)) || classNoun(p)) {
					// 长期坚持的4个问题均已取得阶段性成效; 尚在推进的三个问题
					// 中，…: a later sentence opening on a set it names, a
					// class of the problems or a part told as a whole — no
					// further part of this total.
					break
				}
				if p.Kind == extract.KindProblems && p.Subtype == extract.SubtypeTotal {
					if p.Of == i {
						continue // 反馈问题10个（其中共性问题4个）: a kind among them, no part
					}
					break
				}
				if p.Kind == extract.KindProblems && p.Value > t.Value && p.Subtype.IsState() && p.Source == t.Source && sumOverMore(claims[:i], t, p) {
					// …方面的6个问题全部整改完成，合计完成整改24个: a sum over more
					// than this class's total, told in its sentence.
					break
				}
				if p.Kind == extract.KindProblems && p.Source != t.Source && (setVerbs[p.Action] || setVerbInClause(p) || placeMeasure(p.Unit) != placeMeasure(t.Unit) ||
					p.Value > t.Value && p.Subtype.IsState()) {
					// A later sentence's set of its own: by its verb,
					// counted by place against a total of items (发现并督促
					// 整改安全隐患97处 after 反馈问题19个), or larger alone
					// than the total (其余53个问题… after 18个问题: the rest
					// of a whole counted elsewhere).
					break
				}
				if partOfPart(claims, p) {
					continue // 已完成整改8个（其中2个需长期坚持）: a part of a part
				}
				if p.Kind == extract.KindProblems && restOfEarlier(claims[:i], t, parts, p) {
					break // 共查出问题52个，已整改44个。其中…14个问题已整改11个。对剩余8个问题…
				}
				if p.Kind == extract.KindProblems && len(parts) > 0 && classInClause(t) && classInClause(p) {
					// 限期整改问题10个，已完成8个，另有2个…；长期坚持类4个，…: the
					// next class of the plan, no part of this one.
					break
				}
				if taskTotal(t) && p.Unit != t.Unit {
					continue // 细化整改任务58项 … 已完成整改17个: the problems', not the tasks'
				}
				if p.Kind == extract.KindProblems && !sameSum(p, t) {
					// 已督促23所高校逐项自查，其中高校自查问题214个，已完成187个:
					// the units' own check, summed over them, after the unit's
					// total.
					break
				}
				if lt := levelOf(t); p.Kind == extract.KindProblems && lt != "" {
					// 镇本级问题12个、村级问题59个…村级问题已整改52个，正在整
					// 改7个: the other level's count, and the states after it
					// until this level's comes back, are no part of this one.
					if lp := levelOf(p); lp != "" {
						otherLevel = lp != lt
					}
					if otherLevel {
						continue
					}
				}
				if p.Kind == extract.KindProblems && p.Subtype.IsState() && ownOrEarlier(p) && sameRound(p, t) {
					if (p.Source == t.Source || len(parts) > 0 && p.Source == parts[0].Source) && len(parts) > 0 && toldBefore(parts, p) && clauseEndsDe(p) {
						// …已办结38件…，已办结的38件均已完成公开回访: the same
						// part, told again in its sentence (whether the total's
						// or the next: cases-bg 07).
						continue
					}
					if withinEarlierPart(parts, p) {
						// 其余6个…需分阶段推进。…：2个…力争年底前完成: a share
						// of a part told again, left out of the sum (a done
						// one still counts as a second count of done).
						if p.Subtype == extract.SubtypeDone {
							droppedDones++
						}
						continue
					}
					parts = append(parts, p)
				}
			}
		case t.Kind == extract.KindMoney && t.Of < 0:
			// 整改问题金额13.95亿元，其中收回…2.84亿元，归还…0.67亿元，调整…
			// 9.76亿元，盘活…0.88亿元: the means of a sum told part by part
			// (其中, 分别) may leave some out, never come to more.
			parts = moneyParts(claims, i)
			if len(parts) < 2 || !moneyOver(in, t, parts) || twoBreakdowns(in, t, parts) {
				parts = nil
			}
		case t.Kind == extract.KindSystems && t.Subtype == extract.SubtypeTotal:
			subs := map[string]bool{}
			for _, p := range claims {
				if p.Of >= 0 && claims[p.Of].Figure == t.Figure && p.Kind == extract.KindSystems && (p.Subtype == extract.SubtypeNew || p.Subtype == extract.SubtypeRevised) {
					parts = append(parts, p)
					subs[string(p.Subtype)] = true
				}
			}
			if len(subs) < 2 {
				parts = nil // 其中新建5项 alone does not say the rest
			}
		}
		if len(parts) == 0 || reachesOutside(parts) {
			continue
		}
		// 仍有4个问题整改不到位，目前已完成3个，剩余1个: the rest's
		// breakdown right after it is no further part.
		parts = withoutBreakdown(parts)
		sum := 0.0
		exact, basic := true, false
		dones := 0
		for _, p := range parts {
			sum += p.Value
			exact = exact && p.Approx == extract.Exact
			if t.Kind == extract.KindProblems && p.Subtype == extract.SubtypeDone {
				dones++
			}
			basic = basic || p.Subtype == extract.SubtypeInProgress && saysBasicallyDone(in, p)
		}
		if dones+droppedDones > 1 {
			continue // two counts of done (已办理66件，办结50件): no partition
		}
		if !exact || sum == t.Value || joined && sum < t.Value || (len(parts) < 2 || basic || slices.ContainsFunc(parts, restUncounted) || unreadShare(claims, t, parts) || spread(t, parts)) && sum < t.Value || sum > t.Value && otherMeasure(t, parts...) ||
			namedBetween(claims[i+1:], parts[0], sum) || restatesRest(parts, t.Value, sum) || brokenDownFirst(t, parts) || restOfSeveral(claims[:i], t, parts) {
			continue
		}
		ev := []Evidence{claimEvidence(t)}
		if t.Kind == extract.KindMoney {
			var terms []string
			for _, p := range parts {
				terms = append(terms, in.slice(p.Figure))
				if p.Source != t.Source {
					ev = append(ev, claimEvidence(p))
				}
			}
			out = append(out, Finding{Item: string(t.Kind), Claimed: Num(t.Value), Observed: Num(sum), Claim: claimPtr(t), Evidence: ev,
				Message: fmt.Sprintf("整改报告称资金%s，但其分项%s合计为%s，多于总额", in.slice(t.Figure), strings.Join(terms, "+"), yuanLike(in, t, sum))})
			continue
		}
		var terms []string
		for _, p := range parts {
			terms = append(terms, fmtNum(p.Value))
			if p.Source != t.Source {
				ev = append(ev, claimEvidence(p))
			}
		}
		out = append(out, Finding{Item: string(t.Kind), Claimed: Num(t.Value), Observed: Num(sum), Claim: claimPtr(t), Evidence: ev,
			Message: fmt.Sprintf("整改报告称%s共%s%s，但分项%s合计为%s", kindName(string(t.Kind)), fmtNum(t.Value), t.Unit, strings.Join(terms, "+"), fmtNum(sum))})
	}
	return out, nil
}

// otherMeasure tells parts of which one is counted in a measure word of
// another family than their total's — pieces (件, 宗, 起) against items (个,
// 项, 条) — as 问题88个 … 完成整改1325件: parts past such a total are of
// another set the text counts, not a contradiction of it. 问题20个，已整改
// 25项 is one family, and still a contradiction.
func otherMeasure(total extract.Claim, parts ...extract.Claim) bool {
	for _, p := range parts {
		if p.Unit != "" && total.Unit != "" && extract.PieceMeasure(p.Unit) != extract.PieceMeasure(total.Unit) {
			return true
		}
	}
	return false
}

// restOfBreakdown returns the indices of the claims after claims[k], a part
// of a part, in its sentence, that add up with it to exactly that part's
// whole (其中立行立改3个、限期整改6个 of 已完成整改9个); none when they do not.
func restOfBreakdown(claims []extract.Claim, k int) []int {
	whole := claims[claims[k].Of]
	sum := claims[k].Value
	var out []int
	for j := k + 1; j < len(claims) && claims[j].Source == claims[k].Source && claims[j].Kind == whole.Kind && sum < whole.Value; j++ {
		sum += claims[j].Value
		out = append(out, j)
	}
	if sum != whole.Value {
		return nil
	}
	return out
}

// placeMeasure tells a measure word of places, firms or households (处, 家,
// 户, 座, 所), as against those of items and pieces: hazards found at 97
// places are not the problems a total in 个 counts.
func placeMeasure(unit string) bool {
	switch unit {
	case "处", "家", "户", "座", "所":
		return true
	}
	return false
}

// earlierWords, in a bracketed note right after a part, say it counts items
// from outside its total's period: 办结146件（部分为12月19日之前受理） after
// 本周受理115件 closes items received before the week, so it is no part.
const earlierWords = "之前|以前|此前|往年|上年|上期|历史遗留|累计"

// reachesOutside tells whether a part is followed, in its sentence, by a
// bracketed note saying it counts items from before its total's period.
func reachesOutside(parts []extract.Claim) bool {
	for _, p := range parts {
		rs := []rune(extract.Simplify(p.Text))
		at := p.Figure.End - p.Source.Start
		if p.Figure.Page != p.Source.Page || at < 0 || at >= len(rs) || rs[at] != '(' && rs[at] != '（' {
			continue
		}
		note := rs[at+1:]
		for i, r := range note {
			if r == ')' || r == '）' {
				note = note[:i]
				break
			}
		}
		for _, w := range strings.Split(earlierWords, "|") {
			if strings.Contains(string(note), w) {
				return true
			}
		}
	}
	return false
}

// namedBetween tells whether a figure between a total and its first part
// (claims, from after the total) states the parts' sum: the parts make up
// that set, not the total (交办问题4721件…核查属实3976件…其中已完成整改3758件，
// 未完成整改218件).
func namedBetween(claims []extract.Claim, first extract.Claim, sum float64) bool {
	for _, c := range claims {
		if c.Figure == first.Figure {
			return false
		}
		if c.Value == sum && c.Paragraph == first.Paragraph && c.Unit == first.Unit && c.Scope != extract.ScopeOtherUnits &&
			(c.Kind == extract.KindOther || c.Kind == extract.KindProblems) {
			return true // not 召开专题会议18次, not 涉及18个部门
		}
	}
	return false
}

// brokenDownFirst tells parts of which the first, in a later sentence than
// the total t, is followed in its own sentence by two or more that add up to
// it (…立行立改问题4个，已全部完成；需长期推进的问题6个，已完成4个，正在推进2个):
// those are its breakdown, a class of the problems with its own states, and
// the parts are no partition of the total before. In the total's own
// sentence they are its parts, whatever they add up to (反馈问题15个，已完成
// 整改10个，正在整改6个，尚未启动4个 still fires).
func brokenDownFirst(t extract.Claim, parts []extract.Claim) bool {
	if parts[0].Source == t.Source {
		return false
	}
	sum, n := 0.0, 0
	for _, p := range parts[1:] {
		if p.Source != parts[0].Source {
			break
		}
		sum += p.Value
		n++
	}
	return n >= 2 && sum == parts[0].Value
}

// restatesRest tells parts of which one, in a later sentence than the
// first part and not done, is the rest of the total once the done ones are
// taken away, or a part the first sentence already gave, and makes the
// parts add up to the total when left out: the rest told again (…已完成整改
// 14个，正在整改1个。尚未完成的1个问题为…; …正在推进2个，尚未启动1个。尚未启动
// 的1个问题涉及…).
func restatesRest(parts []extract.Claim, total, sum float64) bool {
	done := 0.0
	for _, p := range parts {
		if p.Subtype == extract.SubtypeDone {
			done += p.Value
		}
	}
	for _, p := range parts[1:] {
		if p.Subtype != extract.SubtypeDone && p.Source != parts[0].Source && (p.Value == total-done || toldBefore(parts, p)) &&
			sum-p.Value == total && aloneIn(parts, p) {
			return true
		}
	}
	return false
}

// withoutBreakdown returns parts without those that break down a part not
// done right after it, in its sentence, two or more adding up to it exactly
// (仍有4个问题整改不到位，目前已完成3个，剩余1个): its breakdown, no
// further parts of the total.
func withoutBreakdown(parts []extract.Claim) []extract.Claim {
	for a, p := range parts {
		if p.Subtype == extract.SubtypeDone {
			continue
		}
		bd, n := 0.0, 0
		for _, q := range parts[a+1:] {
			if q.Source != p.Source || bd >= p.Value {
				break
			}
			bd, n = bd+q.Value, n+1
		}
		if n >= 2 && bd == p.Value {
			return append(parts[:a+1:a+1], parts[a+1+n:]...)
		}
	}
	return parts
}

// reRestUncounted is the rest of a total told with its state and no count
// (其余任务按时序推进中, 其余问题持续整改中).
var reRestUncounted = regexp.MustCompile(`^[^。；;]*?[，,；;]\s*(其他|其余|剩余|剩下|余下)[^，,。；;0-9０-９一二三四五六七八九十两]{0,12}(正在|推进|持续|整改中|按序时|有序)`)

// restUncounted tells a part after which its sentence tells the rest of
// the total's state without a count (完成整改30项，正在整改3项，其余任务按
// 时序推进中; 已销号11个，其余正在按节点推进): the parts stated are no
// partition of the total.
func restUncounted(p extract.Claim) bool {
	rs := []rune(extract.Simplify(p.Text))
	at := p.Figure.End - p.Source.Start
	if p.Figure.Page != p.Source.Page || at < 0 || at > len(rs) {
		return false
	}
	return reRestUncounted.MatchString(string(rs[at:]))
}

// spread tells a part, in another sentence than the total's or the first
// part's, told of a body or place named before it (…已完成整改183个。…。整改
// 进度相对靠后的某学院，尚有4个问题…): that one's share, so a sum short of the
// total proves nothing.
func spread(t extract.Claim, parts []extract.Claim) bool {
	for i, p := range parts {
		if p.Source != t.Source && (i == 0 || p.Source != parts[0].Source) && ofOtherSubject(p) {
			// …省教育考试院，二十四个问题已全部整改；省学生资助中心完成整改十个，
			// 尚有三个…: the first part too may be another body's.
			return true
		}
	}
	return false
}

// ofOtherSubject tells a part whose clause follows one that names a body or
// a place as its subject (…靠后的某学院，尚有4个问题…): that one's share, not
// the rest of the total (其余4个问题 is the rest, whatever sentence it is in).
func ofOtherSubject(p extract.Claim) bool {
	before, _ := aroundFigure(p)
	if strings.Contains(before, "其余") || strings.Contains(before, "剩余") || strings.Contains(before, "余下") {
		return false
	}
	head, clause := lastClause(before, "，,")
	// …靠后的某学院，尚有4个; 同时指出，县市场监管局仍有四个问题…
	return reSubjectHead.MatchString(head) || reClauseHead.MatchString(clause)
}

// bodyOrPlaceEnds end a name of a body or a place.
const bodyOrPlaceEnds = "学院|学校|大学|高校|局|公司|集团|医院|中心|县|市|区|镇|乡|街道|村|社区|单位"

var (
	// reSubjectHead ends a clause that is a body's or a place's name.
	reSubjectHead = regexp.MustCompile(`(` + bodyOrPlaceEnds + `)$`)
	// reClauseHead is a clause that opens on a body's or a place's name,
	// then has the count, or its verb (县市场监管局仍有四个; 省学生资助中心完成整改十个).
	reClauseHead = regexp.MustCompile(`^\p{Han}{1,12}?(` + bodyOrPlaceEnds + `)((仍|尚|还|另)?有|已?(完成整改|整改完成|整改|办结|销号))$`)
)

// lastClause splits the words before a figure at the last of the breaks:
// the words before it and the clause holding the figure (all of before when
// there is no break).
func lastClause(before, breaks string) (head, clause string) {
	i := strings.LastIndexAny(before, breaks)
	if i < 0 {
		return "", before
	}
	_, size := utf8.DecodeRuneInString(before[i:])
	return before[:i], before[i+size:]
}

// unreadShare tells a count among the parts, in a part's sentence and the
// total's measure word, that the reading could not give a state (15个已完成销
// 号，3个进入验收阶段，1个仍在整改: the 3) and that fills the gap: the parts
// are not known to be all the total's, so a sum short of it proves nothing.
func unreadShare(claims []extract.Claim, t extract.Claim, parts []extract.Claim) bool {
	sum := 0.0
	for _, p := range parts {
		sum += p.Value
	}
	for _, c := range claims {
		if c.Kind != extract.KindOther || c.Unit != t.Unit || c.Object != "" || sum+c.Value != t.Value {
			continue // only a share that fills the gap exactly (review of session 15)
		}
		for _, p := range parts {
			if c.Source == p.Source && c.Figure.Start > t.Figure.Start {
				return true
			}
		}
	}
	return false
}

// withinEarlierPart tells a part, in a later sentence than an earlier part
// of the same state (parts come in document order), no larger than it (其余
// 6个…需分阶段推进。…：2个资产确权问题力争在今年12月底前完成…): a share of
// that part told again, not one more part of the total.
func withinEarlierPart(parts []extract.Claim, p extract.Claim) bool {
	if before, _ := aroundFigure(p); reFurtherPart.MatchString(before) {
		return false // …仍在办理中者287项；另有34项因…尚未…: one more part
	}
	for _, q := range parts {
		if q.Subtype == p.Subtype && q.Source != p.Source && p.Value <= q.Value {
			return true
		}
	}
	return false
}

// inRespectiveList tells a total that ends a list of totals read by 分别
// (反馈问题分别为二十六个和十九个，…分别整改完成二十四个和十九个): each unit's,
// its parts the list after, not this total's alone.
func inRespectiveList(claims []extract.Claim, i int) bool {
	t := claims[i]
	if i == 0 || claims[i-1].Source != t.Source || claims[i-1].Kind != t.Kind || claims[i-1].Subtype != t.Subtype {
		return false
	}
	before, _ := aroundFigure(claims[i-1])
	return reRespectively.MatchString(before) // 分别为二十六个和十九个: 分别 right before the list
}

// reRespectively ends the words before the first of a list read by 分别.
var reRespectively = regexp.MustCompile(`分别(为|是|有)?$`)

// toldBefore tells a part that an earlier part, in the first part's
// sentence, already gave: same state, same count (…尚未启动1个。尚未启动的1个
// 问题涉及…).
func toldBefore(parts []extract.Claim, p extract.Claim) bool {
	for _, q := range parts {
		if q.Source == parts[0].Source && (q.Subtype == p.Subtype || notDoneYet(q) && notDoneYet(p)) && q.Value == p.Value {
			return true
		}
	}
	return false
}

// notDoneYet tells a part in progress or not done: 正在整改2个, then 未完成的
// 两项 are one part told twice (written set wh).
func notDoneYet(c extract.Claim) bool {
	return c.Subtype == extract.SubtypeInProgress || c.Subtype == extract.SubtypeNotDone
}

// clauseEndsDe tells a count whose clause, up to it, ends with 的 (已办结的
// 38件均已…): a part named again as a noun phrase, not a new count — not
// the next of a list (分别为2个、2个、4个).
func clauseEndsDe(p extract.Claim) bool {
	before, _ := aroundFigure(p)
	return strings.HasSuffix(before, "的")
}

// reSubjectLead is the words of a sentence before a count that make the
// count its subject, named by its state (正在推进的4个问题主要涉及…).
var reSubjectLead = regexp.MustCompile(`^[^，,；;。：:]{1,16}的$`)

// namedSet tells a count that opens its clause, named by the words before
// it and 的 and followed by its noun, as the subject (长期坚持的4个问题均
// 已…, 尚在推进的三个问题中，…) or the object of what was done with it (…，对
// 整改不到位的13个问题开展了“回头看”): a set the sentence goes on to tell of.
func namedSet(p extract.Claim) bool {
	before, after := aroundFigure(p)
	_, clause := lastClause(before, "，,；;：:")
	return reSubjectLead.MatchString(clause) && reSetNoun.MatchString(after)
}

// classNamed tells a named set that is a class of the plan (长期坚持的4个问
// 题, 立行立改的9个问题), not a state.
func classNamed(p extract.Claim) bool {
	before, _ := aroundFigure(p)
	return reClassLead.MatchString(before)
}

// classNoun tells a count whose noun names a class of the plan (完成剩余3个
// 限期整改类问题): the class's, in a later sentence no part of the total.
func classNoun(p extract.Claim) bool {
	before, after := aroundFigure(p)
	_, clause := lastClause(before, "，,；;：:")
	// Told as the rest (剩余, 其余: reRestLead): a restatement; 另有, 还有
	// add a part.
	return reClassAfter.MatchString(after) && reRestLead.MatchString(clause)
}

// reClassAfter opens the words after a count that name a class of the plan
// as its noun.
var reClassAfter = regexp.MustCompile(`^(` + extract.RectifyClasses + `)类?(的)?(问题|事项|任务)`)

// reClassLead ends the words before a count that name a class of the plan.
var reClassLead = regexp.MustCompile(`(` + extract.RectifyClasses + `)(类)?的$`)

// objectNamed tells a named set that is the object of what was done with
// it (对整改不到位的13个问题开展了“回头看”).
func objectNamed(p extract.Claim) bool {
	before, _ := aroundFigure(p)
	_, clause := lastClause(before, "，,；;：:")
	return reObjectLead.MatchString(clause)
}

// reObjectLead opens the words before a named set with what takes it as an
// object, after a time at most (今年对…的13个问题).
var reObjectLead = regexp.MustCompile(`^[^对针就]{0,6}(对|针对|就)`)

// toldEarlier tells a count some claim before it gave already, in the same
// state (…正在整改三个…。分方面看，…。尚在推进的三个问题中，…).
func toldEarlier(before []extract.Claim, p extract.Claim) bool {
	for _, q := range before {
		if q.Source != p.Source && q.Kind == p.Kind && q.Subtype == p.Subtype && q.Value == p.Value && q.Scope == p.Scope {
			return true
		}
	}
	return false
}

// reSetNoun is the noun right after a count that names a set of problems.
var reSetNoun = regexp.MustCompile(`^(具体)?(问题|事项|整改事项|整改任务|信访件|信访举报件|举报件|交办件|信访案件|隐患)`)

// toldAgainAsSubject tells a part that opens a later sentence as its
// subject, with the state and count of a part told before in any sentence
// (…正在推进的分别为2个、2个、4个。正在推进的4个问题主要涉及…): that part
// told again, to say more of it.
func toldAgainAsSubject(parts []extract.Claim, p extract.Claim) bool {
	if before, _ := aroundFigure(p); !reSubjectLead.MatchString(before) {
		return false
	}
	for _, q := range parts {
		if q.Source != p.Source && q.Subtype == p.Subtype && q.Value == p.Value {
			return true
		}
	}
	return false
}

// aloneIn tells whether p is the only one of parts in its sentence (另有1个正在
// 整改，1个尚未启动整改 are two parts, not the rest told again).
func aloneIn(parts []extract.Claim, p extract.Claim) bool {
	n := 0
	for _, q := range parts {
		if q.Source == p.Source {
			n++
		}
	}
	return n == 1
}

// partOfPart tells a claim that, after 其中, is a part of a state — of the
// done or open ones (已完成整改8个（其中2个需长期坚持）, 已完成整改9个，其中立行
// 立改4个) — not of the total: it adds to no sum, and is no count of the whole.
func partOfPart(claims []extract.Claim, c extract.Claim) bool {
	return c.Of >= 0 && c.Of < len(claims) && claims[c.Of].Subtype.IsState()
}

// taskTotal tells a total of the tasks or measures the problems were broken
// into (细化整改任务58项): its parts are counted in its own measure word; a
// count in another (已完成整改17个) is of the problems.
func taskTotal(c extract.Claim) bool {
	return c.Subtype == extract.SubtypeTotal && reTaskObject.MatchString(c.Object) && !strings.Contains(c.Object, "问题")
}

// reTaskObject names tasks or measures.
var reTaskObject = regexp.MustCompile(`任务|措施|举措`)

// reRestLead ends the words before a count that name it the rest (剩余, 其余,
// 余下 …; 未完成的 opening its sentence) in its clause.
var reRestLead = regexp.MustCompile(`(剩余|其余|余下|剩下)[^，,；;。：:0-9０-９]{0,4}$|^(对)?(尚未|未)(完成|整改到位|销号)(整改)?的$`)

// restOfEarlier tells a part named the rest (对剩余8个问题; 其余78件) that is
// not what the total t's parts leave of it but exactly what is left of an
// earlier whole of its paragraph in before — after its done count (共查出问
// 题52个，已整改44个 … 其中…14个问题已整改11个。对剩余8个问题) or after t, a set
// found in it (对87件信访件开展“回头看”，发现9件…反弹，其余78件…): the rest of
// that whole, no part of t.
func restOfEarlier(before []extract.Claim, t extract.Claim, parts []extract.Claim, p extract.Claim) bool {
	if b, _ := aroundFigure(p); !reRestLead.MatchString(b) {
		return false
	}
	left := t.Value
	for _, q := range parts {
		left -= q.Value
	}
	if p.Value <= left {
		return false // 已整改3个，正在整改1个，剩余2个…: the rest of this total, as it fits
	}
	for j := len(before) - 1; j >= 0; j-- {
		w := before[j]
		if w.Paragraph != t.Paragraph {
			break
		}
		if w.Kind != extract.KindProblems || w.Subtype != extract.SubtypeTotal || w.Of >= 0 || w.Figure == t.Figure || !ownOrEarlier(w) {
			continue
		}
		if w.Value-t.Value == p.Value {
			return true
		}
		for _, d := range before[j+1:] {
			if d.Kind == extract.KindProblems && d.Subtype == extract.SubtypeDone && d.Of < 0 && w.Value-d.Value == p.Value {
				return true
			}
		}
	}
	return false
}

// joinedTotal returns the value of the total right before claims[i] in its
// sentence when the two are joined by 和, 及 or 以及 with no clause between
// (六个方面二十九个问题和选人用人专项检查指出的四个问题): one set of their sum,
// whose parts the words after them count — or parts of one of the two (其中审
// 计指出的问题已整改4个): a sum short of both proves nothing, only one above it
// does.
func joinedTotal(claims []extract.Claim, i int) (float64, bool) {
	if i == 0 {
		return 0, false
	}
	p, t := claims[i-1], claims[i]
	if p.Source != t.Source || p.Kind != t.Kind || p.Subtype != extract.SubtypeTotal || p.Of >= 0 || p.Figure.Page != t.Figure.Page {
		return 0, false
	}
	rs := []rune(extract.Simplify(t.Text))
	lo, hi := p.Figure.End-t.Source.Start, t.Figure.Start-t.Source.Start
	if lo < 0 || hi > len(rs) || lo >= hi {
		return 0, false
	}
	between := string(rs[lo:hi])
	if strings.ContainsAny(between, "，,；;。：:") || !strings.Contains(between, "和") && !strings.Contains(between, "及") {
		return 0, false
	}
	return p.Value, true
}

// setVerbInClause tells a count whose own clause, before it, holds a verb
// that introduces a set of problems (检查组共查出整改不到位问题34个): the set
// found, in whatever state its words say, not a part of a total before.
func setVerbInClause(p extract.Claim) bool {
	before, _ := aroundFigure(p)
	_, clause := lastClause(before, "，,；;：:")
	return reFindingVerb.MatchString(clause)
}

// reFindingVerb is a verb by which a set of problems is found or handed
// over (查出, 发现, 反馈 …) — not 涉及 or 存在, which a remainder's reason
// holds (因涉及跨县河段界定尚未启动整改的1个).
var reFindingVerb = regexp.MustCompile(`查出|发现|反馈|排查|梳理出|交办|移交|指出|查摆`)

// statesOpen tells a paragraph (para, whose claims start cs; the one right
// after the total's) that opens, before any other count of problems, on two
// states or more of problems with no noun or subject of their own (截至11月20日，
// 已完成整改17个，正在整改3个), and is no section on an aspect or class
// ((二)…方面, 1. …, 关于…): the states of the total in the paragraph before.
func statesOpen(cs []extract.Claim, para int) bool {
	n := 0
	for _, c := range cs {
		if c.Paragraph != para {
			break
		}
		if c.Kind != extract.KindProblems {
			continue
		}
		if c.Subtype == extract.SubtypeRate && n > 0 {
			break // their rate ends them
		}
		if !c.Subtype.IsState() || c.Object != "" || c.Of >= 0 || c.Scope == extract.ScopeOtherUnits {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	return !reSectionOpen.MatchString(extract.Simplify(strings.TrimSpace(cs[0].Text)))
}

// reSectionOpen opens a paragraph on a section's number or an aspect named
// (（二）…, 2. …, 关于…方面, …类问题): its states are its own.
var reSectionOpen = regexp.MustCompile(`^([（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．、]|关于)|^[^，,。；;]{0,20}(方面|类问题|领域)`)

// moneyParts returns the parts of the amount claims[i] that its breakdown
// tells (the money claims after it whose Of is i), up to the first that
// opens the rest of the whole rather than a means of it (另有140万元…正在
// 处理, 尚未整改1.1亿元: the breakdown ended), leaving out a sum told again
// (合计500万元), a part of a part (a second 其中: 其中涉及扶贫资金0.3亿元) and
// a note in brackets (（含利息收入36万元）).
func moneyParts(claims []extract.Claim, i int) []extract.Claim {
	var parts []extract.Claim
	for _, p := range claims[i+1:] {
		if p.Of != i || p.Kind != extract.KindMoney {
			continue
		}
		before, _ := aroundFigure(p)
		lead := before
		if k := strings.LastIndexAny(lead, "，,；;：:、"); k >= 0 {
			lead = lead[k:]
		}
		lead = strings.TrimLeft(lead, "，,；;：:、")
		switch {
		case reRestOfMoney.MatchString(lead):
			return parts
		case reSumTold.MatchString(lead), len(parts) > 0 && strings.Contains(lead, "其中"), extract.EndsInBracket(before):
			continue
		}
		parts = append(parts, p)
	}
	return parts
}

// reRestOfMoney opens an amount that is the rest of the whole, not a means
// of it: one more, not yet, what remains; or a time, a state of the whole or
// a new act (截至目前已整改…, 同时督促…): the breakdown has ended. Not a
// category that opens on 未 (未按规定拨付的资金…: a means).
var reRestOfMoney = regexp.MustCompile(`^(另有|另外|此外|另|尚未|尚有|还有|未整改|未收回|未完成|未到位|剩余|剩下|其余|余下|截至|截止|至今|累计|同时|对新|针对)|已整改|已完成整改|整改率`)

// reSumTold names a sum told again among the parts.
var reSumTold = regexp.MustCompile(`合计|共计|总计|累计|总额`)

// twoBreakdowns tells parts of which the first few make the whole and the
// rest make it again, within rounding (其中省级资金600万元、县级资金400万
// 元，收回资金700万元、调整账目300万元: by source, then by means): two
// breakdowns of one amount. Not 收回600万元，归还400万元，调整300万元 of
// 1000万元: the rest does not make the whole again.
func twoBreakdowns(in *Input, t extract.Claim, parts []extract.Claim) bool {
	for k := 1; k < len(parts); k++ {
		if makesWhole(in, t, parts[:k]) && makesWhole(in, t, parts[k:]) {
			return true
		}
	}
	return false
}

// makesWhole tells parts that add up to t within the rounding of the
// figures as written.
func makesWhole(in *Input, t extract.Claim, parts []extract.Claim) bool {
	sum, slack := 0.0, writtenHalf(in, t)
	for _, p := range parts {
		sum += p.Value
		slack += writtenHalf(in, p)
	}
	return math.Abs(sum-t.Value) <= slack
}

// moneyOver tells money parts whose sum is above their whole by more than
// the rounding of the figures as written (13.95亿 against 2.84 + 0.67 + 9.76
// + 0.88 = 14.15亿; not 2.9亿 against 1.13 + 0.92 + 0.86).
func moneyOver(in *Input, t extract.Claim, parts []extract.Claim) bool {
	sum, slack := 0.0, writtenHalf(in, t)
	for _, p := range parts {
		sum += p.Value
		slack += writtenHalf(in, p)
	}
	return sum > t.Value+slack
}

// writtenHalf is half of the last written digit of an amount, in yuan
// (1.1亿元: 500万; 3200万元: 5000).
func writtenHalf(in *Input, c extract.Claim) float64 {
	if c.Count == 0 {
		return 0
	}
	return 0.5 * math.Pow(10, -float64(decimals(in.slice(c.Figure)))) * c.Value / c.Count
}

// yuanLike writes the amount v in yuan in the unit the amount c is written
// in (14.15亿元 beside 13.95亿元), or as fmtYuan does when c's unit is not
// 元, 万元 or 亿元 as written.
func yuanLike(in *Input, c extract.Claim, v float64) string {
	unit := strings.TrimLeft(in.slice(c.Figure), "0123456789.,，．")
	scale := map[string]float64{"元": 1, "万元": 1e4, "萬元": 1e4, "亿元": 1e8, "億元": 1e8}[unit]
	if scale == 0 {
		return fmtYuan(v)
	}
	return fmtNum(math.Round(v/scale*1e4)/1e4) + unit
}

// fmtYuan writes an amount in yuan as reports do: in 亿元 from a hundred
// million, in 万元 from ten thousand (14.15亿元, 3200万元, 7500元).
func fmtYuan(v float64) string {
	switch {
	case math.Abs(v) >= 1e8:
		return fmtNum(math.Round(v/1e4)/1e4) + "亿元"
	case math.Abs(v) >= 1e4:
		return fmtNum(math.Round(v/1e2)/1e2) + "万元"
	}
	return fmtNum(v) + "元"
}

// reFurtherPart ends the words before a part told as one more (另有34项, 此外
// 还有2个): no share of a part before it.
var reFurtherPart = regexp.MustCompile(`(另有|另外还有|此外还有|此外|另外|还有)$`)

// reSumClause is a clause that opens on a sum (合计完成整改24个, 累计已整改…).
var reSumClause = regexp.MustCompile(`(^|[，,；;])(合计|共计|总计|累计|共)[^，,；;。]*$`)

// sumOverMore tells a count p whose clause opens on a sum after a total t
// of one class — a larger total of the paragraph came before t — that is no
// larger than that whole (巡察反馈问题25个。…作风建设方面的7个问题全部整改完成，
// 合计完成整改22个): a sum over the classes, not a part of t. After a total
// of the whole (反馈问题16个，共整改完成18个) the sum is its part, over it.
func sumOverMore(before []extract.Claim, t, p extract.Claim) bool {
	if pb, _ := aroundFigure(p); !reSumClause.MatchString(pb) {
		return false
	}
	return slices.ContainsFunc(before, func(c extract.Claim) bool {
		return c.Paragraph <= t.Paragraph && c.Paragraph >= t.Paragraph-1 && c.Kind == extract.KindProblems && c.Subtype == extract.SubtypeTotal &&
			c.Of < 0 && c.Value > t.Value && p.Value <= c.Value
	})
}

// restOfSeveral tells parts of a total t whose last, a remainder after its
// done count, is what two or more totals of t's sentence leave together
// (2022年度遗留的5个问题已整改4个，2023年度遗留的9个问题已整改8个，剩余2个…):
// the rest of them all, not of t alone.
func restOfSeveral(before []extract.Claim, t extract.Claim, parts []extract.Claim) bool {
	last := parts[len(parts)-1]
	if last.Source != t.Source || last.Subtype == extract.SubtypeDone {
		return false
	}
	b, _ := aroundFigure(last)
	if _, c := lastClause(b, "，,；;。"); !reRestWord.MatchString(c) {
		return false
	}
	gap, totals := 0.0, 0
	for _, c := range append(before, t) {
		if c.Source == t.Source && c.Kind == extract.KindProblems && c.Subtype == extract.SubtypeTotal && c.Of < 0 {
			gap += c.Value
			totals++
		}
	}
	for _, c := range append(before, parts...) {
		if c.Source == t.Source && c.Kind == extract.KindProblems && c.Subtype == extract.SubtypeDone {
			gap -= c.Value
		}
	}
	return totals >= 2 && gap == last.Value
}

// reRestWord opens a clause on the rest (剩余2个, 其余3个).
var reRestWord = regexp.MustCompile(`^(剩余|其余|余下|剩下|尚余|另有|还有)`)
