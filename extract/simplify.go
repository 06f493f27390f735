package extract

//go:generate go run ./internal/gent2s

import (
	"strings"
	"unicode/utf8"
)

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

// tradBMP marks the Traditional characters of the Basic Multilingual Plane,
// so that telling whether a text needs converting costs no map lookups.
// tradMin is the least of them.
var tradBMP, tradMin = func() (*[0x10000 / 64]uint64, rune) {
	var set [0x10000 / 64]uint64
	lo := rune(utf8.MaxRune)
	for r := range tradToSimp {
		lo = min(lo, r)
		if r < 0x10000 {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set, lo
}()

// isTrad reports whether r is a Traditional character tradToSimp maps.
func isTrad(r rune) bool {
	if r < tradMin {
		return false
	}
	if r < 0x10000 {
		return tradBMP[r/64]&(1<<(r%64)) != 0
	}
	_, ok := tradToSimp[r]
	return ok
}

// simplifyRunes is Simplify on runes: rs itself if it holds no Traditional
// character, else a converted copy.
func simplifyRunes(rs []rune) []rune {
	for i, r := range rs {
		if isTrad(r) {
			out := make([]rune, len(rs))
			copy(out, rs[:i])
			for j := i; j < len(rs); j++ {
				out[j] = rs[j]
				if t, ok := tradToSimp[rs[j]]; ok {
					out[j] = t
				}
			}
			return out
		}
	}
	return rs
}

// Simplify returns s with Traditional characters replaced by Simplified ones
// (審計 → 审计, 問題 → 问题, 萬元 → 万元), character for character, so that
// code-point offsets into s hold for the result. Reports reposted in
// Traditional characters are matched through it.
func Simplify(s string) string {
	for _, r := range s {
		if isTrad(r) {
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
