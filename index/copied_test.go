package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/rand/v2"
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

// TestMinhashEstimatesJaccard: the share of equal signature values of two
// sets estimates their Jaccard similarity without bias, and two paragraphs
// share a band about as often as 1-(1-J^rows)^bands says.
func TestMinhashEstimatesJaccard(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		common, only int // set sizes: J = common / (common + 2*only)
	}{
		{20, 40}, // J = 0.2
		{60, 30}, // 0.5
		{80, 10}, // 0.8
		{100, 0}, // 1
	} {
		j := float64(tc.common) / float64(tc.common+2*tc.only)
		const trials = 400
		est, banded := 0.0, 0
		for range trials {
			var a, b []uint64
			for range tc.common {
				v := rng.Uint64()
				a, b = append(a, v), append(b, v)
			}
			for range tc.only {
				a, b = append(a, rng.Uint64()), append(b, rng.Uint64())
			}
			sa, sb := minhash(a), minhash(b)
			same := 0
			for i := range sa {
				if sa[i] == sb[i] {
					same++
				}
			}
			est += float64(same) / float64(len(sa))
			if shareBand(sa, sb) {
				banded++
			}
		}
		assert.InDelta(t, j, est/trials, 0.02, "J = %.2f", j)
		want := 1 - math.Pow(1-math.Pow(j, lshRows), lshBands)
		assert.InDelta(t, want, float64(banded)/trials, 0.05, "bands shared, J = %.2f", j)
	}
}

// shareBand reports whether two signatures agree on all rows of a band.
func shareBand(a, b []uint32) bool {
	for band := 0; band < lshBands; band++ {
		same := true
		for r := 0; r < lshRows; r++ {
			same = same && a[band*lshRows+r] == b[band*lshRows+r]
		}
		if same {
			return true
		}
	}
	return false
}

// BenchmarkBandTerms: the band terms of every long paragraph of a report.
func BenchmarkBandTerms(b *testing.B) {
	doc, err := parse.ParseFile(context.Background(), corpus+"/reports/01.txt", parse.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	for _, p := range doc.Paragraphs {
		if copyCandidate(p.Text) {
			paras = append(paras, p.Text)
		}
	}
	if len(paras) == 0 {
		b.Fatal("no long paragraph")
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			bandTerms(p)
		}
	}
}
