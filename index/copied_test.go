package index

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestShinglesHanFastPath: shingles takes every character of U+4E00–U+9FFF
// for a letter without asking the tables; they must agree.
func TestShinglesHanFastPath(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.IsLetter(r) {
			t.Fatalf("%U is not a letter", r)
		}
	}
	assert.Len(t, shingles("巡视整改，a1"), 5, "巡视 视整 整改 改a a1: punctuation is skipped")
}
