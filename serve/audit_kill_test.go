package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/audit"
)

const childDataEnv = "ZHENGGAI_SERVE_CHILD_DATA"

// TestMain runs, in the child process of TestAuditSurvivesSIGKILL, serve
// over the data folder it is given, saying its address on stdout.
func TestMain(m *testing.M) {
	if dir := os.Getenv(childDataEnv); dir != "" {
		err := Run(context.Background(), Config{Addr: "127.0.0.1:0", DataDir: dir, Workers: 1,
			Logf: func(string, ...any) {}}, func(addr string) { fmt.Println("addr", addr) })
		fmt.Println("error", err)
		os.Exit(3)
	}
	os.Exit(m.Run())
}

// TestAuditSurvivesSIGKILL: serve runs in a child process; four clients
// review findings as fast as they can, and the child is killed with
// SIGKILL while they do. Every review that was answered 201 is in the
// audit log and in the case's review.jsonl; both still open (a torn last
// line cut), a new server over the folder starts, and its next review is
// recorded after the others.
func TestAuditSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs serve in a child process")
	}
	dir := t.TempDir()
	toks := withUsers(t, dir)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childDataEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	killed := false
	t.Cleanup(func() {
		if !killed {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	sc := bufio.NewScanner(out)
	require.True(t, sc.Scan(), "the child says its address")
	addr, ok := strings.CutPrefix(sc.Text(), "addr ")
	require.True(t, ok, sc.Text())
	base := "http://" + addr

	client := &http.Client{Timeout: 3 * time.Minute}
	call := func(method, path string, body []byte, ctype string) (int, []byte, error) {
		req, err := http.NewRequest(method, base+path, bytes.NewReader(body))
		if err != nil {
			return 0, nil, err
		}
		req.Header.Set("Authorization", "Bearer "+toks["复核员"])
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		resp, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		_, err = b.ReadFrom(resp.Body)
		return resp.StatusCode, b.Bytes(), err
	}
	body, ctype := multipartBody(t, caseFiles(t, seedCase), nil)
	st, b, err := call(http.MethodPost, "/api/cases", body.Bytes(), ctype)
	require.NoError(t, err)
	require.Equal(t, http.StatusCreated, st, string(b))
	id := decode[uploadAnswer](t, b).ID
	st, b, err = call(http.MethodGet, "/api/cases/"+id, nil, "")
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, st)
	var one struct{ Findings []struct{ Key string } }
	require.NoError(t, json.Unmarshal(b, &one))
	require.NotEmpty(t, one.Findings)

	var mu sync.Mutex
	var acked []string
	var wg sync.WaitGroup
	enough := make(chan struct{})
	var once sync.Once
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				note := fmt.Sprintf("并发复核-%d-%d", g, i)
				f := one.Findings[(g+i)%len(one.Findings)]
				rb, _ := json.Marshal(map[string]string{"finding": f.Key, "verdict": reviewConfirmed, "note": note})
				st, _, err := call(http.MethodPost, "/api/cases/"+id+"/reviews", rb, "application/json")
				if err != nil {
					return // the server is gone
				}
				if st == http.StatusCreated {
					mu.Lock()
					acked = append(acked, note)
					if len(acked) >= 60 {
						once.Do(func() { close(enough) })
					}
					mu.Unlock()
				}
			}
		}()
	}
	select {
	case <-enough:
	case <-time.After(2 * time.Minute):
		t.Fatal("the reviews did not come in time")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	killed = true
	cmd.Wait()
	wg.Wait()
	t.Logf("%d reviews acknowledged before the kill", len(acked))

	lg, err := audit.Open(filepath.Join(dir, fileAudit))
	require.NoError(t, err, "the audit log opens")
	t.Logf("torn bytes cut from the audit log: %d", lg.Cut())
	require.NoError(t, lg.Close())
	rl, err := audit.OpenLines(filepath.Join(dir, dirCases, id, fileReview))
	require.NoError(t, err, "the review history opens")
	require.NoError(t, rl.Close())

	es, bad, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{Action: audit.ActionReview})
	require.NoError(t, err)
	assert.Zero(t, bad)
	logged := map[string]bool{}
	for _, e := range es {
		logged[e.Detail[strings.LastIndex(e.Detail, "；")+len("；"):]] = true
	}
	noted := map[string]bool{}
	_, err = audit.ReadLines(filepath.Join(dir, dirCases, id, fileReview), func(line []byte) error {
		var e reviewEntry
		require.NoError(t, json.Unmarshal(line, &e))
		noted[e.Note] = true
		return nil
	})
	require.NoError(t, err)
	for _, n := range acked {
		assert.True(t, logged[n], "acknowledged review %s is in the audit log", n)
		assert.True(t, noted[n], "acknowledged review %s is in review.jsonl", n)
	}

	// A new server over the folder records after them.
	ts := newTestServer(t, Config{DataDir: dir})
	rb, _ := json.Marshal(map[string]string{"finding": one.Findings[0].Key, "verdict": reviewDismissed, "note": "重启后复核"})
	resp, b := ts.do(t, http.MethodPost, "/api/cases/"+id+"/reviews", bytes.NewReader(rb), "application/json", bearer(toks["复核员"])...)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	last, _, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{Limit: 1})
	require.NoError(t, err)
	require.Len(t, last, 1)
	assert.Contains(t, last[0].Detail, "重启后复核")
}
