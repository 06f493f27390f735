package main

func moreCases() []kase {
	var cs []kase

	// 11: county-wide accountability first; the unit's accountability sheet with merged
	// cells, money recovered, a rules sheet the report barely mentions; clean.
	{
		u := "中共云岭县人力资源和社会保障局党组"
		rs := rows(9, 1, constStatus("已完成"), constDate("2023.7.31"))
		acc := [][]string{
			{"1", "张某某", "社保中心副主任", "党纪处分", "党内警告", "2023.6.12"},
			{"2", "刘某某", "就业股股长", "党纪处分", "党内警告", "2023.6.12"},
			{"3", "陈某某", "财务股副股长", "诫勉", "诫勉谈话", "2023.6.20"},
			{"4", "王某某", "劳动监察大队队员", "诫勉", "诫勉谈话", "2023.6.20"},
			{"5", "赵某某", "社保中心工作人员", "诫勉", "诫勉谈话", "2023.6.20"},
			{"6", "孙某某", "办公室工作人员", "批评教育", "批评教育", "2023.7.3"},
			{"7", "周某某", "人才股工作人员", "批评教育", "批评教育", "2023.7.3"},
			{"8", "吴某某", "就业股工作人员", "批评教育", "批评教育", "2023.7.3"},
			{"9", "郑某某", "社保中心工作人员", "批评教育", "批评教育", "2023.7.3"},
		}
		rules := [][]string{
			{"1", "《社会保险基金内部控制办法》", "修订", "2023.5.30"},
			{"2", "《就业补助资金管理细则》", "新建", "2023.6.15"},
			{"3", "《局机关公务接待管理规定》", "修订", "2023.6.15"},
			{"4", "《干部人事档案管理办法》", "新建", "2023.7.10"},
		}
		cs = append(cs, kase{
			dir: "11-countywide-accountability-first-clean", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察反馈问题整改情况的报告

县委：
今年以来，全县纪检监察机关围绕巡察整改共问责党员干部37人次，形成有力震慑。县委第二巡察组于2023年4月20日向我局反馈问题9个，局党组召开党组会议2次研究部署，截至目前已完成整改9个，整改完成率100%。
在问责追责方面，我局对9名相关责任人进行了问责，其中给予党纪处分2人、诫勉3人、批评教育4人；追缴违规发放的津补贴资金126.5万元，已全部退缴国库。在建章立制方面，新建和修订制度4项。
特此报告。

中共云岭县人力资源和社会保障局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{
				std("巡察反馈问题整改台账", rs, stdCols),
				{name: "问责情况", title: "巡察整改问责情况统计表", header: [][]string{{"序号", "被问责人", "职务", "问责方式", "处理结果", "问责时间"}}, rows: acc,
					merges: [][2]string{{"D3", "D4"}, {"F3", "F4"}, {"D5", "D7"}, {"F5", "F7"}, {"D8", "D11"}, {"F8", "F11"}}},
				{name: "制度建设", title: "巡察整改制度建设清单", header: [][]string{{"序号", "制度名称", "新建/修订", "印发时间"}}, rows: rules},
			},
			minutes: []minutes{
				named("党组会1.txt", party(u, "7", "2023年5月9日")),
				named("党组会2.txt", party(u, "11", "2023年7月7日")),
				named("民主生活会.txt", dl(u, "2023年6月26日")),
			},
			expected: exp("全县问责37人次在前（汇总数）；本局问责9人（2+3+4）与问责表9行一致（问责方式、时间为合并单元格）；制度4项与制度表4行一致；问题9个全部完成有佐证：应无发现", "clean", true, nil, nil),
		})
	}
	// Excelize writes the merged cells' values only in the top-left cell: blank the others.
	for _, r := range []int{1, 3, 4, 6, 7, 8} {
		cs[0].sheets[1].rows[r][3] = ""
		cs[0].sheets[1].rows[r][5] = ""
	}

	// 12: a CSV in GBK whose status is only in 备注; the report's parts do not sum.
	{
		u := "中共云岭县商务局党组"
		rs := rows(8, 15, firstDone(6, "已完成，已建立长效机制", "正在推进，预计年底前完成"), constDate("2023/12/31"))
		for i := 0; i < 6; i++ {
			rs[i].deadline = "2023/6/30"
		}
		cols := []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "备注"}
		var data [][]string
		for _, r := range rs {
			data = append(data, []string{r.no, r.cat, r.prob, r.meas, r.leader, r.dept, r.deadline, r.status})
		}
		for i := range data {
			for j := range data[i] {
				data[i][j] = csvSafe(data[i][j])
			}
		}
		cs = append(cs, kase{
			dir: "12-gbk-csv-status-in-remarks-parts", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
巡察组进驻期间，共与我局干部职工个别谈话62人次，调阅资料830余份。2023年4月20日，县委第二巡察组向我局反馈问题8个，截至目前，已完成整改6个，正在整改1个，尚未启动2个。
下一步，我局将加快推进未完成问题的整改。
特此报告。

中共云岭县商务局党组
2023年8月31日
`,
			ledger: "ledger.csv", sheets: []sheet{{header: [][]string{cols}, rows: data}},
			minutes: []minutes{
				named("党组会.txt", party(u, "8", "2023年5月15日")),
				named("民主生活会.txt", dl(u, "2023年7月18日")),
			},
			expected: exp("GBK编码CSV，状态只写在备注列；报告称8个问题已完成6、正在1、未启动2，合计9≠8；台账无佐证列（no-evidence 不运行）", "paper-rectification-suspected", true,
				[]map[string]any{f("arith.parts-sum", "problems")}, []string{"ledger.no-evidence"}),
		})
	}

	// 13: the inspection's own work first; two-row header with 整改情况 over three
	// columns; two done rows without evidence.
	{
		u := "中共云岭县住房和城乡建设局党组"
		rs := rows(15, 4, firstDone(13, "已完成", "正在推进"), constDate("2023.12.31"))
		for i := 0; i < 13; i++ {
			rs[i].deadline = "2023.7.31"
		}
		rs[4].ev = ""
		rs[9].ev = ""
		top := []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改情况", "", ""}
		sub := []string{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料"}
		var data [][]string
		for i, r := range rs {
			done := ""
			if i < 13 {
				done = "2023.7." + []string{"10", "15", "20", "25"}[i%4]
			}
			data = append(data, []string{r.no, r.cat, r.prob, r.meas, r.leader, r.dept, r.deadline, r.status, done, r.ev})
		}
		merges := [][2]string{{"H2", "J2"}}
		for _, c := range []string{"A", "B", "C", "D", "E", "F", "G"} {
			merges = append(merges, [2]string{c + "2", c + "3"})
		}
		cs = append(cs, kase{
			dir: "13-inspection-work-first-no-evidence", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
县委第二巡察组进驻期间，共开展个别谈话86人次，调阅资料1200余份，下沉走访项目工地9个，指出我局在党的建设、行业监管等方面问题15个，并于2023年4月20日正式反馈。局党组召开党组会议2次，逐项制定整改措施。截至目前，已完成整改13个，正在整改2个，完成率86.67%。
特此报告。

中共云岭县住房和城乡建设局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{{name: "问题整改台账", title: "县住建局巡察反馈问题整改台账", header: [][]string{top, sub}, rows: data, merges: merges,
				footer: []string{"填表人：王晓琳", "说明：佐证材料另装订成册。"}}},
			minutes: []minutes{
				named("党组会1.txt", party(u, "9", "2023年5月4日")),
				named("党组会2.txt", party(u, "12", "2023年6月21日")),
				named("民主生活会.txt", dl(u, "2023年7月13日")),
			},
			expected: exp("巡察组谈话86人次、调阅1200余份在前；15个问题13完成与台账一致；两行表头（整改情况跨整改进展/完成时间/佐证材料）；序号5、10已完成但佐证材料为空", "needs-attention", true,
				[]map[string]any{{"rule": "ledger.no-evidence", "item": "5", "sheet": "问题整改台账", "row": 8}, {"rule": "ledger.no-evidence", "item": "10", "sheet": "问题整改台账", "row": 13}}, nil),
		})
	}

	// 14: a total first, then figures by aspect in text; a summary sheet besides the problems; clean.
	{
		u := "中共云岭县审计局党组"
		rs := rows(12, 7, firstDone(10, "已完成", "正在推进"), constDate("长期坚持"))
		for i := 0; i < 10; i++ {
			rs[i].deadline = "2023.6.30"
		}
		for i := 0; i < 5; i++ {
			rs[i].cat = "政治建设"
		}
		for i := 5; i < 9; i++ {
			rs[i].cat = "全面从严治党"
		}
		for i := 9; i < 12; i++ {
			rs[i].cat = "选人用人"
		}
		summary := [][]string{{"政治建设", "5", "5", "0"}, {"全面从严治党", "4", "4", "0"}, {"选人用人", "3", "1", "2"}, {"合计", "12", "10", "2"}}
		cs = append(cs, kase{
			dir: "14-total-then-aspects-summary-sheet-clean", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
2023年4月20日，县委第二巡察组向我局反馈问题12个。截至2023年8月31日，已完成整改10个，正在整改2个，整改完成率83.33%。局党组召开党组会议2次，研究部署整改工作。

分方面看，政治建设方面问题5个，已全部完成整改；全面从严治党方面问题4个，已全部完成整改；选人用人方面问题3个，已完成整改1个，其余2个涉及干部队伍结构调整，需长期坚持。
特此报告。

中共云岭县审计局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{
				{name: "汇总", title: "巡察整改情况汇总表", header: [][]string{{"方面", "反馈问题数", "已完成", "正在整改"}}, rows: summary},
				std("巡察反馈问题整改明细台账", rs, stdCols),
			},
			minutes: []minutes{
				named("党组会1.txt", party(u, "6", "2023年5月12日")),
				named("党组会2.txt", party(u, "10", "2023年7月19日")),
				named("民主生活会.txt", dl(u, "2023年6月30日")),
			},
			expected: exp("总数12/10/2与完成率在前，分方面5/5、4/4、3/1在后；台账多一张汇总表；明细12行10完成，2行长期坚持：应无发现", "clean", true, nil, nil),
		})
	}
	return append(cs, lastCases()...)
}

func csvSafe(s string) string {
	for _, c := range s {
		if c == ',' || c == '"' {
			return "\"" + replaceQuotes(s) + "\""
		}
	}
	return s
}

func replaceQuotes(s string) string {
	out := ""
	for _, c := range s {
		if c == '"' {
			out += "\"\""
		} else {
			out += string(c)
		}
	}
	return out
}
