package main

// 06: 岚江省肿瘤医院, 省委第二巡视组 (feedback 2024-05-17), report an HTML
// page of the hospital's site. Planted: 11 problems, the list said to be
// item by item (逐项整改情况如下) numbered 1–10 leaves out 医疗设备采购论证不充分
// -> arith.list-count 11 vs 10; 序号7 has no 牵头科室 (only a 配合科室)
// -> ledger.no-owner.
var ps06 = []P{
	{Asp: "党的领导", Cls: "立行立改", Title: "党委把方向管大局作用发挥不够", Meas: "2024年6月修订《党委会议事规则》，明确党委前置研究讨论重大事项清单32项。", Lead: "党委书记 范砚秋", Dept: "党委办公室", Coop: "院长办公室", Due: "2024年6月30日", St: "已完成", Done: "2024年6月13日", Ev: "党委会议事规则；重大事项清单"},
	{Asp: "党的领导", Cls: "限期整改", Title: "落实公立医院高质量发展要求有差距", Meas: "制定《医院高质量发展三年行动计划》，8月底前完成学科布局调整。", Lead: "院长 龚纪川", Dept: "发展规划部", Coop: "", Due: "2024年8月31日", St: "已完成", Done: "2024年8月26日", Ev: "三年行动计划"},
	{Asp: "党的领导", Cls: "限期整改", Title: "医疗设备采购论证不充分", Meas: "修订《大型医用设备配置论证办法》，对2022年以来采购的单价50万元以上设备开展使用评价。", Lead: "副院长 蔺书航", Dept: "设备处", Coop: "审计处", Due: "2024年8月31日", St: "已完成", Done: "2024年8月15日", Ev: "论证办法；使用评价报告"},
	{Asp: "党的领导", Cls: "长期坚持", Title: "肿瘤防治区域辐射带动作用不强", Meas: "由院长龚纪川牵头，与14家县级医院组建肿瘤专科联盟，每月派出专家下沉坐诊。", Lead: "院长 龚纪川", Dept: "医务处", Coop: "各临床科室", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "医药代表院内活动管理不严", Meas: "2024年6月起实行医药代表预约登记制度，设立接待室2个并全程录像。", Lead: "纪委书记 栾静初", Dept: "纪委办公室", Coop: "药学部", Due: "2024年6月30日", St: "已完成", Done: "2024年6月6日", Ev: "预约登记制度；接待室照片"},
	{Asp: "全面从严治党", Cls: "立行立改", Title: "违规向患者推荐院外购药", Meas: "开展专项检查，对涉及的3名医师进行诫勉谈话，7月起处方点评覆盖全部肿瘤科室。", Lead: "副院长 蔺书航", Dept: "医务处", Coop: "药学部", Due: "2024年7月31日", St: "已完成", Done: "2024年7月24日", Ev: "专项检查报告；处方点评通报"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "临床试验经费管理不规范", Meas: "修订《临床试验经费管理办法》，对在研的27项临床试验经费逐项清理。", Lead: "总会计师 暴嘉言", Dept: "", Coop: "财务处", Due: "2024年8月31日", St: "已完成", Done: "2024年8月20日", Ev: "临床试验经费管理办法；清理报告"},
	{Asp: "全面从严治党", Cls: "限期整改", Title: "后勤服务外包监管缺位", Meas: "2024年9月前重新招标保洁、安保服务，建立外包服务季度考核制度。", Lead: "副院长 宁远舟", Dept: "后勤保障处", Coop: "", Due: "2024年10月31日", St: "正在推进", Done: "", Ev: ""},
	{Asp: "干部人才队伍", Cls: "立行立改", Title: "干部选拔任用民主推荐环节不规范", Meas: "修订《中层干部选拔任用工作细则》，对2023年以来的9次中层干部选拔程序逐一复查。", Lead: "党委副书记 裘若水", Dept: "组织人事处", Coop: "", Due: "2024年6月30日", St: "已完成", Done: "2024年6月28日", Ev: "选拔任用工作细则；复查报告"},
	{Asp: "干部人才队伍", Cls: "限期整改", Title: "护理人员配备不足", Meas: "2024年招聘护士180名，12月底前床护比达到1:0.6。", Lead: "副院长 宁远舟", Dept: "护理部", Coop: "组织人事处", Due: "2024年12月31日", St: "正在推进", Done: "", Ev: ""},
	{Asp: "干部人才队伍", Cls: "立行立改", Title: "住院医师规范化培训管理松散", Meas: "2024年7月出台《住院医师规范化培训考核办法》，对86名在培住院医师开展阶段考核。", Lead: "副院长 蔺书航", Dept: "科教处", Coop: "", Due: "2024年7月31日", St: "已完成", Done: "2024年7月30日", Ev: "考核办法；考核成绩汇总表"},
}

func init() {
	c := "06-ljzl-yiyuan-liebiao"
	for i := range ps06 {
		if ps06[i].Title == "医疗设备采购论证不充分" {
			ps06[i].Cut = true
		}
	}
	sites[c] = [2]string{
		`<div class="top"><a href="/">首页</a> | <a href="/yyjj/">医院简介</a> | <a href="/kszn/">科室导航</a> | <a href="/dqgz/">党群工作</a> | <a href="/ywgk/">院务公开</a></div>
<div class="loc">当前位置：首页 &gt; 党群工作 &gt; 巡视整改</div>
<div class="info">2024-09-27　来源：党委办公室　浏览：927次</div>
`,
		`<div class="foot">岚江省肿瘤医院　版权所有　地址：泓州市湖滨路217号　预约挂号：0736-5161000<br>岚ICP备11004219号-1　网站维护：信息中心</div>
`}
	blocks[c+"@items"] = func() []string {
		return items(ps06, []string{"党的领导", "全面从严治党", "干部人才队伍"}, func(a string, n int) string { return "关于" + a + "方面（" + cnNum[n-1] + "个问题）" })
	}
	cols := []Col{
		{"", "序号", seq},
		{"", "问题类别", func(_ int, p P) string { return p.Asp }},
		{"", "巡视反馈问题", func(_ int, p P) string { return p.Title }},
		{"", "整改措施", func(_ int, p P) string { return p.Meas }},
		{"", "牵头院领导", func(_ int, p P) string { return p.Lead }},
		{"", "牵头科室", func(_ int, p P) string { return p.Dept }},
		{"", "配合科室", func(_ int, p P) string { return p.Coop }},
		{"", "完成时限", func(_ int, p P) string { return p.Due }},
		{"整改情况", "整改进展", func(_ int, p P) string { return p.St }},
		{"整改情况", "完成时间", func(_ int, p P) string { return p.Done }},
		{"整改情况", "佐证材料", func(_ int, p P) string { return p.Ev }},
	}
	ledgers[c] = func(dir string) error {
		return write(dir, "ledger.xlsx", twoRow("问题整改台账", "岚江省肿瘤医院巡视反馈问题整改台账", "填报科室：党委办公室（巡视整改办）　　统计截至：2024年9月20日", cols, ps06))
	}
}
