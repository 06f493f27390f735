package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Figures that belong to others or to a name: places and bodies other than
// the unit, round-ups by unit, bylines, surveys, and lists of names.

// rePlaceBefore tells a figure stated for a named place (甲市300个, 较高的为
// 乙市100%): a part of a round-up by unit, not the reporting unit's own.
var rePlaceBefore = regexp.MustCompile(`(^|为|是)\p{Han}{1,5}[市县区州盟旗]$`)

// ownPlaces are the words by which a unit names itself (我市, 全区).
var ownPlaces = regexp.MustCompile(`(我|全|本|该)[市县区州盟旗]$`)

// placeBefore reports whether the words before a figure are a place's name.
func placeBefore(f figure) bool {
	if has(f.pre, problemTotalWords) {
		return false
	}
	return rePlaceBefore.MatchString(f.pre) && !ownPlaces.MatchString(f.pre)
}

// reByline ends the label of a page's byline (编辑：, 责任编辑：, 记者 …): a
// name follows, and a capital numeral in it (陆元华: 陆 is the capital 六) is
// part of the name.
var reByline = regexp.MustCompile(`(编辑|责编|作者|记者|通讯员|来源|审核|审校|校对|撰稿|摄影|供稿|发布人|发布者)\s*[:：]\s*$`)

// inByline tells a figure that stands right after a byline's label: a
// masthead or page-header line (2023-03-17 编辑：陆元华), no figure.
func inByline(f figure) bool {
	if f.lead != "" {
		return false
	}
	i := f.n.Start - 1
	for i >= 0 && unicode.IsSpace(f.sent[i]) {
		i--
	}
	// Only after a colon is the sentence before worth reading.
	return i >= 0 && (f.sent[i] == ':' || f.sent[i] == '：') && reByline.MatchString(f.sentenceBefore())
}

// surveyWords are the inspection's surveys: the people they count were
// asked, not held accountable (调查 alone is a sanction: 交由纪委调查1人).
const surveyWords = "问卷调查|民意调查|满意度调查|调查问卷|民主测评"

// byMeansOf tells a count governed by the preposition 以 (by means of:
// 以三项过硬的举措压实责任): it says how something is done, it counts no
// result. 予以, 可以, 所以 … end in 以 but are no preposition.
func byMeansOf(f figure) bool {
	return strings.HasSuffix(f.pre, "以") && !has(f.pre, "(予|可|所|加|难|得|足|用|借|据|给|是)以$")
}

// demoteNameLists files as other units' the counts a sentence lists by
// place or body, three or more, each after a name of its own (涉及甲开发区1
// 件、乙镇3件、丙街道1件; 市住建局2件，市水务局1件，秦州区63件): shares of a
// round-up by unit, not the unit's own counts. The first of the list may
// have words before its name (涉及, 其中：), and a verb after it that the
// others share (甲市完成5个，乙市3个，丙市2个).
func demoteNameLists(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Unit == cs[i].Unit && bareName(figs[figOf[j]]) &&
			(endsWith(nameOf(figs[figOf[j-1]]), nameEnd) || j-1 == i && placeVerb(figs[figOf[i]].pre)) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				if cs[k].Kind == KindOther {
					continue
				}
				cs[k].Scope = ScopeOtherUnits
				if k > i && cs[k].Kind == cs[i].Kind {
					cs[k].Subtype = cs[i].Subtype // 甲市完成5个，乙市3个: the list shares its verb
				}
			}
		}
		i = j
	}
}

// reUnitHead finds a body named in full at the head of a sentence, with
// only a few words between it and the sentence's first figure (县教体局32个
// 问题完成29个; 集团电力公司反馈问题47个已整改45个).
var reUnitHead = regexp.MustCompile(`^(?:[^，,。；;]*[：:])?(\p{Han}{2,12}?(?:局|委员会|公司|集团|学院|医院|中心|大学|学校|卫生院|研究院))[^，,。；;：:0-9０-９]{0,8}$`)

// unitHead returns the body that heads the sentence of f, f being its first
// counted figure, when it is not the writer the title names (issuer); ""
// otherwise.
//
// fedBack is set when the words between name and figure say the problems
// were fed back (区教育局反馈问题14个): the body was fed them, if a round-up
// by body is announced; or it fed them back, if not (市生态环境局反馈问题14个
// in a report of the units it inspected). demotePlaceRuns tells which.
func unitHead(f figure, issuer string) (name string, fedBack bool) {
	before := f.before
	if !strings.ContainsAny(before, "局会司团院心学") {
		return "", false // a body's name ends in one of these
	}
	if strings.Contains(before, "看") {
		if loc := reBodyRoundUp.FindStringIndex(before); loc != nil {
			// 分部门看，县财政局承担的21个问题…: the round-up's header is a
			// clause of its own, the body heads the next.
			before = before[loc[1]:]
		}
	}
	if len(before) > 66 && !strings.ContainsAny(before, "：:") {
		return "", false // a name of 12 and 8 words more at most, unless after a colon
	}
	if i := strings.LastIndexAny(before, "，,。；;"); i >= 0 && !strings.ContainsAny(before[i:], "：:") {
		return "", false // the head is the sentence's first clause, or follows a colon
	}
	m := reUnitHead.FindStringSubmatchIndex(before)
	if m == nil {
		return "", false
	}
	name, between := before[m[2]:m[3]], before[m[3]:]
	if wordPrefix(name, "我|本|该|全|各|每") > 0 || has(between, "指出|查出|发现|交办|移交|审计|巡察|巡视|督察|检查") ||
		strings.Contains(between, "反馈") && has(name, inspectingBodies+"|纪委|审计") || issuer != "" && sameBody(name, issuer) {
		// The body that found or handed the problems over (县审计局审计指出
		// 问题22个, 县审计局反馈问题22个) heads no round-up; nor does the
		// writer, named in full or short (县住建局 for …住房和城乡建设局党组).
		return "", false
	}
	// 路桥公司：反馈问题五十二个: a body heading its own line of a
	// round-up, never one that fed the problems back.
	return name, strings.Contains(between, "反馈") && !strings.ContainsAny(before[m[2]:], "：:")
}

// sameBody tells a body's name that is the writer's, in full or short: its
// characters, with or without a place's first, in order within the writer's
// name (县住建局 in 中共某县住房和城乡建设局党组; 市场监管局 keeps its 市).
func sameBody(name, issuer string) bool {
	if strings.Contains(issuer, name) || strings.Contains(name, issuer) {
		return true
	}
	full := []rune(name)
	return len(full) >= 3 && (subsequence(full, issuer) || strings.ContainsRune("县市区省镇乡", full[0]) && subsequence(full[1:], issuer))
}

// subsequence tells the runes of core standing in order in s, and the last
// of them included.
func subsequence(core []rune, s string) bool {
	k := 0
	for _, r := range s {
		if k < len(core) && r == core[k] {
			k++
		}
	}
	return len(core) >= 2 && k == len(core)
}

// rePlaceHead finds a place named at the head of a sentence, after any
// words that announce a round-up (分省（市）情况是：; 从各单位看，), with only a few words
// between it and the sentence's first figure (乙省问责52人; 丙县共完成整改12个).
var rePlaceHead = regexp.MustCompile(`^(?:[^，,。；;]*[：:]|(?:从|分)[^，,。；;：:]{1,8}看[，,])?(\p{Han}{1,6}?(?:自治区|省|市|县|区|州|盟|旗|镇|乡|街道))[^，,。；;：:0-9０-９]{0,8}$`)

// reRoundUpHeader opens a sentence on the words that announce a round-up
// by unit or place (从各单位看，, 分县区看：, 逐一看：, 具体到单位：).
var reRoundUpHeader = regexp.MustCompile(`^(?:(?:从|分)[^，,。；;：:]{1,8}看|逐一看|逐个看|逐家看|具体来看|具体看|具体到单位|各地进度不一)[，,：:]`)

// reBodyRoundUp is a round-up's header that names the kind of body it goes
// through (分部门看，; 从各单位看：): not 从整改进度看, 从总体看, which name
// an aspect of the unit's own figures.
var reBodyRoundUp = regexp.MustCompile(`^(?:从|分)各?(?:部门|单位|县区|县（市、区）|区县|乡镇|街道|院校|高校|学校|医院|企业|子公司|地区|市州|地市)[^，,。；;：:]{0,4}看[，,：:]`)

// reUnitsAnnounced ends words before a colon that announce the units
// told one by one after it (对第七轮被巡察的5个单位整改进展进行了梳理：; 各单位
// 整改情况如下：): what is fed back after a body's name was fed to it.
var reUnitsAnnounced = regexp.MustCompile(`(被(巡察|巡视|审计|督察|检查)的?[^，,。；;：:]{0,8}(单位|部门|党组织|企业|学校|医院|乡镇)|各(单位|部门|党组织)|分(单位|部门))[^，,。；;：:]{0,16}[：:]`)

// notPlaceHead are the words that head a place-like phrase and name no
// place: the unit itself (全省, 本市), or all or each of them (各县, 每区).
const notPlaceHead = "我|全|本|该|各|每|分|外|多|两|另|省|市|县|区"

// reCountInName is a count of units in words that end like a name (三个乡镇,
// 另两个乡镇): a sum over places, not a place (三合镇 is one).
var reCountInName = regexp.MustCompile(`[0-9０-９一二三四五六七八九十两几多]+(?:个|家|所|座)`)

// placeHead returns the place that heads the sentence of f, f being its
// first counted figure; "" when the sentence does not start so.
func placeHead(f figure) string {
	m := rePlaceHead.FindStringSubmatchIndex(f.before)
	if m == nil {
		return ""
	}
	name := f.before[m[2]:m[3]]
	if !isPlaceName(name) || has(f.before[m[3]:], "^(委|政府|党委|党组|纪委|巡视|巡察|督察|审计)") {
		return "" // 乙省委巡视组…: a body of the place, not the place
	}
	return name
}

// genericPlaces are nouns that end like a place's name and name none
// (辖区, 园区, 城区 …).
const genericPlaces = "辖区|城区|园区|社区|小区|景区|地区|片区|市区|库区|矿区|山区|灾区|校区|营区|街区"

// genericPlaceWhole is a name that is only a generic place (全县, 本市).
var genericPlaceWhole = "^(" + genericPlaces + ")$"

// isPlaceName tells a name that may be a place's: not the unit itself or
// all or each of its places (全县, 本市, 各县), nor a noun that only ends
// like one (辖区, 园区).
func isPlaceName(name string) bool {
	return wordPrefix(name, notPlaceHead) == 0 && !has(name, genericPlaceWhole) && !reCountInName.MatchString(name)
}

// headedSentence is a sentence whose first claim follows a place's name
// (placeHead): claims [from, to) of the paragraph's.
type headedSentence struct {
	sent, from, to int
	// announced is set when the sentence opens on words that announce a
	// round-up by unit (从各单位看，; 分地区看：): two places then will do.
	announced bool
	place     string
	unit      bool // headed by a body's name (unitHead), not a place's
	fedBack   bool // …反馈问题N个 after the body's name: a round-up only when announced
	// byBody is set when the sentence opens on a round-up's header naming
	// the kind of body it goes through (分部门看，…): one sentence will do.
	byBody bool
	// loose is set when the body heads the sentence far from its first
	// figure (sentenceBody): a unit names itself so too, so a run with one
	// such sentence is a round-up only with three bodies or more.
	loose bool
	// cont is set for a sentence with no subject of its own after a
	// headed one (subjectless): it goes on with that one's body, and is
	// no body of its own in a run.
	cont bool
	para int // the paragraph's index: a sentence goes on with a body of its paragraph only
}

// demotePlaceRuns files as other units' the claims of sentences that follow
// one another each headed by a place of its own (乙省问责52人，其中…；丙省问责
// 40人，其中…): a round-up told by place, whose counts are the places', not
// the unit's. One or two sentences headed by a place prove nothing: a unit
// names itself so too, after the body that inspected it (乙省委巡视组反馈问题
// 21个。甲县已整改19个).
func demotePlaceRuns(cs []Claim, hs []headedSentence) {
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j].sent == hs[j-1].sent+1 && (hs[j].cont || !sameHead(hs[j].place, hs[j-1].place)) {
			j++
		}
		// n counts the bodies, not the sentences going on with one; acting
		// those not told as feeding problems back.
		units, fedBack, loose, n, acting := true, false, false, 0, 0
		for _, h := range hs[i:j] {
			if !h.cont {
				units = units && h.unit
				fedBack = fedBack || h.fedBack
				loose = loose || h.loose
				n++
				if !h.fedBack {
					acting++
				}
			}
		}
		// One sentence will do when a round-up by body is announced and a
		// body heads it (分部门看，县财政局承担的21个问题…), or a round-up
		// announced by its header (分市来看，东陵市问题整改率为
		// 99.1%…).
		roundUp := n >= 3 || n >= 2 && (units || hs[i].announced) && !loose || units && hs[i].byBody || hs[i].announced
		if fedBack && !hs[i].announced && acting < 2 {
			// 市生态环境局反馈问题14个。市应急管理局反馈问题9个: bodies that
			// may have fed the problems back, unless a round-up by body is
			// announced (分部门看：区教育局反馈问题14个…) or two bodies of the
			// run act on their own problems (…召开党组会议4次…。…修订完善制度9项…).
			roundUp = false
		}
		if roundUp {
			// Bodies named in full each heading their own sentence, two
			// will do: a unit does not name itself twice over as two. A
			// body that fed the problems back, in a run not announced,
			// stays out of it (市生态环境局反馈问题14个。县住建局…。县水利局…).
			for _, h := range hs[i:j] {
				if h.fedBack && !hs[i].announced && !slices.ContainsFunc(cs[h.from:h.to], func(c Claim) bool { return c.Kind == KindProblems && c.Subtype.IsState() }) {
					continue // a state told (县卫健局反馈问题22个，已完成20个): its own problems
				}
				for k := h.from; k < h.to; k++ {
					if cs[k].Kind != KindOther {
						cs[k].Scope = ScopeOtherUnits
					}
				}
			}
		}
		i = j
	}
}

// rePlaceVerb tells the words before the first figure of a list by place
// that name the place and then the verb the list shares (甲市完成, 乙县已整改).
var rePlaceVerb = regexp.MustCompile(`(?:^|[，,、：:])(\p{Han}{1,6}?[市县区州盟旗镇乡])已?(?:完成|整改|办结|问责|处理|处分|发现|交办|受理|查处)(?:整改)?$`)

// placeVerb tells the words before the first figure of a list by place
// that name a place (isPlaceName) and then the verb the list shares.
func placeVerb(pre string) bool {
	m := rePlaceVerb.FindStringSubmatch(pre)
	return m != nil && isPlaceName(m[1])
}

// nameEnd are the words that end a name of a place or a body (甲开发区,
// 市水务局, 乙镇).
const nameEnd = "市|县|区|州|盟|旗|镇|乡|街道|村|社区|局|委|办|院|所|站|厅|公司|集团|银行|支行|分行|中心|学校|大学"

// bareName tells a figure whose words are a name of a place or body alone,
// after a 、 or a comma, with any note in brackets left out
// (市林草局（重点信访）).
func bareName(f figure) bool {
	if f.preLo == 0 || !strings.ContainsRune("、，,", f.sent[f.preLo-1]) {
		return false
	}
	name := nameOf(f)
	if n := utf8.RuneCountInString(name); n < 2 || n > 10 || !allHan(name) {
		return false
	}
	return endsWith(name, nameEnd) && !has(name, itemNouns) && !has(name, totalOrDone)
}

// nameOf is the words before a figure with any note in brackets left out.
func nameOf(f figure) string {
	if !strings.ContainsAny(f.pre, "(（") {
		return f.pre
	}
	return reBracketNote.ReplaceAllString(f.pre, "")
}

// reUnitSubject finds the words that make the figures after them another
// unit's (对县水务局开展的专项审计调查，查出问题11个; 某某局审计查出问题9个).
var reUnitSubject = regexp.MustCompile(`对[^，。；,]{1,30}开展的[^，。；,]{0,40}(审计|巡察|巡视|检查|督查|调查)|` +
	`(^|[，,；])[^，,。；]{2,14}[局院所站队会]审计查出|督促(所属|下属)[^，。；,]{0,12}(单位|企业|学校|医院|部门|乡镇|街道|党组织|公司)|` +
	// 督促…等7家局属医疗卫生单位…开展自查: only units urged to check
	// themselves, not those urged to anything (督促局属单位压实整改责任，
	// 巡察组反馈的12个问题中… are the unit's own).
	`(督促|指导)[^，。；,]{0,30}(局属|直属|等[0-9０-９一二三四五六七八九十两]+(家|个|所))[^，。；,]{0,10}(单位|企业|学校|医院|部门|乡镇|街道|党组织|公司)[^。；;，,]{0,16}自查|` +
	// 指导全县11个基层供销社…同步开展自查: units under it counted,
	// directed to check themselves (not its own offices).
	`(督促|指导)[^，。；,]{0,12}[0-9０-９一二三四五六七八九十两]+(家|个|所)\p{Han}{0,8}(` + subordinateUnits + `)[^，。；,]{0,20}自查`)

// subordinateUnits end the names of units under the reporting one, each
// with problems of its own (not its own offices: 科室, 处室).
const subordinateUnits = "单位|企业|公司|学校|学院|医院|乡镇|街道|村|社区|银行|分行|支行|网点|合作社|供销社|信用社|分局|支队|大队|站|所|中心"

// unitSubjectEnd returns where, in the sentence rs, the words end that
// make its later figures about another unit; past the end when there are
// none. Words that name an inspection of a number of units (对全市28家单位开
// 展的巡察) make them the inspection's own, over those units: roundOverEnd.
func unitSubjectEnd(rs []rune, figs []figure) int {
	loc, s := frameIn(rs, figs, reUnitSubject, '展', '的', '审', '计', '督', '促', '指', '导')
	for loc != nil {
		m := s[loc[0]:loc[1]]
		// The auditor itself (县审计局审计查出问题135个), or a round over a
		// number of units, makes no other unit the subject: look on.
		if !(strings.HasSuffix(m, "审计查出") && strings.Contains(strings.TrimSuffix(m, "审计查出"), "审计")) && !reRoundOver.MatchString(m) &&
			// 督促…等5个单位同步自查，巡察组反馈的12个问题中…: the round's own
			// problems named after the units urged are the unit's.
			!(strings.HasSuffix(m, "自查") && reOwnRoundNamed.MatchString(s[loc[1]:])) &&
			// 督促所属8家子公司…开展自查: the units under it checking
			// themselves sum their figures (roundOverEnd), as the docs say.
			!selfCheckAt(s[loc[0]:]) {
			return utf8.RuneCountInString(s[:loc[1]])
		}
		next := reUnitSubject.FindStringIndex(s[loc[1]:])
		if next == nil {
			break
		}
		loc = []int{loc[1] + next[0], loc[1] + next[1]}
	}
	return len(rs) + 1
}

// selfCheckAt tells words that open on units under the reporting one
// checking themselves (督促所属8家子公司对照反馈问题开展自查): reRoundOver's
// form, whose figures are summed over them (aggregate), not another unit's.
func selfCheckAt(s string) bool {
	loc := reRoundOver.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// reOwnRoundNamed names the problems of the round the report answers
// (巡察组反馈的, 巡视反馈, 反馈的…问题).
var reOwnRoundNamed = regexp.MustCompile(`(巡察|巡视|审计|督察)组?(反馈|指出|交办)|反馈的`)

// frameIn finds re in the sentence rs when it has figures and holds one of
// the pairs of runes that re needs (a cheap test before the pattern); the
// match's bytes in s, the sentence as a string, or nil.
func frameIn(rs []rune, figs []figure, re *regexp.Regexp, pairs ...rune) (loc []int, s string) {
	if len(figs) == 0 {
		return nil, ""
	}
	if !hasPair(rs, pairs...) {
		return nil, ""
	}
	s = string(rs)
	return re.FindStringIndex(s), s
}

// hasPair tells whether rs holds one of the pairs of runes (pairs[0] then
// pairs[1], …) one right after the other, in one pass over rs.
func hasPair(rs []rune, pairs ...rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		for k := 0; k+1 < len(pairs); k += 2 {
			if rs[i] == pairs[k] && rs[i+1] == pairs[k+1] {
				return true
			}
		}
	}
	return false
}

// reRoundOver finds an inspection of a number of units (对全市28家市直单位开展
// 了常规巡察; 已对301家单位、71个乡镇…开展了政治巡察; 对区住建局、区城管局…等9家
// 单位开展了常规巡察; 对全省12所高校党委开展了常规巡视), or the units that
// underwent one (同批次接受巡察的5个乡镇): the figures after it,
// in its sentence, are summed over the units it covered.
var reRoundOver = regexp.MustCompile(`对[^，。；,]{0,40}` + roundUnits + `[^，。；,]{0,24}开展了?[^，。；,]{0,10}` + roundKinds +
	`|(接受|被)` + roundKinds + `的[^，。；,]{0,6}` + roundUnits +
	// 督促下属12家支行同步开展自查自纠, 督促全镇12个村（社区）党组织…开展自查:
	// the units under it checking themselves.
	`|(下属|所属|局属|直属|辖内|督促|组织|指导)[^，。；,]{0,6}` + roundUnits + `[^，。；,]{0,20}(开展了?[^，。；,]{0,10}(自查|自纠|` + roundKinds + `)|自查|自纠)`)

// reSelfCheckUnder finds units said to be under the reporting one, whatever
// their noun (矿山, 电厂, 项目部, 门店 …), checking themselves (督促下属3个矿山开
// 展自查). Apart from reRoundOver, and tried only when the sentence says 属
// and 自查 or 自纠: an alternative of reRoundOver would be tried at every
// rune of every sentence that one is.
var reSelfCheckUnder = regexp.MustCompile(`(下属|所属)的?(各|全部)?` + roundCount + `[^，。；,0-9]{1,12}?(开展了?[^，。；,]{0,10})?(自查|自纠)`)

// reUrgedFound finds units urged, and what they found in the clause after
// (督促7个县（市、区）农业农村部门对照反馈问题举一反三，共排查问题53个). Tried only
// when the sentence holds both the urging and the finding words.
var reUrgedFound = regexp.MustCompile(`(督促|指导|组织)[^，。；,]{0,6}` + roundUnits + `[^。；;]{0,24}[，,][^，。；,]{0,4}(排查|查找|梳理|查摆)`)

// reRoundFound finds what an inspection found over units, told by its verb
// right after them (市审计局共对6家市属企业指出问题83个). Apart from
// reRoundOver: its leading 对 lets it be searched fast, where the
// alternatives of one expression would be tried at every rune.
var reRoundFound = regexp.MustCompile(`对[^，。；,]{0,20}` + roundUnits + `[^，。；,]{0,4}(指出|反馈|查出)`)

// roundUnits is a number of units (28家市直单位, 12所高校党委, 12家县级行社),
// roundKinds the inspections a round over them is.
const (
	roundCount = `[0-9０-９零一二两三四五六七八九十百]+(家|个|所|户)`
	roundUnits = `[0-9０-９零一二两三四五六七八九十百]+(家|个|所|户)[^，。；,]{0,30}(单位|党组织|党委|党组|部门|企业|学校|高校|院校|学院|医院|机构|乡镇|街道|村|社区|公司|省区市|省份|行社|支行|分行|银行|网点|供销社|合作社|信用社|分局|支队|大队)`
	roundKinds = `(审计|巡察|巡视|检查|督查|督察|督导|调查)`
)

// roundOverEnd returns where, in the sentence rs, an inspection of a number
// of units is named (reRoundOver); past the end when none is. Its later
// figures are the inspection's own, over those units (Claim.Scope
// aggregate), not the reporting unit's.
func roundOverEnd(rs []rune, figs []figure) int {
	if len(figs) == 0 {
		return len(rs) + 1
	}
	// Each pattern only where its words are, told by one pass over the
	// runes; the sentence made a string once.
	w := roundWordsIn(rs)
	s := ""
	find := func(re *regexp.Regexp) []int {
		if s == "" {
			s = string(rs)
		}
		return re.FindStringIndex(s)
	}
	var loc []int
	if w&(rwHeld|rwUnderwent|rwSelfCheck) != 0 {
		loc = find(reRoundOver)
	}
	if loc == nil && w&rwUnder != 0 && w&rwSelfCheck != 0 {
		loc = find(reSelfCheckUnder)
	}
	if loc == nil && w&rwUrged != 0 && w&rwFound != 0 {
		loc = find(reUrgedFound)
	}
	if loc == nil && w&rwPointed != 0 {
		loc = find(reRoundFound)
	}
	if loc == nil || strings.HasPrefix(s[loc[1]:], "之一") {
		return len(rs) + 1 // 作为本轮接受巡察的3个村之一，我村…: the unit's own
	}
	if m := s[loc[0]:loc[1]]; (strings.HasSuffix(m, "自查") || strings.HasSuffix(m, "自纠")) && reOwnRoundNamed.MatchString(s[loc[1]:]) {
		return len(rs) + 1 // 督促…同步开展自查，巡察组反馈的12个问题中…: the round's own problems named
	}
	return utf8.RuneCountInString(s[:loc[1]])
}

// The words roundOverEnd's patterns need, as bits (roundWordsIn).
const (
	rwHeld      = 1 << iota // 开展
	rwUnderwent             // 接受, 被…的
	rwSelfCheck             // 自查, 自纠
	rwUnder                 // 下属, 所属
	rwUrged                 // 督促, 指导, 组织
	rwFound                 // 排查, 查找, 梳理, 查摆
	rwPointed               // 指出, 反馈, 查出
)

// roundWordsIn tells, in one pass over rs, which of the words roundOverEnd's
// patterns need it holds.
func roundWordsIn(rs []rune) int {
	w := 0
	for i := 0; i+1 < len(rs); i++ {
		switch a, b := rs[i], rs[i+1]; {
		case a == '开' && b == '展':
			w |= rwHeld
		case a == '接' && b == '受', a == '被' && strings.ContainsRune("巡审督检", b):
			w |= rwUnderwent
		case a == '自' && (b == '查' || b == '纠'):
			w |= rwSelfCheck
		case (a == '下' || a == '所') && b == '属':
			w |= rwUnder
		case a == '督' && b == '促', a == '指' && b == '导', a == '组' && b == '织':
			w |= rwUrged
		case a == '排' && b == '查', a == '查' && (b == '找' || b == '摆'), a == '梳' && b == '理':
			w |= rwFound
		}
		switch a, b := rs[i], rs[i+1]; {
		case a == '指' && b == '出', a == '反' && b == '馈', a == '查' && b == '出':
			w |= rwPointed
		}
	}
	return w
}

// unitsSum tells a clause that opens with a count of units summing their
// figures (三家医院共被指出问题39个), in a sentence about a round over units
// (对…开展了巡察), or that gives a figure to each of the units inspected (向各
// 被巡察党组织反馈问题共计71个): the figure is the round's, not the reporting
// unit's.
func unitsSum(lead string, sent []rune) bool {
	if strings.Contains(lead, "各") && reToEachUnit.MatchString(lead) {
		return true // 向各被巡察党组织反馈问题共计71个: given to each of them
	}
	if strings.HasPrefix(lead, "全") && reWholeSystem.MatchString(lead) || strings.Contains(lead, "全") && reWholeAreaSum.MatchString(lead) {
		// 全县自然资源系统共问责干部21人次, 全县各乡镇共建立完善制度136项:
		// a sector's or an area's units together, not the reporting one.
		return true
	}
	if !strings.ContainsAny(lead, "共合累总") {
		return false // every form sums with 共, 合计, 累计 or 总计
	}
	if strings.HasPrefix(lead, "全") && reWholeGroup.MatchString(lead) {
		return true // 全集团上下（含所属11家企业）共制修订制度63项: the group with its firms
	}
	if reEachUnitSum.MatchString(lead) {
		return true
	}
	m := reUnitsSum.FindStringSubmatch(lead)
	// The units under it, counted or not (所属子公司在同步自查中共问责19人,
	// 所属4家子公司…); units counted, over the units inspected (对…开展了巡察,
	// …12家医院共发现问题), by their own check (…自查中共…) or as inspected
	// (9家分公司共被反馈问题102个).
	return m != nil && (m[1] != "" || m[2] != "" && (strings.Contains(m[4], "自查") || m[6] == "被" || reRoundWords.MatchString(string(sent))))
}

// sumUnitHeads end the name of the units a sum is over (12家医院共…, 各社区共…,
// 所属9家分公司…共…): reUnitsSum and reEachUnitSum share them.
const sumUnitHeads = "医院|单位|学校|学院|企业|公司|乡镇|街道|村|社区|部门|机构|高校|银行|分行|支行|网点|支部|科室|处室|中心|站|所"

var (
	reUnitsSum = regexp.MustCompile(`^(所属|下属|辖内|辖区内|局属|直属|另外|其他|其余)?(?:全(?:省|市|县|区|州|乡|镇))?([一二三四五六七八九十两0-9０-９]+(?:家|个|所|户))?\p{Han}{0,6}(` + sumUnitHeads + `)([^，,；;。共合累总]{0,10})(共|合计|累计|总计)(被)?`)
	// reEachUnitSum opens a clause with the sum of each unit's figures
	// (各社区共查摆问题47个; 督促各乡镇农业综合服务中心共排查…): over other
	// units, whatever the sentence.
	reEachUnitSum = regexp.MustCompile(`^(督促|指导|推动|组织)?(辖内|所属|下属|辖区内|其余|其他)?各\p{Han}{0,10}?(` + sumUnitHeads + `)(纪委|党委|党组|党支部)?(共|合计|累计|总计)`)
	// reToEachUnit is a figure given to each of the units inspected (向各被
	// 巡察党组织反馈问题, 对各单位指出问题): the round's, over them all.
	reToEachUnit = regexp.MustCompile(`(向|对|给)各\p{Han}{0,6}(党组织|单位|部门|乡镇|街道|社区|村|医院|学校|企业|支部)(分别)?(反馈|指出|交办|移交|提出)`)
	// reWholeSystem opens a clause with a sector over a whole area (全县自然
	// 资源系统, 全市卫健系统, 全县纪检监察机关, 全县各级): its units together,
	// not the reporting one.
	reWholeSystem = regexp.MustCompile(`^全(县|市|区|省|州|盟|旗|镇|乡)(\p{Han}{1,8}(系统|行业|机关)|各级)`)
	// reWholeAreaSum opens a clause, or its words after a time (此轮巡察
	// 整改中), with a sum over the units of a whole county, city or province
	// (全县各乡镇共…, 全市各单位…): their figures together.
	reWholeAreaSum = regexp.MustCompile(`(?:^|中|内|里|来)全(县|市|区|省|州|盟|旗)各\p{Han}{0,4}(` + sumUnitHeads + `)`)
	// reWholeGroup opens a clause with a whole group, system or bank with
	// all its firms or branches (全集团上下, 全系统, 全行): their figures
	// together, summed (共, 合计).
	reWholeGroup = regexp.MustCompile(`^全(集团|公司|系统|行|社)(上下|范围内|各级)?(（含[^）]*）|\(含[^)]*\))?[^，,；;。]{0,8}(共|合计|累计|总计)`)
	// reWholeArea opens a clause, or its words after a time (今年以来，
	// 此轮巡察整改中), with a whole county, city or province as its subject
	// (全县在巡察整改中共问责…); not 在全县率先, 对照全县…方案.
	reWholeArea = regexp.MustCompile(`^(?:[^，,；;。在对按照配参]{0,10}(?:中|以来|期间))?全(县|市|区|省|州|盟|旗)`)
	// reLowIssuer ends the name of a township, a street office, a village
	// or a community, or its party body: a writer below a county.
	reLowIssuer  = regexp.MustCompile(`(镇|乡|街道|村|社区)(党委|党工委|人民政府|政府|办事处|党支部|党总支|委员会)?$`)
	reRoundWords = regexp.MustCompile(`对[^。；]{0,40}开展了?[^。；，,]{0,6}(巡察|巡视|审计|督察)`)
)

// reOtherUnitTells is another unit, named in full from its area, telling its
// own figures (县公路事业发展中心通报收到反馈问题22个): the figures after it in
// its clause are that unit's. The reporting unit names itself with 我 or 本 (selfNamed), or as
// the body that acts (局党组召开…), never as one that reports to a meeting.
var reOtherUnitTells = regexp.MustCompile(`(县|市|区|省|州|镇|乡)\p{Han}{1,12}(中心|局|站|所|院|公司|委员会|办公室|办)(通报|汇报|介绍)`)

// otherUnitTells tells a clause whose figures another unit, named, tells.
func otherUnitTells(lead string) bool {
	loc := reOtherUnitTells.FindStringIndex(lead)
	return loc != nil && !selfNamed(lead[:loc[1]])
}

// reCoInspected is a unit inspected or audited in the same round as the
// reporting one, named as the subject of the figure's clause (同期接受审计的
// 市城管局被指出问题7个, 同批被巡察的县农业农村局…, 同期接受省审计厅审计的…): group
// 1 is its name.
var reCoInspected = regexp.MustCompile(`(?:同期|同批次?|同轮|同一轮|一同|一并)(?:接受|被)?[^，,；;。的]{0,8}?(?:巡察|巡视|审计|督察)的(\p{Han}{2,16}?(?:` + nameEnd + `))[^，,；;。]{0,8}$`)

// coInspected tells a clause whose figures are another unit's, one
// inspected or audited beside the reporting unit (reCoInspected), not the
// unit itself named so (同期接受审计的我局: selfNamed).
func coInspected(lead string) bool {
	if !strings.ContainsAny(lead, "同并") || !strings.Contains(lead, "的") {
		return false // every form holds 同 or 并 (同期, 同批, 一并 …)
	}
	m := reCoInspected.FindStringSubmatch(lead)
	return m != nil && !selfNamed(m[1])
}

// selfNamed tells the words of a clause before a count that name the
// reporting unit itself (其中反馈我街道问题18个, 其中本单位12个): its own
// share of a round's sum, not the round's.
func selfNamed(lead string) bool {
	return strings.ContainsAny(lead, "我本") && reSelf.MatchString(lead)
}

// reSelf is 我 or 本 before a kind of unit inspected (我街道, 本单位, 我局);
// not 我区, 本市, which in a round's sentence are the level running it.
var reSelf = regexp.MustCompile(`(我|本)(单位|部门|街道|社区|镇|乡|村|局|委|办|院|校|公司|中心|所|站|厅|队|馆|会)`)

// reNameShareRest is what follows a name's share in a list of shares: its
// closed count (襄阳7件，已办结7件).
var reNameShareRest = regexp.MustCompile(`^[，,]\s*(已经|均已|已)?(全部)?(办结|完成|整改|销号|处置)[^，,；;。0-9]{0,4}[0-9０-９]`)

// notNameWords are words no name of a place or body holds: the verbs,
// statuses and item nouns of the word classes.
var notNameWords = problemWords + "|" + problemTotalWords + "|" + doneVerbs + "|" + goingOnWords + "|" + remainderWords + "|" +
	predicateWords + "|" + plannedWords + "|整改|办理|办结|处置|累计|合计|共"

// nameShare reports a count whose only words before it are a bare name —
// two to four characters of no verb or status, after an opening 其中 /
// 另外 — followed by how many of them are closed (其中武汉58件，已办结58件；
// 襄阳7件，已办结7件): a list of the shares of places or bodies, each
// its own, none the unit's total. A name is told from a verb by the
// word classes, not by a list of places, so that the reader needs no
// segmentation (Options.NoWords reads the same).
func nameShare(f figure) bool {
	name := f.pre
	for _, p := range []string{"其中", "另外", "另"} {
		name = strings.TrimPrefix(name, p)
	}
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 4 || !f.first {
		return false
	}
	for _, r := range name {
		if !han.IsHan(r) {
			return false
		}
	}
	if has(name, notNameWords) || isStatus(name) || doneAtOnce(name) {
		return false // 未启动1个，已整改…; 立纠立改3232项: a status or a verb, no name
	}
	rest := f.sent[f.unitEnd:]
	return reNameShareRest.MatchString(string(rest[:min(len(rest), 16)]))
}

// exampleWords open examples or the make-up of what a count before says
// (比如, 例如; 剩余9个问题主要为4个…问题、1个…问题).
const exampleWords = "比如|例如|譬如|诸如|主要为|主要是|主要包括|包括"

// examples tells a figure among examples of a count before it in its
// sentence (已有28项完成阶段性整改，比如…解决了15件…): no count of its own.
// Examples that open the sentence (例如，某校细化为150条整改措施) are
// figures of their own.
func examples(f figure) bool {
	before := f.sentenceBefore()
	i := lastIndex(before, exampleWords)
	return i > 0 && reEarlierCount.MatchString(before[:i])
}

// reEarlierCount finds a count (a number and a measure word of items, not
// a year or a date) in the words before examples.
var reEarlierCount = regexp.MustCompile(`[0-9０-９]+(个|项|件|条|处|家|起|宗)`)

// publicizeWords are the verbs that make cases public as a warning.
const publicizeWords = "通报|曝光|公布|发布"

// publicizedCases tells a count of typical cases a sentence makes public
// (公开通报…7个弄虚作假典型问题和9个…的典型; 曝光典型案例12起): examples
// held up as a warning, whatever their noun, not problems to rectify.
func publicizedCases(f figure) bool {
	if !strings.Contains(f.clause, "典型") && !containsRunes(f.sent[f.tailLo:max(f.tailLo, f.tailHi)], '典', '型') || isStatus(f.post) {
		return false // 其中典型问题3个已整改: a count of the rectification
	}
	// The verb of the figure's own clause (省委巡视组通报了反馈意见，指出典型
	// 问题15个: 指出 is the 15's), and no 通报批评, a sanction.
	i := lastIndex(f.lead, publicizeWords)
	if i < 0 || strings.HasPrefix(f.lead[i:], "通报批评") || has(f.lead[i:], "整改|销号|办结") {
		return false
	}
	return !isStatus(f.tail()) // 梳理出典型问题6个，均已完成整改: rectified
}

// sharesOfList tells a count after 分别 whose sentence lists, before it,
// two or more members joined by 、 that name no state or sanction (places,
// bodies, kinds: 甲县、乙区、丙县…分别为14件、9件; 涉及水、土壤、噪声的分别为
// 31件、14件、24件): each count is a member's share. A list of states
// (反馈问题、已整改问题分别为20个、18个) keeps its counts.
func sharesOfList(f figure) bool {
	before := f.sentenceBefore()
	i := strings.LastIndex(before, "分别")
	if i < 0 {
		return false
	}
	rest := before[i+len("分别"):]
	for _, w := range []string{"为", "是", "有", "达"} {
		rest = strings.TrimPrefix(rest, w)
	}
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !isArabic(r) && !isCNStart(r) {
		return false // 分别对我省开展了两次督察: 分别 of a verb, not of the counts
	}
	// The list: the last of the two clauses before 分别 that holds a 、,
	// from the verb that introduces it (有, 为, 是, 涉及).
	clauses := splitClauses(before[:i])
	list := ""
	for k := len(clauses) - 1; k >= 0 && k >= len(clauses)-2; k-- {
		if strings.Contains(clauses[k], "、") {
			list = clauses[k]
			break
		}
	}
	if j := lastIndex(strings.SplitN(list, "、", 2)[0], "有|为|是|涉及"); j >= 0 {
		list = list[j+wordLenAt(list, j):]
	}
	members := strings.Split(list, "、")
	if len(members) < 2 {
		return false
	}
	for _, m := range members {
		if m == "" || isStatus(m) || has(m, accountabilityAny) || has(m, "巡视|巡察|审计|督察|检查") || mentions(m, moneyWords) {
			return false // 中央巡视、省委巡视、审计反馈问题分别为12个、36个、28个: the unit's own
		}
	}
	return true
}

// reBodyAtStart is a body named in full at the start of a clause, as its
// subject: a place's or an institution's name, then the organ (临渚区人民医院
// 党委, 砚川大学纪委, 某县交通运输局) — up to the word where its predicate
// starts.
var reBodyAtStart = regexp.MustCompile(`^((?:\p{Han}{2,8}?(?:省|市|县|区|州|旗)|\p{Han}{2,10}?(?:大学|学院|医院|集团|公司|银行))\p{Han}{0,12}?(?:` + bodyEndWords + `))(?:同步|同时|认真|全面|积极|迅速|及时)?(?:对|共|先后|累计|已|给予|问责|处置|处理|查处|收到|受理|开展|召开|办结|完成|整改|结合|围绕|针对|组织)`)

// inspectingBodies are the words of the bodies that inspect or discipline
// the unit (县委巡察组, 市审计局, 派驻纪检监察组): their acts name the unit's
// own figures.
const inspectingBodies = "巡察|巡视|审计|督察|督查|监委|派驻|纪检监察组"

// otherBody tells a clause whose subject is a body named in full that is
// another kind of body than the one the report's title names as its writer
// (issuer, as UnitFromTitle gives it; "" when unknown): 在同步整改中，临渚区
// 人民医院党委对…问责7人 in a health commission's report (a hospital, not a
// commission), 砚川大学纪委共处置…线索46件 in a college's (the university,
// not the college) — that body's figures, not the unit's. A body of the
// writer's own kind is taken for the writer, however it is named (临渚区卫健
// 委党组 for 渚州市临渚区卫生健康委员会党组, 临渚城投集团公司党委 for 临渚城投
// 集团有限公司): bodies of one kind are not told apart by their names.
//
// The body may head the sentence and be the subject of the clauses after
// it that have none of their own (岚江医科大学附属第一医院党委结合巡视整改开展
// 专项自查，对失职失责的7名干部进行了问责): otherBodyHeads.
func otherBody(lead, issuer string) bool {
	if issuer == "" || !containsAnyWord(lead, bodyEnds) {
		return false
	}
	m := reBodyAtStart.FindStringSubmatch(lead)
	if m == nil || has(m[1], inspectingBodies) {
		return false
	}
	b, u := bodyKind(m[1]), bodyKind(issuer)
	return b != "" && u != "" && b != u
}

// bodyKinds are the kinds of body a name ends with, once its organ (党委,
// 党组 …) and its company form (有限公司) are taken off; 委员会 is a 委.
var reBodyKind = regexp.MustCompile(`(卫生院|医院|小学|中学|学校|大学|学院|幼儿园|集团|公司|银行|信用社|合作社|法院|检察院|中心|街道|社区|委员会|委|局|厅|办|镇|乡|村|所|站)$`)

// reOrganSuffix is a body's organ, and a company's legal form, at the end
// of its name.
var reOrganSuffix = regexp.MustCompile(`(党委|党组|党总支|党支部|支部委员会|纪委|纪工委|有限责任公司|股份有限公司|有限公司|公司)$`)

// bodyKind is the kind of body a name names (医院, 大学, 委 …), "" when
// it names none of bodyKinds'.
func bodyKind(name string) string {
	name = strings.TrimPrefix(strings.TrimSpace(name), "中共")
	for {
		t := reOrganSuffix.ReplaceAllString(name, "")
		if t == name || t == "" {
			break
		}
		name = t
	}
	if t := strings.TrimSuffix(name, "委员会"); t != name && reBodyKind.MatchString(t) {
		name = t // 某大学外国语学院委员会: the college's party committee
	}
	k := reBodyKind.FindString(name)
	if k == "委员会" {
		k = "委" // 卫生健康委员会, 卫健委: a commission
	}
	return k
}

// bodyEnds are the words reBodyAtStart's names end with: a clause with none
// of them names no body (a cheap test before the pattern).
var bodyEnds = strings.Split(bodyEndWords, "|")

// bodyEndWords are the organs and institutions a body's name ends with.
const bodyEndWords = "党委|党组|党总支|党支部|纪委|纪工委|委员会|医院|学校|公司|集团|中心|局"

// containsAnyWord tells whether s holds any of ws.
func containsAnyWord(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// otherBodyHeads tells a figure whose clause has no subject of its own (it
// opens on a verb or 对) in a sentence whose first clause a body of another
// kind than the writer heads (otherBody): that body's figure.
func otherBodyHeads(f figure, issuer string) bool {
	if issuer == "" || f.clauseLo == 0 || !has(f.lead, "^(对|并|共|先后|累计|已|还|给予|问责|处理|查处|处置|该)") {
		return false
	}
	end := slices.IndexFunc(f.sent, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' })
	if end < 0 || end >= f.n.Start || !slices.ContainsFunc(f.sent[:end], func(r rune) bool { return strings.ContainsRune("委组部院校司团心局", r) }) {
		return false // a body's name ends in one of these (党委, 医院, 公司, 局 …)
	}
	// 共指出我院问题12个，已整改10个: the writer's, whoever acted on it.
	return otherBody(string(f.sent[:end]), issuer) && !has(string(f.sent[:f.n.Start]), selfWords)
}

// selfWords name the writer in a clause (我院, 本局 …).
const selfWords = "我(院|局|校|委|单位|公司|部门|镇|乡|街道|县|市|区|厅|办|中心|集团|行|社|所)|本(院|局|校|委|单位|公司|部门|镇|乡|街道|县|市|区|厅|办|中心|集团|行|社|所)"

// areaAboveIssuer tells a clause whose subject is a whole county or more
// when the writer is a township, a street office or a village (全县在巡察整
// 改中共问责干部41人次 in a township's report): the area's figures, its units
// together, not the writer's own.
func areaAboveIssuer(lead, issuer string) bool {
	return issuer != "" && strings.Contains(lead, "全") && reWholeArea.MatchString(lead) && reLowIssuer.MatchString(issuer)
}
