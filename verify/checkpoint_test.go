package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/han"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryRuleHasACheckpoint: each rule of the registry answers for one of
// the five checkpoints, and the table names no rule the registry lacks.
func TestEveryRuleHasACheckpoint(t *testing.T) {
	known := map[Checkpoint]bool{}
	for _, c := range Checkpoints() {
		known[c] = true
	}
	ids := map[RuleID]bool{}
	for _, r := range Rules() {
		ids[r.ID()] = true
		c, ok := ruleCheckpoints[r.ID()]
		if assert.True(t, ok, "rule %s has no checkpoint", r.ID()) {
			assert.True(t, known[c], "rule %s: unknown checkpoint %q", r.ID(), c)
		}
	}
	for id := range ruleCheckpoints {
		assert.True(t, ids[id], "ruleCheckpoints names %s, which is not registered", id)
	}
}

func TestCheckpointNames(t *testing.T) {
	require.Len(t, Checkpoints(), 5)
	seen := map[string]bool{}
	for _, c := range Checkpoints() {
		n := c.Name()
		assert.NotEqual(t, string(c), n)
		assert.True(t, hasHan(n), "%s: %q", c, n)
		assert.True(t, hasHan(c.Question()), "%s: %q", c, c.Question())
		assert.False(t, seen[n], "name %s twice", n)
		seen[n] = true
	}
	for _, s := range []CheckpointState{CheckpointPassed, CheckpointDoubtful, CheckpointUnchecked} {
		assert.True(t, hasHan(s.Name()), "%s", s)
	}
	assert.Equal(t, "x", Checkpoint("x").Name())
}

func TestCheckpointsOf(t *testing.T) {
	find := func(r RuleID) Finding { return Finding{Rule: r, Severity: Medium} }
	low := func(r RuleID) Finding { return Finding{Rule: r, Severity: Low} }
	notRun := func(r RuleID) NotRun { return NotRun{Rule: r, Reason: "缺少台账"} }
	type want struct {
		state    CheckpointState
		findings []int
		notRun   []RuleID
	}
	for _, tc := range []struct {
		name     string
		findings []Finding
		notRun   []NotRun
		want     map[Checkpoint]want
	}{
		{
			name: "nothing found, everything ran: all pass",
			want: map[Checkpoint]want{
				CheckpointProgress: {state: CheckpointPassed}, CheckpointClearance: {state: CheckpointPassed},
				CheckpointClues: {state: CheckpointPassed}, CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules: {state: CheckpointPassed},
			},
		},
		{
			name:     "findings make their checkpoint doubtful, by index",
			findings: []Finding{find(RuleMeetings), find(RuleClues), find(RuleRate), find(RuleNoEvidence)},
			want: map[Checkpoint]want{
				CheckpointProgress:       {state: CheckpointDoubtful, findings: []int{0, 2}},
				CheckpointClearance:      {state: CheckpointDoubtful, findings: []int{3}},
				CheckpointClues:          {state: CheckpointDoubtful, findings: []int{1}},
				CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules:          {state: CheckpointPassed},
			},
		},
		{
			name:   "a rule that could not run leaves its checkpoint unchecked, never passed",
			notRun: []NotRun{notRun(RuleAccountability), notRun(RuleClueOverdue)},
			want: map[Checkpoint]want{
				CheckpointProgress:       {state: CheckpointPassed},
				CheckpointClearance:      {state: CheckpointPassed},
				CheckpointClues:          {state: CheckpointUnchecked, notRun: []RuleID{RuleClueOverdue}},
				CheckpointAccountability: {state: CheckpointUnchecked, notRun: []RuleID{RuleAccountability}},
				CheckpointRules:          {state: CheckpointPassed},
			},
		},
		{
			name:     "a finding outweighs a rule not run",
			findings: []Finding{find(RuleSystems)},
			notRun:   []NotRun{notRun(RuleSystems), notRun(RuleItemStatus)},
			want: map[Checkpoint]want{
				CheckpointProgress:       {state: CheckpointUnchecked, notRun: []RuleID{RuleItemStatus}},
				CheckpointClearance:      {state: CheckpointPassed},
				CheckpointClues:          {state: CheckpointPassed},
				CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules:          {state: CheckpointDoubtful, findings: []int{0}, notRun: []RuleID{RuleSystems}},
			},
		},
		{
			name:     "low findings alone leave a checkpoint passed (as the verdict), listed all the same",
			findings: []Finding{low(RuleVagueMeasures), low(RuleNoOwner), find(RuleClues)},
			want: map[Checkpoint]want{
				CheckpointProgress:       {state: CheckpointPassed, findings: []int{0, 1}},
				CheckpointClearance:      {state: CheckpointPassed},
				CheckpointClues:          {state: CheckpointDoubtful, findings: []int{2}},
				CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules:          {state: CheckpointPassed},
			},
		},
		{
			name:     "low findings and a rule not run: unchecked",
			findings: []Finding{low(RuleVagueMeasures)},
			notRun:   []NotRun{notRun(RuleItemStatus)},
			want: map[Checkpoint]want{
				CheckpointProgress:       {state: CheckpointUnchecked, findings: []int{0}, notRun: []RuleID{RuleItemStatus}},
				CheckpointClearance:      {state: CheckpointPassed},
				CheckpointClues:          {state: CheckpointPassed},
				CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules:          {state: CheckpointPassed},
			},
		},
		{
			name:     "an unknown rule counts for no checkpoint",
			findings: []Finding{find("x.unknown")},
			notRun:   []NotRun{notRun("y.unknown")},
			want: map[Checkpoint]want{
				CheckpointProgress: {state: CheckpointPassed}, CheckpointClearance: {state: CheckpointPassed},
				CheckpointClues: {state: CheckpointPassed}, CheckpointAccountability: {state: CheckpointPassed},
				CheckpointRules: {state: CheckpointPassed},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkpointsOf(tc.findings, tc.notRun)
			require.Len(t, got, 5)
			for i, c := range got {
				assert.Equal(t, Checkpoints()[i], c.Checkpoint, "order")
				w := tc.want[c.Checkpoint]
				assert.Equal(t, w.state, c.State, "%s", c.Checkpoint)
				assert.Equal(t, w.findings, c.Findings, "%s findings", c.Checkpoint)
				assert.Equal(t, w.notRun, c.NotRun, "%s not run", c.Checkpoint)
			}
		})
	}
}

func hasHan(s string) bool { return strings.IndexFunc(s, han.IsHan) >= 0 }

// TestCheckpointsOnCorpusCases: on every sample case, Check states the five
// checkpoints so that each finding stands under exactly one of them and
// each rule not run under its own, and a checkpoint passes only with no
// finding and every rule run.
func TestCheckpointsOnCorpusCases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(corpusCases, "*"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c, err := LoadCase(context.Background(), dir)
			require.NoError(t, err)
			r, err := Check(context.Background(), c, Options{AsOf: loadExpected(t, dir).AsOf})
			require.NoError(t, err)
			require.Len(t, r.Checkpoints, 5)
			seen := make([]int, len(r.Findings))
			for _, cp := range r.Checkpoints {
				for _, i := range cp.Findings {
					seen[i]++
					assert.Equal(t, cp.Checkpoint, ruleCheckpoints[r.Findings[i].Rule])
				}
				for _, id := range cp.NotRun {
					assert.Equal(t, cp.Checkpoint, ruleCheckpoints[id])
				}
				if cp.State == CheckpointPassed {
					for _, i := range cp.Findings {
						assert.Equal(t, Low, r.Findings[i].Severity, "a passed checkpoint has only low findings")
					}
					assert.Empty(t, cp.NotRun)
				}
			}
			for i, n := range seen {
				assert.Equal(t, 1, n, "finding %d (%s)", i, r.Findings[i].Rule)
			}
			var text, html strings.Builder
			require.NoError(t, r.WriteText(&text, TextOptions{}))
			require.NoError(t, r.WriteHTML(&html))
			for _, cp := range r.Checkpoints {
				line := cp.Checkpoint.Name() + "（" + cp.Checkpoint.Question() + "）：" + cp.State.Name()
				assert.Contains(t, text.String(), line)
				assert.Contains(t, html.String(), `<td class="cpname">`+cp.Checkpoint.Name()+"</td>")
			}
		})
	}
}

var reCheckpointRow = regexp.MustCompile("^\\| (\\p{Han}+关) \\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\|$")

// TestCheckpointsDoc: the five checkpoints' table of docs/rules.md is
// checkpointTable and ruleCheckpoints: each checkpoint's name, code,
// question and rules, in order.
func TestCheckpointsDoc(t *testing.T) {
	raw, err := os.ReadFile("../docs/rules.md")
	require.NoError(t, err)
	var rows [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		if m := reCheckpointRow.FindStringSubmatch(line); m != nil {
			rows = append(rows, m[1:])
		}
	}
	require.Len(t, rows, len(Checkpoints()))
	for i, c := range Checkpoints() {
		var ids []string
		for _, r := range Rules() {
			if ruleCheckpoints[r.ID()] == c {
				ids = append(ids, "`"+string(r.ID())+"`")
			}
		}
		want := []string{c.Name(), string(c), c.Question(), strings.Join(ids, ", ")}
		assert.Equal(t, want, rows[i], "row %d", i+1)
	}
}

// TestReaderReasonsHaveNoCodes: every not-run reason the rules give, as the
// reports show it (readerReason), names no flag or case.json field.
func TestReaderReasonsHaveNoCodes(t *testing.T) {
	bare := &Input{Report: report("整改情况报告")}
	indexed := &Input{Report: report("整改情况报告"), Index: fakeIndex{}, History: fakeHistory{}, Info: Info{FeedbackDate: "2020-01-10"}}
	latin := regexp.MustCompile(`[A-Za-z-]{2,}`)
	seen := 0
	for _, in := range []*Input{bare, indexed} {
		for _, r := range Rules() {
			reason := r.Needs().Missing(in)
			if reason == "" {
				continue
			}
			seen++
			assert.NotRegexp(t, latin, readerReason(reason), "%s: %s", r.ID(), reason)
		}
	}
	assert.Greater(t, seen, 10)
}

// TestLedgerProblemsCounted: a checked case with a ledger says how many
// problems the ledger lists and how many it shows done, in the JSON; one
// without a ledger says nothing.
func TestLedgerProblemsCounted(t *testing.T) {
	r := checkCase(t, "01-dongchuan-nonglin")
	require.NotNil(t, r.Ledger)
	require.NotNil(t, r.LedgerProblems)
	done := 0
	for _, p := range r.Ledger.Problems {
		if p.Status == extract.StatusDone {
			done++
		}
	}
	assert.Equal(t, LedgerCount{Problems: len(r.Ledger.Problems), Done: done}, *r.LedgerProblems)
	assert.Positive(t, r.LedgerProblems.Problems)
	raw, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(raw), fmt.Sprintf(`"ledger_problems":{"problems":%d,"done":%d}`, len(r.Ledger.Problems), done))

	c, err := CaseFromFiles("../testdata/corpus/cases/03-tongling-shichangjianguan/report.txt", "", nil)
	require.NoError(t, err)
	res, err := Check(context.Background(), c, Options{AsOf: "2021-01-01"})
	require.NoError(t, err)
	assert.Nil(t, res.LedgerProblems)
}
