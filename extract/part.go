package extract

import (
	"regexp"
	"strings"
)

// A part is a count inside a count the text gave before it — a split of it
// by source, kind, severity or grade — and so no claim of its own: the
// whole is claimed once. isPart is the one place that tells it, by the
// kind of the count: a part of problems is told by problemsPart, of
// accountability by severityPart and bracketPart.
//
// parent is the count a 其中 opens the parts of, prev the claim before in
// the sentence, topic the paragraph's last claim not other, and sent the
// sentence.
func isPart(f figure, c Claim, parent, prev, topic *Claim, sent []rune) bool {
	switch c.Kind {
	case KindProblems:
		return problemsPart(f, c, parent, prev, sent)
	case KindAccountability:
		return severityPart(c, parent) || bracketPart(c, topic, sent[:f.n.Start])
	}
	return false
}

// reBreakdown finds a split by kind (按污染类型分：水问题2个、大气问题6个).
var reBreakdown = regexp.MustCompile(`按[^，。]{1,12}分[：:]`)

// problemsPart tells a part of a problems total split by source or kind,
// not by status (其中来电举报4件; 按类型分：水问题2个).
func problemsPart(f figure, c Claim, parent, prev *Claim, sent []rune) bool {
	if c.Subtype != SubtypeTotal || c.Scope == ScopeOtherUnits {
		// A place's share (其中武汉58件) is the place's, not a part of ours.
		return false
	}
	before := sent[:f.n.Start]
	// Within a bracket opened before, in this sentence (a comma inside the
	// note ends the clause, not the note).
	bracket := inBracketRunes(before)
	if containsRunes(before, '按') && reBreakdown.MatchString(string(before)) && !bracket {
		return true
	}
	// A note in brackets after a count (14件（重点交办件3件）, 76件（来访19件、
	// 上级转办17件）) unless it is a total of its own (（具体问题共25个）), or
	// larger than the count it follows, which it cannot be a part of: the
	// total of a breakdown (其他问题3个（8个信访件，涉及12个问题）).
	if bracket {
		return !has(f.pre, "共|合计|总|涉及") && (prev == nil || prev.Value >= c.Value)
	}
	pre := f.pre
	if f.afterQiz && parent != nil && c.Value < parent.Value {
		// Inside a breakdown 涉及 names what a part touches (其中乙区4处，
		// 涉及自然保护区1处): no total of its own.
		pre = strings.ReplaceAll(pre, "涉及", "")
	}
	// A part after a container (各类案件中大气污染31件; 转办信访中重点信访26
	// 件，一般信访71件): the container's verb is not the part's.
	if has(f.sentenceBefore(), containerWords) {
		return true
	}
	if has(pre, totalOrSumWords) && (!has(pre, nounVerbWords) || has(nounVerbs.Replace(pre), totalOrSumWords)) {
		return false
	}
	// A part after 其中.
	return f.afterQiz && parent != nil && (parent.Kind == KindProblems || parent.Kind == KindOther)
}

// severityPart tells a part of an accountability count after 其中 that
// repeats its parent's subtype (给予10人党纪政务处分，其中5人受到重处分): the
// part by severity is in the parent's count, not one more. Parts of other
// subtypes (问责15人，其中诫勉3人) are the parent's breakdown by way and stay.
func severityPart(c Claim, parent *Claim) bool {
	return parent != nil && parent.Kind == KindAccountability &&
		c.Subtype == parent.Subtype && c.Subtype != SubtypeTotal && c.Value < parent.Value
}

// bracketPart tells an accountability count in brackets right after one of
// its own kind and way (政务处分3人（记大过1人，记过2人）): its parts by grade,
// in its count. Ways of their own in brackets after a total (问责2人（诫勉谈
// 话1人，通报批评1人）) are its breakdown by way and stay, as after 其中.
func bracketPart(c Claim, prev *Claim, before []rune) bool {
	return prev != nil && prev.Kind == KindAccountability && (c.Subtype == prev.Subtype || c.Subtype == SubtypeTotal) &&
		c.Value < prev.Value && inBracketRunes(before)
}

// subsetBefore tells a count of problems after a 其中 that opens its
// sentence (其中，需要长期坚持的两个问题已取得阶段性成效) whose state a count
// of the sentences before, in its paragraph, already gave, no smaller: a
// subset of those, told again, not more problems of that state. claims
// before first are those of earlier sentences.
func (x *extractor) subsetBefore(f figure, c Claim, para, first int) bool {
	if !f.afterQiz || c.Kind != KindProblems || c.Subtype == SubtypeTotal || c.Subtype == SubtypeRate {
		return false
	}
	for i := first - 1; i >= 0 && x.claims[i].Paragraph == para; i-- {
		if b := x.claims[i]; b.Kind == KindProblems && b.Subtype == c.Subtype && b.IsOwn() {
			return c.Value <= b.Value
		}
	}
	return false
}

// wholeAgain are the words that name the whole again after a part's states
// (…其中立行立改问题10个已完成整改10个，全部问题已完成整改20个): what follows is
// the whole's.
const wholeAgain = "全部|其余|累计|总体|共计|合计|总计|全年|整体"

// widenParent makes a count of rules the total when a part after its 其中
// is of another subtype (健全完善制度5项，其中新建3项、修订2项: 完善 read the
// 5 as revised, but rules made new are no part of rules revised), or is
// the fewer new ones of a count read as new (出台制度20项，其中新建13项;
// 建章立制27项，其中新制定15项): the verb of the whole covers the rules
// revised too.
func widenParent(parent *Claim, part Claim) {
	if parent.Kind == KindSystems && part.Kind == KindSystems && parent.Subtype != SubtypeTotal &&
		(part.Subtype == SubtypeNew || part.Subtype == SubtypeRevised) &&
		(part.Subtype != parent.Subtype || part.Subtype == SubtypeNew && part.Value < parent.Value && !strings.HasPrefix(parent.Action, "新") && !strings.HasPrefix(parent.Object, "新")) {
		// Not a count already named new (新建制度20项，其中新建党建类制度8项).
		parent.Subtype = SubtypeTotal
	}
}

// sentenceParts follows the parts of a sentence's counts as its figures are
// read, so that what is said of a part stays the part's: its state, its
// share, its rate.
type sentenceParts struct {
	share  bool // the claim before is a part followed by its share
	clause int  // where the clause of a part's count (其中41个…问题) starts, or -1
	state  bool // the claim before is the state of such a part
	just   bool // the claim before is such a part's count
	class  bool // the last part read is a class of the plan (立行立改, 限期整改 …)
}

// read tells whether c, the claim of figure f, is no claim of its own for
// being a part or what is said of one, and notes it for the figures after:
//   - a part of a count before it (isPart);
//   - a count of problems followed by its share of a whole (领办问题16个，
//     占…48%), unless a total verb makes it the unit's total (反馈问题26个，
//     占全县…的8%: its share of a larger one), but not when the share is of
//     the total the text counts (…投诉共7件，占总数的32%);
//   - a share (占…%) after such a part, after problems in progress or not
//     done, or after a count that is no claim (有266件为重复投诉，占比
//     39.29%) — not when the share names the problems (占问题总数的93.8%)
//     or the count is a note in brackets (（涉及11个单位）): no completion rate;
//   - the state of a part, in the part's own clause (其中41个即知即改问题已
//     完成整改40个) or opening the clause right after it (…方面问题8个，已完
//     成5个), and the states and rate right after it (…已办结8件，阶段
//     性办结5件), until the whole is named again (全部问题已完成整改20个).
func (p *sentenceParts) read(f figure, c Claim, parent, prev, topic *Claim, sent []rune) bool {
	shared := c.Kind == KindProblems && c.Subtype == SubtypeTotal && shareNext(sent[f.postHi:])
	part := isPart(f, c, parent, prev, topic, sent)
	state := c.Kind == KindProblems && c.Subtype.IsState()
	rate := c.Kind == KindProblems && c.Subtype == SubtypeRate
	ofPart := p.clause == f.clauseLo && state && prev != nil && prev.Kind == KindOther && c.Value <= prev.Value ||
		p.state && (state || rate) && !has(f.lead, wholeAgain) ||
		// 经营管理方面问题8个，已完成5个: the clause right after the part's,
		// opening on its state with no noun of its own.
		p.just && state && f.first && prev != nil && prev.Kind == KindOther && c.Value <= prev.Value && has(f.lead, "^(已经|已|均已|正在|正|尚|仍|未)")
	shareOfPart := rate && strings.HasPrefix(f.pre, "占") &&
		(p.share || prev != nil && prev.Kind == KindProblems && (prev.Subtype == SubtypeInProgress || prev.Subtype == SubtypeNotDone) ||
			prev != nil && prev.Kind == KindOther && countUnits[prev.Unit] && prev.Unit != "%" && prev.Unit != "元" &&
				!has(f.pre, problemOrRectify) && !afterNote(f))
	if part && c.Kind == KindProblems && c.Subtype == SubtypeTotal {
		p.clause = f.clauseLo
		// A class of the plan (限期整改问题12个，已完成9个): its done count
		// in the clause after is one of the whole's done ones, the
		// partition by class being the whole's own.
		p.class = NamesRectifyClass(f.lead)
	}
	// A part that closes a list of counts (共性问题12个、个性问题18个，已整改10
	// 个) leaves the clause after it to the whole; a 、 in a part's name
	// (选人用人、干部管理方面问题8个，已整改6个) is no list.
	// Nor does a class of the plan (see class).
	p.just = part && c.Kind == KindProblems && c.Subtype == SubtypeTotal && (f.first || !strings.Contains(f.lead, "、")) && !p.class
	p.state = ofPart && !rate
	p.share = shared
	return part || ofPart || shared && (!has(f.pre, problemTotalWords) || shareOfTotal(sent[f.postHi:])) || shareOfPart
}

// afterNote tells a figure whose clause follows a note in brackets
// (已完成整改45个（涉及11个单位），占…): the note's count is no part the
// figure is said of.
func afterNote(f figure) bool {
	b := strings.TrimRight(f.sentenceBefore()[:len(f.sentenceBefore())-len(f.lead)], "，, ")
	return strings.HasSuffix(b, "）") || strings.HasSuffix(b, ")")
}

// sumOfList makes a bare sum right after a list of counts of one kind (新建
// 制度12项、修订制度7项，合计19项) the total of that kind, when nothing else
// made it a claim: 合计, 共计, 总计 or 共 alone before it, no noun after it,
// the measure word of the count before. prev is the claim before it, in its
// sentence.
func sumOfList(f figure, c *Claim, prev Claim) {
	if c.Kind != KindOther || prev.Unit != c.Unit || !has(f.pre, "^(合计|共计|总计|共)$") || strings.TrimSpace(f.post) != "" {
		return
	}
	switch prev.Kind {
	case KindSystems, KindProblems, KindAccountability:
		if prev.Subtype != SubtypeTotal && prev.Subtype != SubtypeRate && prev.IsOwn() {
			c.Kind, c.Subtype, c.Scope = prev.Kind, SubtypeTotal, prev.Scope
		}
	}
}

// splitDone files as a total a count of problems fixed at once that the
// next two counts of its sentence split into the done and the rest (立行立
// 改7个，已完成整改6个，未完成整改1个): the problems to be fixed at once, a
// set whose states follow, some of them not done. Other done counts split
// so are stages of done (已完成整改12个，已销号9个，3个正在履行销号程序), and
// parts under 其中 are left as they are (完成整改20个，其中全面完成15个、基本
// 完成5个).
func splitDone(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i+2 < len(cs); i++ {
		a, b, c := cs[i], cs[i+1], cs[i+2]
		if a.Kind != KindProblems || a.Subtype != SubtypeDone || !a.IsOwn() || !doneAtOnce(figs[figOf[i]].pre) || b.Kind != KindProblems || c.Kind != KindProblems ||
			b.Subtype != SubtypeDone || c.Subtype != SubtypeNotDone && c.Subtype != SubtypeInProgress ||
			a.Unit != b.Unit || b.Unit != c.Unit || a.Of >= 0 || b.Of >= 0 || c.Of >= 0 || a.Scope != b.Scope {
			continue
		}
		if b.Value < a.Value && b.Value+c.Value == a.Value {
			cs[i].Subtype = SubtypeTotal
		}
	}
}

// reRestIn is what follows the measure word of a count whose breakdown
// comes next in its sentence (其余6个问题中，…; 尚未完成的六个问题中，…).
var reRestIn = regexp.MustCompile(`^\s*(问题|事项|任务)?中\s*$`)

// breakdownOfState marks as parts of a count of problems in one state the
// counts after it in its sentence that add up to it or less, when the
// count opens them with 中 (其余6个问题中，已完成阶段性目标2个、正在推进2
// 个、需长期坚持2个; 未整改到位的21个问题中，…暂无法整改的9个): its
// breakdown, whole or in part, not further parts of the total. first is
// the index in the document's claims of cs[0]. A total (反馈的30个问题
// 中，…) is left alone: its parts are the total's.
func breakdownOfState(cs []Claim, first int, figs []figure, figOf []int) {
	for i := range cs {
		a := cs[i]
		if a.Kind != KindProblems || !a.Subtype.IsState() || a.Of >= 0 || !reRestIn.MatchString(figs[figOf[i]].post) {
			continue
		}
		sum, last := 0.0, -1
		subs := map[int]Subtype{}
		for j := i + 1; j < len(cs) && sum < a.Value; j++ {
			if cs[j].Kind == KindOther && cs[j].Unit == a.Unit && strings.TrimSpace(figs[figOf[j]].post) == "" {
				// …，正在推进一个: a count read as an article (推进一个…)
				// when nothing follows it, yet one of the list by its state.
				if st, ok := statusOf(figs[figOf[j]].pre); ok && st != StatusUnknown {
					subs[j] = st.Subtype()
					sum, last = sum+cs[j].Value, j
					continue
				}
			}
			if cs[j].Kind != KindProblems || !cs[j].Subtype.IsState() || cs[j].Unit != a.Unit {
				break
			}
			sum, last = sum+cs[j].Value, j
		}
		if last > i && (sum == a.Value && last > i+1 || sum < a.Value) {
			for j := i + 1; j <= last; j++ {
				if sub, ok := subs[j]; ok {
					cs[j].Kind, cs[j].Subtype = KindProblems, sub
				}
				cs[j].Of = first + i
			}
		}
	}
}

// reStatesListed is the heads of a list read by 分别 (基本完成、需长期坚持和
// 正在推进的分别为2个、2个、4个): the words before 的分别, split at 、, 和,
// 及, 与.
var reStatesListed = regexp.MustCompile(`([^，,；;。：:]+?)的?分别(为|是|有)?$`)

// statesListed gives each count of a list read by 分别 the state its own
// head names, in order (基本完成、需长期坚持和正在推进的分别为2个、2个、4个:
// in progress, all three), when every head names one and the list and the
// counts are as many. So too for the heads of other kinds' subtypes: the
// sanctions (组织处理和诫勉谈话分别为57人、83人), the rules made and revised
// (新建、修订制度分别为16项和35项).
func statesListed(cs []Claim, figs []figure, figOf []int) {
	for i := range cs {
		f := figs[figOf[i]]
		kind := cs[i].Kind
		if kind != KindProblems && kind != KindAccountability && kind != KindSystems || !strings.Contains(f.pre, "分别") {
			continue
		}
		m := reStatesListed.FindStringSubmatch(f.lead)
		if m == nil {
			continue
		}
		heads := reListJoin.Split(m[1], -1)
		if len(heads) < 2 || i+len(heads) > len(cs) {
			continue
		}
		subs := make([]Subtype, len(heads))
		ok := true
		for k, h := range heads {
			sub, found := headSubtype(kind, h)
			if !found {
				ok = false
				break
			}
			subs[k] = sub
			if k > 0 && (cs[i+k].Kind != kind && cs[i+k].Kind != KindOther || !has(figs[figOf[i+k]].pre, "^[、，,和及与]?$")) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for k := range heads {
			cs[i+k].Kind, cs[i+k].Subtype = kind, subs[k]
		}
	}
}

// headSubtype returns the subtype of kind that a head of a list read by
// 分别 names: a state of problems, a sanction, rules made or revised.
func headSubtype(kind Kind, h string) (Subtype, bool) {
	switch kind {
	case KindProblems:
		st, found := statusOf(h)
		return st.Subtype(), found && st != StatusUnknown
	case KindAccountability:
		sub, found := firstOf(h, accountabilityWords)
		return sub, found && sub != SubtypeTotal && sub != SubtypeOther
	case KindSystems:
		switch {
		case has(h, systemNew) && !has(h, systemRevised):
			return SubtypeNew, true
		case has(h, systemRevised) && !has(h, systemNew):
			return SubtypeRevised, true
		}
	}
	return "", false
}

// reListJoin splits a list of heads (、, 和, 及, 与, 以及).
var reListJoin = regexp.MustCompile(`、|以及|和|及|与`)

// restatedPart tells a count of problems in a state whose noun phrase, a
// kind qualified (2项重大隐患均已完成整改), names a part an earlier sentence
// of the paragraph gave under 其中 with the same count (其中重大隐患2项): the
// part told again, not a count of the whole's. para is the paragraph and
// first where the sentence's claims start.
func (x *extractor) restatedPart(f figure, c Claim, para, first int) bool {
	np := nounPhrase(f)
	if !has(np, itemNounEnd) || has(np, itemNounOnly) {
		return false // a bare item noun is the whole's name
	}
	for i := first - 1; i >= 0 && x.claims[i].Paragraph == para; i-- {
		b := x.claims[i]
		if b.Value != c.Value || b.Unit != c.Unit {
			continue
		}
		if k := strings.Index(b.Text, "其中"); k >= 0 && strings.Contains(b.Text[k:], np) {
			return true
		}
	}
	return false
}

// bareState tells a count of problems whose clause names no subject, body
// or noun of its own: only a time and its state (目前，已整改完成173个).
func bareState(f figure) bool {
	return countedNoun(f) == nounNone && !has(f.sentenceBefore(), bareStateNot)
}

// statesCarried tells whether the claims of the sentence so far (from
// first) are none, or states of problems carried as a sum over units.
func (x *extractor) statesCarried(first int) bool {
	for _, c := range x.claims[first:] {
		if c.Kind != KindOther && (c.Kind != KindProblems || !c.Subtype.IsState() || c.Scope != ScopeAggregate) {
			return false
		}
	}
	return true
}

// lastProblemsAggregate tells whether the last count of problems of
// paragraph para before the sentence at hand is a total summed over units
// (aggregate).
func (x *extractor) lastProblemsAggregate(para int) bool {
	for i := len(x.claims) - 1; i >= 0 && x.claims[i].Paragraph == para; i-- {
		c := x.claims[i]
		if c.Kind == KindProblems && !(c.Subtype.IsState() && c.Scope == ScopeAggregate) {
			// (passing over the states carried so far)
			return c.Subtype == SubtypeTotal && c.Scope == ScopeAggregate
		}
	}
	return false
}

// ownProblemsBefore tells whether paragraph para counted problems of the
// unit's own (scope "") before the sentence whose claims start at first.
func (x *extractor) ownProblemsBefore(para, first int) bool {
	for i := first - 1; i >= 0 && x.claims[i].Paragraph == para; i-- {
		if c := x.claims[i]; c.Kind == KindProblems && c.Scope == "" {
			return true
		}
	}
	return false
}

// bareStateNot are the words that give a clause a subject of its own: the
// writer (我…, 本…, 该…), a body.
const bareStateNot = bodyEndWords + "|我|本|该"

// itemNounEnd ends a noun phrase with an item noun; itemNounOnly is one
// alone.
var (
	itemNounEnd  = "(" + itemNouns + ")$"
	itemNounOnly = "^(" + itemNouns + ")$"
)
