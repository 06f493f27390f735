package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckAsOfFromReport: without --as-of and without case.json, check
// measures deadlines at the report's date, not today, and says so, in
// the text and in the JSON.
func TestCheckAsOfFromReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(cases, "03-tongling-shichangjianguan")
	require.NoError(t, os.CopyFS(dir, os.DirFS(src)))
	require.NoError(t, os.Remove(filepath.Join(dir, "case.json")))

	_, out, errOut := runCLI("check", "--fail-on", "never", dir)
	assert.Contains(t, out, "核查基准日 2020-09-14（据报告日期推定）", errOut)

	_, out, errOut = runCLI("check", "--format", "json", "--fail-on", "never", dir)
	var res struct {
		Case struct {
			AsOf string `json:"as_of"`
		} `json:"case"`
		AsOfInferred map[string]any `json:"as_of_inferred"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res), errOut)
	assert.Equal(t, "2020-09-14", res.Case.AsOf)
	assert.Equal(t, map[string]any{"from": "report_date"}, res.AsOfInferred)

	_, out, _ = runCLI("check", "--as-of", "2020-10-31", "--fail-on", "never", dir)
	assert.Contains(t, out, "核查基准日 2020-10-31\n")
}
