package verify

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// TestWriteXLSX: a row per finding with the severity's and the rule's
// Chinese names and the claimed and observed values (numbers as numbers,
// words as words), and the rules that did not run on a sheet of their own.
func TestWriteXLSX(t *testing.T) {
	r := injectionResult()
	var buf bytes.Buffer
	require.NoError(t, r.WriteXLSX(&buf))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows("核查发现")
	require.NoError(t, err)
	require.Len(t, rows, len(r.Findings)+1)
	for i, fd := range r.Findings {
		row := append(rows[i+1], make([]string, 9)...)
		assert.Equal(t, fd.Severity.Name(), row[1], fd.Rule)
		if rule := RuleByID(fd.Rule); rule != nil {
			assert.Equal(t, rule.Name()+"（"+string(fd.Rule)+"）", row[2])
		} else {
			assert.Equal(t, string(fd.Rule), row[2])
		}
		assert.Equal(t, fd.Claimed.String(), row[6], fd.Rule)
		assert.Equal(t, fd.Observed.String(), row[7], fd.Rule)
	}
	typ, err := f.GetCellType("核查发现", "G2")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ, "a number is a number cell")
	nr, err := f.GetRows("未运行的规则")
	require.NoError(t, err)
	require.Len(t, nr, len(r.NotRun)+1)
	assert.Equal(t, []string{RuleByID(RuleCopied).Name() + "（" + string(RuleCopied) + "）", r.NotRun[0].Reason}, nr[1])
}
