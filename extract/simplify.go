package extract

//go:generate go run ./internal/gent2s

import "strings"

// tradToSimp maps Traditional characters to Simplified ones (OpenCC's
// character table, first choice of each), one character to one character.
var tradToSimp = func() map[rune]rune {
	rs := []rune(t2sPairs)
	m := make(map[rune]rune, len(rs)/2)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// Simplify returns s with Traditional characters replaced by Simplified ones
// (審計 → 审计, 問題 → 问题, 萬元 → 万元), character for character, so that
// code-point offsets into s hold for the result. Reports reposted in
// Traditional characters are matched through it.
func Simplify(s string) string {
	for _, r := range s {
		if _, ok := tradToSimp[r]; ok {
			return strings.Map(func(r rune) rune {
				if t, ok := tradToSimp[r]; ok {
					return t
				}
				return r
			}, s)
		}
	}
	return s
}
