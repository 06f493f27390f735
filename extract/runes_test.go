package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// runeCases are texts for the rune helpers: Chinese, ASCII, four-byte
// runes, and each kind of invalid UTF-8 (a stray continuation byte, a
// truncated sequence, an overlong form, a surrogate, a bad lead byte).
var runeCases = []string{
	"", "a", "审计发现问题13个", "問題 𠄎 2021年", "（一）整改", "%‰", "\uE000\uFFFF\u1000\u0800\uD7FF",
	"\x80", "a\xffb", "\xe4\xb8", "审\xe4\xb8", "\xe0\x80\xaf", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf0\x9f\x98",
	"\xe4\xb8\xad\x80\xe6\x96\x87", "\xc0\xaf", "\xe4\x41\x42",
}

// TestDecodeRune holds decodeRune, and decodeFast where it decodes, to the
// standard library's decoding: a range loop and []rune(s).
func TestDecodeRune(t *testing.T) {
	for _, s := range runeCases {
		t.Run(s, func(t *testing.T) {
			var got []rune
			for j := 0; j < len(s); {
				r, n := decodeRune(s, j)
				wr, wn := utf8.DecodeRuneInString(s[j:])
				if fr, fn := decodeFast(s, j); fn > 0 {
					assert.Equal(t, wr, fr, "decodeFast: rune at %d", j)
					assert.Equal(t, wn, fn, "decodeFast: size at %d", j)
				}
				assert.Equal(t, wr, r, "rune at %d", j)
				assert.Equal(t, wn, n, "size at %d", j)
				got = append(got, r)
				j += n
			}
			assert.Equal(t, string([]rune(s)), string(got))
			assert.Len(t, got, len([]rune(s)))
		})
	}
}

// TestHasAt checks hasAt against comparing the runes of the word one by
// one, at every offset and for every word of runeCases.
func TestHasAt(t *testing.T) {
	for _, text := range runeCases {
		rs := []rune(text)
		for _, w := range runeCases {
			for i := -1; i <= len(rs)+1; i++ {
				want := i >= 0
				k := i
				for _, r := range w {
					if !want || k >= len(rs) || rs[k] != r {
						want = false
						break
					}
					k++
				}
				assert.Equal(t, want, hasAt(rs, i, w), "hasAt(%q, %d, %q)", text, i, w)
				assert.Equal(t, want, hasAtRunes(rs, i, []rune(w)), "hasAtRunes(%q, %d, %q)", text, i, w)
			}
		}
	}
}

// TestRuneFilters checks that the filters the number scanner passes over
// words with hold the last rune of every word they stand for: a filter
// that said no for one of them would drop an approximation word or a label.
func TestRuneFilters(t *testing.T) {
	for _, w := range preApprox {
		assert.True(t, preApproxEnds.may(w.r[len(w.r)-1]), "preApprox %q", w.word)
		assert.Equal(t, []approxWord(preApprox), approxBefore(w.r, len(w.r)), "approxBefore(%q)", w.word)
	}
	for _, w := range append(append([][]rune{}, phoneLabels...), codeLabels...) {
		assert.True(t, labelEnds.may(w[len(w)-1]), "label %q", string(w))
	}
	// Runes that end no word: the filter lets most of them through as no.
	no := 0
	for _, r := range "的了是在和与及对各项个年月日" {
		if !preApproxEnds.may(r) {
			no++
		}
	}
	assert.Greater(t, no, 7)
}

// TestRuneCount checks runeCount, which sizes the sentence splitter's
// buffer, against utf8.RuneCountInString on valid text of every length
// around its eight-byte steps, and that it never overcounts invalid text.
func TestRuneCount(t *testing.T) {
	for _, s := range runeCases {
		for n := 0; n <= 3; n++ {
			s := strings.Repeat(s, n) + "审计a"[:min(n+1, 4)]
			if utf8.ValidString(s) {
				assert.Equal(t, utf8.RuneCountInString(s), runeCount(s), "runeCount(%q)", s)
			} else {
				assert.LessOrEqual(t, runeCount(s), len(s), "runeCount(%q)", s)
			}
		}
	}
}
