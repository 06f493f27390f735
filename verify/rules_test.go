package verify

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// needsText writes what a rule needs as docs/rules.md's Inputs column does.
func needsText(n Needs) string {
	var parts []string
	if n.Report {
		parts = append(parts, "report")
	}
	switch {
	case n.Sheet != "" && n.OrEvidence:
		parts = append(parts, "ledger ("+string(n.Sheet)+" sheet, or evidence files)")
	case n.Sheet != "":
		parts = append(parts, "ledger ("+string(n.Sheet)+" sheet)")
	case n.Ledger:
		parts = append(parts, "ledger")
	}
	if n.Minutes {
		parts = append(parts, "minutes")
	}
	if n.FeedbackDate {
		parts = append(parts, "feedback date")
	}
	if n.Index {
		parts = append(parts, "index")
	}
	if n.History {
		parts = append(parts, "index (the unit's earlier reports)")
	}
	return strings.Join(parts, ", ")
}

var reDocRow = regexp.MustCompile("^\\| (\\d+) \\| `([^`]+)` \\| ([^|]+) \\| (\\w+) \\| ([^|]+) \\|$")

// TestRulesDoc: the rule table of docs/rules.md is the registry: the same
// rules in the same order, with their Chinese names, severities and inputs;
// and each rule has a section of its own.
func TestRulesDoc(t *testing.T) {
	raw, err := os.ReadFile("../docs/rules.md")
	require.NoError(t, err)
	doc := string(raw)
	start := strings.Index(doc, "<!-- rules table")
	end := strings.Index(doc, "<!-- end of rules table -->")
	require.True(t, start >= 0 && end > start, "docs/rules.md marks its rules table")
	var rows [][]string
	for _, line := range strings.Split(doc[start:end], "\n") {
		if m := reDocRow.FindStringSubmatch(line); m != nil {
			rows = append(rows, m[1:])
		}
	}
	rules := Rules()
	require.Len(t, rows, len(rules), "one row per rule")
	for i, r := range rules {
		want := []string{strconv.Itoa(i + 1), string(r.ID()), r.Name(), string(r.Severity()), needsText(r.Needs())}
		assert.Equal(t, want, rows[i], "row %d", i+1)
		heading := "### " + strconv.Itoa(i+1) + " `" + string(r.ID()) + "` " + r.Name() + " (" + string(r.Severity()) + ")"
		assert.Contains(t, doc, heading, "the rule's section")
	}
}

// TestRegistry: every rule has an ID, a Chinese name, a known severity and
// reads something; IDs are unique; RuleByID finds each.
func TestRegistry(t *testing.T) {
	seen := map[RuleID]bool{}
	for _, r := range Rules() {
		assert.NotEmpty(t, r.ID())
		assert.False(t, seen[r.ID()], "%s registered once", r.ID())
		seen[r.ID()] = true
		assert.NotEmpty(t, r.Severity().Name(), r.ID())
		assert.Regexp(t, `^\p{Han}`, r.Name(), r.ID())
		assert.NotEqual(t, Needs{}, r.Needs(), r.ID())
		assert.Equal(t, r, RuleByID(r.ID()))
		assert.Equal(t, r.Name(), RuleName(r.ID()))
	}
	assert.Len(t, seen, 18)
	assert.Nil(t, RuleByID("no.such-rule"))
	assert.Equal(t, "no.such-rule", RuleName("no.such-rule"))
	assert.Panics(t, func() { register(10, Rules()[1]) }, "a second rule at an order taken")
}

// TestNeedsMissing: each need unmet gives its reason, in order.
func TestNeedsMissing(t *testing.T) {
	full := func() *Input {
		in := withLedger(input(report("报告")), extract.Ledger{})
		in.Meetings, in.MinutesFiles = nil, 1
		in.Index = fakeIndex{}
		return in
	}
	all := Needs{Report: true, Sheet: extract.SheetClues, Minutes: true, FeedbackDate: true, Index: true}
	tests := []struct {
		name  string
		needs Needs
		edit  func(*Input)
		want  string
	}{
		{"all there", all, func(*Input) {}, ""},
		{"no report first", all, func(in *Input) { in.Report, in.Ledger, in.LedgerFile = nil, nil, "" }, "案卷中没有整改报告"},
		{"no ledger before no minutes", all, func(in *Input) { in.Ledger, in.LedgerFile, in.MinutesFiles = nil, "", 0 }, "案卷中没有台账"},
		{"ledger unreadable", all, func(in *Input) { in.Ledger = nil }, "台账无法读取"},
		{"no minutes", all, func(in *Input) { in.MinutesFiles = 0 }, "案卷中没有会议纪要"},
		{"ledger unreadable, named", all, func(in *Input) { withUnread(in, InputLedger, "台账.xlsx", parse.ErrEncrypted) }, "台账未能读取：台账.xlsx（文件已加密）"},
		{"minutes unreadable", all, func(in *Input) {
			in.MinutesFiles = 0
			withUnread(in, InputMinutes, "minutes/a.pdf", parse.ErrTooLarge)
		}, "会议纪要均无法读取：minutes/a.pdf（文件过大）"},
		{"minutes partly unreadable", all, func(in *Input) {
			in.Meetings = append(in.Meetings, meeting(extract.MeetingWork, "2020-02-01", "纪要"))
			withUnread(in, InputMinutes, "minutes/b.pdf", parse.ErrTimeout)
		}, "会议纪要未能全部读取：minutes/b.pdf（读取超时）"},
		{"unclassified unread, before no minutes", all, func(in *Input) {
			in.MinutesFiles = 0
			withUnread(in, InputUnclassified, "纪要.wps", parse.ErrUnsupported)
		}, "有文件未能读取，可能是会议纪要：纪要.wps（格式不支持（.wps））"},
		{"unread minutes do not stop a rule without minutes", Needs{Report: true}, func(in *Input) {
			withUnread(in, InputMinutes, "minutes/b.pdf", parse.ErrCorrupt)
		}, ""},
		{"no index", all, func(in *Input) { in.Index = nil }, "未指定历史报告索引（--index）"},
		{"no sheet", all, func(in *Input) { in.Ledger.Sheets = in.Ledger.Sheets[:1] }, "台账中没有问题线索表"},
		{"no feedback date", all, func(in *Input) { in.Info.FeedbackDate = "" }, "反馈日期不详（case.json 的 feedback_date）"},
		{"a ledger need without a sheet", Needs{Ledger: true}, func(in *Input) { in.Ledger.Sheets = nil }, ""},
		{"no sheet, but evidence files", Needs{Sheet: extract.SheetSystems, OrEvidence: true}, func(in *Input) {
			in.Ledger.Sheets, in.Evidence = nil, []string{"evidence/a.pdf"}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := full()
			tt.edit(in)
			assert.Equal(t, tt.want, tt.needs.Missing(in))
		})
	}
}
