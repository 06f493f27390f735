package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestClaimsBound: a document that repeats one figure-bearing paragraph
// many times (issue 17: a million paragraphs made 2,000,000 claims) gives at
// most the bound, says so through ClaimsLimited, and keeps the claims before
// the bound as they are.
func TestClaimsBound(t *testing.T) {
	para := "召开整改专题会议1次，反馈问题3个，已完成整改2个。\n"
	for _, tc := range []struct {
		name  string
		paras int
		opt   Options
		want  int
		cut   bool
	}{
		{"under the bound", 10, Options{MaxClaims: 40}, 30, false},
		{"at the bound", 10, Options{MaxClaims: 30}, 30, false},
		{"past the bound", 1000, Options{MaxClaims: 40}, 40, true},
		{"past the bound, no words", 1000, Options{MaxClaims: 40, NoWords: true}, 40, true},
		{"default bound", MaxClaims/3 + 10, Options{NoWords: true}, MaxClaims, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "r.txt", []byte(strings.Repeat(para, tc.paras)), parse.Options{})
			require.NoError(t, err)
			cs, err := ClaimsLimited(doc, tc.opt)
			assert.Len(t, cs, tc.want)
			if tc.cut {
				assert.ErrorIs(t, err, ErrTooManyClaims)
			} else {
				assert.NoError(t, err)
			}
			assert.Len(t, ClaimsWith(doc, tc.opt), tc.want, "ClaimsWith keeps the same bound")
			for i, c := range cs {
				assert.Less(t, c.Of, len(cs), "claim %d points past the cut", i)
			}
			if len(cs) >= 3 {
				assert.Equal(t, []string{"meetings/special=1", "problems/total=3", "problems/done=2"}, brief(cs[:3]))
			}
		})
	}
}
