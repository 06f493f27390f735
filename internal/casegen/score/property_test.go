package score

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/internal/casegen"
)

// knownGaps are the features of generated cases that the checker does not
// handle yet, each with the point of issue 12 whose fix it waits for (2:
// claims phrasing, 3: ledger layouts and statuses, 4: minutes). The property
// test draws its cases without them; TestKnownGapsStillFail checks that each
// still makes its cases fail. Remove an entry when its fix merges (that test
// then says which).
var knownGaps = []struct{ feature, issue string }{
	// 3: ledger layouts.
	{"ledger.two-row-header=yes", "3: two-row header (整改情况 over 整改进展/完成时间/佐证材料)"},
	{"header.department=主责部门", "3: department header"},
	{"header.department=牵头处室", "3: department header"},
	{"header.department=落实单位", "3: department header"},
	{"header.deadline=计划完成时间", "3: deadline header read as completion date"},
	{"header.status=目前进展", "3: status header"},
	{"header.status=整改落实情况", "3: status header"},
	// 3: statuses.
	{"status.not_done=not-done-negated", "3: 未销号 / 未按期完成 / 未全部完成 / 不能按期完成 read as done"},
	{"status.in_progress=pending", "3: 待销号 / 拟销号 / 申请销号 read as done"},
	// 4: minutes.
	{"minutes.party_committee=中共{u}委员会会议纪要", "4: 中共…委员会会议纪要 not a party committee meeting"},
	// 2: claims phrasing.
	{"phr.problems=in-period", "2: N个尚在整改期内"},
	{"phr.problems=banjie", "2: 已办结 / 阶段性办结 N个"},
	{"phr.not-done=，尚未启动%d个", "2: 尚未启动N个 not a not-done part"},
	{"phr.meetings.party_committee=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.work=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.special=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.study=count-before-verb", "2: 先后N次召开…"},
	{"phr.meetings.study=count-before-noun", "2: 召开N次理论学习中心组专题学习"},
}

func gapFeatures() []string {
	var out []string
	for _, g := range knownGaps {
		out = append(out, g.feature)
	}
	return out
}

func seeds(from, n int) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(from + i)
	}
	return out
}

// TestVariedCases is the property: on generated cases (known gaps left out)
// verify.Check finds every planted finding and nothing else.
func TestVariedCases(t *testing.T) {
	n := 40
	if testing.Short() {
		n = 12
	}
	rep, err := Run(context.Background(), t.TempDir(), seeds(1, n), casegen.Options{Exclude: gapFeatures()})
	require.NoError(t, err)
	var buf bytes.Buffer
	rep.Write(&buf, true)
	// The run must have planted findings of many classes, or it proves little.
	require.Greater(t, rep.Planted, n, "too few planted findings")
	require.GreaterOrEqual(t, len(rep.ByClass), 8, "too few classes planted")
	assert.Equal(t, rep.Planted, rep.Found, "planted findings missed\n%s", buf.String())
	assert.Zero(t, rep.Extra, "findings nobody planted\n%s", buf.String())
	for _, g := range gapFeatures() {
		assert.Zero(t, rep.Features[g][0], "a known gap was drawn: %s", g)
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
	res, err := CheckGaps(context.Background(), t.TempDir(), gapFeatures(), seeds(1000, 6))
	require.NoError(t, err)
	require.Zero(t, res[0].Failed, "cases with every gap left out fail: the failures below are not the gaps'")
	res = res[1:]
	for i, r := range res {
		if r.Cases == 0 {
			t.Logf("known gap %s was not drawn in its cases", r.Feature)
			continue
		}
		t.Logf("known gap %-50s failed %d/%d  (issue 12 point %s)", r.Feature, r.Failed, r.Cases, knownGaps[i].issue)
		assert.NotZero(t, r.Failed, "known gap %s no longer fails: remove it from knownGaps", r.Feature)
	}
}
