package main

import "strings"

func isDone(r Row) bool {
	return strings.HasPrefix(r.Status, "已") || r.Status == "完成" || r.Status == "整改完成"
}

func info(unit, round, fb, rep, asof string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rep, "as_of": asof}
}

func f(rule, item string, claimed, observed any) Finding {
	return Finding{Rule: rule, Item: item, Claimed: claimed, Observed: observed}
}

func fr(rule string, no int, title string, claimed, observed any) Finding {
	return Finding{Rule: rule, Item: itoa(no), Title: title, Claimed: claimed, Observed: observed, rowNo: no}
}

var meetingRules = []string{"claim.meetings", "meeting.democratic-life-missing"}
var ledgerRules = []string{"claim.problems-total", "claim.problems-done", "claim.item-status", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner"}

func cases() []Case {
	var cs []Case

	// 01 — a vocational college: figures by aspect in a table and in text, a
	// 汇总 sheet before the 明细, a two-row merged header, 其中 with its own state.
	{
		rows := mk(Cfg{Pool: school, N: 24, Leaders: []string{"党委书记周明远", "校长蒋立群", "副校长许文博", "副校长陶慧敏", "纪委书记韩东"},
			Depts: []string{"党委办公室", "组织人事处", "教务处", "财务处", "学生工作处", "后勤管理处"}, DateFmt: 3,
			DoneText: []string{"已完成", "已完成整改", "已销号"}, Evid: []string{"党委会议纪要、制度文件", "整改前后对比照片", "《整改情况说明》及附件"},
			Feedback: "2024-03-12"})
		open(rows, 5, "正在推进，预计2024年12月底前完成", "2024年12月31日")
		open(rows, 13, "正在推进，已完成清产核资", "2024年10月31日")
		open(rows, 20, "持续推进", "长期坚持")
		l := &Ledger{File: "ledger.xlsx", Sheet: "问题整改明细", Title: "璟川职业技术学院巡察反馈问题整改台账（明细）",
			Cols: []Col{col("序号", gNo), col("问题类别", gCat), col("具体问题", gProb), col("责任单位", gDept), col("责任领导", gLeader),
				col("整改措施", gMeas), col("完成时限", gDeadline), sub("整改情况", "整改进展", gStatus), sub("整改情况", "完成时间", gDone),
				sub("整改情况", "佐证材料", gEvid), col("备注", gNote)},
			Rows: rows, MergeCat: true, Footer: []string{"填表人：党委办公室 罗静    审核：韩东    填报日期：2024年6月21日"},
			Before: []Sheet{{Name: "汇总", Rows: append([][]string{{"巡察反馈问题整改情况汇总表"}}, aspectRows(rows, isDone)...), Merges: [][2]string{{"A1", "D1"}}}}}
		cs = append(cs, Case{Name: "01-xueyuan-table-and-text-clean",
			Desc:   "璟川职业技术学院党委（高校）：DOCX 报告，按方面的数字既在表格（带合计行）又在正文；其中立行立改3个另述其状态（已全部完成）；报告引述巡察组受理信访举报28件（巡察组的工作量，不是本单位问题数）；台账两张表（汇总＋明细），合并标题、两行表头（整改情况下分整改进展/完成时间/佐证材料）、问题类别向下合并、填表人页脚；纪要：党委会议2次、专题民主生活会1次。应无发现。",
			Info:   info("中共璟川职业技术学院委员会", "璟川市委第三巡察组（2024年第一轮巡察）", "2024-03-12", "2024-06-25", "2024-06-30"),
			Ledger: l,
			Vars:   map[string]string{"ASPECT": aspects(rows, isDone)},
			Docs: []Doc{{Src: "01-report.txt", Dst: "report.docx", Kind: "docx"},
				{Dst: "minutes/2024-03-20-党委会议纪要.docx", Kind: "docx", Text: minutes("中共璟川职业技术学院委员会会议纪要", "院党委纪〔2024〕6号", "2024-03-20", "行政楼三楼会议室", "党委书记周明远", "党委委员蒋立群、许文博、陶慧敏、韩东", "会议传达了市委第三巡察组反馈意见，研究审议了《璟川职业技术学院落实市委巡察反馈意见整改工作方案》，明确24个问题的责任领导、责任部门和整改时限，成立巡察整改工作领导小组。", "会议要求，各责任部门要对照问题清单逐项制定整改措施，6月底前完成集中整改。")},
				{Dst: "minutes/2024-05-08-党委会议纪要.docx", Kind: "docx", Text: minutes("中共璟川职业技术学院委员会会议纪要", "院党委纪〔2024〕11号", "2024-05-08", "行政楼三楼会议室", "党委书记周明远", "党委委员蒋立群、许文博、陶慧敏、韩东", "会议听取了巡察整改工作进展情况汇报，逐项审议了已完成整改事项的佐证材料，对进度滞后的校办企业监管问题进行督办。")},
				{Dst: "minutes/2024-04-18-专题民主生活会.docx", Kind: "docx", Text: minutes("璟川职业技术学院党委巡察整改专题民主生活会会议记录", "", "2024-04-18", "行政楼三楼会议室", "党委书记周明远", "党委班子成员；市纪委监委派驻纪检监察组、市委组织部有关同志到会指导", "会议围绕市委巡察反馈问题，班子成员逐一进行对照检查，开展批评和自我批评，明确整改方向。")}},
			Verdict: "clean", Complete: true})
	}

	// 02 — a county hospital: PDF with header, footer and page numbers, a
	// table of the 26 problems over page breaks; the rate is 24/26 written
	// for 23/26; one row without a department.
	{
		rows := mk(Cfg{Pool: hospital, N: 26, Leaders: []string{"院长罗建军", "副院长邓晓梅", "副院长方志强", "纪委书记朱红"},
			Depts: []string{"院办", "医务科", "护理部", "财务科", "设备科", "人事科", "总务科"}, DateFmt: 4,
			DoneText: []string{"已完成"}, Evid: []string{"制度文件及会议记录", "整改台账附件3", "自查报告"}, Feedback: "2023-09-20"})
		open(rows, 4, "正在整改", "2024-03-31")
		open(rows, 12, "正在整改", "2024-06-30")
		open(rows, 21, "正在整改", "2024-03-31")
		rows[16].Dept = ""
		l := &Ledger{File: "ledger.xlsx", Sheet: "整改台账", Title: "棠溪县人民医院巡察反馈问题整改台账",
			Cols: []Col{col("序号", gNo), col("存在问题", gProb), col("整改措施", gMeas), col("责任科室", gDept), col("责任人", gLeader),
				col("整改时限", gDeadline), col("完成情况", gStatus), col("完成时间", gDone), col("佐证材料", gEvid), col("备注", gNote)},
			Rows: rows}
		cs = append(cs, Case{Name: "02-yiyuan-pdf-rate-off-by-one",
			Desc:   "棠溪县人民医院党委：WPS 导出样式的 PDF（页眉、页脚页码），26个问题的表格跨页；正文称已完成整改23个、整改完成率92.3%（实为88.46%，92.3%是24/26）。院长办公会3次（其他会议，不核）。台账第17项无责任科室。",
			Info:   info("中共棠溪县人民医院委员会", "棠溪县委第一巡察组（2023年第二轮巡察）", "2023-09-20", "2023-12-28", "2023-12-31"),
			Ledger: l,
			Find:   []Finding{f("arith.rate", "problems", 92.3, 88.46), fr("ledger.no-owner", 17, rows[16].Prob, nil, nil)},
			Docs: []Doc{{Src: "02-report.txt", Dst: "report.pdf", Kind: "pdfhf"},
				{Dst: "minutes/党委会议纪要（9月28日）.docx", Kind: "docx", Text: minutes("中共棠溪县人民医院委员会会议纪要", "第15次", "2023-09-28", "门诊楼五楼会议室", "党委书记汪永平", "党委委员罗建军、邓晓梅、方志强、朱红", "会议专题研究县委巡察反馈意见整改工作，审议通过巡察整改方案，明确26个问题的整改责任。")},
				{Dst: "minutes/党委会议纪要（11月15日）.docx", Kind: "docx", Text: minutes("中共棠溪县人民医院委员会会议纪要", "第18次", "2023-11-15", "门诊楼五楼会议室", "党委书记汪永平", "党委委员罗建军、邓晓梅、方志强、朱红", "会议听取各科室巡察整改进展汇报，研究医用耗材采购管理等问题的整改措施。")},
				{Dst: "minutes/院长办公会纪要.docx", Kind: "docx", Text: minutes("棠溪县人民医院院长办公会会议纪要", "第21期", "2023-10-19", "行政楼二楼会议室", "院长罗建军", "副院长邓晓梅、方志强，各职能科室负责人", "会议研究落实巡察反馈问题整改的具体业务措施，部署医保基金使用自查。")},
				{Dst: "minutes/专题民主生活会.docx", Kind: "docx", Text: minutes("中共棠溪县人民医院委员会巡察整改专题民主生活会情况报告", "", "2023-10-26", "门诊楼五楼会议室", "党委书记汪永平", "党委班子成员；县纪委监委第二派驻纪检监察组同志列席指导", "会议对照县委巡察反馈问题，班子成员逐一作对照检查发言，相互开展批评。")}},
			Verdict: "paper-rectification-suspected", Complete: true})
	}
	return append(cs, more()...)
}
