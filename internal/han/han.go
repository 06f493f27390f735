// Package han answers the one question every stage asks of a character:
// is it a Chinese character (汉字)?
package han

// IsHan reports whether r is a CJK ideograph: the unified ideographs and
// their extensions (U+3400–U+4DBF, U+4E00–U+9FFF, U+20000–U+3FFFF) and the compatibility
// ideographs (U+F900–U+FAFF). Hexagram symbols (U+4DC0–U+4DFF), radicals (⺀, ⼀), 々 and 〇 are not: they
// are symbols or numerals that happen to sit near the ideographs.
//
// It is a range test, not a table lookup, because the tokenizers call it
// for every character of every document.
func IsHan(r rune) bool {
	switch {
	case r < 0x3400:
		return false
	case r <= 0x4DBF: // extension A
		return true
	case r < 0x4E00: // Yijing hexagram symbols
		return false
	case r <= 0x9FFF:
		return true
	case r < 0xF900:
		return false
	case r <= 0xFAFF:
		return true
	}
	return r >= 0x20000 && r <= 0x3FFFF
}
