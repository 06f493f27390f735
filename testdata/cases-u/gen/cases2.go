package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	cases["09-weijian-liebiao-queyi"] = case09
	cases["10-dizhi-fujian-qingdan"] = case10
	cases["11-shijian-baifenbi-duobiao"] = case11
	cases["12-shuiwen-fangmian-pdf"] = case12
	cases["13-shuili-jiami-taizhang"] = case13
	cases["14-yizhong-gif-jilu"] = case14
	cases["15-zhujian-sunhuai-pdf"] = case15
	cases["16-yibao-et-niandu-shenghuohui"] = case16
}

// simple builds a ledger of the standard columns with done rows dated from
// the case and the rows of inProg left in progress with their deadlines.
func simple(ci caseInfo, ps []prob, inProg map[int][2]string, style string) []lrow {
	return rowsOf(ps, func(i int, r *lrow) {
		if v, ok := inProg[i]; ok {
			r.status, r.deadline = v[0], v[1]
			return
		}
		r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, style)
		r.status, r.evidence = "已完成", evidenceFor(r.p)
	})
}

func itemsOf(ps []prob, inProg map[int][2]string) []it {
	var out []it
	for i, p := range ps {
		st := "已完成。"
		if _, ok := inProg[i]; ok {
			st = "正在推进。"
		}
		out = append(out, it{p: p, status: st})
	}
	return out
}

func case09(dir string) {
	ci := caseInfo{"中共青岑县卫生健康局党组", "中共青岑县委第一巡察组（2024年第二轮巡察）", "2024-05-20", "2024-09-20", "2024-09-20"}
	writeCase(dir, ci)
	ps := pick(0, 1, 2, 4, 5, 6, 7, 10, 11, 12, 14, 15, 18, 21, 23)
	inProg := map[int][2]string{6: {"正在推进", "2024年10月31日"}, 12: {"正在推进", "2024年12月31日"}}
	rows := simple(ci, ps, inProg, "cn")
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "县卫生健康局巡察整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	all := itemsOf(ps, inProg)
	var items []it
	for i, x := range all {
		if i == 9 { // the report leaves 公务用车 out of its list
			continue
		}
		if i == 5 {
			x.meas = "进一步提高思想认识，切实加强组织领导，持续抓好整改落实，推动支部工作规范化"
		}
		items = append(items, x)
	}
	r := R{title: "中共青岑县卫生健康局党组关于县委第一巡察组反馈意见整改情况的报告",
		to:   "中共青岑县委巡察工作领导小组：",
		open: []string{"县委第一巡察组于2024年5月20日向局党组反馈了巡察意见，共反馈问题15个。局党组高度重视，现将整改情况报告如下。"},
		figs: []string{
			"局党组召开党组会议2次专题研究巡察整改，制定整改方案，建立整改台账。",
			"截至2024年9月15日，已完成整改13个，正在整改2个。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "逐项整改情况如下：", style: "cn", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将对正在整改的事项加强调度，确保2024年12月底前全部完成。")
		},
		sign: "中共青岑县卫生健康局党组", date: "2024年9月20日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长廖春华", "党组成员"
	const round = "县委第一巡察组"
	minutes(party("中共青岑县卫生健康局党组会议纪要（2024年第11次）", "2024年6月3日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党组会议纪要11.docx"))
	minutes(party("中共青岑县卫生健康局党组会议纪要（2024年第14次）", "2024年7月23日", host, present, round, "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党组会议纪要14.docx"))
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2024年7月5日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case10(dir string) {
	ci := caseInfo{"中共嵘川省地质调查院委员会", "中共嵘川省委第八巡视组（2023年第三轮巡视）", "2023-10-16", "2024-02-06", "2024-02-06"}
	writeCase(dir, ci)
	ps := pick(3, 5, 8, 13, 14, 19, 20, 22)
	rows := rowsOf(ps, func(i int, r *lrow) {
		r.coop = "院办公室"
		switch i {
		case 2:
			r.status, r.deadline = "未销号（持续推进）", "长期坚持"
		case 5:
			r.status, r.deadline = "未销号（持续推进）", "2024年12月31日"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "dot")
			r.status, r.evidence = "已销号", evidenceFor(r.p)
		}
	})
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "省地质调查院巡视整改台账",
		keys:     []string{"no", "cat", "prob", "meas", "leader", "dept", "coop", "deadline", "status", "completed", "evidence"},
		heads:    []string{"序号", "问题类别", "反馈问题", "整改措施", "责任领导", "牵头处室", "配合单位", "整改期限", "销号情况", "销号日期", "佐证材料"},
		hide:     []string{"coop"},
		comments: map[int]string{0: "经院巡视整改办2024年1月复核，材料齐全", 3: "经院纪委2024年1月审核同意销号"}}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{red: "中共嵘川省地质调查院委员会文件", docNo: "嵘地调党发〔2024〕3号", footer: true,
		title: "中共嵘川省地质调查院委员会关于省委第八巡视组反馈意见整改进展情况的报告",
		to:    "中共嵘川省委巡视工作领导小组办公室：",
		open:  []string{"省委第八巡视组于2023年10月16日向院党委反馈了巡视意见，指出问题8个。院党委照单全收、逐条整改，现将整改进展情况报告如下。"},
		figs: []string{
			"院党委召开院党委会议2次专题研究巡视整改，制定《巡视整改任务清单》，实行“一个问题、一名牵头领导、一抓到底”。",
			"截至2024年1月31日，8个问题已完成整改6个，2个正在推进，整改完成率75%。具体整改情况见附件。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("院党委将对正在推进的2个问题实行月调度，2024年12月底前完成剩余任务。")
		},
		sign: "中共嵘川省地质调查院委员会", date: "2024年2月6日"}
	d := r.doc()
	d.ps("PB", "附件")
	d.ps("Title", "省委第八巡视组反馈问题整改清单")
	tab := [][]string{{"序号", "问题", "整改措施", "责任单位", "完成时限", "整改情况"}}
	for i, x := range rows {
		st := "已完成"
		if x.status != "已销号" {
			st = "正在推进"
		}
		tab = append(tab, []string{fmt.Sprint(i + 1), x.p.title, x.p.measure, x.p.dept, x.deadline, st})
	}
	d.tbl(tab...)
	d.save("report", filepath.Join(dir, "report.pdf"))

	const host, present = "院党委书记、院长常德林", "院党委委员"
	const round = "省委第八巡视组"
	minutes(party("中共嵘川省地质调查院委员会会议纪要（2023年第21次）", "2023年10月27日", host, present, round, "巡视整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "院党委会议纪要2023-21.docx"))
	minutes(party("中共嵘川省地质调查院委员会会议纪要（2024年第1次）", "2024年1月9日", host, present, round, "巡视整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "院党委会议纪要2024-01.docx"))
	minutes(dlm("院领导班子巡视整改专题民主生活会会议记录", "2023年12月20日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.pdf"))
}

func case11(dir string) {
	ci := caseInfo{"中共枫渡县市场监督管理局党组", "中共枫渡县委第一巡察组（2024年第一轮巡察）", "2024-03-20", "2024-08-30", "2024-08-30"}
	writeCase(dir, ci)
	ps := pick(0, 3, 5, 11, 12, 13, 14, 17, 21, 23)
	rows := rowsOf(ps, func(i int, r *lrow) {
		r.coop = "办公室"
		r.goal = "问题整改到位，建立长效机制"
		switch i {
		case 6:
			r.progress, r.deadline = "60%，阶段性完成", "2024.6.30"
		case 8:
			r.progress, r.deadline = "80%，持续推进", "2024.12.31"
		case 9:
			r.progress, r.deadline = "80%，持续推进", "长期坚持"
		default:
			r.deadline, r.completed = doneDates(ci.Feedback, ci.AsOf, i, "dot")
			r.progress, r.evidence = "100%（已销号）", evidenceFor(r.p)
			if i == 3 {
				r.evidence = ""
			}
		}
	})
	f := newBook("问题清单")
	list := ledger{sheet: "问题清单", title: "县委第一巡察组反馈问题清单", keys: []string{"no", "cat", "prob", "goal"}, heads: []string{"序号", "问题类别", "具体问题", "整改目标"}}
	list.write(f, rows)
	l := ledger{sheet: "整改台账", title: "县市场监管局巡察整改台账",
		keys:  []string{"no", "prob", "meas", "leader", "dept", "deadline", "progress", "completed", "evidence"},
		heads: []string{"序号", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "完成进度", "完成时间", "佐证资料"}}
	printRows("整改台账", rows, l.write(f, rows))
	duty := ledger{sheet: "责任分解", keys: []string{"no", "prob", "leader", "dept", "coop"}, heads: []string{"序号", "具体问题", "责任领导", "责任单位", "配合单位"}}
	duty.write(f, rows)
	sheetRows(f, "统计", 1, [][]string{{"问题类别", "问题数", "已完成", "推进中"}, {"政治建设方面", "2", "2", "0"}, {"组织建设方面", "1", "1", "0"}, {"全面从严治党方面", "4", "3", "1"}, {"业务领域方面", "3", "1", "2"}, {"合计"}})
	for _, c := range []string{"B", "C", "D"} {
		must(f.SetCellFormula("统计", c+"6", fmt.Sprintf("SUM(%s2:%s5)", c, c)))
	}
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{footer: true,
		title: "中共枫渡县市场监督管理局党组关于县委第一巡察组反馈意见整改进展情况的报告",
		to:    "中共枫渡县委巡察工作领导小组：",
		open:  []string{"县委第一巡察组于2024年3月20日向局党组反馈问题10个。局党组把巡察整改作为提升市场监管效能的重要抓手，现将整改进展情况报告如下。"},
		figs: []string{
			"局党组召开党组会议2次专题研究巡察整改，建立问题清单、整改台账、责任分解表，实行挂图作战。",
			"截至2024年8月25日，已完成整改7个，3个正在推进，完成率70%。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("局党组将对正在推进的3个问题每月调度一次，2024年12月底前全部完成。")
		},
		sign: "中共枫渡县市场监督管理局党组", date: "2024年8月30日"}
	r.doc().save("report", filepath.Join(dir, "report.pdf"))

	const host, present = "党组书记、局长覃卫东", "党组成员"
	const round = "县委第一巡察组"
	minutes(party("中共枫渡县市场监督管理局党组会议纪要（第6次）", "2024年4月2日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党组会议纪要6.docx"))
	minutes(party("中共枫渡县市场监督管理局党组会议纪要（第11次）", "2024年6月18日", host, present, round, "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党组会议纪要11.docx"))
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2024年5月16日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case12(dir string) {
	ci := caseInfo{"中共国家水文监测局党组", "中央第六巡视组（2023年第二轮巡视）", "2023-09-01", "2023-12-28", "2023-12-28"}
	writeCase(dir, ci)
	ps := pick(0, 1, 2, 3, 5, 6, 8, 10, 11, 12, 14, 16, 17, 20)
	inProg := map[int][2]string{6: {"持续推进", "长期坚持"}, 11: {"正在推进", "2024年6月30日"}}
	rows := simple(ci, ps, inProg, "iso")
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "国家水文监测局中央巡视整改台账", keys: stdKeys, heads: stdHeads, sections: true, total: true}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{red: "中共国家水文监测局党组文件", docNo: "水文党发〔2023〕48号", footer: true,
		title: "中共国家水文监测局党组关于中央第六巡视组巡视反馈意见整改情况的报告",
		toc:   []string{"一、整改工作总体情况……………………………1", "二、反馈问题逐项整改情况……………………2", "三、下一步工作打算……………………………7"},
		to:    "中央巡视工作领导小组办公室：",
		open:  []string{"中央第六巡视组于2023年9月1日向局党组反馈了4个方面14个问题。局党组坚持问题导向、目标导向、结果导向，现将整改情况报告如下。"},
		figs: []string{
			"局党组召开党组会议3次专题研究整改，党组理论学习中心组开展专题学习1次，逐项审定整改措施，建立整改工作台账。",
			"截至2023年12月20日，14个问题中已完成整改12个，正在推进2个，整改完成率85.71%。",
			"从反馈问题分布看，政治建设方面问题4个，已整改4个；组织建设方面问题3个，已整改2个，正在推进1个；全面从严治党方面问题4个，已整改4个；业务领域方面问题3个，已整改2个，正在推进1个。",
		},
		listHead: "二、反馈问题逐项整改情况", listIntro: "现将逐项整改情况报告如下：", style: "paren", items: itemsOf(ps, inProg),
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将巡视整改与年度重点工作同部署、同推进，对正在推进的问题2024年6月底前全部完成。")
		},
		sign: "中共国家水文监测局党组", date: "2023年12月28日"}
	r.doc().save("report", filepath.Join(dir, "report.pdf"))

	const host, present = "党组书记、局长钟远航", "党组成员"
	const round = "中央第六巡视组"
	minutes(
		party("国家水文监测局党组2023年第15次会议纪要", "2023年9月12日", host, present, round, "巡视整改方案"),
		party("国家水文监测局党组2023年第17次会议纪要", "2023年10月17日", host, present, round, "巡视整改进展"),
		party("国家水文监测局党组2023年第20次会议纪要", "2023年11月21日", host, present, round, "巡视整改重点问题"),
	).save("minutes-party", filepath.Join(dir, "minutes", "局党组会议纪要汇编.pdf"))
	minutes(mtg{"国家水文监测局党组理论学习中心组2023年第6次集体学习记录", "2023年10月30日", "机关二楼会议室", host, "党组理论学习中心组成员",
		"本次集中学习围绕巡视整改开展专题学习研讨，学习了关于巡视工作的重要论述。\n中心组成员结合分管领域巡视整改任务作交流发言。"}).
		save("minutes-study", filepath.Join(dir, "minutes", "中心组学习记录.docx"))
	minutes(dlm("国家水文监测局党组巡视整改专题民主生活会会议记录", "2023年11月28日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case13(dir string) {
	ci := caseInfo{"中共青岑县水利局党组", "中共青岑县委第二巡察组（2023年第三轮巡察）", "2023-09-25", "2024-01-19", "2024-01-19"}
	writeCase(dir, ci)
	var idx []int
	for i := 0; i < 20; i++ {
		idx = append(idx, i)
	}
	ps := pick(idx...)
	rows := simple(ci, ps, map[int][2]string{8: {"持续推进", "长期坚持"}, 16: {"正在推进", "2024年6月30日"}, 19: {"正在推进", "2024年6月30日"}, 17: {"未启动", "2024年9月30日"}}, "cn")
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "县水利局巡察整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx"), excelize.Options{Password: "slj2024"}))

	r := R{title: "中共青岑县水利局党组关于县委第二巡察组反馈意见整改情况的报告",
		to:   "中共青岑县委巡察工作领导小组：",
		open: []string{"2023年9月25日，县委第二巡察组向局党组反馈了巡察意见。局党组坚持把巡察整改与水利高质量发展结合起来，现将整改情况报告如下。"},
		figs: []string{
			"局党组召开党组会议2次专题研究巡察整改，细化整改措施61条。",
			"县委第二巡察组反馈问题20个，已完成整改16个，正在推进3个。",
		},
		tail: func(d *doc) {
			d.ps("H1", "二、下一步工作打算")
			d.p("局党组将对未完成事项紧盯不放，2024年9月底前全部完成。")
		},
		sign: "中共青岑县水利局党组", date: "2024年1月19日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长聂青松", "党组成员"
	const round = "县委第二巡察组"
	minutes(party("中共青岑县水利局党组会议纪要（2023年第16次）", "2023年10月10日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党组会议纪要16.docx"))
	minutes(party("中共青岑县水利局党组会议纪要（2023年第20次）", "2023年12月5日", host, present, round, "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党组会议纪要20.docx"))
	minutes(dlm("局领导班子巡察整改专题民主生活会会议记录", "2023年11月15日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case14(dir string) {
	ci := caseInfo{"中共蓼城市第一中学委员会", "中共蓼城市委教育工委第一巡察组（2024年第一轮巡察）", "2024-01-15", "2024-05-20", "2024-05-20"}
	writeCase(dir, ci)
	ps := pick(1, 4, 6, 9, 12, 14, 21)
	inProg := map[int][2]string{6: {"正在推进", "2024年7月31日"}}
	rows := simple(ci, ps, inProg, "dot")
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "市一中巡察整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	r := R{title: "中共蓼城市第一中学委员会关于巡察反馈意见整改进展情况的报告",
		to:   "中共蓼城市委教育工委：",
		open: []string{"市委教育工委第一巡察组于2024年1月15日向校党委反馈了7个问题。校党委坚持立行立改、真改实改，现将整改进展情况报告如下。"},
		figs: []string{
			"校党委召开党委会议3次专题研究巡察整改，班子成员领题整改。",
			"截至2024年5月15日，7个问题已完成整改6个，1个正在推进。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "逐项整改情况如下：", style: "cn", items: itemsOf(ps, inProg),
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("校党委将于2024年7月底前完成剩余事项，并把整改成效纳入年度考核。")
		},
		sign: "中共蓼城市第一中学委员会", date: "2024年5月20日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "校党委书记、校长冯启明", "校党委委员"
	const round = "市委教育工委第一巡察组"
	minutes(party("中共蓼城市第一中学委员会会议纪要（2024年第2次）", "2024年1月23日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党委会议纪要2.docx"))
	minutes(party("中共蓼城市第一中学委员会会议纪要（2024年第5次）", "2024年3月12日", host, present, round, "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "党委会议纪要5.docx"))
	scan("gif-3", []string{
		"中共蓼城市第一中学委员会会议记录",
		"时间：2024年4月16日下午4时",
		"地点：行政楼二楼会议室",
		"主持：校党委书记、校长冯启明",
		"议题：审核巡察整改销号材料",
	}, filepath.Join(dir, "minutes", "2024-04-16党委会议记录.gif"), "0.6")
	minutes(dlm("校领导班子巡察整改专题民主生活会会议记录", "2024年3月28日", host, present, round)).
		save("minutes-dlm", filepath.Join(dir, "minutes", "专题民主生活会.docx"))
}

func case15(dir string) {
	ci := caseInfo{"中共枫渡县住房和城乡建设局党组", "中共枫渡县委第三巡察组（2024年第二轮巡察）", "2024-05-08", "2024-09-06", "2024-09-06"}
	writeCase(dir, ci)
	ps := pick(0, 2, 6, 10, 13, 15, 18, 19, 23)
	inProg := map[int][2]string{6: {"正在推进", "2024年12月31日"}, 7: {"正在推进", "2024年12月31日"}}
	rows := simple(ci, ps, inProg, "slash")
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "县住建局巡察整改台账", keys: stdKeys, heads: stdHeads}
	printRows("整改台账", rows, l.write(f, rows))
	must(f.SaveAs(filepath.Join(dir, "ledger.xlsx")))

	items := itemsOf(ps, map[int][2]string{7: inProg[7]}) // the report calls 国有资产 done
	items[6].status = "已完成。已完成资产清查盘点，核销报废资产43项。"
	r := R{title: "中共枫渡县住房和城乡建设局党组关于县委第三巡察组反馈意见整改情况的报告",
		to:   "中共枫渡县委巡察工作领导小组：",
		open: []string{"县委第三巡察组于2024年5月8日向局党组反馈问题9个。局党组坚持以上率下，现将整改情况报告如下。"},
		figs: []string{
			"局党组召开党组会议2次专题研究巡察整改工作。",
			"截至2024年9月1日，已完成整改8个，正在推进1个。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "逐项整改情况如下：", style: "cn", items: items,
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将对正在推进的事项持续跟踪，2024年12月底前全部完成。")
		},
		sign: "中共枫渡县住房和城乡建设局党组", date: "2024年9月6日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长谭建业", "党组成员"
	const round = "县委第三巡察组"
	minutes(party("中共枫渡县住房和城乡建设局党组会议纪要（第9次）", "2024年5月21日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "党组会议纪要9.docx"))
	pdf := filepath.Join(dir, "minutes", "党组会议纪要13.pdf")
	minutes(party("中共枫渡县住房和城乡建设局党组会议纪要（第13次）", "2024年7月16日", host, present, round, "巡察整改进展")).save("minutes-2", pdf)
	// damaged in transfer: only the first part of the file arrived
	b, err := os.ReadFile(pdf)
	must(err)
	must(os.WriteFile(pdf, b[:len(b)/3], 0o644))
}

func case16(dir string) {
	ci := caseInfo{"中共蓼城市医疗保障局党组", "中共蓼城市委第五巡察组（2023年第四轮巡察）", "2023-11-22", "2024-03-22", "2024-03-22"}
	writeCase(dir, ci)
	ps := pick(0, 4, 6, 10, 12, 14, 17, 20, 21, 22)
	inProg := map[int][2]string{9: {"正在推进，预计6月底前完成", "2024年6月30日"}}
	rows := simple(ci, ps, inProg, "cn")
	for i := range rows {
		rows[i].goal = "问题整改到位"
		rows[i].coop = "办公室"
	}
	f := newBook("整改台账")
	l := ledger{sheet: "整改台账", title: "市医保局巡察整改台账",
		keys:  []string{"no", "dept", "prob", "goal", "meas", "leader", "coop", "deadline", "status", "completed", "evidence", "note"},
		heads: []string{"序号", "责任单位", "具体问题", "整改目标", "整改措施", "责任领导", "配合单位", "完成时限", "目前进展", "完成时间", "佐证资料", "备注"}}
	printRows("整改台账", rows, l.write(f, rows))
	tmp := filepath.Join(srcDir, "ledger.xlsx")
	must(f.SaveAs(tmp))
	must(os.WriteFile(filepath.Join(dir, "ledger.et"), sofficeConvert(tmp, "xls:MS Excel 97", "xls"), 0o644))
	must(os.Remove(tmp))

	r := R{title: "中共蓼城市医疗保障局党组关于市委第五巡察组反馈意见整改情况的报告",
		to:   "中共蓼城市委巡察工作领导小组：",
		open: []string{"市委第五巡察组于2023年11月22日向局党组反馈问题10个。局党组把巡察整改作为守护群众“看病钱”“救命钱”的重要举措，现将整改情况报告如下。"},
		figs: []string{
			"局党组召开党组会议2次专题研究巡察整改，局领导班子在2023年度民主生活会上把巡察反馈问题整改作为对照检查的重要内容。",
			"截至2024年3月15日，已完成整改9个，1个正在推进，完成率90%。",
		},
		listHead: "二、反馈问题整改情况", listIntro: "逐项整改情况如下：", style: "cn", items: itemsOf(ps, inProg),
		tail: func(d *doc) {
			d.ps("H1", "三、下一步工作打算")
			d.p("局党组将于2024年6月底前完成剩余事项。")
		},
		sign: "中共蓼城市医疗保障局党组", date: "2024年3月22日"}
	r.doc().save("report", filepath.Join(dir, "report.docx"))

	const host, present = "党组书记、局长詹明远", "党组成员"
	const round = "市委第五巡察组"
	minutes(party("局党组2023年第19次会议纪要", "2023年12月6日", host, present, round, "巡察整改方案")).
		save("minutes-1", filepath.Join(dir, "minutes", "局党组2023年第19次会议纪要.docx"))
	minutes(party("局党组2024年第2次会议纪要", "2024年1月17日", host, present, round, "巡察整改进展")).
		save("minutes-2", filepath.Join(dir, "minutes", "局党组2024年第2次会议纪要.docx"))
	minutes(mtg{"局领导班子2023年度民主生活会会议记录", "2024年1月26日", "机关三楼会议室", host, present,
		"会议主题：深入学习贯彻新时代中国特色社会主义思想，对照年度民主生活会要求查摆问题，开展批评和自我批评。\n班子成员结合分管工作作对照检查，并把巡察反馈问题整改情况纳入对照检查内容。"}).
		save("minutes-annual", filepath.Join(dir, "minutes", "2023年度民主生活会.docx"))
}
