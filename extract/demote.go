package extract

import (
	"regexp"
	"slices"
	"strings"
)

// Second passes over a sentence's claims: measures beside a count of
// problems, enumerations by category, and lists of names, made other once
// the whole sentence has been read.

// demoteMeasures files as other the measures a sentence counts beside its
// problems (针对18个问题制定64条措施: the 64): measures are the items only
// when nothing else is counted. cs are the claims of the sentence and figOf
// the index in figs of each one's figure.
func demoteMeasures(cs []Claim, figs []figure, figOf []int) {
	problems, measures := false, false
	var isMeasure []bool
	for i := range cs {
		if cs[i].Kind != KindProblems || cs[i].Subtype == SubtypeRate {
			continue
		}
		if isMeasure == nil {
			isMeasure = make([]bool, len(cs))
		}
		f := figs[figOf[i]]
		switch noun := countedNoun(f); {
		case noun == nounMeasure || splitTasks(f) || tasksJoined(f):
			measures, isMeasure[i] = true, true
		case noun == nounItem && (!hasNear(f, "任务|事项") || hasNear(f, "问题|隐患")):
			problems = true // problems, not the tasks again (66项整改任务已完成27项)
		}
	}
	if !problems || !measures {
		return
	}
	for i := range cs {
		// 反馈问题二十七个，分解成整改任务六十二项，完成五十九项: a state
		// with no noun of its own, in the measure word of the tasks before
		// it and not of the problems, is the tasks'.
		if cs[i].Kind != KindProblems || !cs[i].Subtype.IsState() || isMeasure[i] || countedNoun(figs[figOf[i]]) != nounNone {
			continue
		}
		tasks, own := false, false
		for j := range i {
			if cs[j].Unit == cs[i].Unit && cs[j].Kind == KindProblems {
				tasks = tasks || isMeasure[j]
				own = own || !isMeasure[j]
			}
		}
		isMeasure[i] = tasks && !own
	}
	for i := range cs {
		if isMeasure[i] {
			cs[i] = claimOther(cs[i], figs[figOf[i]])
		}
	}
}

// reSplitInto is a verb that splits problems into pieces, right before
// the pieces' count (分解为, 细化为整改任务, 拆成了).
var reSplitInto = regexp.MustCompile(`(分解|细化|拆分|拆|细分|转化|梳理)(为|成)了?(整改|具体)?(任务|事项)?$`)

// reTaskNoun is the noun of the pieces a split makes, after their count
// (126项整改任务, 57项具体任务).
var reTaskNoun = regexp.MustCompile(`^(整改|具体|工作)?(任务|事项|举措|措施|要点|清单)`)

// splitTasks tells a count of the tasks problems were split into (把38个
// 问题分解为126项整改任务; 细化为整改任务四十二项): measures, though 任务 is
// a noun of items — the problems are counted beside them.
func splitTasks(f figure) bool {
	if !strings.ContainsAny(f.pre, "为成") || !reSplitInto.MatchString(f.pre) {
		return false
	}
	m := reSplitInto.FindStringSubmatch(f.pre)
	return m[4] != "" || reTaskNoun.MatchString(f.post)
}

// tasksJoined tells a count of tasks joined to the count before it (认领问题
// 24个、整改任务70项): the tasks the problems came as, counted beside them.
func tasksJoined(f figure) bool {
	return f.preLo > 0 && strings.ContainsRune("、和及", f.sent[f.preLo-1]) && has(f.pre, "^(和|及)?(整改|具体)?(任务|事项)$")
}

// demoteEnumerations files as other the counts of problems a sentence lists
// by category, three or more joined by 、 with no verb of their own (涉及水
// 水体问题11个、扬尘问题20个、噪声问题30个): the parts of a whole split
// by kind, none of them a total of the unit's problems. cs are the claims
// of the sentence and figOf the index in figs of each one's figure.
func demoteEnumerations(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && enumerated(cs[j-1], figs[figOf[j-1]], cs[j], figs[figOf[j]]) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				cs[k] = claimOther(cs[k], figs[figOf[k]])
			}
		}
		i = j
	}
}

// demoteSumBreakdown files as other the counts a sentence lists with 、
// right after a total of problems, in the clause after it, that add up to
// exactly that total (指出的27项问题，涉及信贷管理12项、内控合规9项、数据治理6
// 项): its breakdown by kind, whatever nouns the kinds' names end in, no
// total of their own.
func demoteSumBreakdown(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i+2 < len(cs); i++ {
		t := cs[i]
		if t.Kind != KindProblems || t.Subtype != SubtypeTotal || t.Approx != Exact {
			continue
		}
		f := figs[figOf[i+1]]
		if figOf[i+1] != figOf[i]+1 || !f.first || f.clauseLo <= figs[figOf[i]].clauseLo {
			continue // the list opens the clause after the total's
		}
		sum, j := 0.0, i+1
		for ; j < len(cs); j++ {
			g := figs[figOf[j]]
			if cs[j].Unit != t.Unit || j > i+1 && (figOf[j] != figOf[j-1]+1 || g.preLo == 0 || g.sent[g.preLo-1] != '、') {
				break
			}
			if cs[j].Kind == KindProblems && cs[j].Subtype.IsState() || isStatus(g.pre) || inBracketRunes(g.sent[:g.n.Start]) {
				sum = -1 // 其中，已办结1件、阶段性办结1件: its states, told as such; (7个问题): a heading's note
				break
			}
			sum += cs[j].Value
		}
		if j-(i+1) >= 2 && sum == t.Value {
			for k := i + 1; k < j; k++ {
				cs[k] = claimOther(cs[k], figs[figOf[k]])
			}
		}
	}
}

// enumerated tells whether claim c, of figure f, continues a list by
// category after claim prev, of figure pf: both count problems in one
// measure word, and f's words are a category and its noun after a 、, with
// no verb or status; or both count an aspect's problems (…方面12个，…方面7
// 个) — not the whole they are of (反馈的20个问题中，…方面8个、…).
func enumerated(prev Claim, pf figure, c Claim, f figure) bool {
	if prev.Unit != c.Unit || prev.Scope != c.Scope || prev.Subtype == SubtypeRate || c.Subtype == SubtypeRate || f.preLo == 0 {
		return false
	}
	if sep := f.sent[f.preLo-1]; (sep == '、' || sep == '，' || sep == ',') && strings.HasSuffix(f.pre, "方面") && strings.HasSuffix(pf.pre, "方面") &&
		(prev.Kind == KindProblems || prev.Kind == KindOther) && (c.Kind == KindProblems || c.Kind == KindOther) {
		// …方面12个，…方面7个: counts by aspect, whatever verb the
		// aspect's name holds (推进…行动方面).
		return true
	}
	return prev.Kind == KindProblems && c.Kind == KindProblems && prev.Subtype == SubtypeTotal && c.Subtype == SubtypeTotal &&
		f.sent[f.preLo-1] == '、' && has(f.pre, itemNouns) && !has(f.pre, totalOrDone) && !isStatus(f.pre)
}

// measureClaim is a problems claim that counts measures, and its figure.
type measureClaim struct {
	claim int
	fig   figure
}

// noteMeasures notes, for the claims of a sentence from first on, whether
// one counts problems and which count measures: those naming a measure noun
// and those after them, in the paragraph, that name no noun of their own and
// share their measure word (制定整改措施64条，已完成60条: the 60 too).
func (x *extractor) noteMeasures(first int, figs []figure) {
	for i := first; i < len(x.claims); i++ {
		if x.claims[i].Kind == KindOther && x.claims[i].Unit != "%" {
			// A measure its sentence already filed as other (整改44个问题
			// …，应完成整改措施86项，已完成84项) still names the noun of
			// the counts after it in its own measure word; in the problems'
			// (问题整改19项，完成整改措施62项，持续推进3项) they may be either.
			if f := figs[x.figOf[i-first]]; countedNoun(f) == nounMeasure && f.unit != x.itemUnit {
				x.measureUnit = f.unit
			}
			continue
		}
		if x.claims[i].Kind == KindProblems && x.claims[i].Subtype == SubtypeRate {
			if f := figs[x.figOf[i-first]]; x.measureUnit != "" && measuresCountedLast(f.sentenceBefore()) {
				// 制定整改措施132项，已完成70项，完成率53%: the
				// measures' rate, demoted with them.
				x.measures = append(x.measures, measureClaim{i, f})
			}
			continue
		}
		if x.claims[i].Kind != KindProblems {
			continue
		}
		f := figs[x.figOf[i-first]]
		switch countedNoun(f) {
		case nounMeasure:
			x.measures = append(x.measures, measureClaim{i, f})
			x.measureUnit = f.unit
		case nounItem:
			x.items = true
			x.measureUnit, x.itemUnit = "", f.unit
		case nounNone:
			if x.measureUnit != "" && f.unit == x.measureUnit {
				x.measures = append(x.measures, measureClaim{i, f})
			}
		}
	}
}

// demoteMeasures files as other the measures counted in a text that counts
// its problems too, in another sentence (问题33项 … 制定97项整改措施，细化为
// 171条具体措施): measures are the items only when nothing else is counted
// (docs/devset.md, measures-as-items).
func (x *extractor) demoteMeasures() {
	if !x.items {
		return
	}
	for _, m := range x.measures {
		if c := &x.claims[m.claim]; c.Kind == KindProblems {
			*c = claimOther(*c, m.fig)
		}
	}
}

// demoteMoneyRates files as other a completion rate that is the ratio of
// an amount of money right before it in its sentence to an amount the
// document stated earlier, in the sentence or before it (应整改金额2.36亿元，
// 已整改2.07亿元，整改率87.71%; 指出问题…涉及金额1.26亿元。…已整改金额9860
// 万元，整改率78.25%: an amount in question, stated earlier): the
// share of the money rectified, not of the problems.
// A rate after one amount that no earlier amount explains (整改问题金额43亿
// 元，整改率达97%) is left as the problems', as the annotators read it:
// nothing says whose share it is. all are the claims read so far; the
// sentence's start at first.
func demoteMoneyRates(all []Claim, first int, figs []figure, figOf []int) {
	for i := first + 1; i < len(all); i++ {
		r, b := all[i], all[i-1]
		if r.Kind != KindProblems || r.Subtype != SubtypeRate || b.Kind != KindMoney {
			continue
		}
		for j := i - 2; j >= 0; j-- {
			// In the sentence any amount; before it only an amount in
			// question (涉及金额, 应整改资金), to the rate's digits (reviews
			// of session 15).
			a := all[j]
			inSentence := j >= first
			if !inSentence && !has(a.Object, "金额|资金|款") {
				continue
			}
			if a.Kind == KindMoney && a.Value > b.Value && ratioIs(r.Value, 100*b.Value/a.Value, inSentence) {
				all[i] = claimOther(r, figs[figOf[i-first]])
				break
			}
		}
	}
}

// ratioIs tells a stated percentage that is the ratio, as written: within
// 0.05 of it, or, when wholeRounds and the percentage is stated whole, its
// rounding to a whole.
func ratioIs(stated, ratio float64, wholeRounds bool) bool {
	d := ratio - stated
	if wholeRounds && stated == float64(int64(stated)) {
		return d > -0.5 && d < 0.5
	}
	return d > -0.05 && d < 0.05
}

// reClassAlone is the words before a count that are a class of the plan and
// nothing else (立行立改, 要求限期整改的, 长期坚持类): not 已立行立改, a state.
var reClassAlone = regexp.MustCompile(`^(?:要求|需要|需)?(` + RectifyClasses + `)(?:类|的|问题)?$`)

// longHaulClasses are the classes of a plan's long haul: a list of classes
// with one of them is a plan's split, not a check's disposition.
var longHaulClasses = []string{"长期坚持", "长期整改", "持续整改", "分阶段整改", "分步整改", "长期推进", "分步推进"}

// demoteRectifyClasses files as other the counts of a list that splits
// problems by how they are rectified (16个问题中，立行立改5个、限期整改8个、长期
// 坚持3个): two or more classes, one of them a plan's long haul (长期坚持,
// 分阶段整改 …), each named right before its count with nothing said after
// it, are kinds of the whole in the rectification plan, not states. A
// disposition of what a check found (发现安全隐患14处，立行立改13处，限期整改1
// 处: fixed on the spot, or by a deadline) is read by its words, and a class
// whose own words say its state (立行立改的9个问题已全部完成) is left to them.
func demoteRectifyClasses(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i < len(cs); {
		j, classes := i, map[string]bool{}
		for j < len(cs) {
			f := figs[figOf[j]]
			if !strings.ContainsAny(f.pre, "改持进") {
				break // every class ends in 改, 持 or 进 (cheap test before the pattern)
			}
			m := reClassAlone.FindStringSubmatch(strings.TrimLeft(f.pre, "其中、，, "))
			if cs[j].Kind != KindProblems || m == nil || strings.TrimSpace(f.post) != "" && !f.toNext {
				break
			}
			classes[m[1]] = true
			j++
		}
		if len(classes) >= 2 && slices.ContainsFunc(longHaulClasses, func(c string) bool { return classes[c] }) {
			for k := i; k < j; k++ {
				cs[k] = claimOther(cs[k], figs[figOf[k]])
			}
		}
		i = max(j, i+1)
	}
}
