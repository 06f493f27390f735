package extract

import (
	"strings"
	"unicode/utf8"
)

// Rune helpers for the number scanner: looking at, before and after a
// position of a text held as runes.

// at returns rs[i], or 0 when i is outside rs.
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
	for j := 0; j < len(w); i++ {
		r, n := decodeFast(w, j)
		if n == 0 {
			r, n = decodeRune(w, j)
		}
		if i >= len(rs) || rs[i] != r {
			return false
		}
		j += n
	}
	return true
}

// decodeRune is utf8.DecodeRuneInString(s[j:]): an invalid byte is
// utf8.RuneError of size 1, as in a range loop.
func decodeRune(s string, j int) (rune, int) {
	if r, n := decodeFast(s, j); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s[j:])
}

// decodeFast decodes the rune at s[j] when it is ASCII or one of the
// three-byte forms that hold most Chinese text and its punctuation, and
// returns a size of 0 for the others (decodeRune reads those). It is
// small enough to be inlined: the scanner's helpers compare runes with
// words written as strings at every position, and the runtime's decoder,
// a call per rune, was a tenth of the work of Claims.
func decodeFast(s string, j int) (rune, int) {
	if c := s[j]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if lead3[c] && j+2 < len(s) && (s[j+1]^0x80)|(s[j+2]^0x80) < 0x40 {
		return rune(c&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F), 3
	}
	return 0, 0
}

// lead3 marks the lead bytes E1–EC, EE and EF: with two continuation bytes
// after them they always make a valid rune (after E0 the form may be
// overlong, after ED a surrogate).
var lead3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()

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

// hasAtRunes is hasAt for a word held as runes.
func hasAtRunes(rs []rune, i int, w []rune) bool {
	if i < 0 || len(w) > 0 && len(rs)-i < len(w) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

// runeFilter is a set of runes for a quick "certainly not": may is false
// for a rune that is not in the set, and may be true for one that is not
// (it keeps bit r%256 of each rune r).
type runeFilter [4]uint64

// may reports whether r may be in the set.
func (f *runeFilter) may(r rune) bool { return f[r&255>>6]&(1<<(r&63)) != 0 }

// lastRunes returns the runeFilter of the last runes of ws.
func lastRunes(ws [][]rune) runeFilter {
	var f runeFilter
	for _, w := range ws {
		if len(w) > 0 {
			r := w[len(w)-1]
			f[r&255>>6] |= 1 << (r & 63)
		}
	}
	return f
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

// runeWords returns the words ws as rune slices (for hasBeforeR).
func runeWords(ws ...string) [][]rune {
	out := make([][]rune, len(ws))
	for i, w := range ws {
		out[i] = []rune(w)
	}
	return out
}

// isSpace tells the white space the scanner skips around a number: spaces
// (also the ideographic and no-break ones), tabs and line breaks.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\n' || r == '\r'
}

// isLatin tells a Latin letter, half- or full-width.
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
