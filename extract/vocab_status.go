package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Status is the state of a problem or clue: done, in progress or not done.
// It is read from a ledger's status cell, a report item's status line and
// the words before a problems figure (已完成整改13个), by the one classifier
// statusIn over the status grammar below.
type Status string

// The statuses.
const (
	StatusUnknown    Status = ""
	StatusDone       Status = "done"
	StatusInProgress Status = "in_progress"
	StatusNotDone    Status = "not_done"
)

// statuses is the table of statuses with their Chinese names. When a text
// says several statuses, the first in this order wins (已完成3个，未完成2个 is
// not done as a whole; 已完成，待销号 is in progress).
var statuses = []struct {
	Status  Status
	Chinese string
}{
	{StatusNotDone, "未完成"},
	{StatusInProgress, "正在整改"},
	{StatusDone, "已完成"},
	{StatusUnknown, "未说明"},
}

// Chinese returns the Chinese name of s (已完成, 正在整改, 未完成, 未说明).
func (s Status) Chinese() string {
	for _, e := range statuses {
		if e.Status == s {
			return e.Chinese
		}
	}
	return string(s)
}

// Subtype returns the subtype of a problems claim that counts problems of
// status s.
func (s Status) Subtype() Subtype { return Subtype(s) }

// statusMark is what a word before a status verb does to it.
type statusMark int

// The marks.
const (
	markNegator  statusMark = iota + 1 // 未、不、尚未 …: the verb did not happen
	markPending                        // 待、拟、申请 …: the verb is asked for or planned
	markOngoing                        // 正在、持续、基本、部分 …: under way or partly done
	markDone                           // 已、已经 …: it happened
	markWhole                          // 全部、完全 …: transparent, but 未全部 is partly done
	markModifier                       // 按期、及时、能 …: transparent
	markIntent                         // 确保、力争 …: a pledge; the clause says no status
)

// statusMarks is the table of the words that may stand before a status
// verb, with what each does. Any number of them may stand between a clause's
// start (or the previous verb) and the verb; a negator among them decides,
// then a pending word, then an ongoing one, then a done one. A pledge word
// (确保、力争) reaches further: up to the clause's end (a punctuation mark)
// nothing says a status (力争2021年底前完成 is a plan, not a state).
var statusMarks = []struct {
	Mark    statusMark
	Chinese string
	Words   []string
}{
	{markNegator, "否定", []string{"尚未", "暂未", "仍未", "还未", "均未", "都未", "并未", "从未", "未能", "未予", "未",
		"没有", "没", "不能", "不会", "无法", "难以", "不够", "不太", "不"}},
	{markPending, "待办、拟办", []string{"待", "等待", "拟", "申请", "提请", "报请", "准备", "计划", "即将"}},
	{markOngoing, "进行中、部分", []string{"正在", "仍在", "还在", "尚在", "刻正", "持续", "继续", "长期", "逐步", "稳步", "基本", "初步",
		"阶段性", "阶段", "大部分", "部分"}},
	{markDone, "已然", []string{"已经", "已", "均已", "均已经", "都已", "都已经", "业已", "得到"}},
	{markWhole, "全部（“未全部”为部分完成）", []string{"全部", "完全", "彻底", "全面"}},
	{markIntent, "承诺、计划（至句读止不表状态）", []string{"确保", "力争", "务必", "必须", "争取", "努力", "坚决", "应当",
		"预计", "将于", "拟于", "计划于"}},
	{markModifier, "修饰（不改变状态）", []string{"按期", "按时", "如期", "及时", "能够", "能", "有效", "真正", "切实", "予以",
		"顺利", "逐项", "逐一", "逐个", "逐条"}},
}

// statusVerbs is the table of the verbs a status is told by, with the
// status each says: bare (完成; only verbs marked bare say one on their own),
// after a done word (已整改), after a negator (未销号), after a pending word
// (待销号). After an ongoing word (正在、基本、部分) or followed by 中
// (整改中) every verb says in progress; under a negator, a whole word
// (未全部完成) says in progress too. Verbs in a row (整改到位, 完成整改) are
// one verb, the first: it says the status, and the row is bare when any of
// them is. "" is no status.
var statusVerbs = []struct {
	Verb     string
	Bare     bool
	Affirmed Status
	Negated  Status
	Pending  Status
}{
	{"完成", true, StatusDone, StatusNotDone, StatusNotDone},
	{"完毕", true, StatusDone, StatusNotDone, StatusNotDone},
	{"完竣", true, StatusDone, StatusNotDone, StatusNotDone},
	{"改完", true, StatusDone, StatusNotDone, StatusNotDone}, // a story's 整改完成 (已改完35个)
	{"到位", true, StatusDone, StatusNotDone, StatusNotDone},
	{"销号", true, StatusDone, StatusNotDone, StatusInProgress},
	// A problem under 挂牌督办 is closed by 摘牌: 已验收摘牌, 未摘牌, 待摘牌.
	{"摘牌", true, StatusDone, StatusNotDone, StatusInProgress},
	{"办结", true, StatusDone, StatusNotDone, StatusInProgress},
	{"完结", true, StatusDone, StatusNotDone, StatusInProgress},
	{"结案", true, StatusDone, StatusNotDone, StatusInProgress},
	{"办毕", true, StatusDone, StatusNotDone, StatusInProgress},
	// Taiwan's bodies track a finding (列管) until they release it (解除
	// 列管): released is done, tracked (列管中, 继续列管) is under way.
	// A finding handed back to the body's own tracking (自行列管) is still
	// under way; 已解除 alone, of what was tracked, is released.
	{"解除列管", true, StatusDone, StatusNotDone, StatusInProgress},
	{"自行列管", true, StatusInProgress, StatusUnknown, StatusUnknown},
	{"列管", false, StatusInProgress, StatusUnknown, StatusUnknown},
	{"解除", false, StatusDone, StatusNotDone, StatusInProgress},
	{"整改", false, StatusDone, StatusNotDone, StatusNotDone},
	{"整治", false, StatusDone, StatusNotDone, StatusNotDone},
	{"落实", false, StatusDone, StatusNotDone, StatusNotDone},
	{"解决", false, StatusDone, StatusNotDone, StatusNotDone},
	{"改善", false, StatusDone, StatusNotDone, StatusNotDone}, // Taiwan's word for rectify
	{"改进", false, StatusDone, StatusNotDone, StatusNotDone},
	{"处置", false, StatusDone, StatusInProgress, StatusInProgress},
	{"了结", false, StatusDone, StatusInProgress, StatusInProgress},
	{"办理", false, StatusDone, StatusInProgress, StatusInProgress},
	{"验收", false, StatusDone, StatusInProgress, StatusInProgress},
	{"启动", false, StatusInProgress, StatusNotDone, StatusNotDone},
	{"开始", false, StatusInProgress, StatusNotDone, StatusNotDone},
	{"开展", false, StatusUnknown, StatusNotDone, StatusNotDone},
	{"推进", false, StatusUnknown, StatusNotDone, StatusNotDone},
	{"进行", false, StatusUnknown, StatusNotDone, StatusNotDone},
	{"核查", false, StatusUnknown, StatusInProgress, StatusInProgress},
	{"核实", false, StatusUnknown, StatusInProgress, StatusInProgress},
	{"坚持", false, StatusUnknown, StatusUnknown, StatusUnknown},
	// Not yet due (未到期): still within the time given, under way; due
	// (已到期) says nothing of the work.
	{"到期", false, StatusUnknown, StatusInProgress, StatusUnknown},
	// Behind schedule: started, not done (进度滞后, 推进缓慢); in a run of
	// verbs (整改滞后) they decide, whatever verb comes first; denied (无滞
	// 后, 未滞后, 不存在进度滞后) they say nothing (lagDenied).
	{"滞后", true, StatusInProgress, StatusInProgress, StatusInProgress},
	{"缓慢", true, StatusInProgress, StatusInProgress, StatusInProgress},
}

// statusElliptic is the table of the words that say a status with their
// verb left out (问题尚未… , 正在…).
var statusElliptic = []struct {
	Word   string
	Status Status
}{
	{"尚未", StatusNotDone}, {"暂未", StatusNotDone}, {"仍未", StatusNotDone}, {"还未", StatusNotDone},
	{"正在", StatusInProgress}, {"仍在", StatusInProgress}, {"尚在", StatusInProgress}, {"刻正", StatusInProgress},
}

// statusExamples is the table of status phrases as ledgers, reports and
// clue sheets write them, each with the status the grammar gives it
// (TestStatusExamples checks every row; docs/vocabulary.md lists them).
var statusExamples = []struct {
	Phrase string
	Status Status
}{
	{"已完成", StatusDone}, {"完成", StatusDone}, {"已整改", StatusDone}, {"已销号", StatusDone}, {"销号", StatusDone},
	{"已办结", StatusDone}, {"办结", StatusDone}, {"已处置", StatusDone}, {"已了结", StatusDone},
	{"整改到位", StatusDone}, {"已整改到位", StatusDone}, {"完成整改", StatusDone}, {"已完成整改", StatusDone},
	{"整改完成", StatusDone}, {"已按期完成", StatusDone}, {"全部完成", StatusDone}, {"已全部完成", StatusDone},
	{"落实到位", StatusDone}, {"已落实", StatusDone}, {"已解决", StatusDone}, {"已验收", StatusDone},
	{"已办理", StatusDone}, {"已办理完毕", StatusDone}, {"整改完毕", StatusDone}, {"已经完成", StatusDone},
	{"均已完成", StatusDone}, {"办结中央交办件", StatusDone}, {"均已经整改", StatusDone}, {"都已落实", StatusDone}, {"已顺利整改", StatusDone}, {"得到整改", StatusDone}, {"得到有效解决", StatusDone}, {"未得到整改", StatusNotDone},
	{"予以销号", StatusDone}, {"已完成（阶段性）", StatusDone}, {"已辦結", StatusDone},
	{"已完成或基本完成", StatusDone},
	{"已完结", StatusDone}, {"完结", StatusDone}, {"整改完结", StatusDone}, {"已结案", StatusDone}, {"已办毕", StatusDone},
	{"已完成（长期坚持）", StatusDone}, {"已整改（持续推进）", StatusDone}, {"已逐项整改完毕", StatusDone}, {"已逐一销号", StatusDone}, {"已完成，无滞后", StatusDone}, {"按期完成，未滞后", StatusDone}, {"已完成整改，不存在进度滞后", StatusDone},

	{"正在整改", StatusInProgress}, {"整改中", StatusInProgress}, {"推进中", StatusInProgress},
	{"正在推进", StatusInProgress}, {"持续推进", StatusInProgress}, {"持续整改", StatusInProgress},
	{"长期坚持", StatusInProgress}, {"基本完成", StatusInProgress}, {"已基本完成", StatusInProgress},
	{"阶段性完成", StatusInProgress}, {"阶段性办结", StatusInProgress}, {"阶段办结", StatusInProgress}, {"部分完成", StatusInProgress},
	{"初步完成", StatusInProgress}, {"正在核查", StatusInProgress},
	{"核查中", StatusInProgress}, {"办理中", StatusInProgress}, {"进行中", StatusInProgress},
	{"正在初步核实", StatusInProgress}, {"正在办理", StatusInProgress}, {"未全部完成", StatusInProgress},
	{"未完全整改到位", StatusInProgress}, {"待销号", StatusInProgress}, {"拟销号", StatusInProgress},
	{"已摘牌", StatusDone}, {"验收摘牌", StatusDone}, {"未摘牌", StatusNotDone}, {"待摘牌", StatusInProgress},
	{"申请销号", StatusInProgress}, {"已申请销号", StatusInProgress}, {"办理中的", StatusInProgress}, {"待验收", StatusInProgress},
	{"已启动", StatusInProgress}, {"已完成，待销号", StatusInProgress}, {"已完成整改，待镇党委验收销号", StatusInProgress}, {"待县纪委审核销号", StatusInProgress}, {"已完成整改，待县审计局复核销号", StatusInProgress}, {"待复核销号", StatusInProgress}, {"已完成整改，待审计局复核", StatusInProgress}, {"已完成，待复核", StatusInProgress}, {"待县纪委复核后销号", StatusInProgress}, {"已完成整改，待复核确认后销号", StatusInProgress}, {"已完成整改，待审核", StatusInProgress}, {"未在整改期限内完成", StatusNotDone}, {"未按整改时限完成", StatusNotDone}, {"未在规定时间内完成", StatusNotDone}, {"未验收", StatusInProgress}, {"已完成整改，待学校巡视整改办复核销号", StatusInProgress}, {"已整改，待集团公司审核后销号", StatusInProgress}, {"已完成，待分管校领导审核后销号", StatusInProgress}, {"待省审计厅审计复核后销号", StatusInProgress},
	// Taiwan's bodies: improved (改善), released from tracking (解除列管),
	// tracked still (列管中, 继续列管, 自行列管), finished (完竣), under way (刻正).
	{"已改完", StatusDone}, {"改完了", StatusDone}, {"还没改完", StatusNotDone}, {"已改善", StatusDone}, {"改善完竣", StatusDone}, {"已解除列管", StatusDone}, {"同意解除列管", StatusDone},
	{"改善中", StatusInProgress}, {"列管中", StatusInProgress}, {"继续列管", StatusInProgress}, {"持续列管", StatusInProgress},
	{"改由机关自行列管", StatusInProgress}, {"刻正办理中", StatusInProgress}, {"未改善", StatusNotDone}, {"尚未解除列管", StatusNotDone},
	{"尚在整改期内", StatusInProgress}, {"未到期", StatusInProgress}, {"尚未到期", StatusInProgress}, {"按计划推进中", StatusInProgress}, {"按计划持续推进", StatusInProgress},
	{"已到期", StatusUnknown}, {"尚在整改中", StatusInProgress}, {"待完结", StatusInProgress},
	{"阶段性完结", StatusInProgress}, {"已整改（部分完成，持续推进）", StatusInProgress}, {"已完成阶段性目标（持续推进）", StatusInProgress}, {"已完成阶段性任务", StatusInProgress}, {"已完成部分整改", StatusInProgress}, {"整改不彻底", StatusInProgress}, {"整改不全面", StatusInProgress}, {"进度滞后", StatusInProgress}, {"整改滞后", StatusInProgress},
	{"进度缓慢", StatusInProgress}, {"推进缓慢", StatusInProgress}, {"整改进度缓慢", StatusInProgress},

	{"未完成", StatusNotDone}, {"未整改", StatusNotDone}, {"未启动", StatusNotDone}, {"未开始", StatusNotDone},
	{"尚未", StatusNotDone}, {"尚未完成", StatusNotDone}, {"暂未完成", StatusNotDone}, {"未落实", StatusNotDone},
	{"没有完成", StatusNotDone}, {"没有整改", StatusNotDone}, {"未到位", StatusNotDone}, {"不到位", StatusNotDone},
	{"整改不到位", StatusNotDone}, {"没有落实", StatusNotDone}, {"没有到位", StatusNotDone},
	{"未销号", StatusNotDone}, {"未按期完成", StatusNotDone}, {"不能按期完成", StatusNotDone},
	{"无法按期完成", StatusNotDone}, {"未能完成", StatusNotDone}, {"未整改到位", StatusNotDone},
	{"尚未销号", StatusNotDone}, {"待整改", StatusNotDone}, {"待启动", StatusNotDone}, {"仍未整改", StatusNotDone},
	{"未完成整改", StatusNotDone}, {"未开展", StatusNotDone}, {"未解决", StatusNotDone},
	{"未办结", StatusNotDone}, {"尚未办结", StatusNotDone}, {"未辦結", StatusNotDone}, {"未完成或部分完成", StatusNotDone},
	{"未完结", StatusNotDone}, {"尚未结案", StatusNotDone}, {"已整改（未完成，持续推进）", StatusNotDone}, {"整改不够到位", StatusNotDone}, {"落实不太到位", StatusNotDone},

	{"", StatusUnknown}, {"见附件", StatusUnknown}, {"长期", StatusUnknown}, {"按期", StatusUnknown},
	{"整改措施", StatusUnknown}, {"不断完善", StatusUnknown}, {"未发现问题", StatusUnknown},
	{"确保整改到位", StatusUnknown}, {"力争2021年底前完成", StatusUnknown}, {"拟于6月底前销号", StatusUnknown}, {"明确完成时限", StatusUnknown}, {"完成时间", StatusUnknown},
}

// statusToken is one word of the status grammar: a mark or a verb (the
// index of its row in statusVerbs, -1 for a mark), and the status the word
// says with its verb left out (statusElliptic).
type statusToken struct {
	mark  statusMark
	verb  int
	alone Status
}

// statusLexicon indexes the marks' and verbs' words, and statusLexMax is
// the longest in code points.
var statusLexicon, statusLexMax = func() (map[string]statusToken, int) {
	m := map[string]statusToken{}
	longest := 0
	for _, e := range statusMarks {
		for _, w := range e.Words {
			m[w] = statusToken{mark: e.Mark, verb: -1}
			longest = max(longest, utf8.RuneCountInString(w))
		}
	}
	for _, e := range statusElliptic {
		tok := m[e.Word]
		tok.alone = e.Status
		m[e.Word] = tok
	}
	for i, e := range statusVerbs {
		m[e.Verb] = statusToken{verb: i}
		longest = max(longest, utf8.RuneCountInString(e.Verb))
	}
	return m, longest
}()

// bareStatus tells s made only of the words of the status grammar (marks
// and verbs, 中 after them) and saying a status: 已完成, 正在推进, 持续推进中;
// not 已完成培训.
func bareStatus(s string) bool {
	for i := 0; i < len(s); {
		_, n := statusWordAt(s, i)
		if n == 0 {
			if i > 0 && s[i:] == "中" {
				break
			}
			return false
		}
		i += n
	}
	st, ok := statusIn(s)
	return ok && st != StatusUnknown
}

// statusRank orders the statuses as statuses does: a higher rank wins.
func statusRank(s Status) int {
	switch s {
	case StatusNotDone:
		return 3
	case StatusInProgress:
		return 2
	case StatusDone:
		return 1
	}
	return 0
}

// statusPhrase is a run of marks and verbs being read.
type statusPhrase struct {
	marks     uint8 // bit 1<<mark for each mark seen
	negWhole  bool  // a whole word after a negator: 未全部, 未按期全面
	verb      int   // the first verb, -1 before any
	bare      bool  // some verb of the run is bare
	elliptic  Status
	lastIsNeg bool
	behind    bool // a verb of the run says in progress whatever the marks (推进缓慢, 整改滞后)
}

func (p *statusPhrase) has(m statusMark) bool { return p.marks&(1<<m) != 0 }

// status is what the phrase says; ongoing is set when 中 follows it.
func (p *statusPhrase) status(ongoing bool) Status {
	if p.verb < 0 {
		return p.elliptic
	}
	if p.behind {
		return StatusInProgress
	}
	v := statusVerbs[p.verb]
	switch {
	case p.has(markNegator) && p.negWhole && v.Negated != StatusUnknown:
		return StatusInProgress
	case p.has(markNegator):
		return v.Negated
	case p.has(markPending):
		return v.Pending
	case p.has(markOngoing) || ongoing:
		return StatusInProgress
	case p.has(markDone) || p.bare:
		return v.Affirmed
	}
	return StatusUnknown
}

// complementFirst puts a degree told after its verb before it, where the
// grammar reads marks (已完成阶段性任务 as 已阶段性完成…, 整改不彻底 as
// 未彻底整改): a stage or a part done, or a rectification not thorough, is
// under way.
var complementFirst = strings.NewReplacer(
	"完成阶段性", "阶段性完成", "完成部分", "部分完成", "完成初步", "初步完成",
	"整改不彻底", "未彻底整改", "整改未彻底", "未彻底整改", "整改不全面", "未全面整改",
)

// statusIn returns the status the words of s (Simplified) say, and whether
// any does. It reads s by the status grammar: each clause is split into the
// words of statusMarks and statusVerbs (longest first); the marks before a
// verb, up to the clause's start, the previous verb or any other word, say
// what the verb's status is (statusVerbs). When the text says several, the
// first in the order of statuses wins.
// planFollowed drops the plan from a plan followed (按计划推进中, 按照计划
// 实施, 根据计划推进): the status is the verb's, not a plan's to come.
var planFollowed = strings.NewReplacer("按既定计划", "按", "按照计划", "按照", "根据计划", "根据", "依照计划", "依照", "按计划", "按")

func statusIn(s string) (Status, bool) {
	if strings.Contains(s, "计划") {
		s = planFollowed.Replace(s) // 按计划推进中: a plan followed is no pending mark
	}
	if strings.ContainsAny(s, "阶部初彻全") {
		s = complementFirst.Replace(s)
	}
	if strings.Contains(s, "含") && strings.ContainsAny(s, "（(") {
		// 已完成（含基本完成）: what the count takes in, as with 或 (alt).
		s = reIncludedNote.ReplaceAllString(s, "")
	}
	best := StatusUnknown
	p := statusPhrase{verb: -1}
	// alt is set after a phrase and 或: the phrase after is an alternative
	// the first one heads (已完成或基本完成274项 are done), as verbs joined by
	// 或 share their object and the first heads it.
	alt := false
	note := func(st Status) {
		if st == StatusUnknown {
			return
		}
		if alt {
			alt = false
			return
		}
		if statusRank(st) > statusRank(best) {
			best = st
		}
	}
	end := func(ongoing bool) {
		note(p.status(ongoing))
		p = statusPhrase{verb: -1}
	}
	pledged := false // a pledge word since the clause's start
	for i := 0; i < len(s); {
		tok, n := statusWordAt(s, i)
		if n == 0 && p.verb < 0 && p.has(markNegator) {
			if m := reTimeFrame.FindStringIndex(s[i:]); m != nil {
				i += m[1] // 未在整改期限内完成, 未按整改时限完成: the negator reaches over the time
				continue
			}
		}
		if n == 0 && p.verb < 0 && p.has(markPending) {
			if m := reBodyBeforeVerb.FindStringSubmatchIndex(s[i:]); m != nil && m[3] > 0 {
				i += m[3] // 待镇党委验收销号: the pending mark reaches over who is to act
				continue
			}
			if m := reCheckPending.FindStringIndex(s[i:]); m != nil {
				// 待复核, 待审计局审核, 待复核确认后: a check to come, as 待验收.
				p.verb = acceptVerb
				i += m[1]
				continue
			}
		}
		if n == 0 {
			r, size := utf8.DecodeRuneInString(s[i:])
			hadVerb := p.verb >= 0
			if pledged {
				p = statusPhrase{verb: -1}
			} else {
				end(p.verb >= 0 && r == '中' && ongoingZhong(s[i+size:]))
			}
			alt = alt && !strings.ContainsRune(clauseEnds, r) || r == '或' && hadVerb && !pledged
			pledged = pledged && !strings.ContainsRune(clauseEnds, r)
			i += size
			continue
		}
		i += n
		if tok.mark == markIntent {
			if !pledged {
				end(false)
			}
			pledged, p = true, statusPhrase{verb: -1}
			continue
		}
		if tok.verb >= 0 {
			if k := wordPrefix(s[i:], verbNounHeads); k > 0 {
				// 完成时限, 办结时间, 整改情况: the verb qualifies a noun
				// and says no status (明确牵头领导和完成时限).
				end(false)
				i += k
				continue
			}
			if p.verb < 0 {
				p.verb = tok.verb
			}
			p.bare = p.bare || statusVerbs[tok.verb].Bare
			if v := statusVerbs[tok.verb]; v.Affirmed == StatusInProgress && v.Negated == StatusInProgress {
				if lagDenied(s[:i-n]) {
					// 无滞后, 未滞后, 不存在进度滞后: no lag said, and the
					// words say nothing else of the status.
					p = statusPhrase{verb: -1}
					continue
				}
				p.behind = true
			}
			p.elliptic = StatusUnknown
			continue
		}
		if p.verb >= 0 && tok.mark != markWhole && tok.mark != markModifier {
			// A mark after a verb starts the next phrase (整改不到位).
			end(false)
		}
		p.marks |= 1 << tok.mark
		if tok.mark == markWhole && p.lastIsNeg {
			p.negWhole = true
		}
		p.lastIsNeg = tok.mark == markNegator || p.lastIsNeg && tok.mark == markModifier
		if tok.alone != StatusUnknown {
			p.elliptic = tok.alone
		}
	}
	if !pledged {
		end(false)
	}
	return best, best != StatusUnknown
}

// verbNounHeads, right after a status verb, make it the modifier of a noun
// (完成时限, 销号时间, 整改情况, 办结率): no verb of the clause.
const verbNounHeads = "时限|时间|期限|日期|时点|节点|情况|进度|比例|率"

// pendingBody is who is to act after 待 (县审计局, 学院巡视整改办, 分管校领导,
// 省审计厅) and pendingCheck the check it is to make (审核, 审计复核后): the
// pending mark reaches over both to its verb (reBodyBeforeVerb,
// reCheckPending).
const (
	pendingBody  = `\p{Han}{0,8}(?:党委|党组|党工委|纪委|监委|政府|局|办|组|部门|单位|委|科|室|处|院|校|中心|公司|集团|领导|厅)`
	pendingCheck = `(?:审计)?(?:审核|审定|确认|审批|复核|复查|核验|认定){1,2}后?`
)

// reBodyBeforeVerb is the body or the check named between a pending mark
// and its verb (待镇党委验收销号, 待县纪委审核销号, 待县审计局复核销号, 待复核销号):
// the body and a verb of checking, or either alone, then a status verb.
var reBodyBeforeVerb = regexp.MustCompile(`^((?:` + pendingBody + `)?(?:` + pendingCheck + `)?)(?:验收|销号|办结)`)

// reTimeFrame is the time or rule named between a negator and its verb
// (未在整改期限内完成, 未按整改时限完成, 未在规定时间内完成).
var reTimeFrame = regexp.MustCompile(`^(在[^，,；;。]{1,10}(内|前|之前|以前)|按照?[^，,；;。]{0,6}(时限|期限|要求|时间|进度))`)

// reCheckPending is a check named after a pending mark with no status verb
// after it (待复核, 待审计局审核, 待县纪委复核确认): the item waits for it, as
// for 验收; acceptVerb is 验收's row in statusVerbs.
var (
	reCheckPending = regexp.MustCompile(`^(?:` + pendingBody + `)?` + pendingCheck)
	acceptVerb     = func() int {
		for i, v := range statusVerbs {
			if v.Verb == "验收" {
				return i
			}
		}
		panic("extract: no 验收 among the status verbs")
	}()
)

// ongoingZhong tells whether a 中 after a verb, followed by rest, is the
// suffix of work going on (整改中, 办理中的, 推进中，): it ends the word. A 中
// that starts a word (办结中央督察交办件, 整改中层干部) is not.
func ongoingZhong(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !han.IsHan(r) || r == '的'
}

// statusWordAt returns the longest word of the status lexicon at byte i of
// s and its length in bytes, 0 when none starts there.
func statusWordAt(s string, i int) (statusToken, int) {
	var ends [8]int
	k, j := 0, i
	for k < statusLexMax && k < len(ends) && j < len(s) {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		ends[k] = j
		k++
	}
	for ; k > 0; k-- {
		if tok, ok := statusLexicon[s[i:ends[k-1]]]; ok {
			return tok, ends[k-1] - i
		}
	}
	return statusToken{}, 0
}

// lagDenied tells the words before a lag verb (滞后, 缓慢) that deny it:
// a negator or 无 within the few characters before it, in its clause (无滞
// 后, 未出现滞后, 不存在进度滞后).
func lagDenied(before string) bool {
	rs := []rune(before)
	for k := len(rs) - 1; k >= 0 && len(rs)-k <= 6; k-- {
		if strings.ContainsRune(clauseEnds, rs[k]) {
			return false
		}
		if strings.ContainsRune("无未不没", rs[k]) {
			return true
		}
	}
	return false
}

// clauseEnds are the marks that end a clause.
const clauseEnds = "，。；;,！？!?：:\n\t|（）()、"

// reIncludedNote is a bracketed note of what a status takes in
// (（含基本完成）, （包括阶段性完成）): the status before it heads; the note
// says no state of its own.
var reIncludedNote = regexp.MustCompile(`[（(](含|包括|包含)[^（()）]{1,12}[）)]`)

// ParseStatus maps a status cell or phrase (已完成, 正在整改, 未启动, 已整改到位,
// 待销号, …) to its status, StatusUnknown when it names none. Traditional
// characters are read as Simplified.
func ParseStatus(s string) Status {
	s = strings.TrimSpace(Simplify(s))
	if m := reContinuingDuty.FindStringSubmatch(s); m != nil {
		if st, _ := statusIn(m[1]); st == StatusDone && bareStatus(m[1]) && !reNotYet.MatchString(m[0][len(m[1]):]) {
			// 已完成（长期坚持）: done, with a duty that goes on — the
			// bracket says what follows the rectification, not its state.
			return StatusDone
		}
	}
	st, _ := statusIn(s)
	return st
}

// reContinuingDuty is a status followed by a bracketed remark of a duty that
// goes on (（长期坚持）, （持续推进）, （建立长效机制）).
// reNotYet finds, in the bracket, a state short of done (已整改（未完成，持续推
// 进）, （部分完成，持续推进）): the bracket tells the state, not a duty after it.
var reNotYet = regexp.MustCompile(`未|部分|阶段|不到位|没有|尚|正在`)

var reContinuingDuty = regexp.MustCompile(`^(.+?)[（(][^）)]*(长期|持续|长效|常态)[^）)]*[）)]$`)
