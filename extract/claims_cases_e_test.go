package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// familyCasesFolders are sentences of the shapes the blind case folders
// (testdata/cases-e) were misread on, written for these tests (none is
// quoted from a folder or a published text). docs/phrasing.md, "Rules the
// blind case folders called for", has the rules.
var familyCasesFolders = []familyCase{
	// N个问题 said to be all done: the figure is the total and the done count.
	{"all-done", "截至10月18日，区委第一巡察组反馈的8个问题已全部完成整改。",
		[]string{"problems/total=8", "problems/done=8"}},
	{"all-done", "市委巡视组指出的13个问题均已整改到位。",
		[]string{"problems/total=13", "problems/done=13"}},
	{"all-done", "县审计局审计查出问题11个，已全部完成整改。",
		[]string{"problems/total=11", "problems/done=11"}},
	{"all-done", "街道党工委认领的6项问题全部销号。",
		[]string{"problems/total=6", "problems/done=6"}},
	{"all-done", "7个问题均已完成整改。",
		[]string{"problems/done=7", "problems/total=7"}},
	{"all-done", "反馈问题9个，力争年底前全部完成整改。",
		[]string{"problems/total=9"}},
	{"all-done", "已完成整改5个问题，全部销号。",
		[]string{"problems/done=5"}},
	{"all-done", "对巡察反馈的10个问题全部制定了整改措施。",
		[]string{"problems/total=10"}},
}

func TestClaimFamiliesFolders(t *testing.T) {
	for _, tc := range familyCasesFolders {
		t.Run(tc.family+"/"+tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, familyBrief(claimsOf(t, tc.text)))
		})
	}
}
