package main

import "path/filepath"

// Case 16: a market-regulation bureau's report opens with the audit round's
// figures over 23 departments, then the bureau's own 9; the ledger also
// holds the previous year's 6 problems on a sheet after the current one.
func case16(dir string) {
	cur := []string{"非税收入未及时足额上缴", "项目支出预算执行率偏低", "结转结余资金未及时清理", "专项资金二次分配滞后", "政府采购意向公开不及时", "执法装备购置未纳入预算", "往来款长期挂账", "检验检测收费核算不规范", "资产处置未履行报批程序"}
	prev := []string{"预算编制不细化", "公用经费超支", "会议费超标准", "固定资产未入账", "采购合同管理不规范", "绩效自评不真实"}
	head := []string{"序号", "问题", "整改措施", "责任领导", "责任处室", "完成时限", "整改状态", "完成时间", "佐证材料"}
	a := [][]string{{"2023年度预算执行审计问题整改台账"}, head}
	for i, p := range cur {
		a = append(a, []string{n(i + 1), p, "落实整改", []string{"副局长严明", "副局长覃芳", "党组成员卢进"}[i%3], []string{"财务处", "综合规划处", "装备处"}[i%3], "2023.11.30", "已完成", "2023.11." + n(2+2*i), "整改佐证（" + n(i+1) + "）"})
	}
	b := [][]string{{"2022年度预算执行审计问题整改台账（已销号）"}, head}
	for i, p := range prev {
		b = append(b, []string{n(i + 1), p, "落实整改", "副局长严明", "财务处", "2023.3.31", "已完成", "2023.3." + n(5+i), "整改佐证（2022-" + n(i+1) + "）"})
	}
	writeXLSX(filepath.Join(dir, "ledger.xlsx"),
		sheet{name: "2023年度", rows: a, merges: [][2]string{{"A1", "I1"}}},
		sheet{name: "2022年度", rows: b, merges: [][2]string{{"A1", "I1"}}})
}

var minutes16 = []minutesFile{
	{out: "党组会议纪要（2023年第24次）.docx", text: mt("中共岚州市市场监督管理局党组会议纪要（2023年第24次）", "2023年8月22日", "局机关八楼会议室", "党组书记、局长华卫东", "党组成员", "研究预算执行审计发现问题整改",
		"会议传达了市审计局8月15日反馈的预算执行审计结果，审议通过审计整改方案。")},
	{out: "党组会议纪要（2023年第31次）.pdf", text: mt("中共岚州市市场监督管理局党组会议纪要（2023年第31次）", "2023年11月14日", "局机关八楼会议室", "党组书记、局长华卫东", "党组成员", "听取审计整改进展汇报",
		"会议听取了财务处关于审计整改进展的汇报，要求11月底前全部完成整改。")},
	{out: "专题民主生活会纪要.docx", text: mt("岚州市市场监督管理局领导班子审计整改专题民主生活会会议纪要", "2023年10月10日", "局机关八楼会议室", "党组书记、局长华卫东", "局领导班子成员", "对照预算执行审计发现问题开展对照检查",
		"班子成员对照审计发现问题作对照检查，开展批评和自我批评。")},
}
