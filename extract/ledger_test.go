package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

const corpusCases = "../testdata/corpus/cases"

type expectedCase struct {
	AsOf     string `json:"as_of"`
	Findings []struct {
		Rule     string `json:"rule"`
		Item     string `json:"item"`
		Title    string `json:"title"`
		Claimed  any    `json:"claimed"`
		Observed any    `json:"observed"`
		Sheet    string `json:"sheet"`
		Row      int    `json:"row"`
	} `json:"findings"`
	Claims []struct {
		Kind    string  `json:"kind"`
		Subtype string  `json:"subtype"`
		Value   float64 `json:"value"`
	} `json:"claims"`
}

func loadExpected(t *testing.T, dir string) expectedCase {
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	require.NoError(t, err)
	var e expectedCase
	require.NoError(t, json.Unmarshal(raw, &e))
	return e
}

func caseDirs(t *testing.T) []string {
	dirs, err := filepath.Glob(filepath.Join(corpusCases, "*"))
	require.NoError(t, err)
	require.Len(t, dirs, 8)
	return dirs
}

func readCaseLedger(t *testing.T, dir string) *Ledger {
	files, _ := filepath.Glob(filepath.Join(dir, "ledger.*"))
	require.Len(t, files, 1)
	doc, err := parse.ParseFile(context.Background(), files[0], parse.Options{})
	require.NoError(t, err)
	return ReadLedger(doc)
}

// TestLedgerCorpus reads every sample ledger and checks it against what the
// case's expected.json says of it: the rows its findings cite, and the
// ledger figures (observed values) its claim findings compare against. In the
// clean cases the report's own figures must equal the ledger's.
func TestLedgerCorpus(t *testing.T) {
	for _, dir := range caseDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			e := loadExpected(t, dir)
			l := readCaseLedger(t, dir)
			require.NotEmpty(t, l.Problems)
			for i, p := range l.Problems {
				assert.Equal(t, strconv.Itoa(i+1), p.No, "problem rows are numbered 1..N in every sample ledger")
				assert.NotEmpty(t, p.Title)
				assert.NotEqual(t, StatusUnknown, p.Status, "row %d status %q", p.Ref.Row, p.StatusText)
				assert.NotEmpty(t, p.DeadlineText)
			}
			counts := ledgerFigures(l)
			for _, f := range e.Findings {
				switch f.Rule {
				case "claim.item-status", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner":
					p := findProblem(l, f.Item)
					require.NotNil(t, p, "item %s", f.Item)
					if f.Row != 0 {
						assert.Equal(t, f.Row, p.Ref.Row, "item %s", f.Item)
						assert.Equal(t, f.Sheet, p.Ref.Sheet)
					}
					if f.Title != "" {
						assert.Contains(t, Simplify(p.Title), trimQuotes(f.Title))
					}
					if f.Rule == "claim.item-status" {
						assert.Equal(t, Status(f.Observed.(string)), p.Status, "item %s", f.Item)
					}
				case "clue.overdue":
					var c *Clue
					for i := range l.Clues {
						if l.Clues[i].No == f.Item {
							c = &l.Clues[i]
						}
					}
					require.NotNil(t, c, "clue %s", f.Item)
					assert.Equal(t, f.Row, c.Ref.Row)
					assert.Equal(t, f.Sheet, c.Ref.Sheet)
				case "claim.problems-total", "claim.problems-done", "claim.accountability", "claim.systems", "claim.clues":
					item := f.Item
					if item == "" {
						item = map[string]string{"claim.problems-total": "total", "claim.problems-done": "done"}[f.Rule]
					}
					key := f.Rule + "/" + item
					got, ok := counts[key]
					require.True(t, ok, "no ledger figure for %s", key)
					assert.Equal(t, f.Observed.(float64), float64(got), key)
				}
			}
		})
	}
}

// ledgerFigures computes the ledger-side figures the claim rules compare.
func ledgerFigures(l *Ledger) map[string]int {
	m := map[string]int{}
	m["claim.problems-total/total"] = len(l.Problems)
	for _, p := range l.Problems {
		if p.Status == StatusDone {
			m["claim.problems-done/done"]++
		}
	}
	if len(l.Accountability) > 0 {
		m["claim.accountability/total"] = len(l.Accountability)
	}
	for _, r := range l.Rules {
		m["claim.systems/"+string(r.Kind)]++
		m["claim.systems/total"]++
	}
	for _, c := range l.Clues {
		m["claim.clues/received"]++
		if c.Status == StatusDone {
			m["claim.clues/handled"]++
		}
	}
	return m
}

func findProblem(l *Ledger, no string) *LedgerProblem {
	for i := range l.Problems {
		if l.Problems[i].No == no {
			return &l.Problems[i]
		}
	}
	return nil
}

func trimQuotes(s string) string {
	r := []rune(s)
	if len(r) > 20 {
		r = r[:20]
	}
	return string(r)
}

func TestAccountabilityKind(t *testing.T) {
	tests := map[string]Subtype{
		"党纪处分（党内警告）": "disciplined", "政务处分（记过）": "disciplined", "党纪政务处分": "disciplined",
		"组织处理（免职）": "org_handling", "组织处理（调整工作岗位）": "org_handling", "降职": "org_handling",
		"诫勉": "admonished", "诫勉谈话": "admonished", "谈话提醒": "admonished",
		"通报批评": "criticized", "责令作出书面检查": "other", "批评教育": "other",
		"黨紀處分": "disciplined",
	}
	for in, want := range tests {
		assert.Equal(t, want, AccountabilityKind(in), in)
	}
}

func TestParseStatus(t *testing.T) {
	tests := map[string]Status{
		"已完成": StatusDone, "已整改": StatusDone, "已销号": StatusDone, "完成": StatusDone, "已整改到位": StatusDone,
		"正在整改": StatusInProgress, "推进中": StatusInProgress, "基本完成": StatusInProgress, "持续整改": StatusInProgress,
		"长期坚持": StatusInProgress, "正在推进": StatusInProgress, "阶段性完成": StatusInProgress,
		"未完成": StatusNotDone, "未启动": StatusNotDone, "未整改": StatusNotDone,
		"已办结": StatusDone, "已处置": StatusDone, "正在核查": StatusInProgress, "正在初步核实": StatusInProgress,
		"已完成 ": StatusDone, "": StatusUnknown, "见附件": StatusUnknown, "已完成整改": StatusDone, "未完成整改": StatusNotDone,
		"已完成（阶段性）": StatusDone, "已辦結": StatusDone,
	}
	for in, want := range tests {
		assert.Equal(t, want, ParseStatus(in), in)
	}
}

func TestParseDeadline(t *testing.T) {
	tests := map[string]string{
		"2020年12月底前": "2020-12-31", "2021年2月": "2021-02-28", "2020年底": "2020-12-31", "2020/9/30": "2020-09-30",
		"长期坚持": "", "立行立改": "",
	}
	for in, want := range tests {
		d, ok := parseDeadline(in)
		if want == "" {
			assert.False(t, ok, in)
			continue
		}
		require.True(t, ok, in)
		assert.Equal(t, want, d.Format("2006-01-02"), in)
	}
}

// TestRowRefPos checks that every ledger row points back at the document
// as every stage does, by a parse.Pos: the page is the row's sheet and the
// span runs from the row's first written cell to its last.
func TestRowRefPos(t *testing.T) {
	for _, dir := range caseDirs(t) {
		files, _ := filepath.Glob(filepath.Join(dir, "ledger.*"))
		require.Len(t, files, 1)
		doc, err := parse.ParseFile(context.Background(), files[0], parse.Options{})
		require.NoError(t, err)
		l := ReadLedger(doc)
		var refs []RowRef
		for _, p := range l.Problems {
			refs = append(refs, p.Ref)
		}
		for _, c := range l.Clues {
			refs = append(refs, c.Ref)
		}
		for _, a := range l.Accountability {
			refs = append(refs, a.Ref)
		}
		for _, s := range l.Rules {
			refs = append(refs, s.Ref)
		}
		require.NotEmpty(t, refs, dir)
		for _, ref := range refs {
			require.True(t, ref.Pos.Page >= 1 && ref.Pos.Page <= len(doc.Pages), "%s row %d: page %d", dir, ref.Row, ref.Pos.Page)
			assert.Equal(t, ref.Sheet, doc.Pages[ref.Pos.Page-1].Sheet, "%s row %d: the page is the sheet", dir, ref.Row)
			text := doc.Slice(ref.Pos)
			cells := strings.Split(ref.Text, " | ")
			assert.True(t, strings.HasPrefix(text, cells[0]) && strings.HasSuffix(text, cells[len(cells)-1]),
				"%s row %d: %q does not span %q", dir, ref.Row, text, ref.Text)
		}
	}
}

// TestStatusOneClassifier checks that ledger cells and claims read a status
// alike, for every word of the statuses table: the cell <word> and the
// claim 其中<word>的问题3个 get the status of the first row holding a word the
// text contains; and the negated and pending forms ledgers write are not
// read as done.
func TestStatusOneClassifier(t *testing.T) {
	for _, row := range statuses {
		for _, w := range row.Words {
			t.Run(w, func(t *testing.T) {
				want, _ := statusIn(w)
				assert.Equal(t, want, ParseStatus(w), "ledger cell")
				var subs []Subtype
				for _, c := range claimsOf(t, "巡察反馈问题10个，其中"+w+"的问题3个。") {
					if c.Kind == KindProblems && c.Value == 3 {
						subs = append(subs, c.Subtype)
					}
				}
				assert.Equal(t, []Subtype{want.Subtype()}, subs, "claim")
			})
		}
	}
	for in, want := range map[string]Status{"未到位": StatusNotDone, "整改不到位": StatusNotDone, "未办结": StatusInProgress, "部分完成": StatusInProgress} {
		assert.Equal(t, want, ParseStatus(in), in)
	}
}
