package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var townLeaders = []string{"镇党委书记 陈立军", "镇长 周海涛", "党委副书记 吴晓燕", "纪委书记 郑国平", "组织委员 孙丽", "副镇长 何建华"}
var streetLeaders = []string{"党工委书记 林志远", "办事处主任 黄晓东", "党工委副书记 邓佳", "纪工委书记 冯建", "组织委员 韩雪"}
var doneWords = []string{"已完成", "已完成，已建立长效机制", "已整改到位", "已销号"}

func townMeeting(body, no, when, host string, topics ...string) meeting {
	return meeting{title: fmt.Sprintf("中共%s委员会2023年第%s次会议纪要", body, no), when: when,
		place: "镇政府三楼会议室", host: host, attend: "镇党委委员；列席：纪委副书记、党政办主任", topics: topics}
}

func dlm(body, when, host string) meeting {
	return meeting{title: "中共" + body + "委员会领导班子县委巡察反馈意见整改专题民主生活会会议记录", when: when,
		place: "党员活动室", host: host, attend: "领导班子成员；县委巡察办、县纪委监委派员列席指导",
		topics: []string{"通报县委巡察组反馈意见整改进展情况及本次专题民主生活会征求意见情况。",
			"班子主要负责同志代表班子作对照检查，班子成员逐一对照巡察反馈问题作个人发言，开展批评和自我批评。",
			"会议要求对查摆出的问题建立整改清单，明确责任人和完成时限，整改情况纳入巡察整改台账。"}}
}

var topicsA = []string{"传达县委巡察组反馈意见，审议《巡察反馈意见整改工作方案》，明确问题清单、任务清单和责任清单。",
	"研究成立巡察整改工作领导小组及办公室，落实专人负责整改台账的建立和更新。"}
var topicsB = []string{"听取巡察整改工作领导小组办公室关于反馈问题整改进展情况的汇报。",
	"对进度滞后的整改事项逐项分析原因，明确责任领导督办，限期整改到位。"}
var topicsC = []string{"审议已完成整改问题的销号申请，对佐证材料不全的问题退回补充。",
	"研究村级财务、惠民资金等问题的举一反三整改，部署各村（社区）开展自查。"}
var topicsD = []string{"听取各村（社区）对照巡察反馈问题自查自纠情况的汇报。",
	"研究巡察整改长效机制建设，审议修订的制度文件。"}

func caseJSON(d, unit, round, fb, rep, asof string) {
	write(filepath.Join(d, "case.json"), fmt.Sprintf(`{"unit": %q, "round": %q, "feedback_date": %q, "report_date": %q, "as_of": %q}
`, unit, round, fb, rep, asof))
}

func case01() {
	d := dir("01-qiaotou-zhen-html-clean")
	caseJSON(d, "中共青溪县桥头镇委员会", "县委第二巡察组（2023年第一轮巡察）", "2023-04-18", "2023-07-14", "2023-07-14")
	t, rest := title(readSrc("01.txt"))
	write(filepath.Join(d, "report.html"), strings.ReplaceAll(sitePage(t, paras(rest), "青溪县桥头镇人民政府"), "{{date}}", "2023-07-14 16:20"))
	ps := build(spec{idx: []int{1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18}, leaders: townLeaders,
		depts:     []string{"党政办", "新桥村", "纪委", "河西社区", "农业农村办", "桥头村", "组织办", "各村（社区）", "财政所", "应急办"},
		deadlines: []string{"立行立改", "2023.6.30", "2023/5/31", "2023年6月底", "长期坚持"},
		done:      doneWords, evidence: "会议记录、工作台账（佐证%d）"})
	ps[8].status, ps[8].deadline, ps[8].evidence = "正在推进，预计2023年12月底前完成", "2023年12月31日", ""
	ps[14].status, ps[14].deadline, ps[14].evidence = "正在推进，整顿期6个月", "2023.12.31", "整顿方案"
	writeXLSX(filepath.Join(d, "ledger.xlsx"), probSheet("巡察反馈问题整改台账", "桥头镇县委第二巡察组反馈问题整改台账",
		layout("序号=no", "问题类别=cat", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "完成时限=deadline", "整改进度=status", "佐证资料=evidence", "备注=note"), ps))
	h := "镇党委书记 陈立军"
	writeMinutes(d, map[string]meeting{
		"2023-04-10.txt":        townMeeting("桥头镇", "7", "2023年4月10日上午8:30", h, "研究2023年镇级财政预算执行情况。", "部署配合县委第二巡察组巡察期间的资料调阅和个别谈话工作。"),
		"2023-04-25.txt":        townMeeting("桥头镇", "9", "2023年4月25日下午2:30", h, topicsA...),
		"2023-05-16.txt":        townMeeting("桥头镇", "10", "2023年5月16日上午9:00", h, topicsB...),
		"2023-07-04.txt":        townMeeting("桥头镇", "12", "2023年7月4日上午9:00", h, topicsC...),
		"2023-05-30专题民主生活会.txt": dlm("桥头镇", "2023年5月30日上午8:30", h),
	})
	photo(townMeeting("桥头镇", "11", "2023年6月13日上午9:00", h, topicsD...).text(), filepath.Join(d, "minutes", "2023-06-13-scan.png"))
}

func case02() {
	d := dir("02-xinhe-jiedao-mht-beizhu")
	caseJSON(d, "中共梅溪县新河街道工作委员会", "县委第一巡察组（2023年第一轮巡察）", "2023-05-09", "2023-08-10", "2023-08-10")
	t, rest := title(readSrc("02.txt"))
	page := strings.ReplaceAll(sitePage(t, paras(rest), "梅溪县新河街道办事处"), "{{date}}", "2023-08-10 09:05")
	write(filepath.Join(d, "report.mht"), mhtml(page, "https://www.example.gov.cn/xhjd/art/2023/8/10/art_1203_55821.html"))
	ps := build(spec{idx: []int{2, 5, 6, 8, 9, 11, 13, 14, 15, 19, 20, 21, 22, 24}, leaders: streetLeaders,
		depts:     []string{"党政办", "城东社区", "纪工委", "新河社区", "经济发展办", "滨河社区", "组织办", "各社区"},
		deadlines: []string{"立行立改", "2023.7.31", "2023/6/30", "2023年7月底"},
		done:      []string{""}, evidence: "整改材料汇编第%d册"})
	for i := range ps {
		ps[i].note = []string{"已完成，经街道巡察整改办验收", "已完成，已建立长效机制", "已完成整改，材料已归档"}[i%3]
	}
	for _, i := range []int{2, 6, 10, 13} {
		ps[i].note, ps[i].evidence = "正在推进，预计2023年10月底前完成", ""
		ps[i].deadline = "2023.10.31"
	}
	ps[6].note, ps[6].deadline = "正在推进，需长期坚持", "长期坚持"
	ps[10].deadline = "2023年12月31日"
	writeXLSX(filepath.Join(d, "ledger.xlsx"), probSheet("整改台账", "新河街道巡察反馈问题整改台账",
		layout("序号=no", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位（社区）=dept", "完成时限=deadline", "佐证资料=evidence", "备注=note"), ps))
	h := "党工委书记 林志远"
	sm := func(no, when string, topics ...string) meeting {
		m := townMeeting("新河街道工作", no, when, h, topics...)
		m.place, m.attend = "街道四楼会议室", "街道党工委委员；列席：纪工委副书记、党政办主任"
		return m
	}
	writeMinutes(d, map[string]meeting{
		"党工委会议-0516.txt": sm("8", "2023年5月16日上午9:00", topicsA...),
		"党工委会议-0620.txt": sm("10", "2023年6月20日下午3:00", topicsB...),
		"党工委会议-0725.txt": sm("12", "2023年7月25日上午9:00", topicsC...),
		"专题民主生活会.txt":    dlm("新河街道工作", "2023年6月29日上午8:30", h),
	})
}

func case03() {
	d := dir("03-shiqiao-zhen-wps-meetings")
	caseJSON(d, "中共青溪县石桥镇委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-03-28", "2023-06-26", "2023-06-26")
	fromHTML(plainPage(readSrc("03.txt")), "doc:MS Word 97", filepath.Join(d, "report.wps"))
	ps := build(spec{idx: []int{1, 3, 6, 7, 9, 12, 15, 16, 18, 21, 23}, leaders: townLeaders,
		depts:     []string{"党政办", "石门村", "纪委", "上溪村", "农业农村办", "桥东社区", "组织办", "各村"},
		deadlines: []string{"立行立改", "2023.5.31", "2023/6/15", "2023年5月底"},
		done:      doneWords, evidence: "镇巡察整改办存档（%d）"})
	ps[5].status, ps[5].deadline, ps[5].evidence = "正在推进，已清理合同42份，欠款追缴中", "2023年12月31日", ""
	ps[9].status, ps[9].deadline, ps[9].evidence = "整改中", "2023.9.30", ""
	writeXLSX(filepath.Join(d, "ledger.xlsx"), probSheet("问题清单", "石桥镇巡察反馈问题整改落实台账",
		layout("序号=no", "责任单位=dept", "具体问题=text", "完成时限=deadline", "责任领导=leader", "整改措施=measure", "完成情况=status", "佐证资料=evidence"), ps))
	h := "镇党委书记 汪建明"
	writeMinutes(d, map[string]meeting{
		"2023年第4次党委会.txt": townMeeting("石桥镇", "4", "2023年3月10日上午9:00", h, "传达县委第三巡察组巡察动员会精神，部署配合巡察工作。", "研究春耕生产和森林防火工作。"),
		"2023年第6次党委会.txt": townMeeting("石桥镇", "6", "2023年4月6日上午9:00", h, topicsA...),
		"2023年第8次党委会.txt": townMeeting("石桥镇", "8", "2023年5月11日上午9:00", h, topicsB...),
		"2023年第9次党委会.txt": townMeeting("石桥镇", "9", "2023年6月8日下午2:30", h, topicsC...),
		"整改领导小组会议.txt": {title: "石桥镇巡察整改工作领导小组会议纪要", when: "2023年4月20日上午9:00", place: "镇政府二楼会议室",
			host: "镇长 许文斌", attend: "领导小组成员、各村党组织书记", topics: topicsB},
		"2022年度民主生活会.txt": {title: "中共石桥镇委员会领导班子2022年度民主生活会会议记录", when: "2023年1月16日上午8:30",
			place: "党员活动室", host: h, attend: "领导班子成员；县委组织部派员列席指导",
			topics: []string{"班子主要负责同志代表班子作对照检查。", "班子成员逐一作个人对照检查发言，开展批评和自我批评。"}},
	})
}

func case04() {
	d := dir("04-dongba-jiedao-csv-gbk")
	caseJSON(d, "中共梅溪县东坝街道工作委员会", "县委第二巡察组（2022年第四轮巡察）", "2023-02-21", "2023-05-19", "2023-06-30")
	must(os.WriteFile(filepath.Join(d, "report.txt"), gbk(readSrc("04.txt")), 0o644))
	ps := build(spec{idx: []int{2, 4, 7, 8, 10, 11, 14, 19, 22, 24}, leaders: streetLeaders,
		depts:     []string{"党政办", "东坝社区", "纪工委", "江南社区", "农业农村办", "建设办", "组织办", "白鹭村", "综治中心", "各村（社区）"},
		deadlines: []string{"立行立改", "2023.4.30", "2023/4/15", "2023年3月底", "长期坚持"},
		done:      doneWords, evidence: "附件%d：会议记录及整改照片"})
	ps[2].evidence = ""
	ps[5].status, ps[5].deadline, ps[5].evidence = "正在推进，待审计结算后处理", "2023/6/15", ""
	ps[8].status, ps[8].deadline, ps[8].evidence = "正在推进，已化解6件", "2023年9月30日", ""
	var b strings.Builder
	b.WriteString("东坝街道县委巡察反馈问题整改台账,,,,,,,,\n")
	b.WriteString("序号,问题类别,具体问题,整改措施,责任领导,责任单位（社区）,完成时限,目前进展,佐证资料\n")
	for _, p := range ps {
		b.WriteString(strings.Join([]string{p.no, p.cat, p.text, p.measure, p.leader, p.dept, p.deadline, p.status, p.evidence}, ",") + "\n")
	}
	b.WriteString(",,,,,,,,\n填表人：党政办 周某某,,,,,,,,\n")
	must(os.WriteFile(filepath.Join(d, "ledger.csv"), gbk(b.String()), 0o644))
	h := "党工委书记 方立群"
	sm := func(no, when string, topics ...string) meeting {
		m := townMeeting("东坝街道工作", no, when, h, topics...)
		m.place, m.attend = "街道三楼会议室", "街道党工委委员"
		return m
	}
	pm := func(when string, topics ...string) meeting {
		return meeting{title: "东坝街道巡察整改工作推进会会议纪要", when: when, place: "街道一楼会议室",
			host: "办事处主任 丁海", attend: "街道班子成员、各科室负责人、各村（社区）党组织书记", topics: topics}
	}
	writeMinutes(d, map[string]meeting{
		"党工委会议 2023-03-02.txt":   sm("3", "2023年3月2日上午9:00", topicsA...),
		"党工委会议 2023-04-13.txt":   sm("5", "2023年4月13日上午9:00", topicsC...),
		"推进会 2023-03-23.txt":     pm("2023年3月23日下午2:30", topicsB...),
		"推进会 2023-05-09.txt":     pm("2023年5月9日下午2:30", topicsB...),
		"专题民主生活会 2023-04-20.txt": dlm("东坝街道工作", "2023年4月20日上午8:30", h),
	})
}
