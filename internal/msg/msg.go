// Package msg makes error text fit to show to a user: one line of valid
// UTF-8 of bounded length. An error can carry what a file held (a parser
// quoting the bytes it choked on): a one-byte change in a PDF gave an error
// of 25 lines of raw PDF bytes. The CLI's stderr and the web service's
// answers pass their messages through OneLine.
package msg

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes bounds a message: OneLine cuts a longer one and ends it with
// "…".
const MaxBytes = 1000

// OneLine returns s as one line of valid UTF-8 of at most MaxBytes bytes
// (plus "…" when cut): control characters, line and paragraph separators
// and runs of white space become one space, bidirectional overrides are
// dropped, and each run of bytes that is not UTF-8 becomes one U+FFFD.
func OneLine(s string) string {
	var b strings.Builder
	space, bad := false, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n <= 1 {
			if !bad {
				b.WriteRune(utf8.RuneError)
			}
			bad, space = true, false
			continue
		}
		bad = false
		switch {
		case unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		case (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			continue
		}
		space = false
		b.WriteRune(r)
		if b.Len() > MaxBytes {
			break
		}
	}
	out := strings.TrimRight(b.String(), " ")
	if len(out) <= MaxBytes {
		return out
	}
	cut := MaxBytes
	for cut > 0 && !utf8.RuneStart(out[cut]) {
		cut--
	}
	return out[:cut] + "…"
}
