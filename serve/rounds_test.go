package serve

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/casefiles"
	"github.com/zhenggai/zhenggai/internal/casegen"
	"github.com/zhenggai/zhenggai/verify"
)

// generatedRound writes n varied cases (seeds 1…n) and returns them as
// the files of one .zip, each case in its folder 案卷NN/ (the generator's
// manifest left out), with the folders.
func generatedRound(t *testing.T, n int) ([]file, map[string]string) {
	t.Helper()
	root := t.TempDir()
	var files []file
	dirs := map[string]string{}
	for i := 1; i <= n; i++ {
		folder := fmt.Sprintf("案卷%02d", i)
		dir := filepath.Join(root, folder)
		_, err := casegen.Varied(dir, uint64(i), casegen.Options{})
		require.NoError(t, err)
		dirs[folder] = dir
		parts, err := casefiles.ReadCase(dir)
		require.NoError(t, err)
		for _, p := range parts {
			if p.Name != "manifest.json" {
				files = append(files, file{folder + "/" + p.Name, p.Data})
			}
		}
	}
	return files, dirs
}

// uploadRound posts a round's .zip to /api/rounds.
func (ts *testServer) uploadRound(t *testing.T, zipped []byte, fields map[string]string) (*http.Response, []byte) {
	t.Helper()
	body, ctype := multipartBody(t, []file{{"round.zip", zipped}}, fields)
	return ts.do(t, http.MethodPost, "/api/rounds", body, ctype)
}

// roundAnswer is POST /api/rounds's answer.
type roundAnswer struct {
	Cases []struct {
		ID, Folder, Round, URL string
	} `json:"cases"`
	URL   string `json:"url"`
	Error string `json:"error"`
}

// waitRound waits until no case of the round is waiting for its check.
func (ts *testServer) waitRound(t *testing.T, round string) roundView {
	t.Helper()
	deadline := time.Now().Add(4 * time.Minute)
	for {
		resp, b := ts.get(t, "/api/rounds/"+url.PathEscape(round))
		require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
		v := decode[roundView](t, b)
		if v.Pending == 0 {
			return v
		}
		require.True(t, time.Now().Before(deadline), "%d cases still waiting", v.Pending)
		time.Sleep(500 * time.Millisecond)
	}
}

// ownResult is what the round's figures are compared with in a case's
// own result (GET /api/cases/{id}).
type ownResult struct {
	Status      Status                    `json:"status"`
	Summary     verify.Summary            `json:"summary"`
	Claims      []extract.Claim           `json:"claims"`
	Findings    []verify.Finding          `json:"findings"`
	Checkpoints []verify.CheckpointResult `json:"checkpoints"`
}

// claimedOf is the report's completion as a round states it: its first
// own figures, in running text, of the problems done and of all problems.
func claimedOf(claims []extract.Claim) (done, total int, ok bool) {
	var hasDone, hasTotal bool
	for _, c := range claims {
		if c.Kind != extract.KindProblems || c.InTable || c.Scope != "" {
			continue
		}
		if c.Subtype == extract.SubtypeDone && !hasDone {
			done, hasDone = int(c.Value), true
		}
		if c.Subtype == extract.SubtypeTotal && !hasTotal {
			total, hasTotal = int(c.Value), true
		}
	}
	return done, total, hasDone && hasTotal
}

// TestRoundOfGeneratedCases: a round of 30 generated cases uploaded as one
// .zip makes 30 cases of that round; once checked, the round's figures —
// its JSON, its page and its Excel file — are each case's own: the verdict
// and the findings by severity of its result, the report's claimed
// completion from its claims, the ledger's completion as a check of the
// case folder reads it, the five checkpoints of its result, and the
// findings by rule summed over the cases.
func TestRoundOfGeneratedCases(t *testing.T) {
	if testing.Short() {
		t.Skip("checks 30 cases")
	}
	ts := newTestServer(t, Config{})
	files, dirs := generatedRound(t, 30)
	const round = "2026年第一轮巡察（合成数据）"
	resp, b := ts.uploadRound(t, zipOf(t, "第一轮/", files), map[string]string{"round": round})
	require.Equal(t, http.StatusAccepted, resp.StatusCode, string(b))
	ans := decode[roundAnswer](t, b)
	require.Len(t, ans.Cases, 30)
	assert.Equal(t, "/rounds/"+url.PathEscape(round), ans.URL)
	folderOf := map[string]string{}
	for _, c := range ans.Cases {
		folderOf[c.ID] = c.Folder
		assert.Equal(t, round, c.Round)
	}

	v := ts.waitRound(t, round)
	require.Len(t, v.Cases, 30)
	byRule := map[verify.RuleID]int{}
	verdicts := map[string]int{}
	want := map[string]roundRow{}
	for _, row := range v.Cases {
		folder, ok := folderOf[row.ID]
		require.True(t, ok, row.ID)
		resp, b := ts.get(t, "/api/cases/"+row.ID)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		own := decode[ownResult](t, b)
		require.Equal(t, StatusDone, own.Status, folder)
		for _, f := range own.Findings {
			byRule[f.Rule]++
		}
		verdicts[string(own.Summary.Verdict)]++

		// The ledger as a check of the folder reads it.
		c, err := verify.LoadCase(context.Background(), dirs[folder])
		require.NoError(t, err)
		local, err := verify.Check(context.Background(), c, verify.Options{})
		require.NoError(t, err)
		ledger := completion{}
		if local.Ledger != nil {
			ledger.Known, ledger.Total = true, len(local.Ledger.Problems)
			for _, p := range local.Ledger.Problems {
				if p.Status == extract.StatusDone {
					ledger.Done++
				}
			}
		}
		claimed := completion{}
		claimed.Done, claimed.Total, claimed.Known = claimedOf(own.Claims)
		w := roundRow{ID: row.ID, Status: StatusDone, Verdict: own.Summary.Verdict, High: own.Summary.High, Medium: own.Summary.Medium,
			Low: own.Summary.Low, Claimed: claimed, Ledger: ledger, Checkpoints: own.Checkpoints}
		want[row.ID] = w
		assert.NotEmpty(t, row.Unit, "%s: the unit, from case.json or the report's title", folder)
		got := row
		got.Unit, got.States, got.UnitURL = "", nil, ""
		assert.Equal(t, w, got, folder)
	}
	assert.Equal(t, verdicts, v.Verdicts)
	got := map[verify.RuleID]int{}
	for _, r := range v.ByRule {
		got[r.Rule] = r.Count
	}
	assert.Equal(t, byRule, got, "findings by rule")
	known := 0
	for _, w := range want {
		if w.Claimed.Known && w.Ledger.Known {
			known++
		}
	}
	assert.Greater(t, known, 15, "most cases state both completions")

	// The page shows the same figures.
	resp, b = ts.get(t, ans.URL)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	page := string(b)
	rows := regexp.MustCompile(`(?s)<tr data-case="([^"]+)">(.*?)</tr>`).FindAllStringSubmatch(page, -1)
	require.Len(t, rows, 30)
	cell := regexp.MustCompile(`data-k="([a-z-]+)"(?: data-v="([^"]*)")?>([^<]*)`)
	for _, r := range rows {
		w := want[r[1]]
		cells := map[string]string{}
		for _, m := range cell.FindAllStringSubmatch(r[2], -1) {
			cells[m[1]] = m[3]
			if m[2] != "" {
				cells[m[1]] = m[2]
			}
		}
		wantCells := map[string]string{"verdict": string(w.Verdict), "high": fmt.Sprint(w.High), "medium": fmt.Sprint(w.Medium),
			"low": fmt.Sprint(w.Low), "claimed": w.Claimed.Percent(), "ledger": w.Ledger.Percent()}
		for _, cp := range w.Checkpoints {
			wantCells["cp-"+string(cp.Checkpoint)] = cp.State.Name()
		}
		assert.Equal(t, wantCells, cells, r[1])
	}
	assert.Contains(t, page, `<b id="fig-cases">30</b>`)
	assert.Equal(t, 30, strings.Count(page, `class="chart-label"`)-len(v.ByRule), "a unit in the completion chart per case")
	assert.Equal(t, 60+len(v.ByRule), strings.Count(page, `class="chart-bar"`), "two bars per unit, one per rule")

	// The Excel file too.
	resp, b = ts.get(t, ans.URL+"/round.xlsx")
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	x, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err)
	defer x.Close()
	assert.Equal(t, []string{sheetRoundUnits, sheetRoundRules}, x.GetSheetList())
	units, err := x.GetRows(sheetRoundUnits, excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	require.Len(t, units, 31)
	assert.Equal(t, "被巡视（察）单位", units[0][0])
	for _, r := range units[1:] {
		w := want[r[1]]
		assert.Equal(t, []string{w.Verdict.Name(), fmt.Sprint(w.High), fmt.Sprint(w.Medium), fmt.Sprint(w.Low)}, r[3:7], r[1])
		if w.Ledger.Known {
			assert.Equal(t, []string{fmt.Sprint(w.Ledger.Done), fmt.Sprint(w.Ledger.Total)}, r[10:12], r[1])
		}
		if w.Claimed.Known {
			assert.Equal(t, []string{fmt.Sprint(w.Claimed.Done), fmt.Sprint(w.Claimed.Total)}, r[7:9], r[1])
		}
		for i, cp := range w.Checkpoints {
			assert.Equal(t, cp.State.Name(), r[13+i], r[1])
		}
	}
	rules, err := x.GetRows(sheetRoundRules)
	require.NoError(t, err)
	sheetRules := map[verify.RuleID]int{}
	for _, r := range rules[1:] {
		var n int
		fmt.Sscan(r[3], &n)
		sheetRules[verify.RuleID(r[0])] = n
	}
	assert.Equal(t, byRule, sheetRules)

	// The round is listed.
	resp, b = ts.get(t, "/api/rounds")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	list := decode[struct {
		Rounds []roundListItem `json:"rounds"`
	}](t, b)
	require.Len(t, list.Rounds, 1)
	assert.Equal(t, round, list.Rounds[0].Round)
	assert.Equal(t, 30, list.Rounds[0].Cases)
}

// TestRoundAsOneCase: a round's .zip sent as one case is refused, saying
// where a round is uploaded.
func TestRoundAsOneCase(t *testing.T) {
	ts := newTestServer(t, Config{})
	var files []file
	for _, f := range caseFiles(t, seedCase) {
		files = append(files, file{"甲/" + f.name, f.data}, file{"乙/" + f.name, f.data})
	}
	resp, b := ts.upload(t, []file{{"round.zip", zipOf(t, "", files)}}, nil)
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode, string(b))
	assert.Contains(t, decode[uploadAnswer](t, b).Error, "有 2 个案卷文件夹（乙、甲）")
	assert.Contains(t, decode[uploadAnswer](t, b).Error, "“巡察轮次”页面")
	assert.Empty(t, stored(t, ts.dir))
}

// TestRoundUploadRefused: a round's upload that is not several case
// folders, or whose case cannot be checked or names no round, is refused
// whole, in Chinese, and leaves nothing behind.
func TestRoundUploadRefused(t *testing.T) {
	ts := newTestServer(t, Config{})
	one := caseFiles(t, seedCase)
	var noJSON []file
	for _, f := range one {
		if f.name != "case.json" {
			noJSON = append(noJSON, f)
		}
	}
	both := func(a, b []file) []file {
		var out []file
		for _, f := range a {
			out = append(out, file{"甲/" + f.name, f.data})
		}
		for _, f := range b {
			out = append(out, file{"乙/" + f.name, f.data})
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		files  []file
		fields map[string]string
		status int
		msg    string
	}{
		{"one case folder", one, map[string]string{"round": "第一轮"}, http.StatusBadRequest, "不在任何案卷文件夹中"},
		{"a case with minutes/", append(both(one, one), file{"minutes/x.txt", []byte("会议纪要")}), map[string]string{"round": "第一轮"},
			http.StatusBadRequest, "是一个案卷"},
		// A folder that could not be uploaded alone (a name that is both a
		// file and a folder) refuses the whole round, named. (An unreadable
		// document in a .zip no longer refuses its case: the check lists it.)
		{"a folder that cannot be laid out", both(one, []file{{"report.txt", []byte("整改报告")}, {"report.txt/x.txt", []byte("x")}}), map[string]string{"round": "第一轮"},
			http.StatusBadRequest, "案卷文件夹 乙："},
		{"no round", both(noJSON, noJSON), nil, http.StatusBadRequest, "没有写明巡视（察）轮次"},
		{"one unit for all", both(one, one), map[string]string{"round": "第一轮", "unit": "某局"}, http.StatusBadRequest, "不能统一填写"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, b := ts.uploadRound(t, zipOf(t, "", tc.files), tc.fields)
			assert.Equal(t, tc.status, resp.StatusCode, string(b))
			assert.Contains(t, decode[roundAnswer](t, b).Error, tc.msg)
			assert.Empty(t, stored(t, ts.dir), "nothing stored")
		})
	}
}

// TestRoundNameInURL: a round named with a slash, a question mark, a hash
// and markup has its page, its export and its JSON at its escaped URL, and
// its name is shown escaped.
func TestRoundNameInURL(t *testing.T) {
	ts := newTestServer(t, Config{})
	var files []file
	for _, f := range caseFiles(t, seedCase) {
		files = append(files, file{"甲/" + f.name, f.data}, file{"乙/" + f.name, f.data})
	}
	const round = "2026/第一轮 #1?<b>"
	resp, b := ts.uploadRound(t, zipOf(t, "", files), map[string]string{"round": round})
	require.Equal(t, http.StatusAccepted, resp.StatusCode, string(b))
	ans := decode[roundAnswer](t, b)
	assert.Equal(t, "/rounds/"+url.PathEscape(round), ans.URL)
	v := ts.waitRound(t, round)
	assert.Len(t, v.Cases, 2)
	resp, b = ts.get(t, ans.URL)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	assert.Contains(t, string(b), "2026/第一轮 #1?&lt;b&gt;")
	assert.NotContains(t, string(b), "?<b>")
	resp, b = ts.get(t, ans.URL+"/round.xlsx")
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	assert.Contains(t, resp.Header.Get("Content-Disposition"), "filename*=UTF-8''2026_")
	resp, b = ts.get(t, "/rounds")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), `href="`+ans.URL+`"`)
}

// TestRoundUploadAudited: each case of a round's upload is an upload in the
// audit log, naming its folder.
func TestRoundUploadAudited(t *testing.T) {
	ts := newTestServer(t, Config{})
	var files []file
	for _, f := range caseFiles(t, seedCase) {
		files = append(files, file{"甲/" + f.name, f.data}, file{"乙/" + f.name, f.data})
	}
	resp, b := ts.uploadRound(t, zipOf(t, "", files), map[string]string{"round": "第一轮"})
	require.Equal(t, http.StatusAccepted, resp.StatusCode, string(b))
	ans := decode[roundAnswer](t, b)
	require.Len(t, ans.Cases, 2)
	es, bad, err := audit.Read(filepath.Join(ts.dir, fileAudit), audit.Filter{Action: audit.ActionUpload})
	require.NoError(t, err)
	require.Zero(t, bad)
	require.Len(t, es, 2)
	for i, c := range ans.Cases {
		assert.Equal(t, c.ID, es[i].Case)
		assert.Contains(t, es[i].Detail, "案卷文件夹 "+c.Folder)
	}
}
