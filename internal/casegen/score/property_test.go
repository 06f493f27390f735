package score

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/internal/casegen"
)

func seeds(from, n int) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(from + i)
	}
	return out
}

// formerGaps are features that were known gaps until extract's grammar
// closed them (in progress 尚在整改期内, the count before 召开, the count
// before 理论学习中心组专题学习): the property run must draw them.
var formerGaps = []string{"phr.problems=in-period", "phr.meetings.party_committee=count-before-verb",
	"phr.meetings.work=count-before-verb", "phr.meetings.special=count-before-verb",
	"phr.meetings.study=count-before-verb", "phr.meetings.study=count-before-noun"}

// TestVariedCases is the property: on generated cases (known gaps left out)
// verify.Check finds the planted findings — recall at least MinRecall, the
// acceptance of issue 12 — and nothing else.
func TestVariedCases(t *testing.T) {
	n := 100
	if testing.Short() {
		n = 24
	}
	rep, err := Run(context.Background(), t.TempDir(), seeds(1, n), casegen.Options{Exclude: KnownGapFeatures()})
	require.NoError(t, err)
	var buf bytes.Buffer
	rep.Write(&buf, true)
	// The run must have planted findings of many classes, or it proves little.
	require.Greater(t, rep.Planted, 2*n, "too few planted findings")
	require.GreaterOrEqual(t, len(rep.ByClass), 8, "too few classes planted")
	assert.GreaterOrEqual(t, rep.Recall(), MinRecall, "planted findings missed\n%s", buf.String())
	assert.Zero(t, rep.Extra, "findings nobody planted\n%s", buf.String())
	assert.Zero(t, rep.Incomplete, "cases with an unreadable file checked as complete\n%s", buf.String())
	for _, g := range KnownGapFeatures() {
		assert.Zero(t, rep.Features[g][0], "a known gap was drawn: %s", g)
	}
	if !testing.Short() {
		for _, g := range append(formerGaps, "minutes.unreadable=yes", "report.items-typical=yes") {
			assert.NotZero(t, rep.Features[g][0], "not drawn: %s", g)
		}
	}
}

// TestVariedDeterministic: a seed gives the same case.
func TestVariedDeterministic(t *testing.T) {
	a, err := casegen.Varied(t.TempDir(), 7, casegen.Options{})
	require.NoError(t, err)
	b, err := casegen.Varied(t.TempDir(), 7, casegen.Options{})
	require.NoError(t, err)
	assert.Equal(t, a, b)
	c, err := casegen.Varied(t.TempDir(), 8, casegen.Options{})
	require.NoError(t, err)
	assert.NotEqual(t, a.Features, c.Features)
}

// TestKnownGapsStillFail: every known gap, drawn into cases free of the
// others, still makes some of them fail; one that no longer does has been
// fixed and must leave knownGaps.
func TestKnownGapsStillFail(t *testing.T) {
	if testing.Short() {
		t.Skip("heavy: runs cases for every known gap")
	}
	if len(KnownGaps) == 0 {
		t.Skip("no known gap left")
	}
	res, err := CheckGaps(context.Background(), t.TempDir(), KnownGapFeatures(), seeds(1000, 6))
	require.NoError(t, err)
	require.Zero(t, res[0].Failed, "cases with every gap left out fail: the failures below are not the gaps'")
	res = res[1:]
	for i, r := range res {
		if r.Cases == 0 {
			t.Logf("known gap %s was not drawn in its cases", r.Feature)
			continue
		}
		t.Logf("known gap %-50s failed %d/%d  (issue 12 point %s)", r.Feature, r.Failed, r.Cases, KnownGaps[i].Issue)
		assert.NotZero(t, r.Failed, "known gap %s no longer fails: remove it from knownGaps", r.Feature)
	}
}

// TestUnreadableMinutes: a case drawn with a damaged minutes file is checked
// as incomplete, without the rules that rest on the minutes, and passes; the
// same expectation laid on a case whose minutes all read fails.
func TestUnreadableMinutes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opt     casegen.Options
		damaged bool
		want    []string
	}{
		{"damaged minutes", casegen.Options{Prefer: []string{"minutes.unreadable=yes", "plant.meetings=yes"}}, true, nil},
		{"minutes all read", casegen.Options{Exclude: []string{"minutes.unreadable=yes"}}, false,
			[]string{"summary.complete is true", "claim.meetings ran", "meeting.democratic-life-missing ran"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			man, err := casegen.Varied(dir, 3, tc.opt)
			require.NoError(t, err)
			// The generator says what a damaged file stops; a case read in
			// full is held to the same expectation, which it must fail.
			notRun := []string{"claim.meetings", "meeting.democratic-life-missing"}
			if tc.damaged {
				require.True(t, man.Incomplete, "the manifest says the check is incomplete")
				require.Equal(t, notRun, man.NotRun, "the manifest says which rules must not run")
			} else {
				require.False(t, man.Incomplete)
				man.Incomplete, man.NotRun = true, notRun
			}
			cr, err := Check(context.Background(), dir, man)
			require.NoError(t, err)
			assert.Equal(t, tc.want, cr.Incomplete)
			assert.Empty(t, cr.Missed)
		})
	}
}
