package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/verify"
)

// withHost sends a request with the given Host header.
func (ts *testServer) withHost(t *testing.T, method, path, host string, body io.Reader, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, ts.ts.URL+path, body)
	require.NoError(t, err)
	req.Host = host
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

// TestHostWithoutToken: without a token, only loopback host names are
// served (DNS rebinding: a page of attacker.example whose name resolves to
// 127.0.0.1 read /api/cases and uploaded).
func TestHostWithoutToken(t *testing.T) {
	ts := newTestServer(t, Config{})
	_, port, _ := net.SplitHostPort(ts.ts.Listener.Addr().String())
	tests := []struct {
		host string
		ok   bool
	}{
		{"attacker.example", false},
		{"attacker.example:" + port, false},
		{"localhost.attacker.example", false},
		{"127.0.0.1.nip.io:" + port, false},
		{"127.1", false},
		{"0.0.0.0:" + port, false},
		{"192.168.1.10:" + port, false},
		{"localhost:" + port + "x", false},
		{"localhost", true},
		{"LOCALHOST:" + port, true},
		{"127.0.0.1:" + port, true},
		{"127.0.0.2", true},
		{"[::1]:" + port, true},
		{"[::1]", true},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			for _, path := range []string{"/api/cases", "/cases", "/api/search?q=整改"} {
				resp, b := ts.withHost(t, http.MethodGet, path, tt.host, nil)
				if tt.ok {
					assert.Equal(t, http.StatusOK, resp.StatusCode, "%s %s", path, b)
					continue
				}
				assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode, "%s %s", path, b)
				assert.Contains(t, b, "拒绝访问")
			}
		})
	}
	// An upload from the rebound page: same Host and Origin.
	body, ctype := multipartBody(t, caseFiles(t, "03-tongling-shichangjianguan"), nil)
	resp, b := ts.withHost(t, http.MethodPost, "/api/cases", "attacker.example", body,
		"Content-Type", ctype, "Origin", "http://attacker.example", "Sec-Fetch-Site", "same-origin")
	assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode, b)
	assert.Equal(t, "拒绝访问：未设置访问令牌时，只接受以 localhost、127.0.0.1 或 [::1] 访问本服务", decode[map[string]string](t, []byte(b))["error"])
	assert.Empty(t, stored(t, ts.dir))
	resp, _ = ts.withHost(t, http.MethodGet, "/healthz", "attacker.example", nil)
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// With a token, the token is the protection.
	tt := newTestServer(t, Config{Token: "tok"})
	resp, b = tt.withHost(t, http.MethodGet, "/api/cases", "zhenggai.intranet.example", nil, "Authorization", "Bearer tok")
	assert.Equal(t, http.StatusOK, resp.StatusCode, b)
}

// TestSafeNext: the page after login stays on this site, whatever
// characters browsers drop or turn into slashes.
func TestSafeNext(t *testing.T) {
	for _, tt := range []struct{ next, want string }{
		{"/cases", "/cases"},
		{"/search?q=%E6%95%B4%E6%94%B9&kind=report", "/search?q=%E6%95%B4%E6%94%B9&kind=report"},
		{"/cases/20240131T120000-0123456789ab", "/cases/20240131T120000-0123456789ab"},
		{"/\t/evil.example", "/"},
		{"/\n/evil.example", "/"},
		{"/\r\n/evil.example", "/"},
		{"\t//evil.example", "/"},
		{"/\\evil.example", "/"},
		{"/cases\\..\\\\evil.example", "/"},
		{"//evil.example", "/"},
		{"///evil.example", "/"},
		{"https://evil.example/", "/"},
		{"javascript:alert(1)", "/"},
		{"evil.example", "/"},
		{"/ /evil.example", "/"},
		{"/\u2028/evil.example", "/"},
		{"/\x00/evil.example", "/"},
		{"/\xff", "/"},
		{"", "/"},
	} {
		assert.Equal(t, tt.want, safeNext(tt.next), "%q", tt.next)
	}

	// The same through the login form.
	const token = "s3cret-token"
	ts := newTestServer(t, Config{Token: token})
	resp, _ := ts.get(t, "/login")
	csrf := cookie(resp, csrfCookie)
	require.NotEmpty(t, csrf)
	form := url.Values{"token": {token}, "csrf": {csrf}, "next": {"/\t/evil.example"}}
	resp, _ = ts.do(t, http.MethodPost, "/login", strings.NewReader(form.Encode()), "application/x-www-form-urlencoded", "Cookie", csrfCookie+"="+csrf)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/", resp.Header.Get("Location"))
}

// TestUploadPathConflict: a name that is also another's folder is the
// asker's fault (400), in Chinese, without the server's paths; nothing is
// left behind.
func TestUploadPathConflict(t *testing.T) {
	ts := newTestServer(t, Config{})
	files := caseFiles(t, "03-tongling-shichangjianguan")
	var report file
	for _, f := range files {
		if strings.HasPrefix(f.name, "report.") {
			report = f
		}
	}
	require.NotEmpty(t, report.name)
	for _, extra := range []file{
		{report.name + "/x.txt", []byte("整改")},
		{report.name + "/a/b.txt", []byte("整改")},
	} {
		resp, b := ts.upload(t, append(append([]file{}, files...), extra), nil)
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, string(b))
		msg := decode[map[string]string](t, b)["error"]
		assert.Contains(t, msg, "既是文件")
		assert.NotContains(t, msg, ts.dir)
		assert.NotContains(t, msg, "/tmp")
		zipped := zipOf(t, "case/", append(append([]file{}, files...), extra))
		resp, b = ts.upload(t, []file{{"case.zip", zipped}}, nil)
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, string(b))
	}
	assert.Empty(t, stored(t, ts.dir))
}

// TestErrorsAreOneLine: an error's text, which may quote what a file held,
// reaches the user as one line of valid UTF-8 of bounded length, in JSON
// and on pages; a 500's text (server paths) stays in the log.
func TestErrorsAreOneLine(t *testing.T) {
	ts := newTestServer(t, Config{})
	raw := "malformed PDF:\n%PDF-1.4\r\n1 0 obj \xff\xfe\x00<< /Type /Page >>\x1b[2J\n" + strings.Repeat("stream\n", 500)
	for _, path := range []string{"/api/cases", "/cases"} {
		for _, err := range []error{errorf(http.StatusUnprocessableEntity, "%s", raw), fmt.Errorf("open %s: %s", filepath.Join(ts.dir, "tmp", "x"), raw)} {
			w := httptest.NewRecorder()
			r := httptest.NewRequest(http.MethodPost, path, nil)
			ts.fail(w, r, err)
			body := w.Body.String()
			if path == "/api/cases" {
				text := decode[map[string]string](t, []byte(body))["error"]
				assert.True(t, utf8.ValidString(text), "%q", text)
				assert.NotContains(t, text, "\n")
				assert.NotContains(t, text, "\x1b")
				assert.LessOrEqual(t, len(text), 1100)
				assert.NotEmpty(t, text)
			}
			assert.True(t, utf8.ValidString(body))
			assert.NotContains(t, body, "\x1b")
			assert.NotContains(t, body, "%PDF-1.4\n")
			assert.NotContains(t, body, ts.dir)
		}
	}
}

// TestOrphanBlobsRemoved: a blob no stored case refers to (an upload
// stored but never acknowledged before a crash) is removed when the data
// folder is opened; the blobs of stored cases stay.
func TestOrphanBlobsRemoved(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, "03-tongling-shichangjianguan"), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	ts.ts.Close()
	require.NoError(t, ts.Close(context.Background()))
	kept := stored(t, dir)

	orphan := strings.Repeat("ab", 32)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, dirBlobs, "ab"), 0o750))
	require.NoError(t, os.WriteFile(filepath.Join(dir, dirBlobs, "ab", orphan), []byte("never acknowledged"), 0o640))
	require.NoError(t, os.WriteFile(filepath.Join(dir, dirBlobs, "ab", ".tmp-123"), []byte("half written"), 0o640))
	half := filepath.Join(dir, dirCases, "20200101T000000-abcdefabcdef")
	require.NoError(t, os.MkdirAll(half, 0o750))

	ts2 := openTestServer(t, Config{DataDir: dir})
	assert.NoFileExists(t, filepath.Join(dir, dirBlobs, "ab", orphan))
	assert.NoFileExists(t, filepath.Join(dir, dirBlobs, "ab", ".tmp-123"))
	now := stored(t, dir)
	for _, p := range kept {
		assert.Contains(t, now, p)
	}
	resp, _ = ts2.get(t, "/cases/"+id+"/"+fileResult)
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// Before load, or with a case folder that load left unloaded (its
	// manifest out of bounds, or under a name that is no case id), every
	// blob is kept.
	ts2.ts.Close()
	require.NoError(t, ts2.Close(context.Background()))
	require.NoError(t, os.WriteFile(filepath.Join(dir, dirBlobs, "ab", orphan), []byte("x"), 0o640))
	st, err := openStore(dir)
	require.NoError(t, err)
	assert.Error(t, removeOrphanBlobs(st), "no case loaded")
	assert.FileExists(t, filepath.Join(dir, dirBlobs, "ab", orphan))
	raw, err := os.ReadFile(filepath.Join(dir, dirCases, id, fileManifest))
	require.NoError(t, err)
	for _, name := range []string{"20200101T000000-bbbbbbbbbbbb", "copied-by-hand"} {
		m := decode[Manifest](t, raw)
		m.ID, m.Info.Unit = name, strings.Repeat("局", verify.MaxInfoTextRunes+1)
		if name == "copied-by-hand" {
			m.Info.Unit = "甲"
		}
		require.NoError(t, os.MkdirAll(filepath.Join(dir, dirCases, name), 0o750))
		require.NoError(t, st.writeJSON(filepath.Join(dir, dirCases, name, fileManifest), m))
		st, err = openStore(dir)
		require.NoError(t, err)
		_, err = st.load(t.Logf)
		require.NoError(t, err)
		assert.ErrorContains(t, removeOrphanBlobs(st), "1 个案卷未载入", name)
		assert.FileExists(t, filepath.Join(dir, dirBlobs, "ab", orphan), name)
		require.NoError(t, os.RemoveAll(filepath.Join(dir, dirCases, name)))
	}
	st, err = openStore(dir)
	require.NoError(t, err)
	_, err = st.load(t.Logf)
	require.NoError(t, err)
	require.NoError(t, removeOrphanBlobs(st))
	assert.NoFileExists(t, filepath.Join(dir, dirBlobs, "ab", orphan))
}

// TestTmpSwept: a folder under tmp/ that no request or check uses (its
// removal failed, say for want of file descriptors) is removed by the
// sweep; one in use is not.
func TestTmpSwept(t *testing.T) {
	ts := newTestServer(t, Config{})
	orphan := filepath.Join(ts.dir, dirTmp, "up-orphan")
	inUse := filepath.Join(ts.dir, dirTmp, "up-inuse")
	for _, d := range []string{orphan, inUse} {
		require.NoError(t, os.MkdirAll(filepath.Join(d, "raw"), 0o750))
	}
	ts.live.Store(inUse, true)
	ts.sweepTmp(time.Hour)
	assert.DirExists(t, orphan, "too young to sweep")
	ts.sweepTmp(0)
	assert.NoDirExists(t, orphan)
	assert.DirExists(t, inUse)
	ts.removeTmp(inUse)
	assert.NoDirExists(t, inUse)
}

// runServer runs Run on a free loopback port until the test ends.
func runServer(t *testing.T, cfg Config) (addr, dir string) {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	cfg.DataDir = t.TempDir()
	cfg.Logf = t.Logf
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- Run(ctx, cfg, func(a string) { ready <- a }) }()
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatal(err)
	}
	return addr, cfg.DataDir
}

// TestSlowUploadIsCut: a body sent slowly is cut after ReadTimeout, and
// the upload's temporary folder is removed.
func TestSlowUploadIsCut(t *testing.T) {
	addr, dir := runServer(t, Config{ReadTimeout: time.Second})
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	const boundary = "b0undary"
	head := "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.txt\"\r\n\r\n整改"
	fmt.Fprintf(conn, "POST /api/cases HTTP/1.1\r\nHost: %s\r\nContent-Type: multipart/form-data; boundary=%s\r\nContent-Length: 1000000\r\n\r\n%s", addr, boundary, head)
	start := time.Now()
	require.Eventually(t, func() bool {
		ents, _ := os.ReadDir(filepath.Join(dir, dirTmp))
		return len(ents) == 1
	}, 5*time.Second, 10*time.Millisecond, "the upload has its folder")
	// The client stalls; the server answers or hangs up within the timeout.
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
	_, _ = io.ReadAll(bufio.NewReader(conn))
	assert.Less(t, time.Since(start), 5*time.Second, "the slow body was not cut")
	assert.Eventually(t, func() bool {
		ents, _ := os.ReadDir(filepath.Join(dir, dirTmp))
		return len(ents) == 0
	}, 5*time.Second, 10*time.Millisecond, "the upload's folder is removed")
}

// TestConnectionCap: at most MaxConns connections are served at once; the
// next one waits until one of them ends.
func TestConnectionCap(t *testing.T) {
	addr, _ := runServer(t, Config{MaxConns: 3})
	var stalled []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: %s\r\n", addr) // headers never end
		stalled = append(stalled, c)
	}
	time.Sleep(200 * time.Millisecond)
	answered := make(chan int, 1)
	go func() {
		client := &http.Client{Timeout: 20 * time.Second}
		resp, err := client.Get("http://" + addr + "/healthz")
		if err != nil {
			answered <- 0
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	select {
	case st := <-answered:
		t.Fatalf("answered %d past the connection cap", st)
	case <-time.After(500 * time.Millisecond):
	}
	stalled[0].Close()
	select {
	case st := <-answered:
		assert.Equal(t, http.StatusOK, st)
	case <-time.After(10 * time.Second):
		t.Fatal("not answered once a connection ended")
	}
}

const fuzzBoundary = "zhenggai-fuzz-boundary"

// fuzzUpload builds an upload from the fuzzer's pieces: a report under
// reportName, a case.json, a unit field, an extra file, all packed in one
// .zip when zipped. raw, when not empty, is sent as the whole multipart body
// instead.
func fuzzUpload(t *testing.T, reportName string, report, caseJSON []byte, unit string, extraName string, extra []byte, zipped bool, raw []byte) []byte {
	if len(raw) > 0 {
		return raw
	}
	files := []file{{reportName, report}}
	if len(caseJSON) > 0 {
		files = append(files, file{"case.json", caseJSON})
	}
	if extraName != "" {
		files = append(files, file{extraName, extra})
	}
	if zipped {
		files = []file{{"case.zip", zipOf(t, "case/", files)}}
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	require.NoError(t, mw.SetBoundary(fuzzBoundary))
	if unit != "" {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="unit"`)
		w, err := mw.CreatePart(h)
		require.NoError(t, err)
		w.Write([]byte(unit))
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="files"; filename="`+f.name+`"`)
		w, err := mw.CreatePart(h)
		require.NoError(t, err)
		w.Write(f.data)
	}
	require.NoError(t, mw.Close())
	return buf.Bytes()
}

// FuzzUpload: whatever an upload holds (multipart bodies, file names, zip
// members, case.json fields, form fields), the API answers with one of its
// statuses, never a 500; an error is one line of valid UTF-8 without the
// server's paths; nothing is left in tmp/ once the answer is sent.
//
//	go test ./serve -run '^$' -fuzz FuzzUpload -fuzztime 5m -parallel 1
func FuzzUpload(f *testing.F) {
	dir := filepath.Join(casesDir, "03-tongling-shichangjianguan")
	report, err := os.ReadFile(filepath.Join(dir, "report.txt"))
	require.NoError(f, err)
	ledger, err := os.ReadFile(filepath.Join(dir, "ledger.csv"))
	require.NoError(f, err)
	caseJSON, err := os.ReadFile(filepath.Join(dir, "case.json"))
	require.NoError(f, err)
	f.Add("report.txt", report, caseJSON, "", "ledger.csv", ledger, false, []byte(nil))
	f.Add("report.txt", report, caseJSON, "中共某局党组", "ledger.csv", ledger, true, []byte(nil))
	f.Add("report.txt", report, []byte(`{"unit":"甲","round":"第一轮","feedback_date":"2021-02-30","as_of":"x","clue_deadline_days":-1}`), "", "", []byte(nil), false, []byte(nil))
	f.Add("report.txt", report, []byte(nil), "", "report.txt/x.txt", []byte("整改"), true, []byte(nil))
	f.Add("minutes/../report.txt", report, []byte(`{"unit":`), "\xff", "evidence/a.png", []byte("\x89PNG\r\n\x1a\n"), false, []byte(nil))
	f.Add("report.docx", []byte("PK\x03\x04"), []byte(nil), "", "", []byte(nil), false, []byte(nil))
	f.Add("", []byte(nil), []byte(nil), "", "", []byte(nil), false,
		[]byte("--"+fuzzBoundary+"\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.txt\"\r\n\r\n整改落实情况\r\n--"+fuzzBoundary+"--\r\n"))

	ts := newTestServer(f, Config{MaxUploadBytes: 1 << 20, MaxUnpackedBytes: 8 << 20, MaxFiles: 20, CheckTimeout: 20 * time.Second})
	ts.cfg.Logf = func(string, ...any) {} // f's methods may not be called inside the fuzz target
	allowed := map[int]bool{http.StatusCreated: true, http.StatusBadRequest: true, http.StatusForbidden: true,
		http.StatusRequestEntityTooLarge: true, http.StatusUnsupportedMediaType: true, http.StatusUnprocessableEntity: true}
	f.Fuzz(func(t *testing.T, reportName string, report, caseJSON []byte, unit, extraName string, extra []byte, zipped bool, raw []byte) {
		body := fuzzUpload(t, reportName, report, caseJSON, unit, extraName, extra, zipped, raw)
		r := httptest.NewRequest(http.MethodPost, "/api/cases", bytes.NewReader(body))
		r.Host = "127.0.0.1"
		r.Header.Set("Content-Type", "multipart/form-data; boundary="+fuzzBoundary)
		w := httptest.NewRecorder()
		ts.Handler().ServeHTTP(w, r)
		assert.True(t, allowed[w.Code], "status %d: %s", w.Code, w.Body.String())
		if w.Code != http.StatusCreated {
			var e map[string]string
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), w.Body.String())
			msg := e["error"]
			assert.NotEmpty(t, msg)
			assert.True(t, utf8.ValidString(msg), "%q", msg)
			assert.False(t, strings.ContainsAny(msg, "\r\n"), "%q", msg)
			assert.NotContains(t, msg, ts.dir)
		}
		ents, err := os.ReadDir(filepath.Join(ts.dir, dirTmp))
		require.NoError(t, err)
		assert.Empty(t, ents, "left in tmp/")
	})
}

// TestCheckErrorsChinese: a report the check cannot read (a PDF whose
// cross-reference sections loop, a DOCX past the paragraph bound) is
// answered 422 with its cause in Chinese, naming the file, not the
// parser's English nor the server's path.
func TestCheckErrorsChinese(t *testing.T) {
	ts := newTestServer(t, Config{})
	loop, err := os.ReadFile("../testdata/security/xref-prev-loop.pdf")
	require.NoError(t, err)
	long := strings.Repeat(`<w:p><w:r><w:t>整改</w:t></w:r></w:p>`, 200_001)
	for _, tt := range []struct {
		f    file
		want string
	}{
		{file{"report.pdf", loop}, "report.pdf：文件已损坏，无法读取"},
		{file{"report.docx", zipOf(t, "", []file{{"word/document.xml", []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + long + `</w:body></w:document>`)}})}, "report.docx：文件过大，超过上限"},
	} {
		resp, b := ts.upload(t, []file{tt.f}, nil)
		require.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, string(b))
		got := decode[map[string]string](t, b)["error"]
		assert.Equal(t, tt.want, got)
		assert.NotContains(t, got, ts.dir)
	}
}
