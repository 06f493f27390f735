package extract

import (
	"math"
	"strings"
)

// Arabic numerals: digit runs with their separators, decimals, 万/亿
// multipliers and dates written with separators; and what may follow any
// numeral: a percent sign, 分之 (fractions), 百分之 and 千分之 before it.

// isArabic tells an Arabic digit, half- or full-width (0-9, ０-９).
func isArabic(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// arabicVal is the value of the Arabic digit r (half- or full-width).
func arabicVal(r rune) int64 {
	if r >= '０' {
		return int64(r - '０')
	}
	return int64(r - '0')
}

// isPoint tells a decimal point, half- or full-width.
func isPoint(r rune) bool { return r == '.' || r == '．' }

// isDash tells the dashes written between the parts of a range, a date or
// a telephone number (-, —, –, －, ‐, ―).
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

// scanArabic reads the number written in Arabic digits at rs[i]: a
// telephone number, a date with separators, or a quantity with its thousands
// separators, decimals, 万/亿 multiplier, percent sign or 分之 fraction. It
// appends the spans to out and returns where scanning resumes; nested is
// set for the parts of 百分之X and X分之Y (see scanAt).
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
			nd := e - p
			// 1亿2,888万: the lower part may have a thousands separator.
			if e+1 < n && (rs[e] == ',' || rs[e] == '，') && e-p == 1 && digitRun(rs, e+1)-(e+1) == 3 {
				nd, e = 4, digitRun(rs, e+1)
			}
			if nd > 4 || e >= n || isPoint(rs[e]) {
				break
			}
			u := lastUnit(rs[e])
			if u == 0 && last == 1e4 && rs[e] == '元' {
				// 36萬2,000元, 46万2100元: the yuan below the ten
				// thousands, written out to the yuan.
				for _, r := range rs[p:e] {
					if isArabic(r) {
						u = u*10 + float64(arabicVal(r))
					}
				}
				value += u
				compound = true
				p = e
				break
			}
			if u == 0 || u >= last || (u == 1e3 && blocksThousand(at(rs, e+1))) {
				break
			}
			q, m2 := scanMultiplier(rs, e)
			if m2 >= last {
				break
			}
			var v2 int64
			for _, r := range rs[p:e] {
				if isArabic(r) {
					v2 = v2*10 + arabicVal(r)
				}
			}
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

// isMultiplierRune tells the magnitude characters that may follow Arabic
// digits: 万, 亿, 千, 百 (and the Traditional 萬, 億).
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
