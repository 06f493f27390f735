package seg

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPortableBinary builds cmd/segdemo, copies nothing else, and runs it
// with an empty module cache, home and cache directory: the dictionaries
// must come from the binary. (scripts/check-portable-binary.sh also hides
// the module cache's gojieba directory from the binary.)
func TestPortableBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin", "segdemo")
	build := exec.Command(goBin, "build", "-o", bin, "./cmd/segdemo")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	empty := func(name string) string {
		d := filepath.Join(tmp, name)
		require.NoError(t, os.MkdirAll(d, 0o755))
		return d
	}
	run := exec.Command(bin, "-dir", "召开巡视整改专题民主生活会38次")
	run.Dir = empty("cwd")
	run.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + empty("home"),
		"GOMODCACHE=" + empty("gomodcache"),
		"GOPATH=" + empty("gopath"),
		"XDG_CACHE_HOME=" + empty("cache"),
		"TMPDIR=" + empty("tmp"),
	}
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	require.NoError(t, run.Run(), "stderr: %s", stderr.String())
	assert.Equal(t, "召开 / 巡视整改 / 专题民主生活会 / 38 / 次\n", stdout.String())
	assert.Contains(t, stderr.String(), filepath.Join(tmp, "cache", "zhenggai", "jieba-"))
	entries, err := os.ReadDir(filepath.Join(tmp, "cache", "zhenggai"))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	written, err := os.ReadDir(filepath.Join(tmp, "cache", "zhenggai", entries[0].Name()))
	require.NoError(t, err)
	var names []string
	for _, e := range written {
		names = append(names, e.Name())
	}
	assert.ElementsMatch(t, fileOrder, names, strings.Join(names, " "))
}
