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
		"通报批评": "criticized", "责令作出书面检查": "other", "批评教育": "criticized",
		"黨紀處分": "disciplined",
	}
	for in, want := range tests {
		assert.Equal(t, want, AccountabilityKind(in), in)
	}
}

func TestParseStatus(t *testing.T) {
	tests := map[string]Status{
		"已完成 ": StatusDone, "已完成整改": StatusDone, "正在核查": StatusInProgress,
		"已辦結": StatusDone, "未銷號": StatusNotDone, "待銷號": StatusInProgress,
	}
	for in, want := range tests {
		assert.Equal(t, want, ParseStatus(in), in)
	}
}

func TestParseDeadline(t *testing.T) {
	tests := map[string]string{
		"2020年12月底前": "2020-12-31", "2021年2月": "2021-02-28", "2020年底": "2020-12-31", "2020/9/30": "2020-09-30",
		"长期坚持": "", "立行立改": "",
		// A full date with 前, a quarter or a half of a year (cases-aw).
		"2024年6月30日前": "2024-06-30", "2024年12月31日之前": "2024-12-31", "2024.6.30前": "2024-06-30", "2024-06-30前": "2024-06-30",
		"2024年第四季度末": "2024-12-31", "2024年第三季度": "2024-09-30", "2024年二季度前": "2024-06-30", "2024年上半年": "2024-06-30",
		"2024年下半年": "2024-12-31", "第三季度": "", "6月30日前": "",
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

// TestDateInYear: a cell that names no year is read in the year given; one
// that names its year, or no date, is not (cases-aw 02, 11).
func TestDateInYear(t *testing.T) {
	tests := map[string]string{
		"6月30日前": "2024-06-30", "7月12日": "2024-07-12", "6月底": "2024-06-30", "7月底前": "2024-07-31",
		"年底前": "2024-12-31", "第三季度": "2024-09-30", "四季度末": "2024-12-31", "上半年": "2024-06-30",
		"2023年6月30日": "", "长期坚持": "", "立行立改": "", "": "",
	}
	for in, want := range tests {
		d, ok := DateInYear(in, 2024)
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

// TestStatusExamples reads every phrase of the status examples table (one
// row a phrase, docs/vocabulary.md lists them) as a ledger cell and, where
// it is one clause that says a status, as the words before a problems
// figure: 巡察反馈问题10个，其中<phrase>的问题3个 counts problems of its status.
// Ledger cells and claims read a status by the one classifier.
func TestStatusExamples(t *testing.T) {
	require.GreaterOrEqual(t, len(statusExamples), 60)
	seen := map[string]bool{}
	for _, ex := range statusExamples {
		t.Run(ex.Phrase, func(t *testing.T) {
			require.False(t, seen[ex.Phrase], "listed twice")
			seen[ex.Phrase] = true
			assert.Equal(t, ex.Status, ParseStatus(ex.Phrase), "ledger cell")
			if ex.Status == StatusUnknown || strings.ContainsAny(ex.Phrase, "，（") {
				return
			}
			var subs []Subtype
			for _, c := range claimsOf(t, "巡察反馈问题10个，其中"+ex.Phrase+"的问题3个。") {
				if c.Kind == KindProblems && c.Value == 3 {
					subs = append(subs, c.Subtype)
				}
			}
			assert.Equal(t, []Subtype{ex.Status.Subtype()}, subs, "claim")
		})
	}
}

// TestStatusGrammar checks the grammar on what the examples do not spell
// out: a negator or pending word scopes over the verb through modifiers and
// whole words; a mark after a verb starts a new phrase; several statuses in
// one text give the first of not done, in progress, done.
func TestStatusGrammar(t *testing.T) {
	tests := []struct {
		in   string
		want Status
	}{
		{"尚未按期全面整改到位", StatusInProgress}, // negated whole: partly done
		{"暂未能按时销号", StatusNotDone},
		{"均未完成", StatusNotDone},
		{"拟予以销号", StatusInProgress},
		{"已经及时整改", StatusDone},
		{"整改完成，未销号", StatusNotDone},
		{"已完成3个，正在推进2个", StatusInProgress},
		{"完成", StatusDone},      // a bare verb says its status
		{"完成时限", StatusUnknown}, // but not as the modifier of a noun (casesu 04)
		{"整改进度滞后", StatusInProgress},
		{"未发现整改问题", StatusUnknown},
		{"不断推进", StatusUnknown},
		{"申请办结", StatusInProgress},
		{"待验收销号", StatusInProgress},
		{"确保年底前整改到位，目前已完成", StatusDone}, // the pledge ends with its clause
		{"必须按期完成", StatusUnknown},
		{"已整改确保长效", StatusDone},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ParseStatus(tt.in), tt.in)
	}
}

// TestSplitOwner: a cell naming both the leader and the department, the
// other column missing or empty, is parted by what each part names.
func TestSplitOwner(t *testing.T) {
	tests := []struct {
		leader, dept         string
		combined             bool
		wantLeader, wantDept string
	}{
		// Under 责任人/责任单位 with no department column, offices alone are
		// the department's.
		{"社区建设办", "", true, "", "社区建设办"},
		{"社区建设办", "", false, "社区建设办", ""},
		{"陈立新", "", true, "陈立新", ""},
		{"", "党政办/陈立新", false, "陈立新", "党政办"},
		{"王敏、李强/财政所、农业服务中心", "", false, "王敏、李强", "财政所、农业服务中心"},
		{"陳立新／黨政辦", "", false, "陳立新", "黨政辦"},
		// One kind only, or both columns filled: left as they are.
		{"陈立新", "", false, "陈立新", ""},
		{"党政办", "", false, "党政办", ""},
		{"陈立新/党政办", "综治办", false, "陈立新/党政办", "综治办"},
		{"", "", false, "", ""},
	}
	for _, tt := range tests {
		l, d := splitOwner(tt.leader, tt.dept, tt.combined)
		assert.Equal(t, tt.wantLeader, l, tt.leader+"|"+tt.dept)
		assert.Equal(t, tt.wantDept, d, tt.leader+"|"+tt.dept)
	}
}
