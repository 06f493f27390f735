package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleSystems: more rules (制度) claimed than the records show.
const RuleSystems RuleID = "claim.systems"

func init() {
	register(90, systems{ruleSpec{RuleSystems, "制度建设数多于台账", Medium,
		Needs{Report: true, Sheet: sheetRules, OrEvidence: true}}})
}

// systems: the claimed new, revised or total rules must not exceed the rules
// sheet (or, without one, the evidence files, against the total only).
type systems struct{ ruleSpec }

// systemsKinds are the claims compared, with the names messages give them.
var systemsKinds = []struct{ sub, name string }{
	{subNew, "新建"},
	{subRevised, "修订"},
	{subTotal, "建立完善"},
}

func (systems) Check(_ context.Context, in *Input) ([]Finding, error) {
	counts := map[string]int{}
	sheet := in.hasSheet(sheetRules)
	source := "佐证材料"
	if sheet {
		for _, r := range in.Ledger.Rules {
			counts[string(r.Kind)]++
			counts[subTotal]++
		}
		source = "制度建设台账"
	} else {
		counts[subTotal] = len(in.Evidence)
	}
	var out []Finding
	for _, k := range systemsKinds {
		c, ok := in.mainClaim(string(extract.KindSystems), k.sub)
		if !ok {
			continue
		}
		if k.sub != subTotal && !sheet {
			continue
		}
		n := counts[k.sub]
		if !exceeds(c, float64(n)) {
			continue
		}
		ev := []Evidence{claimEvidence(c)}
		if sheet {
			for _, r := range in.Ledger.Rules {
				if k.sub == subTotal || string(r.Kind) == k.sub {
					ev = append(ev, rowEvidence(r.Ref, ""))
				}
			}
		}
		out = append(out, Finding{Item: k.sub, Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c), Evidence: ev,
			Message: fmt.Sprintf("整改报告称%s制度%s项，%s仅有%d项", k.name, fmtNum(c.Value), source, n)})
	}
	return out, nil
}
