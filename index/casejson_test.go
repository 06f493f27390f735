package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/verify"
)

// TestAddPathsChecksCaseJSON: a case folder's case.json is read as verify
// reads it, bounded and checked. One out of bounds is reported as failed,
// naming the file and the field, and its values are not used; the folder's
// files are indexed all the same.
func TestAddPathsChecksCaseJSON(t *testing.T) {
	report := "中共某县某局党组关于县委巡察反馈意见整改情况的报告\n\n召开整改工作会议3次。\n"
	tests := []struct {
		name     string
		caseJSON string
		unit     string // the unit the report is indexed under (else its title's)
		err      string // the error reported for case.json, if any
	}{
		{"good", `{"unit": "甲单位", "report_date": "2020-09-30"}`, "甲单位", ""},
		{"long unit", `{"unit": "` + strings.Repeat("局", verify.MaxInfoTextRunes+1) + `"}`, "中共某县某局党组", "字段 unit"},
		{"bad date", `{"unit": "甲", "report_date": "2020-9-30"}`, "中共某县某局党组", "字段 report_date"},
		{"too large", `{"unit": "` + strings.Repeat(" ", verify.MaxCaseJSONBytes) + `甲"}`, "中共某县某局党组", "64 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "report.txt"), []byte(report), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "case.json"), []byte(tt.caseJSON), 0o644))
			x, err := Open(filepath.Join(t.TempDir(), "idx"))
			require.NoError(t, err)
			defer x.Close()
			for _, arg := range []string{dir, filepath.Join(dir, "report.txt")} {
				var failed []FileResult
				st, err := x.AddPaths(context.Background(), []string{arg}, AddOptions{OnFile: func(r FileResult) {
					if r.Status == StatusFailed {
						failed = append(failed, r)
					}
				}})
				require.NoError(t, err)
				if tt.err == "" {
					assert.Zero(t, st.Failed, arg)
				} else {
					require.Len(t, failed, 1, arg)
					assert.Equal(t, filepath.Join(dir, "case.json"), failed[0].Path)
					assert.ErrorContains(t, failed[0].Err, tt.err)
				}
			}
			d, err := x.Get(filepath.Join(dir, "report.txt"))
			require.NoError(t, err)
			require.NotNil(t, d)
			assert.Equal(t, tt.unit, d.Unit)
			assert.Equal(t, "report", d.Kind)
		})
	}
}
