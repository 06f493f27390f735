package main

import (
	"fmt"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	cases["01-buwei-pdf-dangzu-huibian"] = case01
	cases["02-shiwei-fubiao-inflated"] = case02
	cases["03-jikong-beizhu-status"] = case03
	cases["04-xianwei-xiansuo-wenze"] = case04
	cases["05-guangdian-wps-rate"] = case05
	cases["06-nongye-gbk-qizhong"] = case06
	cases["07-jiaoti-photo-minutes"] = case07
	cases["08-ziran-huibian-before-feedback"] = case08
}

// std is the common problems sheet of the cases: title, one header row.
var stdKeys = []string{"no", "cat", "prob", "meas", "leader", "dept", "deadline", "status", "completed", "evidence", "note"}
var stdHeads = []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进展", "完成时间", "佐证资料", "备注"}

func case01(dir string) {
	ci := caseInfo{"中共国家种质资源管理局党组", "中央第十一巡视组（2024年常规巡视）", "2024-03-15", "2024-07-16", "2024-07-16"}
	writeCase(dir, ci)
	ps := pick(0, 1, 2, 3, 5, 6, 7, 10, 11, 13, 16, 19)
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 10:
			r.status, r.deadline = "正在推进，计划2024年9月底前完成", "2024.9.30"
		case 11:
			r.status, r.deadline = "持续推进，分年度实施", "2024.12.31"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "dot")
			r.status, r.evidence = "已完成", evidenceFor(r.p)
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "国家种质资源管理局落实中央第十一巡视组反馈意见整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))
	sheetRows(f, "统计", 1, [][]string{{"问题类别", "问题数", "已完成", "正在推进"}, {"政治建设方面", "4", "4", "0"}, {"组织建设方面", "3", "3", "0"}, {"全面从严治党方面", "3", "3", "0"}, {"业务领域方面", "2", "0", "2"}, {"合计"}})
	for _, c := range []string{"B", "C", "D"} {
		must(f.SetCellFormula("统计", c+"6", fmt.Sprintf("SUM(%s2:%s5)", c, c)))
	}
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	var items []it
	for i, p := range ps {
		st := "已完成。相关制度文件已印发，整改材料已归档。"
		if i == 10 {
			st = "正在推进，计划2024年9月底前完成。"
		} else if i == 11 {
			st = "正在推进，已完成年度目标的40%，计划2024年12月底前完成。"
		}
		items = append(items, it{p: p, status: st})
	}
	r := R{red: "中共国家种质资源管理局党组文件", docNo: "种质党发〔2024〕21号", footer: true,
		title: "中共国家种质资源管理局党组关于中央第十一巡视组反馈意见整改进展情况的报告",
		toc:   []string{"一、整改工作总体情况………………………………1", "二、巡视反馈问题逐项整改情况…………………2", "三、下一步工作打算………………………………6"},
		to:    "中央巡视工作领导小组办公室：",
		open:  []string{"2024年1月至3月，中央第十一巡视组对国家种质资源管理局党组开展了常规巡视，并于2024年3月15日向局党组反馈了巡视意见。局党组坚决扛起巡视整改政治责任，现将巡视整改进展情况报告如下。"},
		figs: []string{
			"局党组把巡视整改作为重大政治任务，成立由党组书记任组长的巡视整改工作领导小组，制定《巡视整改工作方案》，将反馈的4个方面12个问题细化为47项整改措施，逐项明确责任领导、责任单位和完成时限。",
			"局党组先后召开党组会议4次专题研究巡视整改工作，召开巡视整改工作领导小组会议2次调度推进，党组书记带头领办重点难点问题，班子成员按分工抓好分管领域整改。",
			"截至2024年7月10日，反馈的12个问题中已完成整改10个，正在推进2个，整改完成率83.33%；新建和修订制度15项，其中新建9项、修订6项。",
		},
		listHead: "二、巡视反馈问题逐项整改情况", listIntro: "现将反馈问题逐项整改情况报告如下：", style: "dot", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("对正在推进的事项，局党组将紧盯时间节点，确保2024年12月底前全部完成；对已完成的事项每半年开展一次“回头看”，防止问题反弹回潮。")
		},
		sign: "中共国家种质资源管理局党组", date: "2024年7月16日"}
	r.doc().save("report", filepath.Join(dir, "report.pdf"))

	const host, present = "党组书记、局长王立新", "党组成员陈书恒、刘晓岚、赵永平、孙嘉禾，纪检组长吴敏"
	const round = "中央第十一巡视组"
	minutes(
		party("国家种质资源管理局党组2024年第8次会议纪要", "2024年3月22日", host, present, round, "巡视整改工作方案起草情况"),
		party("国家种质资源管理局党组2024年第10次会议纪要", "2024年4月19日", host, present, round, "巡视整改第一阶段进展"),
		party("国家种质资源管理局党组2024年第12次会议纪要", "2024年5月24日", host, present, round, "巡视整改重点难点问题推进"),
		party("国家种质资源管理局党组2024年第14次会议纪要", "2024年6月28日", host, present, round, "巡视整改集中整改阶段总结"),
	).save("minutes-dangzu", filepath.Join(dir, "minutes", "部党组会议纪要汇编.pdf"))
	minutes(
		mtg{"巡视整改工作领导小组会议纪要（第一次）", "2024年3月26日", "机关五楼会议室", "领导小组组长王立新", "领导小组成员及各司局主要负责同志",
			"会议研究了中央第十一巡视组反馈问题的任务分解，明确各牵头单位于4月10日前报送整改方案。\n会议要求建立周调度、月通报机制，整改进展每月向局党组报告一次。"},
		mtg{"巡视整改工作领导小组会议纪要（第二次）", "2024年5月30日", "机关五楼会议室", "领导小组组长王立新", "领导小组成员及各司局主要负责同志",
			"会议听取了各牵头单位巡视整改进展汇报，对进度滞后的事项逐项明确了完成时限。\n会议要求对已完成事项逐项核对佐证材料，做到交账、记账、销账清楚。"},
	).save("minutes-lingdaoxiaozu", filepath.Join(dir, "minutes", "领导小组会议纪要.docx"))
	minutes(dlm("国家种质资源管理局党组巡视整改专题民主生活会会议记录", "2024年5月10日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会会议记录.docx"))
}

func case02(dir string) {
	ci := caseInfo{"中共蓼城市委员会", "嵘川省委第三巡视组（2023年第二轮巡视）", "2023-08-20", "2023-12-20", "2023-12-20"}
	writeCase(dir, ci)
	ps := pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 8:
			r.status, r.deadline = "持续推进（长期坚持）", "长期坚持"
		case 16:
			r.status, r.deadline = "正在推进，预计2024年3月底前完成", "2024年3月31日"
		case 17:
			r.status, r.deadline = "正在推进，预计2024年1月底前完成", "2024年1月31日"
		case 19:
			r.status, r.deadline = "持续推进，分批实施", "2024年6月30日"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "cn")
			r.status, r.evidence = "已完成", evidenceFor(r.p)
			if i%4 == 1 {
				r.status = "已完成，已建立长效机制"
			}
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "蓼城市落实省委第三巡视组反馈意见整改台账",
		keys:  []string{"no", "prob", "meas", "leader", "dept", "deadline", "status", "completed", "evidence"},
		heads: []string{"序号", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进展", "完成时间", "佐证材料"},
		group: "整改情况", groupKs: []string{"status", "completed", "evidence"}, sections: true, total: true,
		footer: []string{"说明：1.本表按反馈意见的四个方面排列；2.完成时间以销号审核通过日期为准。", "填表人：市委巡视整改办 黄某　　审核人：李某　　填报时间：2023年12月15日"}}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{title: "中共蓼城市委员会关于省委第三巡视组反馈意见整改落实情况的报告",
		to:   "中共嵘川省委巡视工作领导小组：",
		open: []string{"2023年4月至6月，嵘川省委第三巡视组对蓼城市进行了常规巡视，并于8月20日向市委反馈了巡视意见。市委坚持把巡视整改作为检验“四个意识”的试金石，以“当下改”与“长久立”相结合的要求推动整改落地见效。"},
		figs: []string{
			"巡视期间，市委同步部署对全市9个县（区）和37家市直单位开展交叉巡察，共发现问题612个，已督促整改587个，上下联动的整改格局基本形成。",
			"对省委第三巡视组反馈的4个方面20个问题，市委逐条制定整改措施，建立问题、任务、责任“三张清单”。截至2023年12月15日，已完成整改18个，正在推进2个，整改完成率90%。",
			"分方面看，政治建设方面问题5个，已整改5个；组织建设方面问题5个，已整改5个；全面从严治党方面问题6个，已整改6个；业务领域方面问题4个，已整改2个，正在推进2个。具体情况见附表。",
			"市委常委会先后3次专题研究巡视整改工作，市委主要负责同志主持召开整改工作推进会2次，对重点难点问题逐一过堂。",
			"同时，市委对2020年省委巡视反馈问题的整改情况开展“回头看”，对反弹回潮的苗头性问题一并纳入本轮整改。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("市委将持续压紧压实整改责任，对正在推进的事项实行挂图作战，确保2024年6月底前全部完成，并将巡视整改情况纳入2024年度党建工作考核。")
			d.ps("H1", "附表：省委第三巡视组反馈问题整改情况统计表")
			d.tbl([]string{"方面", "反馈问题数（个）", "已完成（个）", "正在推进（个）", "完成率"},
				[]string{"政治建设", "5", "5", "0", "100%"},
				[]string{"组织建设", "5", "5", "0", "100%"},
				[]string{"全面从严治党", "6", "6", "0", "100%"},
				[]string{"业务领域", "4", "2", "2", "50%"},
				[]string{"合计", "20", "18", "2", "90%"})
		},
		sign: "中共蓼城市委员会", date: "2023年12月20日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "市委书记周正", "市委常委会组成人员"
	const round = "省委第三巡视组"
	for i, w := range []string{"2023年8月29日", "2023年10月10日", "2023年11月28日"} {
		minutes(party(fmt.Sprintf("中共蓼城市委员会常委会会议纪要（2023年第%d次）", 24+i*4), w, host, present, round, "市委巡视整改办关于整改进展")).
			save(fmt.Sprintf("minutes-cwh-%d", i+1), filepath.Join(dir, "minutes", fmt.Sprintf("市委常委会会议纪要%d.docx", i+1)))
	}
	for i, w := range []string{"2023年9月15日", "2023年11月8日"} {
		minutes(mtg{"蓼城市巡视整改工作推进会会议纪要", w, "市委第一会议室", host, "市委、市政府分管领导，各牵头单位主要负责同志",
			"会议听取了各牵头单位巡视整改工作进展汇报，通报了进度滞后事项。\n会议要求各牵头单位对照问题清单倒排工期，每半月向市委巡视整改办报送一次进展。"}).
			save(fmt.Sprintf("minutes-tjh-%d", i+1), filepath.Join(dir, "minutes", fmt.Sprintf("推进会纪要%d.docx", i+1)))
	}
	minutes(dlm("中共蓼城市委常委班子巡视整改专题民主生活会会议记录", "2023年10月26日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case03(dir string) {
	ci := caseInfo{"中共蓼城市疾病预防控制中心委员会", "中共蓼城市委第二巡察组（2023年第三轮巡察）", "2023-11-10", "2024-03-08", "2024-03-08"}
	writeCase(dir, ci)
	ps := pick(1, 5, 6, 10, 12, 14, 18, 21, 22)
	notes := []string{"已完成，已建立长效机制", "已完成，相关制度已印发", "已完成并销号"}
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 6:
			r.note, r.deadline = "正在推进，预计2024年6月底前完成", "2024年6月30日"
		case 8:
			r.note, r.deadline = "持续推进，需长期坚持", "长期坚持"
		default:
			r.deadline, _ = doneDates(ci.Feedback, ci.AsOf, i, "cn")
			r.note, r.evidence = notes[i%3], evidenceFor(r.p)
		}
	})
	f := newBook("巡察整改台账")
	l := ledger{sheet: "巡察整改台账", title: "市疾控中心市委第二巡察组反馈问题整改台账",
		keys:    []string{"no", "cat", "prob", "meas", "leader", "dept", "deadline", "evidence", "note"},
		heads:   []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任科室", "完成时限", "佐证资料", "备注"},
		blankAt: 4, footer: []string{"填表人：党办 张某　　联系电话：0731-5550123"}}
	printRows("巡察整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	var items []it
	for i, p := range ps {
		st := "已完成。"
		if i == 6 {
			st = "正在推进，预计2024年6月底前完成。"
		} else if i == 8 {
			st = "持续推进，需长期坚持。"
		}
		items = append(items, it{p: p, status: st})
	}
	r := R{title: "中共蓼城市疾病预防控制中心委员会关于市委第二巡察组反馈意见整改进展情况的报告",
		to:   "中共蓼城市委巡察工作领导小组：",
		open: []string{"2023年9月至10月，市委第二巡察组对中心党委开展了常规巡察。巡察组通过个别谈话、调阅资料、走访下沉科所等方式全面了解情况，于2023年11月10日向中心党委反馈了巡察意见。"},
		figs: []string{
			"中心党委对照反馈的4个方面9个问题，制定整改任务清单，明确责任领导和责任科室。中心党委召开党委会议2次专题研究整改工作，主要负责同志逐一听取责任科室整改汇报。",
			"截至2024年3月5日，9个问题已完成整改7个，其余2个正在推进，整改完成率77.8%。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "现将逐项整改情况报告如下：", style: "cn", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步打算")
			d.p("中心党委将对未完成事项实行销号管理，完成一项、销号一项，并于2024年6月底前组织整改“回头看”。")
		},
		sign: "中共蓼城市疾病预防控制中心委员会", date: "2024年3月8日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "中心党委书记蒋立群", "中心党委委员"
	const round = "市委第二巡察组"
	minutes(party("中共蓼城市疾病预防控制中心委员会会议纪要（2023年第18次）", "2023年11月20日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党委会2023-18.docx"))
	minutes(party("中共蓼城市疾病预防控制中心委员会会议纪要（2024年第2次）", "2024年1月16日", host, present, round, "巡察整改阶段进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党委会2024-02.docx"))
	minutes(mtg{"中心主任办公会会议纪要", "2023年12月12日", "中心会议室", "中心主任许明", "中心领导班子成员、各科室负责人",
		"会议研究了冬春季传染病防控工作和年度预算执行情况。\n会议要求各科室做好年终资产清查工作。"}).
		save("minutes-3", filepath.Join(dir, "minutes", "主任办公会.docx"))
	minutes(dlm("中心领导班子巡察整改专题民主生活会会议记录", "2024年1月25日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case04(dir string) {
	ci := caseInfo{"中共枫渡县委员会", "嵘川省委第五巡视组（2023年第一轮巡视）", "2023-06-12", "2023-10-20", "2023-10-20"}
	writeCase(dir, ci)
	ps := pick(0, 2, 4, 5, 9, 11, 13, 15, 17, 23)
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 4, 8:
			r.status, r.deadline = "持续推进", "长期坚持"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "slash")
			r.status, r.evidence = "已完成", evidenceFor(r.p)
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "枫渡县落实省委第五巡视组反馈意见整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))

	// clues, the handler merged over its clues
	clues := [][]string{
		{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
		{"1", "FD-XS-01", "王某某", "反映其违规收受礼金", "2023年6月20日", "县纪委监委", "谈话函询，予以了结", "2023年7月28日", "已办结"},
		{"2", "FD-XS-02", "李某某", "反映其插手工程项目", "2023年6月20日", "", "初步核实，立案审查", "2023年8月10日", "已办结"},
		{"3", "FD-XS-03", "张某某", "反映其违规发放津补贴", "2023年6月20日", "", "谈话提醒", "2023年8月15日", "已办结"},
		{"4", "FD-XS-04", "刘某某", "反映其公车私用", "2023年6月20日", "", "予以了结", "2023年7月30日", "已办结"},
		{"5", "FD-XS-05", "陈某某", "反映其违规经商办企业", "2023年6月20日", "", "初步核实后了结", "2023年8月1日", "已办结"},
		{"6", "FD-XS-06", "杨某某", "反映其在征地补偿中优亲厚友", "2023年6月20日", "县委组织部", "", "", "正在初步核实"},
		{"7", "FD-XS-07", "赵某某", "反映其选人用人中打招呼", "2023年9月5日", "", "谈话函询", "2023年10月9日", "已办结"},
		{"8", "FD-XS-08", "黄某某", "反映其工作作风粗暴", "2023年9月5日", "", "批评教育", "2023年10月12日", "已办结"},
		{"9", "FD-XS-09", "周某某", "反映其档案造假", "2023年9月5日", "", "", "", "办理中"},
	}
	sheetRows(f, "问题线索", 1, [][]string{{"省委第五巡视组移交问题线索办理情况台账"}})
	must(f.MergeCell("问题线索", "A1", "I1"))
	sheetRows(f, "问题线索", 2, clues)
	must(f.MergeCell("问题线索", "F3", "F7"))
	must(f.MergeCell("问题线索", "F8", "F11"))
	fmt.Println("  问题线索: title row 1, header row 2, FD-XS-01 at row 3 … FD-XS-09 at row 11")

	acc := [][]string{{"序号", "姓名", "职务", "问责事由", "问责方式", "问责时间"}}
	who := []string{"孙某某", "钱某某", "吴某某", "郑某某", "冯某某", "褚某某", "卫某某", "蒋某某", "沈某某", "韩某某", "朱某某", "秦某某", "尤某某"}
	duty := []string{"原县交通运输局副局长", "县财政局会计科科长", "县住建局工程股股长", "乡镇财政所所长", "县民政局办公室主任", "县自然资源局副局长", "县教体局人事股股长", "乡镇党委副书记", "县卫健局财务股股长", "县水利局办公室主任", "乡镇副镇长", "县医保局稽核股股长", "县农业农村局计财股股长"}
	for i := range who {
		method := ""
		switch i {
		case 0:
			method = "给予党纪政务处分"
		case 5:
			method = "组织处理（调整岗位）"
		case 8:
			method = "诫勉"
		}
		acc = append(acc, []string{fmt.Sprint(i + 1), who[i], duty[i], "落实巡视整改责任不力", method, map[int]string{0: "2023年8月", 5: "2023年9月", 8: "2023年9月"}[i]})
	}
	sheetRows(f, "问责情况", 1, [][]string{{"巡视整改问责情况统计表"}})
	must(f.MergeCell("问责情况", "A1", "F1"))
	sheetRows(f, "问责情况", 2, acc)
	for _, m := range [][2]string{{"E3", "E7"}, {"F3", "F7"}, {"E8", "E10"}, {"F8", "F10"}, {"E11", "E15"}, {"F11", "F15"}} {
		must(f.MergeCell("问责情况", m[0], m[1]))
	}
	fmt.Println("  问责情况: 13 people, rows 3-15; 处分 5, 组织处理 3, 诫勉 5")
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{title: "中共枫渡县委员会关于省委第五巡视组巡视反馈意见整改情况的报告",
		to:   "中共嵘川省委巡视工作领导小组：",
		open: []string{"省委第五巡视组于2023年6月12日向县委反馈巡视意见，指出4个方面10个问题，移交问题线索9件。县委坚持以上率下、以巡促改、以改促治，现将整改情况报告如下。"},
		figs: []string{
			"县委常委会2次专题研究巡视整改工作，县委主要负责同志对10个问题逐一明确牵头领导和完成时限。",
			"截至2023年10月15日，10个问题已完成整改8个，2个需长期坚持的问题正在持续推进。",
			"对巡视移交的9件问题线索，已办结7件，其余2件正在核查。坚持“一案双查”，共问责干部14人，其中给予党纪政务处分5人、组织处理3人、诫勉6人。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("县委将把巡视整改纳入2024年度县管领导班子考核，对正在核查的问题线索依规依纪依法从快处置。")
		},
		sign: "中共枫渡县委员会", date: "2023年10月20日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "县委书记龚振华", "县委常委会组成人员"
	const round = "省委第五巡视组"
	minutes(party("中共枫渡县委常委会会议纪要（第32次）", "2023年6月26日", host, present, round, "巡视整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "县委常委会第32次.docx"))
	minutes(party("中共枫渡县委常委会会议纪要（第37次）", "2023年8月28日", host, present, round, "巡视整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "县委常委会第37次.docx"))
	minutes(dlm("中共枫渡县委常委班子巡视整改专题民主生活会会议记录", "2023年9月12日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case05(dir string) {
	ci := caseInfo{"中共蓼城市广播电视台委员会", "中共蓼城市委第一巡察组（2024年第一轮巡察）", "2024-04-18", "2024-08-16", "2024-08-16"}
	writeCase(dir, ci)
	var idx []int
	for i := 0; i < 23; i++ {
		idx = append(idx, i)
	}
	ps := pick(idx...)
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 8, 19:
			r.status, r.deadline = "阶段性完成", "长期坚持"
		case 16, 22:
			r.status, r.deadline = "阶段性完成", "2024年12月31日"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "slash")
			r.status, r.evidence = "已办结", evidenceFor(r.p)
			if i%3 == 0 {
				r.status = "已销号"
			}
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "蓼城市广播电视台巡察整改台账",
		keys:  []string{"no", "cat", "prob", "meas", "leader", "dept", "deadline", "status", "completed", "evidence"},
		heads: []string{"序号", "问题类别", "问题描述", "整改措施", "牵头领导", "牵头部门", "整改时限", "完成情况", "办结时间", "佐证材料"}}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{title: "中共蓼城市广播电视台委员会关于市委第一巡察组反馈意见整改情况的报告",
		to:   "中共蓼城市委巡察工作领导小组：",
		open: []string{"2024年4月18日，市委第一巡察组向台党委反馈了巡察意见，指出问题23个。台党委把巡察整改作为推动媒体深度融合的重要契机，现将整改情况报告如下。"},
		figs: []string{
			"台党委召开党委会议3次、巡察整改专题会议2次，研究部署整改工作，逐项制定整改措施。",
			"截至2024年8月10日，23个问题已完成整改19个，4个问题取得阶段性进展，整改完成率83.6%。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("对取得阶段性进展的事项，台党委将明确专人跟踪，确保2024年12月底前全部完成。")
		},
		sign: "中共蓼城市广播电视台委员会", date: "2024年8月16日"}
	r.doc().save("report", filepath.Join(dir, "report.wps"))

	const host, present = "台党委书记、台长冉志刚", "台党委委员"
	const round = "市委第一巡察组"
	minutes(
		party("中共蓼城市广播电视台委员会会议纪要（2024年第9次）", "2024年4月25日", host, present, round, "巡察整改方案"),
		party("中共蓼城市广播电视台委员会会议纪要（2024年第12次）", "2024年5月30日", host, present, round, "巡察整改进展"),
		party("中共蓼城市广播电视台委员会会议纪要（2024年第15次）", "2024年7月11日", host, present, round, "巡察整改销号审核"),
	).save("minutes-party", filepath.Join(dir, "minutes", "党委会议纪要汇编.docx"))
	for i, w := range []string{"2024年5月8日", "2024年6月20日"} {
		minutes(mtg{"台党委巡察整改专题会议纪要", w, "台三楼会议室", host, "台领导班子成员、各部门负责人",
			"会议专题研究市委第一巡察组反馈问题整改工作，逐项听取牵头部门汇报。\n会议要求对照整改时限倒排工期，整改材料按“一问题一档案”归档。"}).
			save(fmt.Sprintf("minutes-special-%d", i+1), filepath.Join(dir, "minutes", fmt.Sprintf("专题会议纪要%d.docx", i+1)))
	}
	minutes(dlm("台领导班子巡察整改专题民主生活会会议记录", "2024年6月6日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case06(dir string) {
	ci := caseInfo{"中共青岑县农业农村局党组", "中共青岑县委第三巡察组（2024年第一轮巡察）", "2024-03-28", "2024-07-26", "2024-07-26"}
	writeCase(dir, ci)
	var idx []int
	for i := 0; i < 18; i++ {
		idx = append(idx, i)
	}
	ps := pick(idx...)
	quick := map[int]bool{0: true, 3: true, 5: true, 10: true, 11: true, 14: true}
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch {
		case i == 8 || i == 12 || i == 16:
			r.status, r.deadline = "持续推进", "长期坚持"
		case i == 9:
			_, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "slash")
			r.status, r.deadline, r.evidence = "已完成（长期坚持）", "长期坚持", evidenceFor(r.p)
		case quick[i]:
			_, r.completed = doneDates(ci.Feedback, ci.AsOf, 0, "slash")
			r.status, r.deadline, r.evidence = "已完成", "立行立改", evidenceFor(r.p)
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "slash")
			r.status, r.evidence = "已完成", evidenceFor(r.p)
		}
	})
	keys := []string{"no", "deadline", "prob", "dept", "leader", "meas", "status", "completed", "evidence", "note"}
	heads := []string{"序号", "整改时限", "具体问题", "责任单位", "责任领导", "整改措施", "整改进度", "完成时间", "佐证材料", "备注"}
	var lines [][]string
	lines = append(lines, []string{"青岑县农业农村局巡察反馈问题整改台账"}, heads)
	for i, r := range rows {
		var cells []string
		for _, k := range keys {
			cells = append(cells, r.cell(k))
		}
		lines = append(lines, cells)
		fmt.Printf("  csv line %d 序号%s %s [%s]\n", i+3, r.no, r.p.title, r.status)
	}
	writeGBKCSV(filepath.Join(dir, "ledger.csv"), lines)

	var items []it
	for i, p := range ps {
		st := "已完成。"
		switch {
		case i == 8 || i == 12 || i == 16:
			st = "持续推进，已纳入常态化管理。"
		case i == 9:
			st = "已完成，长期坚持。"
		case quick[i]:
			st = "已立行立改，整改完成。"
		}
		items = append(items, it{p: p, status: st})
	}
	r := R{title: "中共青岑县农业农村局党组关于县委第三巡察组反馈意见整改进展情况的报告",
		to:   "中共青岑县委巡察工作领导小组：",
		open: []string{"县委第三巡察组于2024年3月28日向局党组反馈了巡察意见，指出4个方面18个问题。局党组坚持即知即改、应改尽改，现将整改进展情况报告如下。"},
		figs: []string{
			"局党组召开巡察整改专题会议2次，制定整改方案，细化整改措施56条。",
			"截至2024年7月20日，18个问题已完成整改15个，正在整改3个，整改完成率83.3%。其中，立行立改问题6个，已全部完成。需长期坚持的问题4个，已完成1个，持续推进3个。",
		},
		listHead: "二、反馈问题逐项整改情况", listIntro: "逐项整改情况如下：", style: "paren", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将对需长期坚持的事项每季度调度一次，把整改成果转化为制度成果。")
		},
		sign: "中共青岑县农业农村局党组", date: "2024年7月26日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长严文彬", "党组成员"
	const round = "县委第三巡察组"
	for i, w := range []string{"2024年4月9日", "2024年6月4日"} {
		minutes(mtg{"青岑县农业农村局党组巡察整改专题会议纪要", w, "局四楼会议室", host, present,
			"会议专题研究县委第三巡察组反馈问题整改工作，逐项审议整改措施。\n会议要求各股室按照整改台账倒排工期，6月底前报送佐证材料。"}).
			save(fmt.Sprintf("minutes-special-%d", i+1), filepath.Join(dir, "minutes", fmt.Sprintf("专题会议纪要%d.docx", i+1)))
	}
	minutes(mtg{"青岑县农业农村局局务会会议纪要", "2024年5月14日", "局四楼会议室", "局长严文彬", "局领导班子成员、各股室负责人",
		"会议研究了春耕生产和高标准农田建设工作。\n会议要求各股室做好防汛准备。"}).
		save("minutes-juwu", filepath.Join(dir, "minutes", "局务会纪要.docx"))
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2024年5月22日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case07(dir string) {
	ci := caseInfo{"中共枫渡县教育体育局党组", "中共枫渡县委第二巡察组（2023年第四轮巡察）", "2023-12-05", "2024-04-10", "2024-04-10"}
	writeCase(dir, ci)
	ps := pick(1, 6, 9, 12, 14, 18, 21, 23)
	rows := rowsOf(ps, func(i int, r *lrow) {
		r.coop = "办公室"
		switch i {
		case 5:
			r.status, r.deadline = "未销号（持续推进）", "2024年6月30日"
		case 7:
			r.status, r.deadline = "未销号（长期坚持）", "长期坚持"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "iso")
			r.status, r.evidence = "已销号", evidenceFor(r.p)
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "县教育体育局巡察反馈问题整改台账",
		keys:  []string{"no", "cat", "prob", "leader", "dept", "coop", "meas", "deadline", "status", "completed", "evidence"},
		heads: []string{"序号", "问题类别", "存在问题", "责任领导", "责任股室", "配合单位", "整改措施", "整改时限", "销号情况", "销号时间", "佐证资料"},
		hide:  []string{"coop"}}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	var items []it
	for i, p := range ps {
		st := "已完成，已销号。"
		if i == 5 || i == 7 {
			st = "正在推进。"
		}
		items = append(items, it{p: p, status: st})
	}
	r := R{title: "中共枫渡县教育体育局党组关于县委第二巡察组反馈意见整改进展情况的报告",
		to:   "中共枫渡县委巡察工作领导小组：",
		open: []string{"县委第二巡察组于2023年12月5日向局党组反馈了4个方面8个问题。局党组第一时间成立整改工作领导小组，现将整改进展报告如下。"},
		figs: []string{
			"局党组召开党组会议3次专题研究巡察整改，制定整改方案，明确责任领导和完成时限。",
			"截至2024年4月5日，已完成整改6个，正在推进2个。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "逐项整改情况如下：", style: "cn", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将于2024年6月底前完成剩余事项，并将整改情况在全系统通报。")
		},
		sign: "中共枫渡县教育体育局党组", date: "2024年4月10日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	scan("photo-1", []string{
		"中共枫渡县教育体育局党组会议记录",
		"时间：2024年1月9日上午9时",
		"地点：局三楼会议室",
		"主持：党组书记、局长何建国",
		"参加：党组成员刘晓岚、赵永平、孙嘉禾",
		"议题：研究县委第二巡察组反馈问题整改方案",
		"会议讨论通过《巡察整改工作方案》，",
		"明确每个问题的责任领导和完成时限。",
		"记录人：办公室李芳",
	}, filepath.Join(dir, "minutes", "2024-01-09党组会议记录.jpg"), "0.5")
	minutes(party("中共枫渡县教育体育局党组会议纪要（2024年第3次）", "2024年2月20日", "党组书记、局长何建国", "党组成员", "县委第二巡察组", "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党组会议纪要2024-3.docx"))
	scan("photo-2", []string{
		"中共枫渡县教育体育局党组会议记录",
		"时间：2024年3月18日下午3时",
		"地点：局三楼会议室",
		"主持：党组书记、局长何建国",
		"参加：党组成员刘晓岚、赵永平、孙嘉禾",
		"议题：听取巡察整改进展汇报，审核销号材料",
		"会议同意对已完成整改的问题予以销号，",
		"未完成的问题由分管领导牵头督办。",
		"记录人：办公室李芳",
	}, filepath.Join(dir, "minutes", "2024-03-18会议记录.png"), "-0.3")
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2024年2月27日", "党组书记、局长何建国", "党组成员", "县委第二巡察组")).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case08(dir string) {
	ci := caseInfo{"中共蓼城市自然资源和规划局党组", "中共蓼城市委第四巡察组（2023年第二轮巡察）", "2023-07-14", "2023-11-15", "2023-11-15"}
	writeCase(dir, ci)
	ps := pick(0, 2, 5, 7, 11, 13, 15, 16, 18, 19, 22)
	rows := rowsOf(ps, func(i int, r *lrow) {
		switch i {
		case 7:
			r.status, r.deadline = "正在推进", "2024年3月31日"
		case 9:
			r.status, r.deadline = "正在推进", "2024年6月30日"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "cn")
			r.status, r.evidence = "已完成", evidenceFor(r.p)
		}
	})
	f := newBook("问题整改台账")
	l := ledger{sheet: "问题整改台账", title: "市自然资源和规划局巡察整改台账", fill: "填报单位（盖章）：蓼城市自然资源和规划局　　填报时间：2023年11月10日", keys: stdKeys, heads: stdHeads}
	printRows("问题整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	var items []it
	for i, p := range ps {
		st := "已完成。"
		if i == 7 || i == 9 {
			st = "正在推进。"
		}
		items = append(items, it{p: p, status: st})
	}
	r := R{title: "中共蓼城市自然资源和规划局党组关于市委第四巡察组反馈意见整改情况的报告",
		to:   "中共蓼城市委巡察工作领导小组：",
		open: []string{"市委第四巡察组于2023年7月14日向局党组反馈了巡察意见。局党组对照反馈的11个问题，逐项制定整改措施，现将整改情况报告如下。"},
		figs: []string{
			"局党组先后召开5次党组会议专题研究巡察整改工作，主要负责同志履行第一责任人职责，班子成员按分工抓好分管领域整改。",
			"截至2023年11月10日，11个问题中已完成整改9个，剩余2个正在按计划推进，整改完成率81.8%。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "现将逐项整改情况报告如下：", style: "cn", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将对正在推进的事项挂牌督办，确保2024年6月底前全部完成。")
		},
		sign: "中共蓼城市自然资源和规划局党组", date: "2023年11月15日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长邬启明", "党组成员"
	const round = "市委第四巡察组"
	minutes(
		mtg{"局党组2023年第5次会议纪要", "2023年6月28日", "机关三楼会议室", host, present,
			"会议研究了配合市委第四巡察组开展巡察工作的有关事项，要求各处室如实提供资料、积极配合个别谈话。\n会议还研究了汛期地质灾害防治工作。"},
		party("局党组2023年第7次会议纪要", "2023年7月25日", host, present, round, "巡察整改方案"),
		party("局党组2023年第9次会议纪要", "2023年8月22日", host, present, round, "巡察整改进展"),
		party("局党组2023年第11次会议纪要", "2023年9月19日", host, present, round, "巡察整改重点问题"),
		party("局党组2023年第13次会议纪要", "2023年10月24日", host, present, round, "巡察整改销号审核"),
	).save("minutes-party", filepath.Join(dir, "minutes", "局党组会议纪要（2023年）.docx"))
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2023年8月30日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

var _ = excelize.Options{}
