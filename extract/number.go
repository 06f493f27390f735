package extract

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Approx says how a number relates to the quantity it describes. An
// approximate figure is checked as a bound, not as an equality.
type Approx int

const (
	// Exact is a number stated as it is (32个).
	Exact Approx = iota
	// AtLeast is a lower bound: 30余人, 100多项, 32个以上, 超过30个, 逾, 至少,
	// 不少于, 十几个, 数十个.
	AtLeast
	// AtMost is an upper bound: 不到, 不足, 不超过, 以下, 以内, 最多, and 近 /
	// 将近 / 接近 (近三年 = nearly three years, so at most three).
	AtMost
	// About is an estimate on either side: 约, 大约, 左右, 上下, 十来个.
	About
)

// approxes is the table of approximations: the name each has in JSON
// (Claim.approx; Exact is left out) and its Chinese name. The words that
// signal each are preApprox and postApprox.
var approxes = [...]struct {
	Name    string
	Chinese string
}{
	Exact:   {"exact", "确数"},
	AtLeast: {"at_least", "下限（以上、余、多）"},
	AtMost:  {"at_most", "上限（以下、不到、近）"},
	About:   {"about", "约数（约、左右）"},
}

// String returns the name of a.
func (a Approx) String() string {
	if a >= 0 && int(a) < len(approxes) {
		return approxes[a].Name
	}
	return "approx(?)"
}

// Chinese returns the Chinese name of a (确数, 下限（以上、余、多）…).
func (a Approx) Chinese() string {
	if a >= 0 && int(a) < len(approxes) {
		return approxes[a].Chinese
	}
	return a.String()
}

// MarshalText writes a as its name; Exact, the zero value, is written as ""
// (and left out of a Claim's JSON).
func (a Approx) MarshalText() ([]byte, error) {
	if a == Exact {
		return nil, nil
	}
	return []byte(a.String()), nil
}

// UnmarshalText reads a name MarshalText writes.
func (a *Approx) UnmarshalText(b []byte) error {
	for i, e := range approxes {
		if string(b) == e.Name || i == int(Exact) && len(b) == 0 {
			*a = Approx(i)
			return nil
		}
	}
	return fmt.Errorf("extract: unknown approximation %q", b)
}

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

var roleNames = [...]string{"count", "percent", "fraction", "date", "year", "time", "duration",
	"doc_number", "ordinal", "phone", "code", "list_marker", "idiom"}

// String returns the name of r.
func (r Role) String() string {
	if r >= 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role(?)"
}

// Number is a number written in text.
//
// Start and End are code-point offsets into the string given to FindNumbers
// or ParseNumber and cover the numeral itself, with its 万/亿 multiplier and
// its percent sign or 百分之 (Text is that span). Approximation words (约,
// 余, 以上) and the measure word (Unit) are outside the span.
//
// Count × Multiplier = Value always holds.
type Number struct {
	Text       string
	Start, End int
	// Value is the number in its base unit: 1.2万 → 12000, 3.5亿 → 350000000,
	// 98.71% → 98.71, 三千五百万 → 35000000.
	Value float64
	// Count is the number as written, normalised: 十三 → 13, 1.2 for 1.2万,
	// 3500 for 三千五百万.
	Count float64
	// Multiplier is the magnitude word the number ends with: 1e4 (万), 1e8
	// (亿), 1e12 (万亿); after Arabic digits also 1e3 (千), 1e6 (百万), 1e7
	// (千万). It is 1 when there is none, and 0.1 for ‰ and 千分之.
	Multiplier float64
	// Percent is set for 98.71%, 百分之九十 and per-mille forms.
	Percent bool
	// Approx is the approximation the words around the number express.
	Approx Approx
	// Chinese is set when the digits are Chinese numerals (十三, 三点五,
	// 壹佰), not Arabic digits (1.2万 is not Chinese).
	Chinese bool
	// Role says what the number is used for; see Role.
	Role Role
	// Unit is the measure word after the number, if any: 个, 次, 项, 人, 元
	// (for 1.2万元), 个月, 年, 号. Approximation infixes are skipped
	// (30余人 → 人, 两个多月 → 个月).
	Unit string
}

// ParseNumber reads s as a whole as one number, optionally with
// approximation words and a measure word around it (约32个, 30余人, 98.71%,
// 1,206.4万元, 十三, 2021年). Offsets are code-point offsets into s; leading
// and trailing white space is allowed.
func ParseNumber(s string) (Number, bool) {
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi && isSpace(rs[lo]) {
		lo++
	}
	for hi > lo && isSpace(rs[hi-1]) {
		hi--
	}
	if lo == hi {
		return Number{}, false
	}
	sp := scan(rs[:hi], nil)
	if len(sp) != 1 || sp[0].lo != lo || sp[0].hi != hi {
		return Number{}, false
	}
	n := sp[0].Number
	n.Text = string(rs[n.Start:n.End])
	return n, true
}

// FindNumbers returns every number written in s, in order, with code-point
// offsets. Arabic digits (with thousands separators, decimals, 万/亿
// multipliers, full-width forms), Chinese numerals (十三, 一百零五, 两千三百,
// 三点五, 壹佰贰拾), percentages (98.71%, 百分之九十) and fractions are found.
// Each Number carries a Role; a caller looking for stated figures keeps
// RoleCount and RolePercent.
func FindNumbers(s string) []Number {
	rs := []rune(s)
	sp := scan(rs, nil)
	if len(sp) == 0 {
		return nil
	}
	out := make([]Number, len(sp))
	for i := range sp {
		out[i] = sp[i].Number
		out[i].Text = string(rs[sp[i].Start:sp[i].End])
	}
	return out
}

// span is a Number while it is being found and classified.
type span struct {
	Number
	lo, hi    int   // extent with approximation words and unit
	single    bool  // a single Chinese character (一, 两, 十)
	intDigits int   // Arabic: digits before the point
	isInt     bool  // no fractional part
	seq       bool  // Chinese digit sequence (二〇一九)
	fixed     bool  // role decided by the scanner
	zeroLead  bool  // Arabic integer written with a leading zero (05)
	mant      int64 // Count = mant / 10^scale
	scale     int
}

// maxDigits is the most significant digits a quantity may have; longer digit
// runs are codes.
const maxDigits = 18

// maxValue bounds Chinese numerals (a run of 亿 would overflow).
const maxValue = 1e16

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// startRunes holds, for the Basic Multilingual Plane, the runes scanAt may
// find a number at (digits, Chinese numerals, 百分之 and 千分之, circled and
// bracketed markers); scan skips the other runes without calling it.
var startRunes = func() *[0x10000 / 64]uint64 {
	var set [0x10000 / 64]uint64
	for r := rune(0); r < 0x10000; r++ {
		if r >= '①' && r <= '⒛' || r == '百' || r == '千' || isArabic(r) || isCNStart(r) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
}()

// mayStartNumber reports whether scanAt may find a number at r; false means
// it certainly finds none.
func mayStartNumber(r rune) bool {
	return r < 0 || r >= 0x10000 || startRunes[r/64]&(1<<(r%64)) != 0
}

// scan returns the numbers of rs, classified. They are written over buf (a
// buffer to reuse from call to call, or nil), which is returned, resliced.
func scan(rs []rune, buf []span) []span {
	out := buf[:0]
	// Most sentences have a few numbers: find the first before allocating.
	i := 0
	for i < len(rs) && !mayStartNumber(rs[i]) {
		i++
	}
	if i == len(rs) {
		return out
	}
	if out == nil {
		out = make([]span, 0, len(rs)/16+1)
	}
	for i < len(rs) {
		if !mayStartNumber(rs[i]) {
			i++
			continue
		}
		next := scanAt(rs, i, &out, false)
		if next <= i {
			next = i + 1
		}
		i = next
	}
	for k := range out {
		classify(rs, &out[k])
	}
	return out
}

// scanAt looks for a number starting at rs[i], appends what it finds to out
// and returns where scanning resumes. A nested scan (the parts of 百分之X and
// X分之Y) looks for a plain numeral only, so that chains stay linear.
func scanAt(rs []rune, i int, out *[]span, nested bool) int {
	r := rs[i]
	switch {
	case r >= '①' && r <= '⑳':
		return emitMarker(rs, i, int(r-'①')+1, out)
	case r >= '⑴' && r <= '⒇':
		return emitMarker(rs, i, int(r-'⑴')+1, out)
	case r >= '⒈' && r <= '⒛':
		return emitMarker(rs, i, int(r-'⒈')+1, out)
	case !nested && (r == '百' || r == '千') && at(rs, i+1) == '分' && at(rs, i+2) == '之':
		if next, ok := scanPercentWord(rs, i, out); ok {
			return next
		}
		return i + 1
	case isArabic(r):
		return scanArabic(rs, i, out, nested)
	case isCNStart(r):
		return scanChinese(rs, i, out, nested)
	}
	return i + 1
}

func emitMarker(rs []rune, i, v int, out *[]span) int {
	*out = append(*out, span{Number: Number{Start: i, End: i + 1, Value: float64(v), Count: float64(v),
		Multiplier: 1, Role: RoleListMarker}, lo: i, hi: i + 1, fixed: true, isInt: true})
	return i + 1
}

// fixedSpan is a span whose role the scanner already knows.
func fixedSpan(start, end int, v float64, role Role) span {
	return span{Number: Number{Start: start, End: end, Value: v, Count: v, Multiplier: 1, Role: role},
		lo: start, hi: end, fixed: true, isInt: v == math.Trunc(v)}
}

// ---------------------------------------------------------------- Arabic

func isArabic(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func arabicVal(r rune) int64 {
	if r >= '０' {
		return int64(r - '０')
	}
	return int64(r - '0')
}

func isPoint(r rune) bool { return r == '.' || r == '．' }

func isDash(r rune) bool {
	return r == '-' || r == '—' || r == '–' || r == '－' || r == '‐' || r == '―'
}

// digitRun returns the end of the run of Arabic digits starting at i.
func digitRun(rs []rune, i int) int {
	for i < len(rs) && isArabic(rs[i]) {
		i++
	}
	return i
}

// digitsValue reads rs[i:j] as an integer; ok is false past maxDigits.
func digitsValue(rs []rune, i, j int) (int64, bool) {
	if j-i > maxDigits {
		return 0, false
	}
	var v int64
	for _, r := range rs[i:j] {
		v = v*10 + arabicVal(r)
	}
	return v, true
}

func scanArabic(rs []rune, i int, out *[]span, nested bool) int {
	n := len(rs)
	k := digitRun(rs, i)
	nd := k - i

	// Telephone numbers: 0871-12345678, 0790—6281935, 13812345678.
	if rs[i] == '0' && (nd == 3 || nd == 4) && k < n && isDash(rs[k]) {
		if e := digitRun(rs, k+1); e-(k+1) >= 7 && e-(k+1) <= 8 {
			a, _ := digitsValue(rs, i, k)
			b, _ := digitsValue(rs, k+1, e)
			*out = append(*out, fixedSpan(i, e, float64(a)*pow10[e-k-1]+float64(b), RolePhone))
			return e
		}
	}
	if nd == 11 && rs[i] == '1' && arabicVal(rs[i+1]) >= 3 {
		v, _ := digitsValue(rs, i, k)
		*out = append(*out, fixedSpan(i, k, float64(v), RolePhone))
		return k
	}

	// Dates written with separators: 2021-03-02, 2021/3/2, 2021.3.2, 2021-03.
	if nd == 4 && k+1 < n {
		if e, ok := scanSepDate(rs, i, k, out); ok {
			return e
		}
	}

	// Times of day: 9:00, 09:30:15.
	if nd <= 2 && k < n && (rs[k] == ':' || rs[k] == '：') {
		if e := digitRun(rs, k+1); e-(k+1) == 2 {
			h, _ := digitsValue(rs, i, k)
			m, _ := digitsValue(rs, k+1, e)
			if h <= 24 && m < 60 {
				if at(rs, e) == ':' || at(rs, e) == '：' {
					if e2 := digitRun(rs, e+1); e2-(e+1) == 2 {
						e = e2
					}
				}
				*out = append(*out, fixedSpan(i, e, float64(h)+float64(m)/60, RoleTime))
				return e
			}
		}
	}

	// Integer part, with thousands separators: 24,978 and 24，978, never 3，4.
	digits := make([]rune, 0, 24)
	digits = append(digits, rs[i:k]...)
	if nd <= 3 {
		for k < n && (rs[k] == ',' || rs[k] == '，') && digitRun(rs, k+1)-(k+1) == 3 {
			digits = append(digits, rs[k+1:k+4]...)
			k += 4
		}
	}
	intDigits := len(digits)
	scale := 0
	if k+1 < n && isPoint(rs[k]) && isArabic(rs[k+1]) {
		e := digitRun(rs, k+1)
		// A dotted section number (3.1.2) is a code.
		if e+1 < n && isPoint(rs[e]) && isArabic(rs[e+1]) {
			for e+1 < n && isPoint(rs[e]) && isArabic(rs[e+1]) {
				e = digitRun(rs, e+1)
			}
			*out = append(*out, fixedSpan(i, e, 0, RoleCode))
			return e
		}
		digits = append(digits, rs[k+1:e]...)
		scale = e - (k + 1)
		k = e
	}
	if len(digits) > maxDigits {
		*out = append(*out, fixedSpan(i, k, 0, RoleCode))
		return k
	}
	mant, _ := digitsValue(digits, 0, len(digits))
	sp := span{Number: Number{Start: i, Multiplier: 1}, intDigits: intDigits, isInt: scale == 0,
		mant: mant, scale: scale, zeroLead: digits[0] == '0' && intDigits > 1}

	// Multipliers after the digits: 1.2万, 3.5亿, 5千万, and compounds 2万3千.
	p, mult := scanMultiplier(rs, k)
	if mult > 1 {
		value := float64(mant) * mult / pow10[scale]
		compound := false
		last := lastUnit(rs[p-1])
		for last >= 1e4 && p < n && isArabic(rs[p]) {
			e := digitRun(rs, p)
			if e-p > 4 || e >= n || isPoint(rs[e]) {
				break
			}
			u := lastUnit(rs[e])
			if u == 0 || u >= last || (u == 1e3 && blocksThousand(at(rs, e+1))) {
				break
			}
			q, m2 := scanMultiplier(rs, e)
			if m2 >= last {
				break
			}
			v2, _ := digitsValue(rs, p, e)
			value += float64(v2) * m2
			compound = true
			p, last = q, lastUnit(rs[q-1])
		}
		if compound {
			sp.Count, sp.Multiplier, sp.Value = value, 1, value
			sp.isInt = value == math.Trunc(value)
		} else {
			sp.Count, sp.Multiplier, sp.Value = float64(mant)/pow10[scale], mult, value
		}
		sp.End = p
		return tryFraction(rs, sp, out, nested)
	}
	sp.End = k
	setPlain(&sp)
	return finishPercent(rs, sp, out, nested)
}

// scanSepDate reads 2021-03-02, 2021/3/2, 2021.3.2 or a year and month
// (2021-03, 2021/3, 2019.07) starting at i; k ends the 4 year digits.
func scanSepDate(rs []rune, i, k int, out *[]span) (int, bool) {
	y, _ := digitsValue(rs, i, k)
	sep := rs[k]
	if y < 1900 || y > 2099 || !(isDash(sep) || sep == '/' || isPoint(sep)) || isDash(sep) && sep != '-' && sep != '－' {
		return 0, false
	}
	mEnd := digitRun(rs, k+1)
	if mEnd-(k+1) < 1 || mEnd-(k+1) > 2 {
		return 0, false
	}
	mo, _ := digitsValue(rs, k+1, mEnd)
	if mo < 1 || mo > 12 {
		return 0, false
	}
	if mEnd+1 < len(rs) && rs[mEnd] == sep && isArabic(rs[mEnd+1]) {
		dEnd := digitRun(rs, mEnd+1)
		d, _ := digitsValue(rs, mEnd+1, dEnd)
		if dEnd-(mEnd+1) > 2 || d < 1 || d > 31 || (dEnd < len(rs) && (isPoint(rs[dEnd]) || rs[dEnd] == sep) && isArabic(at(rs, dEnd+1))) {
			return 0, false
		}
		*out = append(*out, fixedSpan(i, k, float64(y), RoleDate), fixedSpan(k+1, mEnd, float64(mo), RoleDate),
			fixedSpan(mEnd+1, dEnd, float64(d), RoleDate))
		return dEnd, true
	}
	// Year and month only. 2019.07 must have two month digits and nothing
	// that makes it a quantity (2019.07万元, 2019.07%).
	nx := at(rs, mEnd)
	if nx == sep || isPoint(nx) || nx == ',' {
		return 0, false
	}
	if isPoint(sep) && (mEnd-(k+1) != 2 || isMultiplierRune(nx) || nx == '元' || nx == '%' || nx == '％' || nx == '亿') {
		return 0, false
	}
	*out = append(*out, fixedSpan(i, k, float64(y), RoleDate), fixedSpan(k+1, mEnd, float64(mo), RoleDate))
	return mEnd, true
}

func isMultiplierRune(r rune) bool {
	return r == '万' || r == '亿' || r == '千' || r == '百' || r == '萬' || r == '億'
}

// lastUnit is the magnitude of a multiplier character after Arabic digits.
func lastUnit(r rune) float64 {
	switch r {
	case '百':
		return 1e2
	case '千':
		return 1e3
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	}
	return 0
}

// blocksThousand reports whether 千 followed by r is a metric prefix (千米,
// 千克, 千瓦) rather than "thousand".
func blocksThousand(r rune) bool { return strings.ContainsRune("米克瓦卡伏帕焦赫字", r) }

// scanMultiplier reads rising multiplier characters after Arabic digits at k
// (万, 千万, 百万, 万亿) and returns where they end and their product.
func scanMultiplier(rs []rune, k int) (int, float64) {
	mult := 1.0
	last := 0.0
	p := k
	for p < len(rs) {
		u := lastUnit(rs[p])
		if u == 0 || u <= last {
			break
		}
		if u == 1e3 && blocksThousand(at(rs, p+1)) || u == 1e2 && (at(rs, p+1) == '分' || at(rs, p+1) == '姓') {
			break
		}
		mult *= u
		last = u
		p++
	}
	if mult > 1e12 {
		return k, 1
	}
	return p, mult
}

// setPlain fills Value and Count of a span with no multiplier.
func setPlain(sp *span) {
	sp.Count = float64(sp.mant) / pow10[sp.scale]
	sp.Value = sp.Count
	sp.Multiplier = 1
}

// finishPercent adds a following % or ‰ to sp, then looks for a fraction.
func finishPercent(rs []rune, sp span, out *[]span, nested bool) int {
	switch at(rs, sp.End) {
	case '%', '％':
		sp.Percent = true
		sp.End++
	case '‰':
		sp.Percent = true
		sp.Multiplier = 0.1
		sp.Value = sp.Count / 10
		sp.End++
	}
	return tryFraction(rs, sp, out, nested)
}

// tryFraction turns "X分之Y" into one fraction span, or appends sp as it is.
func tryFraction(rs []rune, sp span, out *[]span, nested bool) int {
	if !nested && !sp.Percent && sp.Multiplier == 1 && at(rs, sp.End) == '分' && at(rs, sp.End+1) == '之' && sp.Value > 0 {
		var tmp []span
		j := sp.End + 2
		if j < len(rs) && (isArabic(rs[j]) || isCNStart(rs[j])) {
			scanAt(rs, j, &tmp, true)
			if len(tmp) > 0 && tmp[0].Start == j && !tmp[0].fixed && !tmp[0].Percent && tmp[0].Multiplier == 1 {
				y := tmp[0]
				v := y.Value / sp.Value
				f := span{Number: Number{Start: sp.Start, End: y.End, Value: v, Count: v, Multiplier: 1,
					Role: RoleFraction, Chinese: sp.Chinese || y.Chinese}, fixed: true, lo: sp.Start, hi: y.End}
				*out = append(*out, f)
				return y.End
			}
		}
	}
	*out = append(*out, sp)
	return sp.End
}

// scanPercentWord reads 百分之X and 千分之X starting at i.
func scanPercentWord(rs []rune, i int, out *[]span) (int, bool) {
	j := i + 3
	if j >= len(rs) {
		return 0, false
	}
	var inner span
	switch {
	case rs[j] == '百' && (j+1 >= len(rs) || !isCNNumeral(rs[j+1])):
		inner = span{Number: Number{Start: j, End: j + 1, Value: 100, Count: 100, Multiplier: 1, Chinese: true}, isInt: true}
	case isArabic(rs[j]) || isCNStart(rs[j]):
		var tmp []span
		scanAt(rs, j, &tmp, true)
		if len(tmp) == 0 || tmp[0].Start != j || tmp[0].fixed || tmp[0].Percent || tmp[0].Multiplier != 1 {
			return 0, false
		}
		inner = tmp[0]
	default:
		return 0, false
	}
	sp := inner
	sp.Start = i
	sp.Percent = true
	sp.Count = inner.Value
	sp.Value = inner.Value
	sp.Multiplier = 1
	if rs[i] == '千' {
		sp.Multiplier = 0.1
		sp.Value = inner.Value / 10
	}
	*out = append(*out, sp)
	return sp.End, true
}

// ---------------------------------------------------------------- Chinese

// cnDigit returns the value of a Chinese digit character, or -1.
func cnDigit(r rune) int {
	switch r {
	case '零', '〇', '○', 'Ｏ':
		return 0
	case '一', '壹', '弌':
		return 1
	case '二', '两', '贰', '貳', '兩':
		return 2
	case '三', '叁', '參', '叄':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// cnUnit returns the value of a Chinese unit character, or 0.
func cnUnit(r rune) int64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	}
	return 0
}

func isCNNumeral(r rune) bool { return cnDigit(r) >= 0 || cnUnit(r) > 0 }

// isCNStart reports whether a Chinese numeral can begin with r: a digit or
// 十 (十三), but not 百/千/万/亿 alone (百姓, 千万, 万一).
func isCNStart(r rune) bool { return (cnDigit(r) >= 0 && r != 'Ｏ') || cnUnit(r) == 10 }

func isZeroRune(r rune) bool { return r == '零' || r == '〇' || r == '○' }

func scanChinese(rs []rune, i int, out *[]span, nested bool) int {
	n := len(rs)
	j := i
	for j < n && isCNNumeral(rs[j]) && j-i < 40 {
		j++
	}
	run := rs[i:j]
	var val, coef int64
	var mult int64
	var seq, ok bool
	L := len(run)
	for ; L >= 1; L-- {
		val, coef, mult, seq, ok = evalCN(run[:L], at(rs, i+L))
		if ok {
			break
		}
	}
	if !ok {
		return i + 1
	}
	end := i + L
	sp := span{Number: Number{Start: i, End: end, Chinese: true, Multiplier: float64(mult),
		Count: float64(coef), Value: float64(val)}, single: L == 1, isInt: true, seq: seq, mant: coef}

	// Decimals with 点: 三点五, 九十八点七, 三点五万. Not 九点三十分 (a time).
	if L == len(run) && mult == 1 && !seq && val < 1e10 && at(rs, end) == '点' && cnDigit(at(rs, end+1)) >= 0 && at(rs, end+1) != '两' {
		e := end + 1
		var frac int64
		for e < n && cnDigit(rs[e]) >= 0 && rs[e] != '两' && e-(end+1) < 8 {
			frac = frac*10 + int64(cnDigit(rs[e]))
			e++
		}
		u := cnUnit(at(rs, e))
		if u < 1e4 && u > 0 || cnDigit(at(rs, e)) >= 0 {
			// 九点三十分: the 点 is o'clock.
		} else {
			k := e - (end + 1)
			sp.mant = val*int64(pow10[k]) + frac
			sp.scale = k
			sp.isInt = false
			sp.single = false
			m := 1.0
			if u >= 1e4 {
				m = float64(u)
				e++
				if u == 1e4 && cnUnit(at(rs, e)) == 1e8 {
					m = 1e12
					e++
				}
			}
			sp.Count = float64(sp.mant) / pow10[k]
			sp.Multiplier = m
			sp.Value = float64(sp.mant) * m / pow10[k]
			sp.End = e
		}
	}
	return finishPercent(rs, sp, out, nested)
}

// evalCN evaluates a run of Chinese numeral characters. val is the whole
// value; coef × mult = val, where mult is a trailing 万/亿/万亿 that applies
// to everything before it. seq is set for digit-by-digit forms (二〇一九),
// which are accepted only with a zero in them or before 年.
func evalCN(run []rune, after rune) (val, coef, mult int64, seq, ok bool) {
	allDigits := true
	for _, r := range run {
		if cnDigit(r) < 0 {
			allDigits = false
			break
		}
	}
	if allDigits {
		if len(run) == 1 {
			v := int64(cnDigit(run[0]))
			return v, v, 1, false, true
		}
		if len(run) > maxDigits {
			return 0, 0, 0, false, false
		}
		hasZero := false
		var v int64
		for _, r := range run {
			if isZeroRune(r) {
				hasZero = true
			}
			if r == '两' || r == '兩' {
				return 0, 0, 0, false, false
			}
			v = v*10 + int64(cnDigit(r))
		}
		if hasZero || after == '年' && (len(run) == 2 || len(run) == 4) {
			return v, v, 1, true, true
		}
		return 0, 0, 0, false, false
	}
	val, ok = evalUnits(run)
	if !ok {
		return 0, 0, 0, false, false
	}
	coef, mult = val, 1
	last := run[len(run)-1]
	if u := cnUnit(last); u >= 1e4 {
		pre := run[:len(run)-1]
		m := u
		if u == 1e8 && len(pre) > 0 && cnUnit(pre[len(pre)-1]) == 1e4 {
			pre = pre[:len(pre)-1]
			m = 1e12
		}
		big := false
		for _, r := range pre {
			if cnUnit(r) >= 1e4 {
				big = true
			}
		}
		if !big && len(pre) > 0 {
			if c, ok2 := evalUnits(pre); ok2 && c*m == val {
				coef, mult = c, m
			}
		}
	}
	return val, coef, mult, false, true
}

// evalUnits evaluates a Chinese numeral with unit characters (十三, 一百零五,
// 三千五百万, 一万二千, 一万二 = 12000).
func evalUnits(run []rune) (int64, bool) {
	var high, mid, section, num int64
	numSet := false
	zero := false
	lastSmall := int64(1e4)
	var lastUnitV int64
	prevUnit := false // the token before the pending digit was a unit
	for idx, r := range run {
		if d := cnDigit(r); d >= 0 {
			if isZeroRune(r) {
				zero = true
				if numSet {
					return 0, false
				}
				prevUnit = false
				continue
			}
			if numSet {
				return 0, false
			}
			if (r == '两' || r == '兩') && idx+1 < len(run) && cnUnit(run[idx+1]) == 0 {
				return 0, false
			}
			num = int64(d)
			numSet = true
			prevUnit = idx > 0 && cnUnit(run[idx-1]) > 0
			continue
		}
		u := cnUnit(r)
		switch {
		case u < 1e4:
			if !numSet {
				if u != 10 || (idx > 0 && !isZeroRune(run[idx-1]) && cnUnit(run[idx-1]) < 1e4) {
					return 0, false
				}
				num = 1 // 十三, 一百一十 (written 一百十), 二万十
			}
			if u >= lastSmall {
				return 0, false
			}
			section += num * u
			lastSmall = u
			num, numSet, zero = 0, false, false
			lastUnitV = u
		case u == 1e4:
			s := section + num
			if s == 0 || mid != 0 {
				return 0, false
			}
			mid = s * 1e4
			section, num, numSet, zero = 0, 0, false, false
			lastSmall = 1e4
			lastUnitV = u
		default: // 亿
			s := section + num + mid
			if s == 0 || high != 0 {
				return 0, false
			}
			high = s * 1e8
			mid, section, num, numSet, zero = 0, 0, 0, false, false
			lastSmall = 1e4
			lastUnitV = u
		}
		if high+mid+section > maxValue {
			return 0, false
		}
	}
	// 一百五 = 150, 一万二 = 12000, 两千三 = 2300 (no 零 in between).
	if numSet && prevUnit && !zero && lastUnitV >= 100 {
		num *= lastUnitV / 10
	}
	v := high + mid + section + num
	if v > maxValue {
		return 0, false
	}
	return v, true
}

// ---------------------------------------------------------------- context

func at(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return 0
	}
	return rs[i]
}

// hasAt reports whether rs[i:] starts with w.
func hasAt(rs []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasBefore reports whether rs[:i] ends with w, returning where w starts.
func hasBefore(rs []rune, i int, w string) (int, bool) {
	k := i
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-n]
		k--
		if k < 0 || k >= len(rs) || rs[k] != r {
			return 0, false
		}
	}
	return k, true
}

// hasBeforeR is hasBefore for a word held as runes.
func hasBeforeR(rs []rune, i int, w []rune) (int, bool) {
	b := i - len(w)
	if b < 0 || i > len(rs) {
		return 0, false
	}
	for k := len(w) - 1; k >= 0; k-- {
		if rs[b+k] != w[k] {
			return 0, false
		}
	}
	return b, true
}

func runeWords(ws ...string) [][]rune {
	out := make([][]rune, len(ws))
	for i, w := range ws {
		out[i] = []rune(w)
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\n' || r == '\r'
}

func isHan(r rune) bool { return r >= 0x3400 && unicode.Is(unicode.Han, r) }

func isLatin(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
}

// lineStart reports whether only white space separates rs[i] from the start
// of the text, a line break or the end of a sentence or clause.
func lineStart(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u3000' || rs[j] == '\u00a0') {
		j--
	}
	return j < 0 || strings.ContainsRune("\n\r。；：！？;:!?", rs[j])
}

type unitInfo struct {
	word string
	n    int // length in runes
}

// units are the measure words recognised after a number, by first rune,
// longest first.
var units = func() map[rune][]unitInfo {
	words := strings.Fields(`个 个月 个工作日 个百分点 个小时 个季度 个星期 个次 个周 个人
		次 项 项次 人 人次 名 件 条 家 家次 元 美元 户 户次 场 场次 期 批 批次 份 篇 处 类 起 宗 笔 本 张 套 台 辆 所 座
		亩 平方米 平方公里 公里 千米 千瓦 千瓦时 米 吨 公斤 千克 克 位 轮 组 支 部 章 节 款 页 册 岁 倍 百分点 层 栋 间 根 块
		片 门 首 封 盒 箱 袋 包 斤 升 方 立方米 公顷 种 群 届 级 团 队 股 例 株 头 只 匹 艘 架 枚 粒 遍 趟 回 番
		课时 学时 分 分钟 角 把 点 时 年 年度 月 月份 日 号 天 周 周年 星期 小时 秒 秒钟 季度 工作日 中全会`)
	m := map[rune][]unitInfo{}
	for _, w := range words {
		r := []rune(w)
		m[r[0]] = append(m[r[0]], unitInfo{w, len(r)})
	}
	for r, l := range m {
		for a := 1; a < len(l); a++ { // longest first
			for b := a; b > 0 && l[b].n > l[b-1].n; b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
		m[r] = l
	}
	return m
}()

// matchUnit returns the measure word starting at rs[i], if any.
func matchUnit(rs []rune, i int) unitInfo {
	if i >= len(rs) {
		return unitInfo{}
	}
	for _, u := range units[rs[i]] {
		if hasAt(rs, i, u.word) {
			return u
		}
	}
	return unitInfo{}
}

var durationUnits = map[string]bool{"个月": true, "个工作日": true, "个小时": true, "个季度": true, "个星期": true,
	"个周": true, "天": true, "周": true, "星期": true, "小时": true, "秒": true, "秒钟": true, "季度": true,
	"工作日": true, "分钟": true}

var ordinalUnits = map[string]bool{"届": true, "级": true, "中全会": true, "周年": true}

type approxWord struct {
	word   string
	r      []rune
	n      int
	approx Approx
	not    string // runes that, just before the word, cancel it (签约, 最近)
}

func approxWords(spec string) []approxWord {
	var out []approxWord
	for _, f := range strings.Fields(spec) {
		a := approxWord{}
		w, not, _ := strings.Cut(f, "!")
		switch w[0] {
		case '+':
			a.approx = AtLeast
		case '-':
			a.approx = AtMost
		case '~':
			a.approx = About
		}
		a.word, a.not = w[1:], not
		a.r = []rune(a.word)
		a.n = len(a.r)
		out = append(out, a)
	}
	// longest first
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].n > out[j-1].n; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

var (
	preApprox = approxWords(`~约!签制节预履违条合特公邀契相婚简隐缔誓 ~大约 ~大概 ~约为 ~约有 ~大致
		+超过 +超!赶 +逾 +多于 +高于 +大于 +至少 +不少于 +不低于 +最少 +数!无少多
		-近!最附靠邻就贴 -将近 -接近 -不到 -不足 -不满 -未满 -少于 -低于 -小于 -不超过 -最多 -至多 -不高于 -不大于`)
	postApprox = approxWords(`+以上 +余 +多 -以下 -以内 -之内 ~左右 ~上下 ~许 ~前后`)
)

// labels before a number that make it a phone number or a code.
var (
	phoneLabels = runeWords("电话", "传真", "热线", "手机", "联系方式", "座机", "电话号码")
	codeLabels  = runeWords("邮编", "邮政编码", "标识码", "编号", "代码", "账号", "帐号", "身份证", "备案号", "序列号", "编码", "卡号", "QQ", "微信")
	timeWords   = runeWords("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "早", "晚")
)

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
	for _, w := range postApprox {
		if hasAt(rs, p, w.word) {
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
	for _, w := range preApprox {
		if b, ok := hasBeforeR(rs, start, w.r); ok && !strings.ContainsRune(w.not, at(rs, b-1)) {
			if w.word == "数" && !(sp.Chinese && cnUnit(rs[start]) == 10) {
				continue
			}
			approx = w.approx
			lo = b
			break
		}
	}
	sp.Approx = approx
	sp.lo, sp.hi = lo, p
	sp.Role = role(rs, sp)
}

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

func role(rs []rune, sp *span) Role {
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

	// Digits in a Latin identifier: 2016-XS03-03, 5G, A4.
	if !sp.Chinese && latinToken(rs, start, end) {
		return RoleCode
	}
	if !sp.Chinese {
		if r, ok := labelled(rs, start); ok {
			return r
		}
	}
	// Document numbers: 〔2017〕9号, [2021]3号, （2017）9号.
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 {
		if strings.ContainsRune("〔【［[", prev) && strings.ContainsRune("〕】］]", next) {
			return RoleDocNumber
		}
		if strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next) {
			if e := digitRun(rs, end+1); e > end+1 && at(rs, e) == '号' {
				return RoleDocNumber
			}
			return RoleYear
		}
	}
	if sp.Unit == "号" {
		if prev == '月' {
			return RoleDate
		}
		return RoleDocNumber
	}
	if isIdiom(rs, start, end) {
		return RoleIdiom
	}
	if isDash(prev) && at(rs, start-2) == '号' {
		return RoleDocNumber // 东ICP备12345678号-1
	}
	if enumeratedOrdinal(rs, start) {
		return RoleOrdinal // 第1、2、3项, 第一、二批
	}
	if sp.Unit == "" && (isDash(next) || strings.ContainsRune("至到~～", next)) {
		if r, ok := rangeRole(rs, end+1, sp); ok {
			return r // 3-5月, 10至15日
		}
	}
	if sp.single && rs[start] == '十' && next == '分' && at(rs, end+1) != '钟' {
		return RoleIdiom // 十分重要
	}
	if prev == '第' {
		return RoleOrdinal
	}

	// Calendar and clock.
	switch sp.Unit {
	case "年", "年度":
		year := isInt && (sp.intDigits == 4 && iv >= 1900 && iv <= 2099 || sp.seq)
		if !year && isInt && (sp.intDigits == 2 || sp.seq) && monthFollows(rs, unitEnd) {
			year = true
		}
		switch {
		case year && monthFollows(rs, unitEnd):
			return RoleDate
		case year:
			return RoleYear
		case at(rs, unitEnd) == '级':
			return RoleOrdinal // 三年级
		}
		return RoleDuration
	case "月", "月份":
		if isInt && iv >= 1 && iv <= 12 && sp.Approx == Exact {
			return RoleDate
		}
		return RoleDuration
	case "日":
		if prev == '月' {
			return RoleDate
		}
		if hasAt(rs, unitEnd, "内") || hasAt(rs, unitEnd, "以内") || hasAt(rs, unitEnd, "之内") || !isInt || iv < 1 || iv > 31 || sp.Approx != Exact {
			return RoleDuration
		}
		return RoleDate
	case "时":
		return RoleTime
	case "点":
		if hasTimeWordBefore(rs, start) || hasAt(rs, unitEnd, "整") || hasAt(rs, unitEnd, "半") || minuteFollows(rs, unitEnd) {
			return RoleTime
		}
	case "分":
		if prev == '时' || prev == '点' {
			return RoleTime
		}
	}
	if durationUnits[sp.Unit] {
		return RoleDuration
	}
	if sp.Unit == "年" || hasBefore2(rs, start, "为期") || hasBefore2(rs, start, "历时") {
		return RoleDuration
	}
	if ordinalUnits[sp.Unit] {
		return RoleOrdinal
	}
	if sp.Chinese && sp.single && rs[start] == '二' && strings.Contains("次类级等期批轮档", sp.Unit) && sp.Unit != "" {
		return RoleOrdinal // 二次议价, 二类, 二级
	}
	// Year ranges: 2016—2017年, 2016-2017.
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 && sp.Unit == "" &&
		(isDash(next) || strings.ContainsRune("~～至到", next)) {
		if e := digitRun(rs, end+1); e-(end+1) == 4 || e-(end+1) == 2 {
			return RoleYear
		}
	}
	if !sp.Chinese && sp.intDigits == 4 && isInt && iv >= 1900 && iv <= 2099 && sp.Unit == "" &&
		(isDash(prev) || strings.ContainsRune("~～至到", prev)) {
		if b := start - 1; b >= 4 && digitRun(rs, b-4) == b && (b == 4 || !isArabic(rs[b-5])) {
			return RoleYear
		}
	}
	// Labels: 表1, 附件2, 图3.
	if _, ok := hasBefore(rs, start, "附件"); ok {
		return RoleOrdinal
	}
	if prev == '表' || prev == '图' {
		if pp := at(rs, start-2); !isHan(pp) || strings.ContainsRune("见如附下上", pp) {
			return RoleOrdinal
		}
	}

	// List markers.
	if strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next) {
		return RoleListMarker
	}
	if sp.Chinese && next == '是' && isInt && iv <= 20 && sp.Unit == "" {
		return RoleListMarker
	}
	if sp.Chinese && sp.single && prev == '其' {
		return RoleListMarker
	}
	if sp.Unit == "" && !sp.Percent && strings.ContainsRune("、.．)）", next) && lineStart(rs, start) && isInt && iv <= 100 {
		return RoleListMarker
	}

	// Chinese numerals inside words.
	if sp.Chinese && !sp.Percent {
		if inShortQuote(rs, start, end) {
			return RoleIdiom
		}
		if rs[start] == '一' && sp.single {
			if strings.ContainsRune("是为这那每哪某另同统唯逐进之", prev) {
				return RoleIdiom
			}
			if _, ok := hasBefore(rs, start, "任何"); ok {
				return RoleIdiom
			}
		}
		if sp.single && sp.Unit == "" && sp.Approx == Exact && isHan(next) {
			return RoleIdiom
		}
	}
	if sp.Percent {
		return RolePercent
	}
	if sp.zeroLead {
		return RoleCode
	}
	return RoleCount
}

// enumeratedOrdinal reports whether the number at start continues a list
// of ordinals opened by 第 (the 2 and 3 of 第1、2、3项).
func enumeratedOrdinal(rs []rune, start int) bool {
	k := start - 1
	if at(rs, k) != '、' {
		return false
	}
	for k >= 0 && (rs[k] == '、' || isArabic(rs[k]) || isCNNumeral(rs[k])) && start-k < 40 {
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

func hasBefore2(rs []rune, i int, w string) bool {
	_, ok := hasBefore(rs, i, w)
	return ok
}

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
		if !isHan(r) && !isCNNumeral(r) && r != '、' {
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
		if !isHan(r) && r != '、' {
			return false
		}
	}
	return false
}

// idioms are set phrases and words in which a numeral is not a count.
var idioms = strings.Fields(`
	四个意识 四个自信 四个全面 四个服从 两个维护 两个确立 两个责任 两个务必 两个一百年 三个代表 三个务必 三个区分开来
	一岗双责 三重一大 三会一课 举一反三 一件事 两张皮 十九大 二十大 十八大 十七大 十六大 十五大 二十一大
	十四五 十三五 十二五 十一五 一把手 一体推进 一体化 一体 一些 一律 一并 统一 进一步 一起 唯一 同一 一方面 另一方面
	一定 一般 一直 一致 一切 一旦 一贯 一向 一同 一道 一度 一概 一线 一手 一再 一时 一味 一番 一下 一点 一刀切
	一揽子 一盘棋 一条龙 一站式 一网通办 一网通 一次性 一票否决 一案双查 逐一 之一 一一 万一 一心一意 一丝不苟
	一以贯之 一抓到底 一竿子插到底 一张蓝图 一样 一边 一面 一批 一大批 一系列 一流 一举 一经 一路 一身 一手抓
	两手抓 两手 一共 一段时间 一段 一阵 一环 一员 一言堂 一团和气 一般化 一窝蜂 一阵风 一劳永逸 一蹴而就 一张网
	一码通 一门式 一窗受理 一窗通办 一次办好 最多跑一次 一年一度 一种 两学一做 三严三实 四风 八项规定 中央八项规定
	五位一体 一带一路 一国两制 四种形态 第一种形态 三不腐 两不愁三保障 两不愁 三保障 三公经费 三资 三务 三农
	四议两公开 一事一议 三大攻坚战 六稳 六保 两新组织 两新 两委 村两委 两代表一委员 四下基层 七一 五一劳动节
	双随机一公开 一公开 三令五申 三番五次 一五一十 七上八下 三心二意 九牛一毛 一针见血 一目了然 一如既往
	一成不变 一往无前 一鼓作气 一马当先 一呼百应 一视同仁 一清二楚 说一套做一套 一对一 一人一档 一村一策
	一户一策 一企一策 一案一策 一事一档 一题一策 一项重大政治任务 一项重要政治任务 一次全面 十全十美 五湖四海
	一次全面体检 零容忍 零距离 零星 零散 零碎 零报告 零风险 零事故 零差评 零投诉 双一流 一手遮天 一般性
	三化 三违 三乱 三讲 一问责八清理 一单两书 三书两函 一事一报 一案一整改 一体两翼 两面人 两面派
	一锤定音 一本账 一张表 一把尺子 三个以案 四个不摘 五个一 两个一以贯之 第二个百年 十年磨一剑
	一以 一刻 一早 一概而论 一无是处 一穷二白 一干二净 七嘴八舌 乱七八糟 一窍不通 一意孤行
`)

type idiomEntry struct {
	phrase []rune
	off    int // offset of the keyed rune in phrase
}

var idiomIndex = func() map[rune][]idiomEntry {
	m := map[rune][]idiomEntry{}
	for _, w := range idioms {
		p := []rune(w)
		for k, r := range p {
			if isCNNumeral(r) || isArabic(r) {
				m[r] = append(m[r], idiomEntry{p, k})
			}
		}
	}
	return m
}()

// isIdiom reports whether rs[start:end] lies inside a set phrase.
func isIdiom(rs []rune, start, end int) bool {
	for _, e := range idiomIndex[rs[start]] {
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
