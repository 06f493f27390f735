package extract

// The rules session 11 wrote from the misses and false claims left in the
// rectification notices of batches u to ad (testdata/devset): sentences of
// our own in the style of what they read wrong. Each row read otherwise
// before its rule, or is labelled a guard.

// familyCasesSession11 are the readings of eco-inspection petitions, the
// measures beside problems and the shares of kinds.
var familyCasesSession11 = []familyCase{
	// A count, then its status word alone: closed, partly closed.
	{"done-before-verb", "督察组交办的16件信访件中，14件办结，2件阶段性办结。",
		[]string{"problems/total=16", "problems/done=14", "problems/in_progress=2"}},
	// A total verb inside the item noun (转办件) is not the count's verb.
	{"done-before-verb", "督察组移交的首批9件转办件（不含市直）7件办结，2件正在办理。",
		[]string{"problems/total=9", "problems/done=7", "problems/in_progress=2"}},
	// Cases counted in batches are the ones sent, whatever the verb.
	{"petitions-assigned", "截至10月底，已办理案件五批共41件，其中已办结30件，阶段性办结8件，未办结3件。",
		[]string{"other=5", "problems/total=41", "problems/done=30", "problems/in_progress=8", "problems/not_done=3"}},
	// A count of batches parting the noun from its sum.
	{"petitions-assigned", "全市累计收到督察组转办八批案件共计736件。", []string{"other=8", "problems/total=736"}},
	// The share of a kind named right before the count: a breakdown.
	{"petitions-by-kind", "督察组转办信访件35件，已办结28件。按污染类型，涉及大气类12件、噪声类9件。",
		[]string{"problems/total=35", "problems/done=28", "other=12", "other=9"}},
	// Guard: 类 as the measure word of a count before (问题5类23项) names
	// no kind (see nested-aspects).
	{"nested-aspects", "督察反馈问题4类19项，已整改15项。",
		[]string{"problems/total=19", "problems/done=15"}},
	// Measures beside problems, and the done count of the measures after
	// them in their own measure word.
	{"measures-count", "本轮督察整改的28个问题中19个已完成整改，到期应完成整改措施86项，已完成84项。",
		[]string{"problems/total=28", "problems/done=19", "other=86", "other=84"}},
	// Guard: in the problems' measure word a bare count may be of either,
	// and stays the problems'.
	{"measures-count", "已完成问题整改14项，完成整改措施40项，持续推进2项。",
		[]string{"problems/done=14", "other=40", "problems/in_progress=2"}},
	// A one-character predicate word inside a noun (不正之风) does not end
	// the noun phrase: the problems are the head.
	{"done-count-first", "今年以来，推动28个侵害群众利益的不正之风问题完成整改。", []string{"problems/done=28"}},
	{"done-count-first", "督促9个违规吃喝行为问题完成整改。", []string{"problems/done=9"}},
	// A sanction proposed is not imposed.
	{"accountability-planned", "对涉及的4名干部拟给予党纪处分，另有2人拟进行诫勉谈话。", []string{"other=4", "other=2"}},
	{"accountability-planned", "经研究，计划对3人进行问责。", []string{"other=3"}},
	// Guard: one imposed.
	{"accountability-verb-count", "已给予党纪处分5人。", []string{"accountability/disciplined=5"}},
	// Those due by a time, 应于 as 应在: the total, whatever their state.
	{"tasks-total", "按照方案应于2023年完成的28项整改任务已全部完成。", []string{"problems/total=28"}},
	// Those planned by a time, then said all done: done, a part of the total
	// (not a second total, which arith.parts-sum would set against the rest:
	// review of session 11).
	{"total-then-all-done", "反馈的52个问题中，计划于6月底完成的30个问题已按期全部完成。",
		[]string{"problems/total=52", "problems/done=30"}},
	{"total-then-all-done", "巡察反馈问题45个，计划于6月底完成的30个问题已按期全部完成，其余15个问题正在持续推进。",
		[]string{"problems/total=45", "problems/done=30", "problems/in_progress=15"}},
	// Guard: a pledge before 的 is still a pledge (review of session 11).
	{"pledge-not-done", "下一步，确保巡察反馈的14个问题全部整改到位。", []string{"problems/total=14"}},
	// Not up to a norm (不符合规定) is no rule counted.
	{"object-count-not-problem", "抽检样品86件，不符合规定9件。", []string{"other=86", "other=9"}},
	// The second part of a dashed ordinal (第12-3条) is no count.
	{"ordinal-not-count", "根据条例第12-3条规定，依法处理。", nil},
	// The numbered session of a body where something was said (在市政府
	// 36次常务会上) is no count of meetings.
	{"ordinal-not-count", "认真落实县长在县政府36次常务会上的讲话要求。", nil},
	// Guard: at meetings counted, no body before the count.
	{"meetings-count-before-noun", "在3次专题会上，研究部署整改工作。", []string{"meetings/special=3"}},
	// 问责 as the verb of a count of problems: cases held to account.
	{"cases-count", "全省依规依纪问责127个典型问题，问责处理干部385人。",
		[]string{"other=127", "accountability/total=385"}},
	// Not yet due, the item noun between the count and the words.
	{"in-progress-deadline", "审计发现的64个问题中，已整改完毕51个，9个问题未到整改期限，尚有4个问题未整改到位。",
		[]string{"problems/total=64", "problems/done=51", "problems/in_progress=9", "problems/not_done=4"}},
	// Guard: the rest proceeding by plan is under way, not undone.
	{"remainder-in-progress", "已完成整改任务30项，其余5项整改任务均按计划推进。",
		[]string{"problems/done=30", "problems/in_progress=5"}},
	// The means of a rectification name no money verb of the amount.
	{"money-at-issue", "各地通过追缴欠费、退还原渠道等方式整改问题金额12.6亿元。", []string{"money/other=1260000000"}},
	// The disposal construction: the verb after the amount 把 fronts.
	{"money-refunded", "镇纪委把村干部违规收取的押金8.4万元，全部退还给32户村民。",
		[]string{"money/refunded=84000", "other=32"}},
}

// familyCasesFoldersUV are what the blind case folders cases-u and cases-v
// found the tool reading wrong.
var familyCasesFoldersUV = []familyCase{
	// A status verb heading a noun (完成时限) says no status (cases-u 04).
	{"total-before-noun", "局党组对14个问题逐项明确责任领导和完成时限。", []string{"problems/total=14"}},
	// The share of the money rectified is no completion rate (cases-v 05).
	{"rate-percent", "审计指出问题12个，已整改10个；应整改金额3.2亿元，已整改2.9亿元，资金整改率90.63%。",
		[]string{"problems/total=12", "problems/done=10", "money/other=320000000", "money/other=290000000", "other=90.63"}},
	// Clues received and said all handled: both (cases-v 12).
	{"clue-verbs", "审计移送问题线索6件，已全部办结。", []string{"clues/received=6", "clues/handled=6"}},
	// Guard: clues still being handled are not all handled.
	{"clue-verbs", "审计移送问题线索6件，尚未全部办结。", []string{"clues/received=6"}},
}

// familyCasesAF are the rules of blind batch af (national clean-up campaigns).
var familyCasesAF = []familyCase{
	// The bare verb with its noun after a date (截至…整改问题N个) tells the
	// done ones, as without it.
	{"done-verb-noun-count", "共发现问题46个，截至9月20日整改问题31个，未整改问题15个。",
		[]string{"problems/total=46", "problems/done=31", "problems/not_done=15"}},
	// Those due by a time, with a modifier between 的 and the count.
	{"total-before-noun", "截至6月底，全县应于2024年完成整治的农村饮用水水源地42个问题已整治完成37个。",
		[]string{"problems/total=42", "problems/done=37"}},
	// 共有 after a container: a part, whose status the words after tell.
	{"done-before-verb", "截至8月31日，386个问题中共有52个问题完成整改，其余问题正在推进。",
		[]string{"problems/total=386", "problems/done=52"}},
}

// familyCasesReview14 are what the read of the session's change found the
// new readings got wrong, mended.
var familyCasesReview14 = []familyCase{
	// A proposal followed, or 计划 as a noun, is no plan: the sanction holds.
	{"accountability-verb-count", "按照巡察组建议对5名责任人进行问责。", []string{"accountability/total=5"}},
	{"accountability-verb-count", "对违反计划生育政策的3名干部给予党纪处分。", []string{"accountability/disciplined=3"}},
	// Meetings counted at a body's meetings (先后在…3次专题会议上) stay a count.
	{"meetings-count-before-noun", "先后在局党组3次专题会议上研究部署巡察整改工作。", []string{"meetings/special=3"}},
	// The verb of the next clause is the next amount's when it holds one.
	{"money-at-issue", "将违规拨付的项目资金120万元，追回80万元。", []string{"money/other=1200000", "money/recovered=800000"}},
	// The rest not done but worked on, as the next clause says, are under way.
	{"remainder-in-progress", "反馈问题12个，已整改9个，其余3个问题未完成整改，正在按计划推进。",
		[]string{"problems/total=12", "problems/done=9", "problems/in_progress=3"}},
	// A government's regulations named by their number, like 中央八项规定
	// (blind batch af).
	{"set-phrase-not-count", "严格执行省委省政府十项规定及市委市政府七项规定。", []string{"other=10", "other=7"}},
	// Cases investigated in batches are disciplinary cases, no problems.
	{"cases-count", "今年以来分两批查处案件共计16件。", []string{"other=2", "other=16"}},
}

// familyCasesFoldersX are what the blind case folders cases-x found.
var familyCasesFoldersX = []familyCase{
	// A figure given to each of the units inspected is the round's (05).
	{"total-found-by-inspector", "本轮巡察同步延伸了县人民医院等4家医疗机构，向各被巡察党组织反馈问题共计71个。",
		[]string{"other=4", "problems/total=71@aggregate"}},
	// A sector over the whole county is its units together (09).
	{"accountability-verb-count", "县委巡察反馈以来，全县自然资源系统共问责干部21人次，其中我局机关问责干部7人次。",
		[]string{"accountability/total=21@aggregate", "accountability/total=7"}},
	// All done, said a clause of who acted later (09).
	{"total-then-all-done", "巡察反馈的10个问题，局党组已组织逐项整改，截至6月30日已全部整改完成。",
		[]string{"problems/total=10", "problems/done=10"}},
	// Guard: a later clause that says all of something else.
	{"total-after-noun", "反馈问题8个，整改工作正在推进，已全部制定整改方案。", []string{"problems/total=8"}},
	// Checks over units (交叉检查, the units under it checking themselves)
	// are a round's figures (cases-y, after the blind score).
	{"total-found-by-inspector", "全市农商银行系统对12家县级行社开展了交叉检查，共发现问题148个，已整改131个。",
		[]string{"other=12", "problems/total=148@aggregate", "problems/done=131@aggregate"}},
	{"total-found-by-inspector", "督促下属12家支行同步开展自查自纠，自查发现问题57个，已整改52个。",
		[]string{"other=12", "problems/total=57@aggregate", "problems/done=52@aggregate"}},
	// Guard: the unit's own self-check.
	{"total-found", "我局开展自查，发现问题12个，已整改10个。", []string{"problems/total=12", "problems/done=10"}},
	// Another unit, named in full, telling its figures (cases-z 02), and the
	// units a town urges to check themselves (cases-z 07, 16), and organs
	// over the whole county (cases-z 11).
	{"other-units-count", "在全县交通运输系统推进会上，县公路事业发展中心通报收到反馈问题22个、已整改20个。",
		[]string{"problems/total=22@other_units", "problems/done=20@other_units"}},
	{"total-found-by-inspector", "督促全镇12个村（社区）党组织同步开展自查自纠，共查摆问题46个，已整改41个。",
		[]string{"other=12", "problems/total=46@aggregate", "problems/done=41@aggregate"}},
	{"accountability-verb-count", "巡察以来，全县纪检监察机关共问责党员干部37人次。", []string{"accountability/total=37@aggregate"}},
}
