package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// build makes n problem rows from titles, all done with evidence, by
// department in turn; edit marks the exceptions.
func build(titles []string, depts, leaders []string, deadline, done string) []prob {
	var ps []prob
	for i, t := range titles {
		ps = append(ps, prob{no: i + 1, dept: depts[i%len(depts)], title: t, leader: leaders[i%len(leaders)],
			deadline: deadline, status: "已办结", done: done, evidence: fmt.Sprintf("整改佐证材料%02d（会议纪要、制度文件）", i+1)})
	}
	return ps
}

// byDept sorts the rows by department, as the office system exports them.
func byDept(ps []prob) []prob {
	out := append([]prob{}, ps...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].dept < out[j].dept })
	return out
}

func printRows(c string, m map[int]int) {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, " %d→%d", k, m[k])
	}
	fmt.Println(c, "rows:", b.String())
}

var soeTitles = []string{
	"三重一大决策程序执行不严格", "对所属企业监管不到位", "工程项目招标管理不规范", "资金支付审批流于形式",
	"应收账款清收不力", "选人用人程序不规范", "基层党组织换届不及时", "党风廉政建设主体责任落实不到位",
	"公务用车管理不规范", "业务招待费超标准列支", "合同管理存在漏洞", "固定资产账实不符",
	"投资项目后评价缺失", "违规对外出借资金", "内部审计整改跟踪不到位", "国有资产出租收益流失",
	"物资采购比价流于形式", "薪酬发放不规范", "安全生产责任落实不到位", "意识形态工作责任制落实不到位",
	"巡察整改长效机制不健全", "党委理论学习中心组学习不深入", "干部档案管理不规范", "工会经费使用不规范",
	"信息化项目重复建设", "子公司法人治理不完善", "担保管理不规范", "债务风险防控不力",
	"工程变更签证管理不严", "外包业务管理松散", "财务核算不规范", "印章管理不严",
	"人员招聘信息公开不充分", "廉洁风险点排查不全面", "党建工作与生产经营融合不够", "制度执行监督检查不力",
}

var bankTitles = []string{
	"信贷审批把关不严", "贷后管理流于形式", "不良贷款清收处置不力", "员工异常行为排查不到位",
	"关联交易管理不规范", "授信集中度超标", "柜面业务操作风险防控不严", "反洗钱工作落实不到位",
	"费用报销审核不严", "网点装修工程管理不规范", "消费者权益保护工作薄弱", "理财业务销售不规范",
	"内控合规检查整改不彻底", "干部交流轮岗不到位", "党支部组织生活不规范", "重要岗位强制休假执行不到位",
	"抵债资产管理不规范", "押品评估管理不严", "信息科技外包风险管控不足", "案件防控责任落实不到位",
	"绩效考核激励导向偏差",
}

var eduTitles = []string{
	"二级学院党组织会议制度落实不到位", "科研经费管理不规范", "基建项目审计整改不到位", "校办企业监管缺位",
	"招生录取监督不够有力", "教师师德师风考核流于形式", "学生资助资金发放审核不严", "实验室安全管理存在隐患",
	"大型仪器设备共享使用率低", "继续教育办学管理不规范", "学术不端问题查处不力", "后勤服务外包管理松散",
	"干部兼职取酬清理不彻底", "意识形态阵地管理不严", "附属单位财务管理不规范", "校园网络安全防护薄弱",
	"教材选用审核把关不严", "公房使用管理混乱", "政府采购预算执行不规范", "研究生导师管理考核缺位",
	"基层党支部书记培训不足", "对外合作办学监管不到位", "教职工因私出国境管理不严", "图书资产账实不符",
	"课程思政建设推进缓慢", "毕业生就业统计不实", "食堂食品安全监管不到位",
}

var hospTitles = []string{
	"医疗设备采购论证不充分", "药品耗材带量采购执行不到位", "医保基金使用不规范", "过度检查过度治疗现象仍存在",
	"医德医风考评流于形式", "临床科室收受回扣风险防控薄弱", "基建工程结算审核不严", "院务公开不及时不全面",
	"党委领导下的院长负责制执行不到位", "医疗纠纷处置机制不健全", "科室二次分配不规范", "后勤外包服务监管不严",
	"医疗废物处置管理不规范", "信息系统安全防护不足", "进修规培人员管理松散",
}

// ledgers writes every case's ledger.
func ledgers() {
	// 01 城投集团, clean: 24 problems, 20 done, 4 in progress; a 汇总 sheet beside the 明细
	{
		ps := build(soeTitles[:24], []string{"集团办公室", "财务管理部", "工程管理部", "人力资源部", "纪检监察室", "投资发展部"},
			[]string{"党委书记魏某某", "总会计师孔某", "副总经理蒋某某", "党委副书记沈某"}, "2024-06-30 00:00:00", "2024-06-1")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 3+i)
		}
		for _, n := range []int{5, 11, 17, 23} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-12-31 00:00:00"
		}
		m := map[int]int{}
		det := oaSheet("整改明细", "澜州城投集团巡察反馈问题整改台账（明细）", byDept(ps), &m)
		sum := sheet{name: "汇总", titles: []string{"澜州城投集团巡察反馈问题整改汇总表"},
			header: []string{"所属单位", "问题数", "已办结", "办理中", "办结率"},
			rows: [][]string{
				{"集团本部", "12", "10", "2", "83.33%"}, {"澜州城建公司", "5", "4", "1", "80.00%"},
				{"澜州水务公司", "4", "3", "1", "75.00%"}, {"澜州城市运营公司", "3", "3", "0", "100.00%"},
				{"合计", "24", "20", "4", "83.33%"}}}
		writeXLSX("01-chengtou-group-clean/ledger.xlsx", []sheet{sum, det})
		printRows("01", m)
	}
	// 02 农商银行: 21 problems, ledger 16 已办结, 3 办理中, 2 已退回; the report says 18 done
	{
		ps := build(bankTitles[:21], []string{"风险管理部", "信贷管理部", "运营管理部", "人力资源部", "合规部"},
			[]string{"行长郑某", "副行长许某某", "纪委书记何某"}, "2024-06-30 00:00:00", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-05-%02d", 6+i)
		}
		for _, n := range []int{4, 9, 15} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-12-31 00:00:00"
		}
		for _, n := range []int{12, 19} {
			p := &ps[n-1]
			p.status, p.done, p.deadline = "已退回", "", "2024-09-30 00:00:00"
		}
		m := map[int]int{}
		s := oaSheet("问题整改台账", "澜州农村商业银行巡察整改事项办理台账", byDept(ps), &m)
		writeXLSX("02-nongshang-bank-done-inflated/ledger.xlsx", []sheet{s})
		printRows("02", m)
	}
	// 03 沧屿大学, clean, typical problems listed: 12 problems, 10 done, 2 阶段性完成
	{
		ps := build(eduTitles[:12], []string{"党委组织部", "科学技术处", "基建处", "资产经营公司"},
			[]string{"党委副书记邱某某", "副校长唐某", "总会计师罗某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-05-%02d", 10+i)
		}
		for _, n := range []int{3, 8} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "阶段性完成，需长期坚持", "", "", "长期坚持"
		}
		s := plainSheet("巡视整改台账", "中共沧屿大学委员会巡视反馈意见整改落实台账", ps)
		writeXLSX("03-cangyu-univ-typical-clean/ledger.xlsx", []sheet{s})
	}
	// 04 第一人民医院: 9 problems all done; the report lists 8
	{
		ps := build(hospTitles[:9], []string{"医务部", "药学部", "医保办", "基建科", "党委办公室"},
			[]string{"院长卢某某", "副院长吕某", "党委副书记施某"}, "2024年6月30日", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024年5月%d日", 8+i)
		}
		s := plainSheet("问题整改清单", "澜州市第一人民医院巡察反馈问题整改清单", ps)
		writeXLSX("04-renmin-hospital-list-short/ledger.xlsx", []sheet{s})
	}
	// 05 澜州证券: 15 problems, 12 done, 3 in progress; clean ledger
	{
		ps := build(bankTitles[:15], []string{"合规管理部", "经纪业务部", "财务部", "人力资源部"},
			[]string{"总裁梁某某", "合规总监宋某", "副总裁韩某"}, "2024-06-30 00:00:00", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 2+i)
		}
		for _, n := range []int{2, 7, 13} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-11-30 00:00:00"
		}
		m := map[int]int{}
		s := oaSheet("整改台账", "澜州证券股份有限公司巡视整改事项台账", byDept(ps), &m)
		writeXLSX("05-zhengquan-meetings-short/ledger.xlsx", []sheet{s})
	}
	// 06 妇幼保健院, clean: 7 problems all done, listed in the report's 附件; rules 5 new and 3 revised
	{
		ps := build([]string{"妇幼健康服务项目资金使用不规范", "母婴设施建设滞后", "出生医学证明管理不严", "新生儿疾病筛查随访不到位",
			"高值耗材出入库管理混乱", "职工继续教育学分审核不严", "党支部标准化建设不达标"},
			[]string{"财务科", "保健部", "医务科", "党办"}, []string{"院长华某某", "副院长伍某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-05-%02d", 12+i)
		}
		pr := plainSheet("问题整改台账", "澜州市妇幼保健院巡察整改台账", ps)
		rules := sheet{name: "制度建设", titles: []string{"巡察整改制度建设清单"},
			header: []string{"序号", "制度名称", "新建/修订", "印发时间"},
			rows: [][]string{
				{"1", "《妇幼健康服务项目资金管理办法》", "新建", "2024-04-12"},
				{"2", "《出生医学证明管理规定》", "修订", "2024-04-18"},
				{"3", "《新生儿疾病筛查随访工作规范》", "新建", "2024-04-25"},
				{"4", "《高值医用耗材管理办法》", "新建", "2024-05-06"},
				{"5", "《职工继续教育管理办法》", "修订", "2024-05-10"},
				{"6", "《党支部工作规则》", "修订", "2024-05-16"},
				{"7", "《院务公开管理办法》", "新建", "2024-05-22"},
				{"8", "《科室绩效考核实施细则》", "新建", "2024-06-03"},
			}}
		writeXLSX("06-fuyou-attachment-clean/ledger.xlsx", []sheet{pr, rules})
	}
	// 07 澜州财产保险: problems clean; clues and accountability sheets
	{
		ps := build(bankTitles[:10], []string{"理赔部", "财务部", "人力资源部"}, []string{"总经理冯某", "副总经理石某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 1+i)
		}
		pr := plainSheet("问题整改台账", "澜州财产保险公司巡察整改台账", ps)
		clues := sheet{name: "问题线索台账", titles: []string{"巡察移交问题线索办理台账"},
			header: []string{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			rows: [][]string{
				{"1", "XC2024-01", "理赔部原经理钱某某", "涉嫌虚假理赔", "2024-03-20", "纪委办公室", "初步核实", "2024-04-25", "已办结"},
				{"2", "XC2024-02", "某支公司负责人孙某", "违规报销费用", "2024-03-20", "纪委办公室", "谈话函询", "2024-04-18", "已办结"},
				{"3", "XC2024-03", "财务部员工李某某", "挪用备用金", "2024-03-20", "纪委办公室", "立案审查", "", "办理中"},
				{"4", "XC2024-04", "渠道部副经理周某", "收受代理机构礼金", "2024-03-20", "纪委办公室", "初步核实", "2024-05-06", "已办结"},
				{"5", "XC2024-05", "人力资源部吴某某", "招聘中违规操作", "2024-06-01", "纪委办公室", "初步核实", "", "办理中"},
				{"6", "XC2024-06", "车险部郑某", "违规返还手续费", "2024-03-20", "纪委办公室", "了结", "2024-04-30", "已办结"},
			}}
		acc := sheet{name: "问责情况", titles: []string{"整改问责情况统计表"},
			header: []string{"序号", "被问责人", "职务", "问责方式", "问责时间"},
			rows: [][]string{
				{"1", "钱某某", "理赔部原经理", "党纪处分（党内严重警告）", "2024-05-10"},
				{"2", "孙某", "支公司负责人", "", "2024-05-10"},
				{"3", "王某某", "财务部副经理", "组织处理（调整岗位）", "2024-05-20"},
				{"4", "陈某", "渠道部主管", "", "2024-05-20"},
				{"5", "赵某某", "车险部经理", "诫勉", "2024-06-03"},
				{"6", "刘某", "理赔部主管", "", "2024-06-03"},
				{"7", "黄某某", "营业部副经理", "", "2024-06-03"},
			},
			merges: [][2]string{{"D3", "D4"}, {"D5", "D6"}, {"D7", "D9"}}}
		acc.rows[1][3], acc.rows[3][3], acc.rows[5][3], acc.rows[6][3] = "", "", "", ""
		acc.rows[0][3] = "党纪处分（党内严重警告、党内警告）"
		writeXLSX("07-baoxian-clues/ledger.xlsx", []sheet{pr, clues, acc})
	}
	// 08 交通集团: 36 problems, 30 done, 6 in progress; the text says 30 + 5 of 36
	{
		ps := build(soeTitles[:36], []string{"集团本部", "澜州高速公司", "澜州港务公司", "澜州物流公司"},
			[]string{"党委书记严某", "总经理秦某某", "纪委书记龚某"}, "2024-06-30 00:00:00", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 1+i%28)
		}
		for _, n := range []int{3, 9, 14, 22, 29, 33} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-12-31 00:00:00"
		}
		s := oaSheet("台账明细", "澜州交通投资集团巡视整改台账", byDept(ps), nil)
		writeXLSX("08-jiaotou-parts-short/ledger.xlsx", []sheet{s})
	}
	// 09 理工学院: 27 problems, 24 done, 3 in progress
	{
		ps := build(eduTitles[:27], []string{"党委办公室", "教务处", "财务处", "国有资产管理处", "后勤管理处"},
			[]string{"党委书记鲁某", "院长钟某某", "副院长甘某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 1+i)
		}
		for _, n := range []int{6, 16, 25} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "正在推进，预计年底前完成", "", "", "2024-12-31"
		}
		s := plainSheet("整改台账", "沧屿理工学院巡察整改台账", ps)
		writeXLSX("09-ligong-rate-wrong/ledger.xlsx", []sheet{s})
	}
	// 10 澜州银行: 14 problems, 11 done (row 7 without evidence), 3 in progress (4 and 10 overdue)
	{
		ps := build(bankTitles[:14], []string{"公司银行部", "零售银行部", "风险管理部", "办公室"},
			[]string{"行长管某", "副行长邵某某"}, "2024-06-30 00:00:00", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 1+i)
		}
		ps[6].evidence = ""
		for _, n := range []int{4, 10} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-04-30 00:00:00"
		}
		p := &ps[12]
		p.status, p.done, p.evidence, p.deadline = "办理中", "", "", "2024-10-31 00:00:00"
		m := map[int]int{}
		s := oaSheet("整改事项", "澜州银行巡察整改事项台账", byDept(ps), &m)
		writeXLSX("10-lanzhou-bank-overdue/ledger.xlsx", []sheet{s})
		printRows("10", m)
	}
	// 11 中医院: status only in 备注; 10 problems, 8 done, 2 in progress
	{
		ps := build(hospTitles[:10], []string{"医务科", "财务科", "总务科", "党办"}, []string{"院长雷某", "副院长文某某"}, "2024年6月底", "")
		var rows [][]string
		for i, p := range ps {
			note := "已完成，已建立长效机制"
			ev := p.evidence
			dl := p.deadline
			if i == 3 || i == 8 {
				note, ev, dl = "正在推进，预计年底前完成", "", "2024年12月底"
			}
			rows = append(rows, []string{fmt.Sprint(p.no), "医疗管理", p.title, "对照问题制定专项方案，" + p.dept + "每月报送进度", p.leader, p.dept, dl, ev, note})
		}
		s := sheet{name: "整改台账", titles: []string{"澜州市中医院巡察反馈问题整改台账"},
			header: []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "佐证资料", "备注"},
			rows:   rows, footer: []string{"填表人：党办 褚某某    审核人：雷某"}}
		writeXLSX("11-zhongyiyuan-remarks-clean/ledger.xlsx", []sheet{s})
	}
	// 12 澜州能源: GBK CSV, 8 problems, 6 done, 2 in progress
	{
		var b strings.Builder
		b.WriteString("序号,所属部门,具体问题,整改目标,整改措施,责任领导,完成时限,目前进展,佐证资料\r\n")
		ts := soeTitles[:8]
		for i, t := range ts {
			st, dl, ev := "已办结", "2024/6/30", "《整改报告》及附件"
			if i == 2 || i == 6 {
				st, dl, ev = "办理中", "2024/12/31", ""
			}
			fmt.Fprintf(&b, "%d,%s,%s,建立健全相关制度堵塞管理漏洞,制定专项方案并于%s前完成,副总经理柯某,%s,%s,%s\r\n", i+1, []string{"安全环保部", "财务部", "综合办公室"}[i%3], t, dl, dl, st, ev)
		}
		must(os.WriteFile("12-nengyuan-wps-gbk-clean/ledger.csv", gbk(b.String()), 0o644))
	}
	// 13 澜州信托: 11 problems, all done; row of 序号 6 without a leader
	{
		ps := build(bankTitles[:11], []string{"信托业务一部", "风险管理部", "计划财务部"}, []string{"总经理岳某", "副总经理汤某某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 3+i)
		}
		ps[5].leader = ""
		s := plainSheet("整改台账", "澜州信托有限公司巡察整改台账", ps)
		writeXLSX("13-xintuo-encrypted-minutes/ledger.xlsx", []sheet{s})
	}
	// 15 澜州电力: 9 problems, 7 done, 2 in progress
	{
		ps := build(soeTitles[10:19], []string{"安全监察部", "物资部", "财务资产部"}, []string{"总经理殷某", "副总经理毕某某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 4+i)
		}
		for _, n := range []int{2, 8} {
			p := &ps[n-1]
			p.status, p.done, p.evidence, p.deadline = "正在整改", "", "", "2024-12-31"
		}
		s := plainSheet("整改台账", "国网澜州供电公司巡察整改台账", ps)
		writeXLSX("15-dianli-empty-minutes/ledger.xlsx", []sheet{s})
	}
	// 16 投资控股: 6 problems, 5 done, 序号 4 办理中
	{
		ps := build([]string{"重大投资决策前期论证不充分", "参股企业股权管理不到位", "基金投后管理薄弱",
			"违规发放福利补贴", "中层干部选任程序不严谨", "财务共享中心内控不健全"},
			[]string{"投资管理部", "资产运营部", "人力资源部", "财务部"}, []string{"董事长阮某", "总经理庞某某"}, "2024-06-30", "")
		for i := range ps {
			ps[i].done = fmt.Sprintf("2024-06-%02d", 5+i)
		}
		p := &ps[3]
		p.status, p.done, p.evidence, p.deadline = "办理中，已清退部分补贴", "", "", "2024-09-30"
		s := plainSheet("问题整改台账", "澜州投资控股集团巡察反馈问题整改台账", ps)
		writeXLSX("16-touzi-dlm-missing/ledger.xlsx", []sheet{s})
	}
	_ = filepath.Join
}

// plainSheet is a hand-kept ledger: 序号 first, the usual columns.
func plainSheet(name, title string, ps []prob) sheet {
	s := sheet{name: name, titles: []string{title},
		header: []string{"序号", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "完成时间", "佐证材料"},
		footer: []string{"说明：完成时限为“长期坚持”的事项按阶段性完成填报。"}}
	for _, p := range ps {
		s.rows = append(s.rows, []string{fmt.Sprint(p.no), p.title, measureFor(p), p.leader, p.dept, p.deadline, p.status, p.done, p.evidence})
	}
	return s
}
