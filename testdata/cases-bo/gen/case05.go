package main

// 05: 岚江工程学院, 省委第九巡视组 (feedback 2024-04-02), report a PDF printed
// from Word that tells typical problems only. Planted: 院党委召开党委会议6次
// 专题研究巡视整改, minutes hold 5 党委会, one (2024-03-14) before the
// feedback -> claim.meetings party_committee 6 vs 4; 序号6 done with no
// 佐证材料 -> ledger.no-evidence.
var ps05 = []P{
	{Asp: "落实党中央决策部署", Cls: "限期整改", Title: "落实立德树人根本任务存在差距", Meas: "制定《“三全育人”综合改革实施方案》，2024年6月完成课程思政示范课程遴选30门。", Lead: "党委书记 符致远", Dept: "党委宣传部", Coop: "教务处", Due: "2024年6月30日", St: "已完成", Done: "2024年6月26日", Ev: "附件1-1 实施方案；附件1-2 遴选结果通知"},
	{Asp: "落实党中央决策部署", Cls: "长期坚持", Title: "服务区域新型工业化不够有力", Meas: "与泓州高新区共建现代产业学院2个，每年组织教师进企业实践不少于100人次。", Lead: "院长 濮承泽", Dept: "校企合作办公室", Coop: "各二级学院", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "落实党中央决策部署", Cls: "立行立改", Title: "毕业生就业质量跟踪调查不到位", Meas: "2024年5月委托第三方完成2023届毕业生就业质量跟踪调查，形成年度报告。", Lead: "副院长 郜婉宁", Dept: "招生就业处", Coop: "", Due: "2024年5月31日", St: "已完成", Done: "2024年5月24日", Ev: "附件3 就业质量年度报告"},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "违规发放考务费", Meas: "对2022年以来各类考试考务费发放情况逐笔核查，收回违规发放的考务费9.64万元。", Lead: "副院长 郜婉宁", Dept: "财务处", Coop: "教务处", Due: "2024年5月31日", St: "已完成", Done: "2024年5月17日", Ev: "附件4 收回款项凭证"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "实训设备采购验收把关不严", Meas: "对2021年以来采购的实训设备全面复验，修订《仪器设备验收管理办法》。", Lead: "副院长 殳明哲", Dept: "国有资产管理处", Coop: "审计处", Due: "2024年7月31日", St: "已完成", Done: "2024年7月19日", Ev: "附件5 复验报告、验收管理办法"},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "食堂经营承包管理不规范", Meas: "2024年5月重新公开招标确定食堂经营单位，建立食材采购月度抽检制度。", Lead: "副院长 殳明哲", Dept: "后勤服务中心", Coop: "", Due: "2024年5月31日", St: "已完成", Done: "2024年5月29日", Ev: ""},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "二级学院纪检委员履职不到位", Meas: "制定《二级学院纪检委员履职清单》，6月开展纪检委员履职培训1次。", Lead: "纪委书记 谯慎之", Dept: "纪委办公室", Coop: "党委组织部", Due: "2024年6月30日", St: "已完成", Done: "2024年6月20日", Ev: "附件7 履职清单、培训签到表"},
	{Asp: "领导班子和干部队伍", Cls: "立行立改", Title: "领导班子批评和自我批评辣味不足", Meas: "2024年5月召开巡视整改专题民主生活会，班子成员之间开展批评意见26条。", Lead: "党委书记 符致远", Dept: "党委办公室", Coop: "", Due: "2024年5月31日", St: "已完成", Done: "2024年5月21日", Ev: "附件8 民主生活会情况报告"},
	{Asp: "领导班子和干部队伍", Cls: "限期整改", Title: "中层干部考核结果运用不充分", Meas: "修订《中层领导干部年度考核办法》，将考核结果与干部选任、绩效分配挂钩。", Lead: "党委副书记 车韵秋", Dept: "党委组织部", Coop: "人事处", Due: "2024年7月31日", St: "已完成", Done: "2024年7月15日", Ev: "附件9 年度考核办法"},
	{Asp: "领导班子和干部队伍", Cls: "限期整改", Title: "“双师型”教师比例偏低", Meas: "制定《“双师型”教师认定与培养办法》，2024年暑期选派教师62人次赴企业实践。", Lead: "院长 濮承泽", Dept: "人事处", Coop: "教师发展中心", Due: "2024年8月31日", St: "已完成", Done: "2024年8月2日", Ev: "附件10 认定与培养办法、实践派遣名单"},
	{Asp: "领导班子和干部队伍", Cls: "立行立改", Title: "干部人事档案管理不规范", Meas: "对全校286份干部人事档案开展专项审核，补充完善材料417份。", Lead: "党委副书记 车韵秋", Dept: "党委组织部", Coop: "", Due: "2024年5月31日", St: "已完成", Done: "2024年5月30日", Ev: "附件11 专项审核报告"},
}

func init() {
	c := "05-ljgc-xueyuan-huiyi"
	cols := []Col{
		{"", "序号", seq},
		{"", "反馈问题", func(_ int, p P) string { return p.Title }},
		{"", "问题类别", func(_ int, p P) string { return p.Asp }},
		{"", "整改措施", func(_ int, p P) string { return p.Meas }},
		{"责任人", "牵头领导", func(_ int, p P) string { return p.Lead }},
		{"责任人", "责任部门", func(_ int, p P) string { return p.Dept }},
		{"责任人", "配合部门", func(_ int, p P) string { return p.Coop }},
		{"", "完成时限", func(_ int, p P) string { return p.Due }},
		{"整改结果", "整改状态", func(_ int, p P) string { return p.St }},
		{"整改结果", "完成时间", func(_ int, p P) string { return p.Done }},
		{"整改结果", "佐证材料（附件编号）", func(_ int, p P) string { return p.Ev }},
		{"", "备注", func(_ int, p P) string { return p.Note }},
	}
	ledgers[c] = func(dir string) error {
		return write(dir, "ledger.xlsx", twoRow("巡视整改台账", "岚江工程学院省委巡视反馈问题整改工作台账", "", cols, ps05,
			"注：佐证材料按附件编号装订成册，报送省委巡视办备查。"))
	}
}
