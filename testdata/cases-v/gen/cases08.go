package main

import "path/filepath"

// Case 08: the ledger was saved by WPS as OpenDocument (.ods), which zhenggai
// does not read: every ledger rule must wait, whatever the ledger would show
// (here fewer rows done than the report says).
func case08(dir string) {
	out := [][]string{
		{"序号", "问题", "整改措施", "责任领导", "责任科室", "完成时限", "整改状态", "完成时间", "佐证材料"},
	}
	probs := []string{"涉农资金闲置", "补贴资金违规领取", "项目资金拨付滞后", "项目验收滞后", "资产未确权移交", "专项资金统筹不到位", "绩效评价流于形式", "项目公示不规范", "资金监管台账不完整", "项目储备不足"}
	for i, p := range probs {
		st, done, ev := "已完成", "2023.10.20", "整改佐证"
		if i == 3 || i == 4 || i == 7 || i == 9 {
			st, done, ev = "正在整改", "", ""
		}
		out = append(out, []string{n(i + 1), p, "落实整改", "副局长魏东", "计划财务科", "2023.9.30", st, done, ev})
	}
	convertSheet(filepath.Join(dir, "ledger.ods"), "ods:calc8", sheet{name: "台账", rows: out})
}

var minutes08 = []minutesFile{
	{out: "党组会议纪要（2023年第16次）.docx", text: mt("中共岚州市农业农村局党组会议纪要（2023年第16次）", "2023年7月6日", "局机关四楼会议室", "党组书记、局长邵勇", "党组成员", "研究涉农资金专项审计反馈问题整改",
		"会议传达了市审计局6月30日反馈的涉农资金专项审计结果，审议审计整改方案。")},
	{out: "党组会议纪要（2023年第22次）.docx", text: mt("中共岚州市农业农村局党组会议纪要（2023年第22次）", "2023年9月26日", "局机关四楼会议室", "党组书记、局长邵勇", "党组成员", "听取审计整改进展汇报",
		"会议听取了计划财务科关于涉农资金审计整改进展的汇报，研究高标准农田项目验收滞后问题。")},
	{out: "专题民主生活会纪要.docx", text: mt("岚州市农业农村局领导班子审计整改专题民主生活会会议纪要", "2023年8月17日", "局机关四楼会议室", "党组书记、局长邵勇", "局领导班子成员", "对照涉农资金专项审计问题开展对照检查",
		"班子成员对照审计指出的问题逐一作对照检查，开展批评和自我批评。")},
}
