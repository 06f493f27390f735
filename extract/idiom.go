package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Set phrases: numerals inside words and slogans (四个意识, 三重一大), which are
// not counts.

// idioms are set phrases and words in which a numeral is not a count.
var idioms = strings.Fields(`
	四个意识 四个自信 四个全面 四个服从 两个维护 两个确立 两个责任 两个务必 两个一百年 三个代表 三个务必 三个区分开来
	一岗双责 三重一大 三会一课 举一反三 一件事 两张皮 十九大 二十大 十八大 十七大 十六大 十五大 二十一大
	十四五 十三五 十二五 十一五 一把手 一体推进 一体化 一体 一些 一律 一并 统一 进一步 一起 唯一 同一 一方面 另一方面
	一定 一般 一直 一致 一切 一旦 一贯 一向 一同 一道 一度 一概 一线 一手 一再 一时 一味 一番 一下 一点 一刀切
	一揽子 一盘棋 一条龙 一站式 一网通办 一网通 一次性 一票否决 一案双查 逐一 之一 一一 万一 一心一意 一丝不苟
	一以贯之 一抓到底 一竿子插到底 一张蓝图 一样 一边 一面 一批 一大批 一系列 一流 一举 一经 一路 一身 一手抓
	两手抓 两手 一共 一阵 一环 一员 一言堂 一团和气 一般化 一窝蜂 一阵风 一劳永逸 一蹴而就 一张网
	一码通 一门式 一窗受理 一窗通办 一次办好 最多跑一次 一年一度 一种 两学一做 三严三实 四风 八项规定 中央八项规定
	五位一体 一带一路 一国两制 四种形态 第一种形态 三不腐 两不愁三保障 两不愁 三保障 三公经费 三资 三务 三农
	四议两公开 一事一议 三大攻坚战 六稳 六保 两新组织 两新 两委 村两委 两代表一委员 四下基层 七一 五一劳动节
	双随机一公开 一公开 三令五申 三番五次 一五一十 七上八下 三心二意 九牛一毛 一针见血 一目了然 一如既往
	一成不变 一往无前 一鼓作气 一马当先 一呼百应 一视同仁 一清二楚 说一套做一套 一对一 一人一档 一村一策
	一户一策 一企一策 一案一策 一事一档 一题一策 一次全面 十全十美 五湖四海
	一次全面体检 零容忍 零距离 零星 零散 零碎 零报告 零风险 零事故 零差评 零投诉 双一流 一手遮天 一般性
	三化 三违 三乱 三讲 一问责八清理 一单两书 三书两函 一事一报 一案一整改 一体两翼 两面人 两面派
	一锤定音 一本账 一张表 一把尺子 三个以案 四个不摘 五个一 两个一以贯之 第二个百年 十年磨一剑 两项监督
	一以 一刻 一早 一概而论 一无是处 一穷二白 一干二净 七嘴八舌 乱七八糟 一窍不通 一意孤行
`)

// idiomEntry is a set phrase filed under one of its numeral runes.
type idiomEntry struct {
	phrase []rune
	off    int // offset of the keyed rune in phrase
}

// idiomIndex files the set phrases under each numeral they contain, with
// the rune after it (idiomNext), or before it when the numeral ends the
// phrase (idiomPrev), so isIdiom looks only at the phrases that could hold
// the number at hand and its neighbour: 一 alone stands in hundreds.
var idiomNext, idiomPrev = func() (next, prev map[[2]rune][]idiomEntry) {
	next, prev = map[[2]rune][]idiomEntry{}, map[[2]rune][]idiomEntry{}
	for _, w := range idioms {
		p := []rune(w)
		for k, r := range p {
			if !isCNNumeral(r) && !isArabic(r) {
				continue
			}
			e := idiomEntry{p, k}
			if k+1 < len(p) {
				next[[2]rune{r, p[k+1]}] = append(next[[2]rune{r, p[k+1]}], e)
			} else if k > 0 {
				prev[[2]rune{p[k-1], r}] = append(prev[[2]rune{p[k-1], r}], e)
			} else {
				next[[2]rune{r, 0}] = append(next[[2]rune{r, 0}], e) // a phrase of one rune
			}
		}
	}
	return next, prev
}()

// isIdiom reports whether rs[start:end] lies inside a set phrase.
func isIdiom(rs []rune, start, end int) bool {
	r := rs[start]
	return idiomAt(rs, start, end, idiomNext[[2]rune{r, at(rs, start+1)}]) ||
		idiomAt(rs, start, end, idiomPrev[[2]rune{at(rs, start-1), r}]) ||
		idiomAt(rs, start, end, idiomNext[[2]rune{r, 0}])
}

// idiomAt reports whether one of the phrases es, filed under the rune at
// start, stands at start and holds rs[start:end].
func idiomAt(rs []rune, start, end int, es []idiomEntry) bool {
	for _, e := range es {
		b := start - e.off
		if b >= 0 && end <= b+len(e.phrase) && b+len(e.phrase) <= len(rs) {
			match := true
			for k, r := range e.phrase {
				if rs[b+k] != r {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// evaluativeWords, after 一 and a measure word, make the 一 an indefinite
// article, not a count: 把整改作为一项重要任务 (当作一项硬任务, 一项系统工程)
// says what kind of task it is.
var evaluativeWords = []string{"重要", "重大", "首要", "艰巨", "严肃", "紧迫", "长期", "政治", "基础性", "系统性",
	"全局性", "战略性", "根本性", "经常性", "现实", "硬任务", "硬仗", "头等大事", "系统工程", "民心工程"}

// indefiniteOne reports a 一 (written as a numeral, not 1) whose measure
// word is followed by an evaluative word (一项重要工作, 一项艰巨任务): the
// phrase names a kind, it counts nothing. unitEnd is where the measure word
// ends; a pinyin gloss after it (一項(xiàng)重要, on some mirror sites) is
// skipped.
func indefiniteOne(rs []rune, sp *span, start, unitEnd int) bool {
	if !sp.Chinese || !sp.single || rs[start] != '一' || sp.Unit == "" {
		return false
	}
	p := skipGloss(rs, unitEnd)
	for _, w := range evaluativeWords {
		if hasAt(rs, p, w) {
			return true
		}
	}
	return false
}

// timeNouns, after 个 or 段, make a number a span of time (一个时期, 一段时间).
var timeNouns = []string{"时期", "时间", "时段", "期间", "时候"}

// spanOfTime reports a number followed by 个 or 段 and a time noun (今后一个
// 时期, 较长一段时间): a duration, not a count. end is where the number ends
// and unitEnd where its measure word does (段 is no measure word of units).
func spanOfTime(rs []rune, sp *span, end, unitEnd int) bool {
	p := -1
	switch {
	case sp.Unit == "个":
		p = unitEnd
	case sp.Unit == "" && at(rs, end) == '段':
		p = end + 1
	}
	if p < 0 {
		return false
	}
	p = skipGloss(rs, p)
	for _, w := range timeNouns {
		if hasAt(rs, p, w) {
			return true
		}
	}
	return false
}

// sessionBodySpan bounds the name of the body between a term (届) and its
// session's number (二十届中央纪委三次全会: 中央纪委), in runes.
const sessionBodySpan = 10

// sessionOrdinal reports a number of 次 that names a session of a term: a
// numbered term (十八届, 第二十届, 13届), then the body's name or nothing,
// then the number, 次, and 会议, 全会 or 全体会议 (十八届人大四次会议,
// 十二届三次会议, 二十届中央纪委三次全会). It orders the sessions of an
// assembly; it counts no meetings the unit held. A term that is not
// numbered (本届, 上届) or a verb between it and the number (本届班子召开4次
// 会议) makes a count. unitEnd is where 次 ends.
func sessionOrdinal(rs []rune, sp *span, start, unitEnd int) bool {
	if sp.Unit != "次" {
		return false
	}
	if hasAt(rs, plenaryEnd(rs, unitEnd), "全会") && !meetingVerbBefore(rs, start) {
		// 全会 is a plenary session, named by its number (中央纪委四次
		// 全会, 二次、三次全会) with or without its term.
		return true
	}
	if atMeeting(rs, start, unitEnd) {
		// 在县政府36次常务会上的讲话: the meeting where something was
		// said, named by its number.
		return true
	}
	if !(hasAt(rs, unitEnd, "会议") || hasAt(rs, unitEnd, "全体会议")) {
		return false
	}
	for p := start - 1; p >= 0 && start-p <= sessionBodySpan+1; p-- {
		r := rs[p]
		if r == '届' {
			if p == 0 || !isArabic(rs[p-1]) && !isCNNumeral(rs[p-1]) {
				return false
			}
			body := string(rs[p+1 : start])
			for _, v := range meetingVerbs {
				if strings.Contains(body, v) {
					return false
				}
			}
			return true
		}
		if !han.IsHan(r) {
			return false
		}
	}
	return false
}

// plenaryEnd returns where a list of sessions' numbers that goes on after
// one (二次、三次、四次) ends: past its last 次; at unitEnd when none goes on.
func plenaryEnd(rs []rune, unitEnd int) int {
	end := unitEnd
	for end < len(rs) && rs[end] == '、' {
		q := end + 1
		for q < len(rs) && (isArabic(rs[q]) || isCNNumeral(rs[q])) {
			q++
		}
		if q == end+1 || q >= len(rs) || rs[q] != '次' {
			break
		}
		end = q + 1
	}
	return end
}

// bodyRight tells a body's name ending right before rs[start] (市政府,
// 县委常委, 局党组).
func bodyRight(rs []rune, start int) bool {
	for _, b := range []string{"政府", "党委", "党组", "常委", "委员会", "人大", "局", "厅", "委"} {
		if hasBefore2(rs, start, b) {
			return true
		}
	}
	return false
}

// atMeeting tells a count in 次 that names the meeting something happened
// at: 在 before it in its clause, a body's name right before it and no verb
// of holding a meeting, and a meeting's name of up to six characters after
// it, ending in 会 or 会议, followed by 上 (在县政府36次常务会上; not 在3次专题
// 会上, a count of meetings).
func atMeeting(rs []rune, start, unitEnd int) bool {
	end := -1
	for p := unitEnd; p < len(rs) && p < unitEnd+6 && han.IsHan(rs[p]); p++ {
		if rs[p] == '会' {
			end = p + 1
			if at(rs, end) == '议' {
				end++
			}
			break
		}
	}
	if end < 0 || at(rs, end) != '上' || meetingVerbBefore(rs, start) || !bodyRight(rs, start) {
		return false
	}
	if name := string(rs[unitEnd:end]); !strings.Contains(name, "常务") && !strings.Contains(name, "常委") &&
		!strings.Contains(name, "全体") && !strings.Contains(name, "主任") {
		// Only a body's sessions are numbered so (常务会, 常委会, 全体会议,
		// 主任会议): 在局党组3次专题会议上 counts three meetings.
		return false
	}
	for p := start - 1; p >= 0 && start-p <= 12; p-- {
		switch {
		case rs[p] == '在':
			return true
		case strings.ContainsRune(clauseEnds, rs[p]):
			return false
		}
	}
	return false
}

// meetingVerbBefore tells whether a verb of holding a meeting stands right
// before start (召开3次全会, 召开了3次): a count of meetings held.
func meetingVerbBefore(rs []rune, start int) bool {
	p := start
	if p > 0 && rs[p-1] == '了' {
		p--
	}
	for _, v := range meetingVerbs {
		if _, ok := hasBefore(rs, p, v); ok {
			return true
		}
	}
	return false
}

// skipGloss returns where the text goes on after a pinyin gloss standing at
// rs[p] ((xiàng): a bracket, lower-case Latin letters with or without tone
// marks, a closing bracket); p when there is none.
func skipGloss(rs []rune, p int) int {
	if p >= len(rs) || rs[p] != '(' && rs[p] != '（' {
		return p
	}
	q := p + 1
	for q < len(rs) && q-p <= 8 && (rs[q] >= 'a' && rs[q] <= 'z' || rs[q] >= 0xC0 && rs[q] <= 0x24F) {
		q++
	}
	if q > p+1 && q < len(rs) && (rs[q] == ')' || rs[q] == '）') {
		return q + 1
	}
	return p
}

// setPhrase tells a 一 that is part of a slogan pairing it with another 一
// and a measure word in the same clause (一个问题一名牵头领导, 完成一项销号一项,
// 揭示一个问题、解决一类问题, 发现一处、整治一处、销号一处): not a count.
func setPhrase(f figure) bool {
	if f.n.Count != 1 || !f.n.Chinese {
		return false
	}
	after := f.clause[len(f.lead):]
	if !strings.HasPrefix(after, "一") {
		return false
	}
	if has(f.lead, "(最后|最先|最早|最晚)$") {
		return true // 接完最后一个投诉电话: which one, not how many
	}
	if reNoneLeft.MatchString(after) {
		return true // 力求问题一项不落: none left out, no count
	}
	if f.lead == "" && reOneToMany.MatchString(f.clause) {
		// 一个问题多项措施的，每项措施…: one thing and many of another, a
		// rule of how they pair (a condition, a slogan), no count.
		return true
	}
	return reOneMeasure.MatchString(f.lead+after[len("一"):]) || pairedClauses(f)
}

// reOneToMany is a clause that pairs one of a thing with many of another
// and says nothing more (一个问题多项措施的, 一个问题多个责任部门): the
// shape of a rule, not a count. Not 一个问题因涉及多个部门正在协调推进 or
// 一名干部受到多项处分: a verb stands between, and they are counts.
var reOneToMany = regexp.MustCompile(`^一[个名项类件条位处]\p{Han}{1,3}(多|若干|数)[个名项类件条位处]\p{Han}{1,4}的?$`)

// quotedHasNumeral tells whether the quotation that before ends in (its
// closing mark cut off) holds a numeral.
func quotedHasNumeral(before []rune) bool {
	for i := len(before) - 1; i >= 0; i-- {
		switch r := before[i]; {
		case r == '“' || r == '「':
			return false
		case isCNNumeral(r) || isArabic(r):
			return true
		}
	}
	return false
}

// reNoneLeft is 一 and a measure word, then 不 and a verb of leaving out
// (一个不少, 一项不落, 一件不漏, 一个不放过): none is left, nothing counted.
var reNoneLeft = regexp.MustCompile(`^一[个名项类件条处宗起户家人]不(少|落|漏|留|丢|掉|放过)`)

// reOneClause is a short clause of a bare verb and 一 with a measure word
// (整改一个, 销号一项): no word of a state (已, 正在, 未, 尚 …) before it,
// which would make it a count (已整改一个，正在整改一个).
var reOneClause = regexp.MustCompile(`^[^已正未尚还仍待共累\P{Han}]{1,6}一[个名项类件条处宗起户家]$`)

// pairedClauses tells a figure whose clause, a verb and 一 with a measure
// word, stands beside another such clause (改好一个，销账一个): the two
// clauses are one slogan, as when joined by 、 in one clause.
func pairedClauses(f figure) bool {
	if !sloganClause(f.clause) {
		return false
	}
	lo, hi := f.clauseLo, f.clauseLo+utf8.RuneCountInString(f.clause)
	if lo > 0 {
		s := lo - 1
		for s > 0 && !isClauseBreakAt(f.sent, s-1) {
			s--
		}
		if sloganClause(string(f.sent[s : lo-1])) {
			return !reCountIn.MatchString(string(f.sent[:s])) // no count before the pair
		}
	}
	if hi < len(f.sent) && !isSentenceEnd(f.sent[hi]) {
		next := f.clausesAfter(1) // the clause holds nothing after 一个: its post ends with it
		return len(next) == 1 && sloganClause(next[0]) && !reCountIn.MatchString(string(f.sent[:lo]))
	}
	return false
}

// sloganClause tells a clause that may be half of a slogan of 一
// (reOneClause) and names no problem, part or state of one (其中立行立改一个，
// 长期整改一个; 完成整改一个，基本完成一个; 班子成员问题一个: counts).
func sloganClause(s string) bool {
	return reOneClause.MatchString(s) && !has(s, "问题|其中|完成|基本|立行立改|长期|持续|到位")
}

// namedRules tells a count that names a body's regulations (省市委十项规定,
// 省委省政府十项规定, like 中央八项规定): a name, not rules made.
func namedRules(f figure) bool {
	return strings.HasPrefix(f.post, "规定") && endsWith(f.pre, "中央|省委|市委|省市委|县委|区委|州委|政府|国务院")
}

// article tells a 一个 or 一次 that is an article, not a count: after a
// copula or 的 (这是…的一个缩影, 是一个重要举措, 是对…的一次集中检验).
func article(f figure) bool {
	if f.n.Count != 1 || !f.n.Chinese || f.unit != "个" && f.unit != "次" {
		return false
	}
	return has(f.pre, "(是|为|成为|作为|的)$") || f.unit == "个" && abstractAfter(f)
}

// abstractNotWords are words a noun after 一个 holds when it names what is
// counted: the nouns of the word classes, the verbs and states.
var abstractNotWords = notNameWords + "|" + thingOrUnitEnd + "|" + systemNouns + "|" + measureNouns + "|" + meetingNouns + "|会"

// abstractAfter tells 一个 before a noun of two characters and more that
// is none of the counted nouns' (还需要一个过程, 有一个转变): the article of a
// phrase, no count.
func abstractAfter(f figure) bool {
	toks := f.postTokens()
	if len(toks) == 0 || !isNoun(toks[0].POS) || utf8.RuneCountInString(toks[0].Text) < 2 {
		return false
	}
	// The whole noun phrase: its head may be a counted noun after a
	// modifier (一个历史遗留问题, 一个土地问题).
	return wordLenAt(f.post, 0) == 0 && !has(nounPhrase(f), abstractNotWords)
}

// inSlogan tells a figure that is part of a short slogan in quotation marks
// (“三个不准，一个必须”) or counts the parts of one named right before it
// (“一访二查三督”三项措施): a name, not a count.
func inSlogan(f figure) bool {
	before := f.sent[:f.n.Start]
	if k := len(before); k > 0 && (before[k-1] == '”' || before[k-1] == '」') {
		// “一访二查三督”三项措施: the parts of a slogan of numbers, and
		// “组织领导”“责任落实”4项指标: the names quoted; not the count of
		// the problems a quoted title names (除“公务用车管理不规范”一项问题
		// 正在推进整改外).
		// A breach quoted (清理出“小金库”25738个) is the thing counted.
		return quotedHasNumeral(before[:k-1]) || !has(f.post, "^("+itemNouns+")") && !reBreachBefore.MatchString(f.pre)
	}
	open := -1
	for i := len(before) - 1; i >= 0 && len(before)-i <= 12; i-- {
		if before[i] == '”' || before[i] == '」' {
			return false
		}
		if before[i] == '“' || before[i] == '「' {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := f.n.Start; i < len(f.sent) && i-open <= 16; i++ {
		if f.sent[i] == '”' || f.sent[i] == '」' {
			return true
		}
	}
	return false
}

// reOneMeasure finds 一 with a measure word (一名, 一项, 一类 …).
var reOneMeasure = regexp.MustCompile(`一[个名项类件批条位人次处宗起例户家张份套本组支场]`)
