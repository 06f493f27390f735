package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServeRefusesOpenAddressWithoutToken(t *testing.T) {
	t.Setenv("ZHENGGAI_TOKEN", "")
	code, _, errOut := runCLI("serve", "--addr", "0.0.0.0:0", "--data", t.TempDir())
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "ZHENGGAI_TOKEN")
	code, _, errOut = runCLI("serve", "--max-files", "0")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "--max-files")
	code, _, _ = runCLI("serve", "extra-arg")
	assert.Equal(t, exitInput, code)
}

// caseUpload builds a multipart upload of a sample case folder with a unit.
// caseUpload builds the multipart body of an upload of the case folder dir.
// It is called from the test's goroutines: it reports with assert, which
// may be, not require, which may not.
func caseUpload(t *testing.T, dir, unit string) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	assert.NoError(t, mw.WriteField("unit", unit))
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "expected.json" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="files"; filename="%s"`, filepath.ToSlash(rel)))
		w, err := mw.CreatePart(h)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	assert.NoError(t, err)
	assert.NoError(t, mw.Close())
	return &buf, mw.FormDataContentType()
}

// startServe starts the binary and waits for /healthz.
func startServe(t *testing.T, bin, data, addr string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(bin, "serve", "--data", data, "--addr", addr)
	cmd.Env = append(os.Environ(), "ZHENGGAI_TOKEN=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return cmd, &stderr
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("serve did not start: %s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServeCrash kills the server with SIGKILL while cases are uploaded,
// restarts it, and finds every case it had acknowledged, with its result.
func TestServeCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and checks cases")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "zhenggai")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	data := filepath.Join(tmp, "data")
	caseDir := filepath.Join(cases, "03-tongling-shichangjianguan")

	cmd, stderr := startServe(t, bin, data, addr)
	var mu sync.Mutex
	acked := map[string]string{} // id → unit
	var wg sync.WaitGroup
	stop := make(chan struct{})
	client := &http.Client{Timeout: time.Minute}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				unit := fmt.Sprintf("崩溃单位-%d-%d", w, i)
				body, ctype := caseUpload(t, caseDir, unit)
				resp, err := client.Post("http://"+addr+"/api/cases", ctype, body)
				if err != nil {
					continue // killed mid-request: not acknowledged
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusCreated {
					continue
				}
				var a struct{ ID string }
				if json.Unmarshal(b, &a) == nil && a.ID != "" {
					mu.Lock()
					acked[a.ID] = unit
					mu.Unlock()
				}
			}
		}()
	}
	// Kill once some cases are in, while others are on their way.
	deadline := time.Now().Add(90 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 6 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	cmd.Wait()
	close(stop)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	require.GreaterOrEqual(t, len(acked), 6, stderr.String())
	t.Logf("%d cases acknowledged before SIGKILL", len(acked))

	cmd, stderr = startServe(t, bin, data, addr)
	resp, err := http.Get("http://" + addr + "/api/cases")
	require.NoError(t, err)
	var list struct {
		Total int
		Cases []struct {
			ID, Unit, Status, Verdict string
		}
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&list))
	resp.Body.Close()
	listed := map[string]string{}
	// Nothing half-written is listed: every listed case, acknowledged or
	// not (the kill may have come between storing it and answering), has
	// its result.
	for _, c := range list.Cases {
		listed[c.ID] = c.Unit
		assert.Equal(t, "done", c.Status, c.ID)
		assert.NotEmpty(t, c.Verdict, c.ID)
	}
	for id, unit := range acked {
		assert.Equal(t, unit, listed[id], "acknowledged case %s listed after the restart", id)
		resp, err := http.Get("http://" + addr + "/api/cases/" + id)
		require.NoError(t, err)
		var one struct {
			Verdict  string
			Findings []json.RawMessage
			Case     struct{ Unit string }
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&one))
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, "paper-rectification-suspected", one.Verdict, id)
		assert.NotEmpty(t, one.Findings, id)
		assert.Equal(t, unit, one.Case.Unit, id)
	}

	// SIGTERM stops it cleanly.
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	require.NoError(t, cmd.Wait(), stderr.String())
	assert.Contains(t, stderr.String(), "已停止")
}
