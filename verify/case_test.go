package verify

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

const (
	caseReportText  = "中共某县某局党组关于县委巡察反馈意见整改情况的报告\n\n一、整改工作开展情况\n召开整改工作会议3次。\n"
	caseMinutesText = "某局党组会议纪要\n\n2020年6月10日，党组书记主持召开整改工作会议，全体党组成员出席。\n"
)

// writeCase makes a case folder of files (slash-separated name → content).
func writeCase(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
	return dir
}

func caseJSON(t *testing.T, v map[string]any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// TestCaseJSONBounds: every field of case.json is bounded and checked when
// a case folder is read, with a Chinese error naming the file and the
// field; case.json itself is refused past MaxCaseJSONBytes.
func TestCaseJSONBounds(t *testing.T) {
	long := strings.Repeat("单", MaxInfoTextRunes+1)
	tests := []struct {
		name    string
		caseRaw string
		field   string // "" for no error
		msg     string
	}{
		{"ok", caseJSON(t, map[string]any{"unit": strings.Repeat("单", MaxInfoTextRunes), "round": "第一轮", "feedback_date": "2020-05-01", "report_date": "2020-09-30", "as_of": "2020-12-01", "clue_deadline_days": 90}), "", ""},
		{"30 MB unit", caseJSON(t, map[string]any{"unit": strings.Repeat("x", 30<<20)}), "", "上限"},
		{"long unit", caseJSON(t, map[string]any{"unit": long}), "unit", "超过上限 200 个字符"},
		{"long round", caseJSON(t, map[string]any{"round": long}), "round", "超过上限"},
		{"newline in unit", caseJSON(t, map[string]any{"unit": "某局\n党组"}), "unit", "控制字符"},
		{"slashed date", `{"feedback_date": "2020/07/15"}`, "feedback_date", "YYYY-MM-DD"},
		{"impossible date", `{"report_date": "2020-02-30"}`, "report_date", "YYYY-MM-DD"},
		{"long date", caseJSON(t, map[string]any{"as_of": strings.Repeat("2020-01-01", 1000)}), "as_of", "YYYY-MM-DD"},
		{"negative days", `{"clue_deadline_days": -1}`, "clue_deadline_days", "0 至 3650"},
		{"huge days", `{"clue_deadline_days": 1000000}`, "clue_deadline_days", "0 至 3650"},
		{"not an object", `["unit"]`, "", "不是有效的 JSON 对象"},
		{"trailing data", `{"unit": "某局"} {"unit": "另一局"}`, "", "多余内容"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeCase(t, map[string]string{"report.txt": caseReportText, "case.json": tt.caseRaw})
			c, err := LoadCase(context.Background(), dir)
			if tt.msg == "" {
				require.NoError(t, err)
				assert.Equal(t, 90, c.Info.ClueDeadlineDays)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), filepath.Join(dir, "case.json"), "the error names the file")
			assert.Contains(t, err.Error(), tt.msg)
			assert.Less(t, len(err.Error()), 500, "the error does not repeat the value")
			if tt.field != "" {
				var fe *FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tt.field, fe.Field)
				assert.Contains(t, err.Error(), "字段 "+tt.field)
			}
		})
	}
}

// TestInfoSet: the fields set one by one (the web form) are checked as
// case.json's are; a name that is not a field of case.json is refused.
func TestInfoSet(t *testing.T) {
	tests := []struct {
		field, value string
		ok           bool
	}{
		{"unit", "中共某县某局党组", true},
		{"unit", strings.Repeat("局", 201), false},
		{"round", "县委第三巡察组", true},
		{"as_of", "2020-12-01", true},
		{"as_of", "2020-13-01", false},
		{"feedback_date", "昨天", false},
		{"clue_deadline_days", "60", false},
		{"colour", "red", false},
	}
	for _, tt := range tests {
		var i Info
		err := i.Set("表单", tt.field, tt.value)
		if tt.ok {
			assert.NoError(t, err, tt.field)
			assert.NoError(t, i.Validate("表单"))
			continue
		}
		require.Error(t, err, "%s=%q", tt.field, tt.value)
		assert.Contains(t, err.Error(), "表单：字段 "+tt.field)
		assert.Equal(t, Info{}, i, "a refused value is not set")
	}
}

// TestReadInfoTooLarge: a case.json over the bound is refused from its
// size, before it is read; one that is absent is no error.
func TestReadInfoTooLarge(t *testing.T) {
	dir := writeCase(t, map[string]string{"case.json": `{"unit": "` + strings.Repeat(" ", MaxCaseJSONBytes) + `某局"}`})
	_, found, err := ReadInfo(dir)
	assert.True(t, found)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "超过 64 KB 上限，未读取")

	_, err = DecodeInfo("case.json", strings.NewReader(`{"unit": "`+strings.Repeat(" ", MaxCaseJSONBytes)+`"}`))
	assert.ErrorContains(t, err, "case.json：文件超过")

	info, found, err := ReadInfo(t.TempDir())
	assert.NoError(t, err)
	assert.False(t, found)
	assert.Equal(t, Info{}, info)
}

func TestPlace(t *testing.T) {
	for rel, want := range map[string]parse.Kind{
		"report.pdf":             parse.KindReport,
		"ledger.xlsx":            parse.KindLedger,
		"minutes/2020-06-10.txt": parse.KindMinutes,
		"minutes/2020/a.docx":    parse.KindMinutes,
		"evidence/photo.jpg":     parse.KindOther,
		"会议纪要/党组会议.docx":         parse.KindMinutes,
		"纪要/2024/a.pdf":          parse.KindMinutes,
		"佐证材料/制度文件.pdf":          parse.KindOther,
		"其他材料/a.pdf":             "",
		"sub/report.pdf":         "",
		"整改情况报告.docx":            "",
		"minutes":                "",
		"case.json":              "",
	} {
		assert.Equal(t, want, Place(rel), rel)
	}
}

// TestReadCaseReportAtTop: of two documents that read as a report, the one
// at the top of the folder is the report, not one filed in a subfolder
// whose name tells nothing (session 15: a folder named in Chinese held a
// report on a meeting, which had taken the report's place).
func TestReadCaseReportAtTop(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"材料/说明.txt":  caseReportText,
		"整改情况.txt":   caseReportText,
		"会议纪要/a.txt": caseMinutesText,
	})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "会议纪要/a.txt")}, c.Minutes, "a minutes folder named in Chinese")
	require.NoError(t, c.Classify(context.Background(), parse.Options{}))
	assert.Equal(t, filepath.Join(dir, "整改情况.txt"), c.Report)
}

// TestMinutesFiledAsEvidence: minutes an office files under 佐证材料/ are
// read as minutes too (review of session 15); other evidence is not parsed.
func TestMinutesFiledAsEvidence(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"report.txt":      caseReportText,
		"佐证材料/党组会议纪要.txt": caseMinutesText,
		"佐证材料/制度文件.txt":   "某局公务接待管理办法",
	})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	assert.Len(t, c.Evidence, 2)
	require.NoError(t, c.Classify(context.Background(), parse.Options{}))
	assert.Equal(t, []string{filepath.Join(dir, "佐证材料/党组会议纪要.txt")}, c.Minutes)

	// Copies beside a minutes folder are not counted twice (second review
	// of session 15).
	dir = writeCase(t, map[string]string{
		"report.txt":      caseReportText,
		"minutes/a.txt":   caseMinutesText,
		"佐证材料/党组会议纪要.txt": caseMinutesText,
	})
	c, err = ReadCase(dir)
	require.NoError(t, err)
	require.NoError(t, c.Classify(context.Background(), parse.Options{}))
	assert.Equal(t, []string{filepath.Join(dir, "minutes/a.txt")}, c.Minutes)
}

// TestReadCaseParsesNothing: ReadCase lays the folder out by names alone;
// documents named otherwise wait, unparsed, for Classify, which parses them
// with the options it is given.
func TestReadCaseParsesNothing(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"整改情况.txt":           caseReportText,
		"党组会议.txt":           caseMinutesText,
		"台账.csv":             "序号,问题,整改状态\n1,问题一,已完成\n",
		"minutes/a.txt":      caseMinutesText,
		"evidence/b.txt":     "佐证",
		"expected.json":      "{}",
		"notes.exe":          "MZ",
		".hidden/report.txt": caseReportText,
		"~$lock.txt":         "x",
	})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	assert.Empty(t, c.Report, "nothing is parsed yet")
	assert.Equal(t, filepath.Join(dir, "台账.csv"), c.Ledger, "a spreadsheet is a ledger by its name")
	assert.Equal(t, []string{filepath.Join(dir, "minutes/a.txt")}, c.Minutes)
	assert.Equal(t, []string{filepath.Join(dir, "evidence/b.txt")}, c.Evidence)
	assert.ElementsMatch(t, []string{filepath.Join(dir, "整改情况.txt"), filepath.Join(dir, "党组会议.txt")}, c.Unclassified,
		"files of no readable format, hidden files and lock files are passed over")

	// The options reach the parser: text past MaxTextSize is unreadable,
	// so nothing is a report.
	small := c
	small.Minutes = append([]string(nil), c.Minutes...)
	err = small.Classify(context.Background(), parse.Options{MaxTextSize: 10})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "没有找到整改报告")

	require.NoError(t, c.Classify(context.Background(), parse.Options{}))
	assert.Equal(t, filepath.Join(dir, "整改情况.txt"), c.Report)
	assert.Equal(t, []string{filepath.Join(dir, "minutes/a.txt"), filepath.Join(dir, "党组会议.txt")}, c.Minutes)
	assert.Empty(t, c.Unclassified)
}

func TestReadCaseErrors(t *testing.T) {
	_, err := ReadCase(filepath.Join(t.TempDir(), "missing"))
	assert.ErrorContains(t, err, "missing")

	f := filepath.Join(writeCase(t, map[string]string{"report.txt": caseReportText}), "report.txt")
	_, err = ReadCase(f)
	assert.ErrorContains(t, err, "不是案卷文件夹")

	// No report.* and nothing that could be one: refused without parsing.
	_, err = ReadCase(writeCase(t, map[string]string{"minutes/a.txt": caseMinutesText, "ledger.csv": "a,b\n"}))
	assert.ErrorContains(t, err, "没有找到整改报告")

	// The first report.* is the report.
	dir := writeCase(t, map[string]string{"report.docx": "x", "report.txt": caseReportText})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "report.docx"), c.Report)
}
