package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

// accountable are n ledger rows of people held accountable.
func accountable(n int, kind extract.Subtype) []extract.Accountability {
	var rows []extract.Accountability
	for i := range n {
		r := extract.Accountability{Ref: ref("问责台账", i+2, "张某 | 诫勉"), Person: "张某", Method: "诫勉"}
		switch kind {
		case extract.SubtypeDisciplined:
			r.Kind = extract.SubtypeDisciplined
		case extract.SubtypeAdmonished:
			r.Kind = extract.SubtypeAdmonished
		}
		rows = append(rows, r)
	}
	return rows
}

func TestRuleAccountability(t *testing.T) {
	// total claims five people held accountable against rows.
	total := func(rows []extract.Accountability, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("共问责5人。")
			c := claim(t, doc, "5人", extract.Claim{Kind: extract.KindAccountability, Subtype: extract.SubtypeTotal, Value: 5, Unit: "人"})
			return withLedger(input(doc, c), extract.Ledger{Accountability: rows}, drop...)
		}
	}
	testRule(t, RuleAccountability, []ruleCase{
		{name: "the total differs from the sheet", in: total(accountable(4, extract.SubtypeAdmonished)),
			want: []got{{"total", "5", "4"}}, msgs: []string{"整改报告称问责5人，问责台账记录4人"}},
		{name: "the total is the sheet's", in: total(accountable(5, extract.SubtypeAdmonished))},
		{name: "without a total, each kind is compared",
			in: func(t *testing.T) *Input {
				doc := report("给予党纪政务处分3人，诫勉2人。")
				d := claim(t, doc, "3人", extract.Claim{Kind: extract.KindAccountability, Subtype: extract.SubtypeDisciplined, Value: 3})
				a := claim(t, doc, "2人", extract.Claim{Kind: extract.KindAccountability, Subtype: extract.SubtypeAdmonished, Value: 2})
				rows := append(accountable(2, extract.SubtypeDisciplined), accountable(2, extract.SubtypeAdmonished)...)
				return withLedger(input(doc, d, a), extract.Ledger{Accountability: rows})
			},
			want: []got{{extract.SubtypeDisciplined, "3", "2"}}, msgs: []string{"整改报告称给予党纪政务处分3人，问责台账记录2人"}},
		{name: "no accountability sheet", in: total(nil, extract.SheetAccountability), notRun: "台账中没有问责情况表"},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("共问责5人。")) }, notRun: "案卷中没有台账"},
	})
}
