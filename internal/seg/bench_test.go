package seg

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yanyiwu/gojieba"
)

// benchText is the corpus reports, concatenated in name order.
func benchText(b *testing.B) string {
	m := reports(b)
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		sb.WriteString(m[n])
	}
	return sb.String()
}

func BenchmarkCut(b *testing.B) {
	text := benchText(b)
	require.NoError(b, Init())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Cut(text)
	}
}

// BenchmarkGojiebaBare is gojieba with its own dictionaries from the module
// cache and no wrapper, on the same text as BenchmarkCut.
func BenchmarkGojiebaBare(b *testing.B) {
	text := benchText(b)
	j := gojieba.NewJieba()
	defer j.Free() // this instance is the benchmark's own
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		j.Cut(text, true)
	}
}

func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	require.NoError(b, Init())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tag(text)
	}
}

func BenchmarkTokenizeSearch(b *testing.B) {
	text := benchText(b)
	require.NoError(b, Init())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tokenize(text, true)
	}
}

// BenchmarkPrepareDictsCold is the first use on a machine: inflate, write,
// hash and re-verify every dictionary.
func BenchmarkPrepareDictsCold(b *testing.B) {
	files, err := dictFiles()
	require.NoError(b, err)
	root := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		dir := filepath.Join(root, strconv.Itoa(i))
		require.NoError(b, prepareDir(dir, files))
		b.StopTimer()
		os.RemoveAll(dir)
		b.StartTimer()
	}
}

// BenchmarkPrepareDictsWarm is every later start: verify the files.
func BenchmarkPrepareDictsWarm(b *testing.B) {
	files, err := dictFiles()
	require.NoError(b, err)
	dir := b.TempDir()
	require.NoError(b, prepareDir(dir, files))
	b.ResetTimer()
	for b.Loop() {
		require.NoError(b, prepareDir(dir, files))
	}
}

// BenchmarkLoadJieba is gojieba loading the verified dictionaries.
func BenchmarkLoadJieba(b *testing.B) {
	files, err := dictFiles()
	require.NoError(b, err)
	dir := b.TempDir()
	require.NoError(b, prepareDir(dir, files))
	b.ResetTimer()
	for b.Loop() {
		j, err := newJieba(dir)
		require.NoError(b, err)
		j.Free() // the benchmark's own instance
	}
}
