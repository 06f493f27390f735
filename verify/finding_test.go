package verify

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// TestFindingJSON: claimed and observed print as numbers without trailing
// zeros or as words, and are left out when absent; evidence prints its
// position flat and leaves out what is zero (ledger rows have no page).
func TestFindingJSON(t *testing.T) {
	tests := []struct {
		name string
		f    Finding
		want string
	}{
		{"counts", Finding{Rule: RuleMeetings, Severity: High, Message: "m", Claimed: Num(13), Observed: Count(3),
			Evidence: []Evidence{{File: "report.pdf", Pos: parse.Pos{Page: 2, Start: 0, End: 45}, Text: "召开会议13次"}}},
			`{"rule":"claim.meetings","severity":"high","message":"m","claimed":13,"observed":3,"claim":null,"evidence":[{"file":"report.pdf","page":2,"end":45,"text":"召开会议13次"}]}`},
		{"a rate and zero", Finding{Rule: RuleRate, Severity: High, Message: "m", Claimed: Num(83.87), Observed: Num(0), Evidence: []Evidence{}},
			`{"rule":"arith.rate","severity":"high","message":"m","claimed":83.87,"observed":0,"claim":null,"evidence":[]}`},
		{"status words", Finding{Rule: RuleItemStatus, Severity: High, Message: "m",
			Claimed: Word(string(extract.StatusDone)), Observed: Word(string(extract.StatusInProgress)),
			Evidence: []Evidence{{File: "ledger.xlsx", Sheet: "问题台账", Row: 7, Text: "1 | <b>&", Note: "按标题匹配"}}},
			`{"rule":"claim.item-status","severity":"high","message":"m","claimed":"done","observed":"in_progress","claim":null,"evidence":[{"file":"ledger.xlsx","sheet":"问题台账","row":7,"text":"1 | <b>&","note":"按标题匹配"}]}`},
		{"nothing compared", Finding{Rule: RuleNoOwner, Severity: Low, Message: "m", Item: "3", Evidence: []Evidence{{File: "ledger.csv", Row: 9, Text: "t"}}},
			`{"rule":"ledger.no-owner","severity":"low","message":"m","item":"3","claim":null,"evidence":[{"file":"ledger.csv","row":9,"text":"t"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(tt.f))
			assert.JSONEq(t, tt.want, b.String())
			assert.Equal(t, tt.want+"\n", b.String(), "byte for byte, in field order")

			var back Finding
			require.NoError(t, json.Unmarshal(b.Bytes(), &back))
			assert.Equal(t, tt.f, back, "read back")
		})
	}
	// An escaping encoder escapes the evidence text as it does any string.
	raw, err := json.Marshal(Evidence{File: "a", Text: "<b>&"})
	require.NoError(t, err)
	assert.Equal(t, `{"file":"a","text":"\u003cb\u003e\u0026"}`, string(raw))
}

// TestValue: what a Value holds, and how it prints.
func TestValue(t *testing.T) {
	tests := []struct {
		v      Value
		str    string
		num    bool
		word   bool
		isZero bool
	}{
		{Value{}, "", false, false, true},
		{Count(13), "13", true, false, false},
		{Num(0.96), "0.96", true, false, false},
		{Num(0), "0", true, false, false},
		{Word("not_done"), "not_done", false, true, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.str, tt.v.String())
		_, num := tt.v.Number()
		_, word := tt.v.Word()
		assert.Equal(t, tt.num, num, tt.str)
		assert.Equal(t, tt.word, word, tt.str)
		assert.Equal(t, tt.isZero, tt.v.IsZero(), tt.str)
	}
}

// TestSeverityAndVerdictNames: the Chinese names the reports show.
func TestSeverityAndVerdictNames(t *testing.T) {
	assert.Equal(t, []string{"高", "中", "低"}, []string{High.Name(), Medium.Name(), Low.Name()})
	assert.Equal(t, "", Severity("x").Name())
	assert.Equal(t, "疑似纸面整改", VerdictSuspected.Name())
	assert.Equal(t, "需要关注", VerdictAttention.Name())
	assert.Equal(t, "未发现问题", VerdictClean.Name())
	assert.Equal(t, "odd", Verdict("odd").Name())
	assert.Equal(t, VerdictSuspected, verdictOf(1, 5))
	assert.Equal(t, VerdictAttention, verdictOf(0, 1))
	assert.Equal(t, VerdictClean, verdictOf(0, 0))
}
