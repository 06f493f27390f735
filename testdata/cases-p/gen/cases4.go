package main

func more3() []Case {
	var cs []Case

	// 11 — a maternal and child hospital: one 党委会议 minutes is a PDF
	// encrypted with an open password; one row open past its deadline.
	{
		rows := mk(Cfg{Pool: hospital[3:], N: 17, Leaders: []string{"院长曹丽君", "副院长关振宇", "副院长柳青"},
			Depts: []string{"院办", "医务部", "护理部", "财务科", "后勤保障科"}, DateFmt: 1,
			DoneText: []string{"已完成"}, Evid: []string{"文件及会议记录", "自查报告", "照片"}, Feedback: "2023-06-15"})
		open(rows, 4, "正在推进", "2023.8.31")
		open(rows, 9, "正在推进", "2023.12.31")
		open(rows, 16, "正在推进", "2023.12.31")
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题整改台账", Title: "璟川市妇幼保健院巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("存在问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任部门", gDept), col("完成时限", gDeadline), col("目前进展", gStatus), col("完成时间", gDone), col("佐证资料", gEvid)},
			Rows: rows}
		cs = append(cs, Case{Name: "11-fuyou-encrypted-minutes",
			Desc:   "璟川市妇幼保健院党委（医院）：报告称党委会议2次；其中一份党委会议纪要是设置了打开密码的 PDF（文件已加密），会议规则不能运行、核查不完整；台账第4项正在推进、时限2023.8.31已过（核查基准日2023-09-30）。",
			Info:   info("中共璟川市妇幼保健院委员会", "璟川市委第二巡察组（2023年第二轮巡察）", "2023-06-15", "2023-09-20", "2023-09-30"),
			Ledger: l,
			Find:   []Finding{fr("ledger.overdue", 4, rows[3].Prob, nil, nil)},
			Docs: []Doc{{Src: "11-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/党委会议纪要-0628.docx", Kind: "docx", Text: minutes("中共璟川市妇幼保健院委员会会议纪要", "2023年第9次", "2023-06-28", "行政楼六楼会议室", "党委书记阎红", "党委委员曹丽君、关振宇、柳青、施建", "会议研究市委巡察反馈意见整改工作，审议通过整改方案。")},
				{Dst: "minutes/党委会议纪要-0809.pdf", Kind: "pdf-encrypted", Text: minutes("中共璟川市妇幼保健院委员会会议纪要", "2023年第12次", "2023-08-09", "行政楼六楼会议室", "党委书记阎红", "党委委员曹丽君、关振宇、柳青、施建", "会议听取巡察整改进展汇报，研究推进滞后事项。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("中共璟川市妇幼保健院委员会巡察整改专题民主生活会会议记录", "2023-07-20", "行政楼六楼会议室", "党委书记阎红", "党委班子成员，市纪委监委派驻纪检监察组同志")}},
			Verdict: "needs-attention", Complete: false, NotRun: meetingRules})
	}

	// 12 — an agricultural extension centre: the ledger XLSX is cut off halfway
	// (damaged); the report's own figures: 8 + 2 for 9, and 8 items listed for 9.
	{
		rows := mk(Cfg{Pool: institution[8:], N: 9, Leaders: []string{"主任龙启明", "副主任岑晓", "党支部书记包红梅"},
			Depts: []string{"办公室", "技术推广科", "财务室"}, DateFmt: 1,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件", "会议记录"}, Feedback: "2023-04-12"})
		open(rows, 8, "正在整改", "2023.12.31")
		l := &Ledger{File: "ledger.xlsx", Sheet: "整改台账", Title: "棠溪县农业技术推广中心巡察整改台账",
			Cols: []Col{col("序号", gNo), col("存在问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任股室", gDept), col("完成时限", gDeadline), col("完成情况", gStatus), col("佐证材料", gEvid)},
			Rows: rows, Truncate: true}
		cs = append(cs, Case{Name: "12-nongji-truncated-ledger",
			Desc:   "棠溪县农业技术推广中心（事业单位）：台账 XLSX 只剩前一半（文件已损坏），台账规则不能运行、核查不完整；报告自身：反馈问题9个，已完成整改8个、正在整改2个（8+2=10）；称逐项整改情况如下，只列（一）至（八）共8项，随后即“三、下一步工作打算”。",
			Info:   info("棠溪县农业技术推广中心", "棠溪县委第二巡察组（2023年第一轮巡察）", "2023-04-12", "2023-07-14", "2023-07-31"),
			Ledger: l,
			Vars:   map[string]string{"LIST8": listOf(rows[:8], "cn")},
			Find:   []Finding{f("arith.parts-sum", "problems", 9, 10), f("arith.list-count", "problems", 9, 8)},
			Docs: []Doc{{Src: "12-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/专题会议纪要.docx", Kind: "docx", Text: minutes("棠溪县农业技术推广中心巡察整改专题会议纪要", "第1期", "2023-04-25", "中心二楼会议室", "主任龙启明", "中心班子成员、各股室负责人", "会议研究部署县委巡察反馈问题整改，明确9个问题的责任领导和整改时限。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("中心党支部巡察整改专题民主生活会会议记录", "2023-05-18", "中心二楼会议室", "党支部书记包红梅", "中心领导班子成员，县农业农村局党组同志到会指导")}},
			Verdict: "paper-rectification-suspected", Complete: false, NotRun: ledgerRules})
	}

	// 13 — a primary school: 5 revised rules claimed, the rules sheet has 4.
	{
		rows := mk(Cfg{Pool: school[5:], N: 11, Leaders: []string{"校长尹春燕", "副校长齐嘉", "党支部书记毛国华"},
			Depts: []string{"校办", "教导处", "总务处"}, DateFmt: 3,
			DoneText: []string{"已完成"}, Evid: []string{"制度文本", "会议记录", "整改报告"}, Feedback: "2024-09-10"})
		rules := Sheet{Name: "制度建设", Rows: [][]string{
			{"序号", "制度名称", "新建/修订", "印发时间"},
			{"1", "《党支部“三会一课”工作规程》", "新建", "2024年10月8日"},
			{"2", "《教师师德考核实施办法》", "新建", "2024年10月8日"},
			{"3", "《党费收缴使用管理办法》", "新建", "2024年10月15日"},
			{"4", "《校服征订管理办法》", "新建", "2024年10月22日"},
			{"5", "《食堂承包经营监管办法》", "新建", "2024年10月22日"},
			{"6", "《公务接待管理规定》", "新建", "2024年11月5日"},
			{"7", "《固定资产管理办法》", "新建", "2024年11月5日"},
			{"8", "《教职工兼职取酬管理规定》", "新建", "2024年11月12日"},
			{"9", "《学校财务管理制度》", "修订", "2024年10月15日"},
			{"10", "《政府采购内部控制规程》", "修订", "2024年10月29日"},
			{"11", "《发展党员工作细则》", "修订", "2024年11月5日"},
			{"12", "《中层干部考核办法》", "修订", "2024年11月19日"},
		}}
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题整改台账", Title: "璟川市实验小学巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任部门", gDept), col("完成时限", gDeadline), col("完成情况", gStatus), col("完成时间", gDone), col("佐证材料", gEvid)},
			Rows: rows, After: []Sheet{rules}}
		cs = append(cs, Case{Name: "13-xiaoxue-revised-rules",
			Desc:    "璟川市实验小学党支部（学校）：DOCX 报告称11个问题已全部完成整改，新建制度8项、修订完善制度5项；制度建设表新建8项、修订4项。无纪要。",
			Info:    info("中共璟川市实验小学支部委员会", "璟川市委教育工委巡察组（2024年第二轮巡察）", "2024-09-10", "2024-12-13", "2024-12-31"),
			Ledger:  l,
			Find:    []Finding{f("claim.systems", "revised", 5, 4)},
			Docs:    []Doc{{Src: "13-report.txt", Dst: "report.docx", Kind: "docx"}},
			Verdict: "needs-attention", Complete: true, NotRun: meetingRules})
	}

	// 14 — a community: the report's 附件 table marks item 6 done (the ledger:
	// 正在推进) and item 9 in progress (the ledger: done); the counts agree.
	{
		rows := mk(Cfg{Pool: street, N: 16, Leaders: []string{"社区党委书记骆春梅", "社区主任吕斌", "社区副主任樊丽"},
			Depts: []string{"社区党委", "社区居委会", "社区网格站"}, DateFmt: 5,
			DoneText: []string{"已完成"}, Evid: []string{"会议记录", "照片", "台账资料"}, Feedback: "2024-05-08"})
		open(rows, 6, "正在推进，预计年底前完成", "2024年12月底")
		open(rows, 11, "正在推进", "2024年12月底")
		shown := make([]Row, len(rows))
		copy(shown, rows)
		shown[5].Status = "已完成"
		shown[8].Status = "正在推进"
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题台账", Title: "东门社区巡察反馈问题整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("存在问题", gProb), col("整改措施", gMeas), col("责任领导", gLeader), col("责任单位", gDept), col("整改时限", gDeadline), col("目前进展", gStatus), col("佐证材料", gEvid)},
			Rows: rows, MergeCat: true}
		cs = append(cs, Case{Name: "14-shequ-annex-status-swapped",
			Desc:   "城关镇东门社区党委（社区）：DOCX 报告正文称已完成整改14个、正在推进2个（与台账同）；附件问题整改清单把第6项标为已完成（台账：正在推进，预计年底前完成），第9项标为正在推进（台账已完成）。台账时限写作“6月30日前”。",
			Info:   info("中共棠溪县城关镇东门社区委员会", "棠溪县委第三巡察组（2024年第二轮巡察）", "2024-05-08", "2024-08-20", "2024-08-31"),
			Ledger: l,
			Vars:   map[string]string{"ANNEX": tableOf(shown)},
			Find:   []Finding{fr("claim.item-status", 6, rows[5].Prob, "done", "in_progress")},
			Docs: []Doc{{Src: "14-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/社区党委会议纪要.docx", Kind: "docx", Text: minutes("东门社区党委会议纪要", "2024年第6期", "2024-05-15", "社区党群服务中心", "社区党委书记骆春梅", "社区党委委员吕斌、樊丽、邝明", "会议传达县委巡察反馈意见，研究制定社区整改方案，明确16个问题的责任人。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("东门社区党委巡察整改专题民主生活会会议记录", "2024-06-13", "社区党群服务中心", "社区党委书记骆春梅", "社区党委班子成员，镇党委督导组同志")}},
			Verdict: "paper-rectification-suspected", Complete: true})
	}

	// 15 — a CDC: all minutes in one DOCX, titled by the body and number; 5
	// 党委会议 claimed, 3 held; one row done ten days after its deadline.
	{
		rows := mk(Cfg{Pool: institution, N: 19, Leaders: []string{"主任柏松", "副主任吉雯", "副主任包志远", "纪委书记米兰"},
			Depts: []string{"办公室", "疾控科", "检验科", "财务科", "人事科"}, DateFmt: 4,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件", "会议纪要", "工作报告"}, Feedback: "2024-02-20"})
		open(rows, 7, "正在推进", "2024-09-30")
		open(rows, 16, "正在推进", "2024-09-30")
		rows[7].Deadline, rows[7].Done = "2024-04-30", "2024-05-10"
		l := &Ledger{File: "ledger.xlsx", Sheet: "整改台账", Title: "璟川市疾病预防控制中心巡察整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("整改措施", gMeas), col("牵头领导", gLeader), col("牵头科室", gDept), col("完成时限", gDeadline), col("完成情况", gStatus), col("完成时间", gDone), col("佐证资料", gEvid)},
			Rows: rows}
		m := func(n, date, topic string) string {
			return minutes("中共璟川市疾病预防控制中心委员会2024年第"+n+"次会议纪要", "", date, "中心办公楼五楼会议室", "党委书记卓立新", "党委委员柏松、吉雯、包志远、米兰", topic)
		}
		combined := m("3", "2024-03-05", "会议专题研究市委巡察反馈意见整改工作，审议通过巡察整改方案和问题、任务、责任清单。") + "[pb]\n" +
			dlm("中共璟川市疾病预防控制中心委员会巡察整改专题民主生活会会议记录", "2024-03-26", "中心办公楼五楼会议室", "党委书记卓立新", "党委班子成员，市纪委监委派驻纪检监察组同志") + "[pb]\n" +
			m("5", "2024-04-09", "会议听取巡察整改进展情况汇报，研究专项经费使用等问题的整改措施。") + "[pb]\n" +
			m("7", "2024-05-14", "会议审议巡察整改情况报告，对尚未完成的整改事项明确时限。")
		cs = append(cs, Case{Name: "15-jikong-combined-minutes",
			Desc:   "璟川市疾病预防控制中心党委（事业单位）：纪要汇编为一个 DOCX，含“中共…委员会2024年第3/5/7次会议纪要”3次党委会和1次专题民主生活会；报告称召开党委会议5次专题研究巡察整改；台账第8项时限2024-04-30、完成时间2024-05-10。",
			Info:   info("中共璟川市疾病预防控制中心委员会", "璟川市委第四巡察组（2024年第一轮巡察）", "2024-02-20", "2024-05-28", "2024-05-31"),
			Ledger: l,
			Find:   []Finding{f("claim.meetings", "party_committee", 5, 3), fr("ledger.overdue", 8, rows[7].Prob, nil, nil)},
			Docs: []Doc{{Src: "15-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/2024年巡察整改会议纪要汇编.docx", Kind: "docx", Text: combined}},
			Verdict: "paper-rectification-suspected", Complete: true})
	}

	// 16 — a township health centre: the round's figures over 12 units and the
	// previous round's beside its own; clean.
	{
		rows := mk(Cfg{Pool: hospital[10:], N: 15, Leaders: []string{"院长阮志强", "副院长甘露", "党支部书记卫红"},
			Depts: []string{"院办", "医务室", "财务室", "公卫科"}, DateFmt: 6,
			DoneText: []string{"已整改到位"}, Evid: []string{"制度文件", "会议记录", "照片"}, Feedback: "2024-06-12"})
		open(rows, 5, "正在整改", "2024年12月底")
		open(rows, 13, "正在整改", "2024年12月底")
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题清单", Title: "湄岭镇卫生院巡察反馈问题整改台账",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("反馈问题", gProb), col("整改措施", gMeas), col("责任人", gLeader), col("责任科室", gDept), col("整改时限", gDeadline), col("整改情况", gStatus), col("佐证材料", gEvid), col("备注", gNote)},
			Rows: rows}
		cs = append(cs, Case{Name: "16-weishengyuan-round-figures-clean",
			Desc:   "湄岭镇卫生院党支部（乡镇卫生院）：DOCX 报告先写县委第二轮巡察对12家单位反馈问题286个、上一轮巡察9个问题已全部整改，再写本院问题15个、已完成整改13个、正在整改2个、完成率86.7%；支委会2次、专题民主生活会均有纪要；台账时限写作2024年7月底。应无发现。",
			Info:   info("中共棠溪县湄岭镇卫生院支部委员会", "棠溪县委第二巡察组（2024年第二轮巡察）", "2024-06-12", "2024-09-10", "2024-09-30"),
			Ledger: l,
			Docs: []Doc{{Src: "16-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/支委会-1.docx", Kind: "docx", Text: minutes("湄岭镇卫生院党支部支委会会议记录", "", "2024-06-25", "卫生院会议室", "党支部书记卫红", "支委阮志强、甘露、龚平", "会议传达县委巡察反馈意见，研究巡察整改方案，明确15个问题的责任人和整改时限。")},
				{Dst: "minutes/支委会-2.docx", Kind: "docx", Text: minutes("湄岭镇卫生院党支部支委会会议记录", "", "2024-08-06", "卫生院会议室", "党支部书记卫红", "支委阮志强、甘露、龚平", "会议听取巡察整改进展，研究医保基金使用监管等问题的整改措施。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: dlm("湄岭镇卫生院党支部班子巡察整改专题民主生活会会议记录", "2024-07-18", "卫生院会议室", "党支部书记卫红", "卫生院班子成员，镇党委、县卫健局党组同志到会指导")}},
			Verdict: "clean", Complete: true})
	}
	return cs
}
