package parse

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

const corpusCases = "../testdata/corpus/cases"

// corpusFiles lists every document of the sample cases with the kind its
// place in the case folder implies.
func corpusFiles(t testing.TB) map[string]Kind {
	files := map[string]Kind{}
	err := filepath.WalkDir(corpusCases, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := filepath.Base(p)
		dir := filepath.Base(filepath.Dir(p))
		switch {
		case strings.HasSuffix(base, ".json"):
		case dir == "minutes":
			files[p] = KindMinutes
		case dir == "evidence":
			files[p] = KindOther
		case strings.HasPrefix(base, "report."):
			files[p] = KindReport
		case strings.HasPrefix(base, "ledger."):
			files[p] = KindLedger
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

var reFileDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// TestCorpusParses reads every file of the sample cases: it must parse, be
// classified as its place in the case says, and minutes must state the date
// their file name carries.
func TestCorpusParses(t *testing.T) {
	for path, kind := range corpusFiles(t) {
		t.Run(strings.TrimPrefix(path, corpusCases+"/"), func(t *testing.T) {
			doc, err := ParseFile(context.Background(), path, Options{})
			require.NoError(t, err)
			require.NotEmpty(t, doc.Pages)
			if kind != KindOther {
				assert.Equal(t, kind, doc.Kind, "title %q", doc.Title)
			}
			if kind == KindReport || kind == KindMinutes {
				assert.NotEmpty(t, doc.Title)
			}
			if kind == KindMinutes {
				assert.Equal(t, reFileDate.FindString(filepath.Base(path)), doc.Date, "title %q", doc.Title)
			}
			parsetest.CheckOffsets(t, doc)
		})
	}
}

type expectedFinding struct {
	Rule  string `json:"rule"`
	Item  string `json:"item"`
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
}

// TestCorpusLedgerRows checks that ledger rows keep the row numbers the
// expected findings cite, and that deadline cells are read as dates.
func TestCorpusLedgerRows(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(corpusCases, "*", "expected.json"))
	require.NoError(t, err)
	checked := 0
	for _, exp := range cases {
		dir := filepath.Dir(exp)
		ledgers, _ := filepath.Glob(filepath.Join(dir, "ledger.*"))
		require.Len(t, ledgers, 1, dir)
		doc, err := ParseFile(context.Background(), ledgers[0], Options{})
		require.NoError(t, err)
		raw, err := os.ReadFile(exp)
		require.NoError(t, err)
		var e struct{ Findings []expectedFinding }
		require.NoError(t, json.Unmarshal(raw, &e))
		for _, f := range e.Findings {
			if f.Row == 0 {
				continue
			}
			row, ok := findRow(doc, f.Sheet, f.Row)
			require.True(t, ok, "%s: no row %d in sheet %q", dir, f.Row, f.Sheet)
			assert.True(t, rowHas(row, f.Item), "%s: row %d of %q does not hold item %s", dir, f.Row, f.Sheet, f.Item)
			checked++
		}
		for _, tb := range doc.Tables {
			require.NotZero(t, tb.HeaderRow, "%s sheet %q: no header row", dir, tb.Sheet)
			for col, h := range tb.Header {
				if !strings.Contains(h.Text, "时限") && !strings.Contains(h.Text, "期限") && !strings.Contains(h.Text, "移交时间") {
					continue
				}
				for _, r := range tb.Rows {
					if col < len(r.Cells) && r.Cells[col].Text != "" {
						assert.NotEmpty(t, r.Cells[col].Date, "%s sheet %q row %d: %q is not a date", dir, tb.Sheet, r.Number, r.Cells[col].Text)
					}
				}
			}
		}
	}
	assert.GreaterOrEqual(t, checked, 14)
}

func findRow(doc *Document, sheet string, n int) (Row, bool) {
	for _, tb := range doc.Tables {
		if tb.Sheet != sheet {
			continue
		}
		for _, r := range tb.Rows {
			if r.Number == n {
				return r, true
			}
		}
	}
	return Row{}, false
}

func rowHas(r Row, item string) bool {
	for _, c := range r.Cells {
		if c.Text == item {
			return true
		}
	}
	return false
}
