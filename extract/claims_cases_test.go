package extract

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

func claimsOf(t *testing.T, text string) []Claim {
	t.Helper()
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	return Claims(doc)
}

func brief(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		s := fmt.Sprintf("%s/%s=%s", c.Kind, c.Subtype, strconv.FormatFloat(c.Value, 'f', -1, 64))
		if c.Approx != Exact {
			s += "~" + c.Approx.String()
		}
		if c.Scope != "" {
			s += "@" + c.Scope
		}
		out = append(out, s)
	}
	return out
}

// TestClaimPhrasings covers the phrasings of the issue and the corpus
// README's traps, one sentence each.
func TestClaimPhrasings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"shared verb list", "召开专题民主生活会38次、集中学习会议141次、讲授专题党课72次。",
			[]string{"meetings/democratic_life=38", "meetings/study=141", "meetings/lecture=72"}},
		{"count before noun and verb", "反馈的12个问题中，9个已完成整改，3个正在整改，整改完成率75%。",
			[]string{"problems/total=12", "problems/done=9", "problems/in_progress=3", "problems/rate=75"}},
		{"total and parts", "问责干部8人，其中给予党纪政务处分2人、诫勉4人、通报批评2人。",
			[]string{"accountability/total=8", "accountability/disciplined=2", "accountability/admonished=4", "accountability/criticized=2"}},
		{"zero counts", "给予政务处分0人；组织处理0人；诫勉0人；交由纪委调查1人。",
			[]string{"accountability/disciplined=0", "accountability/org_handling=0", "accountability/admonished=0", "accountability/other=1"}},
		{"person noun after number", "对工作不实的3名干部进行了谈话提醒。", []string{"accountability/admonished=3"}},
		{"money multipliers", "清退违规资金66.57万元、追回资金146万元、挽回经济损失1.15亿元。",
			[]string{"money/refunded=665700", "money/recovered=1460000", "money/loss_recovered=115000000"}},
		{"thousands separator", "调整规范账务处理金额1,206.4万元。", []string{"money/other=12064000"}},
		{"chinese numerals", "召开党委会议六次，召开巡察整改专题民主生活会一次，制定完善制度八项。",
			[]string{"meetings/party_committee=6", "meetings/democratic_life=1", "systems/total=8"}},
		{"full-width digits", "反馈问题１９个，已完成整改１６个，整改完成率８４．２％。",
			[]string{"problems/total=19", "problems/done=16", "problems/rate=84.2"}},
		{"rules new and revised", "建立完善制度27项，其中新建15项、修订12项。", []string{"systems/total=27", "systems/new=15", "systems/revised=12"}},
		{"clues", "巡察移交问题线索57件，县纪委监委已处置51件，立案14件。", []string{"clues/received=57", "clues/handled=51", "clues/filed=14"}},
		{"approximate", "召开整改工作会议30余次，追回资金约120万元。", []string{"meetings/work=30~at_least", "money/recovered=1200000~about"}},
		{"other units", "对32家单位开展巡察，发现问题120个。", []string{"other/单位=32@other_units", "problems/total=120@aggregate"}},
		{"nested levels", "反馈了4个方面14项28个问题。", []string{"other/方面=4", "other/项=14", "problems/total=28"}},
		{"traditional characters", "召開巡視整改專題民主生活會1次，追回資金12萬元，問責5人。",
			[]string{"meetings/democratic_life=1", "money/recovered=120000", "accountability/total=5"}},
		{"dates are not claims", "2020年4月20日至6月12日开展巡察，于2020年7月15日反馈。", nil},
		{"durations are not claims", "两个月内完成整改，为期四个月的专项整治，近三年来。", nil},
		{"document numbers are not claims", "印发《方案》（东农林党字〔2017〕9号）。", nil},
		{"ordinals are not claims", "经局党组第57次会议审议，依据第三条规定。", nil},
		{"phone numbers are not claims", "联系电话：0790—6281935；邮编：650000。", nil},
		{"slogans are not claims", "增强“四个意识”、坚定“四个自信”、做到“两个维护”，落实“三重一大”和一岗双责。", nil},
		{"percent that is not a rate", "上半年共完成抽检任务的百分之五十二。", []string{"other/任务=52"}},
		{"done before count, rest in progress", "巡视反馈的28个问题已整改完成25个，整改完成率89.3%，其余3个问题正在持续推进。",
			[]string{"problems/total=28", "problems/done=25", "problems/rate=89.3", "problems/in_progress=3"}},
		{"problems by category", "审计指出问题5类23项，涉及金额3,456.78万元。", []string{"problems/total=23", "money/other=34567800"}},
		{"share of the total", "反馈问题25个，已完成整改23个，占问题总数的92%。", []string{"problems/total=25", "problems/done=23", "problems/rate=92"}},
		{"share written 占比", "已完成整改的问题占比达到90%以上。", []string{"problems/rate=90~at_least"}},
		{"bracketed meeting name", "累计召开党委（党组）会议15次研究巡视整改工作。", []string{"meetings/party_committee=15"}},
		{"accountability by kind", "对12名相关责任人进行了严肃问责，其中给予党内警告处分3人、政务记过处分1人，诫勉谈话5人，批评教育3人。",
			[]string{"accountability/total=12", "accountability/disciplined=3", "accountability/disciplined=1", "accountability/admonished=5", "accountability/criticized=3"}},
		{"rules new and revised, other words", "建立健全规章制度46项，其中新制定28项、修订完善18项。", []string{"systems/total=46", "systems/new=28", "systems/revised=18"}},
		{"clues handled and filed", "处置问题线索23件，其中立案审查调查5件。", []string{"clues/handled=23", "clues/filed=5"}},
		{"meetings joined by 和", "召开领导小组会议和专题推进会共计9次，开展专题学习研讨12次。", []string{"meetings/work=9", "meetings/study=12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := claimsOf(t, tt.text)
			got := brief(cs)
			var own []string
			for _, g := range got {
				if tt.want == nil && strings.HasPrefix(g, "other/") {
					continue
				}
				own = append(own, g)
			}
			if tt.want == nil {
				assert.Empty(t, own)
				return
			}
			assert.Equal(t, tt.want, got)
			for _, c := range cs {
				assert.Contains(t, parse.Normalize(tt.text), c.Text)
			}
		})
	}
}

func TestClaimSourceAndFigure(t *testing.T) {
	text := "关于整改情况的报告\n　　局党组召开巡察整改工作会议4次。2020年8月26日，召开巡察整改专题民主生活会1次。\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	cs := Claims(doc)
	require.Len(t, cs, 2)
	assert.Equal(t, "局党组召开巡察整改工作会议4次。", doc.Slice(parse.Pos{Page: 1, Start: cs[0].Source.Start, End: cs[0].Source.End}))
	assert.Equal(t, "4次", doc.Slice(cs[0].Figure))
	assert.Equal(t, "1次", doc.Slice(cs[1].Figure))
	assert.Equal(t, "召开", cs[1].Action)
}

// TestClaimsConcurrent runs the extractor from many goroutines (the index
// does); run with -race.
func TestClaimsConcurrent(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), "../testdata/corpus/reports/11.txt", parse.Options{})
	require.NoError(t, err)
	want := brief(Claims(doc))
	done := make(chan []string)
	for i := 0; i < 8; i++ {
		go func() { done <- brief(Claims(doc)) }()
	}
	for i := 0; i < 8; i++ {
		assert.Equal(t, want, <-done)
	}
}

func TestSeedArticlePhrasing(t *testing.T) {
	cs := claimsOf(t, "有的被巡视单位11个需要整改问题中，有6个没有整改到位；整改报告中说开了13次工作会，实际只开了3次。")
	got := brief(cs)
	assert.Contains(t, got, "problems/total=11")
	assert.Contains(t, got, "problems/not_done=6")
	assert.Contains(t, got, "meetings/work=13")
}

func TestApproximateMoney(t *testing.T) {
	assert.Equal(t, []string{"money/recovered=300000~at_least"}, brief(claimsOf(t, "追回资金30余万元。")))
}

// TestTraditionalReport: a report reposted in Traditional characters reads
// as the Simplified one does: claims, items and statuses.
func TestTraditionalReport(t *testing.T) {
	text := "關於巡視整改進展情況的報告\n" +
		"　　一、整改總體情況\n" +
		"　　省委第二巡視組反饋的4個方面31個問題，已完成整改26個，基本完成3個，正在推進2個，整改完成率83.87%。召開黨組會議9次、巡視整改專題民主生活會1次。問責幹部8人，其中給予黨紀政務處分2人、誡勉4人、通報批評2人；清退違規資金23.6萬元。\n" +
		"　　二、反饋問題整改落實情況\n" +
		"　　（一）關於“落實全面從嚴治黨主體責任不到位”問題的整改\n" +
		"　　2019年3月，制定《主體責任清單》。\n" +
		"　　整改情況：已完成。\n" +
		"　　（二）關於“專項資金管理不規範”問題的整改\n" +
		"　　收回結餘資金12萬元。\n" +
		"　　整改情況：正在整改。\n"
	doc, err := parse.Parse(context.Background(), "r.txt", []byte(text), parse.Options{})
	require.NoError(t, err)
	got := brief(Claims(doc))
	for _, want := range []string{"problems/total=31", "problems/done=26", "problems/in_progress=3", "problems/in_progress=2",
		"problems/rate=83.87", "meetings/party_committee=9", "meetings/democratic_life=1", "accountability/total=8",
		"accountability/disciplined=2", "accountability/admonished=4", "accountability/criticized=2", "money/refunded=236000"} {
		assert.Contains(t, got, want)
	}
	items := ReadItems(doc)
	require.Len(t, items, 2)
	assert.Equal(t, "落實全面從嚴治黨主體責任不到位", items[0].Title, "titles are quoted as written")
	assert.Equal(t, StatusDone, items[0].Status)
	assert.Equal(t, StatusInProgress, items[1].Status)
}

// TestActionObject: the verb before a figure and the thing it counts.
// After 次/场/期/轮 the words are not what is counted (召开会议15次研究…),
// unless they name the meeting (开了5次工作会, 召开了13次专题会议).
func TestActionObject(t *testing.T) {
	for _, tc := range []struct{ text, action, object string }{
		{"召开了13次专题会议研究整改。", "召开", "专题会议"},
		{"开了5次工作会。", "开", "工作会"},
		{"召开会议15次研究部署整改工作。", "召开", "会议"},
		{"反馈问题31个。", "反馈", "问题"},
		{"问责2名科室负责人。", "问责", "科室负责人"},
	} {
		cs := claimsOf(t, tc.text)
		require.NotEmpty(t, cs, tc.text)
		assert.Equal(t, [2]string{tc.action, tc.object}, [2]string{cs[0].Action, cs[0].Object}, tc.text)
	}
}
