package extract

// Chinese numerals: 十三, 三千五百万, 二〇一九, 三点五, 壹佰 (百分之九十 is read
// by scanPercentWord, which reads its numeral here).

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

// isCNNumeral tells a rune that may be part of a Chinese numeral: a digit
// (一, 壹, 〇) or a unit (十, 百, 千, 万, 亿).
func isCNNumeral(r rune) bool { return cnDigit(r) >= 0 || cnUnit(r) > 0 }

// isCNStart reports whether a Chinese numeral can begin with r: a digit or
// 十 (十三), but not 百/千/万/亿 alone (百姓, 千万, 万一).
func isCNStart(r rune) bool { return (cnDigit(r) >= 0 && r != 'Ｏ') || cnUnit(r) == 10 }

// isZeroRune tells the ways zero is written in Chinese numerals (零, 〇, ○).
func isZeroRune(r rune) bool { return r == '零' || r == '〇' || r == '○' }

// scanChinese reads the Chinese numeral at rs[i] (十三, 三千五百万, 二〇一九,
// 三点五, 壹佰) and what follows it (a percent sign, 分之: finishPercent). It
// appends the span to out and returns where scanning resumes; nested is set
// for the parts of 百分之X and X分之Y (see scanAt).
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
