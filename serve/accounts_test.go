package serve

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/account"
	"github.com/zhenggai/zhenggai/audit"
)

// testUsers are the accounts the tests make: name → role and password.
var testUsers = []struct {
	name, pass string
	role       account.Role
}{
	{"管理员", "guanli-mima-1", account.Admin},
	{"复核员", "fuhe-mima-1", account.Reviewer},
	{"查看员", "chakan-mima-1", account.Viewer},
}

// withUsers adds testUsers to the data folder dir and returns an API token
// of each.
func withUsers(t testing.TB, dir string) map[string]string {
	t.Helper()
	st, err := account.Open(dir)
	require.NoError(t, err)
	toks := map[string]string{}
	for _, u := range testUsers {
		require.NoError(t, st.Add(u.name, u.role, u.pass))
		tok, err := st.NewToken(u.name)
		require.NoError(t, err)
		toks[u.name] = tok
	}
	return toks
}

func bearer(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

// TestAccountRoles: once users exist, a request without a user is refused
// (401, or the login page for a page); each role may do what its route
// needs and no more (a viewer neither uploads, reviews nor deletes; a
// reviewer does not delete nor read the audit log); the shared token still
// works for the API but cannot review (no person); every upload and review
// is in the audit log with who did it.
func TestAccountRoles(t *testing.T) {
	dir := t.TempDir()
	toks := withUsers(t, dir)
	ts := newTestServer(t, Config{DataDir: dir, Token: "shared-token-0123456789"})
	files := caseFiles(t, seedCase)

	resp, b := ts.get(t, "/api/cases")
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, string(b))
	resp, _ = ts.get(t, "/cases")
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/login?next=%2Fcases", resp.Header.Get("Location"))
	resp, b = ts.get(t, "/api/cases", bearer("zg_00000000_00000000000000000000000000000000")...)
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, string(b))
	resp, _ = ts.get(t, "/healthz")
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	resp, b = ts.upload(t, files, nil, bearer(toks["查看员"])...)
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, string(b))
	assert.Contains(t, decode[map[string]string](t, b)["error"], "查看员（查看）无权进行此操作：需要“复核”或更高的角色")

	resp, b = ts.upload(t, files, map[string]string{"unit": "中共东川省农林厅党组"}, bearer(toks["复核员"])...)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID

	// The shared token reads as before.
	resp, b = ts.get(t, "/api/cases/"+id, bearer("shared-token-0123456789")...)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	var one struct {
		Findings []struct {
			Key, Rule string
			Review    *struct{ Verdict, User, Note, VerdictName string }
		} `json:"findings"`
		ReviewSummary reviewSummary `json:"review_summary"`
	}
	require.NoError(t, json.Unmarshal(b, &one))
	require.NotEmpty(t, one.Findings)
	key := one.Findings[0].Key
	assert.Len(t, key, 16)
	assert.Equal(t, reviewSummary{Total: len(one.Findings)}, one.ReviewSummary)

	review := func(tok, key, verdict, note string) (*http.Response, []byte) {
		body, _ := json.Marshal(map[string]string{"finding": key, "verdict": verdict, "note": note})
		return ts.do(t, http.MethodPost, "/api/cases/"+id+"/reviews", bytes.NewReader(body), "application/json", bearer(tok)...)
	}
	tests := []struct {
		name, tok, key, verdict string
		status                  int
		msg                     string
	}{
		{"viewer", toks["查看员"], key, reviewDismissed, http.StatusForbidden, "无权进行此操作"},
		{"shared token", "shared-token-0123456789", key, reviewDismissed, http.StatusForbidden, "复核须由具名用户进行"},
		{"bad verdict", toks["复核员"], key, "maybe", http.StatusBadRequest, "复核结论 \"maybe\" 无效"},
		{"no such finding", toks["复核员"], "0000000000000000", reviewConfirmed, http.StatusNotFound, "没有编号为"},
		{"reviewer", toks["复核员"], key, reviewDismissed, http.StatusCreated, ""},
		{"admin", toks["管理员"], one.Findings[1].Key, reviewConfirmed, http.StatusCreated, ""},
	}
	for _, tc := range tests {
		resp, b := review(tc.tok, tc.key, tc.verdict, "备注："+tc.name)
		assert.Equal(t, tc.status, resp.StatusCode, "%s: %s", tc.name, b)
		if tc.msg != "" {
			assert.Contains(t, decode[map[string]string](t, b)["error"], tc.msg, tc.name)
		}
	}

	// Deleting (any change other than an upload or a review) needs an
	// admin: the viewer and the reviewer are refused before the route
	// is looked at.
	for _, who := range []string{"查看员", "复核员"} {
		resp, b = ts.do(t, http.MethodDelete, "/api/cases/"+id, nil, "", bearer(toks[who])...)
		assert.Equal(t, http.StatusForbidden, resp.StatusCode, "%s: %s", who, b)
		resp, b = ts.get(t, "/audit", bearer(toks[who])...)
		assert.Equal(t, http.StatusForbidden, resp.StatusCode, "%s: %s", who, b)
	}
	resp, b = ts.get(t, "/audit", bearer(toks["管理员"])...)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), "复核员")
	assert.Contains(t, string(b), "上传案卷")

	resp, b = ts.get(t, "/api/cases/"+id+"/reviews", bearer(toks["查看员"])...)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	var rv struct {
		Summary reviewSummary `json:"summary"`
		History []reviewEntry `json:"history"`
	}
	require.NoError(t, json.Unmarshal(b, &rv))
	assert.Equal(t, reviewSummary{Total: len(one.Findings), Reviewed: 2, Confirmed: 1, FalsePositive: 1}, rv.Summary)
	require.Len(t, rv.History, 2)
	assert.Equal(t, "复核员", rv.History[0].User)
	assert.Equal(t, "备注：reviewer", rv.History[0].Note)

	es, bad, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{Case: id})
	require.NoError(t, err)
	assert.Zero(t, bad)
	var got []string
	for _, e := range es {
		got = append(got, e.User+" "+e.Action)
	}
	assert.Equal(t, []string{"复核员 upload", "复核员 review", "管理员 review"}, got)
	assert.Contains(t, es[0].Detail, "接口上传：中共东川省农林厅党组")
	assert.Contains(t, es[1].Detail, "误报；备注：reviewer")
}

// TestReviewExports: the downloads carry the review state: result.json
// each finding's key and review and the counts (its other bytes as they
// were), the Excel sheet four columns, the Word file a line under the
// reviewed finding, the HTML page the state.
func TestReviewExports(t *testing.T) {
	dir := t.TempDir()
	toks := withUsers(t, dir)
	ts := newTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil, bearer(toks["复核员"])...)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	_, before := ts.get(t, "/cases/"+id+"/result.json", bearer(toks["查看员"])...)

	cr, err := ts.loadReviews(id)
	require.NoError(t, err)
	// The finding shown third.
	k := -1
	for i, n := range cr.numbers {
		if n == 3 {
			k = i
		}
	}
	require.GreaterOrEqual(t, k, 0)
	body, _ := json.Marshal(map[string]string{"finding": cr.keys[k], "verdict": reviewDismissed, "note": "经核实台账已更新 <b>"})
	resp, b = ts.do(t, http.MethodPost, "/api/cases/"+id+"/reviews", bytes.NewReader(body), "application/json", bearer(toks["复核员"])...)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	assert.Equal(t, 3.0, decode[map[string]any](t, b)["n"])

	get := func(file string) []byte {
		resp, b := ts.get(t, "/cases/"+id+"/"+file, bearer(toks["查看员"])...)
		require.Equal(t, http.StatusOK, resp.StatusCode, file)
		return b
	}

	after := get(fileResult)
	var res struct {
		Findings []map[string]json.RawMessage `json:"findings"`
		Summary  reviewSummary                `json:"review_summary"`
	}
	require.NoError(t, json.Unmarshal(after, &res))
	assert.Equal(t, reviewSummary{Total: len(cr.keys), Reviewed: 1, FalsePositive: 1}, res.Summary)
	for i, f := range res.Findings {
		assert.JSONEq(t, `"`+cr.keys[i]+`"`, string(f["key"]))
		_, has := f["review"]
		assert.Equal(t, i == k, has, "finding %d", i)
	}
	var rev struct{ Verdict, VerdictName, User, Note string }
	require.NoError(t, json.Unmarshal(res.Findings[k]["review"], &rev))
	assert.Equal(t, reviewDismissed, rev.Verdict)
	assert.Equal(t, "复核员", rev.User)
	// Additive: removing what was added gives back the file's content.
	var was, now map[string]any
	require.NoError(t, json.Unmarshal(before, &was))
	require.NoError(t, json.Unmarshal(after, &now))
	delete(now, "review_summary")
	delete(was, "review_summary")
	for _, f := range now["findings"].([]any) {
		delete(f.(map[string]any), "key")
		delete(f.(map[string]any), "review")
	}
	for _, f := range was["findings"].([]any) {
		delete(f.(map[string]any), "key")
	}
	assert.Equal(t, was, now)

	x, err := excelize.OpenReader(bytes.NewReader(get(fileXLSX)))
	require.NoError(t, err)
	rows, err := x.GetRows("核查发现")
	require.NoError(t, err)
	head := rows[0]
	require.GreaterOrEqual(t, len(head), 15)
	assert.Equal(t, []string{"复核结论", "复核意见", "复核人", "复核时间"}, head[len(head)-4:])
	row := rows[3] // finding 3
	assert.Equal(t, "3", row[0])
	assert.Equal(t, []string{"误报", "经核实台账已更新 <b>", "复核员"}, row[len(head)-4:len(head)-1])
	assert.Equal(t, "未复核", rows[1][len(head)-4])

	doc := get(fileDOCX)
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	require.NoError(t, err)
	var xml string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			raw, _ := io.ReadAll(rc)
			rc.Close()
			xml = string(raw)
		}
	}
	assert.Equal(t, 1, strings.Count(xml, "复核："))
	assert.Contains(t, xml, "经核实台账已更新 &lt;b&gt;")
	// Under finding 3: after its paragraph, before finding 4's.
	i3, i4, ir := strings.Index(xml, `<w:t xml:space="preserve">3. </w:t>`), strings.Index(xml, `<w:t xml:space="preserve">4. </w:t>`), strings.Index(xml, "复核：")
	assert.True(t, i3 >= 0 && i3 < ir && (i4 < 0 || ir < i4), "%d %d %d", i3, ir, i4)

	page := string(get(fileHTML))
	assert.Contains(t, page, "已复核 1 / ")
	assert.Contains(t, page, "经核实台账已更新 &lt;b&gt;")
	assert.NotContains(t, page, `action="/cases/`+id+`/review"`, "the downloaded page has no form")
}

// TestUserLogin: the login page asks for a name and a password; a wrong
// one is refused, five more are slowed (429 with the wait, in Chinese);
// the right one sets an HttpOnly, SameSite=Lax session cookie (Secure
// behind a proxy) that opens the pages; logout ends it.
func TestUserLogin(t *testing.T) {
	for _, proxy := range []bool{false, true} {
		dir := t.TempDir()
		withUsers(t, dir)
		ts := newTestServer(t, Config{DataDir: dir, BehindProxy: proxy})
		resp, b := ts.get(t, "/login?next=/cases")
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Contains(t, string(b), `name="name"`)
		assert.Contains(t, string(b), `name="password"`)
		var csrf string
		for _, c := range resp.Cookies() {
			if c.Name == csrfCookie {
				csrf = c.Value
			}
		}
		require.NotEmpty(t, csrf)
		post := func(path string, form url.Values, cookies ...string) (*http.Response, []byte) {
			form.Set("csrf", csrf)
			hdr := []string{"Cookie", strings.Join(append([]string{csrfCookie + "=" + csrf}, cookies...), "; "), "X-Forwarded-For", "203.0.113.7"}
			return ts.do(t, http.MethodPost, path, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded", hdr...)
		}
		login := func(pass string) (*http.Response, []byte) {
			return post("/login", url.Values{"name": {"复核员"}, "password": {pass}, "next": {"/cases"}})
		}
		resp, b = login("wrong-pass")
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
		assert.Contains(t, string(b), "用户名或密码错误")
		for i := 0; i < 5; i++ {
			login("wrong-pass")
		}
		resp, b = login("fuhe-mima-1")
		assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode, "slowed, even with the right password")
		assert.Contains(t, string(b), "登录失败次数过多，请 1 秒后再试")
		assert.Equal(t, "1", resp.Header.Get("Retry-After"))

		// Once the wait is over, the right password.
		time.Sleep(1100 * time.Millisecond)
		resp, _ = login("fuhe-mima-1")
		require.Equal(t, http.StatusSeeOther, resp.StatusCode)
		assert.Equal(t, "/cases", resp.Header.Get("Location"))
		var sess *http.Cookie
		for _, c := range resp.Cookies() {
			if c.Name == userCookie {
				sess = c
			}
		}
		require.NotNil(t, sess)
		assert.True(t, sess.HttpOnly)
		assert.Equal(t, http.SameSiteLaxMode, sess.SameSite)
		assert.Equal(t, proxy, sess.Secure)
		assert.Len(t, sess.Value, 64)
		resp, b = ts.get(t, "/cases", "Cookie", userCookie+"="+sess.Value)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Contains(t, string(b), "复核员（复核）")
		assert.NotContains(t, string(b), `href="/audit"`, "the audit log is an admin's")

		resp, _ = post("/logout", url.Values{}, userCookie+"="+sess.Value)
		require.Equal(t, http.StatusSeeOther, resp.StatusCode)
		resp, _ = ts.get(t, "/cases", "Cookie", userCookie+"="+sess.Value)
		assert.Equal(t, http.StatusSeeOther, resp.StatusCode, "logged out")

		es, _, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{})
		require.NoError(t, err)
		var acts []string
		for _, e := range es {
			acts = append(acts, e.Action)
		}
		assert.Equal(t, []string{"login-failed", "login-failed", "login-failed", "login-failed", "login-failed", "login-failed", "login", "logout"}, acts)
		if proxy {
			assert.Equal(t, "来自 203.0.113.7", es[0].Detail)
		} else {
			assert.Equal(t, "来自 127.0.0.1", es[0].Detail)
		}
	}
}

// TestReviewNeedsAccounts: without users serve is as before, and a
// review (no named user) is refused; uploads are recorded anyway.
func TestReviewNeedsAccounts(t *testing.T) {
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	body := `{"finding": "x", "verdict": "confirmed"}`
	resp, b = ts.do(t, http.MethodPost, "/api/cases/"+id+"/reviews", strings.NewReader(body), "application/json")
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	assert.Contains(t, string(b), "复核须由具名用户进行")
	resp, _ = ts.get(t, "/login")
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode, "no login page without users or token")
	es, _, err := audit.Read(filepath.Join(ts.dir, fileAudit), audit.Filter{})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, audit.Entry{Time: es[0].Time, User: localUser, Action: audit.ActionUpload, Case: id, Detail: es[0].Detail}, es[0])
}

// TestRequiredRole: the role each kind of route needs.
func TestRequiredRole(t *testing.T) {
	for _, tc := range []struct {
		method, path string
		want         account.Role
	}{
		{http.MethodGet, "/cases", account.Viewer},
		{http.MethodGet, "/cases/abc/manage", account.Viewer},
		{http.MethodGet, "/audit", account.Admin},
		{http.MethodPost, "/cases", account.Reviewer},
		{http.MethodPost, "/api/cases", account.Reviewer},
		{http.MethodPost, "/rounds", account.Reviewer},
		{http.MethodPost, "/api/rounds", account.Reviewer},
		{http.MethodPost, "/cases/abc/files", account.Reviewer},
		{http.MethodPost, "/cases/abc/rename", account.Admin},
		{http.MethodPost, "/cases/abc/delete", account.Admin},
		{http.MethodDelete, "/api/cases/abc", account.Admin},
		{http.MethodPost, "/logout", account.Viewer},
	} {
		r := httptest.NewRequest(tc.method, tc.path, nil)
		assert.Equal(t, tc.want, requiredRole(r), "%s %s", tc.method, tc.path)
	}
}
