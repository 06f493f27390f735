package main

import (
	"os"
	"os/exec"
	"path/filepath"
)

var colsC = []string{"序号", "反馈问题", "整改措施", "责任领导", "责任科室", "完成时限", "佐证材料", "备注"}

func cases3() []kase {
	var ks []kase

	// 10: status only in 备注; one done row without evidence, one open row past its deadline.
	rem := gen(10, "dddiddd", "", "", "")
	notes := []string{"已完成，已建立长效机制", "已完成，相关人员已退还资金", "已完成，已印发制度", "正在推进，预计年底前完成", "已完成", "正在推进，需长期坚持", "已完成，已建立长效机制"}
	deadlines := []string{"2023.6.30", "2023/8/31", "2023年6月底", "2023.9.30", "立行立改", "长期坚持", "2023/10/31"}
	for i := range rem {
		rem[i].note, rem[i].deadline = notes[i], deadlines[i]
	}
	rem[2].evidence = ""
	rem[3].evidence, rem[5].evidence = "", ""
	ks = append(ks, kase{
		dir:  "10-shichang-status-in-remarks",
		info: info("中共苇溪县市场监督管理局党组", "县委第三巡察组（2023年第一轮巡察）", "2023-05-20", "2023-11-15", "2023-11-15"),
		report: `中共苇溪县市场监督管理局党组关于巡察整改工作情况的报告

县委第三巡察组于2023年5月20日反馈巡察意见，指出问题7个。局党组对照问题清单逐项推进，截至目前已完成整改5个，其余2个正在推进，其中1个需长期坚持。对已完成整改的问题，由局纪检组逐项审核佐证材料后销号。

中共苇溪县市场监督管理局党组
2023年11月15日`,
		sheets:  []sheet{problems("整改台账", "县市场监管局巡察反馈问题整改台账", colsC, rem, "说明：整改状态见备注栏。填表人：李娜")},
		minutes: stdMinutes("苇溪县市场监督管理局"),
		expected: expect("埋设：台账无整改状态列，状态只写在备注栏；第3项备注“已完成，已印发制度”但佐证材料为空；第4项“正在推进”，时限2023.9.30早于基准日2023-11-15", "2023-11-15", "needs-attention", true, nil,
			F{"rule": "ledger.no-evidence", "item": "3", "sheet": "整改台账", "row": 5},
			F{"rule": "ledger.overdue", "item": "4", "sheet": "整改台账", "row": 6}),
	})

	// 11: the ledger is an OpenDocument spreadsheet (.ods): not read.
	ks = append(ks, kase{
		dir:    "11-linye-ledger-ods",
		info:   info("中共苇溪县林业局党组", "县委第一巡察组（2023年第二轮巡察）", "2023-08-16", "2023-11-30", "2023-11-30"),
		sheets: []sheet{problems("问题整改", "县林业局巡察反馈问题整改台账", colsA, gen(14, "ddddii", "2023.10.31", "2024年3月底", "2023/10/25"), "")},
		report: `中共苇溪县林业局党组关于巡察整改情况的报告

县委第一巡察组于2023年8月16日反馈巡察意见，反馈问题6个，截至11月底已完成整改4个，正在整改2个。局党组召开党组会议1次、整改工作推进会1次研究推进整改，并召开了巡察整改专题民主生活会。

中共苇溪县林业局党组
2023年11月30日`,
		minutes: []meeting{
			{file: "党组会议.txt", title: "中共苇溪县林业局党组2023年第12次会议纪要", date: "2023年8月28日", host: "党组书记陈立新", body: pcBody("1")},
			{file: "推进会.txt", title: "苇溪县林业局巡察整改工作推进会会议纪要", date: "2023年9月19日", host: "副局长王海燕", body: specialBody()},
			{file: "民主生活会.txt", title: "苇溪县林业局党组巡察整改专题民主生活会会议记录", date: "2023年10月24日", host: "党组书记陈立新", body: dlmBody},
		},
		expected: expect("不可读：台账为OpenDocument电子表格ledger.ods（格式不支持），读台账的规则不运行，案卷不完整，不得据此作出指控；会议与纪要相符", "2023-11-30", "clean", false,
			[]string{"claim.problems-total", "claim.problems-done", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner"}),
	})

	// 12: one minutes file is an iPhone photo in HEIC: not read.
	ks = append(ks, kase{
		dir:  "12-minzheng-minutes-heic",
		info: info("中共苇溪县民政局党组", "县委第二巡察组（2023年第二轮巡察）", "2023-08-21", "2023-11-28", "2023-11-28"),
		report: `中共苇溪县民政局党组关于县委第二巡察组反馈意见整改情况的报告

县委第二巡察组反馈问题5个，局党组召开党组会议4次专题研究整改，逐项明确责任领导、责任科室和完成时限。截至目前，5个问题已全部完成整改。

中共苇溪县民政局党组
2023年11月28日`,
		sheets: []sheet{problems("问题整改", "县民政局巡察反馈问题整改台账", colsA, gen(12, "ddddd", "2023.10.31", "", "2023/10/20"), "")},
		minutes: []meeting{
			{file: "2023-08-29党组会.txt", title: "中共苇溪县民政局党组2023年第11次会议纪要", date: "2023年8月29日", host: "党组书记陈立新", body: pcBody("1")},
			{file: "2023-09-26党组会.txt", title: "中共苇溪县民政局党组2023年第13次会议纪要", date: "2023年9月26日", host: "党组书记陈立新", body: pcBody("2")},
			{file: "2023-10-24党组会.txt", title: "中共苇溪县民政局党组2023年第15次会议纪要", date: "2023年10月24日", host: "党组书记陈立新", body: pcBody("3")},
		},
		extra: map[string][]byte{"minutes/IMG_2041.HEIC": append([]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), make([]byte, 2048)...)},
		expected: expect("不可读：纪要之一是手机拍照的HEIC图片（格式不支持），报告称党组会议4次、可读纪要3份，读纪要的规则不运行（不得指控会议不足或缺专题民主生活会），案卷不完整", "2023-11-28", "clean", false,
			[]string{"claim.meetings", "meeting.democratic-life-missing"}),
	})

	// 13: a 汇总 sheet before the detail; done inflated; 其中 parts of done.
	det := gen(0, "ddddiddddi", "2023.9.30", "2023年12月底", "2023/9/18")
	ks = append(ks, kase{
		dir:  "13-caizheng-summary-sheet-done",
		info: info("中共苇溪县财政局党组", "县委第四巡察组（2023年第一轮巡察）", "2023-06-02", "2023-10-16", "2023-10-16"),
		report: `中共苇溪县财政局党组关于巡察整改情况的报告

县委第四巡察组于2023年6月2日反馈巡察意见，共反馈问题10个。局党组逐项制定整改措施，截至10月中旬，已完成整改9个，其中立行立改3个、限期整改6个；剩余1个正在推进。整改中督促退还违规发放的津贴补贴3.6万元，追回违规拨付的专项资金12.5万元。

中共苇溪县财政局党组
2023年10月16日`,
		sheets: []sheet{
			{name: "汇总", title: "巡察反馈问题整改情况汇总表", header: []string{"问题类别", "问题数", "已完成", "正在推进"},
				rows: [][]string{{"政治建设", "2", "2", "0"}, {"全面从严治党", "4", "3", "1"}, {"组织建设", "3", "2", "1"}, {"业务工作", "1", "1", "0"}, {"合计", "10", "8", "2"}}},
			problems("明细", "县财政局巡察反馈问题整改明细台账", colsA, det, ""),
		},
		minutes: stdMinutes("苇溪县财政局"),
		expected: expect("埋设：报告称已完成整改9个，明细表只有8行已完成（第5、10项正在推进，时限未到）；汇总表是分类统计，不是问题行", "2023-10-16", "paper-rectification-suspected", true, nil,
			F{"rule": "claim.problems-done", "item": "done", "claimed": 9, "observed": 8}),
	})

	// 14: a rate that does not match; a row with no responsible leader.
	own := gen(4, "dddddddddddii", "2023.8.31", "2023年12月底", "2023/8/21")
	own[6].leader = ""
	ks = append(ks, kase{
		dir:  "14-jiaotong-rate-no-leader",
		info: info("中共苇溪县交通运输局党组", "县委第一巡察组（2023年第一轮巡察）", "2023-05-05", "2023-09-08", "2023-09-08"),
		report: `中共苇溪县交通运输局党组关于县委第一巡察组反馈意见整改进展情况的报告

县委第一巡察组向我局反馈问题13个，局党组逐条制定整改措施，截至9月上旬已完成整改11个，正在整改2个，整改完成率86.4%，较上一轮巡察同期的71.4%明显提升。

中共苇溪县交通运输局党组
2023年9月8日`,
		sheets:  []sheet{problems("问题整改", "县交通运输局巡察反馈问题整改台账", colsA, own, "")},
		minutes: stdMinutes("苇溪县交通运输局"),
		expected: expect("埋设：完成率86.4%与11÷13=84.62%不符；第7项未写责任领导（低）", "2023-09-08", "paper-rectification-suspected", true, nil,
			F{"rule": "arith.rate", "item": "problems", "claimed": 86.4, "observed": 84.62},
			F{"rule": "ledger.no-owner", "item": "7", "sheet": "问题整改", "row": 9}),
	})
	return ks
}

// toODS converts the case's ledger.xlsx into ledger.ods with LibreOffice and
// removes the xlsx.
func toODS(dir string) {
	cmd := exec.Command("soffice", "--headless", "--convert-to", "ods", "--outdir", dir, filepath.Join(dir, "ledger.xlsx"))
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	must(cmd.Run())
	must(os.Remove(filepath.Join(dir, "ledger.xlsx")))
}
