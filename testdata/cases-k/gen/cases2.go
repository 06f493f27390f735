package main

import "strconv"

var water = flavour{
	pool: []string{"部分水利专项资金未及时拨付", "水利工程项目结余资金未按规定收回", "农村饮水安全工程建设管理不规范",
		"河道采砂权出让收入未及时缴库", "部分项目未按规定履行招投标程序", "水资源费征收不到位", "直属单位违规出借资金",
		"水利工程质量监督检测覆盖不全"},
	leaders: []string{"范立新", "俞晓岚", "戴明轩", "秦正和"},
	depts:   []string{"财务处", "规划计划处", "农村水利处", "河湖管理处", "建设处", "水资源处", "机关党委", "监督处"},
	cats:    []string{"预算执行", "项目管理"},
}

var civil = flavour{
	pool: []string{"养老服务补贴发放审核不严", "社会组织登记管理把关不严", "殡葬领域突出问题专项整治不彻底",
		"福利彩票公益金使用管理不规范", "困难群众救助资金存在超范围发放", "儿童福利机构安全管理存在隐患",
		"婚姻登记信息系统数据更新不及时", "养老机构消防安全隐患整改不到位", "行政区划界线联检工作滞后",
		"直属事业单位资产管理不规范", "政府购买服务项目绩效评价缺失", "厅机关干部队伍梯次结构不合理"},
	leaders: []string{"秦正和", "卢思远", "范立新", "俞晓岚"},
	depts:   []string{"养老服务处", "社会组织管理局", "社会事务处", "财务处", "社会救助处", "儿童福利处", "人事处"},
	cats:    []string{"政治建设", "作风建设", "纪律建设"},
}

var agri = flavour{
	pool: []string{"党委理论学习中心组学习制度执行不严格", "二级学院党政联席会议议事规则不健全", "实验农场土地对外出租管理不规范",
		"科研经费间接费用分配不合理", "学生公寓维修工程变更签证不规范", "兽医院对外服务收费未纳入预算管理",
		"教职工兼职取酬审批不严", "种子站物资采购未执行比价程序", "青年教师思想政治工作抓得不实"},
	leaders: []string{"邵建华", "齐慕白", "贺兰舟"},
	depts:   []string{"党委宣传部", "党委办公室", "资产管理处", "科研处", "后勤管理处", "财务处", "人事处", "国有资产管理处", "教师工作部"},
	cats:    []string{"党的领导", "党的建设", "全面从严治党"},
}

// 07: audit rectification of the water resources department: parts that
// sum to 9 of 8, item 3 called done though its row is 未全部完成, so the
// report's six done are one more than the ledger's five. No minutes.
func c07() Case {
	fb, rd := "2024-05-30", "2024-09-30"
	rs := water.rows(8, fb, rd, 0)
	open(rs, 3, "未全部完成，剩余资金正在清算", "2024/12/31")
	open(rs, 7, "正在推进", "2025/6/30")
	open(rs, 8, "持续推进", "长期坚持")
	keys := []string{"no", "prob", "meas", "dept", "leader", "deadline", "status", "done", "evid", "note"}
	s := probSheet("审计整改台账", keys, []string{"序号", "审计发现问题", "整改措施", "责任处室", "分管厅领导", "整改时限", "销号情况", "销号时间", "佐证资料", "备注"}, rs)
	s.Title = "省水利厅2023年度预算执行审计整改台账"
	return Case{
		Dir:    "07-audit-water-parts-status",
		Info:   info("澜州省水利厅", "省审计厅2024年度预算执行审计", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Expect: Expect{Description: "省水利厅审计整改，报告为UTF-8文本，逐项列出8个问题。总述“8个问题，已完成整改6个，正在整改2个，未启动1个”分项合计9；第（三）项称已完成整改，台账为“未全部完成”；报告已完成6个多于台账5个。无会议纪要（会议规则不运行）。审计金额为不比对的数字。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{
				{Rule: "arith.parts-sum", Claimed: 8, Observed: 9},
				{Rule: "claim.item-status", Item: "3", Title: rs[2].Prob, Claimed: "done", Observed: "in_progress", Sheet: "审计整改台账", DataRow: 3},
				{Rule: "claim.problems-done", Item: "done", Claimed: 6, Observed: 5},
			},
			NotRun: []string{"claim.meetings", "meeting.democratic-life-missing"}},
	}
}

// 08: vocational college, clean; report GBK text stating the figures by
// aspect and a 一是…二是… list of measures (not of problems); ledger CSV
// GBK with a 已销号 row whose evidence is only 见附件 (a cell that says
// something: the rule does not judge it), dates in words.
func c08() Case {
	fb, rd := "2024-06-03", "2024-09-06"
	rs := university.rows(12, fb, rd, 8)
	cats := []string{"党的领导", "党的领导", "党的领导", "党的领导", "组织建设", "组织建设", "组织建设", "作风建设", "作风建设", "作风建设", "纪律建设", "纪律建设"}
	for i := range rs {
		rs[i].Cat = cats[i]
	}
	rs[0].Deadline, rs[0].Done = "6月30日前", "2024.6.25"
	rs[1].Deadline, rs[1].Done = "立行立改", "2024.6.12"
	rs[2].Status, rs[2].Evid = "已销号", "见附件"
	rs[4].Deadline = "2024年8月底"
	open(rs, 9, "正在推进，预计年底前完成", "2024年12月底")
	open(rs, 12, "长期坚持，持续推进", "长期坚持")
	keys := []string{"no", "cat", "prob", "meas", "leader", "dept", "deadline", "done", "status", "evid", "note"}
	s := probSheet("台账", keys, []string{"序号", "问题类别", "具体问题", "整改目标及措施", "责任领导", "责任单位", "完成时限", "完成时间", "销号情况", "佐证资料", "备注"}, rs)
	s.Title = "澜州职业技术学院巡察反馈问题整改台账"
	s.Fill = "填报单位：学院党委办公室　　填报日期：2024年9月2日"
	round := "省委教育工委第一巡察组"
	return Case{
		Dir:    "08-vocational-gbk-clean",
		Info:   info("中共澜州职业技术学院委员会", "省委教育工委2024年第一轮巡察", fb, rd),
		Report: "report.txt", ReportGBK: true, Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.csv", LedgerKind: "csv-gbk",
		Minutes: []Minute{
			{File: "学院党委2024年第9次会议纪要.txt", Meetings: []Meeting{mt("学院党委2024年第9次会议纪要", "2024年6月14日", "图文信息中心6楼会议室", "党委书记 邵建华", work(round, "党委领导下的校长负责制、校内巡察", "审议通过巡察整改方案和问题清单", "2024年6月30日"))}},
			{File: "学院党委2024年第13次会议纪要.txt", Meetings: []Meeting{mt("学院党委2024年第13次会议纪要", "2024年8月2日", "图文信息中心6楼会议室", "党委书记 邵建华", work(round, "公用房管理、继续教育办学", "对照台账逐项审核销号材料", "2024年8月30日"))}},
			{File: "专题民主生活会记录.txt", Meetings: []Meeting{mt("中共澜州职业技术学院委员会巡察整改专题民主生活会会议记录", "2024年7月12日", "图文信息中心6楼会议室", "党委书记 邵建华", dlm(round, "邵建华"))}},
		},
		Expect: Expect{Description: "澜州职业技术学院，报告为GBK文本，按方面陈述数字并有“一是…四是”的措施列举（不是问题清单）；台账为GBK的CSV，第3行已销号、佐证资料只写“见附件”（单元格非空，规则不判断其内容），时限有“6月30日前”“立行立改”“2024年8月底”。12个问题完成10个、83.3%，党委会议2次。无发现。",
			Verdict: "clean", Complete: true},
	}
}

// 09: civil affairs department; the ledger is a zip bomb (unpacks past
// 200 MB): incomplete, ledger rules not run. The report says 12 problems
// and, numbered through with 下一步 closing the list, lists 11.
func c09() Case {
	fb, rd := "2024-08-20", "2024-11-22"
	rs := civil.rows(12, fb, rd, 0)
	open(rs, 5, "正在推进", "2025/3/31")
	open(rs, 12, "持续推进", "长期坚持")
	s := probSheet("问题台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任处室", "完成时限", "整改情况", "完成时间", "佐证材料", "备注"}, rs)
	round := "省委第二巡视组"
	return Case{
		Dir:    "09-civil-affairs-zipbomb",
		Info:   info("中共澜州省民政厅党组", "省委第十三轮巡视", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "bomb",
		Minutes: []Minute{
			{File: "党组会议纪要2024-09-03.txt", Meetings: []Meeting{mt("省民政厅党组2024年第21次会议纪要", "2024年9月3日", "厅机关7楼会议室", "党组书记、厅长 卢思远", work(round, "养老服务补贴发放、福利彩票公益金使用", "审议通过巡视整改方案", "2024年9月20日"))}},
			{File: "党组会议纪要2024-10-15.txt", Meetings: []Meeting{mt("省民政厅党组2024年第25次会议纪要", "2024年10月15日", "厅机关7楼会议室", "党组书记、厅长 卢思远", work(round, "困难群众救助资金、养老机构消防安全", "对困难群众救助资金超范围发放问题开展专项清查", "2024年11月10日"))}},
			{File: "专题民主生活会2024-10-29.txt", Meetings: []Meeting{mt("中共澜州省民政厅党组巡视整改专题民主生活会会议记录", "2024年10月29日", "厅机关7楼会议室", "党组书记、厅长 卢思远", dlm(round, "卢思远"))}},
		},
		Expect: Expect{Description: "省民政厅，台账ledger.xlsx为压缩炸弹（解压超过200MB）：不可读，核查不完整，台账规则不运行。报告称反馈问题12个，“逐项整改情况如下”后编号连续列出（一）至（十一）共11项，随后“三、下一步工作打算”收束列表。",
			Verdict: "needs-attention", Complete: false,
			Findings: []Want{{Rule: "arith.list-count", Claimed: 12, Observed: 11}},
			NotRun:   ledgerRulesNotRun},
	}
}

// 10: maternal and child hospital; the report says 6 clues handled, the
// clue sheet (merged 承办部门 cells) shows 5 disposed (one 拟了结), and one
// clue has been pending 89 days.
func c10() Case {
	fb, rd := "2024-04-25", "2024-08-05"
	rs := hospital.rows(14, fb, rd, 10)
	open(rs, 6, "正在推进", "2024年12月底")
	open(rs, 11, "正在整改", "2025/3/31")
	s := probSheet("问题整改台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "岚江市妇幼保健院巡察整改台账"
	s.Group, s.GroupFrom, s.GroupTo = "整改情况", 7, 9
	clues := plainSheet("问题线索台账", []string{"序号", "线索编号", "反映对象", "问题线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}, [][]string{
		{"1", "LJFY-2024-01", "刘某某", "反映其收受医药代表礼金", "2024-05-08", "院纪委", "初步核实", "2024-06-20", "已办结"},
		{"2", "LJFY-2024-02", "陈某某", "反映其违规收取检查费用", "2024-05-08", "", "谈话函询", "2024-06-28", "已办结"},
		{"3", "LJFY-2024-03", "杨某某", "反映其在耗材采购中违规指定品牌", "2024-05-08", "", "初步核实", "", "正在核查"},
		{"4", "LJFY-2024-04", "黄某某", "反映其违规兼职", "2024-05-15", "派驻纪检监察组", "谈话函询", "2024-07-02", "已了结"},
		{"5", "LJFY-2024-05", "周某某", "反映其虚报加班费", "2024-05-15", "", "初步核实", "2024-07-05", "已办结"},
		{"6", "LJFY-2024-06", "吴某某", "反映其公车私用", "2024-05-15", "", "谈话函询", "2024-06-30", "已办结"},
		{"7", "LJFY-2024-07", "郑某某", "反映其违规发放科室奖金", "2024-07-01", "院纪委", "谈话函询", "", "拟了结"},
	})
	clues.Rows[0][5] = "院纪委"
	clues.MergeDown[[2]int{0, 5}] = 2
	clues.MergeDown[[2]int{3, 5}] = 2
	clues.Title = "巡察移交问题线索办理台账"
	round := "市委第二巡察组"
	return Case{
		Dir:    "10-maternal-clues",
		Info:   info("中共岚江市妇幼保健院总支部委员会", "市委第九届第五轮巡察", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s, clues}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "党委会2024-05-06.docx", Meetings: []Meeting{mt("岚江市妇幼保健院党总支2024年第7次党委会议纪要", "2024年5月6日", "综合楼四楼会议室", "党总支书记 许清远", work(round, "医德医风建设、医疗服务价格执行", "审议通过巡察整改方案", "2024年5月20日"))}},
			{File: "党委会2024-06-24.docx", Meetings: []Meeting{mt("岚江市妇幼保健院党总支2024年第10次党委会议纪要", "2024年6月24日", "综合楼四楼会议室", "党总支书记 许清远", work(round, "财务票据管理、公务接待管理", "督促移交线索办理进度", "2024年7月15日"))}},
			{File: "专题民主生活会2024-07-16.docx", Meetings: []Meeting{mt("岚江市妇幼保健院领导班子巡察整改专题民主生活会会议记录", "2024年7月16日", "综合楼四楼会议室", "党总支书记 许清远", dlm(round, "许清远"))}},
		},
		Expect: Expect{Description: "岚江市妇幼保健院，报告为UTF-8文本，称巡察移交线索7件已办结6件；线索台账（承办部门为合并单元格）已办结/已了结5件，1件“拟了结”、1件正在核查；后者2024年5月8日移交，至核查基准日89天未办结。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{
				{Rule: "claim.clues", Item: "handled", Claimed: 6, Observed: 5},
				{Rule: "clue.overdue", Item: "LJFY-2024-03", Observed: 89},
			}},
	}
}

// 11: provincial education department; 7 held accountable claimed, 6 rows
// (merged cells); 9 new rules claimed, 8 on the rules sheet.
func c11() Case {
	fb, rd := "2024-02-26", "2024-05-31"
	rs := department.rows(22, fb, rd, 2)
	open(rs, 9, "正在推进", "2024年12月底")
	open(rs, 17, "长期坚持", "长期坚持")
	s := probSheet("问题整改", headFull, []string{"序号", "问题类别", "问题描述", "整改措施", "牵头领导", "牵头处室", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "省教育厅党组巡视整改台账"
	s.Group, s.GroupFrom, s.GroupTo = "整改情况", 7, 9
	acc := plainSheet("问责情况", []string{"序号", "姓名", "单位及职务", "问责方式", "问责时间"}, [][]string{
		{"1", "马某某", "原规划处副处长", "党纪处分（党内警告）", "2024-04-12"},
		{"2", "朱某某", "直属单位财务科长", "政务处分（记过）", "2024-04-12"},
		{"3", "胡某某", "直属单位副主任", "组织处理（调整岗位）", "2024-04-26"},
		{"4", "林某某", "审批处副处长", "诫勉", "2024-05-10"},
		{"5", "何某某", "审批处主任科员", "诫勉", "2024-05-10"},
		{"6", "高某某", "办公室科员", "通报批评", "2024-05-10"},
	})
	acc.MergeDown[[2]int{3, 3}] = 1
	acc.MergeDown[[2]int{3, 4}] = 2
	acc.Title = "巡视整改问责情况统计表"
	var rules [][]string
	for i, n := range []string{"厅党组工作规则", "“三重一大”事项决策办法", "教育专项资金管理办法", "政府采购内部控制办法", "直属单位监管办法", "行政审批服务规范", "公务接待管理规定", "项目评审专家管理办法", "干部选拔任用工作规程", "机关公务用车管理办法", "财务报销管理办法", "内部控制基本制度", "档案管理办法"} {
		k := "新建"
		if i >= 8 {
			k = "修订"
		}
		rules = append(rules, []string{strconv.Itoa(i + 1), "《" + n + "》", k, "2024年" + strconv.Itoa(3+i%3) + "月"})
	}
	rsheet := plainSheet("制度建设", []string{"序号", "制度名称", "新建或修订", "印发时间"}, rules)
	round := "省委第四巡视组"
	return Case{
		Dir:    "11-education-dept-acc-systems",
		Info:   info("中共澜州省教育厅党组", "省委第十一轮巡视", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{s, acc, rsheet}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "党组会议2024-03-08.docx", Meetings: []Meeting{mt("中共澜州省教育厅党组2024年第6次会议纪要", "2024年3月8日", "厅机关4楼会议室", "党组书记、厅长 戴明轩", work(round, "专项资金监管、政府采购管理", "审议通过巡视整改方案", "2024年3月31日"))}},
			{File: "党组会议2024-04-19.docx", Meetings: []Meeting{mt("中共澜州省教育厅党组2024年第10次会议纪要", "2024年4月19日", "厅机关4楼会议室", "党组书记、厅长 戴明轩", work(round, "干部选拔任用、公务用车管理", "研究问责意见和制度立改废", "2024年5月15日"))}},
			{File: "专题民主生活会.docx", Meetings: []Meeting{mt("中共澜州省教育厅党组巡视整改专题民主生活会会议记录", "2024年4月2日", "厅机关4楼会议室", "党组书记、厅长 戴明轩", dlm(round, "戴明轩"))}},
		},
		Expect: Expect{Description: "省教育厅，DOCX报告称问责干部7人（分项2+1+3+1），问责情况表（合并单元格）只有6人；称新制定制度9项、修订5项，制度建设表新建8项、修订5项。问题数、完成数、会议均一致。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{
				{Rule: "claim.accountability", Item: "total", Claimed: 7, Observed: 6},
				{Rule: "claim.systems", Item: "new", Claimed: 9, Observed: 8},
			}},
	}
}
