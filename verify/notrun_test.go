package verify

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/model"
)

// copyCase copies a sample case into a temp dir, leaving out the named
// entries.
func copyCase(t *testing.T, name string, leave ...string) string {
	src := filepath.Join(corpusCases, name)
	dst := t.TempDir()
	skip := map[string]bool{}
	for _, l := range leave {
		skip[l] = true
	}
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		top := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
		if skip[rel] || skip[filepath.Dir(rel)] || skip[top] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	require.NoError(t, err)
	return dst
}

func rulesOf(fs []Finding) map[RuleID]bool {
	m := map[RuleID]bool{}
	for _, f := range fs {
		m[f.Rule] = true
	}
	return m
}

func notRun(r *Result) map[RuleID]string {
	m := map[RuleID]string{}
	for _, n := range r.NotRun {
		m[n.Rule] = n.Reason
	}
	return m
}

// TestMissingInputs: a case without its ledger or its minutes runs the rules
// it can and lists the rest as not run, with the reason.
func TestMissingInputs(t *testing.T) {
	ledgerRules := []RuleID{RuleProblemsTotal, RuleProblemsDone, RuleItemStatus, RuleAccountability, RuleSystems, RuleClues,
		RuleLedgerOverdue, RuleNoEvidence, RuleNoOwner, RuleClueOverdue}
	minutesRules := []RuleID{RuleMeetings, RuleDLMMissing}
	tests := []struct {
		name, leave   string
		notRun, fires []RuleID
	}{
		{"no ledger", "ledger.xlsx", ledgerRules, []RuleID{RuleMeetings}},
		{"no minutes", "minutes", minutesRules, []RuleID{RuleProblemsDone, RuleItemStatus, RuleLedgerOverdue, RuleClueOverdue}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyCase(t, "01-dongchuan-nonglin", tt.leave)
			c, err := LoadCase(context.Background(), dir)
			require.NoError(t, err)
			res, err := Check(context.Background(), c, Options{})
			require.NoError(t, err)
			nr := notRun(res)
			fired := rulesOf(res.Findings)
			for _, r := range tt.notRun {
				assert.NotEmpty(t, nr[r], "%s should be listed as not run", r)
				assert.False(t, fired[r], r)
			}
			for _, r := range tt.fires {
				assert.True(t, fired[r], "%s should still run and fire", r)
			}
			assert.Contains(t, nr, RuleCopied)
		})
	}
}

// TestUnreadableLedger: a damaged ledger is an input error; its rules do not
// run, the others do.
func TestUnreadableLedger(t *testing.T) {
	dir := copyCase(t, "01-dongchuan-nonglin")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ledger.xlsx"), []byte("PK\x03\x04garbage"), 0o644))
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	res, err := Check(context.Background(), c, Options{})
	require.NoError(t, err)
	require.Len(t, res.InputErrors, 1)
	assert.Contains(t, res.InputErrors[0], "ledger.xlsx")
	assert.Equal(t, "台账未能读取：ledger.xlsx（文件已损坏）", notRun(res)[RuleProblemsDone])
	assert.False(t, res.Summary.Complete)
	assert.Equal(t, []UnreadFile{{File: "ledger.xlsx", Input: InputLedger, Cause: "damaged", Reason: "文件已损坏"}}, res.Summary.Unread)
	assert.True(t, rulesOf(res.Findings)[RuleMeetings])
}

func TestLoadCaseErrors(t *testing.T) {
	_, err := LoadCase(context.Background(), "no/such/case")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no/such/case")

	empty := t.TempDir()
	_, err = LoadCase(context.Background(), empty)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "没有找到整改报告")

	bad := copyCase(t, "03-tongling-shichangjianguan")
	require.NoError(t, os.WriteFile(filepath.Join(bad, "case.json"), []byte(`{"feedback_date": "2020/07/15"}`), 0o644))
	_, err = LoadCase(context.Background(), bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "feedback_date")
}

// TestClassifiedByContent: files not named report/ledger are found by what
// they hold.
func TestClassifiedByContent(t *testing.T) {
	dir := copyCase(t, "03-tongling-shichangjianguan")
	require.NoError(t, os.Rename(filepath.Join(dir, "report.txt"), filepath.Join(dir, "整改情况报告.txt")))
	require.NoError(t, os.Rename(filepath.Join(dir, "ledger.csv"), filepath.Join(dir, "台账.csv")))
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	assert.Equal(t, "整改情况报告.txt", filepath.Base(c.Report))
	assert.Equal(t, "台账.csv", filepath.Base(c.Ledger))
	assert.Len(t, c.Minutes, 6)
}

// TestDatesFromReport: without case.json the feedback and report dates are
// read from the report, so the meeting rules still run.
func TestDatesFromReport(t *testing.T) {
	dir := copyCase(t, "01-dongchuan-nonglin", "case.json")
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	res, err := Check(context.Background(), c, Options{AsOf: "2017-06-30"})
	require.NoError(t, err)
	assert.Equal(t, "2016-12-20", res.Case.FeedbackDate)
	assert.Equal(t, "2017-02-20", res.Case.ReportDate)
	assert.ElementsMatch(t, []string{DateFeedback, DateReport}, res.DatesFromReport)
	// Both reports say where the dates came from.
	var text bytes.Buffer
	require.NoError(t, res.WriteText(&text, TextOptions{}))
	assert.Contains(t, text.String(), "2016-12-20"+fromReportMark)
	page, _ := renderHTML(t, res)
	assert.Contains(t, page, "2016-12-20"+fromReportMark)
	assert.Contains(t, page, "2017-02-20"+fromReportMark)
	assert.True(t, rulesOf(res.Findings)[RuleMeetings])
	assert.NotContains(t, notRun(res), RuleMeetings)
}

// TestUnsupportedReason: an image of a format the OCR is not run on says
// so and what to send instead (a GIF is no scan without text: cases-u 14).
func TestUnsupportedReason(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"minutes/记录.gif", "图片格式不支持（.gif，请转为JPG或PNG）"},
		{"minutes/记录.BMP", "图片格式不支持（.bmp，请转为JPG或PNG）"},
		{"minutes/生活会.HEIC", "图片格式不支持（.heic，请转为JPG或PNG）"},
		{"ledger.xlsb", "格式不支持（.xlsb）"},
		{"minutes/扫描件.jpg", "图片（无文字层）"},
		{"minutes/纪要.odt", "格式不支持（.odt）"},
		{"minutes/纪要", "格式不支持"},
	} {
		assert.Equal(t, tt.want, unsupportedReason(tt.file), tt.file)
	}
}

// TestUnreadFormatNotDamaged: a file of a format parse does not read is
// named by its format even when the reader tried took it for damaged
// (cases-x 15: an .xlsb ledger was listed as 文件已损坏).
func TestUnreadFormatNotDamaged(t *testing.T) {
	u := unreadFile("ledger.xlsb", InputLedger, model.ErrCorrupt)
	assert.Equal(t, "unsupported", u.Cause)
	assert.Equal(t, "格式不支持（.xlsb）", u.Reason)
	u = unreadFile("ledger.xlsx", InputLedger, model.ErrCorrupt)
	assert.Equal(t, "damaged", u.Cause)
	// A read format that is not what its name says (a ZIP with no workbook:
	// cases-z 10) is named so, not as a format not read.
	u = unreadFile("ledger.xlsx", InputLedger, model.ErrUnsupported)
	assert.Equal(t, "unsupported", u.Cause)
	assert.Equal(t, "扩展名与内容不符", u.Reason)
}
