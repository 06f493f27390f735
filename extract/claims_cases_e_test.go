package extract

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

	// 分别 over parallel totals: the totals and the shares are parts; the
	// sums are the claims (total 5+9, done 4+8).
	{"split-parallel-status", "截至9月20日，针对5个共性问题和9个个性问题，分别有4个、8个已完成整改，整改完成率85.71%。",
		[]string{"other=5", "problems/total=14", "other=9", "other=4", "problems/done=12", "other=8", "problems/rate=85.71"}},
	{"split-parallel-status", "针对巡视反馈的12个和省委巡察反馈的7个问题，分别有10个、6个（占83.3%、85.7%）已完成整改。",
		[]string{"other=12", "problems/total=19", "other=7", "other=10", "problems/done=16", "other=6", "other=83.3", "other=85.7"}},
	{"split-parallel-status", "对交办的6个问题和4个问题，分别有2个、1个正在整改。",
		[]string{"other=6", "problems/total=10", "other=4", "other=2", "problems/in_progress=3", "other=1"}},
	// Each of the units counted before 分别 held that many: theirs (session 17).
	{"split-parallel-status", "全县12个乡镇和8个部门分别召开会议3次、2次。",
		[]string{"other=12", "other=8", "meetings/other=3@other_units", "other=2"}},

	// A noun phrase qualified by an earlier round (上轮, 上一轮, 前次, 上届)
	// counts that round's problems, not this one's (scope earlier_round
	// since session 12; other before).
	{"earlier-round", "对上轮巡察反馈的11个问题逐项开展“回头看”。",
		[]string{"problems/total=11@earlier_round"}},
	{"earlier-round", "前次审计指出的6个问题已于去年整改完毕。",
		[]string{"problems/total=6@earlier_round"}},
	{"earlier-round", "上届班子任内移交的问题线索4件已全部了结。",
		[]string{"clues/received=4@earlier_round"}},
	{"earlier-round", "上轮巡察以来，共发现问题20个。",
		[]string{"problems/total=20"}},

	// Clues under way, told without a clue noun, are no clue subtype.
	{"clue-under-way", "市委巡察组移交问题线索5件，已办结3件，正在办理2件。",
		[]string{"clues/received=5", "clues/handled=3", "other=2"}},
	{"clue-under-way", "共受理问题线索9件，已办结7件，尚未办结2件。",
		[]string{"clues/received=9", "clues/handled=7", "other=2"}},
	{"clue-under-way", "收到问题线索12件，已了结10件，其余2件正在核查。",
		[]string{"clues/received=12", "clues/handled=10", "other=2"}},
	{"clue-under-way", "收到问题线索12件，立案4件。",
		[]string{"clues/received=12", "clues/filed=4"}},

	// Times an agenda item was taken up at meetings are no meetings count;
	// the verb's object decides.
	{"agenda-item-count", "今年以来，党组会议传达学习上级重要精神18次。",
		[]string{"other=18"}},
	{"agenda-item-count", "在党委会上传达学习全会精神12次。",
		[]string{"other=12"}},
	{"agenda-item-count", "党组会议研究巡察整改工作5次。",
		[]string{"meetings/party_committee=5"}},
	{"agenda-item-count", "主持党组会专题研究4次。",
		[]string{"meetings/party_committee=4"}},
}
