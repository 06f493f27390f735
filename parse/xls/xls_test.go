package xls_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/xls"
)

const zoo = "../../testdata/zoo"

// pair is a LibreOffice-made .xls or .et and the XLSX it was converted from.
type pair struct{ bin, src string }

// pairs lists testdata/zoo's workbooks and their sources (README-xls.md).
func pairs(t *testing.T) []pair {
	var ps []pair
	for _, ext := range []string{"xls", "et"} {
		paths, err := filepath.Glob(filepath.Join(zoo, "*."+ext))
		require.NoError(t, err)
		for _, p := range paths {
			base := strings.TrimSuffix(filepath.Base(p), "."+ext)
			switch {
			case strings.HasPrefix(base, "ledger-"):
				ps = append(ps, pair{p, filepath.Join(parsetest.CorpusCases, strings.TrimPrefix(base, "ledger-"), "ledger.xlsx")})
			case base == "features":
				ps = append(ps, pair{p, filepath.Join(zoo, "features.xlsx")})
			}
		}
	}
	require.GreaterOrEqual(t, len(ps), 10, "the zoo's .xls and .et files")
	return ps
}

func parseFile(t *testing.T, path string) *parse.Document {
	t.Helper()
	doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
	require.NoError(t, err)
	return doc
}

// cellAccuracy compares two documents' tables cell by cell: the share of
// the reference's cells (text and date) that got has at the same place.
func cellAccuracy(got, ref *parse.Document) (float64, int) {
	total, same := 0, 0
	for ti, rt := range ref.Tables {
		for ri, rr := range rt.Rows {
			for ci, rc := range rr.Cells {
				total++
				if ti < len(got.Tables) && ri < len(got.Tables[ti].Rows) && ci < len(got.Tables[ti].Rows[ri].Cells) {
					gc := got.Tables[ti].Rows[ri].Cells[ci]
					if gc.Text == rc.Text && gc.Date == rc.Date {
						same++
					}
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(same) / float64(total), total
}

// TestSameAsXLSX: each .xls / .et reads as the XLSX it was made from, cell
// by cell (dates included), and as the same document (sheets, title, kind,
// page text).
func TestSameAsXLSX(t *testing.T) {
	for _, p := range pairs(t) {
		t.Run(filepath.Base(p.bin), func(t *testing.T) {
			got, ref := parseFile(t, p.bin), parseFile(t, p.src)
			assert.Equal(t, parse.FormatXLS, got.Format)
			acc, cells := cellAccuracy(got, ref)
			t.Logf("%s: cell accuracy %.4f over %d cells; text accuracy %.4f", filepath.Base(p.bin), acc, cells, parsetest.Accuracy(allText(got), allText(ref)))
			assert.GreaterOrEqual(t, acc, 0.99)
			assert.Equal(t, ref.Kind, got.Kind)
			assert.Equal(t, ref.Title, got.Title)
			require.Len(t, got.Pages, len(ref.Pages))
			for i := range ref.Pages {
				assert.Equal(t, ref.Pages[i].Sheet, got.Pages[i].Sheet)
				assert.Equal(t, ref.Pages[i].Text, got.Pages[i].Text, "page %d", i+1)
			}
			parsetest.CheckOffsets(t, got)
		})
	}
}

func allText(d *parse.Document) string {
	var sb strings.Builder
	for _, p := range d.Pages {
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// TestReadLedgerSame: the ledger read from each sample ledger's .xls / .et
// has the problems, statuses, clues and sheets of the one read from its XLSX.
func TestReadLedgerSame(t *testing.T) {
	for _, p := range pairs(t) {
		if !strings.HasPrefix(filepath.Base(p.bin), "ledger-") {
			continue
		}
		t.Run(filepath.Base(p.bin), func(t *testing.T) {
			got, ref := parseFile(t, p.bin), parseFile(t, p.src)
			got.File, ref.File = "ledger", "ledger"
			lg, lr := extract.ReadLedger(got), extract.ReadLedger(ref)
			require.NotEmpty(t, lr.Problems)
			assert.Equal(t, lr, lg)
			statuses := func(l *extract.Ledger) []extract.Status {
				var s []extract.Status
				for _, pr := range l.Problems {
					s = append(s, pr.Status)
				}
				return s
			}
			assert.Equal(t, statuses(lr), statuses(lg))
		})
	}
}

func TestEncrypted(t *testing.T) {
	_, err := parse.ParseFile(context.Background(), filepath.Join(zoo, "encrypted-ledger-07.xls"), parse.Options{})
	require.Error(t, err)
	assert.ErrorIs(t, err, parse.ErrEncrypted)
}

// TestTruncated: a workbook cut anywhere, or with bytes overwritten, is an
// error (never a panic, never a document made of half a sheet presented as
// whole when the cut falls in the cells) or, where the damage misses what
// is read, the document.
func TestTruncated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(zoo, "ledger-06-dongchuan-jiaotou-ofd.xls"))
	require.NoError(t, err)
	for _, n := range []int{0, 7, 8, 511, 512, 1024, 2048, len(data) / 3, len(data) / 2, len(data) - 512, len(data) - 1} {
		b := model.NewBuilder("t.xls", parse.FormatXLS)
		err := xls.Read(context.Background(), data[:n], b, model.Options{}.WithDefaults())
		require.Error(t, err, "cut at %d", n)
		assert.True(t, isOneOf(err, parse.ErrCorrupt, parse.ErrUnsupported), "cut at %d: %v", n, err)
	}
	_, err = parse.Parse(context.Background(), "ledger.xls", data[:len(data)/2], parse.Options{})
	require.Error(t, err)
	for i := 512; i < len(data); i += 151 {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xFF
		b := model.NewBuilder("t.xls", parse.FormatXLS)
		err := xls.Read(context.Background(), bad, b, model.Options{}.WithDefaults())
		if err != nil {
			assert.True(t, isOneOf(err, parse.ErrCorrupt, parse.ErrUnsupported, parse.ErrTooLarge), "byte %d: %v", i, err)
		}
	}
}

func isOneOf(err error, kinds ...error) bool {
	for _, k := range kinds {
		if strings.Contains(err.Error(), k.Error()) {
			return true
		}
	}
	return false
}

func TestDetect(t *testing.T) {
	wb, err := os.ReadFile(filepath.Join(zoo, "ledger-01-dongchuan-nonglin.xls"))
	require.NoError(t, err)
	xlsx, err := os.ReadFile(filepath.Join(parsetest.CorpusCases, "01-dongchuan-nonglin", "ledger.xlsx"))
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
		want parse.Format
		err  error
	}{
		{"ledger.xls", wb, parse.FormatXLS, nil},
		{"台账.ET", wb, parse.FormatXLS, nil},
		{"noext", wb, parse.FormatXLS, nil},
		{"ledger.xlsx", wb, "", parse.ErrUnsupported},
		{"ledger.xls", xlsx, "", parse.ErrUnsupported},
		{"export.xls", []byte("<html><body><table><tr><td>1</td></tr></table></body></html>"), parse.FormatHTML, nil},
		{"export.xls", []byte("序号,问题\n1,台账\n"), "", parse.ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse.Detect(tt.name, tt.data)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for name, want := range map[string]bool{"a.xls": true, "b.ET": true, "c.et": true, "d.xlsx": true, "e.xlsb": false} {
		assert.Equal(t, want, parse.Supported(name), name)
	}
}
