package extract

import (
	"math"
	"strings"
)

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

// pow10 holds the powers of ten a decimal fraction is divided by (1.25 is
// 125 / pow10[2]).
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// startRunes holds, for the Basic Multilingual Plane, the runes scanAt may
// find a number at (digits, Chinese numerals, 百分之 and 千分之, circled and
// bracketed markers); scan skips the other runes without calling it.
var startRunes = func() *[0x10000 / 64]uint64 {
	var set [0x10000 / 64]uint64
	for r := rune(0); r < 0x10000; r++ {
		if r >= '①' && r <= '⒛' || cnUnit(r) >= 100 || isArabic(r) || isCNStart(r) {
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
	case !nested && cnUnit(r) >= 100:
		return scanMagnitude(rs, i, out)
	case isCNStart(r):
		return scanChinese(rs, i, out, nested)
	}
	return i + 1
}

// magnitudeLeads are the words before a round figure written as its
// magnitude alone (上百人, 近百万元, 逾亿元, 超千人, 约百万元); 数百万元 says
// no figure (several millions).
const magnitudeLeads = "上近逾超约"

// scanMagnitude reads a round figure written as its magnitude alone — 百, 千,
// 万, 亿 and their products (百万, 千万, 百亿, 万亿) — after a word of
// approximation (上百人, 近百万元, 逾亿元) or, two of them, right before 元
// (减亏百万元; not 万元罚单, 亿元项目),
// as one of that magnitude (上亿元 is at least 1e8: classify reads the
// word before). A magnitude with neither is a word: 百姓, 千万不能, 万一,
// 百万庄; nor is one after a number (30余万元). It returns where scanning
// resumes.
func scanMagnitude(rs []rune, i int, out *[]span) int {
	j := i
	for j < len(rs) && j-i < 3 && cnUnit(rs[j]) >= 100 {
		j++
	}
	q := j
	if r := at(rs, q); r == '余' || r == '多' {
		q++
	}
	prev := at(rs, i-1)
	if isArabic(prev) || isCNNumeral(prev) || strings.ContainsRune("余多来几点.．数", prev) {
		return i + 1 // 30余万元: the magnitude of the number before; 数百万元: no figure
	}
	lead := strings.ContainsRune(magnitudeLeads, prev)
	if u := matchUnit(rs, q); u.n == 0 || !lead && (u.word != "元" || j-i < 2) {
		return i + 1
	}
	run := append([]rune{'一'}, rs[i:j]...)
	val, coef, mult, _, ok := evalCN(run, at(rs, j))
	if !ok || val <= 0 || float64(val) > maxValue {
		return i + 1
	}
	*out = append(*out, span{Number: Number{Start: i, End: j, Chinese: true, Multiplier: float64(mult),
		Count: float64(coef), Value: float64(val)}, isInt: true, mant: coef})
	return j
}

// emitMarker records the one-rune list marker at rs[i] (①, ⑴, ⒈) as the
// number v and returns where scanning resumes.
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
