package main

import (
	"fmt"
	"strings"
)

var stdHead = []string{"序号", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "完成时限", "整改进展", "完成时间", "佐证资料", "备注"}
var stdKeys = []string{"no", "cat", "problem", "measure", "dept", "leader", "deadline", "status", "completed", "evidence", "note"}

func info(unit, round, fb, rep string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rep, "as_of": rep}
}

func cases() []caseSpec {
	return []caseSpec{case01(), case02(), case03(), case04(), case05(), case06(), case07(), case08(), case09(), case10()}
}

// 01: clean; figures by aspect in a table and in text; two problems
// sheets (集团本部, 所属企业); subsidiaries' and the system's figures.
func case01() caseSpec {
	wip := state{status: "正在推进，预计年底前完成", deadline: "2023-12-31", note: "涉及历史遗留问题"}
	d := done("2023-07-20", "")
	st1 := []state{}
	for i := 0; i < 6; i++ {
		s := d
		s.evidence = ev(i + 1)
		st1 = append(st1, s)
	}
	st1 = append(st1, wip)
	st2 := []state{}
	for i := 0; i < 5; i++ {
		s := d
		s.evidence = ev(i + 7)
		st2 = append(st2, s)
	}
	st2[2] = wip
	host := "党委书记、董事长 陈立新"
	return caseSpec{
		dir:    "01-nengtou-clean-two-sheets",
		info:   info("中共东岚省能源投资集团有限公司委员会", "省委第三巡视组2023年第一轮巡视", "2023-04-18", "2023-08-28"),
		report: "01-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{
			{name: "集团本部", title: "东岚省能源投资集团有限公司巡视反馈问题整改台账（集团本部）", head: [][]string{stdHead}, keys: stdKeys,
				rows: rowsOf(pick(seq(0, 7)...), 1, "2023-08-31", depts, st1)},
			{name: "所属企业", title: "东岚省能源投资集团有限公司巡视反馈问题整改台账（所属企业）", head: [][]string{stdHead}, keys: stdKeys,
				rows: rowsOf(pick(seq(7, 5)...), 8, "2023-08-31", subs, st2)},
			cluesSheet(5, "2023-04-26", []string{"2023-05-30", "2023-06-08", "2023-06-12", "2023-06-15", "2023-06-19"}),
			accSheet([]string{"党纪处分（党内警告）", "政务处分（记过）", "组织处理（免职）", "组织处理（调整岗位）", "诫勉", "诫勉", "诫勉", "诫勉"},
				[]string{"集团本部", "东岚能源电力公司", "东岚能源燃气公司", "集团本部", "东岚能源建设公司", "东岚能源物流公司", "集团本部", "东岚能源置业公司"}, "2023-07-10"),
			rulesSheet(9, 6),
		},
		minutes: []meeting{
			mt("党委会/2023年第9次党委会.docx", "中共东岚省能源投资集团有限公司委员会2023年第9次会议纪要", "2023年4月24日", host, "研究省委第三巡视组反馈意见整改工作方案"),
			mt("党委会/2023年第11次党委会.docx", "中共东岚省能源投资集团有限公司委员会2023年第11次会议纪要", "2023年5月22日", host, "审定巡视整改台账和责任分工"),
			mt("党委会/2023年第14次党委会.txt", "中共东岚省能源投资集团有限公司委员会2023年第14次会议纪要", "2023年6月26日", host, "听取巡视整改阶段性进展情况汇报"),
			mt("党委会/2023年第17次党委会.txt", "中共东岚省能源投资集团有限公司委员会2023年第17次会议纪要", "2023年8月7日", host, "研究巡视整改销号及问题线索办理情况"),
			mt("领导小组/第一次会议.docx", "集团公司巡视整改工作领导小组会议纪要（第一次）", "2023年4月27日", host, "部署巡视整改工作，明确专项工作组分工"),
			mt("领导小组/第二次会议.docx", "集团公司巡视整改工作领导小组会议纪要（第二次）", "2023年6月5日", host, "调度巡视整改任务推进情况"),
			mt("领导小组/第三次会议.txt", "集团公司巡视整改工作领导小组会议纪要（第三次）", "2023年7月31日", host, "研究巡视整改销号申请"),
			dlm("专题民主生活会.docx", "2023年6月29日", host),
		},
		expected: expect("集团公司通报：3个方面12个问题、已完成10个、正在推进2个、83.33%，分方面另列表格；台账分集团本部（7）和所属企业（5）两张问题表，合计12个、已完成10个；子公司自查73/61、系统问责46人次为汇总数，不与台账比；线索5件全部办结、问责8人、新建9修订6均与台账相符；党委会4次、领导小组会议3次与纪要相符，有专题民主生活会。应无发现。",
			"2023-08-28", "clean", true, nil),
	}
}

// 02: WPS report; done inflated (17 claimed, 15 in the ledger, status
// inside longer cells); only the 2022 annual 民主生活会, before feedback.
func case02() caseSpec {
	var st []state
	for i := 0; i < 20; i++ {
		if i%4 == 3 {
			st = append(st, state{status: "正在推进，预计年底前完成", deadline: "2023.12.31"})
		} else {
			st = append(st, state{status: "已完成，已建立长效机制", evidence: fmt.Sprintf("见佐证材料%02d", i+1), deadline: "2023.8.31"})
		}
	}
	rows := rowsOf(pick(seq(0, 20)...), 1, "2023.8.31", depts, st)
	for i, r := range rows {
		r["target"] = "问题整改到位，形成长效机制"
		if i%3 == 0 {
			r["coop"] = "集团法务审计部"
		}
	}
	host := "党委书记、董事长 黄永平"
	return caseSpec{
		dir:    "02-jiantou-done-inflated-wps",
		info:   info("中共东岚省建设投资集团有限公司委员会", "省委第五巡视组2023年第一轮巡视", "2023-05-10", "2023-09-20"),
		report: "02-report.html", fmt: "wps", ledger: "ledger.xlsx",
		sheets: []sheet{{name: "巡视整改台账", title: "东岚省建设投资集团有限公司巡视反馈问题整改台账",
			pre:  []string{"填报单位（盖章）：集团党委办公室　　　　填报时间：2023年9月18日"},
			head: [][]string{{"序号", "问题类别", "具体问题", "整改目标", "整改措施", "责任领导", "责任单位", "配合单位", "完成时限", "完成情况", "佐证资料", "备注"}},
			keys: []string{"no", "cat", "problem", "target", "measure", "leader", "dept", "coop", "deadline", "status", "evidence", "note"},
			rows: rows}},
		minutes: []meeting{
			mt("党委会纪要（2023-5-16）.docx", "中共东岚省建设投资集团有限公司委员会会议纪要", "2023年5月16日", host, "研究省委巡视反馈意见整改方案"),
			mt("党委会纪要（2023-6-28）.docx", "中共东岚省建设投资集团有限公司委员会会议纪要", "2023年6月28日", host, "听取巡视整改进展情况汇报"),
			mt("党委会纪要（2023-8-21）.txt", "中共东岚省建设投资集团有限公司委员会会议纪要", "2023年8月21日", host, "研究巡视整改销号事项"),
			mt("总经理办公会纪要.txt", "总经理办公会会议纪要", "2023年7月4日", "总经理 邓文杰", "研究应收账款清收及巡视整改涉及的经营事项"),
			{file: "2022年度民主生活会.txt", title: "集团党委领导班子2022年度民主生活会会议记录", date: "2023年1月12日", host: host,
				body: "地点：集团总部一楼会议室\n参会人员：集团党委领导班子成员\n会议围绕学习贯彻党的二十大精神，班子成员逐一发言，开展批评和自我批评。"},
		},
		expected: expect("报告称20个问题已完成17个、其余3个正在推进、85%；台账20行，完成情况“已完成，已建立长效机制”15行、“正在推进，预计年底前完成”5行：已完成数多于台账。纪要只有反馈前的2022年度民主生活会，无整改专题民主生活会。子企业96/88/91.67%为汇总数。",
			"2023-09-20", "paper-rectification-suspected", true, nil,
			find("claim.problems-done", "done", "claimed", 17, "observed", 15),
			find("meeting.democratic-life-missing", "")),
	}
}

// 03: TXT report, GBK CSV ledger; work meetings claimed 5, minutes hold
// 4 after the feedback (a combined file of 4, one before the feedback,
// and one file alone); one row with no leader.
func case03() caseSpec {
	var st []state
	for i := 0; i < 16; i++ {
		switch i {
		case 4, 10, 14:
			st = append(st, state{status: "整改中", deadline: "2023/12/31"})
		default:
			st = append(st, state{status: "已完成", completed: fmt.Sprintf("2023/6/%d", 10+i), evidence: fmt.Sprintf("附件%d", i+1)})
		}
	}
	st[8].leader = strp("")
	units := []string{"集团办公室", "集团财务部", "集团投资发展部", "东岚文旅景区公司", "东岚文旅酒店公司"}
	host := "党委书记、董事长 许文涛"
	return caseSpec{
		dir:    "03-wenlv-work-meetings-short-csv",
		info:   info("中共东岚省文化旅游投资集团有限公司委员会", "省委第一巡视组2023年第一轮巡视", "2023-03-28", "2023-08-10"),
		report: "03-report.txt", fmt: "txt", ledger: "ledger.csv",
		sheets: []sheet{{name: "台账", title: "东岚省文化旅游投资集团有限公司巡视整改台账",
			head:   [][]string{{"序号", "责任单位", "具体问题", "整改措施", "责任领导", "完成时限", "整改进度", "完成时间", "佐证材料", "问题类别"}},
			keys:   []string{"no", "dept", "problem", "measure", "leader", "deadline", "status", "completed", "evidence", "cat"},
			rows:   rowsOf(pick(seq(16, 16)...), 1, "2023/6/30", units, st),
			footer: []string{"填表人：郑晓　审核人：何平"}}},
		combined: []combined{{file: "2023年巡视整改工作领导小组会议纪要汇编.docx", meetings: []meeting{
			{title: "巡视工作领导小组会议纪要", date: "2023年3月15日", host: host, body: "会议研究配合省委巡视组开展巡视工作的有关事项，要求各部门如实提供资料，做好巡视反馈意见整改的准备。"},
			mt("", "巡视整改工作领导小组第一次会议纪要", "2023年4月3日", host, "部署巡视整改工作"),
			mt("", "巡视整改工作领导小组第二次会议纪要", "2023年5月12日", host, "调度巡视整改推进情况"),
			mt("", "巡视整改工作领导小组第三次会议纪要", "2023年6月20日", host, "研究巡视整改难点问题"),
		}}},
		minutes: []meeting{
			mt("巡视整改工作领导小组第四次会议纪要.txt", "巡视整改工作领导小组第四次会议纪要", "2023年7月18日", host, "研究巡视整改销号事项"),
			mt("党委会1.docx", "中共东岚省文化旅游投资集团有限公司委员会会议纪要", "2023年4月6日", host, "审定巡视整改方案"),
			mt("党委会2.docx", "中共东岚省文化旅游投资集团有限公司委员会会议纪要", "2023年5月30日", host, "听取巡视整改工作汇报"),
			mt("党委会3.txt", "中共东岚省文化旅游投资集团有限公司委员会会议纪要", "2023年7月25日", host, "研究巡视整改问题线索处置"),
			dlm("专题民主生活会.txt", "2023年6月27日", host),
		},
		expected: expect("报告称巡视整改工作领导小组会议5次；纪要汇编含4次领导小组会议，其一在反馈前（3月15日），另有第四次单独成文：反馈后共4次。台账（GBK CSV）16行、13完成3整改中，与报告相符；第9行无责任领导。二级公司39/35为汇总数。",
			"2023-08-10", "paper-rectification-suspected", true, nil,
			find("claim.meetings", "work", "claimed", 5, "observed", 4),
			find("ledger.no-owner", "9", "row", 11)),
	}
}

// 04: clean; status only in 备注; numbered list of 9 problems, all done;
// clues and figures of the subsidiaries that the ledger does not hold.
func case04() caseSpec {
	notes := []string{"已完成，相关制度已印发", "已完成，已建立长效机制", "已完成整改", "已完成，存量担保已清理", "已完成，平台已上线运行",
		"已完成，5处房产已挂牌", "已完成，办法已印发执行", "已完成整改，车辆已处置", "已完成，防控措施已印发"}
	var st []state
	for i, n := range notes {
		st = append(st, state{note: n, evidence: fmt.Sprintf("佐证材料%d-%d", 4, i+1)})
	}
	host := "党委书记、董事长 罗国栋"
	return caseSpec{
		dir:    "04-shuiwu-clean-status-in-note",
		info:   info("中共东岚省水务集团有限公司委员会", "省委第六巡视组2023年第一轮巡视", "2023-06-02", "2023-10-30"),
		report: "04-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{
			{name: "问题整改台账", title: "东岚省水务集团有限公司巡视反馈问题整改台账",
				head: [][]string{{"序号", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "完成时限", "佐证资料", "备注"}},
				keys: []string{"no", "cat", "problem", "measure", "dept", "leader", "deadline", "evidence", "note"},
				rows: rowsOf(pick(0, 2, 4, 5, 8, 11, 18, 24, 26), 1, "2023年9月30日", depts, st)},
			cluesSheet(3, "2023-06-08", []string{"2023-07-14", "2023-07-21", "2023-07-28"}),
		},
		minutes: []meeting{
			mt("集团公司党委2023年第12次会议纪要.docx", "集团公司党委2023年第12次会议纪要", "2023年6月9日", host, "研究巡视反馈意见整改落实方案"),
			mt("集团公司党委2023年第14次会议纪要.docx", "集团公司党委2023年第14次会议纪要", "2023年7月6日", host, "听取巡视整改推进情况"),
			mt("集团公司党委2023年第16次会议纪要.docx", "集团公司党委2023年第16次会议纪要", "2023年8月3日", host, "研究巡视移交问题线索办理情况"),
			mt("集团公司党委2023年第18次会议纪要.txt", "集团公司党委2023年第18次会议纪要", "2023年9月7日", host, "审议巡视整改销号事项"),
			mt("集团公司党委2023年第21次会议纪要.txt", "集团公司党委2023年第21次会议纪要", "2023年10月12日", host, "研究巡视整改总结和长效机制建设"),
			dlm("巡视整改专题民主生活会会议记录.docx", "2023年8月24日", host),
		},
		expected: expect("9个问题全部完成，逐项列出（一）至（九），每项有措施（日期、数量、文件）和“已完成整改”；台账无状态列，状态在备注（已完成，…），均有佐证；线索3件办结与线索表相符；各二级单位处置线索23件、子公司整改41个为汇总数；党委会议5次有纪要（标题为“集团公司党委2023年第N次会议纪要”）。应无发现。",
			"2023-10-30", "clean", true, nil),
	}
}

// 05: .et ledger with a two-row header; 26 problems, the report gives
// 22 done and 3 in progress (25): the one not done left out.
func case05() caseSpec {
	var st []state
	for i := 0; i < 26; i++ {
		switch i {
		case 5, 13, 21:
			st = append(st, state{status: "正在整改", deadline: "2023.12.31"})
		case 17:
			st = append(st, state{status: "未完成，原因是项目用地审批尚未获批", deadline: "2023.12.31"})
		default:
			st = append(st, state{status: "已完成", completed: "2023.7.20", evidence: "整改报告及会议纪要", deadline: "2023.7.31"})
		}
	}
	units := []string{"集团工程管理部", "集团财务部", "东岚交投高速公司", "东岚交投建设公司", "集团党委组织部", "集团纪委"}
	host := "党委书记、董事长 钱振华"
	return caseSpec{
		dir:    "05-jiaotou-parts-short-et",
		info:   info("中共东岚省交通投资集团有限公司委员会", "省委第二巡视组2023年第一轮巡视", "2023-04-06", "2023-08-31"),
		report: "05-report.html", fmt: "docx", ledger: "ledger.et",
		sheets: []sheet{{name: "巡视整改台账", title: "东岚省交通投资集团有限公司巡视反馈问题整改台账",
			head: [][]string{
				{"序号", "问题类别", "反馈问题", "整改措施", "责任单位", "责任领导", "整改时限", "整改情况", "", ""},
				{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料"}},
			keys: []string{"no", "cat", "problem", "measure", "dept", "leader", "deadline", "status", "completed", "evidence"},
			rows: rowsOf(pick(seq(0, 26)...), 1, "2023.7.31", units, st)}},
		minutes: []meeting{
			mt("党委会（4月）.docx", "中共东岚省交通投资集团有限公司委员会会议纪要", "2023年4月12日", host, "研究巡视整改方案"),
			mt("党委会（7月）.docx", "中共东岚省交通投资集团有限公司委员会会议纪要", "2023年7月13日", host, "听取巡视整改进展汇报"),
			mt("领导小组（5月）.txt", "巡视整改工作领导小组会议纪要", "2023年5月18日", host, "调度巡视整改任务"),
			mt("领导小组（8月）.txt", "巡视整改工作领导小组会议纪要", "2023年8月16日", host, "研究巡视整改销号"),
			dlm("专题民主生活会.docx", "2023年6月21日", host),
		},
		expected: expect("报告称26个问题中已完成22个、正在整改3个（合计25），另一个未完成的未说；台账（.et，两行表头）26行：22完成、3正在整改、1未完成。84.62%与22/26相符；2020年巡视15个问题为上一轮，子公司58/52为汇总数。",
			"2023-08-31", "paper-rectification-suspected", true, nil,
			find("arith.parts-sum", "problems", "claimed", 26, "observed", 25)),
	}
}

// 06: summary sheet + detail sheet; rate 90.23% for 28/31 (90.32%);
// two done rows with no evidence.
func case06() caseSpec {
	var st []state
	for i := 0; i < 31; i++ {
		switch i {
		case 6, 20, 27:
			st = append(st, state{status: "正在整改", deadline: "2023-12-31"})
		case 9, 23:
			st = append(st, state{status: "已完成", completed: "2023-08-18"})
		default:
			st = append(st, state{status: "已完成", completed: "2023-08-18", evidence: fmt.Sprintf("YY-ZZ-%03d", i+1)})
		}
	}
	units := []string{"集团办公室", "集团财务部", "东岚医药流通公司", "东岚医药制造公司", "集团党委组织部", "集团纪委"}
	host := "党委书记、董事长 何志强"
	sum := sheet{name: "汇总", title: "巡视反馈问题整改情况汇总表",
		head: [][]string{{"问题类别", "问题数", "已完成", "正在整改"}}, keys: []string{"a", "b", "c", "d"},
		rows: []row{{"a": "政治建设方面", "b": "4", "c": "4", "d": "0"}, {"a": "经营管理方面", "b": "12", "c": "11", "d": "1"},
			{"a": "党的建设方面", "b": "7", "c": "6", "d": "1"}, {"a": "党风廉政方面", "b": "8", "c": "7", "d": "1"}, {"a": "合计", "b": "31", "c": "28", "d": "3"}}}
	return caseSpec{
		dir:    "06-yiyao-rate-no-evidence",
		info:   info("中共东岚省医药集团有限公司委员会", "省委第四巡视组2023年第一轮巡视", "2023-05-15", "2023-09-28"),
		report: "06-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{sum, {name: "明细", title: "巡视反馈问题整改明细台账", head: [][]string{stdHead}, keys: stdKeys,
			rows: rowsOf(pick(seq(0, 31)...), 1, "2023-09-15", units, st)}},
		minutes: []meeting{
			mt("党委会纪要1.docx", "中共东岚省医药集团有限公司委员会会议纪要", "2023年5月23日", host, "研究巡视整改方案"),
			mt("党委会纪要2.docx", "中共东岚省医药集团有限公司委员会会议纪要", "2023年8月29日", host, "听取巡视整改情况汇报"),
			mt("领导小组会议纪要1.txt", "巡视整改工作领导小组会议纪要", "2023年6月14日", host, "调度巡视整改进度"),
			mt("领导小组会议纪要2.txt", "巡视整改工作领导小组会议纪要", "2023年7月19日", host, "研究巡视整改难点"),
			dlm("专题民主生活会会议记录.docx", "2023年7月27日", host),
		},
		expected: expect("报告称31个问题已整改到位28个、正在整改3个、整改率90.23%，28/31=90.32%（数字颠倒）；分方面4/4、12/11、7/6、8/7合计相符；台账汇总表+明细表（31行），明细第10、24号已完成但佐证材料为空。子公司64/60/93.75%为汇总数且自洽。",
			"2023-09-28", "paper-rectification-suspected", true, nil,
			find("arith.rate", "problems", "claimed", 90.23, "observed", 90.32),
			find("ledger.no-evidence", "10", "sheet", "明细", "row", 12),
			find("ledger.no-evidence", "24", "sheet", "明细", "row", 26)),
	}
}

// 07: two rows in progress past their deadline (2023/6/30); 15 held
// accountable claimed, 13 rows (merged 所在单位 cells).
func case07() caseSpec {
	var st []state
	for i := 0; i < 18; i++ {
		switch i {
		case 2, 10:
			st = append(st, state{status: "正在整改", deadline: "2023/6/30"})
		case 6, 14:
			st = append(st, state{status: "正在整改", deadline: "2023/12/31"})
		default:
			st = append(st, state{status: "已完成", completed: "2023/7/25", evidence: "整改材料汇编"})
		}
	}
	units := []string{"集团办公室", "集团风险管理部", "东岚金控证券公司", "东岚金控担保公司", "集团党委组织部", "集团纪委"}
	methods := []string{"党纪处分（警告）", "党纪处分（严重警告）", "政务处分（记过）", "政务处分（降级）", "组织处理（免职）", "组织处理（调离岗位）", "组织处理（降职）",
		"诫勉", "诫勉", "诫勉", "通报批评", "通报批评", "通报批评"}
	accUnits := []string{"集团本部", "", "", "东岚金控担保公司", "", "东岚金控证券公司", "", "", "东岚金控小贷公司", "", "", "集团本部", ""}
	acc := accSheet(methods, accUnits, "2023-08-10")
	acc.merge = []string{"B3:B5", "B6:B7", "B8:B10", "B11:B13", "B14:B15"}
	host := "党委书记、董事长 谢东明"
	return caseSpec{
		dir:    "07-jinkong-overdue-accountability",
		info:   info("中共东岚省金融控股集团有限公司委员会", "省委第七巡视组2022年第二轮巡视", "2023-03-10", "2023-09-15"),
		report: "07-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{{name: "问题整改台账", title: "东岚省金融控股集团有限公司巡视整改台账", head: [][]string{stdHead}, keys: stdKeys,
			rows: rowsOf(pick(seq(20, 18)...), 1, "2023/8/31", units, st)}, acc},
		minutes: []meeting{
			mt("党委会（3月）.docx", "中共东岚省金融控股集团有限公司委员会会议纪要", "2023年3月17日", host, "审议巡视整改方案"),
			mt("党委会（6月）.docx", "中共东岚省金融控股集团有限公司委员会会议纪要", "2023年6月15日", host, "听取巡视整改进展和问责情况"),
			dlm("专题民主生活会.docx", "2023年5月11日", host),
		},
		expected: expect("台账18行、14完成4整改中，与报告相符，77.78%相符；第3、11号正在整改，时限2023/6/30早于基准日。报告称共问责15人（4+3+5+3），问责表13行（诫勉仅3人），所在单位为合并单元格。系统问责62人次为汇总数。",
			"2023-09-15", "paper-rectification-suspected", true, nil,
			find("claim.accountability", "total", "claimed", 15, "observed", 13),
			find("ledger.overdue", "3", "sheet", "问题整改台账", "row", 5),
			find("ledger.overdue", "11", "sheet", "问题整改台账", "row", 13)),
	}
}

// 08: a minutes folder with two .odt files (not read): the minutes
// rules do not run, the check is incomplete; otherwise clean.
func case08() caseSpec {
	var st []state
	for i := 0; i < 10; i++ {
		if i == 3 || i == 8 {
			st = append(st, state{status: "正在整改", deadline: "2023-12-31"})
		} else {
			st = append(st, state{status: "已完成", completed: "2023-08-01", evidence: "相关文件及台账"})
		}
	}
	host := "党委书记、董事长 宋建华"
	return caseSpec{
		dir:    "08-huagong-odt-minutes-incomplete",
		info:   info("中共东岚省化工集团有限公司委员会", "省委第八巡视组2023年第一轮巡视", "2023-04-25", "2023-09-08"),
		report: "08-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{{name: "问题整改台账", title: "东岚省化工集团有限公司巡视反馈问题整改台账", head: [][]string{stdHead}, keys: stdKeys,
			rows: rowsOf(pick(seq(5, 10)...), 1, "2023-08-31", depts, st)}},
		minutes: []meeting{
			mt("党委会（5月）.docx", "中共东岚省化工集团有限公司委员会会议纪要", "2023年5月4日", host, "研究巡视整改方案"),
			mt("党委会（8月）.docx", "中共东岚省化工集团有限公司委员会会议纪要", "2023年8月10日", host, "听取巡视整改进展"),
			mt("领导小组第一次会议.txt", "巡视整改工作领导小组第一次会议纪要", "2023年5月9日", host, "部署巡视整改任务"),
			mt("领导小组第二次会议.odt", "巡视整改工作领导小组第二次会议纪要", "2023年7月6日", host, "调度巡视整改进度"),
			dlm("专题民主生活会.odt", "2023年6月30日", host),
		},
		expected: expect("纪要中两份为.odt（格式不支持）：领导小组第二次会议和专题民主生活会。会议类规则不能运行，核查不完整，不得据此认定会议不足或未开民主生活会。台账10行8完成2整改中，与报告10/8/2/80%相符。",
			"2023-09-08", "clean", false, []string{"claim.meetings", "meeting.democratic-life-missing"}),
	}
}

// 09: 8 problems listed one by one; item （五） called done, its ledger
// row in progress; done 7 claimed, 6 in the ledger.
func case09() caseSpec {
	var st []state
	for i := 0; i < 8; i++ {
		switch i {
		case 4:
			st = append(st, state{status: "正在推进，存量合同复查尚未完成", deadline: "2023年12月31日"})
		case 7:
			st = append(st, state{status: "正在整改", deadline: "2023年12月31日"})
		default:
			st = append(st, state{status: "已完成", completed: "2023年8月25日", evidence: "整改台账及佐证"})
		}
	}
	host := "党委书记、董事长 冯晓东"
	return caseSpec{
		dir:    "09-shangtou-item-status",
		info:   info("中共东岚省商贸投资集团有限公司委员会", "省委第九巡视组2023年第一轮巡视", "2023-05-22", "2023-10-16"),
		report: "09-report.html", fmt: "docx", ledger: "ledger.xlsx",
		sheets: []sheet{{name: "问题整改台账", title: "东岚省商贸投资集团有限公司巡视整改台账", head: [][]string{stdHead}, keys: stdKeys,
			rows: rowsOf(pick(1, 3, 6, 9, 12, 19, 27, 30), 1, "2023年9月30日", depts, st)}},
		minutes: []meeting{
			mt("党委会（5月）.docx", "中共东岚省商贸投资集团有限公司委员会会议纪要", "2023年5月29日", host, "研究巡视整改方案"),
			mt("党委会（9月）.docx", "中共东岚省商贸投资集团有限公司委员会会议纪要", "2023年9月14日", host, "听取巡视整改进展"),
			mt("领导小组会议.txt", "巡视整改工作领导小组会议纪要", "2023年7月3日", host, "调度巡视整改进度"),
			dlm("专题民主生活会.docx", "2023年8月17日", host),
		},
		expected: expect("报告称8个问题已完成7个、正在整改1个、87.5%（自洽），逐项列出8个；第（五）项“合同履约管理不到位”称已完成，台账第5号“正在推进，存量合同复查尚未完成”；台账仅6个已完成。",
			"2023-10-16", "paper-rectification-suspected", true, nil,
			find("claim.problems-done", "done", "claimed", 7, "observed", 6),
			find("claim.item-status", "5", "sheet", "问题整改台账", "row", 7, "claimed", "done", "observed", "in_progress", "title", "合同履约管理不到位")),
	}
}

// 10: clean; two-row header under a merged title, blank row, 说明 and
// 填表人 footer, deadlines in many forms; a rules sheet; the problems
// listed in an 附件 table; an earlier round all done.
func case10() caseSpec {
	dls := []string{"2023.6.30", "2023/6/30", "2023年6月底", "6月30日前", "立行立改", "2023.8.31", "2023年8月底"}
	var st []state
	for i := 0; i < 14; i++ {
		switch i {
		case 5, 11:
			st = append(st, state{status: "持续推进，长期坚持", deadline: "长期坚持"})
		default:
			st = append(st, state{status: "已完成", evidence: "见附件" + fmt.Sprint(i+1), deadline: dls[i%len(dls)]})
		}
	}
	rows := rowsOf(pick(0, 2, 4, 5, 7, 8, 10, 13, 16, 18, 21, 24, 28, 31), 1, "", depts, st)
	host := "党委书记、董事长 曹文静"
	fill := func(src string) string {
		var b strings.Builder
		for _, r := range rows {
			s := "已完成"
			if strings.HasPrefix(r["status"], "持续") {
				s = "持续推进"
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", r["no"], r["problem"], s)
		}
		return strings.Replace(src, "@@ROWS@@", b.String(), 1)
	}
	return caseSpec{
		dir:    "10-lvfa-clean-annex-rules",
		info:   info("中共东岚省旅游发展集团有限公司委员会", "省委第十巡视组2023年第一轮巡视", "2023-04-28", "2023-09-26"),
		report: "10-report.html", fmt: "docx", ledger: "ledger.xlsx", fill: fill,
		sheets: []sheet{{name: "问题整改台账", title: "东岚省旅游发展集团有限公司省委巡视反馈问题整改台账",
			head: [][]string{
				{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改情况", "", "备注"},
				{"", "", "", "", "", "", "", "目前进展", "佐证资料", ""}},
			keys: []string{"no", "cat", "problem", "measure", "leader", "dept", "deadline", "status", "evidence", "note"},
			rows: rows, blankA: 7,
			footer: []string{"说明：整改进展截至2023年9月20日。", "填表人：李娜　　审核人：赵刚　　联系电话：0591-83307788"}},
			rulesSheet(12, 5)},
		minutes: []meeting{
			mt("党委会/第8次.docx", "中共东岚省旅游发展集团有限公司委员会会议纪要（2023年第8次）", "2023年5月8日", host, "研究巡视整改方案"),
			mt("党委会/第11次.docx", "中共东岚省旅游发展集团有限公司委员会会议纪要（2023年第11次）", "2023年6月19日", host, "听取巡视整改进展"),
			mt("党委会/第15次.txt", "中共东岚省旅游发展集团有限公司委员会会议纪要（2023年第15次）", "2023年8月28日", host, "审议巡视整改建章立制事项"),
			mt("领导小组/第一次.txt", "集团巡视整改工作领导小组会议纪要", "2023年5月12日", host, "部署巡视整改任务"),
			mt("领导小组/第二次.txt", "集团巡视整改工作领导小组会议纪要", "2023年7月20日", host, "调度巡视整改进度"),
			mt("总经理办公会.txt", "总经理办公会会议纪要（第23期）", "2023年7月11日", "总经理 彭海涛", "研究巡视整改涉及的投资和财务事项"),
			mt("董事会.txt", "第三届董事会第十二次会议纪要", "2023年8月2日", host, "审议巡视整改涉及的投资管理和预算管理制度"),
			dlm("专题民主生活会.docx", "2023年7月6日", host),
		},
		expected: expect("14个问题已完成12个、剩余2个需长期坚持、85.71%，附件表逐项列出14个与台账一致；台账标题合并在两行表头之上，有空行、说明和填表人行，时限有2023.6.30、2023/6/30、2023年6月底、6月30日前、立行立改、长期坚持；新建12修订5与制度表相符；2020年第二轮11个问题为上一轮；二级单位57个为汇总数。应无发现。",
			"2023-09-26", "clean", true, nil),
	}
}
