package verify

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// The rule tests build their inputs in memory: a report of a few lines, the
// claims and items read from it, a ledger and meetings written as structs.

// report is a one-page report holding the given lines.
func report(lines ...string) *parse.Document {
	return &parse.Document{File: "report.txt", Pages: []parse.Page{{Number: 1, Text: strings.Join(lines, "\n")}}}
}

// at is the position of the n-th (from 0) occurrence of sub in the
// report's text (code points); it fails the test if there is none.
func at(t *testing.T, doc *parse.Document, sub string, n int) parse.Pos {
	t.Helper()
	text := doc.Pages[0].Text
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[off:], sub)
		require.GreaterOrEqual(t, i, 0, "%q not in the report", sub)
		off += i
		if n > 0 {
			off += len(sub)
		}
	}
	start := len([]rune(text[:off]))
	return parse.Pos{Page: 1, Start: start, End: start + len([]rune(sub))}
}

// claim completes c as a claim read at the first occurrence of figure in
// doc: Figure there, the line holding it as its sentence and paragraph, a
// figure of its own (Of -1), Count its Value.
func claim(t *testing.T, doc *parse.Document, figure string, c extract.Claim) extract.Claim {
	return claimN(t, doc, figure, 0, c)
}

// claimN is claim at the n-th occurrence of figure.
func claimN(t *testing.T, doc *parse.Document, figure string, n int, c extract.Claim) extract.Claim {
	t.Helper()
	c.Figure = at(t, doc, figure, n)
	lines := strings.Split(doc.Pages[0].Text, "\n")
	start := 0
	for i, l := range lines {
		n := len([]rune(l))
		if c.Figure.Start <= start+n {
			c.Paragraph = i
			c.Text = l
			c.Source = extract.Source{File: doc.File, Page: 1, Start: start, End: start + n}
			break
		}
		start += n + 1
	}
	c.Of = -1
	if c.Count == 0 {
		c.Count = c.Value // a count written whole, unless the test says how it was written
	}
	return c
}

// problemAt is a claim of problems of subtype sub and value v read at the
// n-th occurrence of figure, counted in figure's measure word (its last
// character).
func problemAt(t *testing.T, doc *parse.Document, figure string, n int, sub extract.Subtype, v float64) extract.Claim {
	t.Helper()
	rs := []rune(figure)
	return claimN(t, doc, figure, n, extract.Claim{Kind: extract.KindProblems, Subtype: sub, Value: v, Unit: string(rs[len(rs)-1])})
}

// setWord sets a word of the vocabulary (a subtype, a kind) from a word of
// another type of it: a meeting's type as a claim's subtype.
func setWord[T, F ~string](dst *T, v F) { *dst = T(v) }

// withApprox marks a claim's figure as a bound or an estimate.
func withApprox(c extract.Claim, a extract.Approx) extract.Claim {
	c.Approx = a
	return c
}

// item is a problem the report lists: its heading is where title is, its
// measures where measures is ("" for none), its status words the first
// status after the heading ("" for none).
func item(t *testing.T, doc *parse.Document, index int, number, title, measures string, st extract.Status, status string) extract.Item {
	t.Helper()
	it := extract.Item{Index: index, Number: number, Title: title, Measures: measures, Status: st, StatusText: status, Pos: at(t, doc, title, 0)}
	if measures != "" {
		it.MeasuresPos = at(t, doc, measures, 0)
	}
	if status != "" {
		rest := []rune(doc.Pages[0].Text)[it.Pos.End:]
		i := strings.Index(string(rest), status)
		require.GreaterOrEqual(t, i, 0, "no %q after %q", status, title)
		start := it.Pos.End + len([]rune(string(rest)[:i]))
		it.StatusPos = parse.Pos{Page: 1, Start: start, End: start + len([]rune(status))}
	}
	return it
}

// input is a case of the report, with the given claims, fed back on
// 2020-01-10, reported on 2020-03-10 and checked as of 2020-06-30.
func input(doc *parse.Document, claims ...extract.Claim) *Input {
	return &Input{
		Info:   Info{FeedbackDate: "2020-01-10", ReportDate: "2020-03-10", AsOf: "2020-06-30", ClueDeadlineDays: 60},
		AsOf:   time.Date(2020, 6, 30, 0, 0, 0, 0, time.UTC),
		Report: doc,
		Claims: claims,
	}
}

// withLedger gives in a ledger of the rows given, with all four sheets but
// those named in drop.
func withLedger(in *Input, l extract.Ledger, drop ...extract.SheetKind) *Input {
	l.File = "ledger.xlsx"
	all := []extract.SheetInfo{
		{Sheet: "问题台账", Kind: extract.SheetProblems, Columns: map[extract.ColumnKind]string{
			extract.ColNo: "序号", extract.ColProblem: "问题", extract.ColLeader: "责任领导", extract.ColDepartment: "责任部门",
			extract.ColDeadline: "整改时限", extract.ColStatus: "整改状态", extract.ColCompleted: "完成时间", extract.ColEvidence: "佐证材料"}},
		{Sheet: "问题线索台账", Kind: extract.SheetClues},
		{Sheet: "问责台账", Kind: extract.SheetAccountability},
		{Sheet: "制度台账", Kind: extract.SheetSystems},
	}
	for _, s := range all {
		keep := true
		for _, d := range drop {
			keep = keep && s.Kind != d
		}
		if keep {
			l.Sheets = append(l.Sheets, s)
		}
	}
	in.Ledger, in.LedgerFile = &l, l.File
	return in
}

// ref is a reference to row n of a ledger sheet.
func ref(sheet string, n int, text string) extract.RowRef {
	return extract.RowRef{File: "ledger.xlsx", Sheet: sheet, Row: n, Text: text}
}

// problem completes a ledger problem row: its reference, on spreadsheet
// row No+2 of the problems sheet.
func problem(p extract.LedgerProblem) extract.LedgerProblem {
	n := 0
	for _, r := range p.No {
		n = n*10 + int(r-'0')
	}
	p.Ref = ref("问题台账", n+2, p.No+" | "+p.Title+" | "+p.StatusText)
	return p
}

// withMeetings gives in the meetings, read from as many minutes files.
func withMeetings(in *Input, ms ...extract.Meeting) *Input {
	in.Meetings, in.MinutesFiles = ms, len(ms)
	return in
}

// withUnread adds to in a file of the given kind that parse could not read
// for cause (parse.ErrCorrupt …); a minutes file counts among the minutes
// files, a ledger file is the case's ledger.
func withUnread(in *Input, kind InputKind, file string, cause error) *Input {
	in.Unread = append(in.Unread, unreadFile(file, kind, &parse.Error{File: file, Err: cause}))
	switch kind {
	case InputMinutes:
		in.MinutesFiles++
	case InputLedger:
		in.Ledger, in.LedgerFile = nil, file
	}
	return in
}

// meeting is a rectification meeting of the type on the date, recorded in
// minutes/<date>.txt.
func meeting(typ extract.MeetingType, date, title string) extract.Meeting {
	return extract.Meeting{File: "minutes/" + date + ".txt", Title: title, Type: typ, Date: date, Rectification: true,
		Pos: parse.Pos{Page: 1, Start: 0, End: len([]rune(title))}}
}

// got is a finding as the rule tests compare it: item, claimed and
// observed (as Value.String prints them).
type got struct {
	item              extract.Subtype // or a problem or clue number
	claimed, observed string
}

// ruleCase is one input for a rule and what it must make of it: not run
// for the reason notRun, or the findings want (none: the rule must not
// fire), each message holding the matching text of msgs.
type ruleCase struct {
	name   string
	in     func(t *testing.T) *Input
	notRun string
	want   []got
	msgs   []string
}

// testRule runs the rule through Run on each case's input and compares
// what the rule found, or why it did not run. Every finding must carry the
// rule's ID and severity, some evidence, and quote the report exactly
// where it points into it.
func testRule(t *testing.T, id RuleID, cases []ruleCase) {
	r := RuleByID(id)
	require.NotNil(t, r, id)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in(t)
			findings, notRun := Run(context.Background(), in)
			reason := ""
			for _, n := range notRun {
				if n.Rule == id {
					reason = n.Reason
				}
			}
			assert.Equal(t, tc.notRun, reason, "not-run reason")
			var fs []got
			var msgs []string
			for _, f := range findings {
				if f.Rule != id {
					continue
				}
				assert.Equal(t, r.Severity(), f.Severity)
				assert.NotEmpty(t, f.Message)
				require.NotNil(t, f.Evidence)
				for _, ev := range f.Evidence {
					assert.NotEmpty(t, ev.File)
					if in.Report != nil && ev.File == in.Report.File && ev.Pos.End > 0 {
						assert.Equal(t, in.Report.Slice(ev.Pos), ev.Text, "evidence quotes the report where it points")
					}
				}
				fs = append(fs, got{extract.Subtype(f.Item), f.Claimed.String(), f.Observed.String()})
				msgs = append(msgs, f.Message)
			}
			assert.Equal(t, tc.want, fs)
			for i, m := range tc.msgs {
				if assert.Less(t, i, len(msgs)) {
					assert.Contains(t, msgs[i], m)
				}
			}
		})
	}
}

// TestQuoted: a title the report already quotes whole keeps its marks, so a
// message does not double them (cases-am 06: ““村级集体经济‘空壳村’…””).
func TestQuoted(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"档案管理不规范", "“档案管理不规范”"},
		{"“村级集体经济‘空壳村’问题突出”", "“村级集体经济‘空壳村’问题突出”"},
		{"落实“三重一大”制度不到位", "“落实“三重一大”制度不到位”"},
		{"“三资”管理和“三务”公开不规范", "““三资”管理和“三务”公开不规范”"},
	} {
		assert.Equal(t, tt.want, quoted(tt.in), tt.in)
	}
}

// TestFindingItem: a report item's number as a finding's item drops the
// mark that ends it in the list, as a ledger's 序号 names its row
// (cases-ap 13: 5． against 5).
func TestFindingItem(t *testing.T) {
	// Half-width brackets (an OCR reading, cases-az 08) are set full-width.
	for in, want := range map[string]string{"5．": "5", "5.": "5", "12、": "12", "一、": "一", "（五）": "（五）", "(六)": "（六）", "(六）": "（六）", "(12)": "（12）", "一是": "一是", "3": "3"} {
		assert.Equal(t, want, findingItem(in), in)
	}
}
