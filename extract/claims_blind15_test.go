package extract

// The rules session 15 wrote: sentences of our own in the style of what
// they read wrong. Each row read otherwise before its rule, or is labelled
// a guard.

// familyCasesS15 are the readings session 15's probes, written texts and
// case folders found wanting.
var familyCasesS15 = []familyCase{
	// A count with no noun in the clues' own measure word (条), right after
	// them, goes on counting them: handled, not problems done.
	{"clue-verbs", "巡察移交问题线索2条，已办结2条。", []string{"clues/received=2", "clues/handled=2"}},
	{"clue-verbs", "巡察移交问题线索两条，已办结两条，给予党纪处分一人。",
		[]string{"clues/received=2", "clues/handled=2", "accountability/disciplined=1"}},
	// Guard: a noun of its own is counted as what it names.
	{"clue-verbs", "移交问题线索5条，整改问题12条。", []string{"clues/received=5", "problems/done=12"}},
	// A rate right after an amount, that is that amount's share of one the
	// text stated before — in an earlier sentence — is the money's.
	{"money-rate", "审计指出问题8个，涉及金额1.26亿元。8个问题中已整改6个，已整改金额9860万元，整改率78.25%。",
		[]string{"problems/total=8", "money/other=126000000", "problems/total=8", "problems/done=6", "money/other=98600000", "other=78.25"}},
	// Guard: a rate no earlier amount explains stays the problems'.
	{"rate-percent", "审计指出问题8个，涉及金额1.26亿元。8个问题中已整改6个，已整改金额9000万元，整改率75%。",
		[]string{"problems/total=8", "money/other=126000000", "problems/total=8", "problems/done=6", "money/other=90000000", "problems/rate=75"}},
	// An audit named by a year before the one reported on (上年度, 以前年度)
	// is an earlier round.
	// (Only after the report's own total: review of session 15.)
	{"earlier-round", "审计指出问题8个，已整改6个。对上年度审计指出的5个问题，已于今年3月全部整改完毕。",
		[]string{"problems/total=8", "problems/done=6", "problems/total=5@earlier_round", "problems/done=5@earlier_round"}},
	{"earlier-round", "审计指出问题8个，已整改6个。以前年度审计查出的问题12个，已整改11个。",
		[]string{"problems/total=8", "problems/done=6", "problems/total=12@earlier_round", "problems/done=11@earlier_round"}},
	// Guards (review of session 15): the period an audit looked at is no
	// earlier round; nor is a follow-up of the round (整改督查, 专项督察), nor
	// a later round of another kind.
	{"earlier-round", "上年度预算执行审计发现问题8个，已整改6个，正在整改2个。",
		[]string{"problems/total=8", "problems/done=6", "problems/in_progress=2"}},
	{"earlier-round", "2025年7月11日，县审计局向我公司送达了审计报告。2024年度财务收支审计指出问题9个，已整改到位7个。\n某公司\n2025年11月7日",
		[]string{"problems/total=9", "problems/done=7"}},
	{"earlier-round", "2024年11月，县委第一巡察组向我局反馈了巡察意见。2025年1月，县委巡察办向我局反馈了整改督查意见。2024年县委巡察反馈的12个问题，已整改8个。\n县林业局\n2025年3月10日",
		[]string{"problems/total=12", "problems/done=8"}},
	{"earlier-round", "2024年县委第一巡察组反馈问题12个，已整改8个，正在整改4个。2025年3月，县委巡察组对我局开展了巡察整改情况专项督察。",
		[]string{"problems/total=12", "problems/done=8", "problems/in_progress=4"}},
	{"earlier-round", "2023年县委巡察反馈的15个问题已整改13个。2024年8月，县审计局向我镇反馈了审计意见。",
		[]string{"problems/total=15", "problems/done=13"}},
	// Guard: a year's budget is no round.
	{"earlier-round", "收回上年度结转资金4200万元，审计指出问题6个。", []string{"money/recovered=42000000", "problems/total=6"}},
	// Tasks named before their count, of a document that is no
	// rectification plan, are that document's work.
	{"measures-count", "制定《集团服务全省高质量发展三年行动方案》，明确重点任务28项。", []string{"other=28"}},
	// Guard: the tasks of the rectification plan are its items.
	{"measures-as-items", "制定《巡视反馈意见整改方案》，明确整改任务52项。", []string{"problems/total=52"}},
	// A round named by the year before the report's is an earlier one when
	// the document tells of a round carried out in a later year — fed back
	// (cases-bd 09) or its report handed over (cases-be 03).
	{"earlier-round", "2025年3月20日，市委第二巡察组向学校党委反馈了巡察“回头看”意见。2024年市委第五巡察组反馈的12个问题已全部整改销号，此次“回头看”又指出3个方面9个问题。\n中共某大学委员会\n2025年7月10日",
		[]string{"problems/total=12@earlier_round", "problems/done=12@earlier_round", "other=3", "problems/total=9"}},
	{"earlier-round", "2025年7月11日，县审计局向我公司送达了审计报告。县审计局2024年对公司财务收支审计指出的5个问题，已于去年全部整改到位。县审计局反馈问题共9个，已整改到位7个。\n某公司\n2025年11月7日",
		[]string{"problems/total=5@earlier_round", "problems/done=5@earlier_round", "problems/total=9", "problems/done=7"}},
	// Guard: a report of January on the feedback of the November before,
	// with no later round told.
	{"earlier-round", "2024年11月，县委第一巡察组向我局反馈了巡察意见。2024年县委巡察反馈的12个问题，已整改8个。\n县林业局\n2025年1月20日",
		[]string{"problems/total=12", "problems/done=8"}},
	// 分阶段 (in stages) starts a predicate: the count before it is the
	// rest, in progress, not a count of stages (wa 18).
	{"in-progress-remaining", "反馈问题18个，完成整改12个，其余6个需分阶段推进。", []string{"problems/total=18", "problems/done=12", "problems/in_progress=6"}},
	// Guard: stages counted.
	{"other-count", "将整改工作分为3个阶段。", []string{"other=3"}},
	// A class of the total whose own words say all done adds its done.
	{"done-count-first", "审计工作报告共反映问题105个，其中要求立行立改的87个，已全部完成整改。",
		[]string{"problems/total=105", "other=87", "problems/done=87"}},
	// Guard: a class with no word of all done stays a class.
	{"breakdown-by-type", "审计工作报告共反映问题105个，其中要求立行立改的87个。", []string{"problems/total=105", "other=87"}},
	// A plan's classes (立行立改, 限期整改, 长期坚持) listed with their counts
	// are kinds of the whole, not states (cases-bf 01).
	{"breakdown-by-type", "巡察反馈的16个问题中，立行立改5个、限期整改8个、长期坚持3个。截至目前，已完成整改14个。",
		[]string{"problems/total=16", "other=5", "other=8", "other=3", "problems/done=14"}},
	// Guard: a check's disposition of what it found, fixed on the spot or by
	// a deadline, is read by its words.
	{"done-before-verb", "本次检查共发现安全隐患14处，立行立改13处，限期整改1处。",
		[]string{"problems/total=14", "problems/done=13", "problems/in_progress=1"}},
	// What that round handed over, named again by 当年 or 当时 after an
	// earlier round's figure in the sentence, is that round's (cases-bf 03, 04).
	{"earlier-round", "同时，对2021年县委巡察反馈的12个问题开展“回头看”，当年反馈的12个问题中已整改11个，长期坚持1个，未发现反弹。\n某镇党委\n2024年9月30日",
		[]string{"problems/total=12@earlier_round", "problems/total=12@earlier_round", "problems/done=11@earlier_round", "problems/in_progress=1@earlier_round"}},
	// Guard: 当年 with no earlier round before it in the sentence.
	{"done-after-verb", "巡察反馈问题12个，当年完成整改10个。\n某镇党委\n2024年9月30日", []string{"problems/total=12", "problems/done=10"}},
	// Units under the unit urged to check themselves sum their figures
	// (aggregate), as interface.md says, with or without 开展, (cases-bd 06, cases-bf 03).
	{"found-by-units", "督促所属8家子公司对照反馈问题开展自查，共查摆问题46个，已整改40个。",
		[]string{"other=8", "problems/total=46@aggregate", "problems/done=40@aggregate"}},
	{"found-by-units", "镇党委督促全镇14个村（社区）对照巡察反馈问题举一反三开展自查，共查摆问题38个，已整改35个。",
		[]string{"other=14", "problems/total=38@aggregate", "problems/done=35@aggregate"}},
	// Guard: its own offices checking themselves find its own problems
	// (as claims_blind tests of earlier sessions keep: 指导12个科室…).
	{"found-by-units", "督促全院38个临床医技科室开展自查，发现问题52个，已全部整改。",
		[]string{"other=38", "problems/total=52", "problems/done=52"}},
	{"found-by-units", "督促所属5个二级单位自查问题27个。", []string{"other=5", "problems/total=27@aggregate"}},
	// Guard: units urged to act, not to check themselves, leave the unit's
	// own round's problems its own.
	{"found-by-units", "督促局属单位压实整改责任，巡察组反馈的12个问题中已整改10个。", []string{"problems/total=12", "problems/done=10"}},
	// Bodies named in full, each heading its own sentence, two or more in a
	// row: a round-up by unit, their figures theirs (written set wd).
	{"split-by-unit", "全县反馈问题410个。县教体局32个问题完成29个；县医保局19个问题完成17个。",
		[]string{"problems/total=410", "problems/total=32@other_units", "problems/done=29@other_units", "problems/total=19@other_units", "problems/done=17@other_units"}},
	// Guard: the writer the title names, heading a sentence after the body
	// that inspected it, is itself.
	{"done-after-verb", "县水利局关于巡察整改情况的报告\n县委第二巡察组反馈问题22个。县水利局已完成整改20个。县林业局已完成整改3个。",
		[]string{"problems/total=22", "problems/done=20", "problems/done=3"}},
	// The tasks problems counted beside were split into are measures
	// (written sets wc, wd).
	{"measures-count", "街道把18个问题拆成了57项具体任务，一周一碰头。", []string{"problems/total=18", "other=57"}},
	{"measures-count", "学校党总支将反馈的11个问题细化为整改任务四十二项。", []string{"problems/total=11", "other=42"}},
	// Guard: tasks counted alone are the items, their states after.
	{"tasks-total", "将督察意见分解为66项整改任务，66项整改任务已整改完成27项，其余39项正积极推进。",
		[]string{"problems/total=66", "problems/total=66", "problems/done=27", "problems/in_progress=39"}},
	// Guards (review of session 15): a state word before a class makes it a
	// state; units urged to act, not to check themselves, are another's;
	// the round's own problems named after a self-check are its own; an
	// amount outside the sentence explains a rate only as an amount in
	// question.
	{"done-before-verb", "巡察反馈问题16个，已立行立改5个，分阶段整改11个。", []string{"problems/total=16", "problems/done=5", "problems/in_progress=11"}},
	{"found-by-units", "督促所属3家公司同步开展自查，巡察组反馈的12个问题中已整改10个。", []string{"other=3", "problems/total=12", "problems/done=10"}},
	{"rate-percent", "一、退还违规发放补贴800万元。二、巡察反馈问题20个，已整改10个，挽回经济损失600万元，整改率75%。",
		[]string{"money/refunded=8000000", "problems/total=20", "problems/done=10", "money/loss_recovered=6000000", "problems/rate=75"}},
	// Meetings arranged in a schedule are not meetings held (cases-bh).
	{"meetings-planned", "修订《党委理论学习中心组学习实施细则》，全年安排专题学习12次。", []string{"other=12"}},
	// Guard: a meeting held to arrange the work.
	{"meetings-count", "局党组召开会议安排部署整改工作3次。", []string{"meetings/party_committee=3"}},
	// Rules to be made are not made (cases-bg, bh, bi: 下一步).
	{"systems-planned", "已修订完善制度12项，计划年内再修订制度3项。", []string{"systems/revised=12", "other=3"}},
	// Guard: a plan in another clause leaves the rules made.
	{"systems-verb-count", "将整改成果转化为制度，建立健全制度机制15项。", []string{"systems/total=15"}},
	// Guards (second review of session 15). The body that found the
	// problems heads no round-up, and the writer named short is itself.
	{"done-after-verb", "县审计局审计指出问题22个。县住建局已完成整改20个，正在整改2个。",
		[]string{"problems/total=22", "problems/done=20", "problems/in_progress=2"}},
	{"done-after-verb", "中共某县住房和城乡建设局党组关于审计整改情况的报告\n审计指出问题22个。县住建局已完成整改20个。县住建局正在整改2个。",
		[]string{"problems/total=22", "problems/done=20", "problems/in_progress=2"}},
	// 上年度 in the sentence of the report's first total is no earlier round
	// after it.
	{"earlier-round", "上年度审计指出的5个问题已整改3个。今年审计指出问题8个，已整改6个，正在整改2个。",
		[]string{"problems/total=5", "problems/done=3", "problems/total=8", "problems/done=6", "problems/in_progress=2"}},
	// An amount in question named 资金 explains a rate; an earlier
	// paragraph's too.
	{"money-rate", "审计指出问题12个，涉及资金1.26亿元。截至目前，已整改问题10个，已整改资金9860万元，整改率78.25%。",
		[]string{"problems/total=12", "money/other=126000000", "problems/done=10", "money/other=98600000", "other=78.25"}},
	// Rules drafted, made by a department, made by a plan followed, or
	// made with a plan word elsewhere, are made.
	{"systems-verb-count", "研究拟定并印发管理制度8项。", []string{"systems/total=8"}},
	{"systems-verb-count", "计划财务科修订完善财务管理制度6项。", []string{"systems/revised=6"}},
	{"systems-verb-count", "按照年初计划修订完善制度10项。", []string{"systems/revised=10"}},
	// Meetings arranged and held are held.
	{"meetings-count", "整改期间，已安排党组理论学习中心组专题学习6次。", []string{"meetings/study=6"}},
	{"meetings-count", "局党组书记亲自安排专人召开整改推进会4次。", []string{"meetings/work=4"}},
	// A round's feedback sentence that speaks of the rectification is still
	// a round; a patrol named by 年度 is dated by it; a body may stand
	// between 上年度 and its kind.
	{"earlier-round", "2025年3月20日，市委第二巡察组向学校党委反馈了巡察意见，并对整改落实工作提出了明确要求。2024年市委第五巡察组反馈的12个问题，已整改10个。\n某大学党委\n2025年7月10日",
		[]string{"problems/total=12@earlier_round", "problems/done=10@earlier_round"}},
	{"earlier-round", "审计指出问题8个，已整改6个。上年度市审计局审计指出的5个问题已全部整改。",
		[]string{"problems/total=8", "problems/done=6", "problems/total=5@earlier_round", "problems/done=5@earlier_round"}},
	// A dated round's problems as the container of the next clause (written
	// set wh).
	{"earlier-round", "本轮巡察反馈问题31个，已整改完成28个，正在整改3个。2021年县委巡察反馈的问题中，尚有2个未整改到位，此次一并整改，已全部销号。\n县卫生健康局\n2024年10月9日",
		[]string{"problems/total=31", "problems/done=28", "problems/in_progress=3", "problems/not_done=2@earlier_round"}},
	// Third review of session 15: plans by any time word are plans; a
	// planning department's rules are made; 将安排 is a plan.
	{"systems-planned", "计划明年上半年出台制度2项。", []string{"other=2"}},
	{"systems-planned", "拟于今年9月底出台管理办法2项。", []string{"other=2"}},
	{"systems-verb-count", "计划财务科修订完善财务管理制度6项。", []string{"systems/revised=6"}},
	{"meetings-planned", "下一步，将安排专题学习3次。", []string{"other=3"}},
	// Collection verbs (清收, 追收, 回收, 追索) recover money (written sets).
	{"money-verb-amount", "各企业已清收历史欠款2.84亿元。", []string{"money/recovered=284000000"}},
	{"money-verb-amount", "追收拖欠的承包费共计9.74万元。", []string{"money/recovered=97400"}},
	// Guard: urging collection (催收) recovers nothing.
	{"money-at-issue", "田某某拖欠租金4万元，村干部多次催收。", []string{"money/other=40000"}},
	// A plan followed (按计划) is no pending mark (written set wi).
	{"in-progress-count-first", "截至2025年10月底，44个问题已完成41个，3个按计划推进中。",
		[]string{"problems/total=44", "problems/done=41", "problems/in_progress=3"}},
	// Guard: a completion planned by a date is under way.
	{"in-progress-deadline", "计划于年底前完成整改的3个问题。", []string{"problems/in_progress=3"}},
}
