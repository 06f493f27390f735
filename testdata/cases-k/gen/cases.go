package main

import "strconv"

func info(unit, round, fb, rd string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rd, "as_of": rd}
}

var headFull = []string{"no", "cat", "prob", "meas", "leader", "dept", "deadline", "status", "done", "evid", "note"}

var ledgerRulesNotRun = []string{"claim.problems-total", "claim.problems-done", "claim.item-status", "ledger.overdue",
	"ledger.no-evidence", "ledger.no-owner"}

func cases() []Case {
	return []Case{c01(), c02(), c03(), c04(), c05(), c06(), c07(), c08(), c09(), c10(), c11(), c12(), c13(), c14(), c15(), c16()}
}

// 01: provincial health commission, clean. Report TXT UTF-8 opening with
// the round's own total over nine departments; ledger XLSX with a title,
// a 填报 row, a two-row header (整改情况 over 整改进展/完成时间/佐证材料)
// and a footer; a clue sheet; three party-group minutes titled by the body.
func c01() Case {
	fb, rd := "2024-05-20", "2024-08-26"
	rs := hospital.rows(20, fb, rd, 0)
	for i := range rs {
		rs[i].Dept = []string{"办公室", "医政处", "财务处", "药政处", "人事处", "规划发展处", "基层卫生处", "机关党委"}[i%8]
	}
	open(rs, 6, "正在推进，预计年底前完成", "2024年12月底")
	open(rs, 13, "持续整改中", "长期坚持")
	open(rs, 19, "正在推进", "2025/3/31")
	s := probSheet("问题整改台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任处室", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "省委第三巡视组反馈意见整改落实台账"
	s.Fill = "填报单位：澜州省卫生健康委员会（盖章）　　填报时间：2024年8月20日"
	s.Group, s.GroupFrom, s.GroupTo = "整改情况", 7, 9
	s.Footer = "说明：整改进展按“已完成”“正在推进”填写。填表人：梁晓　审核人：卢思远"
	clues := plainSheet("问题线索办理台账", []string{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}, [][]string{
		{"1", "XS-2024-031", "王某某", "反映其在设备采购中接受供应商宴请", "2024-05-24", "驻委纪检监察组", "谈话函询", "2024-07-10", "已办结"},
		{"2", "XS-2024-032", "李某某", "反映其违规兼职取酬", "2024-05-24", "驻委纪检监察组", "初步核实", "2024-07-15", "已办结"},
		{"3", "XS-2024-033", "赵某某", "反映其插手工程项目", "2024-05-24", "驻委纪检监察组", "初步核实", "2024-07-19", "已办结"},
		{"4", "XS-2024-034", "钱某某", "反映其违规发放津补贴", "2024-05-24", "机关纪委", "了结", "2024-07-20", "已办结"},
	})
	round := "省委第三巡视组"
	return Case{
		Dir:    "01-province-health-clean",
		Info:   info("中共澜州省卫生健康委员会党组", "省委第十二轮巡视", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s, clues}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "01-党组会议纪要（第11次）.txt", Meetings: []Meeting{mt("省卫生健康委党组2024年第11次会议纪要", "2024年6月3日", "委机关3楼会议室", "党组书记、主任 周文澜", work(round, "医保基金使用管理、大型医用设备采购论证", "审议通过《巡视反馈意见整改方案》，成立整改工作领导小组", "2024年6月20日"))}},
			{File: "02-党组会议纪要（第14次）.txt", Meetings: []Meeting{mt("省卫生健康委党组2024年第14次会议纪要", "2024年7月8日", "委机关3楼会议室", "党组书记、主任 周文澜", work(round, "药品耗材集中采购、科研经费报销审核", "对进度滞后的3项整改任务挂牌督办", "2024年7月31日"))}},
			{File: "03-党组会议纪要（第16次）.txt", Meetings: []Meeting{mt("省卫生健康委党组2024年第16次会议纪要", "2024年8月12日", "委机关3楼会议室", "党组书记、主任 周文澜", work(round, "整改情况报告起草和整改台账销号", "审议整改进展情况报告", "2024年8月20日"))}},
			{File: "04-专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州省卫生健康委员会党组巡视整改专题民主生活会会议记录", "2024年7月25日", "委机关3楼会议室", "党组书记、主任 周文澜", dlm(round, "周文澜"))}},
		},
		Expect: Expect{Description: "省卫生健康委，报告为UTF-8文本，先述本轮巡视9个部门的合计，再述本单位20个问题、17个已完成、3个正在推进、85%；党组会议3次、专题民主生活会1次、线索4件办结，均与台账和纪要一致；资金和信访件为不比对的数字。无发现。",
			Verdict: "clean", Complete: true},
	}
}

// 02: university, CSV in GBK with a title line and a flat two-row header;
// one row "已完成，待销号" makes the report's done count one too many; one
// row not done is past its deadline. Report DOCX with a table by aspect.
func c02() Case {
	fb, rd := "2024-04-12", "2024-07-15"
	rs := university.rows(24, fb, rd, 0)
	rs[7].Status = "已完成，待销号"
	rs[7].Deadline = "2024/9/30"
	rs[7].Done = ""
	open(rs, 15, "正在推进，预计年底前完成", "2024/12/31")
	open(rs, 21, "未完成，原因是改造项目立项尚未获批", "2024/6/30")
	keys := []string{"no", "prob", "cat", "dept", "leader", "meas", "deadline", "status", "done", "evid", "note"}
	s := probSheet("台账", keys, []string{"序号", "具体问题", "问题类别", "责任单位", "责任领导", "整改措施", "整改时限", "目前进展", "完成时间", "佐证资料", "备注"}, rs)
	s.Title = "澜州大学落实省委第一巡视组反馈意见整改台账"
	s.Group, s.GroupFrom, s.GroupTo = "整改落实情况", 7, 9
	round := "省委第一巡视组"
	return Case{
		Dir:    "02-university-csv-done-inflated",
		Info:   info("中共澜州大学委员会", "省委第十一轮巡视", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.csv", LedgerKind: "csv-gbk",
		Minutes: []Minute{
			{File: "常委会2024-04-22.docx", Meetings: []Meeting{mt("中共澜州大学委员会常委会会议纪要（2024年第8次）", "2024年4月22日", "行政楼第一会议室", "党委书记 方启明", work(round, "立德树人根本任务落实、科研经费管理", "审议通过学校巡视整改工作方案", "2024年5月10日"))}},
			{File: "常委会2024-06-14.docx", Meetings: []Meeting{mt("中共澜州大学委员会常委会会议纪要（2024年第13次）", "2024年6月14日", "行政楼第一会议室", "党委书记 方启明", work(round, "基建工程招投标、学生资助资金发放", "对未按期完成的整改任务约谈责任单位负责人", "2024年6月28日"))}},
			{File: "专题民主生活会2024-05-30.docx", Meetings: []Meeting{mt("中共澜州大学委员会巡视整改专题民主生活会会议记录", "2024年5月30日", "行政楼第一会议室", "党委书记 方启明", dlm(round, "方启明"))}},
		},
		Expect: Expect{Description: "澜州大学，台账为GBK编码CSV，标题行下两行表头（整改落实情况 下分 目前进展/完成时间/佐证资料）。报告称24个问题已完成22个，台账第8行为“已完成，待销号”（未销号，视为正在整改），台账仅21个已完成；第21行“未完成”且时限2024/6/30早于核查基准日。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{
				{Rule: "claim.problems-done", Item: "done", Claimed: 22, Observed: 21},
				{Rule: "ledger.overdue", Item: "21", Sheet: "台账", DataRow: 21},
			}},
	}
}

// 03: teaching hospital, report TXT in GBK; the rate is 95.16% where
// 29 of 31 is 93.55%. The special democratic life meeting's minutes are a
// photographed page (PNG).
func c03() Case {
	fb, rd := "2024-03-08", "2024-06-28"
	rs := hospital.rows(31, fb, rd, 0)
	open(rs, 12, "正在推进，预计2024年底前完成", "2024年12月底")
	open(rs, 27, "持续推进，长期坚持", "长期坚持")
	keys := []string{"no", "cat", "prob", "leader", "dept", "meas", "deadline", "status", "done", "evid"}
	s := probSheet("整改台账", keys, []string{"序号", "问题类型", "问题表现", "牵头院领导", "牵头科室", "整改举措", "完成时限", "整改进度", "完成日期", "支撑材料"}, rs)
	s.Title = "澜州医科大学附属第一医院巡视反馈问题整改台账"
	s.Group, s.GroupFrom, s.GroupTo = "整改落实情况", 7, 9
	round := "省卫生健康委党组第二巡察组"
	return Case{
		Dir:    "03-hospital-gbk-rate",
		Info:   info("中共澜州医科大学附属第一医院委员会", "省卫生健康委党组2024年第一轮巡察", fb, rd),
		Report: "report.txt", ReportGBK: true, Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "院党委会2024-03-19.txt", Meetings: []Meeting{mt("医院党委2024年第6次会议纪要", "2024年3月19日", "门诊楼12楼会议室", "党委书记 周文澜", work(round, "医保基金使用、药品耗材集中采购", "审议通过巡察整改方案", "2024年4月10日"))}},
			{File: "院党委会2024-05-21.txt", Meetings: []Meeting{mt("医院党委2024年第11次会议纪要", "2024年5月21日", "门诊楼12楼会议室", "党委书记 周文澜", work(round, "科室二次分配、病历书写质量", "对整改进度滞后科室通报", "2024年6月10日"))}},
			{File: "专题民主生活会（拍照件）.png", Meetings: []Meeting{mt("医院党委巡察整改专题民主生活会会议记录", "2024年4月26日", "门诊楼12楼会议室", "党委书记 周文澜", dlm(round, "周文澜"))}},
		},
		Expect: Expect{Description: "医科大学附属医院，报告为GBK文本：31个问题已完成29个，称完成率95.16%，实为93.55%（差约2个百分点）；台账、纪要（含一张拍照的专题民主生活会记录）均一致；院长办公会为不核对的会议。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{{Rule: "arith.rate", Claimed: 95.16, Observed: 93.55}}},
	}
}

// 04: provincial transport department, clean; DOCX report with a table of
// figures and the same figures in text; ledger with 汇总, 明细, 问责 (merged
// method cells) and 制度 sheets; three party-group meetings in one DOCX.
func c04() Case {
	fb, rd := "2024-07-10", "2024-10-18"
	rs := department.rows(18, fb, rd, 0)
	open(rs, 5, "正在推进", "2024年12月底")
	open(rs, 11, "阶段性完成，持续推进", "2025/6/30")
	open(rs, 16, "长期坚持，持续整改", "长期坚持")
	s := probSheet("问题整改明细", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任处室", "完成时限", "整改状态", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "澜州省交通运输厅巡视整改问题明细表"
	sum := plainSheet("汇总", []string{"问题类别", "问题数量", "已完成", "正在整改", "完成率"}, [][]string{
		{"政治建设", "5", "4", "1", "80%"}, {"组织建设", "4", "3", "1", "75%"}, {"作风建设", "5", "4", "1", "80%"}, {"纪律建设", "4", "4", "0", "100%"}, {"合计", "18", "15", "3", "83.33%"},
	})
	sum.Title = "巡视整改进展汇总表"
	acc := plainSheet("问责情况", []string{"序号", "被问责人", "职务", "问责方式", "问责时间", "问责事由"}, [][]string{
		{"1", "张某某", "原财务处副处长", "党纪处分（党内警告）", "2024-09-12", "违规审批报销"},
		{"2", "孙某某", "直属单位副主任", "诫勉", "2024-09-12", "专项资金监管不力"},
		{"3", "吴某某", "直属单位科长", "诫勉", "2024-09-12", "专项资金监管不力"},
		{"4", "郑某某", "审批处科员", "谈话提醒", "2024-08-30", "审批超时"},
		{"5", "冯某某", "审批处科员", "谈话提醒", "2024-08-30", "审批超时"},
	})
	acc.MergeDown[[2]int{1, 3}] = 1
	acc.MergeDown[[2]int{1, 4}] = 1
	acc.MergeDown[[2]int{1, 5}] = 1
	acc.MergeDown[[2]int{3, 3}] = 1
	acc.MergeDown[[2]int{3, 4}] = 1
	acc.MergeDown[[2]int{3, 5}] = 1
	var rules [][]string
	for i, n := range []string{"厅党组议事规则", "“三重一大”决策实施办法", "专项资金管理办法", "政府采购内部控制规程", "公务用车使用管理办法", "直属单位监督管理办法", "行政审批事项办理规程", "干部教育培训管理办法", "财务报销审核细则", "内部审计工作规定"} {
		k := "新建"
		if i >= 6 {
			k = "修订"
		}
		rules = append(rules, []string{strconv.Itoa(i + 1), "《" + n + "》", k, "2024年" + strconv.Itoa(8+i%3) + "月"})
	}
	rsheet := plainSheet("制度建设", []string{"序号", "制度名称", "新建/修订", "印发时间"}, rules)
	round := "省委第五巡视组"
	party := func(n, d, topic string) Meeting {
		return mt("厅党组2024年第"+n+"次会议纪要", d, "厅机关5楼会议室", "党组书记、厅长 秦正和", work(round, topic, "逐项审定整改措施和完成时限", "2024年10月10日"))
	}
	return Case{
		Dir:    "04-transport-dept-sheets-clean",
		Info:   info("中共澜州省交通运输厅党组", "省委第十二轮巡视", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{sum, s, acc, rsheet}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "厅党组会议纪要汇编（巡视整改）.docx", Meetings: []Meeting{
				party("14", "2024年7月22日", "专项资金分配使用监管、政府采购管理"),
				party("16", "2024年8月26日", "行政审批事项办理时限、直属单位监管"),
				party("19", "2024年9月23日", "公务用车、办公用房和整改销号"),
			}},
			{File: "巡视整改推进会.txt", Meetings: []Meeting{mt("全省交通运输系统巡视整改工作推进会会议纪要", "2024年8月8日", "厅机关1楼报告厅", "厅党组副书记 卢思远", work(round, "直属单位同步自查自纠", "各直属单位对照问题清单同步整改", "2024年8月31日"))}},
			{File: "专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州省交通运输厅党组巡视整改专题民主生活会会议记录", "2024年9月10日", "厅机关5楼会议室", "党组书记、厅长 秦正和", dlm(round, "秦正和"))}},
		},
		Expect: Expect{Description: "省交通运输厅，DOCX报告以表格和正文两处陈述数字；台账含汇总、明细、问责（合并单元格）、制度建设四张表；三次党组会在同一个DOCX里。18个问题完成15个、83.33%，问责5人，制度10项（新建6、修订4），推进会1次，均一致。直属单位的数字为他单位数字。无发现。",
			Verdict: "clean", Complete: true},
	}
}

// 05: normal college; four special meetings claimed, the fourth held
// after the report; a row with no responsible leader. Ledger CSV UTF-8
// with a BOM, columns shuffled.
func c05() Case {
	fb, rd := "2024-09-05", "2024-12-10"
	rs := university.rows(15, fb, rd, 3)
	open(rs, 4, "正在推进", "2025/3/31")
	open(rs, 9, "持续推进", "长期坚持")
	open(rs, 14, "正在整改，预计明年上半年完成", "2025年6月底")
	rs[6].Leader = ""
	keys := []string{"prob", "no", "meas", "dept", "leader", "deadline", "done", "status", "evid", "cat"}
	s := probSheet("台账", keys, []string{"存在问题", "序号", "整改措施", "责任部门", "责任人", "完成期限", "完成时间", "完成情况", "佐证材料", "问题类别"}, rs)
	s.Title = "澜州师范学院巡察整改台账（截至2024年12月6日）"
	round := "省委教育工委第三巡察组"
	sp := func(n, d, topic string) Meeting {
		return mt("巡察整改专题会议纪要（第"+n+"次）", d, "学院办公楼301会议室", "党委书记 唐若谷", work(round, topic, "明确每项问题的责任部门和时限", "2024年12月31日"))
	}
	return Case{
		Dir:    "05-normal-college-meeting-late",
		Info:   info("中共澜州师范学院委员会", "省委教育工委2024年第二轮巡察", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.csv", LedgerKind: "csv-bom",
		Minutes: []Minute{
			{File: "专题会1.txt", Meetings: []Meeting{sp("一", "2024年9月18日", "二级学院党组织会议制度、科研经费管理")}},
			{File: "专题会2.txt", Meetings: []Meeting{sp("二", "2024年10月16日", "校办企业监管、基建工程招投标")}},
			{File: "专题会3.txt", Meetings: []Meeting{sp("三", "2024年11月20日", "学生资助资金、职称评审程序")}},
			{File: "专题会4.txt", Meetings: []Meeting{sp("四", "2024年12月16日", "整改情况报告和年度整改总结")}},
			{File: "专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州师范学院委员会巡察整改专题民主生活会会议记录", "2024年11月5日", "学院办公楼301会议室", "党委书记 唐若谷", dlm(round, "唐若谷"))}},
		},
		Expect: Expect{Description: "澜州师范学院，报告为UTF-8文本，称召开巡察整改专题会议4次，第4次纪要日期2024年12月16日晚于报告日期2024年12月10日，只能计3次；台账（UTF-8带BOM的CSV，列序打乱）第7行无责任人。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{
				{Rule: "claim.meetings", Item: "special", Claimed: 4, Observed: 3},
				{Rule: "ledger.no-owner", Item: "7", Sheet: "台账", DataRow: 7},
			}},
	}
}

// 06: city hospital; one minutes file is empty: the check is incomplete,
// the meetings rules do not run, nothing else is wrong.
func c06() Case {
	fb, rd := "2024-10-15", "2025-01-10"
	rs := hospital.rows(16, fb, rd, 5)
	open(rs, 3, "正在推进", "2025/6/30")
	open(rs, 10, "持续整改", "长期坚持")
	s := probSheet("问题台账", headFull, []string{"序号", "问题类别", "反馈问题", "整改措施", "责任领导", "责任科室", "整改期限", "整改情况", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "岚江市中心医院巡察整改台账"
	round := "市委第四巡察组"
	return Case{
		Dir:    "06-city-hospital-empty-minutes",
		Info:   info("中共岚江市中心医院委员会", "市委第九届第六轮巡察", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "2024-10-28党委会议纪要.txt", Meetings: []Meeting{mt("中共岚江市中心医院委员会2024年第15次党委会议纪要", "2024年10月28日", "行政楼二楼会议室", "党委书记 韩立群", work(round, "医德医风建设、药品耗材集中采购", "审议通过巡察整改方案", "2024年11月15日"))}},
			{File: "2024-12-03党委会议纪要.txt", Meetings: []Meeting{mt("中共岚江市中心医院委员会2024年第18次党委会议纪要", "2024年12月3日", "行政楼二楼会议室", "党委书记 韩立群", work(round, "基建项目变更管理、科室二次分配", "对整改进展逐项过堂", "2024年12月20日"))}},
			{File: "2024-12-24党委会议纪要.txt", Empty: true},
			{File: "专题民主生活会2024-12-18.txt", Meetings: []Meeting{mt("中共岚江市中心医院委员会巡察整改专题民主生活会会议记录", "2024年12月18日", "行政楼二楼会议室", "党委书记 韩立群", dlm(round, "韩立群"))}},
		},
		Expect: Expect{Description: "岚江市中心医院，DOCX报告称党委会议3次，minutes中一份纪要为空文件：核查不完整，会议两条规则不运行（不得据此认定会议不足），其余一致。",
			Verdict: "clean", Complete: false, NotRun: []string{"claim.meetings", "meeting.democratic-life-missing"}},
	}
}
