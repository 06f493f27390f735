package han

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestIsHanExamples(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'整', true}, {'改', true}, {'㐀', true}, {'鿿', true}, {'豈', true}, {'𠀀', true},
		{'〇', false}, {'々', false}, {'⺀', false}, {'，', false}, {'a', false}, {'1', false},
		{'ア', false}, {'䷀', false}, {'한', false}, {0x40000, false},
	} {
		assert.Equal(t, tc.want, IsHan(tc.r), "%U %c", tc.r, tc.r)
	}
}

// TestIsHanAgreesWithUnicode checks the range test against Go's Han table
// on every assigned code point from U+3400 on: every ideograph (an "other
// letter" of the Han script) is Han here, and nothing outside the script is.
// (The script also holds marks and iteration signs, U+16FE2 on, which
// are not ideographs.)
func TestIsHanAgreesWithUnicode(t *testing.T) {
	for r := rune(0x3400); r <= unicode.MaxRune; r++ {
		if !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S) {
			continue // unassigned, private use, surrogates: no character to ask about
		}
		if got, want := IsHan(r), unicode.Is(unicode.Han, r) && unicode.Is(unicode.Lo, r); got != want {
			t.Errorf("IsHan(%U) = %v, unicode.Han says %v", r, got, want)
		}
	}
}
