package verify

import (
	"context"
	"fmt"

	"github.com/zhenggai/zhenggai/extract"
)

// RuleAccountability: the claimed number of people held accountable is not
// the accountability sheet's.
const RuleAccountability RuleID = "claim.accountability"

func init() {
	register(80, accountability{ruleSpec{RuleAccountability, "问责人数与台账不符", High, Needs{Report: true, Sheet: extract.SheetAccountability}}})
}

// accountability: the claimed number of people held accountable must be the
// accountability sheet's: the total, or, where the report gives no total,
// each kind it states.
type accountability struct{ ruleSpec }

// accountabilityKinds are the kinds of accountability compared one by one,
// with the names messages give them.
var accountabilityKinds = []struct {
	sub  extract.Subtype
	name string
}{
	{extract.SubtypeDisciplined, "给予党纪政务处分"},
	{extract.SubtypeOrgHandling, "组织处理"},
	{extract.SubtypeAdmonished, "诫勉（谈话提醒）"},
	{extract.SubtypeCriticized, "通报批评"},
}

func (accountability) Check(_ context.Context, in *Input) ([]Finding, error) {
	rows := in.Ledger.Accountability
	if c, ok := in.mainClaim(extract.KindAccountability, extract.SubtypeTotal); ok {
		if !differs(c, float64(len(rows))) {
			return nil, nil
		}
		return []Finding{{Item: string(extract.SubtypeTotal), Claimed: Num(c.Value), Observed: Count(len(rows)), Claim: claimPtr(c),
			Evidence: append([]Evidence{claimEvidence(c)}, accountabilityEvidence(rows, "")...),
			Message:  fmt.Sprintf("整改报告称问责%s人，问责台账记录%d人", fmtNum(c.Value), len(rows))}}, nil
	}
	var out []Finding
	for _, k := range accountabilityKinds {
		c, ok := in.mainClaim(extract.KindAccountability, k.sub)
		if !ok {
			continue
		}
		n := 0
		for _, r := range rows {
			if r.Kind == k.sub {
				n++
			}
		}
		if differs(c, float64(n)) {
			out = append(out, Finding{Item: string(k.sub), Claimed: Num(c.Value), Observed: Count(n), Claim: claimPtr(c),
				Evidence: append([]Evidence{claimEvidence(c)}, accountabilityEvidence(rows, k.sub)...),
				Message:  fmt.Sprintf("整改报告称%s%s人，问责台账记录%d人", k.name, fmtNum(c.Value), n)})
		}
	}
	return out, nil
}

// accountabilityEvidence quotes the rows of a kind ("" for all).
func accountabilityEvidence(rows []extract.Accountability, kind extract.Subtype) []Evidence {
	var ev []Evidence
	for _, r := range rows {
		if kind == "" || r.Kind == kind {
			ev = append(ev, rowEvidence(r.Ref, ""))
		}
	}
	return ev
}
