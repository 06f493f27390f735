package extract

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Roles: what a number found in text is used for (a count, a date, a
// document number, an ordinal …), decided from the text around it.

// Role says what a number found in text is used for. Only RoleCount and
// RolePercent are figures a claim can state; the other roles mark numbers
// that must not be read as counts.
type Role int

const (
	// RoleCount is a quantity: 13次, 十三个, 1.2万元, 0人.
	RoleCount Role = iota
	// RolePercent is a percentage: 98.71%, 百分之九十 (Value is 98.71, 90).
	RolePercent
	// RoleFraction is a fraction written X分之Y (三分之二: Value 2/3).
	RoleFraction
	// RoleDate is part of a calendar date: the year, month or day of
	// 2021年3月2日, 二〇一九年六月, 6月12日, 9月上旬, 2021-03-02.
	RoleDate
	// RoleYear is a year with no month after it: 2021年, 2018年度, 2020年底.
	RoleYear
	// RoleTime is a time of day: 9:00, 14时30分, 上午九点.
	RoleTime
	// RoleDuration is a length of time: 两个月内, 为期四个月, 近三年, 5个工作日.
	RoleDuration
	// RoleDocNumber is part of a document number: 〔2017〕9号, 1号文件.
	RoleDocNumber
	// RoleOrdinal is a rank or label: 第57次, 第三条, 第一, the 2 and 3 of
	// 第1、2、3项, 十四届, 二级, 四中全会, 二次议价, 表1, 附件2.
	RoleOrdinal
	// RolePhone is a telephone number: 0871-12345678, 13812345678, or digits
	// after 电话 / 传真 / 热线.
	RolePhone
	// RoleCode is an identifier: digits next to Latin letters (2016-XS03-03,
	// 5G), after 邮编 / 标识码 / 编号, dotted section numbers (3.1.2), digit
	// runs too long to be a quantity, Arabic numbers with a leading zero.
	RoleCode
	// RoleListMarker numbers an item of a list: （一）, (1), 1., 一、, 一是,
	// 其一, ①.
	RoleListMarker
	// RoleIdiom is a numeral inside a word or set phrase: 四个意识, 两个维护,
	// 三重一大, 十九大, 统一, 进一步, 一些, and a lone Chinese numeral glued to
	// the word after it with no measure word (一体, 两委).
	RoleIdiom
)

// roleNames are the names Role.String gives, in the order of the roles.
var roleNames = [...]string{"count", "percent", "fraction", "date", "year", "time", "duration",
	"doc_number", "ordinal", "phone", "code", "list_marker", "idiom"}

// String returns the name of r.
func (r Role) String() string {
	if r >= 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role(?)"
}

// labels before a number that make it a phone number or a code.
var (
	phoneLabels = runeWords("电话", "传真", "热线", "手机", "联系方式", "座机", "电话号码")
	codeLabels  = runeWords("邮编", "邮政编码", "标识码", "编号", "代码", "账号", "帐号", "身份证", "备案号", "序列号", "编码", "卡号", "QQ", "微信")
	timeWords   = runeWords("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "早", "晚")
)

// labelEnds holds the last runes of phoneLabels and codeLabels.
var labelEnds = lastRunes(append(append([][]rune{}, phoneLabels...), codeLabels...))

// preApproxEnds holds the last runes of the words of preApprox.
var preApproxEnds = func() runeFilter {
	var ws [][]rune
	for _, w := range preApprox {
		ws = append(ws, w.r)
	}
	return lastRunes(ws)
}()

// approxBefore returns preApprox, the words to try before the number at
// start, or nil when the rune before it ends none of them.
func approxBefore(rs []rune, start int) []approxWord {
	if !preApproxEnds.may(at(rs, start-1)) {
		return nil
	}
	return preApprox
}

// classify sets Unit, Approx and Role of sp from the text around it, and
// its extent (lo, hi).
func classify(rs []rune, sp *span) {
	if sp.lo == 0 && sp.hi == 0 {
		sp.lo, sp.hi = sp.Start, sp.End
	}
	if sp.fixed {
		return
	}
	start, end := sp.Start, sp.End

	// Measure word and approximation words.
	p := end
	approx := Exact
	if r := at(rs, p); r == '余' || r == '多' || r == '来' || r == '几' {
		if u := matchUnit(rs, p+1); u.n > 0 || r == '余' || lastUnit(at(rs, p+1)) >= 1e4 {
			if r == '来' {
				approx = About
			} else {
				approx = AtLeast
			}
			p++
		}
	}
	// 30余万元, 1.2亿多元: a magnitude after the approximation applies to
	// the number (the scanner stops at 余).
	if approx != Exact && sp.Multiplier <= 1 && !sp.Percent {
		if q, mult := scanMultiplier(rs, p); q > p && mult >= 1e4 {
			sp.Multiplier = mult
			sp.Value = sp.Count * mult
			p = q
		}
	}
	u := matchUnit(rs, p)
	if u.word == "个" && (at(rs, p+1) == '多' || at(rs, p+1) == '余') {
		if u2 := matchUnit(rs, p+2); durationUnits["个"+u2.word] {
			u = unitInfo{"个" + u2.word, u2.n + 1}
			approx = AtLeast
			p += 1 + 1 + u2.n
		} else {
			p += u.n
		}
	} else {
		p += u.n
	}
	sp.Unit = u.word
	if u.n == 0 && sp.Multiplier >= 1e4 && !sp.Percent && yuanUnderstood(rs, start) {
		sp.Unit = "元" // 罚款524万: the yuan is understood
	}
	for _, w := range postApprox {
		if hasAtRunes(rs, p, w.r) {
			if (w.word == "多" || w.word == "余") && u.n == 0 && !sp.Percent {
				continue // 3多 means nothing; 多收 is a verb
			}
			if approx == Exact {
				approx = w.approx
			}
			p += w.n
			break
		}
	}
	lo := start
	for _, w := range approxBefore(rs, start) {
		if b, ok := hasBeforeR(rs, start, w.r); ok && !strings.ContainsRune(w.not, at(rs, b-1)) {
			if w.word == "数" && !(sp.Chinese && cnUnit(rs[start]) >= 10) {
				continue
			}
			approx = w.approx
			lo = b
			break
		}
	}
	if approx == Exact && at(rs, start-1) == '上' && sp.Chinese && cnUnit(rs[start]) >= 100 {
		approx, lo = AtLeast, start-1 // 上百人, 上亿元: a magnitude reached
	}
	sp.Approx = approx
	sp.lo, sp.hi = lo, p
	sp.Role = role(rs, sp)
}

// intValue returns the value of sp when it is a plain integer (no
// multiplier, not a percentage).
func (sp *span) intValue() (int64, bool) {
	if !sp.isInt || sp.Multiplier != 1 || sp.Percent {
		return 0, false
	}
	return int64(sp.Value), true
}

// monthFollows reports whether a month (3月, 十二月) is written at rs[q].
func monthFollows(rs []rune, q int) bool {
	k := q
	for k < len(rs) && k-q < 4 && (isArabic(rs[k]) || cnDigit(rs[k]) >= 0 || cnUnit(rs[k]) == 10) {
		k++
	}
	return k > q && at(rs, k) == '月'
}

// role decides what the number sp in rs is used for, from the text around
// it: the first of these that recognises it decides, in this order —
// numbers its neighbours mark (identifiers, labelled and document numbers,
// set phrases, ordinals, ranges: markedRole), the calendar and the clock
// (dates, years, times, durations: calendarRole), labels of tables and
// attachments (labelRole), list markers (listMarkerRole) and Chinese
// numerals inside words (inWordRole); a number none of them claims is a
// percentage, a code (a leading zero) or a count.
func role(rs []rune, sp *span) Role {
	c := newRoleContext(rs, sp)
	if r, ok := c.markedRole(); ok {
		return r
	}
	if r, ok := c.calendarRole(); ok {
		return r
	}
	if r, ok := c.labelRole(); ok {
		return r
	}
	if r, ok := c.listMarkerRole(); ok {
		return r
	}
	if r, ok := c.inWordRole(); ok {
		return r
	}
	if sp.Percent {
		return RolePercent
	}
	if sp.zeroLead {
		return RoleCode
	}
	return RoleCount
}

// roleContext is what role's stages look at: the number, where it starts
// and ends, the runes just before and after it, where its measure word
// ends, and its value when it is a plain integer.
type roleContext struct {
	rs         []rune
	sp         *span
	start, end int
	prev, next rune
	unitEnd    int
	iv         int64
	isInt      bool
}

// newRoleContext reads the context of sp in rs.
func newRoleContext(rs []rune, sp *span) roleContext {
	start, end := sp.Start, sp.End
	prev, next := at(rs, start-1), at(rs, end)
	unitEnd := end
	if sp.Unit != "" {
		// Where the unit ends (an infix such as 余 may stand before it).
		for k := end; k <= end+2 && k < len(rs); k++ {
			if hasAt(rs, k, sp.Unit) {
				unitEnd = k + len([]rune(sp.Unit))
				break
			}
		}
	}
	iv, isInt := sp.intValue()
	return roleContext{rs: rs, sp: sp, start: start, end: end, prev: prev, next: next, unitEnd: unitEnd, iv: iv, isInt: isInt}
}

// markedRole recognises a number its neighbours mark: digits in a Latin
// identifier (5G) or after a label (电话, 编号), a document number (〔2017〕9号,
// 9号), a year in brackets, a number inside a set phrase, the ordinals of
// 第 (第1、2、3项), the first number of a range (3-5月) and 十分 (very).
func (c *roleContext) markedRole() (Role, bool) {
	rs, sp, start, end, prev, next, iv, isInt := c.rs, c.sp, c.start, c.end, c.prev, c.next, c.iv, c.isInt
	// Digits in a Latin identifier: 2016-XS03-03, 5G, A4.
	if !sp.Chinese && latinToken(rs, start, end) {
		return RoleCode, true
	}
	if !sp.Chinese {
		if r, ok := labelled(rs, start); ok {
			return r, true
		}
	}
	// Document numbers: 〔2017〕9号, [2021]3号, （2017）9号.
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 {
		if strings.ContainsRune("〔【［[", prev) && strings.ContainsRune("〕】］]", next) {
			return RoleDocNumber, true
		}
		if strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next) {
			if e := digitRun(rs, end+1); e > end+1 && at(rs, e) == '号' {
				return RoleDocNumber, true
			}
			return RoleYear, true
		}
	}
	if sp.Unit == "号" {
		if prev == '月' {
			return RoleDate, true
		}
		return RoleDocNumber, true
	}
	if isIdiom(rs, start, end) || indefiniteOne(rs, sp, start, c.unitEnd) {
		return RoleIdiom, true
	}
	if isDash(prev) && at(rs, start-2) == '号' {
		return RoleDocNumber, true // 东ICP备12345678号-1
	}
	if enumeratedOrdinal(rs, start) {
		return RoleOrdinal, true // 第1、2、3项, 第一、二批
	}
	if sp.Unit == "" && (isDash(next) || strings.ContainsRune("至到~～", next)) {
		if r, ok := rangeRole(rs, end+1, sp); ok {
			return r, true // 3-5月, 10至15日
		}
	}
	if sp.single && rs[start] == '十' && next == '分' && at(rs, end+1) != '钟' {
		return RoleIdiom, true // 十分重要
	}
	if prev == '第' || sessionOrdinal(rs, sp, start, c.unitEnd) {
		return RoleOrdinal, true // 第3次, 十八届人大四次会议
	}
	return 0, false
}

// calendarRole recognises dates, years, times of day and durations by the
// measure word (年, 月, 日, 时, 点, 分, 个月 …) and what follows it, ordinals
// by theirs (届, 级, 二次), and year ranges (2016—2017年).
func (c *roleContext) calendarRole() (Role, bool) {
	rs, sp, start, end, prev, next, unitEnd, iv, isInt := c.rs, c.sp, c.start, c.end, c.prev, c.next, c.unitEnd, c.iv, c.isInt
	// Calendar and clock.
	switch sp.Unit {
	case "年", "年度":
		year := isInt && (sp.intDigits == 4 && iv >= 1900 && iv <= 2099 || sp.seq)
		if !year && isInt && (sp.intDigits == 2 || sp.seq) && monthFollows(rs, unitEnd) {
			year = true
		}
		switch {
		case year && monthFollows(rs, unitEnd):
			return RoleDate, true
		case year:
			return RoleYear, true
		case at(rs, unitEnd) == '级':
			return RoleOrdinal, true // 三年级
		}
		return RoleDuration, true
	case "月", "月份":
		if isInt && iv >= 1 && iv <= 12 && sp.Approx == Exact {
			return RoleDate, true
		}
		return RoleDuration, true
	case "日":
		if prev == '月' {
			return RoleDate, true
		}
		if hasAt(rs, unitEnd, "内") || hasAt(rs, unitEnd, "以内") || hasAt(rs, unitEnd, "之内") || !isInt || iv < 1 || iv > 31 || sp.Approx != Exact {
			return RoleDuration, true
		}
		return RoleDate, true
	case "时":
		return RoleTime, true
	case "点":
		if hasTimeWordBefore(rs, start) || hasAt(rs, unitEnd, "整") || hasAt(rs, unitEnd, "半") || minuteFollows(rs, unitEnd) {
			return RoleTime, true
		}
	case "分":
		if prev == '时' || prev == '点' {
			return RoleTime, true
		}
	}
	if durationUnits[sp.Unit] || spanOfTime(rs, sp, end, unitEnd) {
		return RoleDuration, true
	}
	if sp.Unit == "年" || hasBefore2(rs, start, "为期") || hasBefore2(rs, start, "历时") {
		return RoleDuration, true
	}
	if ordinalUnits[sp.Unit] {
		return RoleOrdinal, true
	}
	if sp.Chinese && sp.single && rs[start] == '二' && strings.Contains("次类级等期批轮档", sp.Unit) && sp.Unit != "" {
		return RoleOrdinal, true // 二次议价, 二类, 二级
	}
	// Year ranges: 2016—2017年, 2016-2017.
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 && sp.Unit == "" &&
		(isDash(next) || strings.ContainsRune("~～至到", next)) {
		if e := digitRun(rs, end+1); e-(end+1) == 4 || e-(end+1) == 2 {
			return RoleYear, true
		}
	}
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 && sp.Unit == "" &&
		(isDash(prev) || strings.ContainsRune("~～至到", prev)) {
		if b := start - 1; b >= 4 && digitRun(rs, b-4) == b && (b == 4 || !isArabic(rs[b-5])) {
			return RoleYear, true
		}
	}
	return 0, false
}

// labelRole recognises the numbers of labels: 表1, 图3, 附件2.
func (c *roleContext) labelRole() (Role, bool) {
	rs, start, prev := c.rs, c.start, c.prev
	// Labels: 表1, 附件2, 图3.
	if _, ok := hasBefore(rs, start, "附件"); ok {
		return RoleOrdinal, true
	}
	if prev == '表' || prev == '图' {
		if pp := at(rs, start-2); !han.IsHan(pp) || strings.ContainsRune("见如附下上", pp) {
			return RoleOrdinal, true
		}
	}
	return 0, false
}

// listMarkerRole recognises numbers that mark an item of a list: （一）, (1),
// 一是, 其一, and 1. / 一、 at the start of a line.
func (c *roleContext) listMarkerRole() (Role, bool) {
	rs, sp, start, prev, next, iv, isInt := c.rs, c.sp, c.start, c.prev, c.next, c.iv, c.isInt
	// List markers.
	if strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next) {
		return RoleListMarker, true
	}
	if sp.Chinese && next == '是' && isInt && iv <= 20 && sp.Unit == "" {
		return RoleListMarker, true
	}
	if sp.Chinese && sp.single && prev == '其' {
		return RoleListMarker, true
	}
	if sp.Unit == "" && !sp.Percent && strings.ContainsRune("、.．)）", next) && lineStart(rs, start) && isInt && iv <= 100 {
		return RoleListMarker, true
	}
	return 0, false
}

// countEndsClause tells a number with a measure word right after which its
// clause ends (…，正在推进一个。): a count, no article before a noun.
func (c *roleContext) countEndsClause() bool {
	if c.sp.Unit == "" || c.unitEnd <= c.end {
		return false
	}
	r := at(c.rs, c.unitEnd)
	return r == 0 || strings.ContainsRune("，,。；;、：:）)（(", r)
}

// stateAdverbs say a state of work (正在推进, 仍在推进): the verb after them
// tells how many are in that state. Manner adverbs (持续, 稳步, 加快) do not:
// 持续推进一项重点改革 has an article.
var stateAdverbs = runeWords("正在", "仍在", "还在", "尚在")

// afterStateAdverb tells a number right after 推进 that a state adverb
// stands before (正在推进一个问题, 持续推进一项): a count of the items in that
// state.
func (c *roleContext) afterStateAdverb() bool {
	k := c.start - 2 // before 推进
	if k < 0 || !hasAt(c.rs, k, "推进") {
		return false
	}
	for _, w := range stateAdverbs {
		if _, ok := hasBeforeR(c.rs, k, w); ok {
			return true
		}
	}
	return false
}

// inWordRole recognises Chinese numerals that are part of a word: in a
// short quotation (“三个一批”), 一 after 统, 进, 唯 … (统一, 进一步), and a
// lone numeral glued to the word after it with no measure word (一体).
func (c *roleContext) inWordRole() (Role, bool) {
	rs, sp, start, end, prev, next := c.rs, c.sp, c.start, c.end, c.prev, c.next
	// Chinese numerals inside words.
	if sp.Chinese && !sp.Percent {
		if inShortQuote(rs, start, end) {
			return RoleIdiom, true
		}
		if rs[start] == '一' && sp.single {
			if strings.ContainsRune("是为这那每哪某另同统唯逐之", prev) || prev == '进' && (next == '步' || !c.countEndsClause() && !c.afterStateAdverb()) {
				// 统一, 唯一; 进一步, 着力推进一项重点改革 (a verb, then an
				// article) — but 正在推进一个问题 (a state, then a count) and
				// …推进一个。 (a count that ends its clause) count.
				return RoleIdiom, true
			}
			if _, ok := hasBefore(rs, start, "任何"); ok {
				return RoleIdiom, true
			}
		}
		if sp.single && sp.Unit == "" && sp.Approx == Exact && han.IsHan(next) {
			return RoleIdiom, true
		}
	}
	return 0, false
}

// enumeratedOrdinal reports whether the number at start continues a list
// of ordinals opened by 第 (the 2 and 3 of 第1、2、3项), or the second part
// of a dashed one (the 5 of 第14-5条).
func enumeratedOrdinal(rs []rune, start int) bool {
	k := start - 1
	if at(rs, k) != '、' && !isDash(at(rs, k)) {
		return false
	}
	for k >= 0 && (rs[k] == '、' || isDash(rs[k]) || isArabic(rs[k]) || isCNNumeral(rs[k])) && start-k < 40 {
		k--
	}
	return at(rs, k) == '第'
}

// rangeRole gives the first number of a range (3-5月, 10至15日, 3至5年) the
// calendar role of the second, which starts at q.
func rangeRole(rs []rune, q int, sp *span) (Role, bool) {
	k := q
	for k < len(rs) && k-q < 6 && (isArabic(rs[k]) || isCNNumeral(rs[k])) {
		k++
	}
	if k == q {
		return 0, false
	}
	iv, isInt := sp.intValue()
	u := matchUnit(rs, k)
	switch {
	case u.word == "月" || u.word == "月份":
		if isInt && iv >= 1 && iv <= 12 {
			return RoleDate, true
		}
	case u.word == "日" || u.word == "号":
		if isInt && iv >= 1 && iv <= 31 && !hasAt(rs, k+1, "内") {
			return RoleDate, true
		}
	case u.word == "时":
		return RoleTime, true
	case u.word == "年" && !(sp.intDigits == 4 && iv >= 1900 && iv <= 2099):
		return RoleDuration, true
	case durationUnits[u.word]:
		return RoleDuration, true
	}
	return 0, false
}

// hasBefore2 reports whether rs[:i] ends with w.
func hasBefore2(rs []rune, i int, w string) bool {
	_, ok := hasBefore(rs, i, w)
	return ok
}

// hasTimeWordBefore reports whether a word for a part of the day (上午, 下午,
// 晚上 …) ends just before rs[i]: 上午九点 is a time.
func hasTimeWordBefore(rs []rune, i int) bool {
	for _, w := range timeWords {
		if _, ok := hasBeforeR(rs, i, w); ok {
			return true
		}
	}
	return false
}

// minuteFollows reports whether minutes (30分, 三十分) are written at rs[q].
func minuteFollows(rs []rune, q int) bool {
	k := q
	for k < len(rs) && k-q < 4 && (isArabic(rs[k]) || cnDigit(rs[k]) >= 0 || cnUnit(rs[k]) == 10) {
		k++
	}
	return k > q && at(rs, k) == '分' && at(rs, k+1) != '之'
}

// latinToken reports whether rs[start:end] is part of a token of ASCII
// letters, digits and joiners that holds a Latin letter.
func latinToken(rs []rune, start, end int) bool {
	joiner := func(r rune) bool { return strings.ContainsRune("-_./@#:", r) }
	for k := start - 1; k >= 0 && k >= start-24; k-- {
		r := rs[k]
		if isLatin(r) {
			return true
		}
		if !(isArabic(r) || joiner(r)) {
			break
		}
	}
	for k := end; k < len(rs) && k < end+24; k++ {
		r := rs[k]
		if isLatin(r) {
			return k == end || joiner(rs[k-1]) || isArabic(rs[k-1])
		}
		if !(isArabic(r) || joiner(r)) {
			break
		}
	}
	return false
}

// labelled reports a phone number or code introduced by a label such as
// 联系电话： or 邮编.
func labelled(rs []rune, start int) (Role, bool) {
	j := start
	for j > 0 && (rs[j-1] == '：' || rs[j-1] == ':' || isSpace(rs[j-1]) || rs[j-1] == '为') {
		j--
	}
	if !labelEnds.may(at(rs, j-1)) {
		return 0, false // no label ends there
	}
	for _, w := range phoneLabels {
		if _, ok := hasBeforeR(rs, j, w); ok {
			return RolePhone, true
		}
	}
	for _, w := range codeLabels {
		if _, ok := hasBeforeR(rs, j, w); ok {
			return RoleCode, true
		}
	}
	return 0, false
}

// inShortQuote reports whether rs[start:end] stands in a short quotation
// (“三资”, ‘三重一大’), which names a slogan rather than counts.
func inShortQuote(rs []rune, start, end int) bool {
	open := false
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		r := rs[k]
		if r == '“' || r == '‘' || r == '「' || r == '『' || r == '"' {
			open = true
			break
		}
		if !han.IsHan(r) && !isCNNumeral(r) && r != '、' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := end; k < len(rs) && k < end+8; k++ {
		r := rs[k]
		if r == '”' || r == '’' || r == '」' || r == '』' || r == '"' {
			return true
		}
		if !han.IsHan(r) && r != '、' {
			return false
		}
	}
	return false
}

// yuanWords are the words of classYuanUnderstood, as runes; yuanLast
// filters on their last rune.
var (
	yuanWords = runeWords(strings.Split(classWords(classYuanUnderstood), "|")...)
	yuanLast  = lastRunes(yuanWords)
)

// yuanUnderstood tells a sum in 万 or 亿, with no measure word after it,
// that money words stand right before (罚款524万, 金额约2.2亿): money, its
// 元 understood. A word of amount or degree may stand between (共, 约, 达,
// 超, 近, 逾, 计, 为).
func yuanUnderstood(rs []rune, start int) bool {
	i := start
	for k := 0; k < 2 && i > 0 && strings.ContainsRune("共约达超近逾计为合", rs[i-1]); k++ {
		i--
	}
	if i == 0 || !yuanLast.may(rs[i-1]) {
		return false
	}
	for _, w := range yuanWords {
		if _, ok := hasBeforeR(rs, i, w); ok {
			return true
		}
	}
	return false
}
