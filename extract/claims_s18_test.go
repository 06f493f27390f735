package extract

// The rules session 18 wrote: sentences of our own in the style of what the
// development set and the blind written sets read wrong. Each row read
// otherwise before its rule, or is labelled a guard.

// familyCasesS18 are session 18's readings.
var familyCasesS18 = []familyCase{
	// A thing named by its breach, found, is a problem whatever its noun
	// (breachNamed; the development set's campaign tallies).
	{"total-found", "全区三年来共查处小金库63个，涉及金额1800余万元。",
		[]string{"problems/total=63", "money/other=18000000"}},
	{"total-found", "经自查自纠，各单位共清理出“小金库”27个。", []string{"problems/total=27@aggregate"}},
	{"total-found", "专项检查查出31个“私设账户”，均已撤销。", []string{"problems/total=31"}},
	// Guards: a breach's acts and cases are an enforcement's count; a
	// breach told of an elided head (的) is a class; what a measure removed
	// is no problem found.
	{"guard", "执法大队全年查处违法违章行为96起。", []string{"other=96"}},
	{"guard", "属于违规占地的14个，已全部整改到位。", []string{"other=14"}},
	{"guard", "镇里拆除违规搭建的彩钢棚9处。", []string{"other=9"}},
}
