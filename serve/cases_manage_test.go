package serve

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/audit"
	"github.com/zhenggai/zhenggai/index"
)

// csrfOf gets a page for the browser's form token.
func (ts *testServer) csrfOf(t *testing.T, path string) string {
	t.Helper()
	resp, b := ts.get(t, path)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	m := csrfRE.FindSubmatch(b)
	require.NotNil(t, m, path)
	return string(m[1])
}

// postForm posts a form as the browser does, with the form token.
func (ts *testServer) postForm(t *testing.T, path, csrf string, form url.Values) (*http.Response, []byte) {
	t.Helper()
	form.Set("csrf", csrf)
	return ts.do(t, http.MethodPost, path, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded",
		"Cookie", csrfCookie+"="+csrf, "Origin", ts.ts.URL, "Sec-Fetch-Site", "same-origin")
}

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// caseActions reads the audit log of DIR: its entries other than uploads
// and logins, oldest first.
func caseActions(t *testing.T, dir string) []audit.Entry {
	t.Helper()
	es, bad, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{})
	require.NoError(t, err)
	require.Zero(t, bad)
	var out []audit.Entry
	for _, e := range es {
		switch e.Action {
		case audit.ActionUpload, audit.ActionLogin, audit.ActionLoginFailed, audit.ActionLogout:
		default:
			out = append(out, e)
		}
	}
	return out
}

// TestRenameAndDeleteCase: a case renamed shows its name in the list (and
// keeps it after a restart); deleting needs the confirmation, removes the
// case, its folder, its documents from the index and the files no other
// case uses; both are recorded in audit.jsonl.
func TestRenameAndDeleteCase(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "甲单位"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	other := caseFiles(t, "03-tongling-shichangjianguan")
	resp, b = ts.upload(t, other, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	keep := decode[uploadAnswer](t, b).ID

	csrf := ts.csrfOf(t, "/cases/"+id+"/manage")
	resp, _ = ts.postForm(t, "/cases/"+id+"/rename", csrf, url.Values{"name": {"二〇二六年第一批·甲"}})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	_, b = ts.get(t, "/cases")
	assert.Contains(t, string(b), ">二〇二六年第一批·甲</a>")
	assert.Contains(t, string(b), "甲单位", "the unit under the name")
	resp, _ = ts.postForm(t, "/cases/"+id+"/rename", csrf, url.Values{"name": {strings.Repeat("名", 201)}})
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	resp, _ = ts.do(t, http.MethodPost, "/cases/"+id+"/rename", strings.NewReader("name=x"), "application/x-www-form-urlencoded")
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "no form token")

	// After a restart the name is there.
	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))
	ts = openTestServer(t, Config{DataDir: dir})
	defer func() { ts.ts.Close(); ts.Close(context.Background()) }()
	c, ok := ts.store.get(id)
	require.True(t, ok)
	assert.Equal(t, "二〇二六年第一批·甲", c.Name)

	csrf = ts.csrfOf(t, "/cases/"+id+"/manage")
	resp, b = ts.postForm(t, "/cases/"+id+"/delete", csrf, url.Values{})
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, string(b), "确认删除")
	_, ok = ts.store.get(id)
	require.True(t, ok, "not deleted without the confirmation")

	resp, _ = ts.postForm(t, "/cases/"+id+"/delete", csrf, url.Values{"confirm": {"yes"}})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/cases", resp.Header.Get("Location"))
	_, ok = ts.store.get(id)
	assert.False(t, ok)
	assert.NoDirExists(t, ts.store.caseDir(id))
	resp, _ = ts.get(t, "/cases/"+id)
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	for _, f := range c.Files {
		assert.NoFileExists(t, ts.store.blobPath(f.SHA256), f.Name)
	}
	res, err := ts.index.Search(context.Background(), index.Request{Query: "*", Limit: 100})
	require.NoError(t, err)
	for _, h := range res.Hits {
		assert.NotContains(t, h.File, id, "its documents left the index")
		assert.Contains(t, h.File, keep)
	}
	kc, ok := ts.store.get(keep)
	require.True(t, ok)
	for _, f := range kc.Files {
		assert.FileExists(t, ts.store.blobPath(f.SHA256), "the other case's files stay")
	}

	lines := caseActions(t, dir)
	require.Len(t, lines, 2)
	assert.Equal(t, []string{audit.ActionRename, audit.ActionDelete}, []string{lines[0].Action, lines[1].Action})
	assert.Equal(t, id, lines[1].Case)
	assert.Contains(t, lines[1].Detail, "二〇二六年第一批·甲")
	assert.Equal(t, localUser, lines[1].User, "who: no accounts, so the local user")
}

// TestAddFilesRecheck: files added to a checked case (补充材料) are stored
// with it and the case is checked again with them; a file of the same
// name replaces the stored one; the same files again change nothing.
func TestAddFilesRecheck(t *testing.T) {
	ts := newTestServer(t, Config{})
	all := caseFiles(t, seedCase)
	var without []file
	var minutes []file
	for _, f := range all {
		if strings.HasPrefix(f.name, "minutes/") {
			minutes = append(minutes, f)
		} else {
			without = append(without, f)
		}
	}
	require.NotEmpty(t, minutes)
	resp, b := ts.upload(t, without, map[string]string{"as_of": "2017-06-30"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	before, _ := ts.store.get(id)

	csrf := ts.csrfOf(t, "/cases/"+id+"/manage")
	post := func(files []file) (*http.Response, []byte) {
		body, ctype := multipartBody(t, files, map[string]string{"csrf": csrf})
		return ts.do(t, http.MethodPost, "/cases/"+id+"/files", body, ctype, "Cookie", csrfCookie+"="+csrf, "Origin", ts.ts.URL, "Sec-Fetch-Site", "same-origin")
	}
	resp, b = post(minutes)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	assert.Equal(t, "/cases/"+id, resp.Header.Get("Location"))
	ts.waitDone(t, id)
	after, _ := ts.store.get(id)
	require.Equal(t, StatusDone, after.Status, after.Error)
	assert.Len(t, after.Files, len(before.Files)+len(minutes))
	assert.Len(t, after.Case.Minutes, len(minutes), "the check read the minutes added")
	assert.Equal(t, "2017-06-30", after.Info.AsOf, "the case's info is kept")
	assert.Equal(t, before.Created, after.Created)

	// The same files again: nothing to check.
	resp, b = post(minutes[:1])
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, string(b), "完全相同")

	// A file of the same name replaces the stored one.
	var docx []file
	for _, m := range minutes {
		if filepath.Ext(m.name) == filepath.Ext(minutes[0].name) {
			docx = append(docx, m)
		}
	}
	require.Greater(t, len(docx), 1)
	resp, b = post([]file{{docx[0].name, docx[1].data}})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	ts.waitDone(t, id)
	again, _ := ts.store.get(id)
	assert.Len(t, again.Files, len(after.Files))
	for _, f := range again.Files {
		if f.Name == docx[0].name {
			assert.Equal(t, sha(docx[1].data), f.SHA256, "replaced")
		}
	}
	lines := caseActions(t, ts.dir)
	require.Len(t, lines, 2)
	assert.Equal(t, audit.ActionRecheck, lines[0].Action)
	assert.Contains(t, lines[0].Detail, minutes[0].name)
	requireConsistent(t, ts)
}

// TestDuplicateUpload: an upload of the same documents as a stored case is
// not stored again; the page says so in Chinese and links the case; sent
// again with duplicate=confirm it is stored.
func TestDuplicateUpload(t *testing.T) {
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID

	// Different info, same documents: a duplicate.
	resp, b = ts.pageUpload(t, caseFiles(t, seedCase), map[string]string{"unit": "乙单位"})
	assert.Equal(t, http.StatusConflict, resp.StatusCode)
	assert.Contains(t, string(b), "完全相同，未重复保存")
	assert.Contains(t, string(b), `href="/cases/`+id+`"`)
	assert.Len(t, ts.store.list(), 1)

	resp, b = ts.pageUpload(t, caseFiles(t, seedCase), map[string]string{"duplicate": "confirm"})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	assert.Len(t, ts.store.list(), 2)

	// Other documents are no duplicate.
	resp, b = ts.pageUpload(t, caseFiles(t, "03-tongling-shichangjianguan"), nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
}

// TestListUnitFromReport: a case uploaded without case.json is listed
// under the unit its report's title names, and its report date, each
// marked as read from the report; its as-of date is the report's.
func TestListUnitFromReport(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	var files []file
	for _, f := range caseFiles(t, seedCase) {
		if f.name != "case.json" {
			files = append(files, f)
		}
	}
	resp, b := ts.upload(t, files, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	for _, restarted := range []bool{false, true} {
		if restarted { // the marks are read back from the stored result
			ts.ts.Close()
			require.NoError(t, ts.Close(context.Background()))
			ts = openTestServer(t, Config{DataDir: dir})
		}
		_, b = ts.get(t, "/cases")
		page := string(b)
		assert.Contains(t, page, ">中共东川省农林厅党组</a>", restarted)
		assert.Contains(t, page, "单位据报告标题", restarted)
		assert.Contains(t, page, "2017-02-20<div class=\"muted small\">据报告正文</div>", restarted)
		_, b = ts.get(t, "/cases/"+id)
		assert.Contains(t, string(b), "2017-02-20（据报告日期推定）", restarted)
	}
	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))
}
