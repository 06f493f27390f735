package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A round-up goes through the units an inspection covered, each named as
// the subject of its sentence or clause, with figures that are that unit's
// (scope other_units), not the writer's. This file reads the names that head
// sentences and clauses so: a body named at a sentence's head (sentenceBody),
// a unit named after 其中 (qizNamedUnit), and places' rates side by side
// (namedRate). demotePlaceRuns decides, over runs of such sentences, which
// are a round-up.

// reOrgan is the organ of the body named before it (石门镇党委, 县水利局党组).
var reOrgan = regexp.MustCompile(`^(党委|党组|党总支|党支部|党工委)`)

// notHeadWords are words no body's name heading a sentence holds, beyond
// what bodyName already refuses: time, a level, a category, an inspecting
// body, verbs and nouns a name found by its ending may run into (召开…全市,
// 督促县…中心), and the writer's own organs and meetings (党委会议, 县委常委).
const notHeadWords = "年|月|日|级|局长|镇长|乡长|县长|市长|区长|厅长|院长|校长|行长|主任|书记|组长|队长|我|交办|转办|移交|移送|督办|所属|下属|直属|上述|有关|相关|其他|其余|部分|系统|方面|领域|层面|局机关|委机关|院机关|班子|领导|会议|常委|" +
	"巡察|巡视|审计|督察|督查|督导|纪委|监委|派驻|纪检|中央|上级|" +
	"把|将|已|未|由|通过|召开|研究|部署|开展|完成|整改|问题|反馈|督促|推动|指导|要求|组织|清理|修订|完善|退还|追回|收回|清退|" +
	"建立|制定|出台|落实|推进|坚持|聚焦|围绕|结合|针对|对照|对|按照|党委|党组|党总支|党支部|党工委|根据|加强|强化|约谈|处理|问责|查处|发现|排查|梳理|认领|涉及|累计|上缴|上报|上交|" +
	"的|之|了|、"

// reCategoryName is a category of units, not one unit (城区学校, 农村学校,
// 县直单位, 市农业农村).
var reCategoryName = regexp.MustCompile(`^(城区|农村|乡村|城镇|基层|县直|市直|区直)|(农村|乡村|城乡|城镇)$`)

// headName returns the name of a body or place that s opens on, the longest
// that is a name (bodyName, and none of notHeadWords, no count, no level
// alone, no category): 临川县城关镇, not 临川县; 临渚区人民医院, not 临渚区 —
// and the text after it; "" when s opens on none.
func headName(s string) (name, rest string) {
	n, end := 0, 0
	for i, r := range s {
		if n >= 16 || !unicode.Is(unicode.Han, r) {
			break
		}
		n++
		if at := i + utf8.RuneLen(r); n >= 3 && nameEndSet[r] && isHeadName(s[:at]) {
			end = at
		}
	}
	return s[:end], s[end:]
}

// isHeadName tells a name headName may take.
func isHeadName(name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	return (bodyName(name) || allHan(name) && endsWith(name, headOnlyEnds) && wordPrefix(name, "我|本|全|各|该|每|其") == 0 &&
		(strings.ContainsRune("省市县区州镇乡", first) || utf8.RuneCountInString(name) >= 5)) && !has(name, notHeadWords) && !reCountInName.MatchString(name) && strings.Trim(name, "省市县区州乡镇村委") != "" &&
		!reCategoryName.MatchString(name)
}

// reSentHead is the time or linking words a sentence may open on before the
// body that heads it (截至目前，; 今年以来，).
var reSentHead = regexp.MustCompile(`^(?:(?:截至|截止|目前|近日|同时|此外|另外|其中)[^，,。；;：:]{0,12}[，,]|[^，,。；;：:]{0,8}以来[，,]|(?:从|分)[^，,。；;：:]{1,10}看[，,：:])`)

// reNotActor follows a body's name that does not act on its own problems
// there: a person of it (局长), its inspection team (督导组), its words in
// a story about it (表示), or its acts on other units or on the writer
// (督促各…, 对我市开展督导, 派出督导组对8家企业开展实地督导).
var reNotActor = regexp.MustCompile(`^(?:长|督导组|督查组|检查组|巡察组|工作组|专班|表示|介绍|指出|透露|称|获悉)|督促各|指导各|督促所属|督促下属|对我|派出|对\p{Han}{0,4}[0-9０-９一二三四五六七八九十两]+(?:家|个|所)\p{Han}{0,4}(?:单位|企业|公司|乡镇|村|社区|学校|医院|部门|党组织)`)

// sentenceBody returns the body another than the writer (issuer) named at
// the head of sentence rs and acting there (市水务局完成整改问题35个…; 石门镇党委把
// 问题分解为63条措施，…22个问题已全部完成): "" when the sentence opens on no
// such name — the writer, an inspecting body, a level, an organ alone, a
// person of the body (局长), or a name run on into what follows (省教育厅的,
// 县人民医院、).
func sentenceBody(rs []rune, issuer string) string {
	if len(rs) < 4 || !unicode.Is(unicode.Han, rs[0]) && rs[0] != '其' || !endsNameWithin(rs[:min(len(rs), 40)]) {
		return ""
	}
	s := Simplify(string(rs[:min(len(rs), 40)]))
	if loc := reSentHead.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	if loc := reRoundUpHeader.FindStringIndex(s); loc != nil {
		s = s[loc[1]:] // 具体来看：一是城关镇，…
	}
	s = strings.TrimLeft(reOrdinalHead.ReplaceAllString(s, ""), " ")
	at := strings.HasPrefix(s, "在") // 在市第二人民医院，院党委…: the body named as the scene
	name, rest := headName(strings.TrimPrefix(s, "在"))
	if name == "" || at && !strings.HasPrefix(rest, "，") {
		return ""
	}
	if at {
		return sameOrEmpty(name, issuer)
	}
	if r, _ := utf8.DecodeLastRuneInString(name); strings.HasPrefix(rest, "长") || strings.HasPrefix(rest, string(r)+"长") {
		return "" // 区住建局局长带队…: the head of the body, not the body
	}
	rest = rest[len(reOrgan.FindString(rest)):]
	if rest == "" || strings.ContainsAny(rest[:utf8.RuneLen([]rune(rest)[0])], "的、和与及等") || reNotActor.MatchString(rest) ||
		issuer != "" && sameBody(name, issuer) {
		return ""
	}
	return name
}

// endsNameWithin tells runes that hold a character a name may end in
// (nameEndSet): a cheap test before reading a name.
func endsNameWithin(rs []rune) bool {
	for _, r := range rs {
		if nameEndSet[r] {
			return true
		}
	}
	return false
}

// headOnlyEnds end the names of bodies a sentence's head may name besides
// namedEnds' (市康文署, 市公共工程处, 市人防办, 县妇联, 县政府).
const headOnlyEnds = "署|处|办|联|政府"

// nameEndSet holds the last character of every word of namedEnds and
// headOnlyEnds, Simplified and Traditional (局, 區 …): a name's last
// character is one of them.
var nameEndSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range wordList(namedEnds + "|" + headOnlyEnds) {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = true
	}
	for _, r := range "區縣鎮鄉廳團學院處辦聯" {
		m[r] = true
	}
	return m
}()

// reOrdinalHead is a heading's number before a body's name (（一）市国资委：…).
var reOrdinalHead = regexp.MustCompile(`^` + itemNumber)

// sameOrEmpty is name, or "" when it is the writer's.
func sameOrEmpty(name, issuer string) string {
	if issuer != "" && sameBody(name, issuer) {
		return ""
	}
	return name
}

// sameHead tells two names that head sentences of one body, named in full
// and short (县水利局, 水利局).
func sameHead(a, b string) bool {
	return a == b || strings.Contains(a, b) || strings.Contains(b, a)
}

// reSubjectless opens a sentence on a verb or a word that goes on with the
// subject before (召开党工委会议5次; 对…进行全面清理，收回租金4.7万元; 并…):
// no subject of its own.
var reSubjectless = regexp.MustCompile(`^(?:对|并|还|同时|已|召开|建立|健全|完善|制定|修订|出台|诫勉|约谈|追缴|追回|收回|清退|退还|清理|给予|问责|处理|处分|查处|处置|通报|新建|整改|开展|组织|推动|督促|补缴|核减|调整)`)

// subjectless tells a sentence that opens with no subject of its own and
// sums nothing (a sentence with 共, 累计 … may be the writer's sum after a
// round-up); a 对 phrase followed by a subject of its own (对审计查出的42个
// 问题，县政府召开…) has one.
func subjectless(rs []rune) bool {
	if len(rs) < 3 || !reSubjectless.MatchString(string(rs[:2])) {
		return false
	}
	s := string(rs)
	if has(s, "共计|累计|合计|总计") {
		return false
	}
	if rs[0] == '对' {
		// 对…进行全面清理，收回…: the phrase holds its verb, or the clause
		// after it opens on one; not 对…的42个问题，县政府召开….
		i := strings.IndexAny(s, "，,")
		if i < 0 {
			return true
		}
		return has(s[:i], "进行|开展|实施|予以|给予|作出|采取") || reSubjectless.MatchString(s[i+len("，"):])
	}
	return true
}

// reOverall opens, or holds, words of a sentence that tell of the whole,
// not of the body before: the area or all its units, a sum, an overview.
var reOverall = regexp.MustCompile(`^(从总体看|总体看|总体上|总的来看|综上|整体)|全(县|市|区|省|州|镇|乡|集团|系统)|各(单位|部门|乡镇|村|企业|学校)|共计|累计|合计|总计|[0-9０-９一二三四五六七八九十两]+(个|家|所)(单位|部门|乡镇|村|企业|学校|公司|社区)`)

// notSumWords are words with 共 that sum nothing (共性, 中共 …).
var notSumWords = strings.NewReplacer("共性", "", "公共", "", "共同", "", "中共", "", "共享", "", "共建", "", "共青", "")

// goesOn tells a sentence in a body's paragraph, after the body's own, that
// goes on with it: one with no subject of its own (subjectless), or one
// that names no other body and tells nothing of the whole (未销号的7个问题
// 中，…; 村集体闲置鱼塘重新发包，…).
func goesOn(rs []rune) bool {
	if subjectless(rs) {
		return true
	}
	s := Simplify(string(rs))
	if rs[0] == '对' {
		// 对审计查出的42个问题，县政府…: a subject of its own after the
		// phrase; but the body's own organ (…的2个问题，局党组列入…) is the body.
		i := strings.IndexAny(s, "，,")
		return i >= 0 && has(s[i+len("，"):], "^(局|委|院|校|公司|集团|镇|乡|街道)?(党组|党委|党工委|党支部|党总支)")
	}
	if has(s, "^(目前|截至|截止|至今|今年|近年|自|经过|通过|总之|总的|此外|另外|同时|下一步)") || has(s, "总体|整体|本轮|第[一二三四五六七八九十0-9]+轮|巡察反馈|巡视反馈|审计反馈") ||
		strings.Contains(notSumWords.Replace(s), "共") {
		return false // 目前已办理上报77件，…; 第七轮巡察反馈的63个问题…; 共…: the writer takes up the whole again
	}
	if reOverall.MatchString(s) || has(s, "^("+selfWords+")") {
		return false
	}
	if name, _ := headName(s); name != "" {
		return false
	}
	if i := strings.IndexAny(s, "，,"); i >= 0 {
		if name, _ := headName(s[i+len("，"):]); name != "" {
			return false // 针对…问题，县政府召开…
		}
	}
	return true
}

// qizNamedUnit tells a figure of a sentence that opens on 其中 and a unit
// named after it as the subject of its first clause (其中，市城投集团反馈
// 问题46个，整改完成率95.7%; 其中，临江县追回612.4万元): a part of the whole
// before that is another unit's, up to the sentence's first semicolon. The
// writer named so (sameBody), a level (县本级, 党组层面), an inspecting body
// (其中，省委巡视反馈问题30个) and a body that handed the problems over
// (其中，市生态环境局交办问题8个) split nothing by unit.
func qizNamedUnit(f figure, issuer string) bool {
	return qizName(f, issuer) != ""
}

// qizName is the unit qizNamedUnit finds named after 其中, "" for none.
func qizName(f figure, issuer string) string {
	if !strings.HasPrefix(f.before, "其中") || strings.ContainsAny(f.before, "；;") {
		return ""
	}
	s := strings.TrimLeft(strings.TrimPrefix(f.before, "其中"), "，,：:")
	name, rest := headName(s)
	if name == "" {
		return ""
	}
	clause := rest
	if i := strings.IndexAny(rest, "，,。：:"); i >= 0 {
		clause = rest[:i]
	}
	if utf8.RuneCountInString(clause) > 14 || has(clause, "^(党委|党组|党工委)?(层面|本级|机关)|交办|转办|移交|移送|督办|直属|系统|范围|领域|(督查|督察|检查|审计|巡察|巡视)反馈") ||
		has(name, "^[省市县区州]委") || issuer != "" && (sameBody(name, issuer) || bodyAbove(name, issuer)) {
		return ""
	}
	return name
}

// bodyAbove tells a body of a higher level than the writer (省林业厅 to a
// county's bureau; 市审计局 to a township): one that inspects or feeds back,
// not one of the writer's units.
func bodyAbove(name, issuer string) bool {
	issuer = strings.TrimPrefix(issuer, "中共")
	return strings.HasPrefix(name, "省") && !strings.HasPrefix(issuer, "省") ||
		strings.HasPrefix(name, "市") && has(issuer, "县|区|镇|乡|街道") && !strings.HasPrefix(issuer, "市")
}

// overseerWriter tells a writer that may round up the units it oversees:
// none named, an inspecting or disciplinary body, an area's party committee
// or government, a newspaper.
func overseerWriter(issuer string) bool {
	return issuer == "" || has(issuer, inspectingBodies+"|纪委|监委|省委|市委|县委|区委|州委|政府|日报|报社|融媒|新闻")
}

// reRateAfterName is the words of a clause from the name that opens it to
// its rate's figure (完成率为; 的问题整改完成率达).
var reRateAfterName = regexp.MustCompile(`^的?(?:问题)?(?:整改)?(?:完成率|整改率|整改完成率|办结率|销号率)(?:为|达到|达|是)?[0-9０-９一二三四五六七八九十百]*`)

// namedRate tells a rate whose clause a place or a body other than the
// writer opens, in a sentence where another opens one so too (大庙镇完成率
// 为66.7%，西沟乡完成率为50%): each one's rate. One alone may be the unit a
// story is about (全区…84%，东城街道的完成率为86.7%).
func namedRate(f figure, issuer string) bool {
	if !strings.Contains(f.lead, "率") || !rateNamed(f.lead, issuer) {
		return false
	}
	n := 0
	for _, cl := range strings.FieldsFunc(string(f.sent), func(r rune) bool { return strings.ContainsRune("，,；;", r) }) {
		if strings.Contains(cl, "率") && rateNamed(cl, issuer) {
			n++
		}
	}
	return n >= 2
}

// rateNamed tells a clause (or its words up to the rate's figure) that
// opens on a name other than the writer's and goes straight to the rate.
func rateNamed(lead, issuer string) bool {
	name, rest := headName(strings.TrimLeft(strings.TrimPrefix(lead, "其中"), "，,"))
	return name != "" && reRateAfterName.MatchString(rest) && (issuer == "" || !sameBody(name, issuer))
}

// headingBody returns the body a sentence names alone, after any heading
// number (（一）市发展改革委。; 二、县教体局：), not the writer's: the heading of
// the sentences after it, which are that body's. "" for any other sentence.
//
// Only a paragraph's first sentence, with no claims, that is the whole
// paragraph or opens on a heading's number (heading), may be one.
func headingBody(rs []rune, issuer string, heading bool) string {
	if !heading || len(rs) < 3 || len(rs) > 24 {
		return ""
	}
	// A heading ends on the name, or its organ, before any stop: a cheap
	// test before reading the name.
	end := len(rs)
	for end > 0 && strings.ContainsRune("。：: ", rs[end-1]) {
		end--
	}
	if end < 3 || !nameEndSet[rs[end-1]] && !strings.ContainsRune("组支部", rs[end-1]) {
		return ""
	}
	s := strings.TrimSpace(reOrdinalHead.ReplaceAllString(Simplify(string(rs)), ""))
	name, rest := headName(s)
	rest = rest[len(reOrgan.FindString(rest)):]
	if name == "" || strings.Trim(rest, "。：: ") != "" || issuer != "" && sameBody(name, issuer) {
		return ""
	}
	return name
}
