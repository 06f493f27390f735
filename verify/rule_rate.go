package verify

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// RuleRate: a stated completion rate is not done ÷ total.
const RuleRate RuleID = "arith.rate"

func init() {
	register(20, rate{ruleSpec{RuleRate, "完成率与所述数字不符", High, Needs{Report: true}}})
}

// rate: a stated completion rate must be done ÷ total within the rounding
// (or truncation) of the digits shown. Counting items 基本完成 / 阶段性 as
// done, dividing by the sum of the stated parts, adding the done counts of
// the total's classes, or dividing by totals stated side by side, are
// readings a report may reasonably use and are accepted too.
type rate struct{ ruleSpec }

func (rate) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	claims := in.Claims
	for i, r := range claims {
		if !ownOrEarlier(r) || r.Kind != extract.KindProblems || r.Subtype != extract.SubtypeRate || r.Approx != extract.Exact {
			continue
		}
		if statedBefore(claims[:i], r) && !doneInSentence(claims[:i], r) {
			// …完成率88.9%。从四个方面看，…。整改完成率88.9%，较7月底提高了…: the
			// rate told again after a breakdown is checked where first told.
			continue
		}
		sp := readRateSpan(in, claims, i)
		total, done := sp.total, sp.done
		if total == nil || done == nil || total.Value == 0 || total.Approx != extract.Exact || done.Approx != extract.Exact ||
			done.Value > total.Value && otherMeasure(*total, *done) {
			// A done count past the total in another measure word is of
			// another set (问题88个 … 已完成整改1325件).
			continue
		}
		if topicLeft(claims, sp.totalAt, sp.doneAt) {
			// 37个问题中已整改完成31个…。分行累计收回…资金3.47亿元…。巡视期间受理
			// 的信访举报，分行已办结二十八件，办结率百分之百: the text left the
			// problems for other figures and came back with a done count of
			// a set of its own, whose whole it does not state.
			continue
		}
		digits := decimals(in.slice(r.Figure))
		candidates := sp.candidates(in, claims, i)
		ok := false
		for _, x := range candidates {
			if rateMatches(r.Value, x, digits) {
				ok = true
			}
		}
		if lv := levelOf(*done); !ok && lv != "" {
			// 镇本级问题12个、村级问题59个…村级问题已整改52个，整改率88.1%:
			// the rate of the total of the done count's own level.
			for _, t := range claims[:i] {
				if t.Kind == extract.KindProblems && t.Subtype == extract.SubtypeTotal && t.Paragraph == done.Paragraph && t.Value > 0 &&
					levelOf(t) == lv && rateMatches(r.Value, done.Value/t.Value*100, digits) {
					ok = true
				}
			}
		}
		if !ok && sumWord(*done) {
			// 两部分合计已完成28个，整改率84.8%: a done count told as a sum
			// is over a whole the report told as one, in any paragraph
			// before (合计33个), not only the nearest total.
			for _, t := range claims[:i] {
				if t.Kind == extract.KindProblems && t.Subtype == extract.SubtypeTotal && ownOrEarlier(t) && t.Of < 0 && t.Unit == done.Unit &&
					t.Approx == extract.Exact && t.Value > 0 && rateMatches(r.Value, done.Value/t.Value*100, digits) {
					ok = true
				}
			}
		}
		if hd, ht := roundedBy(in, *done), roundedBy(in, *total); !ok && (hd > 0 || ht > 0) && total.Value > ht {
			// Figures written rounded in 万 or 亿 (5.58万个 of 5.6万个) stand
			// for any count they round from: the rate holds if one pair does.
			lo, hi := (done.Value-hd)/(total.Value+ht)*100, (done.Value+hd)/(total.Value-ht)*100
			half := 0.5 / math.Pow(10, float64(digits))
			ok = r.Value >= lo-half && r.Value <= hi+half
		}
		if ok || moneyRatio(claims[:i], r, digits) {
			// A rate that is the ratio of two amounts right before it in its
			// sentence (应整改金额3.2亿元，已整改2.9亿元，整改率90.63%) is the
			// money's, not the problems'.
			continue
		}
		obs := math.Round(candidates[0]*100) / 100
		ev := []Evidence{claimEvidence(r)}
		if total.Source != r.Source {
			ev = append(ev, claimEvidence(*total))
		}
		out = append(out, Finding{Item: string(extract.KindProblems), Claimed: Num(r.Value), Observed: Num(obs), Claim: claimPtr(r), Evidence: ev,
			Message: fmt.Sprintf("整改报告称完成率%s%%，但%s÷%s=%s%%", fmtNum(r.Value), fmtNum(done.Value), fmtNum(total.Value), fmtNum(obs))})
	}
	return out, nil
}

// rateSpan is what arith.rate reads walking back from a rate over the
// problems counts of its paragraph: the nearest total and the done count
// right before the rate, and what a report may reasonably state its rate
// over besides.
type rateSpan struct {
	total, done     *extract.Claim
	totalAt, doneAt int             // their indices, -1 when none
	others          []extract.Claim // counts in progress or not done between the total and the rate
	// dones are the done counts between the total and the rate; doneWholes
	// those of them a part is taken from (…的31个问题中的27个).
	dones, doneWholes []float64
	// totals is the nearest total and the totals before it side by side
	// (问题8个、问题37个), summed.
	totals float64
	// grand are the totals before the nearest that carry done counts of
	// their own between them (分领域看，…问题41个，已整改38个；…总体上已整改159
	// 个), or before a nearest total that is a class of the plan.
	grand []grandTotal
}

// grandTotal is a total before the nearest with the done counts after its
// sentence (the classes' or aspects'), and its own sentence's.
type grandTotal struct{ value, later, own float64 }

// readRateSpan walks back from the rate at claims[i] over its paragraph.
func readRateSpan(in *Input, claims []extract.Claim, i int) rateSpan {
	r := claims[i]
	sp := rateSpan{totalAt: -1, doneAt: -1}
	allDones := 0.0                              // the done counts walked over
	doneBySource := map[extract.Source]float64{} // of them, the whole's own (no part under 其中), by sentence
	doneAfterTotal := false                      // a done count before the nearest total: the aspects have theirs
	for j := i - 1; j >= 0 && claims[j].Paragraph == r.Paragraph; j-- {
		c := claims[j]
		if c.Kind == extract.KindProblems && c.Scope == extract.ScopeOtherUnits && c.Scope != r.Scope {
			if sp.done == nil && sp.total == nil {
				// Other units' counts right before the rate (两家单位分别…
				// 完成整改22个、15个，整改完成率达到92.5%): the rate is over
				// theirs, not to be checked against the unit's own before.
				break
			}
			continue
		}
		if c.Kind != extract.KindProblems || !sameRound(c, r) || !sameSum(c, r) || closedBefore(in, c, r) || partOfPart(claims, c) {
			continue // a part of a part after 其中 (已完成整改9个，其中立行立改4个) is no count of the whole
		}
		switch c.Subtype {
		case extract.SubtypeTotal:
			switch {
			case c.Of >= 0 && c.Of < len(claims) && claims[c.Of].Kind == extract.KindProblems && claims[c.Of].Subtype == extract.SubtypeTotal:
				// A part of a total (其中共性问题12个、个性问题18个): never the
				// rate's whole.
			case sp.total == nil && !(taskTotal(c) && sp.done != nil && c.Unit != sp.done.Unit):
				// Not a total of tasks (细化整改任务58项) for a done count in
				// another measure word (已完成整改17个).
				sp.total, sp.totals, sp.totalAt = &claims[j], c.Value, j
			case sp.total != nil && c.Unit == sp.total.Unit && c.Of < 0:
				sp.totals += c.Value
				if c.Scope == sp.total.Scope && (doneAfterTotal || classInClause(*sp.total)) {
					// 共反映问题172个。分领域看，…问题41个，已整改38个；…; 共指出问题
					// 104个。要求立行立改的问题86个，已全部完成整改；…
					own := doneBySource[c.Source]
					sp.grand = append(sp.grand, grandTotal{value: c.Value, later: allDones - own, own: own})
				}
			}
		case extract.SubtypeDone:
			allDones += c.Value
			if c.Of < 0 {
				doneBySource[c.Source] += c.Value
			}
			if sp.total != nil {
				doneAfterTotal = true
				break
			}
			if sp.done == nil {
				sp.done, sp.doneAt = &claims[j], j
			}
			sp.dones = append(sp.dones, c.Value)
			if _, after := aroundFigure(c); reWholeOfAfter.MatchString(after) {
				sp.doneWholes = append(sp.doneWholes, c.Value)
			}
		case extract.SubtypeInProgress, extract.SubtypeNotDone:
			if sp.total == nil {
				sp.others = append(sp.others, c)
			}
		case extract.SubtypeRate:
			return sp // the rate before closes the span
		}
	}
	before, _ := aroundFigure(r)
	overall := strings.Contains(before, "总体") || strings.Contains(before, "整体")
	if overall && sp.done == nil {
		// 18个问题已完成整改13个…。分类别看，…长期坚持问题3个，已取得阶段性
		// 成效。总体整改完成率76.47%: the last class has no done count; the
		// overall rate is the whole's, told with its done count in its
		// paragraph before the classes.
		for j := i - 1; j >= 0 && claims[j].Paragraph == r.Paragraph; j-- {
			t := claims[j]
			if t.Kind != extract.KindProblems || t.Subtype != extract.SubtypeTotal || t.Of >= 0 || t.Scope != r.Scope || !sameRound(t, r) || classInClause(t) ||
				slices.ContainsFunc(claims[:j], func(c extract.Claim) bool {
					// A part of a larger whole of the paragraph (…方面问题8个 after
					// 共反映问题58个; 61个未整改到位的 after 合计反映问题413个).
					return c.Paragraph == r.Paragraph && c.Kind == extract.KindProblems && c.Subtype == extract.SubtypeTotal && c.Scope == r.Scope && c.Value > t.Value
				}) {
				continue
			}
			for k := j + 1; k < i && claims[k].Source == t.Source; k++ {
				if d := claims[k]; d.Kind == extract.KindProblems && d.Subtype == extract.SubtypeDone && d.Of < 0 && d.Scope == r.Scope {
					sp.total, sp.totalAt, sp.done, sp.doneAt, sp.totals = &claims[j], j, &claims[k], k, t.Value
					sp.dones, sp.others, sp.grand = []float64{d.Value}, nil, nil
					break
				}
			}
			break // the whole nearest the rate, with its done count or none (巡察反馈问题20个。分类别看，…)
		}
	}
	if classes := classesSum(claims[:i], r.Paragraph); allDones > 0 && overall && classes > 0 {
		// 巡察反馈问题20个，其中…类12个、…类6个…。(next paragraph) 立行立改类
		// 12个问题已全部完成；限期整改类6个问题已完成4个…。总体整改完成率80%:
		// an overall rate over the whole told in a paragraph before, of the
		// classes' done counts told after it.
		for j := i - 1; j >= 0; j-- {
			if c := claims[j]; c.Paragraph < r.Paragraph && c.Kind == extract.KindProblems && c.Subtype == extract.SubtypeTotal && c.Of < 0 &&
				c.Scope == r.Scope && sameRound(c, r) && c.Approx == extract.Exact && c.Value >= allDones && c.Value == classes {
				sp.grand = append(sp.grand, grandTotal{value: c.Value, later: allDones})
				break
			}
		}
	}
	return sp
}

// candidates are the rates a report may reasonably mean by the rate at
// claims[i]: done ÷ total first (the one a finding reports), then counting
// items stated as 基本完成 / 阶段性完成 as done, dividing by the sum of the
// stated parts, by the class counted right before the done ones, by
// totals side by side or by a grand total before; adding the done counts of
// classes, of a done whole, or counts the reading left as parts that say
// them done.
func (sp rateSpan) candidates(in *Input, claims []extract.Claim, i int) []float64 {
	total, done := *sp.total, *sp.done
	out := []float64{done.Value / total.Value * 100}
	for _, g := range sp.grand {
		if g.own > 0 && g.own <= g.value {
			// …问题40个，已整改30个。限期整改问题10个，已完成8个，总体整改率
			// 75%: the grand total's own done count.
			out = append(out, g.own/g.value*100)
		}
	}
	if sp.doneAt > 0 && sp.doneAt-1 != sp.totalAt {
		// 要求分阶段整改的47个，已完成整改41个，完成率87.2%: the rate of the
		// class counted right before the done ones, in their sentence — or
		// of a class read as a part (其中立行立改问题12个，已完成9个).
		if c := claims[sp.doneAt-1]; c.Source == done.Source && c.Value >= done.Value && c.Value > 0 && sameRound(c, done) &&
			(c.Kind == extract.KindProblems && (c.Subtype == extract.SubtypeTotal || classInClause(c)) ||
				c.Kind == extract.KindOther && c.Unit == done.Unit && classInClause(c)) {
			out = append(out, done.Value/c.Value*100)
		}
	}
	basic, sum := 0.0, done.Value
	for _, o := range sp.others {
		sum += o.Value
		if o.Subtype == extract.SubtypeInProgress && saysBasicallyDone(in, o) {
			basic += o.Value
		}
	}
	if basic > 0 {
		out = append(out, (done.Value+basic)/total.Value*100)
	}
	if sum > 0 && sum != total.Value {
		out = append(out, done.Value/sum*100)
	}
	if len(sp.dones) > 1 {
		all := 0.0
		for _, d := range sp.dones {
			all += d
		}
		out = append(out, all/total.Value*100)
		if sp.totals > total.Value {
			// 发现问题分别为46个、83个和31个，分别完成整改44个、76个和31个，
			// 总体整改率94.4%: the done counts side by side over the totals
			// side by side.
			out = append(out, all/sp.totals*100)
		}
		for _, w := range sp.doneWholes {
			// 已整改到位的31个问题中的27个已通过销号验收，整改率88.6%: the rate
			// of a done count the next is taken from, a stage of it.
			out = append(out, w/total.Value*100)
		}
	}
	if sp.totals > total.Value {
		out = append(out, done.Value/sp.totals*100)
	}
	// Counts in the total's measure word between it and the rate that the
	// reading left unclassified (其中，可当场整改的94处已督促立即整改；需限期
	// 整改的64处，已整改到位57处…总体整改率95.6%: the 94 is a class, its
	// state unread) may be done ones.
	out = append(out, unreadDones(claims, sp.totalAt, sp.doneAt, i, total, done)...)
	for _, g := range sp.grand {
		if g.value >= done.Value && g.value > 0 {
			out = append(out, done.Value/g.value*100) // the grand total before the aspects' (172 of 41、63、37、31)
		}
		if g.later <= g.value && g.value > 0 {
			// 其中立行立改的8个已全部完成。限期整改问题12个，已完成9个。总体
			// 完成率85%: the classes' done counts over the grand total.
			out = append(out, g.later/g.value*100)
		}
	}
	return out
}

// reDoneVerbBefore ends the words right before a done count (已完成9个,
// 已整改到位5个).
var reDoneVerbBefore = regexp.MustCompile(`(已|业已)(经)?(完成|整改|销号|办结)(整改|到位|完成|销号)?$`)

// reWholeOfAfter starts the words after a count that a part is taken from
// (31个问题中的27个).
var reWholeOfAfter = regexp.MustCompile(`^(个|项|条|件)?(问题|事项|任务)?中的`)

// reCountIn finds a count in a clause (已整改10个, 完成九项).
var reCountIn = regexp.MustCompile(`[0-9０-９零一二两三四五六七八九十百]+(个|项|条|件|处|宗)`)

// clauseOf is the words up to the first clause mark of s.
func clauseOf(s string) string {
	if i := strings.IndexAny(s, "，,；;。"); i >= 0 {
		return s[:i]
	}
	return s
}

// reSaidDone is the words after a count, in its clause, that say its
// things done (…94处已督促立即整改, 7个已全部销号).
var reSaidDone = regexp.MustCompile(`^[^，,；;。]*已[^，,；;。]*(整改|完成|销号|办结|解决)`)

// unreadDones returns the rates done ÷ total would be with some of the
// counts of kind other after the total (at totalAt) added to the done ones:
// counts in the total's measure word, no larger than it, in its paragraph,
// either right after a done verb before the rate (限期整改的12个已完成9个: a
// class's done count, read as its part's state), or before the done count
// (at doneAt) with a clause that says them done and holds no count of its
// own (可当场整改的94处已督促立即整改; not 分阶段整改问题30个已整改10个, nor a
// subset told after the done ones). At most six are tried.
func unreadDones(claims []extract.Claim, totalAt, doneAt, rateAt int, total, done extract.Claim) []float64 {
	if totalAt < 0 {
		return nil
	}
	var unread []float64
	for k := totalAt + 1; k < rateAt && len(unread) < 6; k++ {
		c := claims[k]
		if c.Kind != extract.KindOther || c.Unit == "" || c.Unit != total.Unit || c.Value <= 0 || c.Value > total.Value || c.Paragraph != total.Paragraph {
			continue
		}
		before, after := aroundFigure(c)
		if k < doneAt && reSaidDone.MatchString(after) && !reCountIn.MatchString(clauseOf(after)) || reDoneVerbBefore.MatchString(before) {
			unread = append(unread, c.Value)
		}
	}
	var out []float64
	for mask := 1; mask < 1<<len(unread); mask++ {
		sum := done.Value
		for b, v := range unread {
			if mask&(1<<b) != 0 {
				sum += v
			}
		}
		if sum <= total.Value {
			out = append(out, sum/total.Value*100)
		}
	}
	return out
}

// statedBefore tells a rate whose value a rate of its paragraph and round
// stated before: with no done count of its own sentence before it, it is
// that rate told again (after a breakdown), checked where first told.
func statedBefore(before []extract.Claim, r extract.Claim) bool {
	for _, c := range before {
		if c.Kind == r.Kind && c.Subtype == r.Subtype && c.Value == r.Value && c.Paragraph == r.Paragraph && sameRound(c, r) {
			return true
		}
	}
	return false
}

// doneInSentence tells whether a count of done problems stands before the
// rate r in its sentence: the rate is then that count's (党建方面问题10个，已整改
// 8个，整改率80%；业务方面…已整改9个，整改率80%: each checked).
func doneInSentence(before []extract.Claim, r extract.Claim) bool {
	for k := len(before) - 1; k >= 0 && before[k].Source == r.Source; k-- {
		if before[k].Kind == extract.KindProblems && before[k].Subtype == extract.SubtypeDone {
			return true
		}
	}
	return false
}

// topicLeft tells a done count of another set told after the text left the
// problems of the total at totalAt: counted in the other family of measure
// words (件 against 个), and a sentence between them, neither the total's
// nor the done count's, states figures of other kinds (money, people,
// rules) and none of problems.
func topicLeft(claims []extract.Claim, totalAt, doneAt int) bool {
	if totalAt < 0 || doneAt <= totalAt || claims[totalAt].Source == claims[doneAt].Source {
		return false
	}
	// The done count is of another set: counted in pieces (件) against a
	// total of items (个), or the other way round.
	if !otherMeasure(claims[totalAt], claims[doneAt]) {
		return false
	}
	left := false
	for k := totalAt + 1; k < doneAt; k++ {
		c := claims[k]
		if c.Source == claims[totalAt].Source || c.Source == claims[doneAt].Source || c.Kind == extract.KindOther {
			continue
		}
		if c.Kind == extract.KindProblems {
			left = false // back on the problems before the done count's sentence
			continue
		}
		left = true
	}
	return left
}

// closedBefore reports whether claim c stands in a bracket that closes
// before claim r's figure (…正在整改10个（具体问题共25个，完成整改8个），整改率
// 9.1%): an aside, whose figures are not the ones r is stated over.
func closedBefore(in *Input, c, r extract.Claim) bool {
	if c.Figure.Page != r.Figure.Page || c.Figure.End > r.Figure.Start {
		return false
	}
	depth := 0
	for _, ch := range in.words(parse.Pos{Page: c.Figure.Page, Start: c.Figure.End, End: r.Figure.Start}) {
		switch ch {
		case '（', '(':
			depth++
		case '）', ')':
			if depth--; depth < 0 {
				return true
			}
		}
	}
	return false
}

// moneyRatio tells whether the rate r is the ratio of two amounts of money
// stated before it in its sentence, the smaller over the larger.
func moneyRatio(before []extract.Claim, r extract.Claim, digits int) bool {
	var amounts []float64
	for j := len(before) - 1; j >= 0 && before[j].Source == r.Source; j-- {
		if before[j].Kind == extract.KindMoney || before[j].Unit == "元" {
			amounts = append(amounts, before[j].Value)
		}
	}
	for a := range amounts {
		for b := range amounts {
			if amounts[b] > 0 && amounts[a] < amounts[b] && rateMatches(r.Value, amounts[a]/amounts[b]*100, digits) {
				return true
			}
		}
	}
	return false
}

// reDegreeOfDone (not 分阶段整改, a class of the plan) finds the words of a degree of done (基本完成, 阶段性完成,
// 阶段办结, 部分完成, 部分整改, 初步完成) — not 现阶段 or 部分县区.
var reDegreeOfDone = regexp.MustCompile(`基本(完成|办结|整改)|(^|[^分])阶段性?(完成|办结|整改|成效)|部分(完成|整改|办结)|初步完成|部分的整改|的部分整改`)

// saysBasicallyDone reports an in-progress figure stated as a degree of
// done — 基本完成, 阶段性完成 / 阶段办结, 部分完成 / 部分整改 (which some
// rates count as done).
// The words before are read back to the clause's start, at most 16
// characters (已階段性完成并長期堅持38個: the degree stands ten back).
func saysBasicallyDone(in *Input, c extract.Claim) bool {
	start := max(c.Figure.Start-16, 0)
	before := in.words(parse.Pos{Page: c.Figure.Page, Start: start, End: c.Figure.Start})
	if i := strings.LastIndexAny(before, "，,；;。、：:"); i >= 0 {
		before = before[i:]
	}
	after := in.words(parse.Pos{Page: c.Figure.Page, Start: c.Figure.End, End: c.Figure.End + 8})
	near := extract.Simplify(before + after) // 階段辦結 is 阶段办结
	return reDegreeOfDone.MatchString(near)
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

// roundedBy returns how far a count written rounded in a unit of ten
// thousand or more (5.58万, 1.2亿) may be from the count it stands for: half
// of its last written digit, in the base unit, when that is within 1% of it;
// 0 for a count written whole or too coarsely (3万).
func roundedBy(in *Input, c extract.Claim) float64 {
	if c.Count == 0 || c.Value/c.Count < 10000 {
		return 0
	}
	half := 0.5 * math.Pow(10, -float64(decimals(in.slice(c.Figure)))) * c.Value / c.Count
	if half > c.Value/100 {
		return 0 // 3万个: too coarse to stand for a count within 1%; read as written
	}
	return half
}

// sumWord tells a count whose words right before it say it is a sum
// (合计, 总计, 共计, 累计, 总体上, 两部分合计已完成28个).
func sumWord(c extract.Claim) bool {
	before, _ := aroundFigure(c)
	_, clause := lastClause(before, "，,；;：:")
	return strings.Contains(clause, "合计") || strings.Contains(clause, "总计") || strings.Contains(clause, "共计") ||
		strings.Contains(clause, "累计") || strings.Contains(clause, "总体")
}

// classesSum is the sum of the classes of the plan counted in paragraph
// para (立行立改类12个问题…；限期整改类6个问题…；长期坚持类2个问题…): the
// whole they make up, 0 when the paragraph counts none.
func classesSum(claims []extract.Claim, para int) float64 {
	sum, seen := 0.0, map[extract.Source]bool{}
	for _, c := range claims {
		// A class's first count in its sentence, read as its total or as its
		// state (立行立改类12个问题已全部完成; 长期坚持类2个问题正在持续推进),
		// not the states after it (限期整改类6个问题已完成4个).
		if c.Paragraph == para && c.Kind == extract.KindProblems && c.Subtype != extract.SubtypeRate && c.Of < 0 && !seen[c.Source] {
			seen[c.Source] = true
			if classInClause(c) {
				sum += c.Value
			}
		}
	}
	return sum
}
