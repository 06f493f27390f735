package extract

import (
	"regexp"
	"strings"
	"sync"
)

// The subtype word lists of the subtypes table (vocab_claims.go), in the
// form firstOf takes, and the words of single rows has takes.
var (
	accountabilityWords = subtypeWords(KindAccountability)
	clueWords           = subtypeWords(KindClues)
	moneyWords          = subtypeWords(KindMoney)

	problemTotalWords = wordsOf(KindProblems, SubtypeTotal)
	systemNew         = wordsOf(KindSystems, SubtypeNew)
	systemRevised     = wordsOf(KindSystems, SubtypeRevised)
	systemTotal       = wordsOf(KindSystems, SubtypeTotal)
	systemChanged     = systemNew + "|" + systemRevised
	// systemStated are the words that say what a systems figure counts;
	// without them the whole clause is read.
	systemStated = systemChanged + "|废止|合计|小计"
	clueFiled    = wordsOf(KindClues, SubtypeFiled)
)

// meetingNouns start the name of a meeting written after its count.
const meetingNouns = "专题|党组|党委|常委|整改|工作会|推进会|领导小组|中心组|民主生活|组织生活|集中学习|党课"

// wordRes caches the compiled word lists; Claims runs concurrently (the
// index parses and extracts in parallel), so the cache is a sync.Map.
var wordRes sync.Map // string → *wordMatcher

// wordMatcher matches a word list. Most lists are plain words, which are
// looked for with strings.Contains (or strings.HasPrefix for ^(a|b)):
// Go's regexp tries an alternation of literals at every position of the
// text, which is several times slower. Lists with other syntax use re.
type wordMatcher struct {
	words  []string
	prefix bool // ^(…): the text must start with one of words
	re     *regexp.Regexp
}

// compileWords makes the matcher of a word list.
func compileWords(words string) *wordMatcher {
	m := &wordMatcher{}
	alts := words
	if strings.HasPrefix(alts, "^(") && strings.HasSuffix(alts, ")") {
		m.prefix = true
		alts = alts[2 : len(alts)-1]
	}
	m.words = strings.Split(alts, "|")
	for _, w := range m.words {
		if regexp.QuoteMeta(w) != w {
			return &wordMatcher{re: regexp.MustCompile(words)}
		}
	}
	return m
}

// match reports whether s holds one of the words (starts with one, for ^(…)).
func (m *wordMatcher) match(s string) bool {
	if m.re != nil {
		return m.re.MatchString(s)
	}
	for _, w := range m.words {
		if m.prefix && strings.HasPrefix(s, w) || !m.prefix && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// has tells whether s contains any of the |-separated words (a regexp).
func has(s, words string) bool {
	m, ok := wordRes.Load(words)
	if !ok {
		m, _ = wordRes.LoadOrStore(words, compileWords(words))
	}
	return m.(*wordMatcher).match(s)
}

// firstOf returns the subtype of the first list whose words occur in s.
func firstOf(s string, lists subtypeList) (Subtype, bool) {
	for _, l := range lists {
		if has(s, l.words) {
			return l.sub, true
		}
	}
	return "", false
}

// isMeeting tells whether text names a meeting, lecture or study session.
func isMeeting(s string) bool {
	return has(s, "会议|会|党课|学习")
}

// reScopeOther tells the words before a figure that make it a count of other
// units (对32家单位开展巡察).
var reScopeOther = regexp.MustCompile(`对.{0,8}$`)

// classifyFigure decides what a figure counts from its measure word and the
// words around it; topic is the previous claim of the paragraph, whose kind
// carries over to a figure that names no thing of its own (已完成整改13个 after
// 反馈问题15个).
//
// parent is the total a figure after 其中 is a part of, nil otherwise.
func classifyFigure(f figure, topic, parent *Claim) (Claim, bool) {
	c := Claim{Count: f.n.Count, Unit: f.unit, Value: f.n.Value}
	c.Approx = f.n.Approx
	switch f.unit {
	case "%":
		// 完成率 / 整改率 / 办结率, or a share of the problems: 占问题总数的92%,
		// 完成整改的问题占比90%.
		isRate := strings.Contains(f.pre, "率") ||
			(has(f.pre, "占比|占.{0,6}(总数|总量|比例|比重)") && (topic != nil && topic.Kind == KindProblems || has(f.lead, "问题|整改")))
		if !isRate {
			return claimOther(c, f), true
		}
		c.Kind, c.Subtype = KindProblems, SubtypeRate
		return c, true
	case "元":
		c.Kind = KindMoney
		c.Subtype = SubtypeOther
		if sub, ok := firstOf(f.pre, moneyWords); ok {
			c.Subtype = sub
		} else if sub, ok := firstOf(f.clause, moneyWords); ok {
			c.Subtype = sub
		}
		return c, true
	case "次", "场", "期", "轮":
		if typ, ok := meetingTypeIn(f.pre); ok {
			c.Kind, c.Subtype = KindMeetings, typ.Subtype()
			return c, true
		}
		if isMeeting(f.pre) {
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			return c, true
		}
		if typ, ok := meetingAfter(f); ok {
			c.Kind, c.Subtype = KindMeetings, typ.Subtype()
			return c, true
		}
		return claimOther(c, f), true
	case "人", "名", "人次", "位":
		if sub, ok := firstOf(f.pre, accountabilityWords); ok {
			c.Kind, c.Subtype = KindAccountability, sub
			return c, true
		}
		if sub, ok := firstOf(f.post, accountabilityWords); ok {
			c.Kind, c.Subtype = KindAccountability, sub
			return c, true
		}
		if topic != nil && topic.Kind == KindAccountability && f.pre == "" {
			c.Kind, c.Subtype = KindAccountability, SubtypeOther
			return c, true
		}
		return claimOther(c, f), true
	}
	// 个, 项, 件, 条, 家 …: problems, rules, clues, or other units.
	switch {
	case hasNear(f, "线索") || (f.unit == "件" && topic != nil && topic.Kind == KindClues && !hasNear(f, "问题|制度")):
		c.Kind = KindClues
		if parent != nil && parent.Kind == KindClues && parent.Subtype == SubtypeHandled {
			// The ways the handled clues were disposed of: only 立案 is a
			// subtype of its own.
			if has(f.pre, clueFiled) {
				c.Subtype = SubtypeFiled
			} else {
				c.Kind, c.Subtype = KindOther, Subtype("线索处置："+strings.Trim(f.pre, "其中"))
			}
			return c, true
		}
		if sub, ok := firstOf(f.pre, clueWords); ok {
			c.Subtype = sub
		} else if sub, ok := firstOf(f.post, clueWords); ok {
			c.Subtype = sub
		} else {
			c.Subtype = SubtypeReceived
		}
		return c, true
	case hasNear(f, "制度|办法|规定|规则|细则|机制") || (topic != nil && topic.Kind == KindSystems && f.pre != "" && has(f.pre, systemChanged) && !hasNear(f, "问题")):
		c.Kind = KindSystems
		seg := f.pre
		if !has(seg, systemStated) {
			seg = f.clause
		}
		switch {
		case has(seg, "废止"):
			c.Kind, c.Subtype = KindOther, "废止制度"
		case has(seg, systemTotal):
			c.Subtype = SubtypeTotal
		case has(seg, systemNew) && has(seg, systemRevised):
			c.Subtype = SubtypeTotal
		case has(seg, "修订|修改"):
			c.Subtype = SubtypeRevised
		case has(seg, systemNew):
			c.Subtype = SubtypeNew
		case has(seg, systemRevised):
			c.Subtype = SubtypeRevised
		default:
			c.Subtype = SubtypeTotal
		}
		return c, true
	case has(f.post, "^(个|项)?方面"):
		c.Kind, c.Subtype = KindOther, "方面"
		return c, true
	case hasNear(f, "单位|党组织|党支部|部门|企业|学校|乡镇|村") && has(f.clause, "巡察|巡视|审计|检查|督查") && reScopeOther.MatchString(f.pre):
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		if has(f.post, "党组织") {
			c.Subtype = "被巡察党组织"
		}
		return c, true
	case hasNear(f, "问题") || (topic != nil && topic.Kind == KindProblems && (hasNear(f, "整改|完成|推进") || f.pre == "" && f.post == "")) ||
		(f.chained && has(f.lead, "问题") && !has(f.lead, "线索|制度")):
		// The last of nested levels counts the noun before the first
		// (审计指出问题5类23项: 23 problems).
		c.Kind = KindProblems
		c.Subtype = problemSubtype(f)
		return c, true
	}
	return claimOther(c, f), true
}

// hasNear tells whether the text just before or just after a figure (pre,
// post) contains one of the |-separated words, plain words all: has of
// pre+"|"+post, without making that string.
func hasNear(f figure, words string) bool {
	return has(f.pre, words) || has(f.post, words)
}

// problemSubtype tells which problems a problems figure counts: those of
// the status the words before it name, else all (反馈问题15个), else those of
// the status the words after it name, else all.
func problemSubtype(f figure) Subtype {
	if st, ok := statusIn(f.pre); ok {
		return st.Subtype()
	}
	if has(f.pre, problemTotalWords) {
		return SubtypeTotal
	}
	if st, ok := statusIn(f.post); ok {
		return st.Subtype()
	}
	return SubtypeTotal
}

// countsTimes tells a measure word that counts times (次, 场, 期, 轮): the
// words after it are mostly not the thing counted (召开会议15次研究…), but
// see meetingAfter.
func countsTimes(unit string) bool {
	return unit == "次" || unit == "场" || unit == "期" || unit == "轮"
}

// meetingAfter tells a figure whose meeting is named after the count
// (开了13次工作会, 召开了13次专题会议), and its kind.
func meetingAfter(f figure) (MeetingType, bool) {
	typ, ok := meetingTypeIn(f.post)
	return typ, ok && (f.pre == "" || has(f.post, "^(会议|会|"+meetingNouns+")"))
}

// claimOther files a figure that counts something else: its subtype is the
// thing counted, as written.
func claimOther(c Claim, f figure) Claim {
	c.Kind, c.Subtype = KindOther, Subtype(otherObject(f))
	return c
}

// otherObject names what a figure of kind other counts: the first nouns
// after its measure word, else the last noun before it, else the measure
// word itself.
func otherObject(f figure) string {
	var obj string
	for _, t := range f.postTokens() {
		if isNoun(t.POS) {
			obj += t.Text
			continue
		}
		if obj != "" || !strings.HasPrefix(t.POS, "u") {
			break
		}
	}
	if obj != "" {
		return obj
	}
	if f.chained {
		return f.unit
	}
	toks := f.preTokens()
	for i := len(toks) - 1; i >= 0; i-- {
		if isNoun(toks[i].POS) {
			return toks[i].Text
		}
	}
	return f.unit
}

// isNoun tells a jieba part-of-speech tag of a noun (n…, vn).
func isNoun(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }
