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
	// Units counted opening the clause before, told each there, are the
	// subject of the next 分别 too (blind set xd); a body named in full
	// heading a later clause of a sentence whose counts were other units'
	// by name goes on with the round-up (blind set xe).
	{"split-by-unit", "两家单位分别认领问题24个、16个，分别完成整改22个、15个。",
		[]string{"other=2", "problems/total=24@other_units", "problems/total=16@other_units", "problems/done=22@other_units", "problems/done=15@other_units"}},
	{"split-by-unit", "所属企业中，省路桥集团、省港航集团分别完成整改问题31个、26个，省水投集团整改完成率达到90%。",
		[]string{"problems/done=31@other_units", "problems/done=26@other_units", "problems/rate=90@other_units"}},
	{"guard", "县交通局、县水利局分别完成整改问题12个、9个，我局整改完成率达到95%。",
		[]string{"problems/done=12@other_units", "problems/done=9@other_units", "problems/rate=95"}},
	// Tasks joined to the problems before them are measures beside them,
	// and 整改任务 alone no verb (blind set xe).
	{"measures-as-items", "企业党委共认领问题31个、整改任务86项。", []string{"problems/total=31", "other=86"}},
	// A round-up by department announced before a comma, in one sentence
	// (blind set xf).
	{"split-by-unit", "分部门看，县财政局承担的18个问题已整改17个，县住建局承担的11个问题已整改9个。",
		[]string{"problems/total=18@other_units", "problems/done=17@other_units", "problems/total=11@other_units", "problems/done=9@other_units"}},
	// Case folders cases-bt, cases-bu (69th, 70th authors): a group
	// audited beside the reporting one; a plan whose object is told done
	// with 已; 一个 before a noun that is nothing counted.
	{"other-units-count", "同期接受审计的省澄川路桥集团被指出问题9个，与本集团无关联事项。", []string{"problems/total=9@other_units"}},
	{"done-verb-noun-count", "拟于10月对已完成整改的13个问题组织开展“回头看”。", []string{"problems/done=13"}},
	{"guard", "计划于10月底前完成整改的5个问题正在推进。", []string{"problems/in_progress=5"}},
	{"set-phrase-not-count", "目前，村集体经济增收问题见效还需要一个过程。", []string{"other=1"}},
	{"guard", "还有一个问题正在整改。", []string{"problems/in_progress=1"}},
	// A meeting planned by a time after 计划 (cases-bv 02: counted as held,
	// a false claim.meetings once the minutes fell short); a plan made and
	// carried out is no plan of a meeting.
	{"meetings-planned", "下一步，计划年底前召开2次巡察整改专题会，推动长期问题见底清零。", []string{"other=2"}},
	{"guard", "党委制定计划并组织召开整改专题会议3次。", []string{"meetings/special=3"}},
	// Blind written sets xg, xh: a difference from another time is no count;
	// fixed at once on the spot (现场立即整改) is done; a dated audit's
	// leftovers taken up 一并 this time are an earlier round's, whatever
	// year the audit looked at.
	{"other-statistic", "审计反映的86个问题已完成整改80个，比去年同期多完成15个。",
		[]string{"problems/total=86", "problems/done=80", "other=15"}},
	{"done-after-verb", "共排查隐患96项，现场立即整改80项，限期整改16项。",
		[]string{"problems/total=96", "problems/done=80", "problems/in_progress=16"}},
	{"earlier-round", "另外，2021年度经济责任审计尚未整改到位的4个问题，本次已一并整改完成。",
		[]string{"problems/not_done=4@earlier_round"}},
	{"guard", "2024年度财务收支审计指出问题9个，已整改8个。", []string{"problems/total=9", "problems/done=8"}},
	// A part given under 其中, told again in a later sentence with its
	// state, is no count of the whole's (blind set xh).
	{"subset-count", "共排查隐患58项，其中重大隐患3项。截至月底已整改51项，3项重大隐患均已完成整改。",
		[]string{"problems/total=58", "other=3", "problems/done=51", "other=3"}},
	{"guard", "共排查隐患58项，其中重大隐患3项。截至月底已整改51项，其余7项正在整改。",
		[]string{"problems/total=58", "other=3", "problems/done=51", "problems/in_progress=7"}},
	// A campaign's tally: a set found or listed, named as found wrong,
	// then its done count in the same measure word, the rest and the rate,
	// whatever the noun (tallyChains; the development set's cars and side
	// jobs, blind set xh).
	{"tasks-total", "全市应清理的超标公务用车共84辆，已清理79辆，清理率94.0%，尚有5辆待拍卖处置。",
		[]string{"problems/total=84", "problems/done=79", "problems/rate=94", "problems/in_progress=5"}},
	{"total-found", "全县共清理出领导干部违规兼职45人次，已辞去或免去兼职41人次，其余4人次正在履行退出程序。",
		[]string{"problems/total=45", "problems/done=41", "problems/in_progress=4"}},
	{"total-found", "各单位共清理出超标准配置办公用房二十六间，已整改二十二间，剩余四间需报批后改造。",
		[]string{"problems/total=26", "problems/done=22", "problems/in_progress=4"}},
	// Guards: things counted with no done count after them, or checked
	// with nothing found wrong, stay things.
	{"guard", "共检查公务用车212辆，抽查办公用房48间。", []string{"other=212", "other=48"}},
	{"guard", "共排查公务用车212辆，已全部登记入库。", []string{"other=212"}},
	// Guards from the review of session 18 (rev18a): a regulator's
	// enforcement found by 查处; a header naming an aspect, not a kind of
	// body, announces no round-up; a word ending in 局; a noun phrase headed
	// by a counted noun after 一个; 已 not governing the state of a plan's
	// object.
	{"guard", "结合巡察整改，我局全年查处违规广告42条，罚没款12.6万元。", []string{"other=42", "money/other=126000"}},
	{"guard", "县委第三巡察组向我局反馈问题23个。从整改进度看，县财政局已完成整改问题21个，整改完成率91.3%。",
		[]string{"problems/total=23", "problems/done=21", "problems/rate=91.3"}},
	{"guard", "县交通局、县水利局分别完成整改问题12个、9个，着眼大局整改完成率达到95%。",
		[]string{"problems/done=12@other_units", "problems/done=9@other_units", "problems/rate=95"}},
	{"guard", "反馈问题12个，已完成整改10个，正在整改1个，另有一个土地问题需长期推进。",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=1", "problems/in_progress=1"}},
	{"guard", "计划年底前对照已建立的台账完成整改的问题还有4个。", []string{"problems/in_progress=4"}},
	{"other-statistic", "反馈问题100个，已完成整改86个，比上一轮巡察同期多完成15个。",
		[]string{"problems/total=100", "problems/done=86", "other=1", "other=15"}},
	// The states after a sum over the units inspected, with no subject or
	// noun of their own, are the sum's too (blind set xf: a slip in them
	// went unchecked, the total aggregate and its parts own).
	{"split-by-unit", "两轮巡察共对6家子公司党组织开展巡察，发现问题150个。目前，已整改完成131个，正在整改19个。",
		[]string{"other=2", "other=6", "problems/total=150@aggregate", "problems/done=131@aggregate", "problems/in_progress=19@aggregate"}},
	{"guard", "两轮巡察共对6家子公司党组织开展巡察，发现问题150个。集团本部已整改完成12个。",
		[]string{"other=2", "other=6", "problems/total=150@aggregate", "problems/done=12"}},
	// Guards from the second review of session 18 (rev18b): a tally's rest
	// told not done; a tally after the unit's own problems (their parts and
	// rate stay theirs); counts past the set; an appraisal done; a car over
	// the standard beside the unit's problems; a regulator's 查处.
	{"tasks-total", "全县共排查出违建房屋28栋，已拆除19栋，尚未拆除9栋，拆除率67.9%。",
		[]string{"problems/total=28", "problems/done=19", "problems/in_progress=9", "problems/rate=67.9"}},
	{"guard", "截至目前，反馈的23个问题已整改21个。全县共清理出违规兼职45人次，已辞去兼职41人次。整改完成率91.3%。",
		[]string{"problems/total=23", "problems/done=21", "other=45", "other=41", "problems/rate=91.3"}},
	{"guard", "排查出闲置办公用房20间，已调整使用15间，今年累计调整办公用房60间。", []string{"other=20", "other=15", "other=60"}},
	{"guard", "全县排查出疑似危房86栋，已完成安全鉴定80栋。", []string{"other=86", "other=80"}},
	{"guard", "反馈问题12个，清理出超标公务用车3辆，已整改10个，正在整改2个。",
		[]string{"problems/total=12", "other=3", "problems/done=10", "problems/in_progress=2"}},
	{"guard", "县城管局全年查处违法建设行为126处，已拆除98处。", []string{"other=126", "other=98"}},
	// Case author bz (75th): meetings planned each (计划9月、10月各召开1次);
	// a regulator's talks with the firms it checked; a group's talks with
	// its own firms' heads stay accountability.
	{"meetings-planned", "下一步，党委计划9月、10月各召开1次党委会议，专题研究整改。", []string{"other=1"}},
	{"guard", "对全市31家运输企业开展专项检查，约谈企业负责人12人次。", []string{"other=31", "other=12"}},
	{"guard", "结合专项检查，集团约谈所属企业负责人3人。", []string{"accountability/admonished=3"}},
}
