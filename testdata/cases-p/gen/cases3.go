package main

func more2() []Case {
	var cs []Case

	// 07 — a TCM hospital: 10 held accountable claimed, 9 on the sheet
	// (问责方式 merged down); a 资金清退 sheet the report's money matches; one
	// done row without evidence.
	{
		rows := mk(Cfg{Pool: hospital[6:], N: 16, Leaders: []string{"院长孙思远", "副院长程晓燕", "副院长马骏"},
			Depts: []string{"医务科", "药剂科", "财务科", "院办", "质控科"}, DateFmt: 4,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件", "自查报告", "会议记录"}, Feedback: "2023-10-10"})
		open(rows, 6, "正在整改", "2024-06-30")
		open(rows, 14, "正在整改", "2024-06-30")
		rows[4].Evid = ""
		acc := Sheet{Name: "问责情况", Rows: [][]string{
			{"序号", "姓名", "职务", "问责方式", "问责时间", "备注"},
			{"1", "黄某某", "原药剂科科长", "党纪处分（党内警告）", "2023-12-12", ""},
			{"2", "李某某", "原设备科科长", "", "2023-12-12", ""},
			{"3", "吴某某", "财务科副科长", "诫勉", "2023-11-28", ""},
			{"4", "赵某某", "总务科科长", "", "2023-11-28", ""},
			{"5", "钱某某", "医务科干事", "", "2023-11-28", ""},
			{"6", "郑某某", "药剂科药师", "谈话提醒", "2023-11-06", ""},
			{"7", "冯某某", "收费室主任", "", "2023-11-06", ""},
			{"8", "陈某某", "质控科科员", "", "2023-11-06", ""},
			{"9", "褚某某", "后勤服务中心主任", "", "2023-11-06", ""},
		}, Merges: [][2]string{{"D2", "D3"}, {"D4", "D6"}, {"D7", "D10"}}}
		money := Sheet{Name: "资金清退", Rows: [][]string{
			{"序号", "事项", "金额（万元）", "方式", "完成时间"},
			{"1", "违规收取床位差价及检查费用", "38.6", "清退患者", "2023-12-20"},
			{"2", "多付供应商药款", "12.35", "追回", "2023-12-05"},
			{"", "合计", "50.95", "", ""},
		}}
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题整改台账", Title: "棠溪县中医院巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("存在问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任科室", gDept), col("整改时限", gDeadline), col("整改状态", gStatus), col("完成时间", gDone), col("佐证材料", gEvid)},
			Rows: rows, After: []Sheet{acc, money}}
		cs = append(cs, Case{Name: "07-zhongyiyuan-accountability-merged",
			Desc:   "棠溪县中医院党委（医院）：DOCX 报告称党纪处分2人、诫勉3人、谈话提醒5人，共问责10人；问责情况表9人，问责方式单元格向下合并；资金清退表（报告未提及的表）与报告金额相符；台账第5项已完成但无佐证材料。",
			Info:   info("中共棠溪县中医院委员会", "棠溪县委第二巡察组（2023年第三轮巡察）", "2023-10-10", "2024-01-05", "2024-01-10"),
			Ledger: l,
			Find:   []Finding{f("claim.accountability", "total", 10, 9), fr("ledger.no-evidence", 5, rows[4].Prob, nil, nil)},
			Docs: []Doc{{Src: "07-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/党委会-1.docx", Kind: "docx", Text: minutes("中共棠溪县中医院委员会会议纪要", "2023年第12次", "2023-10-17", "综合楼四楼会议室", "党委书记易国华", "党委委员孙思远、程晓燕、马骏、谭敏", "会议研究县委巡察反馈意见整改工作，审议整改方案，决定对有关责任人启动问责程序。")},
				{Dst: "minutes/党委会-2.docx", Kind: "docx", Text: minutes("中共棠溪县中医院委员会会议纪要", "2023年第14次", "2023-12-07", "综合楼四楼会议室", "党委书记易国华", "党委委员孙思远、程晓燕、马骏、谭敏", "会议听取巡察整改进展汇报，研究违规收费清退和问责处理意见。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("中共棠溪县中医院委员会巡察整改专题民主生活会会议记录", "2023-11-21", "综合楼四楼会议室", "党委书记易国华", "党委班子成员，县委巡察办同志列席")}},
			Verdict: "paper-rectification-suspected", Complete: true})
	}

	// 08 — a middle school: 20 problems claimed, the ledger lists 19; 5 clues,
	// 4 called 办结, the clue sheet shows 3 closed and one pending 133 days.
	{
		rows := mk(Cfg{Pool: school, N: 19, Leaders: []string{"校长梁国栋", "副校长苏雪", "副校长田野", "党委副书记贺兰"},
			Depts: []string{"校长办公室", "教务处", "政教处", "总务处", "财务室"}, DateFmt: 1,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件", "会议记录", "整改报告"}, Feedback: "2024-03-05"})
		open(rows, 11, "正在推进", "2024.12.31")
		clues := Sheet{Name: "问题线索办理台账", Rows: [][]string{
			{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"1", "XC2024-07-01", "某某某", "反映食堂承包过程中收受好处费", "2024-03-20", "学校纪委", "谈话函询，予以了结", "2024-04-30", "已办结"},
			{"2", "XC2024-07-02", "某某某", "反映违规收取资料费", "2024-03-20", "", "初步核实，予以了结", "2024-05-10", "已办结"},
			{"3", "XC2024-07-03", "某某某", "反映基建维修项目虚报工程量", "2024-04-08", "县纪委监委第三派驻纪检监察组", "立案审查", "2024-05-28", "已办结"},
			{"4", "XC2024-07-04", "某某某", "反映校服征订中收受回扣", "2024-03-20", "", "初步核实", "", "正在办理"},
			{"5", "XC2024-07-05", "某某某", "反映违规兼职取酬", "2024-06-20", "", "谈话函询", "", "办理中"},
		}, Merges: [][2]string{{"F2", "F3"}, {"F4", "F6"}}}
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题整改台账", Title: "棠溪县第一中学巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("问题描述", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任处室", gDept), col("完成时限", gDeadline), col("完成情况", gStatus), col("完成时间", gDone), col("佐证材料", gEvid)},
			Rows: rows, After: []Sheet{clues}}
		cs = append(cs, Case{Name: "08-zhongxue-clues-and-total",
			Desc:   "棠溪县第一中学党委（学校）：DOCX 报告称反馈问题20个（台账19行）、移交线索5件已办结4件（线索表已办结3件）；线索XC2024-07-04移交后133天仍在办理；承办部门单元格合并。无纪要。",
			Info:   info("中共棠溪县第一中学委员会", "棠溪县委第三巡察组（2024年第一轮巡察）", "2024-03-05", "2024-06-28", "2024-07-31"),
			Ledger: l,
			Find: []Finding{f("claim.problems-total", "total", 20, 19), f("claim.clues", "handled", 4, 3),
				{Rule: "clue.overdue", Item: "XC2024-07-04", Observed: 133}},
			Docs:    []Doc{{Src: "08-report.txt", Dst: "report.docx", Kind: "docx"}},
			Verdict: "paper-rectification-suspected", Complete: true, NotRun: meetingRules})
	}

	// 09 — a village: figures in Chinese numerals, 其余, approximate amounts,
	// statuses inside long cells; no minutes; clean.
	{
		rows := mk(Cfg{Pool: village, N: 12, Leaders: []string{"村党支部书记何建平", "村委会主任邱月娥", "村委委员蓝志刚"},
			Depts: []string{"村“两委”", "村委会", "村务监督委员会"}, DateFmt: 1,
			DoneText: []string{"已完成，已建立长效机制", "已完成，群众满意"}, Evid: []string{"会议记录", "公示照片", "账目凭证"}, Feedback: "2023-11-08"})
		open(rows, 5, "正在推进，预计2024年6月底前完成", "2024.6.30")
		open(rows, 10, "正在推进，预计2024年6月底前完成", "2024.6.30")
		l := &Ledger{File: "ledger.xlsx", Sheet: "Sheet1", Title: "石门村巡察反馈问题整改落实台账",
			Cols: []Col{col("序号", gNo), col("存在问题", gProb), col("整改措施", gMeas), col("责任人", gLeader), col("责任单位", gDept), col("完成时限", gDeadline), col("整改落实情况", gStatus), col("佐证材料", gEvid), col("备注", gNote)},
			Rows: rows, Blank: []int{6}}
		cs = append(cs, Case{Name: "09-cun-chinese-numerals-clean",
			Desc:    "湄岭镇石门村党支部（村）：DOCX 报告以中文数字写数（反馈问题十二个，已完成整改十个，其余两个正在推进，完成率83.3%），另有投入300余万元、近40亩、1.2万元等约数和金额；台账状态写在长句中（已完成，已建立长效机制 / 正在推进，预计…前完成），中间有空行；无纪要。应无发现。",
			Info:    info("中共棠溪县湄岭镇石门村支部委员会", "棠溪县委第五巡察组（2023年村级巡察）", "2023-11-08", "2024-02-05", "2024-02-29"),
			Ledger:  l,
			Docs:    []Doc{{Src: "09-report.txt", Dst: "report.docx", Kind: "docx"}},
			Verdict: "clean", Complete: true, NotRun: meetingRules})
	}

	// 10 — a street office: one minutes file is an MHTML page saved from a
	// browser (not a format read): the meetings claim must not be accused.
	{
		rows := mk(Cfg{Pool: street, N: 15, Leaders: []string{"党工委书记韦建国", "办事处主任潘燕", "党工委副书记宁涛"},
			Depts: []string{"党政办", "社会事务办", "经济发展办", "综治中心"}, DateFmt: 3,
			DoneText: []string{"已完成整改"}, Evid: []string{"会议记录、制度", "照片", "验收材料"}, Feedback: "2024-02-26"})
		open(rows, 3, "正在整改", "2024年8月31日")
		open(rows, 12, "正在整改", "2024年8月31日")
		l := &Ledger{File: "ledger.xlsx", Sheet: "台账", Title: "城关街道巡察反馈问题整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任单位", gDept), col("完成时限", gDeadline), col("整改进展", gStatus), col("佐证材料", gEvid)},
			Rows: rows}
		cs = append(cs, Case{Name: "10-jiedao-mht-minutes-unread",
			Desc:   "城关街道党工委（街道）：报告称召开党工委会议3次，DOCX 纪要2份，第3份是从政务网站另存的 .mht 网页（不是可读格式）；专题民主生活会有 DOCX 纪要。会议规则不能运行，核查不完整，不得指控。其余相符。",
			Info:   info("中共棠溪县城关街道工作委员会", "棠溪县委第一巡察组（2024年第一轮巡察）", "2024-02-26", "2024-05-30", "2024-05-31"),
			Ledger: l,
			Docs: []Doc{{Src: "10-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/党工委会议纪要-0308.docx", Kind: "docx", Text: minutes("城关街道党工委会议纪要", "第6期", "2024-03-08", "街道办二楼会议室", "党工委书记韦建国", "党工委委员潘燕、宁涛、符晓光", "会议传达县委巡察反馈意见，研究部署巡察整改工作。")},
				{Dst: "minutes/党工委会议纪要-0416.docx", Kind: "docx", Text: minutes("城关街道党工委会议纪要", "第9期", "2024-04-16", "街道办二楼会议室", "党工委书记韦建国", "党工委委员潘燕、宁涛、符晓光", "会议听取巡察整改进展情况汇报，研究信访积案化解等问题的整改。")},
				{Dst: "minutes/党工委会议纪要-0510.mht", Kind: "mht", Text: minutes("城关街道党工委会议纪要", "第11期", "2024-05-10", "街道办二楼会议室", "党工委书记韦建国", "党工委委员潘燕、宁涛、符晓光", "会议审议巡察整改情况报告。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("城关街道党工委巡察整改专题民主生活会会议记录", "2024-04-02", "街道办二楼会议室", "党工委书记韦建国", "党工委班子成员，县委督导组同志")}},
			Verdict: "clean", Complete: false, NotRun: meetingRules})
	}
	return append(cs, more3()...)
}
