package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParts reads counts inside a count given before them (isPart): each
// kind's parts are other, the whole is claimed once; counts beside a whole
// that are no part of it stay claims.
func TestParts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// Problems, split by kind after 按…分.
		{"problems by kind", "督察转办信访件15件，按领域分：噪声问题9件、油烟问题6件。",
			[]string{"problems/total=15", "other=9", "other=6"}},
		// Problems, a note in brackets after the count.
		{"problems in a note", "共受理投诉32件（来访11件、上级转办9件），已全部办结。",
			[]string{"problems/total=32", "other=11", "other=9"}},
		// A note that is a total of its own stays one.
		{"a total in a note", "反馈意见分为4个方面（具体问题共17个）。",
			[]string{"other=4", "problems/total=17"}},
		// Accountability, a part after 其中 repeating its parent's sanction.
		{"sanction by severity", "对19人给予党纪政务处分，其中7人受到重处分。",
			[]string{"accountability/disciplined=19", "other=7"}},
		// A part of another sanction is the parent's breakdown by way.
		{"sanction by way", "共问责22人，其中诫勉谈话5人。",
			[]string{"accountability/total=22", "accountability/admonished=5"}},
		// Accountability, grades in brackets after the count.
		{"sanction by grade", "给予党纪处分4人（警告3人，严重警告1人）。",
			[]string{"accountability/disciplined=4", "other=3", "other=1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, familyBrief(claimsOf(t, tc.text)))
		})
	}
}
