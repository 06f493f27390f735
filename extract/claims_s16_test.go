package extract

// The rules session 16 wrote: sentences of our own in the style of what the
// blind written sets read wrong. Each row read otherwise before its rule, or
// is labelled a guard.

// familyCasesS16 are session 16's readings.
var familyCasesS16 = []familyCase{
	// The rest of a partition, its reason told before its state: the state
	// its words reach before the next figure (rest_state.go).
	{"in-progress-remaining", "截至目前已整改问题31个，另4个涉及老旧厂房改造和资金拼盘，正在会同区发改部门推进。",
		[]string{"problems/done=31", "problems/in_progress=4"}},
	{"in-progress-count-first", "巡察反馈的26项问题已整改23项，3项涉及跨区域管网建设正在按程序推进。",
		[]string{"problems/total=26", "problems/done=23", "problems/in_progress=3"}},
	{"not-done-remaining", "集中整改以来共完成整改问题19项，尚有2项因涉及历史遗留产权手续暂未完成，整改完成率为90.5%。",
		[]string{"problems/done=19", "problems/not_done=2", "problems/rate=90.5"}},
	{"not-done-negated-verb", "十五个问题已整改到位十三个，尚有两个问题因涉及土地权属争议，需市级部门协调，暂未完成整改。",
		[]string{"problems/total=15", "problems/done=13", "problems/not_done=2"}},
	{"not-done-count-first", "尚未完成的4个问题中，3个正在推进，1个因涉及国有资产划转审批，暂未取得实质进展。",
		[]string{"problems/not_done=4", "problems/in_progress=3", "problems/not_done=1"}},
	// Guards: the rest told one by one after a colon is no count of its
	// own; a rest with a noun of its own that is no matter set aside keeps
	// its reading.
	{"guard", "十二个问题中已整改到位十个，剩下两个正在推进：一个是部分合同未按期续签，另一个是办公用房尚未腾退。",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2", "other=1"}},
	{"guard", "已整改问题18个，另有5个单位正在开展自查。",
		[]string{"problems/done=18", "other=5"}},
}
