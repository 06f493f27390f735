package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
