package verify

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Key identifies a finding across checks of the same files, so that a
// person's review of it (复核) can be kept beside the result: a hash of its
// rule, its item and title, and where each piece of its evidence is (file,
// page and code-point span, or sheet and row). Its message and figures are
// left out: they are what the review judges, not what names the finding.
// Two findings of one result can share a key (the same rule citing the
// same places): FindingKeys tells them apart.
func (f Finding) Key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%s", f.Rule, f.Item, f.Title)
	for _, e := range f.Evidence {
		fmt.Fprintf(&b, "\x00%s\x01%d\x01%d\x01%d\x01%s\x01%d", e.File, e.Pos.Page, e.Pos.Start, e.Pos.End, e.Sheet, e.Row)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// FindingKeys is each finding's key, by its index in r.Findings: Key, with
// "-2", "-3", … after the second and later findings that share one.
func (r *Result) FindingKeys() []string {
	out := make([]string, len(r.Findings))
	seen := map[string]int{}
	for i, f := range r.Findings {
		k := f.Key()
		seen[k]++
		if n := seen[k]; n > 1 {
			k = fmt.Sprintf("%s-%d", k, n)
		}
		out[i] = k
	}
	return out
}

// FindingNumbers is the number each finding has in the HTML, Word and
// Excel views (1, 2, … in the order they show the findings: by severity,
// the findings about one problem item together), by its index in
// r.Findings. The HTML view's finding N is the element with id "f-N", the
// Excel view's the row N+1 of the sheet 核查发现.
func (r *Result) FindingNumbers() []int {
	out := make([]int, len(r.Findings))
	n := 0
	for _, g := range shownOrder(r.findingGroups()) {
		for _, i := range g.idx {
			n++
			out[i] = n
		}
	}
	return out
}
