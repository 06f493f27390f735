package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// gapCases are sentences of three phrasings the varied case generator
// (internal/casegen) draws and the claims once misread: problems still
// within their rectification period (N个尚在整改期内: in progress, not a
// total), a meeting count before its verb (先后N次召开…), and a meeting count
// before a study session's name (召开N次理论学习中心组专题学习). Written for
// this test; none is quoted from a published text.
var gapCases = []familyCase{
	// 尚在 + verb says work under way, as 仍在 and 还在 do.
	{"in-period", "在反馈的12个问题中，已完成整改9个，3个尚在整改期内，整改完成率75%。",
		[]string{"problems/total=12", "problems/done=9", "problems/in_progress=3", "problems/rate=75"}},
	{"in-period", "局党组认领问题30项，完成整改27项，3项尚在整改过程中。",
		[]string{"problems/total=30", "problems/done=27", "problems/in_progress=3"}},
	{"in-period", "反馈问题16个，已整改到位13个，尚在整改期内的3个正按计划推进。",
		[]string{"problems/total=16", "problems/done=13", "problems/in_progress=3"}},
	{"in-period", "巡视反馈问题9个，其中已办结6个，2个尚在整改期内，1个未完成。",
		[]string{"problems/total=9", "problems/done=6", "problems/in_progress=2", "problems/not_done=1"}},

	// The count before the verb, after an adverb (先后, 累计, 共), and
	// verb phrases listed with 、, each with its own count.
	{"count-before-verb", "局党组先后3次召开党组会议、先后2次召开整改推进会，研究部署整改工作。",
		[]string{"meetings/party_committee=3", "meetings/work=2"}},
	{"count-before-verb", "县委共3次召开巡察整改专题会议、2次召开整改工作调度会。",
		[]string{"meetings/special=3", "meetings/work=2"}},
	{"count-before-verb", "党委先后4次召开理论学习中心组专题学习，深入学习巡视工作条例。",
		[]string{"meetings/study=4"}},
	{"count-before-verb", "巡察反馈以来，中心医院党委累计5次召开理论学习中心组集中学习。",
		[]string{"meetings/study=5"}},
	{"count-before-verb", "党组先后2次召开党组会、召开专题会3次，逐项研究整改。",
		[]string{"meetings/party_committee=2", "meetings/special=3"}},
	// One count shared by meetings listed as nouns stays one of other.
	{"count-before-verb", "先后6次召开县委常委会会议、县委中心组学习会议，专题学习巡视工作条例。",
		[]string{"meetings/other=6"}},

	// The count before a study session's full name (理论学习中心组).
	{"count-before-noun", "巡察反馈后，党组召开3次理论学习中心组专题学习。",
		[]string{"meetings/study=3"}},
	{"count-before-noun", "党委召开2次理论学习中心组学习会、4次党委会议，研究整改工作。",
		[]string{"meetings/study=2", "meetings/party_committee=4"}},
	{"count-before-noun", "学院党委组织召开5次理论学习中心组专题学习研讨，交流整改体会。",
		[]string{"meetings/study=5"}},
}

func TestClaimGaps(t *testing.T) {
	for _, tc := range gapCases {
		t.Run(tc.family+"/"+tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, familyBrief(claimsOf(t, tc.text)))
		})
	}
}
