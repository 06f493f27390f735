package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/parse"
)

// TestIncompleteCase: a case folder whose special democratic life meeting
// minutes cannot be read. Read as "no such meeting", the case would be
// 疑似纸面整改 (claim.meetings high, meeting.democratic-life-missing); the
// check must instead not run those rules, naming the file, say it is
// incomplete, and every report must show it.
func TestIncompleteCase(t *testing.T) {
	const dlm = "minutes/2019-06-27.docx"
	scan, err := os.ReadFile("../testdata/pdf/scanned-image.pdf")
	require.NoError(t, err)
	tests := []struct {
		name   string
		edit   func(t *testing.T, dir string)
		unread UnreadFile
		reason string // of claim.meetings and meeting.democratic-life-missing
	}{
		{"damaged minutes",
			func(t *testing.T, dir string) {
				require.NoError(t, os.WriteFile(filepath.Join(dir, dlm), []byte("PK\x03\x04garbage"), 0o644))
			},
			UnreadFile{File: dlm, Input: InputMinutes, Cause: "damaged", Reason: "文件已损坏"},
			"会议纪要未能全部读取：minutes/2019-06-27.docx（文件已损坏）"},
		{"scanned minutes (a PDF of an image)",
			func(t *testing.T, dir string) {
				require.NoError(t, os.Remove(filepath.Join(dir, dlm)))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "minutes/2019-06-27.pdf"), scan, 0o644))
			},
			UnreadFile{File: "minutes/2019-06-27.pdf", Input: InputMinutes, Cause: "no_text_layer", Reason: "扫描件（无文字层）", Detail: "没有文字层，文字识别（OCR）也未读出文字"},
			"会议纪要未能全部读取：minutes/2019-06-27.pdf（扫描件（无文字层））"},
		{"minutes named .doc at the top of the folder, whose content is DOCX",
			func(t *testing.T, dir string) {
				require.NoError(t, os.Rename(filepath.Join(dir, dlm), filepath.Join(dir, "民主生活会记录.doc")))
			},
			UnreadFile{File: "民主生活会记录.doc", Input: InputUnclassified, Cause: "unsupported", Reason: "扩展名与内容不符"},
			"有文件未能读取，可能是会议纪要：民主生活会记录.doc（扩展名与内容不符）"},
		{"a scan named otherwise",
			func(t *testing.T, dir string) {
				require.NoError(t, os.Remove(filepath.Join(dir, dlm)))
				require.NoError(t, os.WriteFile(filepath.Join(dir, "民主生活会.pdf"), scan, 0o644))
			},
			UnreadFile{File: "民主生活会.pdf", Input: InputUnclassified, Cause: "no_text_layer", Reason: "扫描件（无文字层）", Detail: "没有文字层，文字识别（OCR）也未读出文字"},
			"有文件未能读取，可能是会议纪要：民主生活会.pdf（扫描件（无文字层））"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyCase(t, "02-qingxi-ziranziyuan-clean")
			tt.edit(t, dir)
			c, err := LoadCase(context.Background(), dir)
			require.NoError(t, err)
			res, err := Check(context.Background(), c, Options{AsOf: "2019-07-26"})
			require.NoError(t, err)

			fired := rulesOf(res.Findings)
			assert.False(t, fired[RuleMeetings], "no finding from unread minutes")
			assert.False(t, fired[RuleDLMMissing], "no finding from unread minutes")
			assert.Equal(t, tt.reason, notRun(res)[RuleMeetings])
			assert.Equal(t, tt.reason, notRun(res)[RuleDLMMissing])
			assert.NotEqual(t, VerdictSuspected, res.Summary.Verdict)
			assert.False(t, res.Summary.Complete)
			assert.Equal(t, []UnreadFile{tt.unread}, res.Summary.Unread)
			assert.Contains(t, res.Summary.VerdictLabel(), "核查不完整")
			require.Len(t, res.InputErrors, 1, "an unread file is an input error (exit 2)")
			assert.Contains(t, res.InputErrors[0], tt.unread.File)

			js, err := json.MarshalIndent(res, "", "  ")
			require.NoError(t, err)
			assert.Contains(t, string(js), `"complete": false`)
			assert.Contains(t, string(js), `"unread": [`)

			var text bytes.Buffer
			require.NoError(t, res.WriteText(&text, TextOptions{}))
			assert.Contains(t, text.String(), IncompleteTitle)
			assert.Contains(t, text.String(), tt.unread.Describe())
			assert.NotContains(t, text.String(), "无法读取：", "the unread file is listed once, under the incomplete notice, not again as an input error")
			assert.Contains(t, text.String(), "结论："+res.Summary.VerdictLabel())

			page, _ := renderHTML(t, res)
			assert.Contains(t, page, IncompleteTitle)
			assert.NotContains(t, page, `id="errors"`, "listed once")
			assert.Contains(t, page, `<span class="vbadge v-`+string(res.Summary.Verdict)+` v-incomplete" title="`+string(res.Summary.Verdict)+`">`+res.Summary.VerdictLabel()+`</span>`)

			var x bytes.Buffer
			require.NoError(t, res.WriteXLSX(&x))
			f, err := excelize.OpenReader(&x)
			require.NoError(t, err)
			defer f.Close()
			assert.Equal(t, UnreadSheet, f.GetSheetList()[0], "the workbook opens on the warning")
			rows, err := f.GetRows(UnreadSheet)
			require.NoError(t, err)
			assert.Equal(t, []string{IncompleteTitle}, rows[0])
			assert.Equal(t, []string{tt.unread.File, tt.unread.Input.Name(), tt.unread.Reason}, rows[3])
		})
	}

	// The same case, read in full: complete, and the meeting rules run.
	res, err := Check(context.Background(), mustLoad(t, copyCase(t, "02-qingxi-ziranziyuan-clean")), Options{AsOf: "2019-07-26"})
	require.NoError(t, err)
	assert.True(t, res.Summary.Complete)
	assert.Empty(t, res.Summary.Unread)
	assert.NotContains(t, notRun(res), RuleMeetings)
	assert.NotContains(t, notRun(res), RuleDLMMissing)
	var text bytes.Buffer
	require.NoError(t, res.WriteText(&text, TextOptions{}))
	assert.NotContains(t, text.String(), "核查不完整")
	page, _ := renderHTML(t, res)
	assert.False(t, strings.Contains(page, "核查不完整"))
}

// TestScannedLedger: a ledger that is a scan is read by OCR as lines of
// text, never as a table: its rows are unknown, so it is an unread file (the
// check incomplete, the ledger's rules not run naming it), not a ledger
// with no problems sheet (cases-az 03).
func TestScannedLedger(t *testing.T) {
	// A ledger printed, signed and scanned (cases-az 03): OCR reads its text.
	scan, err := os.ReadFile("../testdata/cases-az/03-tingmei-nongye-scanledger/ledger.pdf")
	require.NoError(t, err)
	dir := copyCase(t, "02-qingxi-ziranziyuan-clean")
	old, _ := filepath.Glob(filepath.Join(dir, "ledger.*"))
	require.Len(t, old, 1)
	require.NoError(t, os.Remove(old[0]))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ledger.pdf"), scan, 0o644))
	res, err := Check(context.Background(), mustLoad(t, dir), Options{AsOf: "2019-07-26"})
	require.NoError(t, err)
	assert.False(t, res.Summary.Complete)
	require.Len(t, res.Summary.Unread, 1)
	assert.Equal(t, UnreadFile{File: "ledger.pdf", Input: InputLedger, Cause: "scanned_table", Reason: "扫描件（未能识别出表格）",
		Detail: "台账是扫描件或照片，文字识别读不出表格的行和列；请提供Excel台账或带文字层的PDF"}, res.Summary.Unread[0])
	assert.Equal(t, "台账未能读取：ledger.pdf（扫描件（未能识别出表格））", notRun(res)[RuleLedgerOverdue])
	assert.Nil(t, res.LedgerProblems, "no ledger counts from a ledger not read")
	require.Len(t, res.InputErrors, 1)
}

// TestScannedRows: a scanned page of a ledger holds rows when it has a 序号
// header or three numbered lines; a scanned approval page does not (fourth
// review of session 14).
func TestScannedRows(t *testing.T) {
	doc := func(text string) *parse.Document {
		return &parse.Document{Pages: []parse.Page{{Number: 1, Text: "序号\t问题\n1\t…"}, {Number: 2, Text: text, OCR: true}}}
	}
	assert.False(t, scannedRows(doc("整改台账审核意见\n经审核，台账内容属实，同意报送。\n单位主要负责人（签字）：\n（单位盖章）\n2024年7月30日")))
	assert.True(t, scannedRows(doc("序号 问题 整改措施 完成情况\n1 学习不深入 建立台账 已完成")))
	assert.True(t, scannedRows(doc("1 学习不深入 已完成\n2 合同不规范 正在整改\n3 资产未入账 已完成")))
}

func mustLoad(t *testing.T, dir string) Case {
	c, err := LoadCase(context.Background(), dir)
	require.NoError(t, err)
	return c
}

// TestNoReportNamesUnread: a folder whose report cannot be read says which
// files were left unread.
func TestNoReportNamesUnread(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "整改情况报告.doc"), []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "expected.json"), []byte("{}"), 0o644))
	_, err := LoadCase(context.Background(), dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "没有找到整改报告")
	assert.Contains(t, err.Error(), "以下文件未能读取：整改情况报告.doc（文件已损坏）") // a compound-file header and nothing else
	assert.NotContains(t, err.Error(), "expected.json")
}
