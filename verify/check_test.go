package verify

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
)

const corpusCases = "../testdata/corpus/cases"

type expected struct {
	AsOf     string `json:"as_of"`
	Findings []struct {
		Rule     RuleID `json:"rule"`
		Item     string `json:"item"`
		Claimed  any    `json:"claimed"`
		Observed any    `json:"observed"`
		Sheet    string `json:"sheet"`
		Row      int    `json:"row"`
	} `json:"findings"`
	AbsentRules []RuleID `json:"absent_rules"`
}

func loadExpected(t *testing.T, dir string) expected {
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	require.NoError(t, err)
	var e expected
	require.NoError(t, json.Unmarshal(raw, &e))
	return e
}

// key is how a finding is compared with an expected one: rule, item,
// claimed and observed (numbers as numbers).
func key(rule RuleID, item string, claimed, observed any) string {
	return fmt.Sprintf("%s|%s|%v|%v", rule, item, norm(claimed), norm(observed))
}

func norm(v any) any {
	switch x := v.(type) {
	case Value:
		if n, ok := x.Number(); ok {
			return n
		}
		if w, ok := x.Word(); ok {
			return w
		}
		return "-"
	case nil:
		return "-"
	}
	return v
}

// TestCheckCorpus runs check on every sample case and asserts every expected
// finding (rule, item, claimed, observed, and the ledger row cited) and that
// no absent rule fires. text.copied needs the index and is checked with it
// elsewhere.
func TestCheckCorpus(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(corpusCases, "*"))
	require.Len(t, dirs, 8)
	var want, found, falsePos int
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			e := loadExpected(t, dir)
			c, err := LoadCase(context.Background(), dir)
			require.NoError(t, err)
			res, err := Check(context.Background(), c, Options{})
			require.NoError(t, err)
			require.Empty(t, res.InputErrors)
			assert.Equal(t, e.AsOf, res.Case.AsOf)
			got := map[string]int{}
			rows := map[string]string{}
			for _, f := range res.Findings {
				k := key(f.Rule, itemOf(f), f.Claimed, f.Observed)
				got[k]++
				for _, ev := range f.Evidence {
					if ev.Row != 0 {
						rows[k] = fmt.Sprintf("%s!%d", ev.Sheet, ev.Row)
					}
				}
			}
			for _, f := range e.Findings {
				if f.Rule == RuleCopied {
					continue
				}
				want++
				k := key(f.Rule, orDefault(f.Item, f.Rule), f.Claimed, f.Observed)
				if got[k] > 0 {
					found++
					got[k]--
					if f.Row != 0 {
						assert.Equal(t, fmt.Sprintf("%s!%d", f.Sheet, f.Row), rows[k], k)
					}
				} else {
					t.Errorf("missing finding %s", k)
				}
			}
			absent := map[RuleID]bool{}
			for _, r := range e.AbsentRules {
				absent[r] = true
			}
			for _, f := range res.Findings {
				if absent[f.Rule] {
					falsePos++
					t.Errorf("rule %s must not fire: %s", f.Rule, f.Message)
				}
			}
			var extra []string
			for k, n := range got {
				if n > 0 {
					extra = append(extra, k)
				}
			}
			sort.Strings(extra)
			assert.Empty(t, extra, "findings not expected")
		})
	}
	fmt.Printf("check: %d/%d expected findings found, %d false positives\n", found, want, falsePos)
}

// itemOf is the item a finding is compared by: expected.json leaves it out
// for the rules about a single figure of the case.
func itemOf(f Finding) string { return orDefault(f.Item, f.Rule) }

// orDefault is the item of an expected or found finding, with "*" for the
// rules whose expected entries give none.
func orDefault(item string, rule RuleID) string {
	switch rule {
	case RuleProblemsTotal, RuleProblemsDone, RuleDLMMissing, RuleListCount:
		return "*"
	}
	return item
}

// TestCheckOutputsEvidence: in every case, every finding has evidence, and
// evidence that points into the report quotes exactly the text it points at.
func TestCheckOutputsEvidence(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(corpusCases, "*"))
	for _, dir := range dirs {
		c, err := LoadCase(context.Background(), dir)
		require.NoError(t, err)
		res, err := Check(context.Background(), c, Options{})
		require.NoError(t, err)
		checkEvidence(t, res)
	}
}

func checkEvidence(t *testing.T, res *Result) {
	for _, f := range res.Findings {
		require.NotEmpty(t, f.Evidence, f.Rule)
		for _, ev := range f.Evidence {
			assert.NotEmpty(t, ev.File)
			assert.False(t, strings.HasPrefix(ev.File, "/") || strings.HasPrefix(ev.File, ".."), ev.File)
			if ev.Row == 0 && ev.Pos.End > 0 && ev.File == res.Report.File {
				assert.Equal(t, ev.Text, res.Report.Slice(ev.Pos), "evidence quotes the text it points at")
			}
		}
	}
}
