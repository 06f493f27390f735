// Package parsetest holds what the tests of parse and of its format
// packages share: building zip archives and documents in memory, running a
// reader directly, golden files, offset checks and text accuracy. Test
// files only import it. Paths are relative to a format package's folder
// (parse/pdf, ...): the repository's testdata is ../../testdata.
package parsetest

import (
	"archive/zip"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"

	"github.com/zhenggai/zhenggai/parse/model"
)

// CorpusCases is the folder of the sample cases, seen from a format
// package's folder.
const CorpusCases = "../../testdata/corpus/cases"

// FuzzRead runs a reader directly (without Parse's recover, and with the
// PDF reader's own recovers raising our panics again: raiseOwnPanics, so
// the fuzzer sees panics in our code) and checks the document it builds:
// every paragraph and cell offset must point at its text.
func FuzzRead(t *testing.T, read model.Reader, f model.Format, data []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	b := model.NewBuilder("fuzz", f)
	o := model.Options{MaxDecompressed: 8 << 20, MaxPages: 200}.WithDefaults()
	if err := read(ctx, data, b, o); err != nil {
		return
	}
	doc := b.Finish()
	for _, p := range doc.Paragraphs {
		if doc.Slice(p.Pos) != p.Text {
			t.Fatalf("paragraph %+v does not point at %q", p.Pos, p.Text)
		}
	}
	for _, tb := range doc.Tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if doc.Slice(c.Pos) != c.Text {
					t.Fatalf("cell %+v does not point at %q", c.Pos, c.Text)
				}
			}
		}
	}
	model.Identify(doc)
}

// AddSeeds adds the files matching the globs (relative to the repository's
// testdata) to the fuzz corpus.
func AddSeeds(f *testing.F, globs ...string) {
	n := 0
	for _, g := range globs {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", g))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
				n++
			}
		}
	}
	if n == 0 {
		f.Fatalf("no seeds for %v", globs)
	}
}

// ZipOf builds a zip archive from name → content pairs.
func ZipOf(t testing.TB, members ...string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i+1 < len(members); i += 2 {
		f, err := w.Create(members[i])
		require.NoError(t, err)
		_, err = f.Write([]byte(members[i+1]))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// BombOf builds a zip whose member inflates to size bytes of spaces (white
// space every XML reader takes, so the size limit is what stops it); extra
// holds name, content pairs written first.
func BombOf(t testing.TB, member string, size int, extra ...string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i+1 < len(extra); i += 2 {
		f, err := w.Create(extra[i])
		require.NoError(t, err)
		_, err = f.Write([]byte(extra[i+1]))
		require.NoError(t, err)
	}
	f, err := w.Create(member)
	require.NoError(t, err)
	_, err = f.Write(bytes.Repeat([]byte(" "), size))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// LyingBombOf builds a zip whose member declares 100 bytes but inflates to
// size bytes of spaces: archive/zip must refuse it rather than read on.
func LyingBombOf(t testing.TB, member string, size int, extra ...string) []byte {
	var tmp bytes.Buffer
	w := zip.NewWriter(&tmp)
	f, err := w.CreateHeader(&zip.FileHeader{Name: "x", Method: zip.Deflate})
	require.NoError(t, err)
	_, err = f.Write(bytes.Repeat([]byte(" "), size))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	r, err := zip.NewReader(bytes.NewReader(tmp.Bytes()), int64(tmp.Len()))
	require.NoError(t, err)
	rc, err := r.File[0].OpenRaw()
	require.NoError(t, err)
	var packed bytes.Buffer
	_, err = packed.ReadFrom(rc)
	require.NoError(t, err)
	var buf bytes.Buffer
	w = zip.NewWriter(&buf)
	for i := 0; i+1 < len(extra); i += 2 {
		g, err := w.Create(extra[i])
		require.NoError(t, err)
		_, err = g.Write([]byte(extra[i+1]))
		require.NoError(t, err)
	}
	g, err := w.CreateRaw(&zip.FileHeader{Name: member, Method: zip.Deflate, CompressedSize64: uint64(packed.Len()), UncompressedSize64: 100})
	require.NoError(t, err)
	_, err = g.Write(packed.Bytes())
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// updateGolden rewrites the golden files under testdata/golden instead of
// comparing against them: go test ./parse/... -run Golden -update
var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenRender lays a document out for a golden file: the text of each
// page, the headings with their levels, and the tables.
func goldenRender(doc *model.Document) string {
	var sb strings.Builder
	for _, p := range doc.Pages {
		fmt.Fprintf(&sb, "# page %d\n%s\n", p.Number, p.Text)
	}
	sb.WriteString("# headings\n")
	for _, p := range doc.Paragraphs {
		if p.Level > 0 {
			fmt.Fprintf(&sb, "L%d p%d %s\n", p.Level, p.Page, p.Text)
		}
	}
	for i, t := range doc.Tables {
		fmt.Fprintf(&sb, "# table %d page %d title %q header row %d\n", i+1, t.Page, t.Title, t.HeaderRow)
		if len(t.Header) > 0 {
			sb.WriteString("header: " + goldenCells(t.Header) + "\n")
		}
		for _, r := range t.Rows {
			fmt.Fprintf(&sb, "row %d: %s\n", r.Number, goldenCells(r.Cells))
		}
	}
	return sb.String()
}

func goldenCells(cs []model.Cell) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Text
		if c.Date != "" {
			parts[i] += " {" + c.Date + "}"
		}
	}
	return strings.Join(parts, " | ")
}

// CheckGolden compares the rendered document with testdata/golden/name, or
// rewrites it under -update.
func CheckGolden(t *testing.T, name string, doc *model.Document) {
	t.Helper()
	got := goldenRender(doc)
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *updateGolden {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./parse/... -run Golden -update")
	assert.Equal(t, string(want), got)
}

// ZipTree packs the files under dir into a zip archive (names relative to
// dir, in sorted order) in memory.
func ZipTree(t testing.TB, dir string) []byte {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		names = append(names, filepath.ToSlash(rel))
		return err
	})
	require.NoError(t, err)
	sort.Strings(names)
	members := make([]string, 0, 2*len(names))
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		require.NoError(t, err)
		members = append(members, n, string(data))
	}
	return ZipOf(t, members...)
}

// ReadDirect runs a reader on data with opt and returns the document or the
// reader's own error (before Parse wraps it).
func ReadDirect(ctx context.Context, read model.Reader, f model.Format, data []byte, opt model.Options) (*model.Document, error) {
	b := model.NewBuilder("test", f)
	if err := read(ctx, data, b, opt.WithDefaults()); err != nil {
		return nil, err
	}
	return b.Finish(), nil
}

// Para is a paragraph as the tests expect it. It names an unnamed struct
// type so that the tests of other packages may write {"text", level}.
type Para = struct {
	Text  string
	Level int
}

func Paras(doc *model.Document) []Para {
	var out []Para
	for _, p := range doc.Paragraphs {
		if p.Table == 0 {
			out = append(out, Para{p.Text, p.Level})
		}
	}
	return out
}

func TableRows(tb model.Table) [][]string {
	var out [][]string
	if len(tb.Header) > 0 {
		out = append(out, CellTexts(tb.Header))
	}
	for _, r := range tb.Rows {
		out = append(out, CellTexts(r.Cells))
	}
	return out
}

func CellTexts(cs []model.Cell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}

func ReadFixture(path string) func(t *testing.T) []byte {
	return func(t *testing.T) []byte {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		return data
	}
}

// CheckOffsets asserts that every paragraph and cell Pos points at its text.
func CheckOffsets(t *testing.T, doc *model.Document) {
	t.Helper()
	for _, p := range doc.Paragraphs {
		require.Equal(t, p.Text, doc.Slice(p.Pos), "paragraph %+v", p.Pos)
	}
	for _, tb := range doc.Tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				require.Equal(t, c.Text, doc.Slice(c.Pos), "cell %+v", c.Pos)
			}
		}
	}
}

// BenchFiles parses the files matching glob (under testdata) with parse
// (parse.Parse: this package cannot import it) once per iteration; SetBytes makes -bench report MB/s of input.
func BenchFiles(b *testing.B, glob string, parse func(context.Context, string, []byte, model.Options) (*model.Document, error)) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", glob))
	if len(paths) == 0 {
		b.Skipf("no files match %s", glob)
	}
	type in struct {
		name string
		data []byte
	}
	var ins []in
	var total int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, in{p, data})
		total += int64(len(data))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			if _, err := parse(context.Background(), x.name, x.data, model.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// chars returns s normalised and without white space, as runes: what
// character accuracy is measured on.
func Chars(s string) []rune {
	s = model.Normalize(strings.ReplaceAll(s, "\t", "\n"))
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

// Accuracy is 1 - edits/len(ref), with edits the Levenshtein distance
// between the non-white-space runes of got and ref.
func Accuracy(got, ref string) float64 {
	a, b := Chars(got), Chars(ref)
	if len(b) == 0 {
		return 0
	}
	d := editDistance(a, b)
	acc := 1 - float64(d)/float64(len(b))
	if acc < 0 {
		return 0
	}
	return acc
}

// editDistance is the Levenshtein distance, banded when the inputs are
// large (the band grows until the result fits inside it).
func editDistance(a, b []rune) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	for band := 256; ; band *= 4 {
		if d, ok := banded(a, b, band); ok {
			return d
		}
	}
}

func banded(a, b []rune, band int) (int, bool) {
	n, m := len(a), len(b)
	if diff := n - m; diff > band || -diff > band {
		if band >= n+m {
			return max(n, m), true
		}
		return 0, false
	}
	const inf = 1 << 30
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j
		if j > band {
			prev[j] = inf
		}
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-band), min(m, i+band)
		for j := range cur {
			cur[j] = inf
		}
		if i <= band {
			cur[0] = i
		}
		for j := lo; j <= hi; j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			if prev[j]+1 < c {
				c = prev[j] + 1
			}
			if cur[j-1]+1 < c {
				c = cur[j-1] + 1
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	d := prev[m]
	if d >= band && band < n+m {
		return 0, false
	}
	return d, true
}

// Encode returns s in the named encoding (utf-8, utf-8-bom, gbk, gb18030,
// utf-16le-bom, utf-16be-bom, utf-16le).
func Encode(t *testing.T, s string, enc string) []byte {
	switch enc {
	case "utf-8":
		return []byte(s)
	case "utf-8-bom":
		return append([]byte{0xEF, 0xBB, 0xBF}, s...)
	case "gbk":
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "gb18030":
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16le-bom":
		b, err := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16be-bom":
		b, err := utf16.UTF16(utf16.BigEndian, utf16.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	case "utf-16le":
		b, err := utf16.UTF16(utf16.LittleEndian, utf16.IgnoreBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	}
	t.Fatalf("unknown encoding %s", enc)
	return nil
}
