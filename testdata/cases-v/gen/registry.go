package main

func cj(unit, round, feedback, report, asOf string) string {
	return `{"unit": "` + unit + `", "round": "` + round + `", "feedback_date": "` + feedback + `", "report_date": "` + report + `", "as_of": "` + asOf + `"}`
}

var cases = []caseDef{
	{"01-shuiwu-jingze-clean", cj("中共岚州市水务局党组", "岚州市审计局2023年经济责任审计", "2023-06-15", "2023-10-20", "2023-10-31"), "docx", false, minutes01, case01},
	{"02-caizheng-daifuhe", cj("中共汀溪县财政局党组", "汀溪县审计局2023年度预算执行审计", "2023-09-08", "2024-01-15", "2024-01-31"), "pdf", false, minutes02, case02},
	{"03-ducha-xinfang-csv", cj("中共汀溪县委", "省第三生态环境保护督察组（2023年）", "2023-05-12", "2023-11-30", "2023-12-15"), "docx", false, minutes03, case03},
	{"04-chengtou-xls-fenxiang", cj("中共岚州城市建设投资集团有限公司委员会", "岚州市审计局2023年政府投资项目专项审计", "2023-07-20", "2023-12-10", "2023-12-31"), "docx", false, minutes04, case04},
	{"05-shuili-wps-xiaohao", cj("中共沅北省水利厅党组", "审计署驻沅北特派员办事处2023年度预算执行审计", "2023-08-25", "2023-12-20", "2023-12-31"), "wps", false, minutes05, case05},
	{"06-yiyuan-gbk-yuqi", cj("中共汀溪县人民医院委员会", "汀溪县审计局2023年经济责任审计", "2023-04-18", "2023-12-28", "2024-01-31"), "doc", false, minutes06, case06},
	{"07-gongjijin-beizhu", cj("中共岚州市住房公积金管理中心党组", "岚州市审计局2023年专项审计调查", "2023-05-22", "2023-09-28", "2023-09-30"), "pdf", false, minutes07, case07},
	{"08-nongye-ods", cj("中共岚州市农业农村局党组", "岚州市审计局2023年涉农资金专项审计", "2023-06-30", "2023-11-15", "2023-11-30"), "docx", false, minutes08, case08},
	{"09-jiaotong-jiami", cj("中共汀溪县交通运输局党组", "汀溪县审计局2023年经济责任审计", "2023-03-16", "2023-08-30", "2023-08-31"), "docx", false, minutes09, case09},
	{"10-jiaoyu-gif", cj("中共岚州市教育局党组", "岚州市审计局2023年经济责任审计", "2023-10-12", "2024-03-05", "2024-03-31"), "pdf", false, minutes10, case10},
	{"11-yibao-png", cj("中共汀溪县医疗保障局党组", "汀溪县审计局2023年医保基金专项审计", "2023-08-08", "2023-12-26", "2023-12-31"), "docx", false, minutes11, case11},
	{"12-chengguan-xiansuo", cj("中共岚州市城市管理局党组", "岚州市审计局2023年经济责任审计", "2023-06-05", "2023-12-20", "2024-01-10"), "docx", false, minutes12, case12},
	{"13-ducha-huitoukan", cj("中共岚州市澄河区委", "第二轮沅北省生态环境保护督察", "2023-09-20", "2024-01-20", "2024-01-31"), "docx", false, minutes13, case13},
	{"14-weijian-zhuxiang", cj("中共岚州市卫生健康委员会党组", "岚州市审计局2023年度预算执行审计", "2023-07-06", "2023-11-30", "2023-12-15"), "docx", false, minutes14, case14},
	{"15-zhujian-gbk-liebiao", cj("中共汀溪县住房和城乡建设局党组", "汀溪县审计局2023年经济责任审计", "2023-05-30", "2023-10-25", "2023-10-31"), "txt", true, minutes15, case15},
	{"16-shichang-huizong", cj("中共岚州市市场监督管理局党组", "岚州市审计局2023年度市本级预算执行审计", "2023-08-15", "2023-12-18", "2023-12-31"), "docx", false, minutes16, case16},
}
