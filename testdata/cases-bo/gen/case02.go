package main

// 02: 泓州市第一人民医院, 省审计厅 economic-responsibility audit (report
// 2024-03-28), rectification report an HTML page of the hospital's site.
// Planted: 14 problems, 12 done, the report's rate 87.5% (12/14 = 85.71%).
var ps02 = []P{
	{Asp: "财务收支管理", Cls: "立行立改", Title: "部分收入未纳入单位统一核算", Meas: "2024年4月将体检中心、停车场等4项收入全部纳入医院财务统一核算，补记收入126.4万元。", Lead: "总会计师 庞思远", Dept: "财务部", Coop: "", Due: "2024年4月30日", St: "已完成", Done: "2024年4月26日", Ev: "补记收入会计凭证.pdf；统一核算通知.pdf"},
	{Asp: "财务收支管理", Cls: "立行立改", Title: "超标准列支会议费和培训费", Meas: "对2021年至2023年会议费、培训费逐笔清理，责任人退回超标准列支款项5.8万元。", Lead: "总会计师 庞思远", Dept: "财务部", Coop: "党院办", Due: "2024年4月30日", St: "已完成", Done: "2024年4月19日", Ev: "退款凭证.pdf"},
	{Asp: "财务收支管理", Cls: "限期整改", Title: "预算执行进度偏慢，结余资金规模较大", Meas: "制定《全面预算管理实施细则》，按月通报预算执行进度，6月底前清理结余资金。", Lead: "院长 葛怀瑾", Dept: "财务部", Coop: "运营管理部", Due: "2024年6月30日", St: "已完成", Done: "2024年6月21日", Ev: "《全面预算管理实施细则》；预算执行月报"},
	{Asp: "财务收支管理", Cls: "长期坚持", Title: "成本核算体系不健全", Meas: "由总会计师庞思远牵头，2024年起分步推进科室和病种成本核算，每季度形成一次成本分析报告。", Lead: "总会计师 庞思远", Dept: "运营管理部", Coop: "财务部", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "医疗服务收费", Cls: "立行立改", Title: "超标准收取部分医疗服务费用", Meas: "对审计指出的12个收费项目立即停止违规收费，已向2,317名患者退还多收费用63.8万元。", Lead: "副院长 雷晓岚", Dept: "医保物价办公室", Coop: "信息中心", Due: "2024年4月30日", St: "已完成", Done: "2024年4月28日", Ev: "退费明细.xlsx；收费系统调整截图"},
	{Asp: "医疗服务收费", Cls: "立行立改", Title: "串换项目收费", Meas: "修订收费字典库，停用串换编码7个，2024年4月起每月开展收费自查。", Lead: "副院长 雷晓岚", Dept: "医保物价办公室", Coop: "", Due: "2024年4月30日", St: "已完成", Done: "2024年4月15日", Ev: "收费字典库修订记录"},
	{Asp: "医疗服务收费", Cls: "限期整改", Title: "医保基金结算管理不规范", Meas: "配合市医保局核查2022年以来结算数据，退回医保基金41.2万元，制定《医保结算内部审核办法》。", Lead: "副院长 雷晓岚", Dept: "医保物价办公室", Coop: "财务部", Due: "2024年6月30日", St: "已完成", Done: "2024年6月14日", Ev: "医保基金退回凭证；《医保结算内部审核办法》"},
	{Asp: "医疗服务收费", Cls: "长期坚持", Title: "物价收费内部监督机制不完善", Meas: "建立临床科室兼职物价员制度，配备兼职物价员46名，每月开展一次收费质控。", Lead: "副院长 雷晓岚", Dept: "医保物价办公室", Coop: "各临床科室", Due: "长期坚持", St: "已完成", Done: "2024年6月30日", Ev: "兼职物价员名单；收费质控记录"},
	{Asp: "药品耗材采购", Cls: "立行立改", Title: "部分高值耗材未通过省平台采购", Meas: "将平台外采购的23种高值耗材全部转入省医药采购平台，2024年5月起平台外采购实行院长审批。", Lead: "副院长 贺一鸣", Dept: "医学装备部", Coop: "药学部", Due: "2024年5月31日", St: "已完成", Done: "2024年5月23日", Ev: "平台采购记录"},
	{Asp: "药品耗材采购", Cls: "限期整改", Title: "耗材二级库管理混乱，账实不符", Meas: "6月对38个科室二级库开展盘点，上线SPD耗材管理系统，实现扫码计费。", Lead: "副院长 贺一鸣", Dept: "医学装备部", Coop: "信息中心", Due: "2024年7月15日", St: "已完成", Done: "2024年7月5日", Ev: "盘点报告；SPD系统上线验收单"},
	{Asp: "药品耗材采购", Cls: "长期坚持", Title: "药品耗材占比控制不力", Meas: "将药占比、耗占比纳入科室绩效考核，每月通报排名后5位的科室。", Lead: "院长 葛怀瑾", Dept: "药学部", Coop: "运营管理部", Due: "长期坚持", St: "长期坚持", Done: "", Ev: ""},
	{Asp: "国有资产管理", Cls: "立行立改", Title: "部分房产出租未履行报批程序", Meas: "对院外3处出租房产补办报批手续，2024年5月重新公开招租。", Lead: "副院长 贺一鸣", Dept: "后勤保障部", Coop: "", Due: "2024年5月31日", St: "已完成", Done: "2024年5月29日", Ev: "报批文件；招租公告"},
	{Asp: "国有资产管理", Cls: "限期整改", Title: "大型医用设备使用效率不高", Meas: "对单价100万元以上的31台设备开展使用效益评价，调配闲置设备2台。", Lead: "副院长 贺一鸣", Dept: "医学装备部", Coop: "", Due: "2024年6月30日", St: "已完成", Done: "2024年6月26日", Ev: "效益评价报告；调拨单"},
	{Asp: "国有资产管理", Cls: "限期整改", Title: "固定资产账实不符", Meas: "开展固定资产全面清查，核销报废资产1,264件，7月完成账务调整。", Lead: "总会计师 庞思远", Dept: "财务部", Coop: "医学装备部", Due: "2024年7月15日", St: "已完成", Done: "2024年7月12日", Ev: "清查报告；核销批复"},
}

// hospCols is a hospital ledger's columns: 责任落实 over 牵头院领导、牵头科室、
// 配合科室; 整改完成情况 over 完成情况、完成时间、支撑材料.
var hospCols = []Col{
	{"", "序号", seq},
	{"", "问题类型", func(_ int, p P) string { return p.Asp + "方面" }},
	{"", "审计发现问题", func(_ int, p P) string { return p.Title }},
	{"", "整改措施", func(_ int, p P) string { return p.Meas }},
	{"", "整改分类", func(_ int, p P) string { return p.Cls }},
	{"责任落实", "牵头院领导", func(_ int, p P) string { return p.Lead }},
	{"责任落实", "牵头科室", func(_ int, p P) string { return p.Dept }},
	{"责任落实", "配合科室", func(_ int, p P) string { return p.Coop }},
	{"", "完成时限", func(_ int, p P) string { return p.Due }},
	{"整改完成情况", "完成情况", func(_ int, p P) string { return p.St }},
	{"整改完成情况", "完成时间", func(_ int, p P) string { return p.Done }},
	{"整改完成情况", "支撑材料", func(_ int, p P) string { return p.Ev }},
	{"", "备注", func(_ int, p P) string { return p.Note }},
}

func init() {
	c := "02-hz-diyi-yiyuan-rate"
	sites[c] = [2]string{
		`<div class="top"><a href="/">医院首页</a> | <a href="/yygk/">医院概况</a> | <a href="/jzzn/">就诊指南</a> | <a href="/dwgk/">党务公开</a> | <a href="/xxgk/">信息公开</a></div>
<div class="loc">您现在的位置：首页 &gt; 信息公开 &gt; 审计整改</div>
<div class="info">发布时间：2024-07-22 09:12　来源：党院办　作者：宣传科　点击数：1,386</div>
`,
		`<div class="foot">泓州市第一人民医院　地址：泓州市健康路88号　急救电话：120　咨询电话：0736-5212000<br>岚ICP备09021736号-1　岚公网安备43060202000153号</div>
`}
	blocks[c+"@items"] = func() []string {
		return items(ps02, []string{"财务收支管理", "医疗服务收费", "药品耗材采购", "国有资产管理"}, func(a string, n int) string { return a + "方面" })
	}
	ledgers[c] = func(dir string) error {
		return write(dir, "ledger.xlsx",
			twoRow("审计整改台账", "泓州市第一人民医院审计发现问题整改台账", "", hospCols, ps02,
				"说明：整改分类按“立行立改、限期整改、长期坚持”填写；支撑材料已按序号归档至党院办。"))
	}
}
