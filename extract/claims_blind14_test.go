package extract

// The rules session 14 wrote: sentences of our own in the style of what
// they read wrong. Each row read otherwise before its rule, or is labelled
// a guard.

// familyCasesAT are the readings the case folders of cases-at (audit
// rectification) and batch al (testdata/devset/al.jsonl) found wanting.
var familyCasesAT = []familyCase{
	// Another unit audited or inspected in the same round, named as the
	// subject of its own figure, is not the reporting unit (cases-at 08).
	{"other-units", "同批接受巡察的县农业农村局被反馈问题14个。", []string{"problems/total=14@other_units"}},
	{"other-units", "与我局同期接受审计的市城管局被指出问题7个，我局被指出问题12个。",
		[]string{"problems/total=7@other_units", "problems/total=12"}},
	// Guard: the unit itself among those inspected together.
	{"other-units", "同期接受审计的三家单位中，我局被指出问题12个。", []string{"other=3", "problems/total=12"}},
	// An earlier audit told with 曾 (once) in a sentence opening on its
	// year is that audit's, also in a report that names this round only
	// by its year (cases-at 10).
	{"earlier-round", "2020年，市审计局曾对我中心财务收支开展审计，指出问题8个，已于2021年全部整改到位。2024年3月，市审计局对我中心开展经济责任审计，指出问题15个。\n县疾控中心\n2024年10月8日",
		[]string{"problems/total=8@earlier_round", "problems/done=8@earlier_round", "problems/total=15"}},
	// A rate right after amounts of money, with no item named in its
	// clause, is the money's (cases-at 05).
	{"money-rate", "审计查出应整改金额4.8亿元，已整改4.1亿元，整改率85.42%。",
		[]string{"money/other=480000000", "money/other=410000000", "other=85.42"}},
	// Guard: a rate after one amount only is left as the problems'.
	{"rate-percent", "各地整改问题金额12亿元，整改率达到96%。", []string{"money/other=1200000000", "problems/rate=96"}},
	// Guard: a rate after the problems' counts and an amount between.
	{"rate-percent", "审计指出问题20个，涉及金额3000万元，已整改18个，整改率90%。",
		[]string{"problems/total=20", "money/other=30000000", "problems/done=18", "problems/rate=90"}},
	// Buildings and land counted in 处 are what the count counts, not
	// problems (cases-at 02).
	{"done-after-verb", "审计指出问题6个，已整改5个；已完成4处房产公开招租。", []string{"problems/total=6", "problems/done=5", "other=4"}},
	// Problems fixed at once, then how many of them are done and not: the
	// first is their number, not a count of done (batch al).
	{"total-then-done", "审计指出问题9个，立行立改7个，已完成整改6个，未完成整改1个。",
		[]string{"problems/total=9", "problems/total=7", "problems/done=6", "problems/not_done=1"}},
	// Guard: fixed at once, with the rest under way.
	{"done-after-verb", "审计指出问题9个，立行立改7个，其余2个正在整改。",
		[]string{"problems/total=9", "problems/done=7", "problems/in_progress=2"}},
	// Revenue raised and losses retrieved together are an audit office's
	// results, no recovery of the unit's (batch al).
	{"money-audit-result", "全年完成审计项目36个，促进增收节支和挽回损失5.2亿元。", []string{"other=36", "money/other=520000000"}},
	// A preposition that opens the predicate ends the counted noun phrase:
	// the units counted are the subject, not the problems after it
	// (cases-au 01).
	{"units-count", "指导所属6个基层合作社对照巡察反馈问题开展自查，共查摆问题23个。",
		[]string{"other=6", "problems/total=23@other_units"}},
	// The value of what the clause before gave back, summed (batch ak).
	{"money-sum-of-clause", "全市共有46名干部主动清退或上交所收受的礼金、购物卡等，共计价值21万元。",
		[]string{"other=46", "money/refunded=210000"}},
	// People arrested, charged or sentenced, or fined by the administration,
	// after the audit: held to account in another way (batch aj).
	{"accountability-count", "审计移送的问题线索查处后，已有7人被依法逮捕或判刑，15人受到党纪政务处分。",
		[]string{"accountability/other=7", "accountability/disciplined=15"}},
	{"accountability-count", "因违规发放津补贴受到行政处罚的有9人。", []string{"accountability/other=9"}},
	// A body named as the subject of the bare verb and its noun: what it
	// rectified (batch a–ah).
	{"done-after-verb", "县住建部门整改城镇燃气安全隐患126处。", []string{"problems/done=126"}},
	// Guard: a body required to rectify has not yet.
	{"total-found", "要求相关单位整改安全隐患126处。", []string{"problems/total=126"}},
	// A rate named after the units it counts is theirs (batch a–ah).
	{"rate-percent", "截至6月底，全省乡镇完成率90.6%。", []string{"other=90.6"}},
	{"rate-percent", "各县（市、区）整改完成率均达到95%以上。", []string{"other=95"}},
	// Guard: the whole's own rate.
	{"rate-percent", "全县问题整改完成率达到95%。", []string{"problems/rate=95"}},
}
