package serve

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seedCase = "01-dongchuan-nonglin"

// hasFinding reports whether a holds a finding of the rule with those claimed
// and observed figures.
func hasFinding(a uploadAnswer, rule string, claimed, observed float64) bool {
	for _, f := range a.Findings {
		if f.Rule == rule && f.Claimed == claimed && f.Observed == observed {
			return true
		}
	}
	return false
}

func TestAPIUploadGetSearchDownload(t *testing.T) {
	ts := newTestServer(t, Config{})

	resp, b := ts.get(t, "/healthz")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.JSONEq(t, `{"status":"ok"}`, string(b))

	resp, b = ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "测试单位甲"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	a := decode[uploadAnswer](t, b)
	require.True(t, validID(a.ID), a.ID)
	assert.Equal(t, "/api/cases/"+a.ID, resp.Header.Get("Location"))
	assert.Equal(t, "paper-rectification-suspected", a.Verdict)
	assert.True(t, hasFinding(a, "claim.meetings", 13, 3), "claim.meetings 13 vs 3 in %s", b)
	assert.True(t, hasFinding(a, "claim.problems-done", 11, 5), string(b))

	// The list.
	resp, b = ts.get(t, "/api/cases")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	list := decode[struct {
		Total int        `json:"total"`
		Cases []caseJSON `json:"cases"`
	}](t, b)
	require.Equal(t, 1, list.Total)
	assert.Equal(t, a.ID, list.Cases[0].ID)
	assert.Equal(t, StatusDone, list.Cases[0].Status)
	assert.Equal(t, "测试单位甲", list.Cases[0].Unit)
	assert.Equal(t, "paper-rectification-suspected", list.Cases[0].Verdict)
	assert.Equal(t, 8, list.Cases[0].Summary.High)

	// One case: check's JSON with the id.
	resp, b = ts.get(t, "/api/cases/"+a.ID)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	one := decode[map[string]any](t, b)
	assert.Equal(t, a.ID, one["id"])
	assert.Equal(t, "done", one["status"])
	assert.Equal(t, "paper-rectification-suspected", one["verdict"])
	for _, k := range []string{"case", "claims", "findings", "summary", "not_run", "files"} {
		assert.Contains(t, one, k)
	}
	cs := one["case"].(map[string]any)
	assert.Equal(t, "测试单位甲", cs["unit"])
	assert.Equal(t, "report.pdf", cs["report"])
	assert.Equal(t, "2016-12-20", cs["feedback_date"], "case.json's fields are kept")

	resp, b = ts.get(t, "/api/cases/20990101T000000-000000000000")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, decode[map[string]string](t, b)["error"], "没有这个案卷")
	resp, _ = ts.get(t, "/api/cases/..%2F..%2Fetc")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)

	// Downloads.
	for _, d := range []struct{ file, ctype, starts string }{
		{"result.json", "application/json", "{"},
		{"result.html", "text/html", "<!DOCTYPE html>"},
		{"result.xlsx", "spreadsheetml", "PK"},
		{"result.docx", "wordprocessingml", "PK"},
	} {
		resp, b = ts.get(t, "/cases/"+a.ID+"/"+d.file)
		require.Equal(t, http.StatusOK, resp.StatusCode, d.file)
		assert.Contains(t, resp.Header.Get("Content-Type"), d.ctype)
		disp, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
		require.NoError(t, err, resp.Header.Get("Content-Disposition"))
		assert.Equal(t, "attachment", disp)
		// The UTF-8 name (filename*, which ParseMediaType prefers):
		// 单位_核查意见_日期; the ASCII one for old clients.
		assert.Regexp(t, `^.+_核查(意见|报告|结果)_20\d{6}\.`+strings.TrimPrefix(path.Ext(d.file), ".")+`$`, params["filename"])
		assert.Contains(t, resp.Header.Get("Content-Disposition"), `filename="zhenggai-`+a.ID+path.Ext(d.file)+`"`)
		assert.True(t, bytes.HasPrefix(b, []byte(d.starts)), d.file)
	}
	// A case checked before the Word file was kept gets one made from its
	// result.
	require.NoError(t, os.Remove(filepath.Join(ts.dir, "cases", a.ID, "result.docx")))
	resp, b = ts.get(t, "/cases/"+a.ID+"/result.docx")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.True(t, bytes.HasPrefix(b, []byte("PK")))
	resp, _ = ts.get(t, "/cases/"+a.ID+"/manifest.json")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)

	// Search: the report and minutes are indexed under the case.
	resp, b = ts.get(t, "/api/search?q="+url.QueryEscape("整改工作会议")+"&kind=report")
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	sr := decode[struct {
		Total int `json:"total"`
		Hits  []struct {
			File, Kind, Unit string
			Fragments        []string
		} `json:"hits"`
		Facets map[string][]struct {
			Term  string
			Count int
		} `json:"facets"`
	}](t, b)
	require.Equal(t, 1, sr.Total, string(b))
	assert.Equal(t, a.ID+"/report.pdf", sr.Hits[0].File)
	assert.Equal(t, "report", sr.Hits[0].Kind)
	assert.Equal(t, "测试单位甲", sr.Hits[0].Unit)
	require.NotEmpty(t, sr.Hits[0].Fragments)
	assert.Contains(t, sr.Hits[0].Fragments[0], "<mark>")
	resp, b = ts.get(t, "/api/search?q="+url.QueryEscape("会议纪要")+"&kind=minutes&unit="+url.QueryEscape("测试单位甲"))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	assert.Regexp(t, `"total": [1-9]`, string(b))
	resp, b = ts.get(t, "/api/search?q=x&unit="+url.QueryEscape("别的单位"))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), `"total": 0`)
	assert.Contains(t, string(b), `"hits": []`)
	for _, bad := range []string{"from=2020-13-01", "to=yesterday", "kind=poem", "limit=0", "limit=x", "q=" + url.QueryEscape(`"unclosed`)} {
		resp, b = ts.get(t, "/api/search?"+bad)
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, bad)
		msg := decode[map[string]string](t, b)["error"]
		assert.NotEmpty(t, msg, bad)
		assert.LessOrEqual(t, strings.Count(msg, "query "), 1, "one prefix: %s", msg)
	}

	resp, b = ts.get(t, "/api/nothing")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, string(b), `"error"`)
	resp, _ = ts.do(t, http.MethodDelete, "/api/cases", nil, "")
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestAPIUploadZip(t *testing.T) {
	ts := newTestServer(t, Config{})
	// A zip of the case folder, with the folder itself at the top, as
	// "compress folder" makes it.
	z := zipOf(t, seedCase+"/", caseFiles(t, seedCase))
	resp, b := ts.upload(t, []file{{"case.zip", z}}, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	a := decode[uploadAnswer](t, b)
	assert.True(t, hasFinding(a, "claim.meetings", 13, 3), string(b))
	c, ok := ts.store.get(a.ID)
	require.True(t, ok)
	var names []string
	for _, f := range c.Files {
		names = append(names, f.Name)
	}
	assert.Contains(t, names, "minutes/2017-01-16.pdf")
	assert.Contains(t, names, "report.pdf")
}

// TestAPIUploadZipWithStrayFiles: a zip of a case folder as people keep
// them (with the sample corpus's expected.json, notes) is checked; what is
// not a document is left out and listed, not stored.
func TestAPIUploadZipWithStrayFiles(t *testing.T) {
	ts := newTestServer(t, Config{})
	files := append(caseFiles(t, seedCase), file{"expected.json", []byte(`{"findings": []}`)}, file{"notes/run.sh", []byte("#!/bin/sh\n")})
	resp, b := ts.upload(t, []file{{"case.zip", zipOf(t, "", files)}}, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	a := decode[uploadAnswer](t, b)
	assert.ElementsMatch(t, []string{"expected.json", "notes/run.sh"}, a.Ignored)
	c, ok := ts.store.get(a.ID)
	require.True(t, ok)
	for _, f := range c.Files {
		assert.NotEqual(t, "expected.json", f.Name)
	}
	// Sent as plain files, a non-document is still refused.
	resp, b = ts.upload(t, []file{{"expected.json", []byte(`{}`)}}, nil)
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode, string(b))
}

// zipBomb is a zip of n bytes of zeros (a few KB packed).
func zipBomb(t testing.TB, name string, n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	require.NoError(t, err)
	zero := make([]byte, 1<<20)
	for i := 0; i < n>>20; i++ {
		_, err := w.Write(zero)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestBadUploads(t *testing.T) {
	ts := newTestServer(t, Config{MaxUploadBytes: 2 << 20, MaxFiles: 20, MaxUnpackedBytes: 8 << 20})
	good := caseFiles(t, "03-tongling-shichangjianguan")
	var report []byte
	for _, f := range good {
		if f.name == "report.txt" {
			report = f.data
		}
	}
	docx := caseFiles(t, seedCase)
	var minutesDocx []byte
	for _, f := range docx {
		if f.name == "minutes/2016-12-23.docx" {
			minutesDocx = f.data
		}
	}
	require.NotNil(t, report)
	require.NotNil(t, minutesDocx)

	// A DOCX whose document.xml unpacks to 16 MB.
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0"?><Types/>`))
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body>`))
	w.Write(bytes.Repeat([]byte(" "), 16<<20))
	zw.Close()

	// A DOCX of more parts than parse opens.
	parts := []file{{"[Content_Types].xml", []byte(`<?xml version="1.0"?><Types/>`)}, {"word/document.xml", []byte("<w:document/>")}}
	for i := 0; len(parts) <= 20001; i++ {
		parts = append(parts, file{strconv.Itoa(i), nil})
	}

	many := []file{{"report.txt", report}}
	for i := 0; i < 21; i++ {
		many = append(many, file{fmt.Sprintf("minutes/%02d.txt", i), []byte("会议纪要")})
	}

	cases := []struct {
		name   string
		files  []file
		fields map[string]string
		status int
		msg    string
	}{
		{"oversized", []file{{"report.txt", report}, {"evidence/big.txt", bytes.Repeat([]byte("整改"), 1<<20)}}, nil, 413, "超过 2 MB"},
		{"too many files", many, nil, 413, "超过 20 个"},
		{"zip bomb", []file{{"case.zip", zipBomb(t, "report.txt", 32<<20)}}, nil, 413, "解压后超过 8 MB"},
		{"docx bomb", []file{{"report.txt", report}, {"minutes/a.docx", bomb.Bytes()}}, nil, 413, "minutes/a.docx 解压后超过 8 MB"},
		{"dot-dot name", []file{{"../../x", report}}, nil, 400, `含有 ".."`},
		{"dot-dot inside", []file{{"report.txt", report}, {"minutes/../../../etc/passwd.txt", report}}, nil, 400, `含有 ".."`},
		{"dot-dot in zip", []file{{"case.zip", zipOf(t, "", []file{{"report.txt", report}, {"../evil.txt", report}})}}, nil, 400, `含有 ".."`},
		{"absolute", []file{{"/etc/report.txt", report}}, nil, 400, "绝对路径"},
		{"反斜杠", []file{{`..\..\report.txt`, report}}, nil, 400, "反斜杠"},
		{"盘符", []file{{`C:report.txt`, report}}, nil, 400, "盘符"},
		{"NUL in header", []file{{"report.txt\x00.pdf", report}}, nil, 400, "malformed"},
		{"NUL in zip", []file{{"case.zip", zipOf(t, "", []file{{"report.txt\x00", report}})}}, nil, 400, "控制字符"},
		{"空的路径段", []file{{"minutes//a.txt", report}}, nil, 400, "空的路径段"},
		{"twice", []file{{"report.txt", report}, {"report.txt", report}}, nil, 400, "重复上传"},
		{"text named jpg", []file{{"report.txt", report}, {"photo.jpg", []byte("会议纪要")}}, nil, 415, "photo.jpg：扩展名与内容不符：实为纯文本"},
		{"fake image in evidence", []file{{"report.txt", report}, {"evidence/photo.png", []byte("MZ\x90")}}, nil, 415, "不是有效的 PNG 图片"},
		{"only clutter", []file{{".DS_Store", []byte("x")}, {"__MACOSX/._report.txt", []byte("x")}}, nil, 400, "隐藏文件"},
		{"executable", []file{{"report.txt", report}, {"setup.exe", []byte("MZ\x90\x00")}}, nil, 415, "setup.exe：不是案卷的文件"},
		{"image named pdf", []file{{"report.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00")}}, nil, 415, "实为图片"},
		{"legacy doc", []file{{"report.txt", report}, {"minutes/a.docx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest")}}, nil, 415, "旧版 Office 文件"},
		{"empty file", []file{{"report.txt", nil}}, nil, 422, "文件为空"},
		{"zip and files", []file{{"report.txt", report}, {"more.zip", zipOf(t, "", good)}}, nil, 400, "只上传一个"},
		{"not a zip", []file{{"case.zip", []byte("PK\x03\x04garbage")}}, nil, 422, "不是可读取的 .zip 压缩包"},
		{"no files", nil, map[string]string{"unit": "x"}, 400, "没有上传文件"},
		{"no report", []file{{"minutes/2020-06-10.txt", []byte("会议纪要\n2020年6月10日召开整改工作会议。")}}, nil, 422, "没有找到整改报告"},
		{"bad date", good, map[string]string{"feedback_date": "2020-02-30"}, 400, "feedback_date"},
		{"unknown field", good, map[string]string{"colour": "red"}, 400, `未知的表单字段 "colour"`},
		{"bad case.json", []file{{"report.txt", report}, {"case.json", []byte("{unit:")}}, nil, 400, "case.json"},
		{"unreadable report", []file{{"report.pdf", []byte("%PDF-1.4\n garbage")}}, nil, 422, "report.pdf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, b := ts.upload(t, c.files, c.fields)
			assert.Equal(t, c.status, resp.StatusCode, string(b))
			assert.Contains(t, resp.Header.Get("Content-Type"), "application/json")
			msg := decode[map[string]string](t, b)["error"]
			assert.Contains(t, msg, c.msg)
			assert.Empty(t, stored(t, ts.dir), "nothing stored")
		})
	}

	// More parts than parse opens (its zip limit, which refuses the file
	// before reading it) is too large too: 413, not 415. It needs a larger
	// upload than the server above takes.
	big := newTestServer(t, Config{MaxUploadBytes: 8 << 20})
	resp, b := big.upload(t, []file{{"report.txt", report}, {"minutes/a.docx", zipOf(t, "", parts)}}, nil)
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, string(b))
	assert.Contains(t, decode[map[string]string](t, b)["error"], "minutes/a.docx")

	t.Run("not multipart", func(t *testing.T) {
		resp, b := ts.do(t, http.MethodPost, "/api/cases", strings.NewReader(`{"files":[]}`), "application/json")
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
		assert.Contains(t, string(b), "multipart")
	})
	t.Run("csrf field", func(t *testing.T) {
		resp, b := ts.upload(t, good, map[string]string{"csrf": "x"})
		// csrf is a known field (the pages send it); an API client may send it.
		assert.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	})
	// The good case still goes in after all that, with a photo as evidence
	// and a folder's clutter left out.
	withExtras := append(append([]file{}, good...), file{"evidence/photo.jpg", []byte("\xff\xd8\xff\xe0 jpeg")},
		file{".DS_Store", []byte("x")}, file{"minutes/~$2020-06-10.docx", []byte("lock")})
	resp, b = ts.upload(t, withExtras, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	c, ok := ts.store.get(decode[uploadAnswer](t, b).ID)
	require.True(t, ok)
	var names []string
	for _, f := range c.Files {
		names = append(names, f.Name)
	}
	assert.Contains(t, names, "evidence/photo.jpg")
	assert.NotContains(t, names, ".DS_Store")
	assert.NotContains(t, names, "minutes/~$2020-06-10.docx")
}

func TestCheckName(t *testing.T) {
	for _, ok := range []string{"report.pdf", "minutes/2017-06-05.docx", "案卷/报告.docx", "a b.txt", ".hidden"} {
		assert.NoError(t, checkName(ok), ok)
	}
	for _, bad := range []string{"", "../x", "a/../b", "./a", "/abs", `a\b`, "C:x", "a\x00b", "a\nb", "a//b", "a/", strings.Repeat("a", 256), "a/b/c/d/e/f/g", "\xff.txt"} {
		assert.Error(t, checkName(bad), "%q", bad)
	}
	dir := t.TempDir()
	_, err := joinInside(dir, "../x")
	assert.Error(t, err)
	p, err := joinInside(dir, "minutes/a.txt")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "minutes", "a.txt"), p)
}

func TestToken(t *testing.T) {
	const token = "s3cret-token"
	ts := newTestServer(t, Config{Token: token})
	files := caseFiles(t, "03-tongling-shichangjianguan")

	resp, _ := ts.get(t, "/healthz")
	assert.Equal(t, http.StatusOK, resp.StatusCode, "healthz needs no token")
	resp, _ = ts.get(t, "/static/style.css")
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	for _, hdr := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "Basic " + token}, {"Authorization", "Bearer " + token + "x"}} {
		for _, path := range []string{"/api/cases", "/api/search?q=x", "/api/cases/20990101T000000-000000000000"} {
			resp, b := ts.get(t, path, hdr...)
			assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "%s %v", path, hdr)
			assert.Contains(t, decode[map[string]string](t, b)["error"], "访问令牌")
			assert.Contains(t, resp.Header.Get("WWW-Authenticate"), "Bearer")
		}
		resp, _ := ts.upload(t, files, nil, hdr...)
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
		assert.Empty(t, stored(t, ts.dir))
	}
	// Pages send the browser to the login form.
	resp, _ = ts.get(t, "/cases")
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/login?next=%2Fcases", resp.Header.Get("Location"))

	resp, b := ts.upload(t, files, nil, "Authorization", "Bearer "+token)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	resp, _ = ts.get(t, "/api/cases", "Authorization", "Bearer "+token)
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// Login: the form's token, then the cookie opens the pages.
	resp, b = ts.get(t, "/login?next=/cases")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	csrf := cookie(resp, csrfCookie)
	require.NotEmpty(t, csrf)
	assert.Contains(t, string(b), `value="`+csrf+`"`)
	login := func(form url.Values, cookies string) *http.Response {
		resp, _ := ts.do(t, http.MethodPost, "/login", strings.NewReader(form.Encode()), "application/x-www-form-urlencoded", "Cookie", cookies)
		return resp
	}
	resp = login(url.Values{"token": {token}, "next": {"/cases"}}, csrfCookie+"="+csrf)
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "no form token")
	resp = login(url.Values{"token": {"wrong"}, "csrf": {csrf}}, csrfCookie+"="+csrf)
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	assert.Empty(t, cookie(resp, sessionCookie))
	resp = login(url.Values{"token": {token}, "csrf": {csrf}, "next": {"//evil.example/"}}, csrfCookie+"="+csrf)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/", resp.Header.Get("Location"), "no open redirect")
	session := cookie(resp, sessionCookie)
	require.NotEmpty(t, session)
	assert.NotContains(t, session, token, "the cookie is not the token")
	var sc *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == sessionCookie {
			sc = c
		}
	}
	assert.True(t, sc.HttpOnly)
	assert.Equal(t, http.SameSiteStrictMode, sc.SameSite)
	resp, b = ts.get(t, "/cases", "Cookie", sessionCookie+"="+session)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), "中共桐岭市市场监督管理局党组")
	resp, _ = ts.get(t, "/cases", "Cookie", sessionCookie+"=forged")
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode)
}

func cookie(resp *http.Response, name string) string {
	for _, c := range resp.Cookies() {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([0-9a-f]{64})"`)

// pageUpload gets the upload page for its form token and posts files with
// it, as a browser would; it returns the answer.
func (ts *testServer) pageUpload(t testing.TB, files []file, fields map[string]string) (*http.Response, []byte) {
	t.Helper()
	resp, b := ts.get(t, "/")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	m := csrfRE.FindSubmatch(b)
	require.NotNil(t, m)
	csrf := string(m[1])
	require.Equal(t, csrf, cookie(resp, csrfCookie))
	if fields == nil {
		fields = map[string]string{}
	}
	fields["csrf"] = csrf
	body, ctype := multipartBody(t, files, fields)
	return ts.do(t, http.MethodPost, "/cases", body, ctype, "Cookie", csrfCookie+"="+csrf, "Origin", ts.ts.URL, "Sec-Fetch-Site", "same-origin")
}

// waitDone polls a case's page until its check is over.
func (ts *testServer) waitDone(t testing.TB, id string) []byte {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, b := ts.get(t, "/cases/"+id)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		if !bytes.Contains(b, []byte(`http-equiv="refresh"`)) {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("case %s not checked in time", id)
	return nil
}

func TestPages(t *testing.T) {
	ts := newTestServer(t, Config{})
	resp, b := ts.get(t, "/")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), `enctype="multipart/form-data"`)
	assert.Contains(t, string(b), `<script src="/static/upload.js">`)
	assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))

	resp, b = ts.pageUpload(t, caseFiles(t, seedCase), map[string]string{"unit": `<script>alert("unit")</script>`, "round": "第一轮"})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	loc := resp.Header.Get("Location")
	require.True(t, strings.HasPrefix(loc, "/cases/"), loc)
	id := strings.TrimPrefix(loc, "/cases/")
	require.True(t, validID(id))

	// While it is checked the page refreshes; then it is the report.
	page := string(ts.waitDone(t, id))
	assert.Contains(t, page, "claim.meetings")
	assert.Contains(t, page, "疑似纸面整改")
	assert.Contains(t, page, `href="/cases/`+id+`/result.xlsx"`)
	assert.Contains(t, page, `class="zg-bar"`)
	assert.NotContains(t, page, `<script>alert("unit")`)
	assert.Contains(t, page, `&lt;script&gt;`)

	resp, b = ts.get(t, "/cases")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), id)
	assert.Contains(t, string(b), "疑似纸面整改")
	assert.NotContains(t, string(b), `<script>alert`)
	assert.Contains(t, string(b), `&lt;script&gt;alert(&#34;unit&#34;)&lt;/script&gt;`)

	resp, b = ts.get(t, "/search?q="+url.QueryEscape("整改工作会议")+"&kind=report")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), "<mark>")
	assert.Contains(t, string(b), `href="/cases/`+id+`"`)
	assert.Contains(t, string(b), "report.pdf")
	assert.Contains(t, string(b), "<h4>年份</h4>")
	for _, q := range []string{`<script>x</script>`, `"<img src=x>`} {
		_, b = ts.get(t, "/search?q="+url.QueryEscape(q))
		assert.NotContains(t, string(b), "<script>x")
		assert.NotContains(t, string(b), "<img")
	}
	resp, b = ts.get(t, "/search?from=bad")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, string(b), "error-message")

	resp, _ = ts.get(t, "/cases/20990101T000000-000000000000")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	resp, _ = ts.get(t, "/nowhere")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)

	// A page upload whose check fails shows why.
	resp, b = ts.pageUpload(t, []file{{"report.pdf", []byte("%PDF-1.4\n garbage")}}, nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	id2 := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")
	page = string(ts.waitDone(t, id2))
	assert.Contains(t, page, "无法核查")
	assert.Contains(t, page, "report.pdf")
	c, _ := ts.store.get(id2)
	assert.Equal(t, StatusFailed, c.Status)
}

func TestCSRF(t *testing.T) {
	ts := newTestServer(t, Config{})
	files := caseFiles(t, "03-tongling-shichangjianguan")
	resp, _ := ts.get(t, "/")
	csrf := cookie(resp, csrfCookie)
	require.Len(t, csrf, 64)

	post := func(fields map[string]string, hdr ...string) int {
		body, ctype := multipartBody(t, files, fields)
		resp, _ := ts.do(t, http.MethodPost, "/cases", body, ctype, hdr...)
		return resp.StatusCode
	}
	assert.Equal(t, http.StatusForbidden, post(nil), "no cookie, no field")
	assert.Equal(t, http.StatusForbidden, post(nil, "Cookie", csrfCookie+"="+csrf), "no field")
	assert.Equal(t, http.StatusForbidden, post(map[string]string{"csrf": csrf}), "no cookie")
	other := strings.Repeat("a", 64)
	assert.Equal(t, http.StatusForbidden, post(map[string]string{"csrf": other}, "Cookie", csrfCookie+"="+csrf), "mismatch")
	// A cross-site post is refused even with the right token.
	assert.Equal(t, http.StatusForbidden, post(map[string]string{"csrf": csrf}, "Cookie", csrfCookie+"="+csrf, "Sec-Fetch-Site", "cross-site"))
	resp, _ = ts.upload(t, files, nil, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "the API from another site's page")
	assert.Empty(t, stored(t, ts.dir))

	assert.Equal(t, http.StatusSeeOther, post(map[string]string{"csrf": csrf}, "Cookie", csrfCookie+"="+csrf))
}

// TestParallelUploads sends 50 cases at once, each with its own unit: all
// are stored, listed and none is mixed up with another.
func TestParallelUploads(t *testing.T) {
	if testing.Short() {
		t.Skip("50 checks")
	}
	ts := newTestServer(t, Config{Workers: 2})
	files := caseFiles(t, "03-tongling-shichangjianguan")
	const n = 50
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unit := fmt.Sprintf("并发单位-%02d", i)
			resp, b := ts.upload(t, files, map[string]string{"unit": unit, "as_of": fmt.Sprintf("2020-11-%02d", 1+i%28)})
			if assert.Equal(t, http.StatusCreated, resp.StatusCode, string(b)) {
				ids[i] = decode[uploadAnswer](t, b).ID
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for _, id := range ids {
		require.NotEmpty(t, id)
		require.False(t, seen[id], "duplicate id %s", id)
		seen[id] = true
	}
	_, b := ts.get(t, "/api/cases")
	list := decode[struct {
		Total int        `json:"total"`
		Cases []caseJSON `json:"cases"`
	}](t, b)
	require.Equal(t, n, list.Total)
	byID := map[string]caseJSON{}
	for _, c := range list.Cases {
		byID[c.ID] = c
	}
	for i, id := range ids {
		unit := fmt.Sprintf("并发单位-%02d", i)
		assert.Equal(t, unit, byID[id].Unit)
		assert.Equal(t, StatusDone, byID[id].Status)
		_, b := ts.get(t, "/api/cases/"+id)
		one := decode[map[string]any](t, b)
		cs := one["case"].(map[string]any)
		assert.Equal(t, unit, cs["unit"], id)
		assert.Equal(t, fmt.Sprintf("2020-11-%02d", 1+i%28), cs["as_of"], id)
	}
	// Each case's report is indexed under its own unit.
	_, b = ts.get(t, "/api/search?kind=report&limit=1&unit="+url.QueryEscape("并发单位-07"))
	assert.Contains(t, string(b), `"total": 1`)
	assert.Contains(t, string(b), ids[7]+"/report.txt")
}

// TestReopen: after the server is closed and opened again, every case is
// listed; a case stored but not checked is checked; a case folder without a
// manifest (never acknowledged) is dropped.
func TestReopen(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, "03-tongling-shichangjianguan"), map[string]string{"unit": "甲"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	done := decode[uploadAnswer](t, b).ID
	resp, b = ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "乙"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	queued := decode[uploadAnswer](t, b).ID

	// A second server cannot open the same data folder.
	_, err := New(Config{DataDir: dir, Logf: t.Logf})
	assert.ErrorContains(t, err, "正被另一个")

	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))

	// Make one case look unchecked, and leave a half-written case.
	for _, f := range []string{fileResult, fileHTML, fileXLSX} {
		require.NoError(t, os.Remove(filepath.Join(dir, dirCases, queued, f)))
	}
	half := filepath.Join(dir, dirCases, "20200101T000000-abcdefabcdef")
	require.NoError(t, os.MkdirAll(half, 0o750))
	require.NoError(t, os.WriteFile(filepath.Join(half, fileResult), []byte("{"), 0o640))
	require.NoError(t, os.WriteFile(filepath.Join(dir, dirTmp, "leftover"), []byte("x"), 0o640))

	ts2 := newTestServer(t, Config{DataDir: dir})
	assert.NoDirExists(t, half)
	assert.NoFileExists(t, filepath.Join(dir, dirTmp, "leftover"))
	c, ok := ts2.store.get(done)
	require.True(t, ok)
	assert.Equal(t, StatusDone, c.Status)
	ts2.waitDone(t, queued)
	_, b = ts2.get(t, "/api/cases/"+queued)
	one := decode[map[string]any](t, b)
	assert.Equal(t, "done", one["status"])
	assert.Equal(t, "paper-rectification-suspected", one["verdict"])
	assert.Equal(t, "乙", one["case"].(map[string]any)["unit"])
	_, b = ts2.get(t, "/api/cases")
	assert.Contains(t, string(b), `"total": 2`)
}

// TestRebuildsStaleIndex: an index written in another format is rebuilt
// from the stored cases when the server starts.
func TestRebuildsStaleIndex(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "甲"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	ts.waitDone(t, decode[uploadAnswer](t, b).ID)
	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))

	// Mark the index as written by an older version.
	bi, err := bleve.Open(filepath.Join(dir, dirIndex))
	require.NoError(t, err)
	require.NoError(t, bi.SetInternal([]byte("zhenggai.version"), []byte("zhenggai-index/1")))
	require.NoError(t, bi.Close())

	// Indexed again in the background (reindexLoop), not while New runs.
	ts2 := newTestServer(t, Config{DataDir: dir})
	assert.Eventually(t, func() bool {
		_, b = ts2.get(t, "/api/search?q="+url.QueryEscape("整改"))
		return decode[map[string]any](t, b)["total"] != float64(0)
	}, 30*time.Second, 20*time.Millisecond, "the stored case is searchable again: %s", b)
}

// TestShutdownFinishesChecks: Close waits for a running check, whose result
// is then on disk.
func TestShutdownFinishesChecks(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir, Workers: 1})
	s := ts.Server
	defer ts.ts.Close()
	resp, b := ts.pageUpload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	id := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, _ := s.store.get(id)
		if c.Status != StatusQueued || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	require.NoError(t, s.Close(context.Background()))
	c, _ := s.store.get(id)
	assert.Equal(t, StatusDone, c.Status)
	assert.FileExists(t, filepath.Join(dir, dirCases, id, fileResult))
	assert.Empty(t, mustReadDir(t, filepath.Join(dir, dirTmp)), "the check's folder is removed")
}

func mustReadDir(t *testing.T, dir string) []os.DirEntry {
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	return ents
}

func TestCheckAddr(t *testing.T) {
	for _, c := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"127.0.0.2:0", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.10:8080", "", false},
		{"example.com:8080", "", false},
		{"0.0.0.0:8080", "t", true},
		{"nonsense", "t", false},
	} {
		err := CheckAddr(c.addr, c.token)
		if c.ok {
			assert.NoError(t, err, c.addr)
		} else {
			assert.Error(t, err, c.addr)
		}
	}
	err := Run(context.Background(), Config{Addr: "0.0.0.0:0", DataDir: t.TempDir()}, nil)
	assert.ErrorContains(t, err, "ZHENGGAI_TOKEN")
}

func TestSafeFragment(t *testing.T) {
	for in, want := range map[string]string{
		"巡视<mark>整改</mark>情况":                "巡视<mark>整改</mark>情况",
		"a &lt;b&gt; <mark>c</mark>":         "a &lt;b&gt; <mark>c</mark>",
		"<script>x</script><mark>y":          "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>",
		"&lt;script&gt;":                     "&lt;script&gt;",
		"<mark><img src=x onerror=a></mark>": "<mark>&lt;img src=x onerror=a&gt;</mark>",
		"x</mark>y":                          "xy",
		`"quoted" & 'single'`:                "&#34;quoted&#34; &amp; &#39;single&#39;",
	} {
		assert.Equal(t, want, string(safeFragment(in)), in)
	}
}

// TestDataFolderMoves: a data folder moved elsewhere opens with its index
// as it was: each case's files are found once, not indexed again under keys
// made from the new place.
func TestDataFolderMoves(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "a")
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "甲"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	total := func(ts *testServer) any {
		_, b := ts.get(t, "/api/search?q="+url.QueryEscape("整改"))
		return decode[map[string]any](t, b)["total"]
	}
	before := total(ts)
	require.NotZero(t, before)
	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))

	moved := filepath.Join(root, "b")
	require.NoError(t, os.Rename(dir, moved))
	assert.Equal(t, before, total(newTestServer(t, Config{DataDir: moved})))
}
