package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

type listedClaim struct {
	Kind    Kind    `json:"kind"`
	Subtype Subtype `json:"subtype"`
	Value   float64 `json:"value"`
	InTable bool    `json:"in_table"`
}

func claimKey(kind Kind, sub Subtype, v float64) string { return fmt.Sprintf("%s/%s=%g", kind, sub, v) }

// claimCorpus lists each sample report with the claims its expected file
// lists.
func claimCorpus(t *testing.T) map[string][]listedClaim {
	out := map[string][]listedClaim{}
	files, err := filepath.Glob("../testdata/corpus/reports/*.claims.json")
	require.NoError(t, err)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		var e struct{ Claims []listedClaim }
		require.NoError(t, json.Unmarshal(raw, &e))
		out[strings.TrimSuffix(f, ".claims.json")+".txt"] = e.Claims
	}
	for _, dir := range caseDirs(t) {
		raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
		require.NoError(t, err)
		var e struct{ Claims []listedClaim }
		require.NoError(t, json.Unmarshal(raw, &e))
		reports, _ := filepath.Glob(filepath.Join(dir, "report.*"))
		require.Len(t, reports, 1)
		out[reports[0]] = e.Claims
	}
	require.Len(t, out, 20)
	return out
}

// TestClaimsCorpus measures claim extraction on the sample corpus: recall and
// precision of the listed claims (kind, subtype and value matching; claims
// of kind other are informational and left out on both sides).
func TestClaimsCorpus(t *testing.T) {
	var tp, fp, fn int
	corpus := claimCorpus(t)
	names := make([]string, 0, len(corpus))
	for n := range corpus {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		doc, err := parse.ParseFile(context.Background(), name, parse.Options{})
		require.NoError(t, err)
		want := map[string]int{}
		for _, c := range corpus[name] {
			if c.Kind != KindOther {
				want[claimKey(c.Kind, c.Subtype, c.Value)]++
			}
		}
		got := map[string]int{}
		for _, c := range Claims(doc) {
			require.Equal(t, c.Text, doc.Slice(parse.Pos{Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End}), "source of %+v", c)
			if c.Kind != KindOther {
				got[claimKey(c.Kind, c.Subtype, c.Value)]++
			}
		}
		var missed, extra []string
		for k, n := range want {
			m := min(n, got[k])
			tp += m
			if n > m {
				fn += n - m
				missed = append(missed, fmt.Sprintf("%s×%d", k, n-m))
			}
		}
		for k, n := range got {
			if n > want[k] {
				fp += n - want[k]
				extra = append(extra, fmt.Sprintf("%s×%d", k, n-want[k]))
			}
		}
		if len(missed)+len(extra) > 0 {
			sort.Strings(missed)
			sort.Strings(extra)
			t.Logf("%s: missed %v, extra %v", name, missed, extra)
		}
	}
	recall := float64(tp) / float64(tp+fn)
	precision := float64(tp) / float64(tp+fp)
	fmt.Printf("claims: %d listed, %d found; recall %.1f%%, precision %.1f%% (tp %d, fn %d, fp %d)\n", tp+fn, tp+fp, 100*recall, 100*precision, tp, fn, fp)
	assert.GreaterOrEqual(t, recall, 0.95)
	assert.GreaterOrEqual(t, precision, 0.95)
}
