package serve

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCasesListFilterSort: the case list filters by unit or round and by
// verdict, and sorts by unit, round, report date or verdict.
func TestCasesListFilterSort(t *testing.T) {
	ts := newTestServer(t, Config{})
	for _, unit := range []string{"乙单位", "甲单位"} {
		resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": unit, "round": unit + "轮次"})
		require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	}
	tests := []struct {
		query string
		want  []string // the units, in the order shown
	}{
		{"", []string{"甲单位", "乙单位"}}, // newest first
		{"?sort=unit", []string{"乙单位", "甲单位"}},
		{"?q=" + "甲", []string{"甲单位"}},
		{"?q=" + "乙单位轮次", []string{"乙单位"}},
		{"?verdict=paper-rectification-suspected&sort=verdict", []string{"甲单位", "乙单位"}},
		{"?verdict=clean", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			resp, b := ts.get(t, "/cases"+tt.query)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			page := string(b)
			var got []string
			for _, part := range strings.Split(page, "<tr>")[1:] {
				for _, u := range []string{"甲单位", "乙单位"} {
					if strings.Contains(part, ">"+u+"</a>") {
						got = append(got, u)
					}
				}
			}
			assert.Equal(t, tt.want, got)
			if tt.want == nil {
				assert.Contains(t, page, "没有符合条件的案卷")
			}
		})
	}
}
