package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Figures told each (分别) of places or bodies listed by name.

// demoteNamedEach files as other units' the figures of a clause that tells
// them each (分别) of two or more places or bodies it lists by name before
// that word (安平县、白河区分别完成612个和904个; 实验中学、城东小学分别退还伙食费
// 11.6万元、9.2万元; 广东、四川、河南三省立案数分别为412件、365件): the named
// ones' shares, not the unit's own. Lists of classes or aspects
// (立行立改、限期整改问题分别为…) and the unit's own organs (党委、纪委分别…)
// name no other unit and are left alone.
func demoteNamedEach(cs []Claim, figs []figure, figOf []int) {
	for k := range cs {
		if cs[k].Kind == KindOther {
			continue
		}
		f := figs[figOf[k]]
		i := strings.LastIndex(f.lead, "分别")
		if i < 0 {
			continue
		}
		own, names := strings.TrimSpace(f.lead[:i]), ""
		switch {
		case namesListed(own):
			names = own
		case reUnitsCounted.MatchString(own):
			// 4个单位反馈问题分别为19个、22个…: each of the units counted.
			names = own
		case !has(own, "^(我|本|该|全)"):
			// 县医保局、城关镇整改进度偏慢，完成率分别只有71%、68%: the names
			// a clause before, when the clause has no subject of its own
			// (我局分别召开…).
			// 三家单位分别认领问题32个、27个，分别完成整改30个、27个: the
			// units counted opening the clause before, told each there too.
			if b := clauseBefore(f); namesListed(b) || unitsCountedOpen(b) {
				names = b
			}
		}
		if names == "" {
			continue
		}
		if after := f.lead[i+len("分别"):]; !listIsObject(names) && (has(after, "^(对|向)?[^，,；;。0-9０-９]{0,4}?("+findingVerbs+")") ||
			has(after, "^(对|向)?[^，,；;。0-9０-９]{0,4}?(反馈|发现|查出)") && namesInspect(names)) {
			continue // 县审计局、县财政局分别反馈问题12个和8个: the bodies that found them
		}
		cs[k].Scope = ScopeOtherUnits
	}
}

// shareEachVerb gives the counts of a list told each (分别) after a verb the
// first count's reading: 分别完成整改问题17个、14个 and 已分别完成12个和6个 are
// done counts all, the words of the first serving the rest, which have
// none of their own (a 、, 和 or 及 alone before them).
func shareEachVerb(cs []Claim, figs []figure, figOf []int) {
	for k := 1; k < len(cs); k++ {
		f, p := figs[figOf[k]], figs[figOf[k-1]]
		pre := strings.TrimSpace(f.pre)
		if pre == "" && f.preLo > 0 && f.sent[f.preLo-1] == '、' {
			pre = "、" // the 、 ended the words before it
		}
		if figOf[k] != figOf[k-1]+1 || f.unit != p.unit || cs[k-1].Kind == KindOther || cs[k].Kind != KindOther && cs[k].Kind != cs[k-1].Kind ||
			!strings.Contains(p.lead, "分别") || pre == "" || wordPrefix(pre, "、|和|及|与") != len(pre) || p.chained || cs[k-1].Kind == KindSystems {
			continue // p.chained: 12个乡镇和8个部门分别召开会议3次、2次 — each unit's, per unit
		}
		if h := p.lead[:strings.LastIndex(p.lead, "分别")]; reListJoin.MatchString(h) && headsNameSubtypes(h) && !namesListed(h) {
			continue // 立案审查调查和留置分别为12人、3人: the heads of the list name each (statesListed), not the first's words
		}
		cs[k].Kind, cs[k].Subtype, cs[k].Scope = cs[k-1].Kind, cs[k-1].Subtype, cs[k-1].Scope
	}
}

// reUnitsCounted is a count of units that the figures after 分别 are told
// each of (4个单位反馈问题分别为…; 3家企业分别…).
var reUnitsCounted = regexp.MustCompile(`[0-9０-９一二三四五六七八九十两]+(个|家|所)(单位|部门|企业|学校|医院|乡镇|街道|村|社区|党组织|学院|公司|子公司|县|区)`)

// unitsCountedOpen tells a clause opened by units counted (三家单位, 对4个
// 乡镇…): its subject, or its object with 对.
func unitsCountedOpen(s string) bool {
	loc := reUnitsCounted.FindStringIndex(s)
	return loc != nil && (loc[0] == 0 || s[:loc[0]] == "对")
}

// clauseBefore returns the clause of f's sentence before its own, "" when
// its own is the first.
func clauseBefore(f figure) string {
	if f.clauseLo <= 0 || f.clauseLo > len(f.sent) {
		return ""
	}
	b := lastClauseOf(string(f.sent[:f.clauseLo]))
	if i := strings.Index(b, "分别"); i >= 0 {
		b = b[:i] // 平昌县、石泉县移交线索分别为203件、176件: the names before their own 分别
	}
	return b
}

// headsNameSubtypes tells a list before 分别 whose heads name what each
// count is (立案审查调查和留置, 制定、修订、废止): sanctions, clues' handling,
// rules' making, states — each count is its head's, none the first's.
func headsNameSubtypes(h string) bool {
	if has(h, accountabilityAny+"|"+systemChanged+"|废止|留置") {
		return true
	}
	if _, ok := firstOf(h, clueWords); ok {
		return true
	}
	_, ok := statusOf(h)
	return ok
}

// namedEnds end the name of a place or a body other than the writer's own
// organs: 县, 街道, 局, 公司, 中学, 医院 …
const namedEnds = "省|自治区|市|县|区|州|盟|旗|镇|乡|街道|村|社区|局|厅|委|公司|集团|中心|学校|中学|小学|大学|学院|医院|卫生院|保健院|研究院|检察院|法院|设计院|福利院|敬老院|养老院|银行|分行|支行|所|站|队|社|馆"

// ownOrgans end the names of a unit's own organs, which 分别 may list
// without naming another unit (党委、纪委分别召开专题会议).
const ownOrgans = "党委|党组|纪委|纪工委|纪检组|监委|支部|总支|团委|工会|班子|常委"

// listHead are the words that may open a clause before its list of
// names (其中区实验中学…; 另外…). A preposition (对, 在, 向 …) makes the names
// no subject (对县医保局、城关镇相关责任人分别问责…: the writer holds them to
// account).
const listHead = "其中|另外|此外|同时"

// findingVerbs are the verbs by which bodies listed before 分别 found or
// handed over what the counts count: they inspected, the counts are the
// writer's (省审计厅和省财政厅分别指出问题15个、9个). 反馈, 发现 and 查出 are
// such verbs too when the bodies inspect (县审计局、县财政局分别反馈问题12个);
// of others they tell what was fed back to them or found at them (省教育厅、
// 省卫生健康委分别反馈问题23个; 城关镇、石门镇问题较为集中，分别发现问题26个).
const findingVerbs = "指出|移交|交办|提出"

// listIsObject tells a list of names after 对 (县审计局对县发改局、县民政局…开
// 展了审计): the bodies inspected, whatever the verb of the counts.
func listIsObject(names string) bool {
	first, _, _ := strings.Cut(names, "、")
	return strings.Contains(first, "对")
}

// namesInspect tells a list of names one of which is a body that inspects
// or audits (县审计局, 县财政局, 县纪委监委).
func namesInspect(names string) bool {
	for _, p := range splitNames(names) {
		if has(p, inspectingBodies+"|审计|财政|纪委|监委") {
			return true
		}
	}
	return false
}

// namesListed tells the words before 分别 in a clause that list two or more
// places or bodies by name: each but the last a name alone, the last a name
// that words of what is told may follow (省理工学院整改完成率), or bare names
// closed by their count (广东、四川、河南三省).
func namesListed(s string) bool {
	s = strings.TrimSpace(s)
	if n := wordPrefix(s, listHead); n > 0 {
		s = strings.TrimLeft(s[n:], "：:")
	}
	if loc := reUnderPrefix.FindStringIndex(s); loc != nil {
		s = s[loc[1]:] // 医院下属的城南社区卫生服务站、…: the units under the writer, named
	}
	parts := splitNames(s)
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	bare := bareCounted(last)
	for _, p := range parts[:len(parts)-1] {
		if !bodyName(p) && !(bare && shortHan(p)) {
			return false
		}
	}
	return bare || namePrefix(last)
}

// reUnderPrefix opens a list of names with the body they are under
// (医院下属的, 局属).
var reUnderPrefix = regexp.MustCompile(`^[^、，,；;。]{0,8}?(下属|所属|直属|下辖)的?`)

// splitNames splits a list at 、 and at the 和, 及, 与 that joins its last
// two names.
func splitNames(s string) []string {
	parts := strings.Split(s, "、")
	last := parts[len(parts)-1]
	for _, c := range []string{"和", "及", "与"} {
		if i := strings.Index(last, c); i > 0 && bodyName(last[:i]) {
			return append(parts[:len(parts)-1], last[:i], last[i+len(c):])
		}
	}
	return parts
}

// bodyName tells a name of a place or body: 2 to 12 Han characters ending
// in namedEnds, not one of the unit's own organs, nor the unit itself or
// all of its parts (全县, 本局, 各乡镇), nor a common word in 局 (着眼大局).
func bodyName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 12 && allHan(s) && endsWith(s, namedEnds) && !endsWith(s, ownOrgans) && !endsWith(s, wordsInJu) &&
		wordPrefix(s, "我|本|全|各|该|每|其|在|对|向|经|会同|针对|由|与|按") == 0 && !has(s, genericPlaceWhole) && !genericBody(s)
}

// reGenericBody is a name of a class of bodies or places, no body's own:
// a qualifier of rank, size, age or ownership before the kind (三级医院, 分公
// 司, 老旧小区, 乡镇卫生院, 社区卫生服务中心) or the kind alone (乡镇, 街道).
var reGenericBody = regexp.MustCompile(`^(一级|二级|三级|总|分|子|老旧|新建|新|老|基层|乡镇|社区|村|县级|市级|省级|区级|公立|民营|国有|私立|直属|所属|下属|定点|村级|城区|农村|城市|中小|大型|小型|重点|其他)*(卫生服务|卫生|服务)?(` + namedEnds + `)$`)

// genericBody tells a name that is a class of bodies or places
// (reGenericBody): a sum over them is the unit's own, as aggregate.
func genericBody(s string) bool { return reGenericBody.MatchString(s) || endsWith(s, genericPlaces) }

// namePrefix tells words that start with a place's or body's name, what is
// told of it following (省理工学院整改完成率, 白河区).
func namePrefix(s string) bool {
	if bodyName(s) {
		return true
	}
	rs := []rune(s)
	for n := min(12, len(rs)-1); n >= 2; n-- {
		if bodyName(string(rs[:n])) {
			// The longest name that words of what is told follow (省理工学院
			// 整改完成率), not a short one inside a longer (县委 of 县委组织部).
			return has(string(rs[n:]), "^("+toldOfName+")")
		}
	}
	return false
}

// toldOfName are the words that may follow a name before 分别: what is
// told of it, or a verb.
const toldOfName = "[0-9０-９一二三四五六七八九十两]|等|整改|完成|问题|移交|线索|立案|办结|的|共|累计|已|各|均|为|有|资金|金额|问责|处分|清退|追回|收回|退还|反馈|相关|责任|对照|开展|同步|结合|针对|按照|举一反三"

// bareCounted tells the last of bare names closed by their count (河南三省,
// 四川等3个省份): the names before it may be bare.
func bareCounted(s string) bool {
	m := reBareCounted.FindStringSubmatch(s)
	return m != nil && shortHan(m[1])
}

var reBareCounted = regexp.MustCompile(`^(\p{Han}{2,4}?)等?[0-9０-９一二三四五六七八九十两]+个?(省|省份|省区|自治区|市|地市|县|区|县区|县市)`)

// shortHan tells a bare name of 2 to 4 Han characters (广东, 内蒙古).
func shortHan(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 4 && allHan(s)
}

// allHan tells s made of Han characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !han.IsHan(r) {
			return false
		}
	}
	return s != ""
}

// reClauseBody finds a body named in full opening a clause (省建工集团整改完成率,
// 县人民医院已整改): a name of two to ten characters ending in a body's kind.
var reClauseBody = regexp.MustCompile(`^(\p{Han}{2,10}?(集团|公司|局|医院|卫生院|学校|大学|学院|中心|街道办事处|街道|镇|乡))`)

// demoteClauseHeads gives a clause headed by a body named in full the scope
// of other units, in a sentence whose counts before were other units' by
// name (省交投集团、省能源集团分别完成整改问题44个、37个，省建工集团整改完成率
// 达到95%): the round-up goes on, body by body. The writer (issuer, or
// named by 我/本/该, or a bare 集团公司) heads none.
func demoteClauseHeads(cs []Claim, figs []figure, figOf []int, issuer string) {
	named := false
	for k := range cs {
		if cs[k].Kind == KindOther {
			continue
		}
		if cs[k].Scope == ScopeOtherUnits {
			named = true
			continue
		}
		if !named {
			continue
		}
		f := figs[figOf[k]]
		m := reClauseBody.FindString(f.lead)
		if m == "" || !bodyName(m) || has(m, "^(集团|公司|总部|机关)") || issuer != "" && sameBody(m, issuer) {
			continue
		}
		cs[k].Scope = ScopeOtherUnits
	}
}

// wordsInJu are common words ending in 局 that name no body (着眼大局, 格局,
// 布局, 开局): not names.
const wordsInJu = "大局|全局|格局|布局|结局|开局|时局|当局|骗局"
