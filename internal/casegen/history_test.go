package casegen_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/internal/casegen"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// TestRecurrenceOnGeneratedHistories: for 40 two-round histories (fixed
// seeds), the first round's report indexed and the second round checked
// against the index, history.recurrence flags every problem the first
// report called done that the second round lists again, reworded, and no
// other: not the problems listed before but never called done, not the new
// ones that share only their judgement or their kind of work.
func TestRecurrenceOnGeneratedHistories(t *testing.T) {
	ctx := context.Background()
	planted, found, missed, wrong := 0, 0, 0, 0
	for seed := uint64(1); seed <= 40; seed++ {
		dir := t.TempDir()
		man, err := casegen.TwoRounds(dir, seed)
		require.NoError(t, err)
		// An index of this unit's history only: two histories may draw
		// the same unit.
		x, err := index.Open(filepath.Join(dir, "idx"))
		require.NoError(t, err)
		data, err := os.ReadFile(filepath.Join(dir, "round1", "report.txt"))
		require.NoError(t, err)
		_, _, err = x.Add(ctx, filepath.Join(dir, "round1", "report.txt"), data, index.Meta{Kind: parse.KindReport, Unit: man.Unit1})
		require.NoError(t, err)

		c, err := verify.LoadCase(ctx, filepath.Join(dir, "round2"))
		require.NoError(t, err)
		res, err := verify.Check(ctx, c, verify.Options{Index: x})
		require.NoError(t, err)
		require.NoError(t, x.Close()) // each history's index closed before the next opens
		for _, n := range res.NotRun {
			require.NotEqual(t, verify.RuleRecurrence, n.Rule, "seed %d: %s", seed, n.Reason)
		}
		flagged := map[string]bool{}
		for _, f := range res.Findings {
			if f.Rule == verify.RuleRecurrence {
				flagged[strings.TrimSpace(f.Title)] = true
				require.Len(t, f.Evidence, 2, "seed %d: both texts", seed)
			}
		}
		for _, p := range man.Problems {
			if p.Class == casegen.ClassRecurrence {
				planted++
				if flagged[p.Title] {
					found++
				} else {
					missed++
					t.Errorf("seed %d: recurrence not found: %s (before: %s; %v)", seed, p.Title, p.Earlier, p.Rewording)
				}
			} else if flagged[p.Title] {
				wrong++
				t.Errorf("seed %d: %s problem flagged: %s (before: %q; shares %v)", seed, p.Class, p.Title, p.Earlier, p.Shares)
			}
			delete(flagged, p.Title)
		}
		for title := range flagged {
			wrong++
			t.Errorf("seed %d: flagged a title that is none of the problems: %s", seed, title)
		}
	}
	t.Logf("recurrences planted %d, found %d, missed %d; flagged wrongly %d", planted, found, missed, wrong)
	assert.Greater(t, planted, 40, "the histories plant recurrences")
}
