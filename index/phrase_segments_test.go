package index

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPhrasesAcrossSegmentsAndDeletions: phraseSearcher reads each
// segment's postings itself, so it must number documents across segments
// and skip the deleted ones as bleve does. Documents are added in one
// batch, then some replaced one at a time and some deleted; every string's
// hits are then the live documents holding it.
func TestPhrasesAcrossSegmentsAndDeletions(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	r := rand.New(rand.NewSource(3))
	words := []string{"整改", "落实", "问题", "清单", "责任", "压实", "巡察", "反馈", "意见", "台账", "销号", "督办"}
	text := func() string {
		var b strings.Builder
		for i := 0; i < 40; i++ {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(8) == 0 {
				b.WriteString("\n")
			}
		}
		return b.String()
	}
	dir := t.TempDir()
	live := map[string]string{} // file → text
	path := func(i int) string { return filepath.Join(dir, fmt.Sprintf("%02d.txt", i)) }
	for i := 0; i < 30; i++ {
		s := text()
		require.NoError(t, os.WriteFile(path(i), []byte(s), 0o644))
		live[fmt.Sprintf("%02d.txt", i)] = s
	}
	// One batch of 30; the replaced and deleted documents stay in their
	// segments, marked deleted, until scorch merges them away (a search
	// that returned one fails: "index read inconsistency detected").
	st, err := x.AddPaths(ctx, []string{dir}, AddOptions{})
	require.NoError(t, err)
	require.Equal(t, 30, st.Indexed)
	for i := 0; i < 30; i += 6 { // replaced
		s := text()
		_, changed, err := x.Add(ctx, path(i), []byte(s), Meta{File: fmt.Sprintf("%02d.txt", i)})
		require.NoError(t, err)
		require.True(t, changed)
		live[fmt.Sprintf("%02d.txt", i)] = s
	}
	for i := 3; i < 30; i += 6 { // deleted
		n, err := x.Delete(ctx, path(i))
		require.NoError(t, err)
		require.Equal(t, 1, n)
		delete(live, fmt.Sprintf("%02d.txt", i))
	}
	for q := 0; q < 60; q++ {
		// Three words, or a part of them: 3 to 6 characters.
		s := []rune(words[r.Intn(len(words))] + words[r.Intn(len(words))] + words[r.Intn(len(words))])
		lo := r.Intn(2)
		needle := string(s[lo : lo+3+r.Intn(4-lo)])
		var want []string
		for f, s := range live {
			if strings.Contains(strings.ReplaceAll(s, "\n", " "), needle) {
				want = append(want, f)
			}
		}
		for _, quoted := range []bool{false, true} {
			qs := needle
			if quoted {
				qs = `"` + needle + `"`
			}
			res, err := x.Search(ctx, Request{Query: qs, Limit: 100, NoHighlight: true})
			require.NoError(t, err)
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.File)
			}
			sort.Strings(want)
			sort.Strings(got)
			assert.Equal(t, want, got, "%s", qs)
		}
	}
}
