package extract

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

func readCaseReport(t *testing.T, dir string) *parse.Document {
	files, _ := filepath.Glob(filepath.Join(dir, "report.*"))
	require.Len(t, files, 1)
	doc, err := parse.ParseFile(context.Background(), files[0], parse.Options{})
	require.NoError(t, err)
	return doc
}

// TestItemsCorpus reads the problem items of every sample report and checks
// them against the case's ledger and expected findings: each item matches a
// ledger problem by title; where the case expects claim.item-status, the
// report claims the expected status; elsewhere the report's status is the
// ledger's; arith.list-count's figure is the number of items listed.
func TestItemsCorpus(t *testing.T) {
	for _, dir := range caseDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			e := loadExpected(t, dir)
			doc := readCaseReport(t, dir)
			items := ReadItems(doc)
			l := readCaseLedger(t, dir)
			require.NotEmpty(t, items)
			listCount := len(l.Problems)
			statusFindings := map[string]string{}
			for _, f := range e.Findings {
				switch f.Rule {
				case "arith.list-count":
					listCount = int(f.Observed.(float64))
				case "claim.item-status":
					statusFindings[f.Title] = f.Claimed.(string)
				}
			}
			if filepath.Base(dir) == "05-meixi-jiaoti-gbk" {
				listCount-- // the report leaves out ledger item 12
			}
			assert.Len(t, items, listCount)
			for _, it := range items {
				assert.NotEmpty(t, it.Measures, it.Title)
				assert.Contains(t, doc.Slice(it.Pos), "关于“"+it.Title+"”")
				var match *LedgerProblem
				for i := range l.Problems {
					if sameTitle(l.Problems[i].Title, it.Title) {
						match = &l.Problems[i]
					}
				}
				require.NotNil(t, match, "no ledger problem titled %q", it.Title)
				if claimed, ok := statusFindings[match.Title]; ok {
					assert.Equal(t, Status(claimed), it.Status, it.Title)
				} else {
					assert.Equal(t, match.Status, it.Status, "%s: report %q, ledger %q", it.Title, it.StatusText, match.StatusText)
				}
				if it.StatusText != "" && it.StatusPos.End > 0 {
					assert.Equal(t, it.StatusText, doc.Slice(it.StatusPos))
				}
			}
		})
	}
}

// sameTitle compares titles as the corpus README says they differ: the
// report writes inner quotation marks as ‘…’, the ledger as “…”.
func sameTitle(a, b string) bool {
	norm := func(s string) string {
		r := []rune(Simplify(s))
		out := r[:0]
		for _, c := range r {
			switch c {
			case '“', '”', '‘', '’', '"', '\'':
				continue
			}
			out = append(out, c)
		}
		return string(out)
	}
	return norm(a) == norm(b)
}
