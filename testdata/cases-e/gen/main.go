// Command gen writes the ledgers (and the deliberately unreadable files) of
// the case folders in testdata/cases-e. The reports and minutes are written
// by hand: plain text and HTML in the case folders, and the Word files from
// the texts under gen/src by build.sh (LibreOffice). Run build.sh, not this
// alone. It prints, for each ledger, the row each problem landed on, which
// expected.json's row pointers were written from.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

var root = "testdata/cases-e"

func dir(name string) string {
	d := filepath.Join(root, name)
	must(os.MkdirAll(d, 0o755))
	return d
}

func caseJSON(d string, m map[string]any) {
	b, err := json.MarshalIndent(m, "", "  ")
	must(err)
	must(os.WriteFile(filepath.Join(d, "case.json"), append(b, '\n'), 0o644))
}

// cyc returns the i-th of xs, cycling.
func cyc(xs []string, i int) string { return xs[i%len(xs)] }

// in reports whether 1-based row n is among ns.
func in(n int, ns ...int) bool {
	for _, x := range ns {
		if x == n {
			return true
		}
	}
	return false
}

func main() {
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	c01()
	c02()
	c03()
	c04()
	c05()
	c06()
	c07()
	c08()
	c09()
	c10()
	c11()
	c12()
	c13()
	c14()
	c15()
	c16()
	c17()
	c18()
	c19()
	c20()
	c21()
	c22()
	c23()
	c24()
	allMinutes()
	moreMinutes()
}

var evidGroup = "整改情况"

// 01 鹤汀县农业农村局 — clean; title + 填报 rows, two-row merged header, section rows.
func c01() {
	d := dir("01-heting-nongye-clean")
	caseJSON(d, map[string]any{"unit": "中共鹤汀县农业农村局党组", "round": "十五届县委第三轮巡察", "feedback_date": "2022-04-12", "report_date": "2022-07-20", "as_of": "2022-07-20"})
	leaders := []string{"党组书记、局长 孙建平", "党组成员、副局长 何丽", "副局长 邓国庆", "党组成员、纪检组长 唐晓燕"}
	depts := []string{"办公室", "人事股", "计划财务股", "产业发展股", "机关党支部"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2022年6月30日", cyc([]string{"已完成", "已整改到位", "已完成并销号"}, i), fmt.Sprintf("2022年%d月%d日", 5+i%2, 10+i), "=")
		if i%4 == 0 {
			p.Deadline = "立行立改"
			p.Done = "2022年4月28日"
		}
		if in(n, 3, 11, 15) {
			p.Status = cyc([]string{"持续推进", "正在整改"}, n)
			p.Deadline = cyc([]string{"长期坚持", "2022年12月31日"}, n)
			p.Done, p.Evid = "", ""
			p.Note = "阶段性成效已显现"
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "整改台账", Title: "鹤汀县农业农村局落实县委第三巡察组反馈意见整改台账",
		Filler: "填报单位（盖章）：鹤汀县农业农村局　　　　　　　　填报时间：2022年7月18日",
		Cols: []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任股室"}, {Key: "deadline", Head: "整改时限"},
			{Key: "status", Head: "整改进展", Group: evidGroup}, {Key: "done", Head: "完成时间", Group: evidGroup}, {Key: "evid", Head: "佐证材料", Group: evidGroup}, {Key: "note", Head: "备注"}},
		Merged: true, Sections: true, Probs: ps,
	})
}

// 02 沅丰市水务局 — report claims 17 done, the ledger 14 (three 未销号).
func c02() {
	d := dir("02-yuanfeng-shuiwu-done-inflated")
	caseJSON(d, map[string]any{"unit": "中共沅丰市水务局党组", "round": "九届市委第二轮巡察", "feedback_date": "2021-06-18", "as_of": "2021-10-15"})
	leaders := []string{"郑卫东", "石海波", "冯丽君", "高志远"}
	depts := []string{"办公室", "规划计划处", "财务审计处", "水资源管理处", "人事教育处", "机关党委"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 22, 23) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2021年9月30日", cyc([]string{"已完成并销号", "已销号"}, i), "", "=")
		p.Note = cyc(depts, i+2)
		switch {
		case in(n, 3, 11, 17):
			p.Status, p.Deadline, p.Evid = "持续推进", "长期坚持", ""
		case in(n, 8, 15, 19):
			p.Status, p.Deadline, p.Evid = "整改中，未销号", "2021年12月31日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题清单",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "问题类别"}, {Key: "title", Head: "具体问题"}, {Key: "measure", Head: "整改举措"}, {Key: "leader", Head: "分管领导"}, {Key: "dept", Head: "牵头处室"}, {Key: "note", Head: "配合处室"}, {Key: "deadline", Head: "完成时限"}, {Key: "status", Head: "整改进展"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}

// 03 青岙镇 — CSV with a title row, flat two-row header and section rows;
// two done rows lack evidence, one row names no office.
func c03() {
	d := dir("03-qingao-zhen-csv")
	caseJSON(d, map[string]any{"unit": "中共青岙镇委员会", "round": "县委第一巡察组“巡乡带村”巡察", "feedback_date": "2023-04-26", "report_date": "2023-08-25", "as_of": "2023-08-31"})
	leaders := []string{"党委书记 林振华", "党委副书记、镇长 胡晓东", "党委委员、纪委书记 韦芳", "党委委员、组织委员 叶青", "副镇长 陶明"}
	depts := []string{"党政综合办公室", "经济发展办公室", "财政所", "党建工作办公室", "综治中心", "应急管理办公室"}
	var ps []P
	for i, b := range pick(0, 2, 4, 5, 6, 8, 10, 14, 15, 16, 24, 25) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年7月31日", "已完成", fmt.Sprintf("2023年%d月%d日", 6+i%2, 5+2*i), "=")
		if in(n, 2, 8, 12) {
			p.Status, p.Deadline, p.Done, p.Evid = "正在整改", "2023年12月31日", "", ""
		}
		if in(n, 5, 9) {
			p.Evid = ""
		}
		if n == 7 {
			p.Dept = ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.csv", Ledger{
		Title: "青岙镇落实县委第一巡察组反馈问题整改台账",
		Cols: []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任单位"}, {Key: "deadline", Head: "整改时限"},
			{Key: "status", Head: "整改进展", Group: evidGroup}, {Key: "done", Head: "完成时间", Group: evidGroup}, {Key: "evid", Head: "佐证材料", Group: evidGroup}, {Key: "note", Head: "备注"}},
		Sections: true, Probs: ps,
	})
}

// 04 南箕区市场监督管理局 — ledger clean; the meetings claim is inflated.
func c04() {
	d := dir("04-nanji-shichang-meetings")
	caseJSON(d, map[string]any{"unit": "中共南箕区市场监督管理局党组", "round": "区委第二巡察组", "feedback_date": "2022-05-09", "report_date": "2022-09-28", "as_of": "2022-09-30"})
	leaders := []string{"党组书记、局长 韩立新", "党组成员、副局长 吕春梅", "党组成员、副局长 钱宏", "党组成员、纪检组长 沈蔚"}
	depts := []string{"办公室", "人事科", "财务科", "综合执法科", "机关党委"}
	var ps []P
	for i, b := range pick(0, 3, 5, 6, 8, 12, 14, 17, 22, 23) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2022年8月31日", "已完成", "", "=")
		if in(n, 4, 9) {
			p.Status, p.Deadline, p.Evid = "整改中", "2022年12月31日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "Sheet1", Title: "南箕区市场监督管理局巡察反馈问题整改落实情况台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改状态"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}

// 05 白渚县教育局 — the rate is wrong (19 of 24 is not 83.3%); section and subtotal rows.
func c05() {
	d := dir("05-baizhu-jiaoyu-rate")
	caseJSON(d, map[string]any{"unit": "中共白渚县教育局党组", "round": "县委第四巡察组", "feedback_date": "2021-07-02", "as_of": "2021-11-30"})
	leaders := []string{"党组书记、局长 黎国栋", "党组成员、副局长 潘晓红", "党组成员、副局长 马骏", "党组成员、纪检组长 许文静"}
	depts := []string{"办公室", "人事股", "计财股", "基础教育股", "机关党委", "安全稳定股", "教育督导室"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2021年10月31日", "已完成", "", "=")
		if in(n, 3, 9, 13, 18, 23) {
			p.Status, p.Deadline, p.Evid = cyc([]string{"正在推进", "持续整改中"}, n), "2022年6月30日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "白渚县教育局巡察反馈问题整改台账.xlsx", Ledger{
		Sheet: "整改台账", Title: "白渚县教育局党组落实县委第四巡察组反馈意见整改台账",
		Cols:     []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "问题表现"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "落实单位"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "完成情况"}, {Key: "evid", Head: "佐证材料"}},
		Sections: true, Subtotals: true, Probs: ps,
	})
}

var audit = []base{
	{"预算管理", "部分项目预算编制不细化，年初预算到位率偏低", "细化项目预算到具体支出科目，2023年预算编制时全部落实到项目", "2023年部门预算批复"},
	{"预算管理", "基本支出挤占项目支出12.6万元", "调整账务，将挤占资金归还原渠道", "调账凭证"},
	{"预算管理", "结转结余资金未按规定清理上缴", "清理结转结余资金并上缴财政", "缴款书"},
	{"财务管理", "往来款长期挂账未清理", "逐笔核实往来款，能清理的当年清理，不能清理的报批核销", "往来款清理明细表"},
	{"财务管理", "无依据发放补贴4.8万元", "责令相关人员退回违规发放的补贴", "退款票据"},
	{"财务管理", "会议费、培训费报销附件不齐全", "补齐会议通知、签到表和费用明细，修订报销规定", "补充附件清单"},
	{"财务管理", "公务卡结算制度执行不到位", "规定单笔1000元以上支出一律使用公务卡结算", "公务卡结算通知"},
	{"政府采购", "部分医疗设备采购未履行政府采购程序", "对涉及设备补办采购手续，今后纳入年度采购计划", "采购补办材料"},
	{"政府采购", "采购合同签订滞后于供货时间", "建立合同先签后供的审核流程", "合同管理流程图"},
	{"资产管理", "固定资产未及时入账", "补登固定资产卡片并入账", "资产入账凭证"},
	{"资产管理", "出租房产未经审批且租金偏低", "按程序报批，租赁期满后公开招租", "房产出租审批表"},
	{"项目管理", "基层医疗机构建设项目进度滞后", "督促施工单位倒排工期，每月通报进度", "项目进度月报"},
	{"项目管理", "项目竣工后未及时办理决算", "委托中介机构开展竣工决算审计", "竣工决算审计报告"},
	{"专项资金", "公共卫生服务补助资金拨付不及时", "完成资金拨付并建立按季拨付机制", "资金拨付凭证"},
	{"专项资金", "部分专项资金绩效目标未实现", "开展绩效自评，调整下年度绩效目标", "绩效自评报告"},
	{"内部控制", "内部控制制度不健全，关键岗位未轮岗", "修订内控手册，对关键岗位实行定期轮岗", "内部控制手册"},
}

// 06 临枫市卫生健康委员会 (audit) — parts do not add up (12+2+1 of 16); no minutes.
func c06() {
	d := dir("06-linfeng-weijian-audit-parts")
	caseJSON(d, map[string]any{"unit": "临枫市卫生健康委员会", "round": "临枫市审计局经济责任审计", "feedback_date": "2022-08-15", "as_of": "2022-12-31"})
	leaders := []string{"主任 易向阳", "副主任 蒋萍", "副主任 卢建", "总会计师 范晓琳"}
	depts := []string{"规划财务处", "规划财务处", "办公室", "基层卫生处", "医政医管处", "人事处"}
	var ps []P
	for i, b := range audit {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2022年11月30日", "已整改", "", "=")
		switch {
		case in(n, 4, 12, 15):
			p.Status, p.Deadline, p.Evid = "整改中", "2023年6月30日", ""
		case n == 11:
			p.Status, p.Deadline, p.Evid = "未整改", "2023年6月30日", ""
			p.Note = "租赁合同未到期"
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "审计整改台账", Title: "临枫市卫生健康委员会经济责任审计发现问题整改情况表",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "问题类型"}, {Key: "title", Head: "审计发现问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任处室"}, {Key: "deadline", Head: "整改期限"}, {Key: "status", Head: "整改结果"}, {Key: "evid", Head: "整改依据材料"}, {Key: "note", Head: "备注"}},
		Probs: ps,
	})
}

// 07 沅丰城投集团 — clean; three sheets: problems, 责任追究, 制度建设.
func c07() {
	d := dir("07-yuanfeng-chengtou-clean-html")
	caseJSON(d, map[string]any{"unit": "中共沅丰城市建设投资集团有限公司委员会", "round": "九届市委第五轮巡察", "feedback_date": "2023-07-10", "report_date": "2023-12-08", "as_of": "2023-12-15"})
	leaders := []string{"党委书记、董事长 骆志强", "党委副书记、总经理 庞海涛", "党委委员、副总经理 汤敏", "党委委员、纪委书记 符晓薇"}
	depts := []string{"综合办公室", "党群工作部", "财务管理部", "工程管理部", "投资发展部", "纪检监察室", "人力资源部"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 25) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年11月30日", "已销号", "", "=")
		if in(n, 3, 11, 17, 22) {
			p.Status, p.Deadline, p.Evid = "整改中", cyc([]string{"2024年6月30日", "长期坚持"}, n), ""
		}
		ps = append(ps, p)
	}
	acc := [][]string{{"序号", "姓名", "职务", "问题事项", "问责方式", "决定时间"},
		{"1", "钟某某", "原工程管理部副经理", "项目招标违规", "党内警告处分", "2023年9月14日"},
		{"2", "黎某", "财务管理部会计", "违规报销", "诫勉谈话", "2023年9月20日"},
		{"3", "邵某某", "子公司副总经理", "对下属监管不力", "诫勉谈话", "2023年9月20日"},
		{"4", "龚某", "综合办公室科员", "公务用车登记不实", "批评教育", "2023年8月30日"},
		{"5", "彭某某", "投资发展部主管", "合同审核不严", "批评教育", "2023年8月30日"},
		{"6", "袁某", "人力资源部主管", "聘用程序不完整", "批评教育", "2023年10月11日"},
		{"7", "董某某", "工程管理部主管", "资产台账不实", "批评教育", "2023年10月11日"}}
	rules := [][]string{{"序号", "制度名称", "制定/修订", "印发时间", "文号"},
		{"1", "“三重一大”事项决策实施办法", "修订", "2023年8月", "沅城投党〔2023〕21号"},
		{"2", "公务接待管理办法", "新建", "2023年8月", "沅城投〔2023〕56号"},
		{"3", "公务用车管理办法", "修订", "2023年9月", "沅城投〔2023〕61号"},
		{"4", "财务报销管理规定", "修订", "2023年9月", "沅城投〔2023〕62号"},
		{"5", "采购管理办法", "新建", "2023年9月", "沅城投〔2023〕63号"},
		{"6", "合同管理办法", "新建", "2023年10月", "沅城投〔2023〕70号"},
		{"7", "资产管理办法", "修订", "2023年10月", "沅城投〔2023〕71号"},
		{"8", "编外用工管理规定", "新建", "2023年10月", "沅城投〔2023〕72号"},
		{"9", "廉洁风险防控实施办法", "新建", "2023年11月", "沅城投党〔2023〕30号"}}
	writeLedger(d, "沅丰城投集团巡察整改台账.xlsx", Ledger{
		Sheet: "问题整改清单", Title: "沅丰城投集团党委巡察反馈问题整改清单",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "问题类别"}, {Key: "title", Head: "问题清单"}, {Key: "measure", Head: "整改任务"}, {Key: "leader", Head: "包保领导"}, {Key: "dept", Head: "落实单位"}, {Key: "deadline", Head: "完成时限"}, {Key: "status", Head: "销号情况"}, {Key: "evid", Head: "销号依据"}},
		Probs: ps,
		Extra: []Sheet{{"责任追究", acc}, {"制度建设", rules}},
	})
}

func simpleLedger(d, name, sheet string, ix []int, leaders, depts []string, deadline string, notDone map[int][3]string) {
	var ps []P
	for i, b := range pick(ix...) {
		p := row(b, cyc(leaders, i), cyc(depts, i), deadline, "已完成", "", "=")
		if s, ok := notDone[i+1]; ok {
			p.Status, p.Deadline, p.Evid = s[0], s[1], s[2]
		}
		ps = append(ps, p)
	}
	writeLedger(d, name, Ledger{
		Sheet: sheet,
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "存在问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任部门"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改情况"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}

// 08 鹤汀县文化和旅游局 — one minutes file is a .doc that is really garbage: incomplete.
func c08() {
	d := dir("08-heting-wenlv-doc-unreadable")
	caseJSON(d, map[string]any{"unit": "中共鹤汀县文化和旅游局党组", "round": "十五届县委第四轮巡察", "feedback_date": "2022-08-16", "report_date": "2022-12-20", "as_of": "2022-12-20"})
	simpleLedger(d, "ledger.xlsx", "台账", []int{0, 1, 3, 5, 6, 8, 11, 14, 16, 17, 22, 24},
		[]string{"局长 万小川", "副局长 庄玉梅", "副局长 欧阳斌"}, []string{"办公室", "文化艺术股", "旅游发展股", "计财股"}, "2022年11月30日",
		map[int][3]string{4: {"正在整改", "2023年3月31日", ""}, 10: {"持续推进", "长期坚持", ""}})
	must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
	garbage := make([]byte, 6000)
	x := uint32(2022)
	for i := range garbage {
		x = x*1664525 + 1013904223
		garbage[i] = byte(x >> 24)
	}
	must(os.WriteFile(filepath.Join(d, "minutes", "2022-10-11党组会议纪要.doc"), garbage, 0o644))
}

// 09 石北街道 — one minutes file is empty: incomplete.
func c09() {
	d := dir("09-shibei-jiedao-empty-minutes")
	caseJSON(d, map[string]any{"unit": "中共南箕区石北街道工作委员会", "round": "区委第三巡察组", "feedback_date": "2023-03-20", "report_date": "2023-07-14", "as_of": "2023-07-14"})
	simpleLedger(d, "ledger.xlsx", "问题台账", []int{0, 2, 5, 8, 10, 14, 16, 24, 25},
		[]string{"党工委书记 柯向东", "党工委副书记、办事处主任 裴丽", "党工委委员、纪工委书记 严俊"}, []string{"党政办", "社区建设办", "财政所", "平安建设办"}, "2023年6月30日",
		map[int][3]string{7: {"正在整改", "2023年12月31日", ""}})
	must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
	must(os.WriteFile(filepath.Join(d, "minutes", "第二次整改调度会纪要.docx"), nil, 0o644))
}

// 10 白渚县自然资源局 — a damaged PDF named as the minutes' compilation; one row overdue.
func c10() {
	d := dir("10-baizhu-ziran-damaged-pdf")
	caseJSON(d, map[string]any{"unit": "中共白渚县自然资源局党组", "round": "县委第二巡察组", "feedback_date": "2022-04-08", "report_date": "2022-09-26", "as_of": "2022-09-30"})
	simpleLedger(d, "ledger.xlsx", "整改台账", []int{0, 2, 3, 5, 6, 8, 9, 11, 14, 17, 22},
		[]string{"党组书记、局长 祁振宇", "党组成员、副局长 雷敏", "党组成员、副局长 班志刚"}, []string{"办公室", "国土空间规划股", "耕地保护股", "财务股", "人事股"}, "2022年8月31日",
		map[int][3]string{7: {"未完成", "2022年6月30日", ""}})
	pdf := "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 595 842] >>\nendobj\n4 0 obj\n<< /Length 880 /Filter /FlateDecode >>\nstream\n"
	junk := make([]byte, 900)
	x := uint32(7)
	for i := range junk {
		x = x*1103515245 + 12345
		junk[i] = byte(x >> 16)
	}
	must(os.WriteFile(filepath.Join(d, "会议纪要汇编.pdf"), append([]byte(pdf), junk...), 0o644))
}

// 11 南箕区统计局 — the report calls every item done; two rows say 未销号.
func c11() {
	d := dir("11-nanji-tongji-item-status")
	caseJSON(d, map[string]any{"unit": "中共南箕区统计局党组", "round": "区委第一巡察组", "feedback_date": "2023-05-22", "report_date": "2023-10-18", "as_of": "2023-10-20"})
	leaders := []string{"党组书记、局长 郝建新", "党组成员、副局长 颜秀英", "党组成员、副局长 包伟"}
	depts := []string{"办公室", "综合统计科", "法规科", "机关党支部"}
	var ps []P
	for i, b := range pick(0, 3, 6, 8, 14, 16, 22, 24) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年9月30日", "已销号", "", "=")
		switch n {
		case 3:
			p.Status, p.Deadline, p.Evid = "持续推进，未销号", "长期坚持", "公务接待清理台账（部分）"
		case 6:
			p.Status, p.Deadline, p.Evid = "未销号", "2023年12月31日", ""
			p.Note = "2名退休党员差额尚未补交"
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "整改台账", Title: "南箕区统计局巡察反馈问题整改销号台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "牵头领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "完成时限"}, {Key: "status", Head: "销号情况"}, {Key: "evid", Head: "佐证材料"}, {Key: "note", Head: "备注"}},
		Probs: ps,
	})
}

// 12 临枫市住房和城乡建设局 — 待销号 / 拟销号 / 申请销号 rows counted as done by the report.
func c12() {
	d := dir("12-linfeng-zhujian-pending")
	caseJSON(d, map[string]any{"unit": "中共临枫市住房和城乡建设局党组", "round": "市委第三巡察组", "feedback_date": "2023-02-27", "report_date": "2023-06-28", "as_of": "2023-06-30"})
	leaders := []string{"冯志诚", "黄丽萍", "丁学军", "秦玉"}
	depts := []string{"办公室", "建筑市场监管科", "计划财务科", "房地产市场科", "人事科", "机关党委"}
	var ps []P
	for i, b := range pick(0, 2, 3, 5, 6, 8, 9, 11, 13, 14, 17, 19, 22, 23) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年5月31日", "已销号", "", "=")
		switch n {
		case 4:
			p.Status, p.Deadline = "待销号", "2023年7月31日"
		case 7:
			p.Status, p.Deadline = "拟销号", "2023年8月31日"
		case 10:
			p.Status, p.Deadline = "申请销号", "2023年7月31日"
		case 2, 13:
			p.Status, p.Deadline, p.Evid = "正在整改", "2023年12月31日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "销号台账", Title: "临枫市住房和城乡建设局巡察整改对账销号台账", Filler: "填报单位（盖章）：临枫市住房和城乡建设局办公室        填报日期：2023年6月27日",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "问题描述"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "销号状态"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}

// 13 沅丰市交通运输局 — 13 problems, the report goes through 12 of them one by one.
func c13() {
	d := dir("13-yuanfeng-jiaotong-list-count")
	caseJSON(d, map[string]any{"unit": "中共沅丰市交通运输局党组", "round": "九届市委第三轮巡察", "feedback_date": "2022-06-06", "report_date": "2022-10-10", "as_of": "2022-10-10"})
	simpleLedger(d, "ledger.xlsx", "整改台账", []int{0, 1, 3, 5, 7, 8, 10, 13, 14, 17, 21, 22, 25},
		[]string{"党组书记、局长 宋立军", "党组成员、副局长 舒兰", "党组成员、副局长 温凯"}, []string{"办公室", "规划建设科", "财务审计科", "人事科", "安全监督科"}, "2022年9月30日",
		map[int][3]string{7: {"正在整改", "2022年12月31日", ""}, 13: {"持续推进", "长期坚持", ""}})
}

// 14 北塘县工业和信息化局 — clean; the report gives three typical problems only.
func c14() {
	d := dir("14-beitang-gongxin-typical-clean")
	caseJSON(d, map[string]any{"unit": "中共北塘县工业和信息化局党组", "round": "县委第二巡察组", "feedback_date": "2022-09-05", "report_date": "2023-01-10", "as_of": "2023-01-10"})
	leaders := []string{"党组书记、局长 尹浩然", "党组成员、副局长 戴静", "党组成员、副局长 毛国峰"}
	depts := []string{"办公室", "工业发展股", "中小企业股", "财务股", "人秘股"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 14, 15, 16, 17, 18, 22, 23) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2022年12月31日", cyc([]string{"已完成", "完成"}, i), "", "=")
		if in(n, 3, 10, 17) {
			p.Status, p.Deadline, p.Evid = "持续推进", cyc([]string{"长期坚持", "2023年6月30日"}, n), ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题整改台账", Title: "北塘县工信局落实县委巡察反馈意见整改台账", Filler: "填报单位（盖章）：北塘县工业和信息化局　　　填报人：罗敏　　　联系电话：（略）",
		Cols: []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "问题类别"}, {Key: "title", Head: "问题内容"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "牵头领导"}, {Key: "dept", Head: "主责部门"}, {Key: "deadline", Head: "完成时限"},
			{Key: "status", Head: "进展情况", Group: "整改落实情况"}, {Key: "evid", Head: "佐证材料目录", Group: "整改落实情况"}},
		Merged: true, Probs: ps,
	})
}

// 15 沅丰市民政局 — accountability 11 vs 9 rows; clues 5 handled vs 4; one clue long pending.
func c15() {
	d := dir("15-yuanfeng-minzheng-acc-clues")
	caseJSON(d, map[string]any{"unit": "中共沅丰市民政局党组", "round": "九届市委第一轮巡察", "feedback_date": "2022-03-01", "report_date": "2022-09-26", "as_of": "2022-09-30"})
	leaders := []string{"党组书记、局长 查海燕", "党组成员、副局长 邹明", "党组成员、副局长 鲁国平"}
	depts := []string{"办公室", "社会救助科", "社会组织管理科", "规划财务科", "人事科"}
	var ps []P
	for i, b := range pick(0, 3, 5, 6, 8, 10, 14, 17, 22, 24) {
		ps = append(ps, row(b, cyc(leaders, i), cyc(depts, i), "2022年8月31日", "已完成", "", "="))
	}
	acc := [][]string{{"沅丰市民政局巡察整改问责情况统计表"}, {"序号", "被问责人", "单位及职务", "问责事由", "处理方式", "处理时间"},
		{"1", "方某某", "原社会救助科科长", "违规审批低保", "政务记过处分", "2022年6月2日"},
		{"2", "任某", "某街道民政办工作人员", "违规审批低保", "党内警告处分", "2022年6月2日"},
		{"3", "蔡某某", "福利院副院长", "物资管理混乱", "免职", "2022年5月18日"},
		{"4", "程某", "规划财务科副科长", "报销审核不严", "诫勉谈话", "2022年4月20日"},
		{"5", "苏某某", "社会组织管理科科员", "年检把关不严", "批评教育", "2022年4月20日"},
		{"6", "贺某", "办公室科员", "公务用车登记不实", "批评教育", "2022年4月20日"},
		{"7", "武某某", "人事科科员", "档案材料缺失", "批评教育", "2022年5月6日"},
		{"8", "邱某", "殡葬管理所会计", "往来款未清理", "批评教育", "2022年5月6日"},
		{"9", "金某某", "救助站站长", "信访件办理不及时", "批评教育", "2022年7月11日"}}
	clues := [][]string{{"序号", "线索编号", "反映对象", "主要问题", "移交时间", "承办部门", "办理结果", "办结时间", "办理状态"},
		{"1", "XC2022-01", "方某某", "违规审批低保", "2022年3月10日", "驻局纪检监察组", "立案审查，给予政务记过处分", "2022年5月6日", "已办结"},
		{"2", "XC2022-02", "任某", "违规审批低保", "2022年3月10日", "驻局纪检监察组", "立案审查，给予党内警告处分", "2022年5月6日", "已办结"},
		{"3", "XC2022-03", "蔡某某", "物资管理混乱", "2022年3月10日", "驻局纪检监察组", "谈话函询后予以组织处理", "2022年4月28日", "已办结"},
		{"4", "XC2022-04", "熊某某", "工程项目插手干预", "2022年3月10日", "市纪委监委第三监督检查室", "", "", "正在核查"},
		{"5", "XC2022-05", "邱某", "往来款长期挂账", "2022年3月10日", "驻局纪检监察组", "予以了结，批评教育", "2022年4月15日", "已办结"}}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题整改", Title: "沅丰市民政局巡察反馈问题整改台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改情况"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
		Extra: []Sheet{{"问责情况", acc}, {"线索办理", clues}},
	})
}

// 16 临枫市财政局 — 13 rules claimed, 10 on the rules sheet.
func c16() {
	d := dir("16-linfeng-caizheng-systems")
	caseJSON(d, map[string]any{"unit": "中共临枫市财政局党组", "round": "市委第一巡察组", "feedback_date": "2022-10-17", "report_date": "2023-02-20", "as_of": "2023-02-20"})
	leaders := []string{"党组书记、局长 岳明远", "党组成员、副局长 葛玲", "党组成员、副局长 车晓峰"}
	depts := []string{"办公室", "预算科", "国库科", "政府采购管理科", "人事科"}
	var ps []P
	for i, b := range pick(0, 2, 3, 5, 6, 8, 9, 12, 13, 14, 17, 23) {
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年1月31日", "已完成", "", "=")
		if in(i+1, 3, 9) {
			p.Status, p.Deadline, p.Evid = "正在推进", "2023年6月30日", ""
		}
		ps = append(ps, p)
	}
	rules := [][]string{{"序号", "制度名称", "文号", "印发日期"},
		{"1", "临枫市财政局党组工作规则", "临财党〔2022〕18号", "2022-11-08"},
		{"2", "局党组理论学习中心组学习制度", "临财党〔2022〕19号", "2022-11-08"},
		{"3", "“三重一大”事项集体决策实施细则", "临财党〔2022〕20号", "2022-11-15"},
		{"4", "公务接待管理规定", "临财〔2022〕101号", "2022-11-22"},
		{"5", "财务报销管理办法", "临财〔2022〕102号", "2022-11-22"},
		{"6", "政府采购内部控制规程", "临财〔2022〕108号", "2022-12-01"},
		{"7", "专项资金分配管理办法", "临财〔2022〕115号", "2022-12-12"},
		{"8", "合同管理办法", "临财〔2022〕116号", "2022-12-12"},
		{"9", "干部教育培训管理办法", "临财党〔2023〕2号", "2023-01-09"},
		{"10", "机关档案管理制度", "临财〔2023〕5号", "2023-01-16"}}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "分管领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "完成时限"}, {Key: "status", Head: "完成情况"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
		Extra: []Sheet{{"建章立制", rules}},
	})
}

// 17 沅丰职业技术学院 — clean; a college; 分别 and 其中 phrasing.
func c17() {
	d := dir("17-yuanfeng-xueyuan-clean")
	caseJSON(d, map[string]any{"unit": "中共沅丰职业技术学院委员会", "round": "九届市委第四轮巡察", "feedback_date": "2023-04-14", "report_date": "2023-08-30", "as_of": "2023-08-30"})
	leaders := []string{"党委书记 欧晓明", "党委副书记、院长 管文博", "党委委员、副院长 单丽华", "党委委员、纪委书记 聂鹏"}
	depts := []string{"党政办公室", "组织人事处", "宣传统战部", "计划财务处", "教务处", "资产管理处", "纪委办公室"}
	var ps []P
	for i, b := range pick(0, 1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 24) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年7月31日", "已完成整改", "", "=")
		if in(n, 3, 18) {
			p.Status, p.Deadline, p.Evid = "持续推进中", "2023年12月31日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "整改清单", Title: "中共沅丰职业技术学院委员会巡察整改任务清单",
		Cols: []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "方面"}, {Key: "title", Head: "反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "牵头校领导"}, {Key: "dept", Head: "牵头部门"}, {Key: "deadline", Head: "完成时限"},
			{Key: "status", Head: "整改进展", Group: "整改落实情况"}, {Key: "evid", Head: "佐证材料", Group: "整改落实情况"}},
		Merged: true, Probs: ps,
	})
}

// 18 北塘县财政局 (audit) — no special democratic life meeting in the minutes.
func c18() {
	d := dir("18-beitang-audit-no-dlm")
	caseJSON(d, map[string]any{"unit": "北塘县财政局", "round": "北塘县审计局2022年度预算执行审计", "feedback_date": "2023-03-31", "report_date": "2023-07-20", "as_of": "2023-07-20"})
	var ps []P
	leaders := []string{"局长 石光辉", "副局长 邝萍", "副局长 甘宇"}
	depts := []string{"预算股", "国库股", "会计股", "行政政法股"}
	for i, b := range audit[:9] {
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年6月30日", "已整改", fmt.Sprintf("2023年%d月%d日", 5+i%2, 8+i), "=")
		ps = append(ps, p)
	}
	writeLedger(d, "审计整改台账.xlsx", Ledger{
		Sheet: "审计整改", Title: "2022年度预算执行审计发现问题整改台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "类别"}, {Key: "title", Head: "审计发现问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "分管领导"}, {Key: "dept", Head: "责任股室"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改情况"}, {Key: "done", Head: "完成时间"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}

// 19 枫林街道 — nine 调度会 claimed, five in the minutes (a sixth is about work safety).
func c19() {
	d := dir("19-linfeng-fenglin-diaodu")
	caseJSON(d, map[string]any{"unit": "中共临枫市枫林街道工作委员会", "round": "市委第五巡察组", "feedback_date": "2023-08-08", "report_date": "2023-12-12", "as_of": "2023-12-15"})
	simpleLedger(d, "ledger.xlsx", "整改台账", []int{0, 2, 4, 5, 8, 10, 14, 16, 22, 24, 25},
		[]string{"党工委书记 鲍志远", "党工委副书记、主任 牛晓燕", "党工委委员、纪工委书记 卜强"}, []string{"党政办公室", "城市管理办公室", "财政所", "社会事务办公室", "平安建设办公室"}, "2023年11月30日",
		map[int][3]string{5: {"正在整改", "2024年3月31日", ""}, 11: {"持续推进", "长期坚持", ""}})
}

// 20 北塘县水利局 — clean; CSV in GBK with a title row.
func c20() {
	d := dir("20-beitang-shuili-clean-gbk")
	caseJSON(d, map[string]any{"unit": "中共北塘县水利局党组", "round": "县委第五巡察组", "feedback_date": "2023-06-12", "report_date": "2023-10-09", "as_of": "2023-10-09"})
	leaders := []string{"党组书记、局长 庞振国", "党组成员、副局长 谷晓雯", "党组成员、副局长 巫建华"}
	depts := []string{"办公室", "水利工程股", "水资源股", "财务股"}
	var ps []P
	for i, b := range pick(0, 2, 5, 6, 9, 12, 14, 16, 25) {
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年9月30日", "已完成", fmt.Sprintf("2023年%d月%d日", 7+i%2, 6+2*i), "=")
		if in(i+1, 4, 9) {
			p.Status, p.Deadline, p.Done, p.Evid = "正在整改", "2023年12月31日", "", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "ledger.csv", Ledger{
		Title: "北塘县水利局巡察整改工作台账", GBK: true,
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "巡察反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任股室"}, {Key: "deadline", Head: "整改期限"}, {Key: "status", Head: "整改进度"}, {Key: "done", Head: "完成日期"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
	})
}
