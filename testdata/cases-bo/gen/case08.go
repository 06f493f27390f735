package main

// 08: 泓州职业技术学院, 省审计厅 audit of 2023's budget (report issued
// 2024-05-08), rectification report an HTML page of the college's site.
// Clean: 13 problems, 11 done, 2 长期坚持; figures partly in words; 7 rules
// against 9 evidence files; another college audited in the same round.
var ps08 = []P{
	{Asp: "预算管理", Cls: "立行立改", Title: "预算编制不够细化，年初预算代编比例偏高", Meas: "2024年6月修订《预算管理办法》，2025年预算代编比例控制在10%以内。", Lead: "副院长 宓清和", Dept: "计划财务处", Due: "2024年6月30日", St: "已完成", Done: "2024年6月18日", Ev: "01预算管理办法.pdf"},
	{Asp: "预算管理", Cls: "限期整改", Title: "部分项目预算执行率偏低", Meas: "对执行率低于60%的9个项目逐一分析，收回结余资金286万元统筹使用。", Lead: "副院长 宓清和", Dept: "计划财务处", Due: "2024年7月31日", St: "已完成", Done: "2024年7月16日", Ev: "02项目执行分析报告.pdf"},
	{Asp: "预算管理", Cls: "长期坚持", Title: "绩效目标设置不够科学", Meas: "2024年起对50万元以上项目实行事前绩效评估，由计划财务处每半年通报一次。", Lead: "院长 邝以恒", Dept: "计划财务处", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "收入管理", Cls: "立行立改", Title: "社会培训收入未及时上缴", Meas: "2024年5月将滞留在二级学院的社会培训收入58.4万元全部上缴学院财务。", Lead: "副院长 宓清和", Dept: "继续教育学院", Due: "2024年5月31日", St: "已完成", Done: "2024年5月27日", Ev: "03培训收入上缴凭证.pdf"},
	{Asp: "收入管理", Cls: "立行立改", Title: "学生宿舍住宿费收费标准未按规定公示", Meas: "2024年5月在校园网和缴费平台公示收费标准，建立收费公示年度复核制度。", Lead: "副院长 甘慕然", Dept: "学生工作处", Due: "2024年5月31日", St: "已完成", Done: "2024年5月15日", Ev: "04收费公示截图.pdf"},
	{Asp: "收入管理", Cls: "限期整改", Title: "校企合作收入分配不规范", Meas: "制定《校企合作收入管理办法》，对2023年以来的校企合作收入重新核定分配。", Lead: "院长 邝以恒", Dept: "校企合作处", Due: "2024年7月31日", St: "已完成", Done: "2024年7月22日", Ev: "05校企合作收入管理办法.pdf"},
	{Asp: "支出管理", Cls: "立行立改", Title: "超范围发放加班补贴", Meas: "对2023年加班补贴逐笔复核，收回超范围发放的加班补贴12.6万元。", Lead: "党委副书记 任秋白", Dept: "人事处", Due: "2024年5月31日", St: "已完成", Done: "2024年5月24日", Ev: "06收回补贴凭证.pdf"},
	{Asp: "支出管理", Cls: "限期整改", Title: "公务接待审批手续不全", Meas: "修订《公务接待管理办法》，6月对2023年公务接待单据逐一补正审批手续。", Lead: "党委副书记 任秋白", Dept: "党政办公室", Due: "2024年6月30日", St: "已完成", Done: "2024年6月20日", Ev: "07公务接待管理办法.pdf"},
	{Asp: "支出管理", Cls: "限期整改", Title: "实训耗材采购未执行政府采购程序", Meas: "将实训耗材纳入年度集中采购目录，2024年7月完成框架协议采购。", Lead: "副院长 甘慕然", Dept: "招标采购中心", Due: "2024年7月31日", St: "已完成", Done: "2024年7月26日", Ev: "08框架协议采购结果公告.pdf"},
	{Asp: "支出管理", Cls: "立行立改", Title: "无预算列支差旅费", Meas: "对无预算列支的差旅费23.1万元调整账务，5月起实行差旅费预算控制。", Lead: "副院长 宓清和", Dept: "计划财务处", Due: "2024年5月31日", St: "已完成", Done: "2024年5月20日", Ev: "09调账凭证.pdf"},
	{Asp: "资产管理", Cls: "限期整改", Title: "固定资产账账不符", Meas: "开展资产清查，7月完成财务账与资产账核对，调整差异金额1,021万元。", Lead: "副院长 甘慕然", Dept: "资产管理处", Due: "2024年7月31日", St: "已完成", Done: "2024年7月30日", Ev: "10资产清查报告.pdf"},
	{Asp: "资产管理", Cls: "长期坚持", Title: "实训设备使用效率不高", Meas: "建立实训设备共享平台，2024年起按学期公布设备使用率。", Lead: "院长 邝以恒", Dept: "教务处", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "资产管理", Cls: "立行立改", Title: "房屋出租未进行资产评估", Meas: "对出租的2处房屋补做资产评估，2024年6月重新公开招租。", Lead: "副院长 甘慕然", Dept: "资产管理处", Due: "2024年6月30日", St: "已完成", Done: "2024年6月28日", Ev: "11资产评估报告.pdf；12招租公告.pdf"},
}

func init() {
	c := "08-hzzy-xueyuan-clean"
	sites[c] = [2]string{
		`<div class="top"><a href="/">网站首页</a> | <a href="/xygk/">学院概况</a> | <a href="/jyjx/">教育教学</a> | <a href="/xxgk/">信息公开</a> | <a href="/zsjy/">招生就业</a></div>
<div class="loc">当前位置：首页 &gt; 信息公开 &gt; 财务信息 &gt; 审计整改</div>
<div class="info">作者：计划财务处　来源：本站原创　发布时间：2024年08月02日　访问次数：[475]</div>
`,
		`<div class="foot">Copyright © 泓州职业技术学院　地址：泓州市职教城学府大道9号　邮编：436030　电话：0736-5530001<br>岚ICP备14008621号　岚公网安备43060302000318号</div>
`}
	cols := []Col{
		{"", "序号", seq},
		{"", "问题类别", func(_ int, p P) string { return p.Asp + "方面" }},
		{"", "审计发现的问题", func(_ int, p P) string { return p.Title }},
		{"", "整改措施", func(_ int, p P) string { return p.Meas }},
		{"", "整改类型", func(_ int, p P) string { return p.Cls }},
		{"责任落实", "责任人", func(_ int, p P) string { return p.Lead }},
		{"责任落实", "整改责任单位", func(_ int, p P) string { return p.Dept }},
		{"责任落实", "完成期限", func(_ int, p P) string { return p.Due }},
		{"整改结果", "整改情况", func(_ int, p P) string { return p.St }},
		{"整改结果", "完成时间", func(_ int, p P) string { return p.Done }},
		{"整改结果", "佐证材料", func(_ int, p P) string { return p.Ev }},
	}
	ledgers[c] = func(dir string) error {
		return write(dir, "ledger.xlsx", twoRow("审计整改台账", "泓州职业技术学院2023年度预算执行审计发现问题整改台账", "", cols, ps08,
			"备注：佐证材料文件名与“evidence”文件夹中的文件一一对应。"))
	}
}
