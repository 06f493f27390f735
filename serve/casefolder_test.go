package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// TestUploadInfoBounds: case.json and the form's fields are held to
// case.json's bounds before anything is stored; the error is Chinese and
// names the file (or the form) and the field.
func TestUploadInfoBounds(t *testing.T) {
	ts := newTestServer(t, Config{MaxUploadBytes: 4 << 20})
	good := caseFiles(t, "03-tongling-shichangjianguan")
	var report []byte
	for _, f := range good {
		if f.name == "report.txt" {
			report = f.data
		}
	}
	require.NotNil(t, report)
	with := func(caseJSON string) []file {
		return []file{{"report.txt", report}, {"case.json", []byte(caseJSON)}}
	}
	tests := []struct {
		name   string
		files  []file
		fields map[string]string
		msg    string
	}{
		{"3 MB unit in case.json", with(`{"unit": "` + strings.Repeat("局", 1<<20) + `"}`), nil, "case.json：文件超过 64 KB 上限"},
		{"long unit in case.json", with(`{"unit": "` + strings.Repeat("局", 201) + `"}`), nil, "case.json：字段 unit"},
		{"long round in case.json", with(`{"round": "` + strings.Repeat("轮", 1000) + `"}`), nil, "case.json：字段 round"},
		{"bad report_date in case.json", with(`{"report_date": "2020-9-30"}`), nil, "case.json：字段 report_date"},
		{"huge clue days in case.json", with(`{"clue_deadline_days": 99999999}`), nil, "case.json：字段 clue_deadline_days"},
		{"long unit field", good, map[string]string{"unit": strings.Repeat("局", 300)}, "表单：字段 unit"},
		{"control character in round field", good, map[string]string{"round": "第一轮\x1b[31m"}, "表单：字段 round"},
		{"bad as_of field", good, map[string]string{"as_of": "2020-11-31"}, "表单：字段 as_of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := ts.upload(t, tt.files, tt.fields)
			assert.Equal(t, http.StatusBadRequest, resp.StatusCode, "%.300s", b)
			msg := decode[map[string]string](t, b)["error"]
			assert.Contains(t, msg, tt.msg)
			assert.Less(t, len(msg), 300, "the error does not repeat the value")
			assert.Empty(t, stored(t, ts.dir), "nothing stored")
		})
	}
	// At the bounds, the case goes in.
	resp, b := ts.upload(t, good, map[string]string{"unit": strings.Repeat("局", verify.MaxInfoTextRunes)})
	assert.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
}

// TestStartWithOversizedStoredCase: a data folder that already holds a case
// stored without bounds (a 30 MB unit, as an older version kept it, or a
// unit past the bound in a small manifest) opens: the case is logged and not
// loaded, the others are.
func TestStartWithOversizedStoredCase(t *testing.T) {
	dir := t.TempDir()
	ts := openTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, "03-tongling-shichangjianguan"), map[string]string{"unit": "甲"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	kept := decode[uploadAnswer](t, b).ID
	ts.ts.Close()
	require.NoError(t, ts.Close(t.Context()))

	c, ok := ts.store.get(kept)
	require.True(t, ok)
	bad := map[string]string{ // id → unit
		"20200101T000000-aaaaaaaaaaaa": strings.Repeat("x", 30<<20),
		"20200101T000000-bbbbbbbbbbbb": strings.Repeat("局", verify.MaxInfoTextRunes+1),
	}
	for id, unit := range bad {
		m := c.Manifest
		m.ID, m.Info.Unit = id, unit
		raw, err := json.Marshal(m)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(dir, dirCases, id), 0o750))
		require.NoError(t, os.WriteFile(filepath.Join(dir, dirCases, id, fileManifest), raw, 0o640))
	}

	var mu sync.Mutex
	var logs []string
	s, err := New(Config{DataDir: dir, Logf: func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		logs = append(logs, fmt.Sprintf(format, args...))
	}})
	require.NoError(t, err)
	t.Cleanup(func() { s.Close(t.Context()) })
	var ids []string
	for _, c := range s.store.list() {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{kept}, ids, "only the good case is loaded")
	mu.Lock()
	defer mu.Unlock()
	for id := range bad {
		var line string
		for _, l := range logs {
			if strings.Contains(l, id) {
				line = l
			}
		}
		assert.Contains(t, line, "未载入", "the skipped case is logged")
		assert.Less(t, len(line), 1000, "the log line does not hold the value")
	}
	assert.DirExists(t, filepath.Join(dir, dirCases, "20200101T000000-aaaaaaaaaaaa"), "left on disk for the operator")
}

// TestClassifiedInTheSlot: a document named otherwise is parsed to tell
// what it is only once the upload holds a worker's slot, and with the
// server's parse limits — never while the upload is received.
func TestClassifiedInTheSlot(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1, MaxUnpackedBytes: 50 << 20})
	var files []file
	for _, f := range caseFiles(t, "03-tongling-shichangjianguan") {
		if f.name == "report.txt" {
			f.name = "整改情况报告.txt"
		}
		files = append(files, f)
	}
	var mu sync.Mutex
	var calls []parse.Options
	var slotHeld []bool
	ts.onClassify = func(opt parse.Options) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, opt)
		slotHeld = append(slotHeld, len(ts.sem) == 1)
	}

	ts.sem <- struct{}{} // the only worker is busy
	done := make(chan uploadAnswer)
	go func() {
		resp, b := ts.upload(t, files, nil)
		assert.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
		done <- decode[uploadAnswer](t, b)
	}()
	// The upload is received and waits for the worker.
	deadline := time.Now().Add(time.Minute)
	for ts.waiting.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	require.EqualValues(t, 1, ts.waiting.Load(), "the upload waits for a worker")
	mu.Lock()
	assert.Empty(t, calls, "nothing parsed before the slot")
	mu.Unlock()
	<-ts.sem
	a := <-done
	assert.NotEmpty(t, a.ID)
	mu.Lock()
	require.Len(t, calls, 1)
	require.NotNil(t, calls[0].Budget, "the case's budget of characters")
	assert.Equal(t, parse.DefaultMaxCaseChars, calls[0].Budget.Max())
	calls[0].Budget = nil
	assert.Equal(t, parse.Options{MaxDecompressed: 50 << 20, MaxChars: parse.DefaultMaxChars}, calls[0], "the server's limits")
	assert.Equal(t, []bool{true}, slotHeld)
	mu.Unlock()
	got, ok := ts.store.get(a.ID)
	require.True(t, ok)
	assert.Equal(t, "整改情况报告.txt", got.Case.Report, "found by its content")

	// A case whose documents named otherwise hold no report is refused
	// once they are read, and nothing is stored.
	before := len(stored(t, ts.dir))
	resp, b := ts.upload(t, []file{{"党组会议.txt", []byte("某局党组会议纪要\n\n2020年6月10日，党组书记主持召开会议，全体党组成员出席。\n")}}, nil)
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, string(b))
	assert.Contains(t, decode[map[string]string](t, b)["error"], "没有找到整改报告")
	assert.Len(t, stored(t, ts.dir), before)
}

// TestPageUploadClassifiedInTheSlot: a case uploaded through the page is
// stored at once; its documents named otherwise are classified by its check,
// in a worker's slot, and one that holds no report fails there.
func TestPageUploadClassifiedInTheSlot(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1})
	var mu sync.Mutex
	slotHeld := []bool{}
	ts.onClassify = func(parse.Options) {
		mu.Lock()
		defer mu.Unlock()
		slotHeld = append(slotHeld, len(ts.sem) == 1)
	}
	minutes := []byte("某局党组会议纪要\n\n2020年6月10日，党组书记主持召开会议，全体党组成员出席。\n")
	resp, b := ts.pageUpload(t, []file{{"党组会议.txt", minutes}}, nil)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, string(b))
	id := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")
	ts.waitDone(t, id)
	c, ok := ts.store.get(id)
	require.True(t, ok)
	assert.Equal(t, StatusFailed, c.Status)
	assert.Contains(t, c.Error, "没有找到整改报告")
	assert.NotContains(t, c.Error, ts.dir, "no server path in the message")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []bool{true}, slotHeld)
}
