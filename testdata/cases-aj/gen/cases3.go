package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func cmdConvert(in, out string) {
	if b, err := exec.Command("convert", in, "-quality", "88", out).CombinedOutput(); err != nil {
		panic(fmt.Sprintf("convert: %v\n%s", err, b))
	}
}

func case08() {
	d := dir("08-yanjiang-jiedao-items-in-report")
	must(os.Remove(filepath.Join(d, "minutes")))
	caseJSON(d, "中共梅溪县沿江街道工作委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-03-15", "2023-06-20", "2023-06-30")
	write(filepath.Join(d, "report.txt"), readSrc("08.txt"))
	ps := build(spec{idx: []int{9, 7, 22, 12, 15, 24}, leaders: streetLeaders,
		depts:     []string{"财政所", "纪工委", "综治中心", "沿江社区", "组织办", "城建办"},
		deadlines: []string{"2023.5.31", "2023/6/15", "2023年5月底"},
		done:      []string{"已完成", "已完成，已建立长效机制"}, evidence: "沿江街道整改档案第%d卷"})
	comp := []string{"2023.5.20", "2023/6/2", "2023.5.26"}
	for i := range ps {
		ps[i].completed = comp[i%3]
	}
	ps[3].status, ps[3].completed, ps[3].evidence = "正在推进，预计年底前完成", "", "合同清理台账"
	ps[3].deadline = "2023.12.31"
	lay := layout("序号=no", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "完成时限=deadline", "目前进展=status", "完成时间=completed", "佐证材料=evidence")
	s := probSheet("问题整改", "沿江街道县委巡察反馈问题整改台账", lay, ps)
	s.headers = twoRowLayout(lay, 6, "整改情况")
	s.merges = twoRowMerges(len(lay), 6)
	writeXLSX(filepath.Join(d, "ledger.xlsx"), s)
}

func case09() {
	d := dir("09-baisha-zhen-pdf-summary-sheet-clean")
	caseJSON(d, "中共青溪县白沙镇委员会", "县委第四巡察组（2023年第一轮巡察）", "2023-05-16", "2023-08-18", "2023-08-18")
	fromHTML(plainPage(readSrc("09.txt")), "pdf:writer_pdf_Export", filepath.Join(d, "report.pdf"))
	ps := build(spec{idx: []int{2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24}, leaders: townLeaders,
		depts:     []string{"党政办", "白沙村", "纪委", "沙溪村", "农业农村办", "财政所", "组织办", "各村"},
		deadlines: []string{"立行立改", "2023.7.31", "2023/7/15", "2023年7月底"},
		done:      []string{"已销号"}, evidence: "销号审批表%d"})
	for i := range ps {
		ps[i].note = "巡察整改目标：问题清零"
	}
	ps[3].status, ps[3].deadline, ps[3].evidence = "正在整改，待验收后销号", "2023年12月31日", ""
	ps[9].status, ps[9].deadline, ps[9].evidence = "正在整改，待验收后销号", "长期坚持", ""
	lay := layout("序号=no", "问题类别=cat", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "配合单位=dept", "完成时限=deadline", "销号情况=status", "佐证资料=evidence")
	s := probSheet("明细", "白沙镇县委巡察反馈问题整改明细表", lay, ps)
	s.headers = twoRowLayout(lay, 8, "整改情况")
	s.merges = twoRowMerges(len(lay), 8)
	rows := append([][]string{}, s.rows[:6]...)
	rows = append(rows, nil)
	s.rows = append(rows, s.rows[6:]...)
	s.footer = []string{"说明：“销号情况”以镇巡察整改工作领导小组审核意见为准。", "填表人：王某某　　审核人：陈立军　　填报日期：2023年8月15日"}
	sum := sheet{name: "汇总", title: "白沙镇巡察反馈问题整改情况汇总表",
		headers: [][]string{{"问题类别", "问题数", "已整改", "整改中"}},
		rows: [][]string{{"党的政治建设", "2", "2", "0"}, {"全面从严治党", "4", "3", "1"},
			{"基层党组织建设", "6", "5", "1"}, {"合计", "12", "10", "2"}}}
	writeXLSX(filepath.Join(d, "ledger.xlsx"), sum, s)
	h := "镇党委书记 陈立军"
	sp := func(when string, topics ...string) meeting {
		return meeting{title: "白沙镇巡察整改专题会议纪要", when: when, place: "镇政府二楼会议室",
			host: "镇长 周海涛", attend: "镇班子成员、各办所负责人", topics: topics}
	}
	writeMinutes(d, map[string]meeting{
		"党委会-1.txt":   townMeeting("白沙镇", "14", "2023年5月23日上午9:00", h, topicsA...),
		"党委会-2.txt":   townMeeting("白沙镇", "16", "2023年6月27日上午9:00", h, topicsB...),
		"党委会-3.txt":   townMeeting("白沙镇", "18", "2023年8月1日上午9:00", h, topicsC...),
		"专题会-1.txt":   sp("2023年6月8日下午2:30", topicsB...),
		"专题会-2.txt":   sp("2023年7月13日下午2:30", topicsC...),
		"专题民主生活会.txt": dlm("白沙镇", "2023年6月30日上午8:30", h),
	})
}

func case10() {
	d := dir("10-jinxi-zhen-accountability-rate")
	caseJSON(d, "中共梅溪县金溪镇委员会", "县委第五巡察组（2023年第一轮巡察）", "2023-04-25", "2023-07-28", "2023-07-28")
	fromHTML(plainPage(readSrc("10.txt")), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
	ps := build(spec{idx: []int{1, 4, 7, 9, 10, 11, 15, 19, 21}, leaders: townLeaders,
		depts:     []string{"党政办", "金溪村", "纪委", "财政所", "社会事务办", "建设办", "组织办", "各村", "综治中心"},
		deadlines: []string{"立行立改", "2023.6.30", "2023/7/15", "2023年6月底"},
		done:      doneWords, evidence: "金溪镇整改佐证%d"})
	ps[5].status, ps[5].deadline, ps[5].evidence = "未完成，原因是道路工程尚在结算审计", "2023.10.31", ""
	p := probSheet("问题整改台账", "金溪镇巡察反馈问题整改台账",
		layout("序号=no", "问题类别=cat", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "完成时限=deadline", "整改进度=status", "佐证资料=evidence"), ps)
	acc := sheet{name: "问责情况", title: "金溪镇巡察整改问责情况统计表",
		headers: [][]string{{"序号", "姓名", "职务", "问责方式", "问责时间"}},
		rows: [][]string{{"1", "王某某", "原金溪村党支部书记", "党纪处分（党内警告）", "2023-06-26"},
			{"2", "李某某", "镇财政所工作人员", "诫勉", "2023-06-28"},
			{"3", "张某某", "金溪村报账员", "批评教育", "2023-07-03"},
			{"4", "赵某某", "镇社会事务办工作人员", "", "2023-07-03"}},
		merges: [][2]string{{"D5", "D6"}, {"E5", "E6"}}}
	acc.rows[3][4] = ""
	clues := sheet{name: "问题线索", title: "县委巡察组移交问题线索办理台账",
		headers: [][]string{{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}},
		rows: [][]string{{"1", "XC5-2023-01", "王某某", "村集体资金使用不规范", "2023-05-10", "镇纪委", "立案审查", "2023-06-20", "已办结"},
			{"2", "XC5-2023-02", "李某某", "违规审批低保", "2023-05-10", "镇纪委", "谈话函询", "2023-06-28", "已办结"},
			{"3", "XC5-2023-03", "钱某某", "工程项目插手干预", "2023-05-10", "镇纪委", "初步核实", "2023-07-01", "已办结"}}}
	rules := sheet{name: "制度建设", headers: [][]string{{"序号", "制度名称", "新建/修订", "印发时间"}},
		rows: [][]string{{"1", "金溪镇村级小微权力清单", "新建", "2023-06-05"},
			{"2", "金溪镇公务接待管理办法", "新建", "2023-06-12"},
			{"3", "金溪镇网格员考核细则", "新建", "2023-06-20"},
			{"4", "金溪镇村级财务管理办法", "修订", "2023-05-30"},
			{"5", "金溪镇党委理论学习中心组学习制度", "修订", "2023-05-18"}}}
	writeXLSX(filepath.Join(d, "ledger.xlsx"), p, acc, clues, rules)
	h := "镇党委书记 钟国华"
	writeMinutes(d, map[string]meeting{
		"党委会议-0504.txt": townMeeting("金溪镇", "9", "2023年5月4日上午9:00", h, topicsA...),
		"党委会议-0601.txt": townMeeting("金溪镇", "11", "2023年6月1日上午9:00", h, topicsB...),
		"党委会议-0713.txt": townMeeting("金溪镇", "13", "2023年7月13日上午9:00", h, topicsC...),
		"专题民主生活会.txt":   dlm("金溪镇", "2023年6月15日上午8:30", h),
	})
}
