package main

import "fmt"

func info(unit, round, fb, rep, asOf string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rep, "as_of": asOf}
}

var ledgerNotRun = []string{"claim.problems-total", "claim.problems-done", "claim.item-status", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner"}
var minutesNotRun = []string{"claim.meetings", "meeting.democratic-life-missing"}

func cases() []Case {
	return []Case{c01(), c02(), c03(), c04(), c05(), c06(), c07(), c08(), c09(), c10(),
		c11(), c12(), c13(), c14(), c15(), c16(), c17(), c18(), c19(), c20(), c21()}
}

func c01() Case {
	u := "中共岚江市财政局党组"
	rs := rows(15, 0, cats3, day{2023, 6, 30}, "dot")
	open(rs, 7, "正在推进，预计2023年9月底前完成", "2023.9.30")
	open(rs, 13, "正在推进，预计2023年10月底前完成", "2023.10.31")
	for i := range rs {
		if rs[i].Status == "已完成" {
			rs[i].Status = "已完成，已建立长效机制"
		}
	}
	rs[5].Blank = true
	return Case{
		Dir:  "01-lanjiang-caizheng-clean",
		Info: info(u, "市委第三巡察组（2023年第一轮巡察）", "2023-03-16", "2023-06-20", "2023-06-30"),
		Desc: "Clean. DOCX report whose figures by aspect are also in a table (5+5+5=15, 5+4+4=13); ledger columns shuffled, merged title, 填报 row, footer 填表人 and a 说明 line naming the status words; statuses inside longer cells; dates 2023.6.30. 15 problems, 13 done, 2 in progress with deadlines after as-of; 3 党组会议 + 专题民主生活会 as claimed.",
		Report: Doc{Name: "report.docx", Lines: []string{
			u + "关于市委第三巡察组巡察反馈意见整改情况的报告",
			"市委巡察工作领导小组办公室：",
			"2023年3月16日，市委第三巡察组向我局党组反馈了巡察意见。局党组把巡察整改作为重大政治任务，逐条制定措施，现将整改情况报告如下。",
			"一、整改工作总体情况",
			"市委第三巡察组反馈问题15个，截至2023年6月15日，已完成整改13个，正在推进2个，整改完成率86.67%。整改期间，局党组召开党组会议3次专题研究整改工作，召开巡察整改专题民主生活会1次。",
			"各方面问题整改情况见下表：",
			"|方面|反馈问题（个）|已完成（个）|正在推进（个）|",
			"|党的领导方面|5|5|0|",
			"|党的建设方面|5|4|1|",
			"|全面从严治党方面|5|4|1|",
			"|合计|15|13|2|",
			"二、主要做法",
			"（一）压实整改责任。局党组书记王建平同志履行第一责任人职责，对反馈问题逐一明确责任领导、责任科室和完成时限。",
			"（二）健全制度机制。结合整改修订财务审批、政府采购等内部管理制度，堵塞管理漏洞。",
			"三、下一步打算",
			"对尚未完成的2个问题，坚持标准不降、力度不减，确保按期完成。",
			u,
			"2023年6月20日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name:  "巡察整改台账",
			Title: []string{"岚江市财政局市委巡察反馈问题整改台账", "填报单位：岚江市财政局办公室（盖章）　　填报时间：2023年6月15日"},
			Cols:  []string{"no=序号", "prob=具体问题", "dept=责任单位", "leader=责任领导", "meas=整改措施", "deadline=完成时限", "status=整改进度", "evid=佐证资料", "cat=问题类别", "note=备注"},
			Rows:  rs,
			Footer: []string{"填表人：李静　　审核人：王建平　　联系电话：0000-1234567",
				"说明：整改进度栏填写已完成、正在推进或未完成；佐证资料另附。"},
		}}},
		Minutes: []Doc{
			{Name: "minutes/2023-03-28.docx", Lines: meeting(u, "pc", "2023-03-28", 5, "市委第三巡察组反馈意见整改方案")},
			{Name: "minutes/2023-04-25.docx", Lines: meeting(u, "pc", "2023-04-25", 8, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2023-05-30.docx", Lines: meeting(u, "pc", "2023-05-30", 11, "巡察整改工作推进情况")},
			{Name: "minutes/2023-04-18.pdf", Lines: meeting(u, "dlm", "2023-04-18", 1, "市委第三巡察组反馈意见")},
		},
		Verdict: "clean", Complete: true,
	}
}

func c02() Case {
	u := "中共鹤浦县教育局党组"
	rs := rows(20, 5, []string{"政治建设", "组织建设", "作风建设", "纪律建设"}, day{2022, 10, 31}, "slash")
	for _, n := range []int{6, 14, 18} {
		open(rs, n, "正在推进，预计年底前完成", "2022/12/31")
	}
	return Case{
		Dir:  "02-hepu-jiaoyu-csv-inflated",
		Info: info(u, "县委第一巡察组（2022年第二轮巡察）", "2022-08-10", "2022-11-08", "2022-11-30"),
		Desc: "Inflated done count. TXT report says all 20 problems done (100%); the GBK CSV ledger (extra 整改目标 and 配合单位 columns, dates 2022/10/31) shows 17 done and 3 in progress (deadline 2022/12/31, not yet due). 2 党组会议 + 专题民主生活会 as claimed.",
		Report: Doc{Name: "report.txt", Lines: []string{
			u + "关于县委第一巡察组反馈意见整改落实情况的报告",
			"县委巡察办：",
			"2022年8月10日，县委第一巡察组向局党组反馈了巡察情况。局党组坚持即知即改、立行立改，现将整改落实情况报告如下。",
			"一、提高站位，扛牢整改政治责任",
			"巡察反馈会后，局党组召开党组会议2次，研究制定整改方案，成立由党组书记任组长的整改工作领导小组，建立问题、任务、责任三张清单。",
			"二、聚焦问题，确保整改取得实效",
			"县委第一巡察组共反馈问题20个，目前20个问题已全部完成整改，整改完成率100%。在整改中，局党组坚持边查边改、举一反三，对全县中小学校收费管理开展了专项检查。",
			"三、巩固成果，建立长效机制",
			"局党组将持续跟踪整改成效，防止问题反弹回潮。",
			u,
			"2022年11月8日",
		}},
		Ledger: &Ledger{Name: "ledger.csv", Sheets: []Sheet{{
			Name: "台账",
			Cols: []string{"no=序号", "cat=问题类别", "prob=具体问题", "note=整改目标", "meas=整改措施", "leader=责任领导", "dept=责任单位", "evid2=配合单位", "deadline=完成时限", "status=完成情况", "evid=佐证资料"},
			Rows: withNote(withCoop(rs), "建立长效机制，杜绝同类问题"),
		}}},
		Minutes: []Doc{
			{Name: "minutes/2022-08-19.txt", Lines: meeting(u, "pc", "2022-08-19", 14, "县委第一巡察组反馈意见整改方案")},
			{Name: "minutes/2022-09-27.txt", Lines: meeting(u, "pc", "2022-09-27", 17, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2022-09-06.txt", Lines: meeting(u, "dlm", "2022-09-06", 1, "县委第一巡察组反馈意见")},
		},
		Verdict: "paper-rectification-suspected", Complete: true,
		Findings: []Exp{{Rule: "claim.problems-done", Item: "done", Claimed: 20, Observed: 17}},
	}
}

func c03() Case {
	u := "枫垣镇"
	rs := rows(8, 11, []string{"党的领导", "党的建设", "全面从严治党"}, day{2024, 6, 30}, "cnend")
	var comb []string
	for i, d := range []string{"2024-03-20", "2024-04-22", "2024-05-13", "2024-06-03", "2024-06-24"} {
		topic := "区委第四巡察组反馈问题整改进展情况"
		if i == 0 {
			topic = "一季度重点工作和迎接区委巡察准备情况"
		}
		comb = append(comb, meeting(u, "town", d, 3+i, topic)...)
	}
	comb = append([]string{"中共枫垣镇委员会2024年党委会议纪要汇编"}, comb...)
	return Case{
		Dir:  "03-fengyuan-zhen-meetings",
		Info: info("中共枫垣镇委员会", "区委第四巡察组（2024年第一轮巡察）", "2024-04-12", "2024-07-10", "2024-07-31"),
		Desc: "Fewer meetings than claimed. Township Markdown report claims 镇党委会议 6 times on the rectification; the minutes are one combined DOCX of five 党委会议 (one on 2024-03-20, before the feedback) and a separate 专题民主生活会: 4 party-committee meetings count. Ledger: 8 problems all done, deadlines 2024年6月底, 牵头领导/牵头单位 headers.",
		Report: Doc{Name: "report.md", Lines: []string{
			"# 中共枫垣镇委员会关于区委第四巡察组反馈意见整改情况的报告",
			"",
			"区委巡察办：",
			"",
			"2024年4月12日，区委第四巡察组向镇党委反馈了巡察意见。镇党委高度重视，现将整改情况报告如下。",
			"",
			"## 一、整改工作开展情况",
			"",
			"镇党委先后召开党委会议6次，专题研究巡察整改工作，逐项细化整改措施。反馈问题8个，已完成整改8个。",
			"",
			"## 二、下一步工作",
			"",
			"坚持问题导向，把巡察整改与乡村振兴、基层治理结合起来，持续巩固整改成果。",
			"",
			"中共枫垣镇委员会",
			"",
			"2024年7月10日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name:  "Sheet1",
			Title: []string{"枫垣镇巡察反馈问题整改台账"},
			Cols:  []string{"no=序号", "cat=问题类别", "prob=存在问题", "meas=整改措施", "leader=牵头领导", "dept=牵头单位", "deadline=整改时限", "status=整改情况", "evid=佐证材料"},
			Rows:  townDepts(rs),
		}}},
		Minutes: []Doc{
			{Name: "minutes/2024年党委会议纪要汇编.docx", Lines: comb},
			{Name: "minutes/2024-05-06-民主生活会.docx", Lines: meeting("枫垣镇党委", "dlm", "2024-05-06", 1, "区委第四巡察组反馈意见")},
		},
		Verdict: "paper-rectification-suspected", Complete: true,
		Findings: []Exp{{Rule: "claim.meetings", Item: "party_committee", Claimed: 6, Observed: 4}},
	}
}

func c04() Case {
	u := "中共北澄省水利厅党组"
	cats := []string{"政治建设", "思想建设", "组织建设", "作风建设"}
	rs := rows(18, 20, nil, day{2023, 7, 31}, "cn")
	for i := range rs {
		switch {
		case i < 5:
			rs[i].Cat = cats[0]
		case i < 8:
			rs[i].Cat = cats[1]
		case i < 12:
			rs[i].Cat = cats[2]
		default:
			rs[i].Cat = cats[3]
		}
		rs[i].Dept = []string{"办公室", "人事处", "规划计划处", "财务审计处", "机关党委", "建设管理处"}[i%6]
	}
	open(rs, 3, "正在整改", "2023年12月31日")
	open(rs, 16, "正在整改", "2023年12月31日")
	return Case{
		Dir:  "04-beicheng-shuili-aspects",
		Info: info(u, "省委第六巡视组（2023年常规巡视）", "2023-05-22", "2023-08-18", "2023-08-31"),
		Desc: "Clean. Provincial DOCX report: headline 18 problems, 16 done, 2 in progress, 88.89%; then figures by aspect (政治建设方面问题5个，已整改4个 …) that are parts, not totals. Ledger has a 汇总 sheet first (counts by category) and a 明细 sheet with the 18 rows (问题表现/责任处室/计划完成时间/印证材料). 2 党组会议 + 1 专题会议 as claimed, and a 专题民主生活会.",
		Report: Doc{Name: "report.docx", Lines: []string{
			u + "关于省委第六巡视组巡视反馈意见整改进展情况的报告",
			"省委巡视工作领导小组：",
			"根据省委统一部署，2023年5月22日省委第六巡视组向厅党组反馈了巡视意见。现将整改进展情况报告如下。",
			"一、整改总体进展",
			"省委第六巡视组反馈了4个方面18个问题。截至2023年8月10日，已完成整改16个，正在整改2个，整改完成率88.89%。",
			"分方面看，政治建设方面问题5个，已整改4个；思想建设方面问题3个，已全部整改；组织建设方面问题4个，已整改4个；作风建设方面问题6个，已整改5个。",
			"二、主要工作",
			"厅党组召开党组会议2次、巡视整改专题会议1次，研究部署整改工作。2023年6月，厅领导班子召开了巡视整改专题民主生活会，逐一认领问题。",
			"三、尚未完成的问题及下一步措施",
			"对需要较长时间解决的问题，明确阶段目标，力争2023年底前全部完成。",
			u,
			"2023年8月18日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{
			{Name: "汇总", Title: []string{"省委第六巡视组反馈问题整改情况汇总表"}, Raw: [][]string{
				{"问题类别", "问题数", "已完成", "正在整改"},
				{"政治建设", "5", "4", "1"}, {"思想建设", "3", "3", "0"}, {"组织建设", "4", "4", "0"}, {"作风建设", "6", "5", "1"},
				{"合计", "18", "16", "2"}}},
			{Name: "明细", Title: []string{"省水利厅巡视反馈问题整改明细台账"},
				Cols: []string{"no=序号", "cat=问题类别", "prob=问题表现", "meas=整改举措", "dept=责任处室", "leader=责任领导", "deadline=计划完成时间", "status=完成情况", "evid=印证材料", "note=备注"},
				Rows: rs},
		}},
		Minutes: []Doc{
			{Name: "minutes/2023-05-30-党组会议.docx", Lines: meeting("中共北澄省水利厅党组", "pc", "2023-05-30", 9, "省委第六巡视组反馈意见整改方案")},
			{Name: "minutes/2023-07-11-党组会议.docx", Lines: meeting("中共北澄省水利厅党组", "pc", "2023-07-11", 13, "巡视反馈问题整改进展情况")},
			{Name: "minutes/2023-06-20-专题会议.txt", Lines: meeting("北澄省水利厅", "spv", "2023-06-20", 2, "巡视整改重点难点问题推进情况")},
			{Name: "minutes/2023-06-08-民主生活会.docx", Lines: meeting("北澄省水利厅", "dlmv", "2023-06-08", 1, "省委第六巡视组反馈意见")},
		},
		Verdict: "clean", Complete: true,
	}
}

func c05() Case {
	u := "中共岚江市卫生健康委员会党组"
	rs := rows(24, 3, []string{"政治建设", "组织建设", "作风建设", "纪律建设", "业务工作"}, day{2023, 11, 30}, "iso")
	for _, n := range []int{8, 15, 22} {
		open(rs, n, "整改中", "2024-03-31")
	}
	rs[8].Leader = ""
	return Case{
		Dir:  "05-lanjiang-weijian-rate",
		Info: info(u, "市委第一巡察组（2023年第二轮巡察）", "2023-09-05", "2023-12-01", "2023-12-15"),
		Desc: "Wrong rate and a row without a leader. TXT report: 24 problems, 21 done, 91.67% (21/24 is 87.50%), the other 3 in progress; ledger 24 rows, 21 done, 3 in progress due 2024-03-31; row 9 has no 责任领导. 2 党组会议 (PDF) + 专题民主生活会 as claimed.",
		Report: Doc{Name: "report.txt", Lines: []string{
			u + "关于巡察整改情况的报告",
			"市委巡察办：",
			"2023年9月5日，市委第一巡察组向委党组反馈了巡察意见。委党组召开党组会议2次，研究部署整改工作，现将有关情况报告如下。",
			"一、整改完成情况",
			"巡察反馈问题24个，已完成整改21个，整改完成率91.67%，其余3个正在按计划推进。",
			"二、下一步打算",
			"持续抓好未完成事项的整改，定期对照台账跟踪督办，确保2024年3月底前全部完成。",
			u,
			"2023年12月1日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name:  "问题整改台账",
			Title: []string{"市卫健委巡察反馈问题整改台账"},
			Cols:  []string{"no=序号", "cat=问题类别", "prob=问题描述", "meas=整改措施", "leader=责任领导", "dept=责任科室", "deadline=整改时限", "status=整改状态", "evid=佐证材料"},
			Rows:  rs,
		}}},
		Minutes: []Doc{
			{Name: "minutes/2023-09-14.pdf", Lines: meeting(u, "pc", "2023-09-14", 21, "市委第一巡察组反馈意见整改方案")},
			{Name: "minutes/2023-10-26.pdf", Lines: meeting(u, "pc", "2023-10-26", 25, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2023-09-28.docx", Lines: meeting("岚江市卫生健康委员会", "dlm", "2023-09-28", 1, "市委第一巡察组反馈意见")},
		},
		Verdict: "paper-rectification-suspected", Complete: true,
		Findings: []Exp{
			{Rule: "arith.rate", Claimed: 91.67, Observed: 87.5},
			{Rule: "ledger.no-owner", No: "9", Sheet: "问题整改台账"},
		},
	}
}

func c06() Case {
	u := "中共鹤浦县农业农村局党组"
	rs := rows(22, 8, cats3, day{2023, 6, 30}, "iso")
	for _, n := range []int{2, 9, 13, 17, 21} {
		open(rs, n, "正在整改", "2023-12-31")
	}
	return Case{
		Dir:  "06-hepu-nongye-partsum",
		Info: info(u, "县委第三巡察组（2023年第一轮巡察）", "2023-04-20", "2023-07-14", "2023-07-31"),
		Desc: "Parts that do not sum. DOCX report: 22 problems, 17 done, 4 in progress (17+4=21); the ledger has 22 rows, 17 done and 5 in progress (deadline 2023-12-31), so only the report's own arithmetic is wrong. 3 党组会议 + 专题民主生活会 as claimed.",
		Report: Doc{Name: "report.docx", Lines: []string{
			u + "关于县委第三巡察组反馈意见整改情况的报告",
			"县委巡察工作领导小组：",
			"2023年4月20日，县委第三巡察组向局党组反馈了巡察情况。局党组先后召开党组会议3次研究整改，现将整改情况报告如下。",
			"一、总体情况",
			"县委第三巡察组反馈问题22个，已完成整改17个，正在整改4个。",
			"二、主要措施",
			"一是压实责任。党组书记带头认领问题，班子成员分工负责。二是建章立制。围绕惠农补贴发放、项目资金管理等环节完善审核流程。三是强化督办。局纪检组每月对整改进度开展督查。",
			u,
			"2023年7月14日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name:  "整改台账",
			Title: []string{"县农业农村局巡察整改台账"},
			Cols:  []string{"no=序号", "cat=问题类别", "prob=反馈问题", "meas=整改措施", "dept=责任股室", "leader=责任领导", "deadline=整改时限", "status=整改进展", "evid=佐证材料"},
			Rows:  rs,
		}}},
		Minutes: []Doc{
			{Name: "minutes/2023-04-27.docx", Lines: meeting(u, "pc", "2023-04-27", 6, "县委第三巡察组反馈意见整改方案")},
			{Name: "minutes/2023-05-25.docx", Lines: meeting(u, "pc", "2023-05-25", 8, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2023-06-29.docx", Lines: meeting(u, "pc", "2023-06-29", 10, "巡察整改工作推进情况")},
			{Name: "minutes/2023-05-11.docx", Lines: meeting("鹤浦县农业农村局", "dlm", "2023-05-11", 1, "县委第三巡察组反馈意见")},
		},
		Verdict: "paper-rectification-suspected", Complete: true,
		Findings: []Exp{{Rule: "arith.parts-sum", Item: "problems", Claimed: 22, Observed: 21}},
	}
}

func c07() Case {
	u := "中共乔山县市场监督管理局党组"
	rs := rows(12, 14, nil, day{2022, 6, 15}, "iso")
	open(rs, 4, "正在整改", "2022-10-31")
	open(rs, 10, "正在整改", "2022-12-31")
	return Case{
		Dir:  "07-qiaoshan-shijian-ods-ledger",
		Info: info(u, "县委第二巡察组（2022年第一轮巡察）", "2022-04-08", "2022-06-30", "2022-07-15"),
		Desc: "Unreadable ledger: ledger.ods (a format zhenggai does not read). Its content agrees with the report (12 problems, 10 done, 2 in progress, 83.33%), but no ledger rule may run: incomplete, no finding. Minutes: 2 党组会议 + 专题民主生活会 (TXT) as claimed.",
		Report: Doc{Name: "report.txt", Lines: []string{
			u + "关于巡察整改进展情况的报告",
			"县委巡察办：",
			"2022年4月8日县委第二巡察组反馈巡察意见后，局党组召开党组会议2次，专题研究整改工作。",
			"截至2022年6月底，反馈问题12个，已完成整改10个，正在整改2个，完成率83.33%。",
			"下一步，局党组将对照台账持续推进，确保剩余问题按期整改到位。",
			u,
			"2022年6月30日",
		}},
		Ledger: &Ledger{Name: "ledger.ods", Sheets: []Sheet{{
			Name: "问题台账", Title: []string{"县市场监管局巡察整改台账"},
			Cols: []string{"no=序号", "prob=问题", "meas=整改措施", "leader=责任领导", "dept=责任股室", "deadline=整改时限", "status=整改状态", "evid=佐证材料"},
			Rows: rs,
		}}},
		Minutes: []Doc{
			{Name: "minutes/2022-04-19.txt", Lines: meeting(u, "pc", "2022-04-19", 7, "县委第二巡察组反馈意见整改方案")},
			{Name: "minutes/2022-05-24.txt", Lines: meeting(u, "pc", "2022-05-24", 9, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2022-05-06.txt", Lines: meeting("乔山县市场监督管理局", "dlm", "2022-05-06", 1, "县委第二巡察组反馈意见")},
		},
		Verdict: "clean", Complete: false, NotRun: ledgerNotRun,
	}
}

func c08() Case {
	u := "中共岚江市住房和城乡建设局党组"
	rs := rows(10, 25, cats3, day{2024, 6, 10}, "cn")
	return Case{
		Dir:  "08-lanjiang-zhujian-doc-minutes",
		Info: info(u, "市委第五巡察组（2024年第一轮巡察）", "2024-03-25", "2024-06-18", "2024-06-30"),
		Desc: "Legacy .doc minutes. The report claims 3 党组会议 and a 专题民主生活会; one of the three 党组会议 minutes is a Word 97 .doc. Blind, this case expected the .doc unread (rules.md calls .doc a format zhenggai does not read) and the minutes rules not run; interface.md lists doc among parse's formats, and the tool reads it: corrected after measuring to a complete, clean check (3 党组会议 + DLM found). HTML report; ledger 10 rows all done on time with 完成时间.",
		Report: Doc{Name: "report.html", Lines: []string{
			u + "关于市委第五巡察组反馈意见整改情况的通报",
			"根据市委巡察工作统一部署，2024年3月25日，市委第五巡察组向我局党组反馈了巡察意见。按照党务公开有关要求，现将整改情况予以公布。",
			"一、整改组织情况",
			"局党组召开党组会议3次专题研究部署整改，召开巡察整改专题民主生活会1次，对照反馈问题深入查摆。",
			"二、整改落实情况",
			"市委第五巡察组反馈问题10个，已全部完成整改。",
			"欢迎广大干部群众对整改落实情况进行监督。联系电话：0000-7654321；邮政编码：000000。",
			u,
			"2024年6月18日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name: "台账", Title: []string{"市住建局巡察整改台账"},
			Cols: []string{"no=序号", "cat=问题类别", "prob=问题清单", "meas=整改措施", "leader=责任领导", "dept=责任科室", "deadline=整改时限", "done=完成时间", "status=整改情况", "evid=佐证材料"},
			Rows: rs,
		}}},
		Minutes: []Doc{
			{Name: "minutes/2024-04-09.docx", Lines: meeting(u, "pc", "2024-04-09", 8, "市委第五巡察组反馈意见整改方案")},
			{Name: "minutes/2024-05-14.doc", Lines: meeting(u, "pc", "2024-05-14", 11, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2024-06-04.docx", Lines: meeting(u, "pc", "2024-06-04", 13, "巡察整改工作推进情况")},
			{Name: "minutes/2024-04-26.pdf", Lines: meeting("岚江市住房和城乡建设局", "dlm", "2024-04-26", 1, "市委第五巡察组反馈意见")},
		},
		Verdict: "clean", Complete: true,
	}
}

func c09() Case {
	u := "中共鹤浦县人力资源和社会保障局党组"
	rs := rows(14, 30, nil, day{2023, 11, 10}, "dot")
	for i := range rs {
		rs[i].Status = "已销号"
		rs[i].Dept = []string{"办公室", "就业股", "社保股", "劳动监察大队", "人才股"}[i%5]
	}
	rs[4].Evid = ""
	rs[10].Evid = ""
	return Case{
		Dir:  "09-hepu-renshe-damaged-minutes",
		Info: info(u, "县委第二巡察组（2023年第二轮巡察）", "2023-08-28", "2023-11-20", "2023-11-30"),
		Desc: "Damaged minutes and closed rows without evidence. Report claims 4 巡察整改专题会议; minutes hold 2 readable ones, a cut (damaged) PDF and a 专题民主生活会: the minutes rules must not run, incomplete. Ledger: 14 rows 已销号 in a 销号情况 column; rows 5 and 11 have no 佐证材料.",
		Report: Doc{Name: "report.docx", Lines: []string{
			u + "关于县委第二巡察组反馈意见整改情况的报告",
			"县委巡察办：",
			"2023年8月28日，县委第二巡察组向局党组反馈了巡察意见。局党组召开巡察整改专题会议4次，逐项研究整改措施。",
			"截至2023年11月15日，巡察反馈问题14个，已整改到位14个，均已销号。",
			"局党组将以此次整改为契机，健全就业、社保资金监管长效机制。",
			u,
			"2023年11月20日",
		}},
		Ledger: &Ledger{Name: "ledger.xlsx", Sheets: []Sheet{{
			Name: "销号台账", Title: []string{"县人社局巡察反馈问题整改销号台账"},
			Cols: []string{"no=序号", "prob=反馈问题", "meas=整改措施", "leader=责任领导", "dept=责任股室", "deadline=完成时限", "status=销号情况", "evid=佐证材料"},
			Rows: rs,
		}}},
		Minutes: []Doc{
			{Name: "minutes/2023-09-05.docx", Lines: meeting("鹤浦县人力资源和社会保障局", "sp", "2023-09-05", 1, "县委第二巡察组反馈意见整改方案")},
			{Name: "minutes/2023-09-26.docx", Lines: meeting("鹤浦县人力资源和社会保障局", "sp", "2023-09-26", 2, "巡察反馈问题整改进展情况")},
			{Name: "minutes/2023-10-24.pdf", Lines: meeting("鹤浦县人力资源和社会保障局", "sp", "2023-10-24", 3, "巡察整改销号工作"), Damaged: true},
			{Name: "minutes/2023-09-15.docx", Lines: meeting("鹤浦县人力资源和社会保障局", "dlm", "2023-09-15", 1, "县委第二巡察组反馈意见")},
		},
		Verdict: "needs-attention", Complete: false, NotRun: minutesNotRun,
		Findings: []Exp{
			{Rule: "ledger.no-evidence", No: "5", Sheet: "销号台账"},
			{Rule: "ledger.no-evidence", No: "11", Sheet: "销号台账"},
		},
	}
}

func c10() Case {
	u := "中共北澄省粮食和物资储备局党组"
	rs := rows(16, 33, []string{"政治建设", "组织建设", "业务监管"}, day{2022, 9, 15}, "slash")
	open(rs, 4, "正在推进", "2022/8/31")
	open(rs, 9, "正在推进", "2022/12/31")
	open(rs, 12, "正在推进", "2023/6/30")
	rs[6].Deadline = "2022/7/31"
	rs[6].Done = "2022/9/10"
	return Case{
		Dir:  "10-beicheng-liangchu-xls-overdue",
		Info: info(u, "省委第二巡视组（2022年常规巡视）", "2022-06-15", "2022-09-20", "2022-10-31"),
		Desc: "Overdue rows in a legacy .xls ledger. Report: 16 problems, 13 done, 3 in progress (true to the ledger). As of 2022-10-31 row 4 is still open past its deadline 2022/8/31, and row 7 was done 2022/9/10 after its deadline 2022/7/31. Meetings: 2 党组会议 + 1 整改工作领导小组会议 and a 专题民主生活会, as claimed.",
		Report: Doc{Name: "report.docx", Lines: []string{
			u + "关于省委第二巡视组巡视反馈意见整改落实情况的报告",
			"省委巡视工作领导小组办公室：",
			"2022年6月15日，省委第二巡视组向局党组反馈了巡视意见。局党组召开党组会议2次、巡视整改工作领导小组会议1次，研究推进整改。现将整改落实情况报告如下。",
			"一、整改进展",
			"巡视反馈问题16个，已完成整改13个，正在整改3个。",
			"二、下一步安排",
			"对正在整改的问题，逐一明确时间表，分管领导每月调度一次。",
			u,
			"2022年9月20日",
		}},
		Ledger: &Ledger{Name: "ledger.xls", Sheets: []Sheet{{
			Name: "整改台账", Title: []string{"省粮储局巡视反馈问题整改台账"},
			Cols: []string{"no=序号", "cat=问题类别", "prob=主要问题", "meas=整改措施", "leader=责任领导", "dept=责任处室", "deadline=完成时限", "done=完成时间", "status=目前进展", "evid=佐证材料"},
			Rows: provDepts(rs),
		}}},
		Minutes: []Doc{
			{Name: "minutes/2022-06-24.docx", Lines: meeting(u, "pc", "2022-06-24", 11, "省委第二巡视组反馈意见整改方案")},
			{Name: "minutes/2022-08-16.docx", Lines: meeting(u, "pc", "2022-08-16", 15, "巡视反馈问题整改进展情况")},
			{Name: "minutes/2022-07-20.txt", Lines: meeting("北澄省粮食和物资储备局", "lead", "2022-07-20", 2, "巡视整改任务推进情况")},
			{Name: "minutes/2022-07-05.docx", Lines: meeting("北澄省粮食和物资储备局", "dlmv", "2022-07-05", 1, "省委第二巡视组反馈意见")},
		},
		Verdict: "needs-attention", Complete: true,
		Findings: []Exp{
			{Rule: "ledger.overdue", No: "4", Sheet: "整改台账"},
			{Rule: "ledger.overdue", No: "7", Sheet: "整改台账"},
		},
	}
}

func withCoop(rs []Row) []Row {
	for i := range rs {
		rs[i].Evid2 = []string{"县财政局", "县人社局", "各中小学校", "县教研室"}[i%4]
	}
	return rs
}

func withNote(rs []Row, s string) []Row {
	for i := range rs {
		rs[i].Note = s
	}
	return rs
}

func townDepts(rs []Row) []Row {
	for i := range rs {
		rs[i].Dept = []string{"党政办", "党建办", "财政所", "农业服务中心", "综治办"}[i%5]
	}
	return rs
}

func provDepts(rs []Row) []Row {
	for i := range rs {
		rs[i].Dept = []string{"办公室", "人事处", "财务处", "储备处", "机关党委"}[i%5]
	}
	return rs
}

var _ = fmt.Sprint
