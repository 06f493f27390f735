package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Counts of meetings in running text: which meeting a count of times counts,
// named before it, after it or by a list of kinds, typed by the one
// meeting types table (vocab_meeting.go) that minutes use too.

// meetingNouns start the name of a meeting written after its count (理论学习
// starts 理论学习中心组, the study session's full name).
const meetingNouns = "专题|党组|党委|常委|整改|工作会|推进会|领导小组|中心组|理论学习|民主生活|组织生活|集中学习|党课"

// groupTalks are talks given to a gathering (集体廉政谈话), counted in
// times: meetings, as a 党课 is; a talk with one person is no meeting.
const groupTalks = "集体谈话|集体廉政谈话|集体约谈|集中谈话|集体提醒谈话"

// isMeeting tells whether text names a meeting, lecture or study session.
func isMeeting(s string) bool {
	if has(s, "会议|党课|学习") {
		return true
	}
	for i := strings.Index(s, "会"); i >= 0; {
		if !notMeetingHui(s, i) {
			return true
		}
		j := strings.Index(s[i+len("会"):], "会")
		if j < 0 {
			break
		}
		i += len("会") + j
	}
	return false
}

// nonMeetingHui are words that hold 会 and name no meeting: a society, a
// body, an accountant, a chance, a modal verb (社会, 居委会, 会计, 机会, 不会).
// 委员会 is not among them: a party branch's committee meets (召开支部委员会).
var nonMeetingHui = wordList("社会|会计|机会|协会|学会|基金会|商会|工会|联合会|体会|领会|会同|会员|不会|都会|总会|居委会|村委会|会签|会审|会商")

// notMeetingHui tells whether the 会 at byte i of s is inside a word of
// nonMeetingHui.
func notMeetingHui(s string, i int) bool {
	for _, w := range nonMeetingHui {
		k := strings.Index(w, "会")
		if i >= k && strings.HasPrefix(s[i-k:], w) {
			return true
		}
	}
	return false
}

// meetingList tells words before a count that name meetings of two kinds
// or more, joined by 、, 和 or 及 (召开常委会、常务会和专题会议20余次): one
// total for all, of no one kind. Meetings of one kind (领导小组会议和专题推进会,
// both work meetings) are that kind's.
func meetingList(pre string) bool {
	if !strings.ContainsAny(pre, "、和及或") {
		return false
	}
	if i := lastIndex(pre, classWords(classMeetingVerb)); i >= 0 {
		pre = pre[i:] // 围绕学习和整改召开党组会议: what is held, not why
	}
	var kinds []MeetingType
	for _, part := range strings.FieldsFunc(pre, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '或' }) {
		if typ, ok := meetingTypeIn(part); ok {
			kinds = append(kinds, typ)
		} else if isMeeting(part) {
			kinds = append(kinds, MeetingOther)
		}
	}
	return len(kinds) >= 2 && slices.ContainsFunc(kinds, func(k MeetingType) bool { return k != kinds[0] })
}

// convokeVerbs only take a meeting for their object (召开, 举行 …: the
// meeting verbs less 举办, which also holds trainings and exhibitions).
var convokeVerbs = []string{"组织召开", "主持召开", "召开了", "召开", "举行"}

// opensWithMeetingVerb tells a count of times whose clause opens with a
// verb that convenes a meeting, with no other count between: the times are
// meetings held (组织召开由…参加的集中反馈6次).
func opensWithMeetingVerb(f figure) bool {
	if !f.first {
		return false
	}
	for _, v := range convokeVerbs {
		if strings.HasPrefix(f.lead, v) {
			return true
		}
	}
	return false
}

// meetingNamedAfter tells a meeting named after its count, in any words
// that end in 会 or 会议 (召开4次工委会研究…, 先后两次召开整改推进会, 3次全市业务会),
// or, as the object of a meeting verb, in words of the meeting types table
// (先后3次召开理论学习中心组专题学习), and its type; several meetings listed as
// nouns after one count (5次召开常委会、中心组学习会议) are other.
func meetingNamedAfter(f figure) (MeetingType, bool) {
	p, verb := trimMeetingVerb(f.post)
	var name string
	var typ MeetingType
	typed := false
	if i := strings.Index(p, "会"); i >= 0 && i <= 16*3 {
		name = p[:i+len("会")]
		if strings.HasPrefix(p[i:], "会议") {
			name = p[:i+len("会议")]
		}
	} else if verb && len(p) <= 16*3 {
		// A session with no 会 in its name (中心组专题学习, 集中学习) is one
		// when the meeting table types it.
		if typ, typed = meetingTypeIn(p); !typed {
			return "", false
		}
		name = p
	} else {
		return "", false
	}
	if has(name, "研究|听取|传达|审议|通过|学习贯彻|参加|参与|出席|社会|机会|委员会") {
		return "", false
	}
	if verb && sharesCount(f) {
		return MeetingOther, true
	}
	if n := fullWidthParens.Replace(name); !typed || n != name {
		typ, _ = meetingTypeIn(n)
	}
	return typ, true
}

// countsTimes tells a measure word that counts times (次, 场, 场次, 期, 轮): the
// words after it are mostly not the thing counted (召开会议15次研究…), but
// see meetingAfter.
func countsTimes(unit string) bool {
	return unit == "次" || unit == "场" || unit == "场次" || unit == "期" || unit == "轮"
}

// meetingAfter tells a figure whose meeting is named after the count
// (开了13次工作会, 召开了13次专题会议), and its kind.
func meetingAfter(f figure) (MeetingType, bool) {
	typ, ok := meetingTypeIn(f.post)
	return typ, ok && (f.pre == "" || has(f.post, meetingHeadWords))
}

// timesFigure reads a count of times: the meetings it counts, or other.
func timesFigure(f figure, c Claim, topic, parent *Claim) (Claim, bool) {
	if agendaCount(f) {
		return claimOther(c, f), true // 党组会议传达学习上级精神18次
	}
	if kinds := eachOfKinds(f.lead); kinds != nil {
		// 分别召开整改推进会、调度会各3次: that many of each, 6 work
		// meetings in all; 召开局党组会议、整改推进会各两次: two of each type,
		// the first type's here and the others' by moreKinds.
		c.Kind, c.Subtype = KindMeetings, kinds[0].typ.Subtype()
		c.Value *= float64(kinds[0].n)
		return c, true
	}
	if parent != nil && parent.Kind == KindMeetings && f.afterQiz && !isMeeting(f.pre) && !isMeeting(f.post) &&
		(has(f.pre, "研究|部署|听取|审议|传达") && has(f.pre, RectificationSubjects) ||
			has(f.pre, "^其中$") && has(f.post, "^(专题)?(研究|部署|听取|审议)") && has(f.post, RectificationSubjects)) {
		// 召开党组会议12次，其中专题研究巡察整改工作5次 (or 其中5次专题研究
		// …, the count before its verb): those of the meetings counted
		// before that took up the rectification — of their type.
		c.Kind, c.Subtype = KindMeetings, parent.Subtype
		return c, true
	}
	if strings.ContainsAny(f.pre, "要应须") && reMeetingsRequired.MatchString(f.pre) || meetingPlanned(f.lead) {
		// 各级党委理论学习中心组要开展10次左右集体学习: what is required,
		// not what was held; 计划于10月底前再召开一次推进会: what is
		// planned.
		return claimOther(c, f), true
	}
	// A list of kinds and one total for all: 召开党委会、推进会等11次会议.
	if has(f.pre, "等(共|共计|合计)?$") && strings.Contains(f.lead, "、") && isMeeting(f.lead) || f.first && meetingList(f.lead) || meetingList(f.pre) ||
		// 召开党委会等各类会议5次: one kind named as an example, the
		// count of all kinds.
		has(f.pre, "(各类|各种|多种|各项|一系列)(会议|会)$") {
		c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
		return c, true
	}
	if has(f.post, "^(集中学习|专题学习|理论学习|集体学习)") ||
		// 开展专题研讨8场次: a discussion held as the object of its verb
		// is a study session (not 召开党组会议专题研讨…5次, where 研讨 is
		// what the meeting named before did: see meetingTypeIn).
		has(f.pre, "(开展|组织|举办|举行|进行)了?(专题|集中)?(研讨|研讨交流|交流研讨)$") && !isMeeting(f.pre) && studyBody(f) {
		// 常委会先后8次集中学习…: sessions of study, named right after the count.
		c.Kind, c.Subtype = KindMeetings, MeetingStudy.Subtype()
		return c, true
	}
	if typ, ok := meetingTypeIn(meetingNounAfter(string(f.sent[f.unitEnd:min(len(f.sent), f.unitEnd+24)]))); ok {
		// 开了6次局党组会议和3次整改推进会: a count before its meeting's name
		// is that meeting's, not the one named before it.
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		return c, true
	}
	if typ, ok := meetingTypeIn(f.pre); ok {
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		return c, true
	}
	if has(f.pre, "^研究") && has(f.pre, RectificationSubjects) {
		// 召开党组会议及书记专题会，研究巡察整改工作6次: the meetings
		// named before.
		if before := f.sentenceBefore(); isMeeting(before) {
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			if typ, ok := meetingTypeIn(before); ok && !meetingList(before) {
				c.Subtype = typ.Subtype()
			}
			return c, true
		}
	}
	if has(f.pre, "专题研究") && has(f.pre, RectificationSubjects) ||
		// 领导小组先后7次专题研究部署审计整改工作: the count before its verb.
		has(f.post, "^专题(研究|部署|听取)") && has(f.post, RectificationSubjects) && !has(f.pre, "每") {
		// 专题研究整改工作8次: meetings held for that one subject.
		c.Kind, c.Subtype = KindMeetings, MeetingSpecial.Subtype()
		return c, true
	}
	if has(f.pre, "专题调度") && has(f.pre, RectificationSubjects) && (isMeeting(f.pre) || has(f.pre, classWords(classMeetingVerb))) {
		// 召开会议专题调度巡察整改工作6次: a meeting that dispatches
		// the work is a 调度会, a work meeting.
		c.Kind, c.Subtype = KindMeetings, MeetingWork.Subtype()
		return c, true
	}
	if isMeeting(f.pre) || has(f.pre, groupTalks) {
		c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
		if typ, ok := bodyMeeting(f.pre); ok {
			c.Subtype = typ.Subtype() // 局党组召开会议7次
		}
		return c, true
	}
	if after := kindsAfter(f); meetingList(after) {
		// 召开5次党委会议或理论学习中心组会议; 召开8次党委会、推进会、专班会:
		// kinds named after the count, read past the 、 that ends its post.
		c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
		return c, true
	}
	if typ, ok := meetingAfter(f); ok {
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		return c, true
	}
	if typ, ok := meetingNamedAfter(f); ok {
		c.Kind, c.Subtype = KindMeetings, typ.Subtype()
		if body, ok := bodyMeeting(f.lead); ok && typ == MeetingOther && bareMeeting(f.post) {
			c.Subtype = body.Subtype() // 局党组先后7次召开会议
		}
		return c, true
	}
	if opensWithMeetingVerb(f) {
		// 召开由…参加的集中反馈6次: what is convened is a meeting,
		// whatever its name.
		c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
		return c, true
	}
	return claimOther(c, f), true
}

// meetingBodies are the bodies that meet, with the type of their meetings: a
// meeting they are said to hold, named by no type of its own (召开会议), is
// of that type — a party body's (党组, 党委, 党支部 …) party_committee, a
// leading group's work.
var meetingBodies = []struct {
	Words string
	Type  MeetingType
}{
	{"党组|党委|党工委|常委会|党支部|支部委员会|支委会|党总支", MeetingPartyCommittee},
	{"领导小组", MeetingWork},
}

// reBodyAdverbs are the words between a body and its count or meeting verb
// (局党组先后7次召开会议, 领导小组共召开会议5次).
var reBodyAdverbs = regexp.MustCompile(`(先后|共|共计|累计|已|又|还|专门|及时|多次|分别)+$`)

// kindsAfter returns the words after a count's measure word that may list
// the kinds it counts: the rest of its clause, up to 20 characters, past
// the 、 that ends its post, but not past the next number (召开6次党组会议、
// 1次专题民主生活会: each count names its own kind).
func kindsAfter(f figure) string {
	s := f.clause[f.postEnd-len(f.post):]
	n := 0
	for i, r := range s {
		if n >= 20 || isArabic(r) || isCNStart(r) {
			return s[:i]
		}
		n++
	}
	return s
}

// trimMeetingVerb takes a meeting verb (召开, 举行 …) off the start of s, and
// tells whether there was one.
func trimMeetingVerb(s string) (string, bool) {
	for _, v := range meetingVerbs {
		if strings.HasPrefix(s, v) {
			return s[len(v):], true
		}
	}
	return s, false
}

// bareMeeting tells words that name a meeting by 会议 or 会 alone, after
// the verb that convenes it when there is one (召开会议): a meeting of no
// name of its own (召开班子会 names one).
func bareMeeting(s string) bool {
	s, _ = trimMeetingVerb(s)
	return strings.HasPrefix(s, "会议") || s == "会" || strings.HasPrefix(s, "会，") || strings.HasPrefix(s, "会,")
}

// bodyMeeting tells the type of the meetings a body holds when s, the words
// before a count of them or before the verb that convenes them, ends with
// that body (局党组先后7次召开会议: party_committee; 领导小组召开会议5次: work)
// and the meeting is named by no type of its own. A type the meeting's own
// name gives (党委召开座谈会3次) is read before this.
func bodyMeeting(s string) (MeetingType, bool) {
	for _, v := range meetingVerbs {
		if i := strings.LastIndex(s, v); i >= 0 {
			if !bareMeeting(s[i:]) && i+len(v) < len(s) {
				return "", false
			}
			s = s[:i]
			break
		}
	}
	s = reBodyAdverbs.ReplaceAllString(s, "")
	for _, b := range meetingBodies {
		if endsWith(s, b.Words) {
			return b.Type, true
		}
	}
	return "", false
}

// reMeetingsRequired finds a modal and a verb of holding: the count after
// them is what is required, not what was held — but not 需要 of a need met
// (根据工作需要召开专题会议3次) nor the 要 of 重要, 主要.
// reMeetingsPlanned is a plan or an intent before the verb of holding a
// meeting (计划于10月底前再召开, 计划召开, 拟召开, 将于…组织): the meeting is
// not held yet. The plan word must be a verb — 计划, 预计, 准备, 打算 right
// before the holding verb or with 于 or 在 after it, or a time (计划年底前召开;
// not 制定计划并组织), 拟
// (not 拟定, 拟制), 将 with 于, 在, 再 or 继续 (not the 将 of 将整改纳入议程) —,
// and the holding verb must not be told as done (已召开, 召开了).
var reMeetingsPlanned = regexp.MustCompile(`(?:(?:计划|预计|准备|打算)(?:(?:于|在)[^，,。；;]{0,12}?|[^，,。；;并和及]{0,8}?(?:前|内|底|初|末|月|年))?|(?:拟(?:于|在|再)?|将(?:于|在|再|继续)|还将)[^，,。；;]{0,12}?|将)(?:再|还|继续|各)?(召开|组织|举行|举办|开展|安排)(了)?`)

// reMeetingsScheduled is meetings arranged in a schedule (全年安排专题学习12
// 次, 每季度安排一次集中学习): how many there are to be, not how many were
// held — only after a word of the schedule's span (not 已安排, 按县委安排召开,
// 安排专人召开), and not 安排部署 (召开会议安排部署整改工作3次: held).
var reMeetingsScheduled = regexp.MustCompile(`(全年|每年|年度|年内|今年|明年|本年|[0-9]{4}年|每季度|每半年|每月|每周)(共|计划)?安排[^部，,。；;]{0,8}(学习|会议|研讨|培训|党课|会)`)

// meetingPlanned tells a clause whose meeting is planned (reMeetingsPlanned)
// — not a plan followed (按照…计划, 根据…计划, 年初计划, 既定计划), a draft
// (拟定), or a meeting told as held (已…召开, 召开了).
func meetingPlanned(lead string) bool {
	if strings.Contains(lead, "安排") && reMeetingsScheduled.MatchString(lead) {
		return true // 全年安排专题学习12次: a schedule, not meetings held (cases-bh)
	}
	if !strings.ContainsAny(lead, "计预准打拟将") {
		return false // the first character of every plan word
	}
	m := reMeetingsPlanned.FindStringSubmatchIndex(lead)
	if m == nil || m[4] >= 0 {
		return false // 召开了: held
	}
	plan := lead[m[0]:]
	before := lead[:m[0]]
	return !strings.HasPrefix(plan, "拟定") && !strings.HasPrefix(plan, "拟制") && !strings.HasPrefix(plan, "拟写") &&
		!has(before, "按照|根据|依据|依照|对照|围绕|按|年初|既定|已经|已") && !strings.Contains(lead[m[0]:m[2]], "已")
}

var reMeetingsRequired = regexp.MustCompile(`(^|[^需重主只])(要|应|应当|须|必须)(开展|召开|组织|举行|举办)`)

// kindCount is a meeting type a list names and how many of its kinds are
// of that type.
type kindCount struct {
	typ MeetingType
	n   int
}

// eachOfKinds returns the meeting types of a list of two or more meetings
// ended by 各 in the words before a count (召开整改推进会、调度会各3次: work
// twice), each type once, in the list's order, with how many of the list's
// kinds are of it; nil when the words end in no such list, or the list is
// of meetings other units hold (othersMeet). The count is of each kind.
func eachOfKinds(pre string) []kindCount {
	list, ok := strings.CutSuffix(pre, "各")
	if !ok || !strings.ContainsAny(list, "、和及与") || othersMeet(pre) {
		return nil
	}
	if loc := reCountedTimes.FindAllStringIndex(list, -1); loc != nil {
		// 召开动员会1次、推进会和调度会各3次: the list starts after the
		// last count before it.
		list = strings.TrimLeft(list[loc[len(loc)-1][1]:], "、，,和及与")
	}
	if i := lastIndex(list, classWords(classMeetingVerb)); i >= 0 {
		list = list[i+wordPrefix(list[i:], classWords(classMeetingVerb)):]
	}
	var kinds []kindCount
	parts := 0
	for _, part := range strings.FieldsFunc(list, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' }) {
		t, ok := meetingTypeIn(part)
		if !ok {
			return nil
		}
		parts++
		if i := slices.IndexFunc(kinds, func(k kindCount) bool { return k.typ == t }); i >= 0 {
			kinds[i].n++
		} else {
			kinds = append(kinds, kindCount{t, 1})
		}
	}
	if parts < 2 {
		return nil
	}
	return kinds
}

// moreKinds returns, for a meetings claim c read from a list ended by 各
// (召开局党组会议、整改推进会各两次), one claim more for each further type the
// list names, of that many of each.
func moreKinds(f figure, c Claim) []Claim {
	if c.Kind != KindMeetings || !strings.HasSuffix(f.lead, "各") {
		return nil
	}
	kinds := eachOfKinds(f.lead)
	if len(kinds) < 2 {
		return nil
	}
	out := make([]Claim, 0, len(kinds)-1)
	for _, k := range kinds[1:] {
		d := c
		d.Subtype = k.typ.Subtype()
		d.Value = f.n.Value * float64(k.n)
		out = append(out, d)
	}
	return out
}

// reCountedTimes is a count of times (1次, 两场) inside the words before a
// figure.
var reCountedTimes = regexp.MustCompile(`[0-9０-９一二三四五六七八九十两]+(次|场次|场)`)

// studyBody tells a discussion held by a body that studies as a group —
// the 中心组, the party group or committee, the leading team, or named
// beside their study (中心组集中学习12次后开展专题研讨3次) — not one
// held by branches, members or staff (各党支部组织党员开展专题研讨6次).
func studyBody(f figure) bool {
	before := f.sentenceBefore()
	return has(before, "中心组|党组|党委|领导班子|班子成员|理论学习|集中学习") && !has(f.lead, "党支部|支部|党员|干部职工|职工|群众|全体干部")
}

// reOthersMeet opens words about meetings other units hold (各县（市、区）
// 市场监管局分别召开…, 督促11个镇街召开…, 指导各二级单位召开…).
var reOthersMeet = regexp.MustCompile(`各\p{Han}{0,3}[（(]?\p{Han}{0,6}[）)]?\p{Han}{0,8}(县|市|区|镇|乡|街道|单位|部门|学院|企业|公司|局)|督促|指导`)

// othersMeet tells words before a count of meetings held by other units.
func othersMeet(lead string) bool {
	return reOthersMeet.MatchString(lead)
}

// meetingNounAfter returns, of the words right after a count, the name of a
// meeting up to the next list mark or break (3次整改推进会，…: 整改推进会), or "" when the
// words after the count are not one meeting's name alone: a verb first
// (6次召开…会议), or a list of meetings (8次党委会、推进会、专班会).
func meetingNounAfter(post string) string {
	rest := ""
	if i := strings.IndexAny(post, "、和及与，,；;。（("); i >= 0 {
		post, rest = post[:i], post[i:]
	}
	if utf8.RuneCountInString(post) > 12 || !strings.HasSuffix(post, "会") && !strings.HasSuffix(post, "会议") || has(post, classWords(classMeetingVerb)) {
		return ""
	}
	if r, n := utf8.DecodeRuneInString(rest); n > 0 && strings.ContainsRune("、和及与", r) {
		if next, _ := utf8.DecodeRuneInString(rest[n:]); !isArabic(next) && !isCNNumeral(next) {
			return "" // a list: the count is of them all
		}
	}
	return post
}
