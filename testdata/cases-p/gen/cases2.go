package main

func dlm(title, date, place, host, attend string) string {
	return minutes(title, "", date, place, host, attend, "会议以巡察整改为主题，班子成员逐一对照巡察反馈问题进行检视剖析，开展批评和自我批评，提出整改措施。")
}

func more() []Case {
	var cs []Case

	// 03 — a street office: ledger in GBK CSV with a title and a 填报 line,
	// the district's figures beside the office's own; clean.
	{
		rows := mk(Cfg{Pool: street, N: 18, Leaders: []string{"党工委书记杨振华", "办事处主任龚丽", "党工委副书记石磊", "副主任谢宏"},
			Depts: []string{"党政办", "社区建设办", "平安办", "财政所", "城管科", "民政科"}, DateFmt: 2,
			DoneText: []string{"已完成", "已完成整改"}, Evid: []string{"会议记录、整改报告", "照片及验收单", "制度文件"}, Feedback: "2024-04-10"})
		open(rows, 7, "正在整改", "2024/12/31")
		open(rows, 15, "正在整改", "2024/10/31")
		open(rows, 18, "尚未启动，待区级统筹", "2024/12/31")
		l := &Ledger{File: "ledger.csv", Title: "清河街道巡察反馈问题整改台账",
			Pre:  []string{"填报单位：中共璟川市清河区清河街道工作委员会（盖章）    填报时间：2024年7月12日"},
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任科室", gDept), col("完成时限", gDeadline), col("整改进度", gStatus), col("佐证资料", gEvid), col("备注", gNote)},
			Rows: rows, Footer: []string{"填表人：王晓敏    审核人：石磊"}}
		cs = append(cs, Case{Name: "03-jiedao-gbk-csv-clean",
			Desc:   "清河街道党工委（街道）：DOCX 报告，全区6个街道的汇总数字与本街道数字并列；台账为 GBK 编码 CSV，标题行与填报单位行在表头之上、填表人行在末尾，日期写作2024/6/30；纪要：党工委会议3次、专题民主生活会。数字均相符，应无发现。",
			Info:   info("中共璟川市清河区清河街道工作委员会", "清河区委第二巡察组（2024年第一轮巡察）", "2024-04-10", "2024-07-15", "2024-07-31"),
			Ledger: l,
			Docs: []Doc{{Src: "03-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/01.docx", Kind: "docx", Text: minutes("清河街道党工委会议纪要", "〔2024〕第8期", "2024-04-18", "街道办三楼会议室", "党工委书记杨振华", "党工委委员龚丽、石磊、谢宏、钟海波", "会议传达区委巡察反馈意见，研究部署巡察整改工作，审议通过整改方案。")},
				{Dst: "minutes/02.docx", Kind: "docx", Text: minutes("清河街道党工委会议纪要", "〔2024〕第11期", "2024-05-20", "街道办三楼会议室", "党工委书记杨振华", "党工委委员龚丽、石磊、谢宏、钟海波", "会议听取巡察整改进展情况汇报，研究老旧小区改造等问题的整改推进措施。")},
				{Dst: "minutes/03.docx", Kind: "docx", Text: minutes("清河街道党工委会议纪要", "〔2024〕第14期", "2024-06-24", "街道办三楼会议室", "党工委书记杨振华", "党工委委员龚丽、石磊、谢宏、钟海波", "会议对巡察整改工作进行阶段性总结，审议巡察整改情况报告。")},
				{Dst: "minutes/04.docx", Kind: "docx", Text: dlm("清河街道党工委巡察整改专题民主生活会会议记录", "2024-05-29", "街道办三楼会议室", "党工委书记杨振华", "党工委班子成员，区纪委监委、区委组织部督导组同志")}},
			Verdict: "clean", Complete: true})
	}

	// 04 — a village, report in Traditional script: 12 done claimed, the ledger
	// shows 10; the branch held a 专题组织生活会, not a democratic life meeting.
	{
		rows := mk(Cfg{Pool: village, N: 14, Leaders: []string{"村党支部书记陈永福", "村委会主任刘桂英", "村务监督委员会主任黄德明"},
			Depts: []string{"村党支部", "村委会", "村务监督委员会"}, DateFmt: 3,
			DoneText: []string{"已完成"}, Evid: []string{"会议记录", "公示照片", "收支凭证复印件"}, Feedback: "2023-05-16"})
		for _, n := range []int{3, 8, 11, 13} {
			open(rows, n, "正在整改", "2023年12月31日")
		}
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题台账", Title: "上坪村巡察反馈问题整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("问题描述", gProb), col("整改措施", gMeas), col("责任人", gLeader), col("责任单位", gDept), col("完成时限", gDeadline), col("整改情况", gStatus), col("佐证材料", gEvid)},
			Rows: rows}
		cs = append(cs, Case{Name: "04-cun-fanti-done-inflated",
			Desc:   "枫岭镇上坪村党支部（村）：繁体字 TXT 报告，称反馈问题14个、已完成整改12个、正在整改2个；台账仅10个已完成。支委会2次有纪要；专题组织生活会不是专题民主生活会，纪要中没有专题民主生活会。近20万元、300余亩为约数。",
			Info:   info("中共棠溪县枫岭镇上坪村支部委员会", "棠溪县委第四巡察组（2023年村级巡察）", "2023-05-16", "2023-08-10", "2023-08-31"),
			Ledger: l,
			Find:   []Finding{f("claim.problems-done", "done", 12, 10), f("meeting.democratic-life-missing", "", nil, nil)},
			Docs: []Doc{{Src: "04-report.txt", Dst: "report.txt", Kind: "txt"},
				{Dst: "minutes/支委会-0525.docx", Kind: "docx", Text: minutes("上坪村党支部支委会会议记录", "", "2023-05-25", "村党群服务中心", "村党支部书记陈永福", "支委刘桂英、陈小军、黄德明", "会议传达县委巡察组反馈意见，研究巡察整改方案，逐项明确14个问题的责任人和完成时限。")},
				{Dst: "minutes/支委会-0712.docx", Kind: "docx", Text: minutes("上坪村党支部支委会会议记录", "", "2023-07-12", "村党群服务中心", "村党支部书记陈永福", "支委刘桂英、陈小军、黄德明", "会议听取巡察整改进展情况，研究集体土地发包等问题的整改措施。")},
				{Dst: "minutes/专题组织生活会.docx", Kind: "docx", Text: minutes("上坪村党支部巡察整改专题组织生活会会议记录", "", "2023-06-20", "村党群服务中心", "村党支部书记陈永福", "全体党员28名，镇党委联村领导到会指导", "会议围绕巡察反馈问题，支委成员和党员逐一对照检查，开展批评和自我批评。")}},
			Verdict: "paper-rectification-suspected", Complete: true})
	}

	// 05 — a community: two minutes are photographs (PNG, JPEG); clean.
	{
		rows := mk(Cfg{Pool: street[5:], N: 12, Leaders: []string{"社区党委书记莫海燕", "社区居委会主任范志勇", "社区党委副书记卢倩"},
			Depts: []string{"社区党委", "社区居委会", "社区服务站"}, DateFmt: 3,
			DoneText: []string{"已销号"}, Evid: []string{"会议记录及照片", "公示材料", "制度文本"}, Feedback: "2024-04-10"})
		open(rows, 9, "长期坚持", "长期坚持")
		l := &Ledger{File: "ledger.xlsx", Sheet: "整改清单", Title: "桂园社区巡察反馈问题整改清单",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("问题清单", gProb), col("整改举措", gMeas), col("包保领导", gLeader), col("落实单位", gDeadlineDept), col("整改期限", gDeadline), col("销号情况", gStatus), col("销号时间", gDone), col("佐证资料", gEvid)},
			Rows: rows}
		cs = append(cs, Case{Name: "05-shequ-photo-minutes-clean",
			Desc:   "桂园社区党委（社区）：DOCX 报告；纪要中党委会议为手机拍摄的 PNG、专题民主生活会为 JPEG（字迹清楚，可识别），推进会为 DOCX；报告称党委会议1次、推进会1次、专题民主生活会1次，均有纪要。11个已销号、1个长期坚持。应无发现。",
			Info:   info("中共璟川市清河区清河街道桂园社区委员会", "清河区委第二巡察组（2024年第一轮巡察）", "2024-04-10", "2024-07-10", "2024-07-31"),
			Ledger: l,
			Docs: []Doc{{Src: "05-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/党委会议纪要.png", Kind: "png", Text: minutes("桂园社区党委会议纪要", "第5期", "2024-04-22", "社区党群服务中心二楼", "社区党委书记莫海燕", "社区党委委员范志勇、卢倩、覃伟", "会议传达区委巡察反馈意见，研究制定社区巡察整改方案，明确12个问题的包保领导和整改期限。")},
				{Dst: "minutes/专题民主生活会.jpg", Kind: "jpg", Text: minutes("桂园社区党委巡察整改专题民主生活会会议记录", "", "2024-05-16", "社区党群服务中心二楼", "社区党委书记莫海燕", "社区党委班子成员，街道党工委督导组同志", "会议围绕巡察整改，班子成员逐一对照检查，开展批评和自我批评。")},
				{Dst: "minutes/整改推进会.docx", Kind: "docx", Text: minutes("桂园社区巡察整改推进会会议纪要", "第2期", "2024-06-05", "社区党群服务中心二楼", "社区党委书记莫海燕", "社区“两委”成员、网格员代表", "会议通报巡察整改进展情况，对尚未销号事项逐项督办。")}},
			Verdict: "clean", Complete: true})
	}

	// 06 — a public institution: report as .wps; parts by aspect with 分别 and
	// 占比, 其中 立行立改 with its own state; 整改目标 column; clean.
	{
		rows := mk(Cfg{Pool: institution, N: 20, Leaders: []string{"主任欧阳建", "副主任孔令辉", "副主任常佳", "党支部书记殷涛"},
			Depts: []string{"综合科", "登记科", "档案科", "信息科", "财务科"}, DateFmt: 1,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件", "会议记录", "整改报告及附件"}, Feedback: "2024-01-18"})
		open(rows, 2, "正在推进", "2024.9.30")
		open(rows, 8, "正在推进", "2024.9.30")
		open(rows, 15, "持续推进", "长期坚持")
		goal := func(r Row) string { return "确保整改到位，形成长效机制" }
		coop := func(r Row) string { return []string{"办公室", "综合科", "信息科"}[r.No%3] }
		l := &Ledger{File: "ledger.xlsx", Sheet: "整改台账", Title: "璟川市不动产登记中心巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("整改目标", goal), col("整改措施", gMeas), col("责任领导", gLeader), col("责任科室", gDept), col("配合科室", coop), col("完成时限", gDeadline), col("整改进度", gStatus), col("佐证资料", gEvid), col("备注", gNote)},
			Rows: rows, MergeCat: true}
		cs = append(cs, Case{Name: "06-shiye-wps-shares-clean",
			Desc:   "璟川市不动产登记中心（事业单位）：WPS（.wps）报告；按方面的问题数以“分别占40%、30%和30%”写出，完成率85%=17/20；其中立行立改3个已全部完成；台账有整改目标（确保整改到位…）和配合科室两列；纪要：专题会议3次、专题民主生活会。应无发现。",
			Info:   info("璟川市不动产登记中心", "璟川市委第一巡察组（2023年第四轮巡察）", "2024-01-18", "2024-04-26", "2024-04-30"),
			Ledger: l,
			Docs: []Doc{{Src: "06-report.txt", Dst: "report.wps", Kind: "wps"},
				{Dst: "minutes/专题会议-1.docx", Kind: "docx", Text: minutes("璟川市不动产登记中心巡察整改专题会议纪要", "〔2024〕1号", "2024-01-25", "中心四楼会议室", "主任欧阳建", "中心领导班子成员、各科室负责人", "会议研究部署市委巡察反馈问题整改工作，审议整改方案和问题清单。")},
				{Dst: "minutes/专题会议-2.docx", Kind: "docx", Text: minutes("璟川市不动产登记中心巡察整改专题会议纪要", "〔2024〕3号", "2024-02-29", "中心四楼会议室", "主任欧阳建", "中心领导班子成员、各科室负责人", "会议听取各科室巡察整改进展，研究档案查询收费等问题的整改措施。")},
				{Dst: "minutes/专题会议-3.docx", Kind: "docx", Text: minutes("璟川市不动产登记中心巡察整改专题会议纪要", "〔2024〕6号", "2024-04-11", "中心四楼会议室", "主任欧阳建", "中心领导班子成员、各科室负责人", "会议审议巡察整改情况报告，对需长期坚持的事项明确责任。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("中心党支部班子巡察整改专题民主生活会会议记录", "2024-03-14", "中心四楼会议室", "党支部书记殷涛", "中心领导班子成员，市委组织部、市纪委监委派驻纪检监察组同志")}},
			Verdict: "clean", Complete: true})
	}
	return append(cs, more2()...)
}

func gDeadlineDept(r Row) string { return r.Dept }
