package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/zhenggai/zhenggai/internal/han"
)

// Normalize returns s as every stage after parse sees it. It is applied once,
// to each paragraph and table cell, before offsets are computed:
//
//   - full-width digits and Latin letters become ASCII (１３ → 13), and so do
//     ％ and a full-width point between digits (８４．２％ → 84.2%);
//     Chinese punctuation (，。：；（）“”、) is kept as it is;
//   - Kangxi radicals and CJK compatibility ideographs, which PDF fonts
//     often map to, become the unified ideographs they stand for;
//   - line breaks and spaces next to a CJK character or CJK punctuation are
//     removed, so "问题\n25\n个" and "整 改" become "问题25个" and "整改";
//     other runs of white space become one space, except that a deliberate
//     gap between two Chinese characters on one line (an ideographic space,
//     a tab or two or more spaces, as between the names of an attendee list)
//     is kept as one ideographic space (U+3000);
//   - control characters, zero-width characters and byte-order marks go;
//     leading and trailing white space (including the ideographic space used
//     to indent paragraphs) is trimmed.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	return normalize(s)
}

// isNormal reports whether Normalize leaves s as it is because none of its
// characters is one that Normalize maps, drops or judges (white space, a
// control, a full-width letter, digit or sign, a radical or compatibility
// ideograph, a zero-width character): most paragraphs of a report hold
// none. It may say false of a normal s; it never says true of another.
func isNormal(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if r <= ' ' || r == 0x7F {
				return false
			}
		case r < 0x2000:
			if r <= 0xA0 || r == 0xAD || r == 0x1680 {
				return false
			}
		case r <= 0x206F: // general punctuation
			if r <= 0x200D || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x2060 {
				return false
			}
		case r >= 0x2E80 && r <= 0x2FDF, r == 0x3000, r >= 0xF900 && r <= 0xFAFF, r == 0xFEFF, r == utf8.RuneError:
			return false
		case r >= 0xFF01 && r <= 0xFF5A: // full-width forms
			switch {
			case r == '％', r == '＋', r == '．', r == '＝',
				r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
				return false
			}
		}
	}
	return true
}

// normalize is Normalize without the isNormal shortcut.
func normalize(s string) string {
	if s == "" {
		return s
	}
	// Map runes first. White space is kept as it is for now: a run of it
	// is judged as a whole below.
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			continue
		case r >= '０' && r <= '９':
			r = r - '０' + '0'
		case r >= 'Ａ' && r <= 'Ｚ':
			r = r - 'Ａ' + 'A'
		case r >= 'ａ' && r <= 'ｚ':
			r = r - 'ａ' + 'a'
		case r == '％':
			r = '%'
		case r == '＋':
			r = '+'
		case r == '＝':
			r = '='
		case r >= 0x2F00 && r <= 0x2FDF, r >= 0xF900 && r <= 0xFAFF, r >= 0x2E80 && r <= 0x2EFF:
			if m := []rune(norm.NFKC.String(string(r))); len(m) == 1 {
				r = m[0]
			}
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF || r == 0x00AD:
			continue
		case r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0x2028 || r == 0x2029:
			r = '\n'
		case r == '\t' || r == 0x3000:
		case unicode.IsSpace(r):
			r = ' '
		case unicode.IsControl(r):
			continue
		}
		rs = append(rs, r)
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune // last rune written, 0 at start
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isSpace(r) {
			b.WriteRune(r)
			prev = r
			continue
		}
		j := i
		deliberate, broken := false, false
		for j < len(rs) && isSpace(rs[j]) {
			switch rs[j] {
			case '\n':
				broken = true
			case '\t', 0x3000:
				deliberate = true
			}
			j++
		}
		if j-i >= 2 {
			deliberate = true
		}
		switch {
		case prev == 0 || j == len(rs):
			// leading or trailing: trimmed
		case broken && !deliberate && isNumberPart(prev) && isNumberPart(rs[j]):
			// A number wrapped at the end of a line (制度1\n2项): one number.
		case deliberate && !broken && han.IsHan(prev) && han.IsHan(rs[j]):
			// A gap set on purpose between words (names in an attendee
			// list): kept as one ideographic space.
			b.WriteRune(0x3000)
			prev = 0x3000
		case !IsWide(prev) && !IsWide(rs[j]):
			b.WriteByte(' ')
			prev = ' '
		}
		i = j - 1
	}
	out := b.String()
	if strings.ContainsRune(out, '．') {
		// A full-width point between digits is a decimal point.
		o := []rune(out)
		for i := 1; i+1 < len(o); i++ {
			if o[i] == '．' && isDigit(o[i-1]) && isDigit(o[i+1]) {
				o[i] = '.'
			}
		}
		out = string(o)
	}
	return out
}

func isNumberPart(r rune) bool { return isDigit(r) || r == '.' || r == ',' }

func isSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == 0x3000 }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// IsWide reports whether r is a CJK character or CJK punctuation: white
// space next to one is layout, not content.
func IsWide(r rune) bool {
	switch {
	case r < 0x2000:
		return r == 0xB7 // middle dot
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, ellipsis
		return true
	case r >= 0x2E80 && r <= 0x9FFF: // radicals, CJK punctuation, kana, ideographs
		return true
	case r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	case r >= 0x20000 && r <= 0x3FFFF:
		return true
	}
	return false
}
