package index

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/zhenggai/zhenggai/parse"
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

// TestTextHash: textHash is the SHA-256 of doc.Text(), pages joined by form
// feeds, made without the string.
func TestTextHash(t *testing.T) {
	doc := &parse.Document{Pages: []parse.Page{{Text: "第一页"}, {Text: ""}, {Text: "第三页\n整改"}}}
	sum := sha256.Sum256([]byte(doc.Text()))
	assert.Equal(t, hex.EncodeToString(sum[:]), textHash(doc))
	assert.NotEqual(t, textHash(doc), textHash(&parse.Document{Pages: []parse.Page{{Text: "第一页第三页\n整改"}}}))
}
