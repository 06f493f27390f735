package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/extract"
)

// agreement scores a second annotation of texts (second) against the first
// (first), with the very matching the extractor is scored by: the second
// annotator's own figures stand where the claims stand. Its recall and
// precision are the most an extractor can be expected to reach on these
// texts under these conventions, since two careful readers reach no more.
type agreement struct {
	texts, missing     int
	firstOwn, matched  int
	secondOwn          int
	byFamily           map[string]*tally // first annotator's families: figures and those the second agrees on
	disagreeOwnOther   int               // one reads a figure as own, the other as other / other units
	disagreeSubtype    int               // both own, same value and kind, other subtype
	disagreeKind       int               // both own, same value, other kind
	onlyFirst, onlySec int               // own figures the other has no own figure of the same value for
}

// figureClaims turns annotated figures into the claims match compares with:
// own ones keep their kind, subtype, value and scope, with the sentence of
// their cue as their text so the cue pass pairs like with like.
func figureClaims(figs []Figure, body string) []extract.Claim {
	out := make([]extract.Claim, 0, len(figs))
	for _, f := range figs {
		c := extract.Claim{Kind: f.Kind, Subtype: f.Subtype, Value: f.Value, Of: -1, Text: sentenceOf(body, f.Cue)}
		switch f.Scope {
		case "other_units":
			c.Scope = extract.ScopeOtherUnits
		case "aggregate":
			c.Scope = extract.ScopeAggregate
		}
		out = append(out, c)
	}
	return out
}

// sentenceOf returns the sentence of body (up to 。！？； or a line's end)
// that holds cue, "" when cue is empty or not in body.
func sentenceOf(body, cue string) string {
	i := strings.Index(body, cue)
	if cue == "" || i < 0 {
		return ""
	}
	const ends = "。！？；\n"
	lo := 0
	if j := strings.LastIndexAny(body[:i], ends); j >= 0 {
		_, n := utf8.DecodeRuneInString(body[j:])
		lo = j + n
	}
	hi := len(body)
	if j := strings.IndexAny(body[i+len(cue):], ends); j >= 0 {
		hi = i + len(cue) + j
	}
	return body[lo:hi]
}

// compare scores one text's second annotation against its first.
func (a *agreement) compare(first, second Text, body string, verbose bool, w io.Writer) {
	a.texts++
	claims := figureClaims(second.Figures, body)
	m := match(first.Figures, claims)
	var lines []string
	for i, f := range first.Figures {
		if !f.own() {
			continue
		}
		a.firstOwn++
		fam := a.family(f.Family)
		fam.annot++
		if m.figClaim[i] >= 0 {
			a.matched++
			fam.found++
			continue
		}
		a.onlyFirst++
		lines = append(lines, fmt.Sprintf("    first  %s/%s %g [%s] cue %q — second: %s", f.Kind, f.Subtype, f.Value, f.Family, f.Cue, a.why(f, second.Figures)))
	}
	for j, f := range second.Figures {
		if !f.own() {
			continue
		}
		a.secondOwn++
		if m.claimFig[j] < 0 {
			a.onlySec++
			lines = append(lines, fmt.Sprintf("    second %s/%s %g [%s] cue %q", f.Kind, f.Subtype, f.Value, f.Family, f.Cue))
		}
	}
	if verbose && len(lines) > 0 {
		fmt.Fprintf(w, "%s %s\n%s\n", first.file, first.URL, strings.Join(lines, "\n"))
	}
}

// why names how the second annotation reads a figure the first calls own
// and the second does not match: as other, with another subtype or kind, or
// not at all.
func (a *agreement) why(f Figure, second []Figure) string {
	var sameValue []Figure
	for _, g := range second {
		if g.Value == f.Value && (f.Cue == "" || g.Cue == "" || strings.Contains(g.Cue, f.Cue) || strings.Contains(f.Cue, g.Cue) || sharesDigits(f.Cue, g.Cue)) {
			sameValue = append(sameValue, g)
		}
	}
	for _, g := range sameValue {
		switch {
		case !g.own():
			a.disagreeOwnOther++
			return fmt.Sprintf("%s/%s scope %q [%s]", g.Kind, g.Subtype, g.Scope, g.Family)
		case g.Kind == f.Kind:
			a.disagreeSubtype++
			return fmt.Sprintf("%s/%s [%s]", g.Kind, g.Subtype, g.Family)
		default:
			a.disagreeKind++
			return fmt.Sprintf("%s/%s [%s]", g.Kind, g.Subtype, g.Family)
		}
	}
	return "not annotated"
}

// sharesDigits tells whether two cues hold the same run of ASCII digits.
func sharesDigits(a, b string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	da, db := digits(a), digits(b)
	return da != "" && da == db
}

func (a *agreement) family(name string) *tally {
	if a.byFamily == nil {
		a.byFamily = map[string]*tally{}
	}
	if a.byFamily[name] == nil {
		a.byFamily[name] = &tally{}
	}
	return a.byFamily[name]
}

// runAgreement compares every text of secondDir with the same url in first.
func runAgreement(first []Text, secondDir, cache string, verbose bool, w io.Writer) error {
	second, err := load(secondDir)
	if err != nil {
		return err
	}
	byURL := map[string]Text{}
	for _, t := range first {
		byURL[t.URL] = t
	}
	var a agreement
	for _, t := range second {
		f, ok := byURL[t.URL]
		if !ok {
			a.missing++
			fmt.Fprintf(w, "%s: %s has no first annotation\n", t.file, t.URL)
			continue
		}
		raw, err := os.ReadFile(filepath.Join(cache, CacheKey(t.URL)+".json"))
		var c cached
		if err == nil {
			err = json.Unmarshal(raw, &c)
		}
		if err != nil {
			a.missing++
			fmt.Fprintf(w, "%s: %s: text not in the cache\n", t.file, t.URL)
			continue
		}
		a.compare(f, t, c.Text, verbose, w)
	}
	fmt.Fprintf(w, "texts compared: %d (missing %d)\n", a.texts, a.missing)
	fmt.Fprintf(w, "second's recall of first's own figures: %s (%d/%d)\n", ratio(a.matched, a.firstOwn), a.matched, a.firstOwn)
	fmt.Fprintf(w, "second's precision against first:      %s (%d/%d)\n", ratio(a.matched, a.secondOwn), a.matched, a.secondOwn)
	fmt.Fprintf(w, "first's own figures the second reads as other or other units: %d; same kind, other subtype: %d; other kind: %d; not annotated: %d\n",
		a.disagreeOwnOther, a.disagreeSubtype, a.disagreeKind, a.onlyFirst-a.disagreeOwnOther-a.disagreeSubtype-a.disagreeKind)
	fmt.Fprintf(w, "second's own figures the first has no match for: %d\n", a.onlySec)
	fmt.Fprintln(w, "agreement by the first's family (figures agreed / first's own figures):")
	for _, k := range sortedKeys(a.byFamily) {
		t := a.byFamily[k]
		if t.annot != t.found {
			fmt.Fprintf(w, "  %-28s %s (%d/%d)\n", k, ratio(t.found, t.annot), t.found, t.annot)
		}
	}
	return nil
}
