package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/index"
)

const corpusIndexDir = "../../testdata/corpus/index"

func TestIndexAndSearchCommands(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	code, out, errOut := runCLI("index", "--index", idx, corpusIndexDir, cases+"/07-tongling-wenlv-copied")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "\t2022-zhechuan-shangwu.txt\n")
	assert.Contains(t, out, "\treport.docx\n")
	assert.Contains(t, out, "新加入或更新 8 个，未改动 0 个，失败 0 个")

	// Again: nothing to do.
	code, out, _ = runCLI("index", "--index", idx, corpusIndexDir)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "新加入或更新 0 个，未改动 3 个，失败 0 个")

	code, out, errOut = runCLI("search", "--index", idx, "--format", "json", "--kind", "report", "--from", "2022-01-01", `"巡察整改"`)
	require.Equal(t, exitOK, code, errOut)
	var res struct {
		Total int `json:"total"`
		Hits  []struct {
			ID        string   `json:"id"`
			File      string   `json:"file"`
			Kind      string   `json:"kind"`
			Unit      string   `json:"unit"`
			Date      string   `json:"date"`
			Score     float64  `json:"score"`
			Fragments []string `json:"fragments"`
		} `json:"hits"`
		Facets map[string][]struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res), out)
	require.Equal(t, 2, res.Total, out)
	units := map[string]bool{}
	for _, h := range res.Hits {
		assert.Len(t, h.ID, 64)
		assert.Equal(t, "report", h.Kind)
		assert.GreaterOrEqual(t, h.Date, "2022-01-01")
		assert.Positive(t, h.Score)
		require.NotEmpty(t, h.Fragments)
		assert.Contains(t, strings.Join(h.Fragments, ""), "<mark>巡察整改</mark>")
		units[h.Unit] = true
	}
	assert.Equal(t, map[string]bool{"中共柘川市商务局党组": true, "中共桐岭市文化广电旅游局党组": true}, units)
	for _, f := range []string{"unit", "kind", "year"} {
		assert.NotEmpty(t, res.Facets[f], f)
	}

	code, out, errOut = runCLI("search", "--index", idx, "--unit", "中共柘川市商务局党组", "--limit", "1", "整改")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "找到 1 个文档，显示第 1–1 个")
	assert.Contains(t, out, "1. 2022-zhechuan-shangwu.txt")
	assert.Contains(t, out, "【整改】")

	// Usage errors.
	for _, args := range [][]string{
		{"search", "--index", idx, "--from", "2022/01/01", "整改"},
		{"search", "--index", idx, "--format", "xml", "整改"},
		{"search", "--index", filepath.Join(t.TempDir(), "none"), "整改"},
		{"search", "--index", idx},
		{"index", "--index", idx},
	} {
		code, _, errOut := runCLI(args...)
		assert.Equal(t, exitInput, code, args)
		assert.NotEmpty(t, errOut, args)
	}

	// A missing path: the others are still indexed, exit 2, one line.
	code, _, errOut = runCLI("index", "--index", idx, filepath.Join(t.TempDir(), "missing.txt"), corpusIndexDir)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "missing.txt")

	// Delete.
	code, out, _ = runCLI("index", "--index", idx, "--delete", cases+"/07-tongling-wenlv-copied")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "已删除 5 个文档")
}

func TestCheckWithIndex(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	code, _, errOut := runCLI("index", "--index", idx, corpusIndexDir)
	require.Equal(t, exitOK, code, errOut)
	code, out, errOut := runCLI("check", "--format", "json", "--fail-on", "never", "--index", idx, cases+"/07-tongling-wenlv-copied")
	require.Equal(t, exitOK, code, errOut)
	var res struct {
		Findings []struct {
			Rule string `json:"rule"`
			Item string `json:"item"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	var copied []string
	for _, f := range res.Findings {
		if f.Rule == "text.copied" {
			copied = append(copied, f.Item)
		}
	}
	assert.Equal(t, []string{"2022-zhechuan-shangwu.txt"}, copied)

	code, _, errOut = runCLI("check", "--index", filepath.Join(t.TempDir(), "none"), cases+"/07-tongling-wenlv-copied")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "none")
}

// TestIndexSurvivesSIGKILL starts `zhenggai index` on a generated folder,
// kills it with SIGKILL once it has reported some documents, and checks that
// the index reopens and holds every document reported.
func TestIndexSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and indexes 1,500 files")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "zhenggai")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	docs := filepath.Join(dir, "docs")
	r := rand.New(rand.NewSource(1))
	words := strings.Fields("巡视 整改 问题 责任 落实 会议 制度 清单 台账 督促 检查 党组 干部 资金 项目 管理 监督 完善 机制 推进")
	const n = 1500
	for i := 0; i < n; i++ {
		sub := filepath.Join(docs, fmt.Sprintf("%02d", i/100))
		require.NoError(t, os.MkdirAll(sub, 0o755))
		var b strings.Builder
		fmt.Fprintf(&b, "中共测试%d局党组关于巡察整改情况的报告\n\n", i)
		for p := 0; p < 8; p++ {
			b.WriteString("　　")
			for w := 0; w < 60; w++ {
				b.WriteString(words[r.Intn(len(words))])
			}
			fmt.Fprintf(&b, "，编号%d-%d。\n", i, p)
		}
		require.NoError(t, os.WriteFile(filepath.Join(sub, fmt.Sprintf("r%04d.txt", i)), []byte(b.String()), 0o644))
	}

	idx := filepath.Join(dir, "idx")
	cmd := exec.Command(bin, "index", "--index", idx, docs)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	reported := map[string]string{} // file → id
	sc := bufio.NewScanner(stdout)
	deadline := time.Now().Add(5 * time.Minute)
	for sc.Scan() && len(reported) < 250 && time.Now().Before(deadline) {
		f := strings.Split(sc.Text(), "\t")
		if len(f) == 3 && f[0] == "已索引" {
			reported[f[2]] = f[1]
		}
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()
	require.NotEmpty(t, reported)
	t.Logf("killed after %d documents reported", len(reported))

	x, err := index.Open(idx)
	require.NoError(t, err, "the index reopens")
	defer x.Close()
	count, err := x.Count()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, count, uint64(len(reported)))
	for file, id := range reported {
		d, err := x.Get(filepath.Join(docs, file))
		require.NoError(t, err)
		require.NotNil(t, d, file)
		assert.Equal(t, id, d.ID, file)
	}
	// The run can be finished: the documents already in are unchanged.
	st, err := x.AddPaths(t.Context(), []string{docs}, index.AddOptions{})
	require.NoError(t, err)
	assert.Equal(t, n, st.Indexed+st.Unchanged)
	assert.GreaterOrEqual(t, st.Unchanged, len(reported))
}
