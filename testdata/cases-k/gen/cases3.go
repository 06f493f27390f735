package main

import "strconv"

// 12: polytechnic university, clean; the report mixes the round's total
// over 12 universities, the earlier round's figures and a 其中 subset with
// its own states; the ledger has a notes sheet first and clue,
// accountability and rules sheets the report never mentions.
func c12() Case {
	fb, rd := "2024-03-20", "2024-06-21"
	rs := university.rows(23, fb, rd, 1)
	open(rs, 5, "正在推进", "2024年12月底")
	open(rs, 12, "基本完成，持续巩固", "2025/6/30")
	open(rs, 20, "长期坚持", "长期坚持")
	s := probSheet("问题整改台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任校领导", "责任单位", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "澜州理工大学巡视反馈问题整改台账"
	s.Fill = "填报单位：党委巡视整改工作领导小组办公室　　填报时间：2024年6月18日"
	s.Group, s.GroupFrom, s.GroupTo = "整改情况", 7, 9
	s.BlankAfter[10] = true
	notes := plainSheet("填表说明", []string{"说明"}, [][]string{
		{"一、本台账按省委第二巡视组反馈意见逐条建立，一个问题一行。"},
		{"二、整改进展填写“已完成”“正在推进”“长期坚持”。"},
		{"三、佐证材料请填写文件名称，原件由各责任单位留存备查。"},
	})
	clues := plainSheet("问题线索", []string{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}, [][]string{
		{"1", "LG-01", "曹某某", "反映其违规报销差旅费", "2024-03-26", "校纪委", "谈话函询", "2024-05-08", "已办结"},
		{"2", "LG-02", "严某某", "反映其在招标中打招呼", "2024-03-26", "校纪委", "初步核实", "2024-05-17", "已办结"},
		{"3", "LG-03", "华某某", "反映其违规使用公用房", "2024-04-09", "校纪委", "了结", "2024-05-20", "已了结"},
	})
	acc := plainSheet("问责情况", []string{"序号", "姓名", "职务", "问责方式", "问责时间"}, [][]string{
		{"1", "金某某", "基建处副处长", "诫勉", "2024-05-22"},
		{"2", "魏某某", "资产管理处科长", "批评教育", "2024-05-22"},
	})
	var rules [][]string
	for i, n := range []string{"党委常委会议事规则", "科研经费管理办法", "公用房管理办法", "继续教育管理办法"} {
		k := "修订"
		if i%2 == 1 {
			k = "新建"
		}
		rules = append(rules, []string{strconv.Itoa(i + 1), "《" + n + "》", k, "2024年5月"})
	}
	rsheet := plainSheet("制度建设", []string{"序号", "制度名称", "类型", "印发时间"}, rules)
	round := "省委第二巡视组"
	cm := func(n, d, topic string) Meeting {
		return mt("中共澜州理工大学委员会常委会会议纪要（"+n+"）", d, "行政楼第二会议室", "党委书记 齐慕白", work(round, topic, "逐项审定整改措施", "2024年6月15日"))
	}
	return Case{
		Dir:    "12-polytech-round-mix-clean",
		Info:   info("中共澜州理工大学委员会", "省委第十一轮巡视", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{notes, s, clues, acc, rsheet}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "常委会（2024第9次）.docx", Meetings: []Meeting{cm("2024年第9次", "2024年4月2日", "落实立德树人根本任务、意识形态阵地管理")}},
			{File: "常委会（2024第12次）.docx", Meetings: []Meeting{cm("2024年第12次", "2024年5月7日", "科研经费管理、校办企业监管")}},
			{File: "常委会（2024第15次）.docx", Meetings: []Meeting{cm("2024年第15次", "2024年6月4日", "二级学院问题整改和销号验收")}},
			{File: "专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州理工大学委员会巡视整改专题民主生活会会议记录", "2024年5月16日", "行政楼第二会议室", "党委书记 齐慕白", dlm(round, "齐慕白"))}},
		},
		Expect: Expect{Description: "澜州理工大学，DOCX报告先述本轮巡视对12所高校的合计和上一轮巡视的数字，再述本校23个问题完成20个、86.96%，其中涉及二级学院9个（完成7个、正在整改2个）；台账首张为填表说明，另有线索、问责、制度三张报告未提及的表（均无问题）。党委常委会3次。无发现。",
			Verdict: "clean", Complete: true},
	}
}

// 13: provincial people's hospital; the ledger is an .ods (not read): the
// check is incomplete and the ledger rules do not run; the rest holds.
func c13() Case {
	fb, rd := "2024-11-12", "2025-02-14"
	rs := hospital.rows(17, fb, rd, 12)
	open(rs, 7, "正在推进", "2025/6/30")
	open(rs, 15, "长期坚持", "长期坚持")
	s := probSheet("整改台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改状态", "完成时间", "佐证材料", "备注"}, rs)
	round := "省委第六巡视组"
	return Case{
		Dir:    "13-provincial-hospital-ods",
		Info:   info("中共澜州省人民医院委员会", "省委第十三轮巡视", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.ods", LedgerKind: "ods",
		Minutes: []Minute{
			{File: "院党委会议纪要（2024年第22次）.txt", Meetings: []Meeting{mt("澜州省人民医院党委2024年第22次会议纪要", "2024年11月26日", "行政楼一楼会议室", "党委书记 沈佳禾", work(round, "大型医用设备采购论证、医保基金使用", "审议通过巡视整改方案", "2024年12月10日"))}},
			{File: "院党委会议纪要（2025年第1次）.txt", Meetings: []Meeting{mt("澜州省人民医院党委2025年第1次会议纪要", "2025年1月7日", "行政楼一楼会议室", "党委书记 沈佳禾", work(round, "门诊号源管理、外包服务监管", "对整改台账逐项核验", "2025年1月31日"))}},
			{File: "专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州省人民医院委员会巡视整改专题民主生活会会议记录", "2024年12月27日", "行政楼一楼会议室", "党委书记 沈佳禾", dlm(round, "沈佳禾"))}},
		},
		Expect: Expect{Description: "省人民医院，台账为.ods（不读的格式）：核查不完整，台账规则不运行；报告（UTF-8文本）的数字自洽，党委会议2次、专题民主生活会1次有纪要。",
			Verdict: "clean", Complete: false, NotRun: ledgerRulesNotRun},
	}
}

// 14: natural resources department; a 已销号 row with an empty evidence
// cell (another 已销号 row says only 见附件: not judged), and a row done two
// weeks after its deadline. Ledger CSV UTF-8 with BOM, a blank row.
func c14() Case {
	fb, rd := "2024-01-15", "2024-04-19"
	rs := department.rows(19, fb, rd, 4)
	open(rs, 8, "正在推进", "2024年12月底")
	open(rs, 15, "正在整改", "2025/6/30")
	open(rs, 18, "长期坚持", "长期坚持")
	rs[3].Status, rs[3].Evid = "已销号", "见附件"
	rs[6].Status, rs[6].Evid = "已销号", ""
	rs[10].Deadline, rs[10].Done, rs[10].Status = "2024/3/15", "2024/3/29", "已完成"
	keys := []string{"prob", "cat", "no", "dept", "leader", "meas", "status", "deadline", "done", "evid", "note"}
	s := probSheet("台账", keys, []string{"问题清单", "类别", "编号", "牵头处室", "牵头领导", "整改措施", "整改情况", "整改期限", "销号时间", "佐证材料", "备注"}, rs)
	s.BlankAfter[9] = true
	round := "省委第一巡视组"
	return Case{
		Dir:    "14-natural-resources-evidence",
		Info:   info("中共澜州省自然资源厅党组", "省委第十轮巡视", fb, rd),
		Report: "report.txt", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.csv", LedgerKind: "csv-bom",
		Minutes: []Minute{
			{File: "厅党组2024年第3次会议纪要.docx", Meetings: []Meeting{mt("厅党组2024年第3次会议纪要", "2024年1月26日", "厅机关8楼会议室", "党组书记、厅长 俞晓岚", work(round, "专项资金分配使用、政府采购管理", "审议通过巡视整改方案", "2024年2月10日"))}},
			{File: "厅党组2024年第7次会议纪要.docx", Meetings: []Meeting{mt("厅党组2024年第7次会议纪要", "2024年3月12日", "厅机关8楼会议室", "党组书记、厅长 俞晓岚", work(round, "执法检查、项目评审专家管理", "对已销号事项开展抽查复核", "2024年3月31日"))}},
			{File: "专题民主生活会记录.txt", Meetings: []Meeting{mt("中共澜州省自然资源厅党组巡视整改专题民主生活会会议记录", "2024年3月1日", "厅机关8楼会议室", "党组书记、厅长 俞晓岚", dlm(round, "俞晓岚"))}},
		},
		Expect: Expect{Description: "省自然资源厅，台账为UTF-8带BOM的CSV（列序打乱，中间有空行）：第7行已销号而佐证材料为空；第11行时限2024/3/15、销号时间2024/3/29，逾期完成；第4行已销号、佐证只写“见附件”，规则不判断内容，不报。报告数字一致。",
			Verdict: "needs-attention", Complete: true,
			Findings: []Want{
				{Rule: "ledger.no-evidence", Item: "7", Sheet: "台账", DataRow: 7},
				{Rule: "ledger.overdue", Item: "11", Sheet: "台账", DataRow: 11},
			}},
	}
}

// 15: agricultural university, clean; every problem listed with dated
// measures and its state; deadlines 立行立改 and 长期坚持.
func c15() Case {
	fb, rd := "2024-05-08", "2024-08-09"
	rs := agri.rows(9, fb, rd, 0)
	rs[0].Deadline = "立行立改"
	rs[6].Deadline = "2024年7月底"
	open(rs, 4, "持续推进，长期坚持", "长期坚持")
	open(rs, 8, "正在推进，预计年底前完成", "2024年12月底")
	s := probSheet("整改台账", headFull, []string{"序号", "问题类别", "具体问题", "整改措施", "牵头校领导", "牵头单位", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "澜州农业大学巡视整改台账"
	s.Group, s.GroupFrom, s.GroupTo = "整改完成情况", 7, 9
	s.Footer = "填表人：何静　联系电话：略"
	round := "省委第三巡视组"
	cm := func(n, d, topic string) Meeting {
		return mt("中共澜州农业大学委员会2024年第"+n+"次常委会会议纪要", d, "主楼三楼会议室", "党委书记 贺兰舟", work(round, topic, "逐项明确整改时限", "2024年7月31日"))
	}
	return Case{
		Dir:    "15-agri-university-clean",
		Info:   info("中共澜州农业大学委员会", "省委第十二轮巡视", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "常委会会议纪要（第3次）.docx", Meetings: []Meeting{cm("3", "2024年5月20日", "实验农场土地出租、科研经费间接费用分配")}},
			{File: "常委会会议纪要（第6次）.docx", Meetings: []Meeting{cm("6", "2024年7月9日", "兽医院收费、种子站采购")}},
			{File: "专题民主生活会.txt", Meetings: []Meeting{mt("中共澜州农业大学委员会巡视整改专题民主生活会会议记录", "2024年6月27日", "主楼三楼会议室", "党委书记 贺兰舟", dlm(round, "贺兰舟"))}},
		},
		Expect: Expect{Description: "澜州农业大学，DOCX报告逐项列出9个问题（（一）至（九）），每项措施有日期、数量或文件名，状态与台账一致：7个已完成、2个正在推进，77.78%；时限有“立行立改”“长期坚持”。常委会2次。无发现。",
			Verdict: "clean", Complete: true},
	}
}

// 16: city second hospital; the report says 18 problems, the ledger lists
// 19 under three section rows (一、…方面（7个）, which are not problems).
func c16() Case {
	fb, rd := "2024-06-28", "2024-09-27"
	rs := hospital.rows(19, fb, rd, 8)
	open(rs, 4, "正在推进", "2024年12月底")
	open(rs, 12, "长期坚持", "长期坚持")
	open(rs, 17, "正在整改", "2025/3/31")
	for i := range rs {
		switch {
		case i < 7:
			rs[i].Cat = "党的建设"
		case i < 13:
			rs[i].Cat = "医疗业务"
		default:
			rs[i].Cat = "作风纪律"
		}
	}
	s := probSheet("问题整改清单", headFull, []string{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任科室", "整改时限", "完成情况", "完成时间", "佐证材料", "备注"}, rs)
	s.Title = "岚江市第二人民医院巡察反馈问题整改清单"
	s.Sections[0] = "一、党的建设方面（7个）"
	s.Sections[7] = "二、医疗业务方面（6个）"
	s.Sections[13] = "三、作风纪律方面（6个）"
	round := "市委第一巡察组"
	return Case{
		Dir:    "16-second-hospital-total",
		Info:   info("中共岚江市第二人民医院委员会", "市委第九届第六轮巡察", fb, rd),
		Report: "report.docx", Ledger: &Ledger{Sheets: []*Sheet{s}}, LedgerFile: "ledger.xlsx", LedgerKind: "xlsx",
		Minutes: []Minute{
			{File: "党委会议纪要2024-07-09.txt", Meetings: []Meeting{mt("岚江市第二人民医院党委2024年第12次会议纪要", "2024年7月9日", "行政楼会议室", "党委书记 韩立群", work(round, "临床路径管理、意识形态工作", "审议通过巡察整改方案", "2024年7月25日"))}},
			{File: "党委会议纪要2024-08-20.txt", Meetings: []Meeting{mt("岚江市第二人民医院党委2024年第15次会议纪要", "2024年8月20日", "行政楼会议室", "党委书记 韩立群", work(round, "干部选拔任用、财务票据管理", "对整改进度逐项过堂", "2024年9月10日"))}},
			{File: "专题民主生活会2024-08-29.txt", Meetings: []Meeting{mt("中共岚江市第二人民医院委员会巡察整改专题民主生活会会议记录", "2024年8月29日", "行政楼会议室", "党委书记 韩立群", dlm(round, "韩立群"))}},
		},
		Expect: Expect{Description: "岚江市第二人民医院，DOCX报告称反馈问题18个、已完成15个；台账分三个方面小标题行（不是问题）共列19个问题（16个已完成）。完成数不多于台账，不报。",
			Verdict: "paper-rectification-suspected", Complete: true,
			Findings: []Want{{Rule: "claim.problems-total", Item: "total", Claimed: 18, Observed: 19}}},
	}
}
