package doc_test

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/doc"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

// zoo is the folder of the corpus documents converted to .doc and .wps by
// LibreOffice (testdata/zoo/README.md says how).
const zoo = "../../testdata/zoo"

// zooFiles lists the converted files with the DOCX each was made from.
func zooFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, g := range []string{"*/*.doc", "*/*.wps", "*/minutes/*.doc", "*/minutes/*.wps"} {
		m, err := filepath.Glob(filepath.Join(zoo, g))
		require.NoError(t, err)
		for _, p := range m {
			rel, err := filepath.Rel(zoo, p)
			require.NoError(t, err)
			if strings.HasPrefix(rel, "bad"+string(filepath.Separator)) {
				continue
			}
			base := strings.TrimSuffix(rel, filepath.Ext(rel)) + ".docx"
			if _, err := os.Stat(filepath.Join(zoo, base)); err == nil {
				// Made with its DOCX from a source of its own.
				out[p] = filepath.Join(zoo, base)
				continue
			}
			out[p] = filepath.Join(parsetest.CorpusCases, base)
		}
	}
	require.GreaterOrEqual(t, len(out), 20, "the zoo's .doc and .wps files")
	return out
}

// TestZooAgainstDOCX reads each converted file and the DOCX it was made
// from: the text must agree to 99% of its characters, a DOCX's tables must
// be found with the same rows and cells, and the paragraph counts must be
// close.
func TestZooAgainstDOCX(t *testing.T) {
	lowest := 1.0
	wps := 0
	for path, src := range zooFiles(t) {
		name := strings.TrimPrefix(path, zoo+"/")
		t.Run(name, func(t *testing.T) {
			got, err := parse.ParseFile(context.Background(), path, parse.Options{})
			require.NoError(t, err)
			want, err := parse.ParseFile(context.Background(), src, parse.Options{})
			require.NoError(t, err)
			if filepath.Ext(path) == ".wps" {
				assert.Equal(t, parse.FormatWPS, got.Format)
				wps++
			} else {
				assert.Equal(t, parse.FormatDOC, got.Format)
			}
			parsetest.CheckOffsets(t, got)

			acc := parsetest.Accuracy(got.Text(), want.Text())
			assert.GreaterOrEqual(t, acc, 0.99, "text accuracy")
			lowest = min(lowest, acc)

			require.Len(t, got.Tables, len(want.Tables), "tables")
			for i := range want.Tables {
				assert.Equal(t, parsetest.TableRows(want.Tables[i]), parsetest.TableRows(got.Tables[i]), "table %d", i+1)
			}
			assert.Equal(t, parsetest.Paras(want), parsetest.Paras(got), "paragraphs and their levels")
			np, wp := len(got.Paragraphs), len(want.Paragraphs)
			assert.InDelta(t, wp, np, float64(wp)/20+1, "paragraphs")
			assert.Equal(t, want.Kind, got.Kind, "kind")
			assert.Equal(t, want.Title, got.Title, "title")
			assert.Equal(t, want.Date, got.Date, "date")
			t.Logf("%s: accuracy %.4f, paragraphs %d (DOCX %d), tables %d", name, acc, np, wp, len(got.Tables))
		})
	}
	assert.GreaterOrEqual(t, wps, 2, ".wps files in the zoo")
	t.Logf("lowest accuracy %.4f", lowest)
}

// fixture reads a file of the zoo.
func fixture(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(zoo, rel))
	require.NoError(t, err)
	return data
}

// renamedStream returns a copy of a compound file with the directory
// entry of stream from renamed to to (at most 31 characters: the entry's
// name field is 64 bytes).
func renamedStream(t *testing.T, data []byte, from, to string) []byte {
	t.Helper()
	enc := func(s string) []byte {
		b := make([]byte, 2*len(s))
		for i := 0; i < len(s); i++ {
			b[2*i] = s[i]
		}
		return b
	}
	out := append([]byte(nil), data...)
	at := strings.Index(string(out), string(enc(from)))
	require.GreaterOrEqual(t, at, 0)
	require.Zero(t, at%128, "directory entries are 128-byte aligned")
	name := out[at : at+64]
	clear(name)
	copy(name, enc(to))
	binary.LittleEndian.PutUint16(out[at+64:], uint16(2*len(to)+2))
	return out
}

const sample = "02-qingxi-ziranziyuan-clean/report.doc"

func TestDetectCompound(t *testing.T) {
	word := fixture(t, sample)
	tests := []struct {
		name   string
		file   string
		data   []byte
		want   parse.Format
		err    error
		detail string
	}{
		{"Word file", "a.doc", word, parse.FormatDOC, nil, ""},
		{"Word file named in capitals", "A.DOC", word, parse.FormatDOC, nil, ""},
		{"WPS text file", "a.wps", word, parse.FormatWPS, nil, ""},
		{"Word file without an extension", "a", word, parse.FormatDOC, nil, ""},
		{"Word file named .docx", "a.docx", word, "", parse.ErrUnsupported, "DOC"},
		{"Excel file", "a.xls", renamedStream(t, word, "WordDocument", "Workbook"), parse.FormatXLS, nil, ""},
		{"Excel file named .doc", "a.doc", renamedStream(t, word, "WordDocument", "Workbook"), "", parse.ErrUnsupported, "XLS"},
		{"WPS spreadsheet", "a.et", renamedStream(t, word, "WordDocument", "Book"), parse.FormatXLS, nil, ""},
		{"other compound file", "a.doc", renamedStream(t, word, "WordDocument", "Other"), "", parse.ErrUnsupported, "not a Word document"},
		{"encrypted OOXML", "a.docx", renamedStream(t, word, "WordDocument", "EncryptionInfo"), "", parse.ErrEncrypted, ""},
		{"damaged compound file", "a.doc", append(append([]byte(nil), word[:8]...), make([]byte, 600)...), "", parse.ErrCorrupt, "compound file"},
		{"damaged compound file named .docx", "a.docx", append(append([]byte(nil), word[:8]...), make([]byte, 600)...), "", parse.ErrUnsupported, "legacy Office"},
		{"web page saved as .doc", "a.doc", []byte("<html><body><p>整改</p></body></html>"), parse.FormatHTML, nil, ""},
		{"plain text named .wps", "a.wps", []byte("整改情况报告"), "", parse.ErrUnsupported, "rename it .txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse.Detect(tt.file, tt.data)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				assert.Contains(t, err.Error(), tt.detail)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, name := range []string{"a.doc", "b.WPS", "x/y.doc"} {
		assert.True(t, parse.Supported(name), name)
	}
	assert.True(t, parse.Supported("a.xls"), "legacy Excel goes to parse/xls")
}

func TestProbe(t *testing.T) {
	word := fixture(t, sample)
	app, err := doc.Probe(word)
	require.NoError(t, err)
	assert.Equal(t, doc.AppWord, app)
	app, err = doc.Probe(renamedStream(t, word, "WordDocument", "PowerPoint Document"))
	require.NoError(t, err)
	assert.Equal(t, doc.AppPowerPoint, app)
	app, err = doc.Probe(renamedStream(t, word, "WordDocument", "Contents"))
	require.NoError(t, err)
	assert.Equal(t, doc.AppUnknown, app)
	_, err = doc.Probe([]byte("not a compound file"))
	assert.ErrorIs(t, err, parse.ErrCorrupt)
}

// fibOffset finds the FIB, the start of the WordDocument stream, in a
// compound file written by LibreOffice: the first sector after the header
// that starts with the Word identifier.
func fibOffset(t *testing.T, data []byte) int {
	t.Helper()
	for at := 512; at+512 <= len(data); at += 512 {
		if binary.LittleEndian.Uint16(data[at:]) == 0xA5EC {
			return at
		}
	}
	t.Fatal("no FIB")
	return 0
}

// patched returns a copy of data with v written at the offset where
// returns, from the FIB's start.
func patched(t *testing.T, data []byte, where func(fib []byte) int, v uint32, size int) []byte {
	t.Helper()
	out := append([]byte(nil), data...)
	fib := out[fibOffset(t, out):]
	at := where(fib)
	if size == 2 {
		binary.LittleEndian.PutUint16(fib[at:], uint16(v))
	} else {
		binary.LittleEndian.PutUint32(fib[at:], v)
	}
	return out
}

// FIB fields: FibBase, then csw, fibRgW, cslw, fibRgLw, cbRgFcLcb and the
// pairs.
func lwAt(fib []byte, i int) int {
	csw := int(binary.LittleEndian.Uint16(fib[32:]))
	return 32 + 2 + 2*csw + 2 + 4*i
}

func fcLcbAt(fib []byte, i int) int {
	csw := int(binary.LittleEndian.Uint16(fib[32:]))
	pos := 32 + 2 + 2*csw
	cslw := int(binary.LittleEndian.Uint16(fib[pos:]))
	return pos + 2 + 4*cslw + 2 + 4*i
}

func TestBadInput(t *testing.T) {
	good := fixture(t, sample)
	const (
		ccpText = 3
		fcClx   = 2 * 33
		lcbClx  = 2*33 + 1
	)
	tests := []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"encrypted (fEncrypted set)", fixture(t, "bad/encrypted.doc"), parse.ErrEncrypted, "password"},
		{"obfuscated", patched(t, good, func([]byte) int { return 10 }, 0x8100|0x0200, 2), parse.ErrEncrypted, "XOR"},
		{"truncated to half", good[:len(good)/2], parse.ErrCorrupt, ""},
		{"truncated to the header", good[:512], parse.ErrCorrupt, "compound file"},
		{"not a Word identifier", patched(t, good, func([]byte) int { return 0 }, 0x1234, 2), parse.ErrCorrupt, "not a Word document"},
		{"Word 95", patched(t, good, func([]byte) int { return 2 }, 0x65, 2), parse.ErrUnsupported, "Word 95"},
		{"FIB arrays past the stream", patched(t, good, func([]byte) int { return 32 }, 0xFFFF, 2), parse.ErrCorrupt, "FIB"},
		{"more characters than bytes", patched(t, good, func(f []byte) int { return lwAt(f, ccpText) }, 0x7FFFFFFF, 4), parse.ErrCorrupt, "characters"},
		{"piece table outside the table stream", patched(t, good, func(f []byte) int { return fcLcbAt(f, fcClx) }, 0x7FFFFFF0, 4), parse.ErrCorrupt, "piece table"},
		{"no piece table", patched(t, good, func(f []byte) int { return fcLcbAt(f, lcbClx) }, 0, 4), parse.ErrCorrupt, "piece table"},
		{"piece table of the wrong size", patched(t, good, func(f []byte) int { return fcLcbAt(f, lcbClx) }, 7, 4), parse.ErrCorrupt, "piece table"},
		{"no WordDocument stream", renamedStream(t, good, "WordDocument", "Workbook"), parse.ErrCorrupt, "WordDocument"},
		{"no table stream", renamedStream(t, good, "1Table", "2Table"), parse.ErrCorrupt, "1Table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parsetest.ReadDirect(context.Background(), doc.Read, parse.FormatDOC, tt.data, parse.Options{})
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	t.Run("through Parse, a file error", func(t *testing.T) {
		_, err := parse.Parse(context.Background(), "加密.doc", fixture(t, "bad/encrypted.doc"), parse.Options{})
		var pe *parse.Error
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, "加密.doc", pe.File)
		assert.ErrorIs(t, err, parse.ErrEncrypted)
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := parsetest.ReadDirect(ctx, doc.Read, parse.FormatDOC, good, parse.Options{})
		assert.ErrorIs(t, err, context.Canceled)
	})
	t.Run("every truncation is an error, never a panic", func(t *testing.T) {
		for n := 0; n < len(good); n += 97 {
			_, err := parsetest.ReadDirect(context.Background(), doc.Read, parse.FormatDOC, good[:n], parse.Options{})
			require.Error(t, err, "%d bytes", n)
		}
	})
}

// FuzzReadDOC fuzzes the reader with the zoo's files as seeds.
func FuzzReadDOC(f *testing.F) {
	parsetest.AddSeeds(f, "zoo/*/*.doc", "zoo/*/*.wps", "zoo/*/minutes/*.doc", "zoo/bad/*.doc")
	f.Fuzz(func(t *testing.T, data []byte) {
		parsetest.FuzzRead(t, doc.Read, parse.FormatDOC, data)
	})
}

// BenchmarkReadDOC parses the zoo's .doc files.
func BenchmarkReadDOC(b *testing.B) {
	parsetest.BenchFiles(b, "zoo/*/minutes/*.doc", parse.Parse)
}
