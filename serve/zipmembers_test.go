package serve

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/ocr"
	"github.com/zhenggai/zhenggai/verify"
)

// TestAPIUploadZipMembers: each file of a .zip is read or refused as if
// uploaded alone, and none is dropped silently: the report is a scanned
// page (an image, read by OCR), the ledger and minutes are read, a file
// that is no document is listed in ignored, and a damaged document (which
// alone would be refused) is listed among the unread files with why, in
// Chinese, without refusing the case.
func TestAPIUploadZipMembers(t *testing.T) {
	if err := ocr.Available(); err != nil {
		t.Skipf("OCR not available (%v); apt-get install tesseract-ocr tesseract-ocr-chi-sim", err)
	}
	scan, err := os.ReadFile(filepath.Join("..", "testdata", "ocr", "plain.png"))
	require.NoError(t, err)
	var files []file
	for _, f := range caseFiles(t, seedCase) {
		if !strings.HasPrefix(f.name, "report.") && f.name != "expected.json" {
			files = append(files, f)
		}
	}
	files = append(files,
		file{"report.png", scan},
		file{"setup.exe", []byte("MZ\x90\x00")},
		file{"minutes/2017-03-01.docx", []byte("PK\x03\x04garbage")})

	ts := newTestServer(t, Config{})
	// Alone, the damaged minutes are refused.
	resp, b := ts.upload(t, []file{{"report.png", scan}, {"minutes/2017-03-01.docx", []byte("PK\x03\x04garbage")}}, nil)
	require.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, string(b))
	assert.Contains(t, decode[map[string]string](t, b)["error"], "minutes/2017-03-01.docx：")

	resp, b = ts.upload(t, []file{{"case.zip", zipOf(t, "", files)}}, nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	a := decode[struct {
		ID      string         `json:"id"`
		Summary verify.Summary `json:"summary"`
		Ignored []string       `json:"ignored"`
	}](t, b)
	assert.Equal(t, []string{"setup.exe"}, a.Ignored)
	assert.False(t, a.Summary.Complete)
	require.Len(t, a.Summary.Unread, 1, string(b))
	u := a.Summary.Unread[0]
	assert.Equal(t, "minutes/2017-03-01.docx", u.File)
	assert.Equal(t, verify.InputMinutes, u.Input)
	assert.Equal(t, "文件已损坏", u.Reason)

	c, ok := ts.store.get(a.ID)
	require.True(t, ok)
	kept := map[string]bool{}
	for _, f := range c.Files {
		kept[f.Name] = true
	}
	for name, want := range map[string]bool{"report.png": true, "ledger.xlsx": true, "minutes/2017-03-01.docx": true, "setup.exe": false} {
		assert.Equal(t, want, kept[name], name)
	}
}

// TestOCRProgress: while a case uploaded through the page is checked, its
// status (GET /api/cases/{id}, and the case's page, which reloads itself)
// says how far the recognition of its scanned report has gone.
func TestOCRProgress(t *testing.T) {
	if err := ocr.Available(); err != nil {
		t.Skipf("OCR not available (%v)", err)
	}
	scan, err := os.ReadFile(filepath.Join("..", "testdata", "ocr", "scanned.pdf"))
	require.NoError(t, err)
	ts := newTestServer(t, Config{})
	resp, _ := ts.pageUpload(t, []file{{"report.pdf", scan}}, nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	id := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")

	seen := map[int]bool{}
	page := ""
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		_, b := ts.get(t, "/api/cases/"+id)
		var st struct {
			Status string       `json:"status"`
			OCR    *ocrProgress `json:"ocr"`
		}
		require.NoError(t, json.Unmarshal(b, &st))
		if st.Status != string(StatusQueued) && st.Status != string(StatusRunning) {
			break
		}
		if st.OCR != nil {
			assert.Equal(t, ocrProgress{File: "report.pdf", Page: st.OCR.Page, Pages: 2}, *st.OCR)
			seen[st.OCR.Page] = true
			if page == "" {
				_, b := ts.get(t, "/cases/"+id)
				page = string(b)
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	assert.True(t, seen[0] || seen[1], "progress seen while running: %v", seen)
	assert.Regexp(t, `正在识别扫描件 <code>report.pdf</code>：(第 [12] 页/)?共 2 页`, page)
}
