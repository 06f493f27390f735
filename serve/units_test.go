package serve

import (
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/internal/casefiles"
	"github.com/zhenggai/zhenggai/internal/casegen"
)

// uploadHistory uploads a generated two-round history of one unit: the
// first round's report (with its unit and round in the form), then the
// second round's case, checked against the index that now holds the
// first report. It returns the history's manifest and the second case's id.
func uploadHistory(t *testing.T, ts *testServer, seed uint64) (casegen.HistoryManifest, string) {
	t.Helper()
	dir := t.TempDir()
	man, err := casegen.TwoRounds(dir, seed)
	require.NoError(t, err)
	for i, r := range []string{"round1", "round2"} {
		parts, err := casefiles.ReadCase(filepath.Join(dir, r))
		require.NoError(t, err)
		var files []file
		for _, p := range parts {
			files = append(files, file{p.Name, p.Data})
		}
		fields := map[string]string{"unit": man.Unit1, "round": "市委第一巡察组"}
		if i == 1 {
			fields = nil
		}
		resp, b := ts.upload(t, files, fields)
		require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
		if i == 1 {
			return man, decode[uploadAnswer](t, b).ID
		}
	}
	panic("unreachable")
}

// TestUnitPageCarriedOver: a unit's page shows both its rounds, oldest
// first, each with its verdict, and under the second the problems the
// first report called done that it lists again — the history's planted
// recurrences, no more; the unit is found under another of its forms.
func TestUnitPageCarriedOver(t *testing.T) {
	ts := newTestServer(t, Config{})
	man, second := uploadHistory(t, ts, 5)
	var planted []string
	for _, p := range man.Problems {
		if p.Class == casegen.ClassRecurrence {
			planted = append(planted, p.Title)
		}
	}
	require.NotEmpty(t, planted)
	sort.Strings(planted)

	for _, unit := range []string{man.Unit2, man.Unit1} {
		resp, b := ts.get(t, unitURL(unit))
		require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
		page := string(b)
		sections := regexp.MustCompile(`(?s)<section class="card unit-round" data-case="([^"]+)">(.*?)</section>`).FindAllStringSubmatch(page, -1)
		require.Len(t, sections, 2, unit)
		assert.Equal(t, second, sections[1][1], "the second round last")
		assert.Contains(t, sections[0][2], "市委第一巡察组")
		assert.Contains(t, sections[1][2], "市委第三巡察组")
		assert.Contains(t, sections[0][2], "没有发现前次称已整改又被指出的问题")
		var carried []string
		for _, m := range regexp.MustCompile(`<div class="now">([^<]*)</div>`).FindAllStringSubmatch(sections[1][2], -1) {
			carried = append(carried, m[1])
		}
		sort.Strings(carried)
		assert.Equal(t, planted, carried, unit)
		assert.Contains(t, sections[1][2], man.Report1+" 的报告称已完成整改")
	}
	resp, b := ts.get(t, "/units/"+url.PathEscape("某某县无此单位"))
	assert.Equal(t, http.StatusNotFound, resp.StatusCode, string(b))
	assert.Contains(t, string(b), "没有这个单位的案卷")
}
