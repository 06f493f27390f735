package verify

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestCheckReusesClassified: the report and minutes Classify parsed are
// checked as parsed, not parsed again (a scan would be recognised twice):
// the check succeeds after the files are gone.
func TestCheckReusesClassified(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"整改情况.txt": caseReportText,
		"党组会议.txt": caseMinutesText,
	})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	require.NoError(t, c.Classify(context.Background(), parse.Options{}))
	require.Equal(t, filepath.Join(dir, "整改情况.txt"), c.Report)
	require.Equal(t, []string{filepath.Join(dir, "党组会议.txt")}, c.Minutes)
	require.NoError(t, os.Remove(c.Report))
	require.NoError(t, os.Remove(c.Minutes[0]))

	res, err := Check(context.Background(), c, Options{AsOf: "2020-12-31"})
	require.NoError(t, err)
	assert.Empty(t, res.InputErrors)
	assert.Equal(t, "整改情况.txt", res.Report.File)
	assert.NotEmpty(t, res.Meetings)
}

// TestClassifyReleasesUnkept: a file Classify reads and does not keep (a
// second report) gives its text back to the case's budget, so a later file
// is not refused for text that was never kept.
func TestClassifyReleasesUnkept(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"整改情况.txt":    caseReportText,
		"整改情况（二）.txt": caseReportText,
		"党组会议.txt":    caseMinutesText,
	})
	kept := writeCase(t, map[string]string{
		"整改情况.txt": caseReportText,
		"党组会议.txt": caseMinutesText,
	})
	left := func(dir string) int {
		c, err := ReadCase(dir)
		require.NoError(t, err)
		b := parse.NewBudget(1_000_000)
		require.NoError(t, c.Classify(context.Background(), parse.Options{Budget: b}))
		require.Len(t, c.Minutes, 1)
		return b.Left()
	}
	want := left(kept)
	require.Less(t, want, 1_000_000, "the kept files are charged")
	assert.Equal(t, want, left(dir), "the second report is given back")
}
