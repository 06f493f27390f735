package main

// 03: 岚江师范大学, 省委第五巡视组 (feedback 2024-05-10), report an HTML page
// of the university's site. Planted: 15 problems, the report says 14 done;
// the ledger has 13 done: 序号9 正在推进 (its deadline 2024年12月31日 still
// ahead) though the report's item 9 says 已完成整改.
var ps03 = []P{
	{Asp: "党的领导和办学治校", Cls: "立行立改", Title: "党委会议题把关不严，部分事项未经充分酝酿即上会", Meas: "修订《党委会议事规则》，2024年6月起议题实行“三审”制。", Lead: "党委书记 聂文渊", Dept: "党委办公室", Coop: "校长办公室", Due: "2024年6月30日", St: "已完成", Done: "2024年6月11日", Ev: "附件1：《党委会议事规则》（岚师大党发〔2024〕21号）"},
	{Asp: "党的领导和办学治校", Cls: "限期整改", Title: "“十四五”规划中期任务推进滞后", Meas: "7月完成规划中期评估，对滞后的11项指标逐项制定赶超措施。", Lead: "校长 岑望舒", Dept: "发展规划处", Coop: "", Due: "2024年8月31日", St: "已完成", Done: "2024年8月20日", Ev: "附件2：中期评估报告"},
	{Asp: "党的领导和办学治校", Cls: "立行立改", Title: "意识形态阵地管理存在薄弱环节", Meas: "对全校56个网站、新媒体账号全面排查，关停僵尸账号9个，建立新媒体备案台账。", Lead: "党委副书记 温以宁", Dept: "党委宣传部", Coop: "网络信息中心", Due: "2024年6月30日", St: "已完成", Done: "2024年6月24日", Ev: "附件3：排查报告、备案台账"},
	{Asp: "党的领导和办学治校", Cls: "限期整改", Title: "内部控制制度执行不到位", Meas: "2024年7月印发《内部控制手册（2024年版）》，开展内控评价1次。", Lead: "总会计师 贝启航", Dept: "财务处", Coop: "审计处", Due: "2024年8月31日", St: "已完成", Done: "2024年8月9日", Ev: "附件4：《内部控制手册（2024年版）》"},
	{Asp: "党的领导和办学治校", Cls: "长期坚持", Title: "教师教育特色优势不够突出", Meas: "由校长岑望舒牵头，实施“卓越教师培养计划2.0”，每年遴选卓越教师实验班学生120名。", Lead: "校长 岑望舒", Dept: "教务处", Coop: "教师教育学院", Due: "长期坚持", St: "长期坚持", Done: "", Ev: "附件5：实施方案"},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "违规收取培训费", Meas: "对继续教育学院2022年以来举办的培训班逐一清查，退还学员培训费17.3万元。", Lead: "副校长 牟书禾", Dept: "继续教育学院", Coop: "财务处", Due: "2024年6月30日", St: "已完成", Done: "2024年6月19日", Ev: "附件6：退费明细、银行回单"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "政府采购化整为零规避公开招标", Meas: "修订《采购管理办法》，对2023年以来的采购项目开展专项审计。", Lead: "总会计师 贝启航", Dept: "国有资产与采购管理处", Coop: "审计处", Due: "2024年8月31日", St: "已完成", Done: "2024年8月16日", Ev: "附件7：《采购管理办法》、专项审计报告"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "公务用车管理不规范", Meas: "7月对公务用车使用记录全面核查，安装北斗定位设备14台。", Lead: "副校长 牟书禾", Dept: "后勤管理处", Coop: "", Due: "2024年7月31日", St: "已完成", Done: "2024年7月26日", Ev: "附件8：核查报告、设备安装验收单"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "校办企业监管缺位", Meas: "对2家校办企业开展财务审计，9月前完成资产清查和股权梳理。", Lead: "总会计师 贝启航", Dept: "资产经营公司", Coop: "审计处", Due: "2024年12月31日", St: "正在推进", Done: "", Ev: "", Note: "资产清查已完成，股权梳理进行中"},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "基层纪检组织作用发挥不充分", Meas: "为18个二级学院党组织配齐纪检委员，2024年6月举办纪检委员培训班1期。", Lead: "纪委书记 项怀礼", Dept: "纪委办公室", Coop: "党委组织部", Due: "2024年6月30日", St: "已完成", Done: "2024年6月28日", Ev: "附件10：任职批复、培训签到表"},
	{Asp: "干部人才队伍和基层党建", Cls: "限期整改", Title: "干部交流轮岗不够", Meas: "制定《中层干部交流轮岗实施办法》，7月对在同一岗位任职满8年的12名中层干部进行交流。", Lead: "党委副书记 温以宁", Dept: "党委组织部", Coop: "", Due: "2024年7月31日", St: "已完成", Done: "2024年7月18日", Ev: "附件11：实施办法、任免文件"},
	{Asp: "干部人才队伍和基层党建", Cls: "立行立改", Title: "师德失范问题处理偏软", Meas: "修订《教师师德失范行为处理办法》，对2起师德失范问题重新处理。", Lead: "党委副书记 温以宁", Dept: "党委教师工作部", Coop: "人事处", Due: "2024年6月30日", St: "已完成", Done: "2024年6月20日", Ev: "附件12：处理办法、处理决定"},
	{Asp: "干部人才队伍和基层党建", Cls: "限期整改", Title: "党支部标准化建设不平衡", Meas: "8月底前对全校142个党支部开展达标验收。", Lead: "党委副书记 温以宁", Dept: "党委组织部", Coop: "各二级党组织", Due: "2024年8月31日", St: "已完成", Done: "2024年8月28日", Ev: "附件13：验收通报"},
	{Asp: "干部人才队伍和基层党建", Cls: "立行立改", Title: "学生党员发展程序不规范", Meas: "对2023年发展的213名学生党员档案逐一复核，补正材料31份。", Lead: "党委副书记 温以宁", Dept: "党委学生工作部", Coop: "", Due: "2024年6月30日", St: "已完成", Done: "2024年6月14日", Ev: "附件14：复核登记表"},
	{Asp: "干部人才队伍和基层党建", Cls: "限期整改", Title: "青年教师培养体系不健全", Meas: "出台《青年教师导师制实施办法》，2024年秋季学期起为新入职教师配备导师。", Lead: "校长 岑望舒", Dept: "人事处", Coop: "教师发展中心", Due: "2024年9月10日", St: "已完成", Done: "2024年8月30日", Ev: "附件15：《青年教师导师制实施办法》"},
}

func init() {
	c := "03-ljsf-daxue-zhuangtai"
	sites[c] = [2]string{
		`<div class="top"><a href="/">学校首页</a> | <a href="/xxgk/">学校概况</a> | <a href="/djgz/">党建工作</a> | <a href="/xwzx/">新闻中心</a> | <a href="/xxgkw/">信息公开网</a></div>
<div class="loc">当前位置：首页 &gt; 信息公开网 &gt; 巡视整改专栏 &gt; 正文</div>
<div class="info">发布日期：2024年09月13日　信息来源：党委办公室　审核：校巡视整改办　阅读量：2053</div>
`,
		`<div class="foot">版权所有：岚江师范大学　地址：岚江省泓州市师大路1号　邮编：436001<br>岚ICP备05003127号　技术支持：网络信息中心</div>
`}
	blocks[c+"@items"] = func() []string {
		return items(ps03, []string{"党的领导和办学治校", "全面从严治党", "干部人才队伍和基层党建"}, func(a string, n int) string { return a + "方面（" + cnNum[n-1] + "个问题）" })
	}
	cols := []Col{
		{"", "序号", seq},
		{"", "问题类别", func(_ int, p P) string { return p.Asp }},
		{"", "问题表现", func(_ int, p P) string { return p.Title }},
		{"", "整改措施", func(_ int, p P) string { return p.Meas }},
		{"", "整改时限", func(_ int, p P) string { return p.Due }},
		{"责任主体", "牵头校领导", func(_ int, p P) string { return p.Lead }},
		{"责任主体", "责任处室", func(_ int, p P) string { return p.Dept }},
		{"责任主体", "协办处室", func(_ int, p P) string { return p.Coop }},
		{"整改落实情况", "目前进展", func(_ int, p P) string { return p.St }},
		{"整改落实情况", "完成时间", func(_ int, p P) string { return p.Done }},
		{"整改落实情况", "佐证资料", func(_ int, p P) string { return p.Ev }},
		{"", "备注", func(_ int, p P) string { return p.Note }},
	}
	for i := range ps03 {
		if ps03[i].Title == "校办企业监管缺位" {
			ps03[i].RSt = "已完成整改。"
		}
	}
	ledgers[c] = func(dir string) error {
		return write(dir, "ledger.xlsx", twoRow("巡视整改台账", "岚江师范大学省委巡视反馈问题整改台账", "", cols, ps03))
	}
}
