package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

// clueRows are clue sheet rows: the first done ones closed, then open ones.
func clueRows(done, open int) []extract.Clue {
	var rows []extract.Clue
	for i := range done + open {
		c := extract.Clue{Ref: ref("问题线索台账", i+2, "线索"), No: "XS-" + string(rune('1'+i)), HandedOver: "2020-01-15",
			Closed: "2020-02-01", Status: extract.StatusDone, StatusText: "已办结"}
		if i >= done {
			c.Closed, c.Status, c.StatusText = "", extract.StatusInProgress, "正在核查"
		}
		rows = append(rows, c)
	}
	return rows
}

func TestRuleClues(t *testing.T) {
	// claimed says three clues were handled; the sheet holds rows.
	claimed := func(rows []extract.Clue, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("已办结问题线索3件。")
			c := claim(t, doc, "3件", extract.Claim{Kind: extract.KindClues, Subtype: extract.SubtypeHandled, Value: 3, Unit: "件"})
			return withLedger(input(doc, c), extract.Ledger{Clues: rows}, drop...)
		}
	}
	testRule(t, RuleClues, []ruleCase{
		{name: "more handled than the sheet closes", in: claimed(clueRows(2, 1)),
			want: []got{{extract.SubtypeHandled, "3", "2"}}, msgs: []string{"整改报告称已办结问题线索3件，线索台账显示已办结2件"}},
		{name: "as many as the sheet closes", in: claimed(clueRows(3, 1))},
		{name: "no clue sheet", in: claimed(nil, extract.SheetClues), notRun: "台账中没有问题线索表"},
	})
}
