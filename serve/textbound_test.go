package serve

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reportText is n characters of report text (lines of 20 characters).
func reportText(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < 3*n; i++ {
		fmt.Fprintf(&b, "第%04d项问题已整改到位。\n", i%10000)
	}
	return []byte(string([]rune(b.String())[:n]))
}

// TestUploadTextBounds: a document with more text than Config.MaxChars is
// refused, naming the file; documents each within it but past
// Config.MaxCaseChars together make the one read last unread, with why.
func TestUploadTextBounds(t *testing.T) {
	ts := newTestServer(t, Config{MaxChars: 20_000, MaxCaseChars: 50_000})
	tests := []struct {
		name   string
		files  []file
		status int
		err    string   // the answer's error
		unread []string // the answer's unread files: "FILE：REASON"
	}{
		{"within both", []file{{"report.txt", reportText(19_000)}, {"minutes/a.txt", reportText(19_000)}}, http.StatusCreated, "", nil},
		{"a document past its bound", []file{{"report.txt", reportText(21_000)}}, http.StatusUnprocessableEntity,
			"report.txt：文件过大：文字超过一份文件的字数上限", nil},
		{"the case past its bound", []file{{"report.txt", reportText(19_000)}, {"minutes/a.txt", reportText(19_000)}, {"minutes/b.txt", reportText(19_000)}},
			http.StatusCreated, "", []string{"minutes/b.txt：案卷文字过多"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := ts.upload(t, tt.files, nil)
			require.Equal(t, tt.status, resp.StatusCode, string(b))
			a := decode[struct {
				Error   string `json:"error"`
				Summary struct {
					Unread []struct{ File, Reason string }
				} `json:"summary"`
			}](t, b)
			assert.Equal(t, tt.err, a.Error)
			var unread []string
			for _, u := range a.Summary.Unread {
				unread = append(unread, u.File+"："+u.Reason)
			}
			assert.Equal(t, tt.unread, unread)
		})
	}
}
