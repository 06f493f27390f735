// Package score checks cases written by casegen.Varied with verify.Check and
// scores the findings against what the generator planted: recall by class of
// discrepancy, findings nobody planted (false positives) by rule, and which
// drawn features the failing cases share. It lives apart from casegen so that
// verify's own tests can use casegen without an import cycle.
package score

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/casegen"
	"github.com/zhenggai/zhenggai/verify"
)

// Tally counts one class: findings planted, found, and found unplanted.
type Tally struct {
	Planted, Found, Extra int
}

// CaseResult is what one case produced beside its manifest.
type CaseResult struct {
	Dir      string
	Manifest casegen.Manifest
	Missed   []casegen.Planted
	Extra    []verify.Finding
	// Incomplete lists what the check got wrong about a case with an
	// unreadable file (Manifest.Incomplete): a rule of Manifest.NotRun that
	// ran, or a summary that says the check is complete.
	Incomplete []string
}

// Failed reports whether the case missed a planted finding, raised one not
// planted, or did not say that an unreadable file left it incomplete.
func (c CaseResult) Failed() bool {
	return len(c.Missed) > 0 || len(c.Extra) > 0 || len(c.Incomplete) > 0
}

// Report sums the cases of a run.
type Report struct {
	Cases   []CaseResult
	Planted int
	Found   int
	Extra   int
	// Incomplete counts the cases with an unreadable file that the check
	// did not treat as incomplete (CaseResult.Incomplete).
	Incomplete int
	ByClass    map[string]*Tally // by plant class; extras by "extra:<rule>"
	Features   map[string][2]int // feature → cases drawn, cases failed
}

// MinRecall is the findings recall issue 12 accepts on generated cases; no
// false positive is accepted.
const MinRecall = 0.98

// Acceptable reports whether the run meets the acceptance: recall at least
// MinRecall and no false positive.
// An unreadable file must always leave the check incomplete.
func (r *Report) Acceptable() bool {
	return r.Recall() >= MinRecall && r.Extra == 0 && r.Incomplete == 0
}

// Recall is found ÷ planted (1 when nothing was planted).
func (r *Report) Recall() float64 {
	if r.Planted == 0 {
		return 1
	}
	return float64(r.Found) / float64(r.Planted)
}

// Check runs verify.Check on the case in dir and compares its findings with
// the manifest.
func Check(ctx context.Context, dir string, man casegen.Manifest) (CaseResult, error) {
	c, err := verify.LoadCase(ctx, dir)
	if err != nil {
		return CaseResult{}, err
	}
	res, err := verify.Check(ctx, c, verify.Options{AsOf: man.AsOf})
	if err != nil {
		return CaseResult{}, err
	}
	out := CaseResult{Dir: dir, Manifest: man}
	used := make([]bool, len(res.Findings))
	for _, p := range man.Findings {
		hit := false
		for i, fd := range res.Findings {
			if !used[i] && matches(p, fd) {
				used[i], hit = true, true
				break
			}
		}
		if !hit {
			out.Missed = append(out.Missed, p)
		}
	}
	for i, fd := range res.Findings {
		if !used[i] {
			out.Extra = append(out.Extra, fd)
		}
	}
	if man.Incomplete && res.Summary.Complete {
		out.Incomplete = append(out.Incomplete, "summary.complete is true")
	}
	for _, rule := range man.NotRun {
		if !slices.ContainsFunc(res.NotRun, func(n verify.NotRun) bool { return string(n.Rule) == rule }) {
			out.Incomplete = append(out.Incomplete, rule+" ran")
		}
	}
	return out, nil
}

func matches(p casegen.Planted, fd verify.Finding) bool {
	if string(fd.Rule) != p.Rule || (p.Item != "" && fd.Item != p.Item) {
		return false
	}
	return sameValue(p.Claimed, fd.Claimed) && sameValue(p.Observed, fd.Observed)
}

func sameValue(want string, v verify.Value) bool {
	switch want {
	case "":
		return true
	case "open":
		w, _ := v.Word()
		return w == string(extract.StatusInProgress) || w == string(extract.StatusNotDone)
	}
	x, err1 := strconv.ParseFloat(want, 64)
	y, ok := v.Number()
	if err1 == nil && ok {
		return x-y < 0.005 && y-x < 0.005
	}
	return v.String() == want
}

// Run writes a case for each seed under root, checks it and sums the results.
func Run(ctx context.Context, root string, seeds []uint64, opt casegen.Options) (*Report, error) {
	rep := &Report{ByClass: map[string]*Tally{}, Features: map[string][2]int{}}
	tally := func(k string) *Tally {
		if rep.ByClass[k] == nil {
			rep.ByClass[k] = &Tally{}
		}
		return rep.ByClass[k]
	}
	for _, s := range seeds {
		dir := filepath.Join(root, fmt.Sprintf("case-%d", s))
		man, err := casegen.Varied(dir, s, opt)
		if err != nil {
			return nil, fmt.Errorf("seed %d: %w", s, err)
		}
		cr, err := Check(ctx, dir, man)
		if err != nil {
			return nil, fmt.Errorf("seed %d: %w", s, err)
		}
		rep.Cases = append(rep.Cases, cr)
		missed := map[casegen.Planted]int{}
		for _, p := range cr.Missed {
			missed[p]++
		}
		for _, p := range man.Findings {
			t := tally(p.Class)
			t.Planted++
			rep.Planted++
			if missed[p] > 0 {
				missed[p]--
				continue
			}
			t.Found++
			rep.Found++
		}
		for _, fd := range cr.Extra {
			tally("extra:"+string(fd.Rule)).Extra++
			rep.Extra++
		}
		if len(cr.Incomplete) > 0 {
			rep.Incomplete++
		}
		for _, ft := range man.Features {
			v := rep.Features[ft]
			v[0]++
			if cr.Failed() {
				v[1]++
			}
			rep.Features[ft] = v
		}
	}
	return rep, nil
}

// Write prints the report: totals, the classes, and the features of failing
// cases with the share of their cases that failed (a feature every case of
// which fails is a gap of the checker, or of the generator).
func (r *Report) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "cases %d  planted %d  found %d  recall %.4f  false positives %d\n", len(r.Cases), r.Planted, r.Found, r.Recall(), r.Extra)
	if r.Incomplete > 0 {
		fmt.Fprintf(w, "cases with an unreadable file not checked as incomplete: %d\n", r.Incomplete)
	}
	var classes []string
	for k := range r.ByClass {
		classes = append(classes, k)
	}
	sort.Strings(classes)
	fmt.Fprintln(w, "\nclass                          planted  found  recall  false-pos")
	for _, k := range classes {
		t := r.ByClass[k]
		rec := "-"
		if t.Planted > 0 {
			rec = fmt.Sprintf("%.3f", float64(t.Found)/float64(t.Planted))
		}
		fmt.Fprintf(w, "%-30s %7d %6d %7s %9d\n", k, t.Planted, t.Found, rec, t.Extra)
	}
	type feat struct {
		name         string
		cases, fails int
	}
	var fs []feat
	for k, v := range r.Features {
		if v[1] > 0 {
			fs = append(fs, feat{k, v[0], v[1]})
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		ri, rj := float64(fs[i].fails)/float64(fs[i].cases), float64(fs[j].fails)/float64(fs[j].cases)
		if ri != rj {
			return ri > rj
		}
		return fs[i].name < fs[j].name
	})
	fmt.Fprintln(w, "\nfeatures of failing cases (failed/drawn)")
	for _, x := range fs {
		fmt.Fprintf(w, "  %-45s %4d/%-4d %.2f\n", x.name, x.fails, x.cases, float64(x.fails)/float64(x.cases))
	}
	if !verbose {
		return
	}
	for _, c := range r.Cases {
		if !c.Failed() {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", c.Dir)
		for _, p := range c.Missed {
			fmt.Fprintf(w, "  missed %s item=%q claimed=%s observed=%s\n", p.Rule, p.Item, p.Claimed, p.Observed)
		}
		for _, fd := range c.Extra {
			fmt.Fprintf(w, "  extra  %s item=%q claimed=%s observed=%s %s\n", fd.Rule, fd.Item, fd.Claimed, fd.Observed, oneLine(fd.Message))
		}
		for _, s := range c.Incomplete {
			fmt.Fprintf(w, "  incomplete, but %s\n", s)
		}
	}
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// TempRoot makes a folder for a run's cases; remove it when done.
func TempRoot() (string, error) { return os.MkdirTemp("", "casegen-") }

// GapResult is how cases drawn with one known gap fared: the cases that drew
// the feature and those of them that failed.
type GapResult struct {
	Feature       string
	Cases, Failed int
}

// gapPlants are the discrepancies planted in every case of a gap check: a
// gap in reading a figure shows only where a planted finding rests on it.
var gapPlants = []string{"plant.meetings=yes", "plant.parts-sum=yes", "plant.rate=yes", "plant.item-status=yes",
	"plant.no-evidence=yes", "plant.overdue=yes", "plant.no-owner=yes"}

// CheckGaps runs, for each feature of gaps, the seeds with that feature
// preferred, the other gaps excluded and the gapPlants planted, so that a
// failure is the feature's own; a gap whose cases all pass has been fixed.
// The first result, feature "", is the same run with every gap excluded: its
// cases must all pass, or the failures are not the gaps'.
func CheckGaps(ctx context.Context, root string, gaps []string, seeds []uint64) ([]GapResult, error) {
	var out []GapResult
	base, err := Run(ctx, filepath.Join(root, "base"), seeds, casegen.Options{Exclude: gaps, Prefer: gapPlants})
	if err != nil {
		return nil, err
	}
	b := GapResult{Cases: len(base.Cases)}
	for _, c := range base.Cases {
		if c.Failed() {
			b.Failed++
		}
	}
	out = append(out, b)
	for i, gap := range gaps {
		others := append(append([]string(nil), gaps[:i]...), gaps[i+1:]...)
		rep, err := Run(ctx, filepath.Join(root, fmt.Sprint("gap-", i)), seeds,
			casegen.Options{Exclude: others, Prefer: append([]string{gap}, gapPlants...)})
		if err != nil {
			return nil, err
		}
		v := rep.Features[gap]
		out = append(out, GapResult{Feature: gap, Cases: v[0], Failed: v[1]})
	}
	return out, nil
}
