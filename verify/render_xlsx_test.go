package verify

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// writeXLSX writes r as a workbook and opens it again.
func writeXLSX(t *testing.T, r *Result) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, r.WriteXLSX(&buf))
	raw := bytes.Clone(buf.Bytes())
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f, raw
}

// TestWriteXLSX: a summary sheet; a row per finding in the order the
// reports show them, with the severity's and the rule's Chinese names,
// the values with their units (numbers as numbers) and the rule's code
// last; a filter on the header; the rules that did not run on a sheet of
// their own.
func TestWriteXLSX(t *testing.T) {
	r := injectionResult()
	f, raw := writeXLSX(t, r)
	assert.Equal(t, []string{xlsxSummarySheet, xlsxFindingsSheet, xlsxCheckpoints, xlsxNotRunSheet}, f.GetSheetList())
	cps, err := f.GetRows(xlsxCheckpoints)
	require.NoError(t, err)
	require.Len(t, cps, 6, "a header and the five checkpoints")
	for i, c := range r.view().Checkpoints {
		assert.Equal(t, []string{c.Name, c.Question, c.StateName, c.Basis}, cps[i+1])
	}

	sum, err := f.GetRows(xlsxSummarySheet)
	require.NoError(t, err)
	facts := map[string]string{}
	for _, row := range sum {
		require.Len(t, row, 2)
		facts[row[0]] = row[1]
	}
	assert.Equal(t, r.Case.Unit, facts["被巡视（巡察、审计）单位"])
	assert.Equal(t, "疑似纸面整改", facts["核查结论"])
	assert.Equal(t, "3 项", facts["高"])
	assert.Equal(t, "6 项", facts["核查发现合计"])

	rows, err := f.GetRows(xlsxFindingsSheet)
	require.NoError(t, err)
	require.Len(t, rows, len(r.Findings)+1)
	v := r.view()
	for i, fd := range v.Findings {
		row := append(rows[i+1], make([]string, 11)...)
		assert.Equal(t, fd.N, i+1)
		assert.Equal(t, fd.SevName, row[2], fd.Rule)
		if rule := RuleByID(fd.Rule); rule != nil {
			assert.Equal(t, rule.Name(), row[3])
		}
		assert.Equal(t, fd.Message, row[6])
		assert.Equal(t, fd.Claimed, row[7], fd.Rule)
		assert.Equal(t, fd.Observed, row[8], fd.Rule)
		assert.Equal(t, string(fd.Rule), row[10])
	}
	assert.Equal(t, "13 次", rows[1][7], "the unit is part of the figure")
	assert.Equal(t, "已完成", rows[2][7], "a status by its Chinese name")
	typ, err := f.GetCellType(xlsxFindingsSheet, "H2")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ, "a number is a number cell")
	assert.Contains(t, sheetXML(t, raw, 2), `<autoFilter ref="$A$1:$K$7"`, "the findings have a filter")

	nr, err := f.GetRows(xlsxNotRunSheet)
	require.NoError(t, err)
	require.Len(t, nr, len(r.NotRun)+1)
	assert.Equal(t, []string{RuleByID(RuleCopied).Name(), r.NotRun[0].Reason, string(RuleCopied)}, nr[1])
}

// TestWriteXLSXGrouped: case 01's findings about one problem item are
// adjacent rows with the same group; a ledger row is quoted with its
// column headers.
func TestWriteXLSXGrouped(t *testing.T) {
	r := checkCase(t, "01-dongchuan-nonglin")
	f, _ := writeXLSX(t, r)
	rows, err := f.GetRows(xlsxFindingsSheet)
	require.NoError(t, err)
	groups := map[string]int{}
	last := ""
	for _, row := range rows[1:] {
		if row[1] != last {
			assert.Zero(t, groups[row[1]], "group %q is on adjacent rows", row[1])
		}
		groups[row[1]]++
		last = row[1]
	}
	shared := 0
	for g, n := range groups {
		if n > 1 {
			shared++
			assert.Contains(t, g, "问题")
		}
	}
	assert.Positive(t, shared, "some findings share a problem item")
	assert.Contains(t, strings.Join(rows[1], "\n"), "序号：3｜问题类别：资金管理")
}

// TestWriteXLSXClean: a clean case's workbook says so.
func TestWriteXLSXClean(t *testing.T) {
	r := checkCase(t, "02-qingxi-ziranziyuan-clean")
	require.Empty(t, r.Findings)
	f, _ := writeXLSX(t, r)
	rows, err := f.GetRows(xlsxFindingsSheet)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Contains(t, rows[1], "未发现问题")
	v, err := f.GetCellValue(xlsxSummarySheet, "B10")
	require.NoError(t, err)
	assert.Equal(t, "未发现问题", v)
}

// sheetXML is the XML of worksheet n of a workbook.
func sheetXML(t *testing.T, raw []byte, n int) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet"+string(rune('0'+n))+".xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			defer rc.Close()
			b, err := io.ReadAll(rc)
			require.NoError(t, err)
			return string(b)
		}
	}
	t.Fatalf("no worksheet %d", n)
	return ""
}
