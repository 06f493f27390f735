package verify

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindingKeysAndNumbers: on the sample cases, every finding's key is
// distinct within its result, and the keys and the view's numbers are
// the same for the result read back from its JSON (as the web service
// reads result.json) as for the result the check made; the numbers are
// 1…n, each once.
func TestFindingKeysAndNumbers(t *testing.T) {
	for _, name := range []string{"01-dongchuan-nonglin", "03-tongling-shichangjianguan", "07-tongling-wenlv-copied"} {
		t.Run(name, func(t *testing.T) {
			r := checkCase(t, name)
			require.NotEmpty(t, r.Findings)
			keys := r.FindingKeys()
			seen := map[string]bool{}
			for _, k := range keys {
				assert.False(t, seen[k], "key %s twice", k)
				seen[k] = true
			}
			raw, err := json.Marshal(r)
			require.NoError(t, err)
			var back Result
			require.NoError(t, json.Unmarshal(raw, &back))
			assert.Equal(t, keys, back.FindingKeys())
			nums := r.FindingNumbers()
			assert.Equal(t, nums, back.FindingNumbers())
			sorted := append([]int(nil), nums...)
			sort.Ints(sorted)
			for i, n := range sorted {
				assert.Equal(t, i+1, n)
			}
		})
	}
}

// TestFindingKeyParts: the key changes with the rule, the item and where
// the evidence is, and not with the message or the figures; findings that
// share a key are told apart by FindingKeys.
func TestFindingKeyParts(t *testing.T) {
	base := Finding{Rule: "claim.meetings", Item: "meeting", Message: "甲", Claimed: Num(13), Observed: Num(3),
		Evidence: []Evidence{{File: "report.pdf", Text: "召开整改工作会议13次"}}}
	base.Evidence[0].Pos.Page, base.Evidence[0].Pos.Start, base.Evidence[0].Pos.End = 2, 10, 20
	same := base
	same.Message, same.Observed = "乙", Num(4)
	assert.Equal(t, base.Key(), same.Key())
	for i, change := range []func(f *Finding){
		func(f *Finding) { f.Rule = "claim.problems-done" },
		func(f *Finding) { f.Item = "3" },
		func(f *Finding) { f.Title = "资金管理" },
		func(f *Finding) {
			f.Evidence = []Evidence{{File: "report.pdf", Pos: f.Evidence[0].Pos}}
			f.Evidence[0].Pos.Start = 11
		},
		func(f *Finding) {
			f.Evidence = append([]Evidence{}, f.Evidence[0], Evidence{File: "ledger.xlsx", Sheet: "台账", Row: 5})
		},
	} {
		f := base
		f.Evidence = append([]Evidence{}, base.Evidence...)
		change(&f)
		assert.NotEqual(t, base.Key(), f.Key(), fmt.Sprint("change ", i))
	}
	r := &Result{Findings: []Finding{base, same, base}}
	k := r.FindingKeys()
	assert.Equal(t, []string{base.Key(), base.Key() + "-2", base.Key() + "-3"}, k)
}

// TestFindingNumbersAreTheViews: FindingNumbers, worked out without
// building the reports' view, gives each finding the number the reports
// show it with, also for findings of an unknown severity (shown last).
func TestFindingNumbersAreTheViews(t *testing.T) {
	for _, r := range []*Result{checkCase(t, "01-dongchuan-nonglin"), checkCase(t, "03-tongling-shichangjianguan"), injectionResult()} {
		v := r.view()
		nums := r.FindingNumbers()
		require.Len(t, nums, len(r.Findings))
		for i := range r.Findings {
			assert.Equal(t, v.numbers[i], nums[i], "finding %d (%s)", i, r.Findings[i].Rule)
		}
	}
}
