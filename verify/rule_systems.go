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
		Needs{Report: true, Sheet: extract.SheetSystems, OrEvidence: true}}})
}

// systems: the claimed new, revised or total rules must not exceed the rules
// sheet (or, without one, the evidence files, against the total only).
type systems struct{ ruleSpec }

// systemsKinds are the claims compared, with the names messages give them.
var systemsKinds = []struct {
	sub  extract.Subtype
	name string
}{
	{extract.SubtypeNew, "新建"},
	{extract.SubtypeRevised, "修订"},
	{extract.SubtypeTotal, "建立完善"},
}

func (systems) Check(_ context.Context, in *Input) ([]Finding, error) {
	counts := map[extract.Subtype]int{}
	sheet := in.hasSheet(extract.SheetSystems)
	source := "佐证材料"
	if sheet {
		for _, r := range in.Ledger.Rules {
			counts[r.Kind]++
			counts[extract.SubtypeTotal]++
		}
		source = "制度建设台账"
	} else {
		counts[extract.SubtypeTotal] = len(in.Evidence)
	}
	var out []Finding
	for _, k := range systemsKinds {
		c, ok := in.mainClaim(extract.KindSystems, k.sub)
		if !ok {
			continue
		}
		if k.sub != extract.SubtypeTotal && !sheet {
			continue
		}
		n := counts[k.sub]
		if !exceeds(c, float64(n)) {
			continue
		}
		ev := []Evidence{claimEvidence(c)}
		if sheet {
			for _, r := range in.Ledger.Rules {
				if k.sub == extract.SubtypeTotal || r.Kind == k.sub {
					ev = append(ev, rowEvidence(r.Ref, ""))
				}
			}
		}
		out = append(out, Finding{Item: string(k.sub), Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c), Evidence: ev,
			Message: fmt.Sprintf("整改报告称%s制度%s项，%s仅有%d项", k.name, fmtNum(c.Value), source, n)})
	}
	return out, nil
}
