package index

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/numeric"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhenggai/zhenggai/extract"
)

// ClaimFields are the claim fields made from a document's claims: for each
// kind and subtype of a claim (docs/vocabulary.md), <kind>_<subtype> holds the largest value
// the document states (problems_rate is the completion rate in percent,
// money_* are yuan), and meetings_total and money_total add up the
// subtypes' values of the claims that are not parts of another;
// systems_count is the larger of that sum (new and revised) and
// systems_total.
// Claims about other units (对32家单位开展巡察) are left out.
//
// A query names them as numeric fields (meetings_total:>=10,
// problems_rate:<90, problems_total:11); Search answers such a range from
// FieldClaims (see claimTerm).
var ClaimFields = func() []string {
	var out []string
	for _, k := range claimKinds {
		for _, s := range k.subtypes {
			out = append(out, string(k.kind)+"_"+string(s))
		}
	}
	return append(out, "meetings_total", "systems_count", "money_total")
}()

var claimKinds = []struct {
	kind     extract.Kind
	subtypes []extract.Subtype
}{
	{extract.KindProblems, []extract.Subtype{extract.SubtypeTotal, extract.SubtypeDone, extract.SubtypeInProgress, extract.SubtypeNotDone, extract.SubtypeRate}},
	{extract.KindMeetings, []extract.Subtype{extract.Subtype(extract.MeetingDemocraticLife), extract.Subtype(extract.MeetingStudy), extract.Subtype(extract.MeetingPartyCommittee), extract.Subtype(extract.MeetingSpecial), extract.Subtype(extract.MeetingWork), extract.Subtype(extract.MeetingLecture), extract.Subtype(extract.MeetingOther)}},
	{extract.KindSystems, []extract.Subtype{extract.SubtypeNew, extract.SubtypeRevised, extract.SubtypeTotal}},
	{extract.KindAccountability, []extract.Subtype{extract.SubtypeTotal, extract.SubtypeDisciplined, extract.SubtypeOrgHandling, extract.SubtypeAdmonished, extract.SubtypeCriticized, extract.SubtypeOther}},
	{extract.KindClues, []extract.Subtype{extract.SubtypeReceived, extract.SubtypeHandled, extract.SubtypeFiled}},
	{extract.KindMoney, []extract.Subtype{extract.SubtypeRecovered, extract.SubtypeRefunded, extract.SubtypeLossRecovered, extract.SubtypeOther}},
}

// claimValues turns claims into the values of ClaimFields.
func claimValues(cs []extract.Claim) map[string]float64 {
	out := map[string]float64{}
	sums := map[extract.Kind]map[extract.Subtype]float64{} // kind → subtype → largest top-level value
	for _, c := range cs {
		if !c.IsOwn() {
			continue
		}
		name := string(c.Kind) + "_" + string(c.Subtype)
		if !knownField(name) {
			continue
		}
		if v, ok := out[name]; !ok || c.Value > v {
			out[name] = c.Value
		}
		if c.Of < 0 && c.Subtype != extract.SubtypeRate {
			if sums[c.Kind] == nil {
				sums[c.Kind] = map[extract.Subtype]float64{}
			}
			if c.Value > sums[c.Kind][c.Subtype] {
				sums[c.Kind][c.Subtype] = c.Value
			}
		}
	}
	total := func(kind extract.Kind, skip ...extract.Subtype) (float64, bool) {
		m, ok := sums[kind]
		if !ok {
			return 0, false
		}
		t := 0.0
		// In a fixed order: the sum of fractions must not change between runs.
		for _, s := range slices.Sorted(maps.Keys(m)) {
			if !slices.Contains(skip, s) {
				t += m[s]
			}
		}
		return t, true
	}
	if t, ok := total(extract.KindMeetings); ok {
		out["meetings_total"] = t
	}
	if t, ok := total(extract.KindSystems, extract.SubtypeTotal); ok {
		if v, ok := out["systems_total"]; ok && v > t {
			t = v
		}
		out["systems_count"] = t
	}
	if t, ok := total(extract.KindMoney); ok {
		out["money_total"] = t
	}
	return out
}

func knownField(name string) bool {
	for _, f := range ClaimFields {
		if f == name {
			return true
		}
	}
	return false
}

// claimTerm is the term of FieldClaims that says field holds v: the field's
// name, "=", and v prefix-coded as bleve codes numbers (numeric.PrefixCoded
// of numeric.Float64ToInt64, full precision), whose bytes sort as the
// numbers do. A range of one field's values is thus a range of terms
// (claimRange).
//
// One term per value replaces bleve's numeric fields, which index each
// value as 16 terms (one per precision step) in a field of its own: with a
// report's thirty-odd claim values that cost about 3.5 CPU-seconds per
// 10,000 reports, an eighth of the indexing.
func claimTerm(field string, v float64) string {
	if v == 0 {
		v = 0 // -0 codes below +0
	}
	return field + "=" + string(numeric.MustNewPrefixCodedInt64(numeric.Float64ToInt64(v), 0))
}

// claimTerms returns the FieldClaims terms of values, and the stored form of
// values (FieldClaimValues: "field=value" pairs, by field, space-separated).
func claimTerms(values map[string]float64) (terms []string, stored string) {
	var b strings.Builder
	for i, k := range slices.Sorted(maps.Keys(values)) {
		terms = append(terms, claimTerm(k, values[k]))
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(strconv.FormatFloat(values[k], 'g', -1, 64))
	}
	return terms, b.String()
}

// parseClaimValues reads the stored form of claimTerms.
func parseClaimValues(s string) map[string]float64 {
	var out map[string]float64
	for _, kv := range strings.Fields(s) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		if out == nil {
			out = map[string]float64{}
		}
		out[k] = f
	}
	return out
}

// claimRange is the term range of FieldClaims that holds the values of a
// numeric range query over a claim field, with bleve's defaults: the lower
// bound inclusive, the upper one exclusive.
func claimRange(n *bquery.NumericRangeQuery) *bquery.TermRangeQuery {
	field := n.Field()
	// With a bound missing, the range runs to the end of the field's terms:
	// "field=" sorts before them and "field>" after.
	lo, hi := field+"=", field+">"
	loIn, hiIn := true, false
	if n.Min != nil {
		lo = claimTerm(field, *n.Min)
		loIn = n.InclusiveMin == nil || *n.InclusiveMin
	}
	if n.Max != nil {
		hi = claimTerm(field, *n.Max)
		hiIn = n.InclusiveMax != nil && *n.InclusiveMax
	}
	q := bquery.NewTermRangeInclusiveQuery(lo, hi, &loIn, &hiIn)
	q.SetField(FieldClaims)
	q.SetBoost(n.Boost())
	return q
}
