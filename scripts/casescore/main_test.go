package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhenggai/zhenggai/internal/seg"
)

func TestMatch(t *testing.T) {
	gs := []got{
		{rule: "claim.meetings", item: "work"},
		{rule: "ledger.overdue", item: "7", rows: []string{"整改台账!8"}},
		{rule: "ledger.no-evidence", item: "5", rows: []string{"!10"}},
	}
	tests := []struct {
		name string
		f    expFinding
		used []bool
		want int
	}{
		{"rule and item", expFinding{Rule: "claim.meetings", Item: "work"}, nil, 0},
		{"another item", expFinding{Rule: "claim.meetings", Item: "party_committee"}, nil, -1},
		{"rule alone", expFinding{Rule: "claim.meetings"}, nil, 0},
		{"row of a sheet", expFinding{Rule: "ledger.overdue", Item: "9", Sheet: "整改台账", Row: 8}, nil, 1},
		{"another row", expFinding{Rule: "ledger.overdue", Sheet: "整改台账", Row: 9}, nil, -1},
		{"csv line", expFinding{Rule: "ledger.no-evidence", Row: 10}, nil, 2},
		{"already used", expFinding{Rule: "claim.meetings", Item: "work"}, []bool{true, false, false}, -1},
		{"other rule", expFinding{Rule: "arith.rate"}, nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			used := tt.used
			if used == nil {
				used = make([]bool, len(gs))
			}
			assert.Equal(t, tt.want, match(tt.f, gs, used))
		})
	}
}

func TestDescribe(t *testing.T) {
	assert.Equal(t, `ledger.overdue item="7" 整改台账!8`, describe(expFinding{Rule: "ledger.overdue", Item: "7", Sheet: "整改台账", Row: 8}))
	assert.Equal(t, "meeting.democratic-life-missing", describe(expFinding{Rule: "meeting.democratic-life-missing"}))
}

// TestCaseFolders checks every case folder written blind by another author
// (testdata/cases-*) and the sample corpus as `zhenggai check` would: every
// expected finding found, no other finding, the verdict, completeness and
// the rules not run as expected.json says. It keeps what was fixed for
// those authors fixed.
func TestCaseFolders(t *testing.T) {
	require.NoError(t, seg.Init())
	roots, err := filepath.Glob("../../testdata/cases-*")
	require.NoError(t, err)
	roots = append(roots, "../../testdata/corpus/cases")
	n := 0
	for _, root := range roots {
		dirs, _ := filepath.Glob(filepath.Join(root, "*", "expected.json"))
		for _, p := range dirs {
			dir := filepath.Dir(p)
			n++
			t.Run(filepath.Base(root)+"/"+filepath.Base(dir), func(t *testing.T) {
				s := score(dir)
				require.Empty(t, s.failure)
				assert.Empty(t, s.missed, "expected findings not found")
				assert.Empty(t, s.falses, "findings expected.json does not list")
				if s.verdictWant != "" {
					assert.Equal(t, s.verdictWant, s.verdict, "verdict")
				}
				assert.True(t, s.completeOK, "completeness")
				assert.True(t, s.notRunOK, "rules not run: %s", s.notRunMissing)
			})
		}
	}
	assert.GreaterOrEqual(t, n, 60, "case folders found")
}
