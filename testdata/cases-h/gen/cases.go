package main

import "fmt"

var (
	stdKeys = []string{"no", "cat", "title", "meas", "lead", "dept", "deadline", "status", "done", "ev", "note"}
	stdHead = []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "完成时间", "佐证资料", "备注"}
	done1   = []string{"已完成"}
	doneMix = []string{"已完成", "已完成，已建立长效机制", "已整改到位", "已销号"}
	prog1   = []string{"正在推进，预计年底前完成", "持续推进", "整改中"}
	footer  = []string{"说明：整改进度按“已完成、正在推进、未完成”填写。", "填表人：李娜    审核人：王立新    填报日期：2023年9月18日"}
)

func info(unit, round string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": "2023-06-15", "report_date": "2023-09-20", "as_of": "2023-09-30"}
}

func std(name, title string, ps []P) Sheet {
	return Sheet{Name: name, Title: title, Head: stdHead, Rows: lay(stdKeys, ps), Footer: footer}
}

func pcs(unit, format string, dates ...string) []File {
	var out []File
	for i, d := range dates {
		out = append(out, pc(fmt.Sprintf("党组会议-%d", i+1), format, fmt.Sprintf("%s2023年第%d次会议纪要", unit, 4+i), d))
	}
	return out
}

func with(fs []File, more ...File) []File { return append(fs, more...) }

var cases = []Case{
	func() Case {
		ps := gen("DDDDDDDDDDPP", iso, doneMix, prog1)
		return Case{Dir: "01-yanting-caizheng-clean", Info: info("中共雁汀市财政局党组", "市委第三巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "01.txt"}, Ledger: "ledger.xlsx",
			Sheets: []Sheet{{Name: "巡察整改台账", Title: "市财政局巡察反馈问题整改台账",
				Head: []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改情况", "", "", "备注"},
				Sub:  []string{"", "", "", "", "", "", "", "目前进展", "完成时间", "佐证资料", ""},
				Rows: lay(stdKeys, ps), Footer: footer}},
			Minutes: with(pcs("中共雁汀市财政局党组", "docx", "2023年7月5日", "2023年7月26日", "2023年8月30日"),
				dlm("民主生活会", "docx", "中共雁汀市财政局党组", "2023年7月18日"))}
	}(),
	func() Case {
		ps := gen("DDDPDDDDPDDDPDDPDP", cn, doneMix, prog1)
		sum := Sheet{Name: "汇总", Title: "巡察反馈问题整改情况汇总表", Head: []string{"问题类别", "反馈问题数", "已完成", "正在整改"},
			Rows: [][]string{{"政治建设方面", "6", "5", "1"}, {"党的领导方面", "6", "4", "2"}, {"全面从严治党方面", "6", "4", "2"}, {"合计", "18", "13", "5"}}}
		return Case{Dir: "02-fengzhu-jiaoyu-done-inflated", Info: info("中共枫渚县教育局党组", "县委第二巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "txt", Text: "02.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{sum, std("明细", "县教育局巡察反馈问题整改明细表", ps)},
			Minutes: with(pcs("中共枫渚县教育局党组", "pdf", "2023年6月28日", "2023年8月9日"), dlm("专题民主生活会", "txt", "中共枫渚县教育局党组", "2023年7月20日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDP", slash, done1, []string{"长期坚持"})
		keys := []string{"no", "title", "meas", "dept", "lead", "deadline", "status", "done", "ev"}
		head := []string{"序号", "存在问题", "整改举措", "牵头科室", "牵头领导", "整改期限", "完成情况", "完成时间", "佐证材料"}
		ms := []File{}
		for i, d := range []string{"2023年6月21日", "2023年7月12日", "2023年8月2日", "2023年9月6日"} {
			ms = append(ms, pc(fmt.Sprintf("局党组会-%d", i+1), "docx", fmt.Sprintf("局党组2023年第%d次会议纪要", 5+i), d))
		}
		ms = append(ms, File{Name: "局长办公会", Format: "docx", Text: meeting("澄屿县水利局局长办公会议纪要", "2023年7月26日", "局长", rectBody)},
			dlm("民主生活会", "docx", "中共澄屿县水利局党组", "2023年7月19日"))
		return Case{Dir: "03-chengyu-shuili-meetings", Info: info("中共澄屿县水利局党组", "县委第四巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "03.txt"}, Ledger: "ledger.csv",
			Sheets: []Sheet{{Head: head, Rows: lay(keys, ps)}}, Minutes: ms}
	}(),
	func() Case {
		ps := gen("DDDDDPDDDDPDDDDPDDDPD", slash, doneMix, prog1)
		ms := []File{}
		for i, d := range []string{"2023年6月26日", "2023年8月16日"} {
			ms = append(ms, pc(fmt.Sprintf("党委扩大会-%d", i+1), "pdf", fmt.Sprintf("中共璟川市卫生健康委员会委员会2023年第%d次党委（扩大）会议纪要", 9+i), d))
		}
		ms = append(ms, dlm("专题民主生活会", "docx", "中共璟川市卫生健康委员会委员会", "2023年7月14日"))
		return Case{Dir: "04-jingchuan-weijian-rate", Info: info("中共璟川市卫生健康委员会委员会", "市委第一巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "pdf", Text: "04.txt"}, Ledger: "ledger.xlsx",
			Sheets: []Sheet{std("问题整改台账", "市卫健委巡察反馈问题整改台账", ps)}, Minutes: ms}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDDDDDD", iso, done1, prog1)
		return Case{Dir: "05-yanting-zhujian-ods-unread", Info: info("中共雁汀市住房和城乡建设局党组", "市委第五巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "05.txt"}, Ledger: "ledger.ods",
			Sheets:  []Sheet{std("问题整改台账", "市住建局巡察反馈问题整改台账", ps)},
			Minutes: with(pcs("中共雁汀市住房和城乡建设局党组", "docx", "2023年6月30日", "2023年8月11日"), dlm("民主生活会", "docx", "中共雁汀市住房和城乡建设局党组", "2023年7月21日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDPP", iso, done1, prog1)
		ps[4].Ev = ""
		sp := func(n int, d string) File {
			return File{Name: fmt.Sprintf("专题会-%d", n), Format: "docx", Text: meeting(fmt.Sprintf("县市场监管局巡察整改专题会议纪要（第%d期）", n), d, "党组书记、局长", rectBody)}
		}
		third := sp(3, "2023年8月24日")
		third.Format = "rtf"
		return Case{Dir: "06-fengzhu-shijian-rtf-unread", Info: info("中共枫渚县市场监督管理局党组", "县委第一巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "txt", Text: "06.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "县市场监管局巡察整改台账", ps)},
			Minutes: []File{sp(1, "2023年6月29日"), sp(2, "2023年7月27日"), third, dlm("民主生活会", "docx", "中共枫渚县市场监督管理局党组", "2023年7月13日")}}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDDDDDDDDDDDDPPPPNN", dot, doneMix, prog1)
		return Case{Dir: "07-chengyu-nongye-broken-pdf", Info: info("中共澄屿县农业农村局党组", "县委第三巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "07.txt"}, Ledger: "ledger.xlsx",
			Sheets: []Sheet{std("问题整改台账", "县农业农村局巡察反馈问题整改台账", ps)},
			Minutes: with(pcs("中共澄屿县农业农村局党组", "docx", "2023年6月27日", "2023年8月22日"),
				dlm("民主生活会", "docx", "中共澄屿县农业农村局党组", "2023年7月25日"), File{Name: "扫描-党组会议纪要", Format: "broken"})}
	}(),
	func() Case {
		ps := gen("DDDPDDDDPDDNDDP", dot, doneMix, prog1)
		ps[3].Deadline = "2023.11.30"
		ps[11].Deadline = "2023.10.31"
		ps[5].Deadline, ps[5].Done = "2023.10.15", "2023.10.25"
		in := info("中共璟川市自然资源和规划局党组", "市委第二巡察组（2023年第一轮巡察）")
		in["report_date"], in["as_of"] = "2023-12-10", "2023-12-20"
		return Case{Dir: "08-jingchuan-ziran-xls-overdue", Info: in,
			Report: File{Name: "report", Format: "doc", Text: "08.txt"}, Ledger: "ledger.xls",
			Sheets:  []Sheet{std("问题整改台账", "市自然资源和规划局巡察整改台账", ps)},
			Minutes: with(pcs("中共璟川市自然资源和规划局党组", "doc", "2023年7月3日", "2023年10月17日"), dlm("民主生活会", "doc", "中共璟川市自然资源和规划局党组", "2023年8月8日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDD", cn, done1, prog1)
		unit := "中共枫渚县审计局党组"
		var combined string
		for i, d := range []string{"2023年6月25日", "2023年7月20日", "2023年8月17日"} {
			combined += meeting(fmt.Sprintf("%s2023年第%d次会议纪要", unit, 6+i), d, "党组书记、局长", rectBody) + "\n"
		}
		return Case{Dir: "09-fengzhu-shenji-combined-minutes", Info: info(unit, "县委第一巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "txt", Text: "09.txt"}, Ledger: "ledger.xlsx",
			Sheets: []Sheet{std("问题整改台账", "县审计局巡察反馈问题整改台账", ps)},
			Minutes: []File{{Name: "2023年党组会议纪要汇编（6-8月）", Format: "docx", Text: combined},
				pc("党组会议-9月", "pdf", unit+"2023年第9次会议纪要", "2023年9月12日"), dlm("民主生活会", "txt", unit, "2023年7月6日")}}
	}(),
	func() Case {
		ps := gen("DDDDPDDDDPD", iso, done1, prog1)
		unit := "中共澄屿县交通运输局党组"
		annual := File{Name: "2022年度民主生活会", Format: "docx", Text: meeting(unit+"2022年度民主生活会会议记录", "2023年1月12日", "党组书记",
			"会议围绕学习贯彻党的二十大精神，班子成员开展批评和自我批评。")}
		return Case{Dir: "10-chengyu-jiaotong-dlm-missing", Info: info(unit, "县委第二巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "10.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "县交通运输局巡察整改台账", ps)},
			Minutes: with(pcs(unit, "docx", "2023年6月29日", "2023年8月10日"), annual)}
	}(),
	func() Case {
		ps := gen("DDDDDDDD", iso, done1, prog1)
		clues := Sheet{Name: "问题线索台账", Title: "巡察移交问题线索办理台账", Head: []string{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			Rows: [][]string{
				{"1", "YT-XC4-2023-01", "张某某", "违规收受礼金", "2023-06-20", "驻局纪检监察组", "谈话函询", "2023-07-28", "已办结"},
				{"2", "YT-XC4-2023-02", "李某某", "违规发放补贴", "2023-06-20", "驻局纪检监察组", "初步核实", "2023-08-10", "已办结"},
				{"3", "YT-XC4-2023-03", "王某某", "插手工程项目", "2023-06-20", "驻局纪检监察组", "初步核实", "", "正在核查"},
				{"4", "YT-XC4-2023-04", "陈某某", "违规使用公车", "2023-06-20", "驻局纪检监察组", "谈话函询", "2023-07-14", "已办结"},
				{"5", "YT-XC4-2023-05", "刘某某", "履职不力", "2023-06-20", "局机关党委", "谈话函询", "2023-08-02", "已了结"}}}
		acc := Sheet{Name: "问责情况", Title: "巡察整改问责情况统计表", Head: []string{"序号", "姓名", "职务", "问责方式", "问责时间"},
			Rows: [][]string{
				{"1", "张某某", "科长", "党纪处分（党内警告）", "2023-08-15"},
				{"2", "赵某某", "副科长", "党纪处分（党内严重警告）", "2023-08-15"},
				{"3", "钱某某", "中队长", "组织处理（免职）", "2023-08-22"},
				{"4", "孙某某", "科员", "诫勉", "2023-07-30"},
				{"5", "周某某", "科员", "诫勉", "2023-07-30"},
				{"6", "吴某某", "副中队长", "通报批评", "2023-08-05"}}}
		return Case{Dir: "11-yanting-chengguan-clues-accountability", Info: info("中共雁汀市城市管理局党组", "市委第四巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "11.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "市城管局巡察整改台账", ps), clues, acc},
			Minutes: with(pcs("中共雁汀市城市管理局党组", "docx", "2023年6月30日", "2023年8月18日"), dlm("民主生活会", "pdf", "中共雁汀市城市管理局党组", "2023年7月28日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDP", iso, done1, prog1)
		rules := Sheet{Name: "制度建设", Title: "巡察整改制度建设清单", Head: []string{"序号", "制度名称", "新建/修订", "印发时间"}}
		names := []string{"机关财务管理办法", "公务接待管理规定", "政府采购内部控制规程", "干部教育培训实施办法", "档案管理制度", "合同管理办法", "固定资产管理办法",
			"“三重一大”决策实施办法", "党组议事规则", "意识形态工作责任制实施细则", "公务用车管理办法", "内部审计工作规定", "财务报销审核规定"}
		for i, n := range names {
			kind := "新建"
			if i >= 7 {
				kind = "修订"
			}
			rules.Rows = append(rules.Rows, []string{fmt.Sprint(i + 1), "《" + n + "》", kind, fmt.Sprintf("2023-08-%02d", 1+i)})
		}
		money := Sheet{Name: "资金清退明细", Head: []string{"序号", "清退项目", "清退金额（元）", "清退时间"},
			Rows: [][]string{{"1", "超标准发放加班补贴", "78600", "2023-08-20"}, {"2", "违规发放交通补贴", "45000", "2023-08-25"}, {"", "合计", "123600", ""}}}
		return Case{Dir: "12-jingchuan-renshe-systems", Info: info("中共璟川市人力资源和社会保障局党组", "市委第三巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "12.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "市人社局巡察整改台账", ps), rules, money},
			Minutes: with(pcs("中共璟川市人力资源和社会保障局党组", "docx", "2023年7月4日", "2023年8月29日"), dlm("民主生活会", "docx", "中共璟川市人力资源和社会保障局党组", "2023年7月31日"))}
	}(),
	func() Case {
		ps := gen("DDPDDPPP", iso, []string{"已完成，已建立长效机制"}, []string{"正在推进，预计年底前完成"})
		return Case{Dir: "13-fengzhu-weijian-item-status", Info: info("中共枫渚县卫生健康局党组", "县委第三巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "13.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "县卫健局巡察整改台账", ps)},
			Minutes: with(pcs("中共枫渚县卫生健康局党组", "docx", "2023年6月30日", "2023年8月24日"), dlm("民主生活会", "docx", "中共枫渚县卫生健康局党组", "2023年7月26日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDDD", dot, doneMix, prog1)
		return Case{Dir: "14-chengyu-minzheng-list-count", Info: info("中共澄屿县民政局党组", "县委第一巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "docx", Text: "14.txt"}, Ledger: "ledger.xlsx",
			Sheets:  []Sheet{std("问题整改台账", "县民政局巡察整改台账", ps)},
			Minutes: with(pcs("中共澄屿县民政局党组", "docx", "2023年7月6日", "2023年8月31日"), dlm("民主生活会", "docx", "中共澄屿县民政局党组", "2023年7月27日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDDDPP", dot, []string{"已销号", "已完成"}, prog1)
		ps[3].Ev, ps[8].Ev = "", ""
		ps[10].Dept = ""
		ps = blank(ps, 6)
		keys := []string{"no", "title", "dept", "lead", "deadline", "meas", "status", "ev", "done", "cat", "note"}
		return Case{Dir: "15-yanting-shengtai-evidence-owner", Info: info("中共雁汀市生态环境局党组", "市委第六巡察组（2023年第一轮巡察）"),
			Report: File{Name: "report", Format: "pdf", Text: "15.txt"}, Ledger: "ledger.xlsx",
			Sheets: []Sheet{{Name: "整改台账", Title: "市生态环境局巡察反馈问题整改落实台账",
				Head: []string{"序号", "反馈问题", "责任单位", "责任领导", "整改时限", "整改措施", "整改情况", "", "", "问题类别", "备注"},
				Sub:  []string{"", "", "", "", "", "", "销号情况", "佐证资料", "销号时间", "", ""},
				Rows: lay(keys, ps), Footer: footer}},
			Minutes: with(pcs("中共雁汀市生态环境局党组", "docx", "2023年6月28日", "2023年8月23日"), dlm("民主生活会", "docx", "中共雁汀市生态环境局党组", "2023年7月24日"))}
	}(),
	func() Case {
		ps := gen("DDDDDDDDD", iso, done1, prog1)
		for i := range ps {
			ps[i].Note = fmt.Sprintf("涉及金额%.1f万元", 120.5+float64(i)*37)
		}
		keys := []string{"no", "title", "meas", "lead", "dept", "deadline", "status", "done", "ev", "note"}
		head := []string{"序号", "审计发现问题", "整改措施", "分管领导", "主责处室", "计划完成时间", "落实情况", "销号时间", "整改依据材料", "备注"}
		unit := "中共璟川市文化和旅游局党组"
		return Case{Dir: "16-jingchuan-wenlv-audit-et-clean", Info: map[string]any{"unit": unit, "round": "市审计局2022年度预算执行审计", "feedback_date": "2023-06-15", "report_date": "2023-09-20", "as_of": "2023-09-30"},
			Report: File{Name: "report", Format: "docx", Text: "16.txt"}, Ledger: "ledger.et",
			Sheets: []Sheet{{Name: "审计整改台账", Title: "市文旅局审计发现问题整改台账", Head: head, Rows: lay(keys, ps)}},
			Minutes: with(pcs(unit, "docx", "2023年6月27日", "2023年8月15日"),
				File{Name: "局长办公会", Format: "docx", Text: meeting("璟川市文化和旅游局局长办公会议纪要", "2023年7月11日", "局长", rectBody)},
				dlm("民主生活会", "docx", unit, "2023年7月19日"))}
	}(),
}
