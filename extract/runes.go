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
