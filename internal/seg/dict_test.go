package seg

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGeneratedConstants checks dicts_gen.go matches the embedded .gz files
// (run scripts/trim-jieba-dict.sh after changing them).
func TestGeneratedConstants(t *testing.T) {
	require.Len(t, gzipped, 2)
	for _, g := range gzipped {
		data, err := dictFS.ReadFile("dict/" + g.name + ".gz")
		require.NoError(t, err)
		zr, err := gzip.NewReader(bytes.NewReader(data))
		require.NoError(t, err)
		raw, err := io.ReadAll(zr)
		require.NoError(t, err)
		sum := sha256.Sum256(raw)
		assert.Equal(t, g.size, int64(len(raw)), g.name)
		assert.Equal(t, g.sha256, hex.EncodeToString(sum[:]), g.name)
	}
}

// TestSmallDictionaries checks what cppjieba asserts on (it aborts the
// process otherwise): the idf file has lines "word idf" with a positive
// mean, the stop-word file is not empty; and that every user word has an idf.
func TestSmallDictionaries(t *testing.T) {
	idf, err := dictFS.ReadFile("dict/idf.utf8")
	require.NoError(t, err)
	words := map[string]bool{}
	var sum float64
	lines := strings.Split(strings.TrimSuffix(string(idf), "\n"), "\n")
	for _, line := range lines {
		w, v, ok := strings.Cut(line, " ")
		require.True(t, ok, line)
		f, err := strconv.ParseFloat(v, 64)
		require.NoError(t, err, line)
		sum += f
		words[w] = true
	}
	assert.Greater(t, sum/float64(len(lines)), 0.0)
	for w := range userDict(t) {
		assert.True(t, words[w], "%s has no idf", w)
	}
	stop, err := dictFS.ReadFile("dict/stop_words.utf8")
	require.NoError(t, err)
	assert.NotEmpty(t, bytes.TrimSpace(stop))
}

func TestDirName(t *testing.T) {
	files, err := dictFiles()
	require.NoError(t, err)
	require.Len(t, files, 5)
	for i, f := range files {
		assert.Equal(t, fileOrder[i], f.name)
		assert.Len(t, f.sha256, 64)
		assert.Positive(t, f.size)
	}
	name := dirName(files)
	assert.Regexp(t, `^jieba-[0-9a-f]{12}$`, name)
	files[2].sha256 = strings.Repeat("0", 64) // another user dictionary
	assert.NotEqual(t, name, dirName(files))
}

// TestVerifyRewritesDamagedFiles damages the written dictionaries in several
// ways and checks prepareDir puts back the right ones, leaves good files
// alone, and that gojieba then loads them (a damaged one would abort).
func TestVerifyRewritesDamagedFiles(t *testing.T) {
	files, err := dictFiles()
	require.NoError(t, err)
	dir := filepath.Join(t.TempDir(), "jieba-x")
	require.NoError(t, prepareDir(dir, files))
	for _, f := range files {
		require.NoError(t, verifyFile(filepath.Join(dir, f.name), f))
	}

	path := func(name string) string { return filepath.Join(dir, name) }
	// Same size, one byte changed: only the hash catches it.
	data, err := os.ReadFile(path("jieba.dict.utf8"))
	require.NoError(t, err)
	data[len(data)/2] ^= 0x20
	require.NoError(t, os.WriteFile(path("jieba.dict.utf8"), data, 0o644))
	// Truncated, as by a crash or a full disk.
	require.NoError(t, os.Truncate(path("hmm_model.utf8"), 1000))
	// Missing.
	require.NoError(t, os.Remove(path("idf.utf8")))
	// Empty.
	require.NoError(t, os.WriteFile(path("stop_words.utf8"), nil, 0o644))

	userBefore, err := os.Stat(path("user.dict.utf8"))
	require.NoError(t, err)
	for _, f := range files {
		if f.name != "user.dict.utf8" {
			assert.Error(t, verifyFile(path(f.name), f), f.name)
		}
	}

	require.NoError(t, prepareDir(dir, files))
	for _, f := range files {
		// require: a damaged file must not reach gojieba below, which would
		// abort the test binary.
		require.NoError(t, verifyFile(path(f.name), f), f.name)
	}
	userAfter, err := os.Stat(path("user.dict.utf8"))
	require.NoError(t, err)
	assert.True(t, os.SameFile(userBefore, userAfter), "a good file is not rewritten")

	// No temporary files are left behind.
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, len(files))

	// gojieba loads the repaired directory. This instance is the test's own,
	// so it may be freed.
	j, err := newJieba(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"召开", "专题民主生活会"}, j.Cut("召开专题民主生活会", true))
	j.Free()
}

func TestVerifyFileRejectsDirectory(t *testing.T) {
	files, err := dictFiles()
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "idf.utf8"), 0o755))
	assert.Error(t, verifyFile(filepath.Join(dir, "idf.utf8"), files[3]))
	// It cannot be replaced by a file, so the directory fails.
	assert.Error(t, prepareDir(dir, files))
}

func TestBaseDirs(t *testing.T) {
	t.Setenv(DictDirEnv, "/some/where")
	assert.Equal(t, []string{"/some/where"}, baseDirs())

	t.Setenv(DictDirEnv, "")
	t.Setenv("XDG_CACHE_HOME", "/x/cache")
	dirs := baseDirs()
	require.Len(t, dirs, 2)
	if runtime.GOOS == "linux" { // where os.UserCacheDir honours XDG_CACHE_HOME
		assert.Equal(t, "/x/cache/zhenggai", dirs[0])
	}
	assert.Equal(t, filepath.Join(os.TempDir(), "zhenggai-"+strconv.Itoa(os.Getuid())), dirs[1])
}

// TestPrepareDictsFallsBack makes the user cache directory unusable (a
// file where a directory should be) and checks the temporary directory is
// used instead.
func TestPrepareDictsFallsBack(t *testing.T) {
	tmp := t.TempDir()
	blocker := filepath.Join(tmp, "cache-is-a-file")
	require.NoError(t, os.WriteFile(blocker, []byte("x"), 0o644))
	t.Setenv(DictDirEnv, "")
	t.Setenv("XDG_CACHE_HOME", blocker)
	t.Setenv("HOME", blocker)
	t.Setenv("TMPDIR", filepath.Join(tmp, "tmp"))

	dir, err := prepareDicts()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(dir, filepath.Join(tmp, "tmp")), dir)

	// With the override pointing at the file, there is no fallback.
	t.Setenv(DictDirEnv, blocker)
	_, err = prepareDicts()
	assert.ErrorContains(t, err, "cannot provide the jieba dictionaries")
}
