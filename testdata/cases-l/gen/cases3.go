package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func stdCols() []col {
	return []col{cNo("序号"), cCat("问题类别"), cTitle("具体问题"), cMeasures("整改措施"), cLeader("责任领导"), cDept("责任单位"), cDeadline("完成时限"), cStatus("整改进展"), cDone("完成时间"), cEvidence("佐证材料")}
}

func simpleLedger(dir, sheetName, title string, cols []col, ps []prob) map[int]int {
	s := &sheet{Name: sheetName}
	s.title(title, len(cols))
	rows := map[int]int{}
	s.problems(cols, ps, rows)
	writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{s})
	return rows
}

// --- 07: 镇, several meetings in one PDF; the report as GBK text ---

func case07() kase {
	info := caseInfo{"中共白沙镇委员会", "县委第一巡察组（2023年第二轮巡察）", "2023-07-03", "2023-10-16", "2023-10-16"}
	return kase{Dir: "07-zhen-minutes-in-one-pdf", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 14, Off: 9, Pool: townPool, Cats: townCats, Leaders: []string{"钱文海", "方丽娟", "宋振华"},
			Depts: []string{"党政综合办", "农业农村办", "自然资源所", "财政所", "综治中心"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: hanzi, DoneWords: []string{"已整改到位"},
			Evidence: []string{"会议纪要、照片", "制度文件", "验收资料"}})
		open(ps, 9, "持续推进，预计2024年6月底前完成", "2024年6月30日")
		rows := simpleLedger(dir, "问题清单", "白沙镇县委巡察反馈问题整改清单", stdCols(), ps)
		text := reportText("中共白沙镇委员会关于县委巡察反馈问题整改情况的报告", "县委巡察办：",
			"2023年4月至5月，县委第一巡察组对白沙镇党委开展了常规巡察，7月3日反馈了巡察意见。镇党委坚持以上率下、真改实改，现将整改情况报告如下。",
			"镇党委召开党委会议3次专题研究部署整改工作，召开巡察整改工作推进会1次，对各村（社区）和镇直单位整改工作进行调度；召开巡察整改专题民主生活会1次，班子成员对照反馈问题深刻剖析。",
			"县委第一巡察组反馈的14个问题，截至2023年10月10日，已完成整改13个，1个正在持续推进，整改完成率92.9%。",
			"整改中，镇党委坚持举一反三，对全镇9个村的集体资产资源开展清查，新增登记资产资源台账412宗，收回被侵占集体土地36亩。",
			nextStd, "中共白沙镇委员会", "2023年10月16日")
		gbk(filepath.Join(dir, "report.txt"), text)
		var combined []string
		for i, m := range []struct{ d, title, topic string }{
			{"2023-07-10", "中共白沙镇委员会2023年第9次会议纪要", "传达县委巡察反馈意见，研究制定整改方案"},
			{"2023-08-07", "中共白沙镇委员会2023年第11次会议纪要", "听取巡察整改进展汇报"},
			{"2023-08-22", "白沙镇巡察整改工作推进会会议纪要", "调度各村（社区）和镇直单位巡察整改进度"},
			{"2023-09-11", "中共白沙镇委员会2023年第13次会议纪要", "研究巡察整改销号工作"},
		} {
			if i > 0 {
				combined = append(combined, "<<PAGE>>")
			}
			combined = append(combined, strings.TrimRight(minutes(m.title, hanzi(day(m.d))+"上午8:30", "镇政府二楼会议室", "镇党委书记 钱文海", "镇党委班子成员，各办（所、中心）负责人", partyMeeting(m.topic)), "\n"))
		}
		src := filepath.Join(dir, "minutes", "combined-src.docx")
		writeDocx(src, strings.Join(combined, "\n")+"\n")
		convert(src, "pdf", filepath.Join(dir, "minutes", "2023年巡察整改会议纪要汇编.pdf"))
		writeMinutes(dir, "镇政府二楼会议室", "镇党委书记 钱文海", "镇党委班子成员；县纪委监委派驻纪检监察组列席", "镇党委", []mt{
			{"2023-08-15", "白沙镇党委领导班子巡察整改专题民主生活会会议记录", "d"}})
		return rows
	}, Exp: expected{
		Description: "乡镇党委，报告为 GBK 编码的纯文本；会议纪要有一个 PDF 汇编了4次会议（3次党委会议——标题只写“中共白沙镇委员会2023年第N次会议纪要”——和1次整改工作推进会），每次会议一页；另有专题民主生活会记录。台账14行，13行已整改到位，1行持续推进（时限2024年6月30日）。",
		Notes:       "干净案卷：3次党委会议、1次推进会都在一个 PDF 里；14 = 13 + 1，13/14 = 92.86% ≈ 92.9%。",
		Verdict:     "clean", Complete: true}}
}

func gbk(path, text string) {
	cmd := exec.Command("iconv", "-f", "UTF-8", "-t", "GB18030")
	cmd.Stdin = strings.NewReader(strings.ReplaceAll(plainText(text), "\n", "\r\n"))
	out, err := cmd.Output()
	must(err)
	must(os.WriteFile(path, out, 0o644))
}

// --- 08: 村, minutes dated in Chinese numerals; one before the feedback ---

func case08() kase {
	info := caseInfo{"中共沅溪县石门镇枫林村支部委员会", "县委第四巡察组（2023年村级巡察）", "2023-10-16", "2024-01-20", "2024-01-20"}
	return kase{Dir: "08-cun-numeral-dates", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 11, Off: 4, Pool: townPool, Cats: townCats, Leaders: []string{"杨德福", "杨秀兰", "胡光明"},
			Depts: []string{"村党支部", "村委会", "村务监督委员会", "村集体经济合作社"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: dotted, DoneWords: []string{"已完成", "已整改"},
			Evidence: []string{"支委会记录、公示照片", "村务公开栏照片", "收款收据"}})
		open(ps, 4, "正在整改", "2024.3.31")
		open(ps, 10, "正在推进", "2024.6.30")
		rows := simpleLedger(dir, "整改台账", "枫林村巡察反馈问题整改台账", []col{cNo("序号"), cTitle("反馈问题"), cMeasures("整改措施"), cLeader("责任人"), cDept("责任单位"), cDeadline("整改时限"), cStatus("整改情况"), cDone("完成时间"), cEvidence("佐证材料")}, ps)
		writeDocx(filepath.Join(dir, "report.docx"), reportText("中共石门镇枫林村支部委员会关于县委巡察反馈问题整改情况的报告", "石门镇党委、县委巡察办：",
			"2023年8月至9月，县委第四巡察组对枫林村开展了村级巡察，2023年10月16日反馈了巡察意见。村党支部照单全收，逐项整改，现将整改情况报告如下。",
			"村党支部书记履行第一责任人职责，召开支委会4次专题研究巡察整改，召开党员大会1次通报整改情况，并在村务公开栏公示整改进展。",
			"对照巡察反馈的11个问题，村党支部逐一制定整改措施，截至2024年1月15日，已完成整改9个，正在整改2个。",
			"整改中，清退村干部违规领取的误工补贴1.86万元，补录集体资产台账42项。",
			"下一步，村党支部将在镇党委的指导下，持续抓好剩余问题整改，巩固整改成果。", "中共石门镇枫林村支部委员会", "2024年1月20日"))
		for _, m := range []struct{ d, file, topic string }{
			{"2023-10-10", "支委会记录（现场交办问题）", "研究落实巡察组现场交办的村务公开问题"},
			{"2023-10-24", "支委会记录（整改方案）", "传达巡察反馈意见，研究制定整改方案"},
			{"2023-11-20", "支委会记录（整改进展）", "听取巡察整改进展情况"},
			{"2023-12-19", "支委会记录（整改销号）", "研究巡察整改销号工作"},
		} {
			writeDocx(filepath.Join(dir, "minutes", m.file+".docx"), minutes("中共枫林村支部委员会会议记录", numeral(day(m.d)), "村党群服务中心", "村党支部书记 杨德福", "村党支部委员，村务监督委员会主任列席", partyMeeting(m.topic)))
		}
		writeDocx(filepath.Join(dir, "minutes", "专题组织生活会记录.docx"), minutes("枫林村党支部巡察整改专题组织生活会记录", numeral(day("2023-12-28")), "村党群服务中心", "村党支部书记 杨德福", "全体党员", "会议主题：对照巡察反馈问题开展批评和自我批评。\n支部书记代表支委会通报巡察整改情况，党员逐一发言，开展批评和自我批评，并进行民主评议党员。"))
		return rows
	}, Exp: expected{
		Description: "村党支部，DOCX 报告称召开支委会4次专题研究巡察整改；纪要5份，日期都用汉字数字写（二〇二三年十月十日 等）：4份支部委员会会议记录，其中一份是二〇二三年十月十日——在反馈日期（2023年10月16日）之前；另有一份专题组织生活会记录，没有专题民主生活会。台账11行，9行已完成、2行正在整改（时限在基准日之后）。",
		Notes:       "claim.meetings（party_committee）：称4次，反馈之后只有3次（细微：早的一次日期是汉字数字）。meeting.democratic-life-missing：专题组织生活会不是专题民主生活会，规则不看报告，照常触发。",
		Verdict:     "paper-rectification-suspected", Complete: true,
		Findings: []expFinding{
			{Rule: "claim.meetings", Item: "party_committee", Claimed: 4, Observed: 3},
			{Rule: "meeting.democratic-life-missing"},
		}}}
}

// --- 09: 国企子公司, a figure restated later with a later value (harmless) ---

func case09() kase {
	info := caseInfo{"中共澜州供水有限公司委员会", "澜州水务集团党委第一巡察组（2023年内部巡察）", "2023-07-20", "2023-11-10", "2023-11-10"}
	return kase{Dir: "09-guoqi-restatement-harmless", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 26, Off: 3, Pool: soePool, Cats: soeCats, Leaders: []string{"韩振东", "曹玉梅", "彭飞", "魏国栋"},
			Depts: []string{"综合部", "财务部", "管网运营部", "工程建设部", "客户服务中心", "党群人事部"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: slashed, DoneWords: []string{"已完成"},
			Evidence: []string{"党委会纪要", "制度文件、培训记录", "结算复核报告"}})
		for _, no := range []int{3, 8, 14, 19, 25} {
			open(ps, no, "正在整改", "2023/12/31")
		}
		ps[24].Deadline = "2024/3/31"
		rows := simpleLedger(dir, "问题整改台账", "澜州供水有限公司内部巡察反馈问题整改台账", []col{cNo("序号"), cCat("类别"), cTitle("问题描述"), cDept("主责部门"), cLeader("分管领导"), cMeasures("整改措施"), cDeadline("计划完成时间"), cStatus("整改状态"), cDone("实际完成时间"), cEvidence("支撑材料")}, ps)
		src := filepath.Join(dir, "report-src.docx")
		writeDocx(src, `# 中共澜州供水有限公司委员会关于集团党委巡察反馈意见整改情况的报告
集团党委：
2023年5月至6月，集团党委第一巡察组对公司党委开展了内部巡察，7月20日反馈了巡察意见，指出问题26个。截至2023年8月31日，公司已完成整改18个，其余8个正在整改，并于9月初向集团党委报送了阶段性整改情况。现将截至10月底的整改情况报告如下。
一、加强组织领导
公司党委召开党委会3次专题研究整改，召开巡察整改专题民主生活会1次，领导班子成员按照分工领办问题，每月听取分管领域整改情况汇报。
二、整改进展
9月以来，公司党委对尚未完成的问题逐项挂牌督办。截至2023年10月31日，巡察反馈的26个问题已完成整改21个，正在整改5个，整改完成率80.8%。正在整改的问题主要涉及老旧管网改造、工程结算复核等需要跨年度实施的事项，均已明确完成时限。
整改中，公司对2020年以来的工程结算开展复核，核减结算金额312.7万元；对水费欠费大户开展专项清欠，收回欠缴水费528万元。
三、下一步打算
公司党委将持续推进剩余5个问题的整改，确保在2024年一季度前全部完成，并以整改为契机完善内部控制制度体系。
特此报告。
中共澜州供水有限公司委员会
2023年11月10日
`)
		convert(src, "pdf", filepath.Join(dir, "report.pdf"))
		writeMinutes(dir, "公司五楼会议室", "党委书记、董事长 韩振东", "公司党委委员", "公司党委", []mt{
			{"2023-07-27", "中共澜州供水有限公司委员会党委会会议纪要（2023年第12次）", "p"},
			{"2023-08-24", "中共澜州供水有限公司委员会党委会会议纪要（2023年第14次）", "p"},
			{"2023-09-21", "中共澜州供水有限公司委员会党委会会议纪要（2023年第16次）", "p"},
			{"2023-08-30", "澜州供水有限公司党委领导班子巡察整改专题民主生活会会议记录", "d"},
		})
		return rows
	}, Exp: expected{
		Description: "供水公司（国企子公司），PDF 报告先写截至8月31日“已完成整改18个，其余8个正在整改”，后文写截至10月31日“已完成整改21个，正在整改5个，整改完成率80.8%”。台账26行，21行已完成、5行正在整改（时限在基准日之后）。",
		Notes:       "无害的重述：两处已完成数是不同日期的进度（18个在前、21个在后），各自成立（26 = 18 + 8；26 = 21 + 5；21/26 = 80.77%），都不多于台账的21个。不是自相矛盾，不应有任何发现。",
		Verdict:     "clean", Complete: true}}
}

// plainText drops the title mark of the DOCX markup for a text file.
func plainText(text string) string { return strings.TrimPrefix(text, "# ") }
