package serve

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"maps"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/internal/casefiles"
)

const casesDir = "../testdata/corpus/cases"

// file is one part of an upload.
type file struct {
	name string
	data []byte
}

// caseFiles reads a sample case folder as upload parts named by their place
// in it (expected.json left out).
func caseFiles(t testing.TB, name string) []file {
	t.Helper()
	parts, err := casefiles.ReadCase(filepath.Join(casesDir, name))
	require.NoError(t, err)
	require.NotEmpty(t, parts)
	out := make([]file, len(parts))
	for i, p := range parts {
		out[i] = file{p.Name, p.Data}
	}
	return out
}

// multipartBody builds an upload: fields first, then the files.
func multipartBody(t testing.TB, files []file, fields map[string]string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	// The fields first, in a fixed order.
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		require.NoError(t, mw.WriteField(k, fields[k]))
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		// Written by hand: CreateFormFile would escape nothing harmful, but
		// the test wants the exact name on the wire (../, backslashes).
		h.Set("Content-Disposition", `form-data; name="files"; filename="`+strings.NewReplacer(`"`, "%22", "\r", "%0D", "\n", "%0A").Replace(f.name)+`"`)
		h.Set("Content-Type", "application/octet-stream")
		w, err := mw.CreatePart(h)
		require.NoError(t, err)
		_, err = w.Write(f.data)
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return &buf, mw.FormDataContentType()
}

// zipOf packs files into a zip, each under prefix.
func zipOf(t testing.TB, prefix string, files []file) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(prefix + f.name)
		require.NoError(t, err)
		_, err = w.Write(f.data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// testServer is a Server over a temporary data folder behind httptest.
type testServer struct {
	*Server
	ts   *httptest.Server
	dir  string
	auth string // bearer token sent by do, if any
}

func newTestServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	cfg.Logf = t.Logf
	s, err := New(cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		ts.Close()
		s.Close(context.Background())
	})
	return &testServer{Server: s, ts: ts, dir: cfg.DataDir}
}

// openTestServer starts a server that the test closes itself (ts.ts.Close,
// then ts.Close), to open its data folder again.
func openTestServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	cfg.Logf = t.Logf
	s, err := New(cfg)
	require.NoError(t, err)
	return &testServer{Server: s, ts: httptest.NewServer(s.Handler()), dir: cfg.DataDir}
}

func (ts *testServer) do(t testing.TB, method, path string, body io.Reader, ctype string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.ts.URL+path, body)
	require.NoError(t, err)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if ts.auth != "" {
		req.Header.Set("Authorization", "Bearer "+ts.auth)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{Timeout: 2 * time.Minute, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}

func (ts *testServer) get(t testing.TB, path string, hdr ...string) (*http.Response, []byte) {
	return ts.do(t, http.MethodGet, path, nil, "", hdr...)
}

// upload posts files to the API.
func (ts *testServer) upload(t testing.TB, files []file, fields map[string]string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	body, ctype := multipartBody(t, files, fields)
	return ts.do(t, http.MethodPost, "/api/cases", body, ctype, hdr...)
}

// uploadAnswer is POST /api/cases's answer.
type uploadAnswer struct {
	ID       string `json:"id"`
	Verdict  string `json:"verdict"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Claimed  any    `json:"claimed"`
		Observed any    `json:"observed"`
		Message  string `json:"message"`
	} `json:"findings"`
	Ignored []string `json:"ignored"`
	Error   string   `json:"error"`
}

func decode[T any](t testing.TB, b []byte) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(b, &v), string(b))
	return v
}

// stored lists what the data folder holds besides the index and the lock:
// blobs, case folders and their files, and leftovers in tmp/.
func stored(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	for _, sub := range []string{dirBlobs, dirCases, dirTmp} {
		root := filepath.Join(dir, sub)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != root {
				rel, _ := filepath.Rel(dir, p)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		require.NoError(t, err)
	}
	return out
}
