package main

import "fmt"

var persons = []string{"王某某", "李某某", "张某某", "刘某某", "陈某某", "杨某某", "赵某某", "黄某某", "周某某", "吴某某", "徐某某", "孙某某"}
var clueSummaries = []string{"反映其违规为关系企业办理授信", "反映其收受客户礼品礼金", "反映其违规参与民间借贷",
	"反映其在集中采购中优亲厚友", "反映其违规发放绩效工资", "反映其利用职务便利为亲属谋利"}

// mkClues makes n clues handed over from start, three days apart, each
// closed within 40 days; filed of them were put on file (立案).
func mkClues(prefix string, n, filed int, start, closedHeaderDate string, over map[int]func(*clue)) []clue {
	var cs []clue
	for i := 0; i < n; i++ {
		h := addDays(start, 3*i)
		disp := "谈话函询后予以了结"
		if i%3 == 1 {
			disp = "初步核实后予以了结"
		}
		if i < filed {
			disp = "立案审查，已作出处分决定"
		}
		c := clue{no: fmt.Sprintf("%s-%02d", prefix, i+1), person: persons[(i+3)%len(persons)],
			summary: clueSummaries[i%len(clueSummaries)], handed: h, handler: "纪委办公室",
			disposal: disp, closed: addDays(h, 25+i), status: "已办结"}
		if f := over[i]; f != nil {
			f(&c)
		}
		cs = append(cs, c)
	}
	return cs
}

func acc1(name, branch, post, method string) acc {
	return acc{name: name, branch: branch, post: post, method: method, basis: "巡视移交问题线索核查", date: "2023年7月"}
}

var yes, no = true, false

var defaultOrder = []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence", "note"}

func specs() []caseSpec {
	return []caseSpec{
		{
			dir: "01-tongling-fenhang-clean", unit: "中共东川银行桐岭分行委员会", round: "东川银行党委第二巡视组（2023年第一轮巡视）",
			feedback: "2023-04-20", rep: "2023-10-25", asof: "2023-10-25", reportFmt: "docx", ledgerFmt: "xlsx",
			probSheet: "巡视反馈问题整改明细",
			layout: layout{title: "东川银行桐岭分行巡视反馈问题整改台账", twoRow: true, blank: 7, footer: true,
				order: []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence", "note"}},
			probs: mkProbs([]int{7, 8, 6, 7}, map[int]func(*prob){
				5:  ongoing("正在推进，预计年底前完成", "2023年12月底"),
				14: ongoing("整改中", "2024.3.31"),
				19: ongoing("持续推进", "长期坚持"),
			}),
			extraSheet: true,
			clueSheet:  "问题线索", clueClosedHeader: "办结日期",
			clues:    mkClues("TLXS", 9, 2, "2023-05-04", "", nil),
			accSheet: "问责情况",
			accs: []acc{acc1("王某某", "桐岭分行本部", "公司金融部副总经理", "党纪处分（党内警告）"),
				acc1("李某某", "桐岭分行本部", "授信审批部经理", "党纪处分（党内严重警告）"),
				acc1("张某某", "青岭支行", "行长", "政务处分（记过）"),
				acc1("刘某某", "青岭支行", "副行长", "诫勉谈话"),
				acc1("陈某某", "城东支行", "客户经理", "诫勉谈话"),
				acc1("杨某某", "城东支行", "会计主管", "诫勉谈话"),
				acc1("赵某某", "城东支行", "柜员", "批评教育"),
				acc1("黄某某", "桐岭分行本部", "财务会计部主管", "批评教育"),
				acc1("周某某", "桐岭分行本部", "办公室科员", "批评教育"),
				acc1("吴某某", "南湖支行", "客户经理", "批评教育"),
				acc1("徐某某", "南湖支行", "综合柜员", "批评教育")},
			minutes: []mdoc{
				{name: "2023-04-28党委会", text: partyMin("中共东川银行桐岭分行委员会会议纪要\n（2023年第9次）", "2023-04-28", "党委书记、行长周某", "传达学习巡视反馈意见，审议巡视整改工作方案")},
				{name: "2023-06-13党委会", format: "docx", text: partyMin("中共东川银行桐岭分行委员会2023年第13次会议纪要", "2023-06-13", "党委书记、行长周某", "听取巡视整改进展情况汇报，研究不良贷款清收处置问题的整改")},
				{name: "2023-08-22党委会", text: partyMin("分行党委会议纪要（2023年第17次）", "2023-08-22", "党委书记、行长周某", "研究巡视整改中干部选拔任用和员工行为管理问题的整改")},
				{name: "2023-10-10党委会", text: partyMin("中共东川银行桐岭分行委员会会议纪要\n（2023年第21次）", "2023-10-10", "党委书记、行长周某", "审议巡视整改情况报告，研究长期整改事项")},
				{name: "2023-06-28专题民主生活会", format: "docx", text: dlmMin("中共东川银行桐岭分行委员会巡视整改专题民主生活会会议记录", "2023-06-28", "党委书记、行长周某")},
				{name: "2023-07-05行长办公会", text: "行长办公会议纪要\n时间：2023年7月5日\n主持：行长周某\n议题：研究二季度经营形势和下半年信贷投放计划\n会议听取了各部门二季度经营情况汇报，研究了下半年重点工作。\n"},
			},
			verdict:     "clean",
			description: "Clean. DOCX report with a table by aspect and the same figures in text (28 problems, 25 done, 3 ongoing, 89.29%); 12 second-tier branches' self-check figures (aggregate); 9 clues all closed (2 filed); 11 people held accountable by kind; 4 party committee meetings (titles name the body) plus a special DLM and an unrelated 行长办公会. Ledger: a 填报说明 sheet, a two-row merged header, blank rows, footer; statuses inside longer cells.",
		},
		{
			dir: "02-jichuan-fenhang-clue-transferred", unit: "中共东川银行霁川分行委员会", round: "东川银行党委第一巡视组",
			feedback: "2023-04-12", rep: "2023-10-30", asof: "2023-10-30", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "整改台账",
			layout: layout{title: "霁川分行巡视整改台账", order: []string{"no", "title", "cat", "dept", "leader", "measure", "deadline", "completed", "status", "evidence", "note"},
				headers: map[string]string{"status": "完成情况", "dept": "牵头部门"}},
			probs: mkProbs([]int{5, 6, 5, 4}, map[int]func(*prob){
				3:  ongoing("正在推进", "2023年12月底"),
				12: ongoing("正在推进，已完成阶段性目标", "2024.6.30"),
			}),
			clueSheet: "线索办理台账",
			clues: mkClues("JCXS", 12, 3, "2023-04-24", "", map[int]func(*clue){
				6: func(c *clue) {
					c.handed, c.closed, c.status = "2023-05-08", "", "正在核查（已转交东川银行纪委）"
					c.disposal = "转交上级纪委办理"
				},
			}),
			accSheet: "问责情况",
			accs: []acc{acc1("王某某", "霁川分行本部", "普惠金融部经理", "党纪处分（党内警告）"),
				acc1("李某某", "霁川分行本部", "授信审批部副经理", "政务处分（警告）"),
				acc1("张某某", "河西支行", "行长", "诫勉谈话"),
				acc1("刘某某", "河西支行", "客户经理", "诫勉谈话"),
				acc1("陈某某", "高新支行", "副行长", "批评教育"),
				acc1("杨某某", "高新支行", "客户经理", "批评教育"),
				acc1("赵某某", "霁川分行本部", "办公室副主任", "批评教育")},
			minutes: []mdoc{
				{name: "党委会议纪要-第8次", text: partyMin("中共东川银行霁川分行委员会2023年第8次会议纪要", "2023-04-19", "党委书记、行长马某", "传达巡视反馈意见，研究部署巡视整改工作")},
				{name: "党委会议纪要-第12次", text: partyMin("中共东川银行霁川分行委员会2023年第12次会议纪要", "2023-06-15", "党委书记、行长马某", "听取巡视整改和巡视移交问题线索办理情况汇报")},
				{name: "党委会议纪要-第19次", text: partyMin("中共东川银行霁川分行委员会2023年第19次会议纪要", "2023-09-21", "党委书记、行长马某", "审议巡视整改情况报告")},
				{name: "整改推进会纪要（两次）", format: "docx", text: workMin("巡视整改工作推进会会议纪要（一）", "2023-05-30", "") + "\n" + workMin("巡视整改工作推进会会议纪要（二）", "2023-08-16", "")},
				{name: "专题民主生活会", text: dlmMin("霁川分行党委巡视整改专题民主生活会会议记录", "2023-07-06", "党委书记、行长马某")},
			},
			findings: []finding{
				{Rule: "claim.clues", Item: "handled", Claimed: 12, Observed: 11},
				{Rule: "clue.overdue", Item: "JCXS-07"},
			},
			verdict:     "paper-rectification-suspected",
			description: "Planted: the report says the 12 clues handed over are all closed (已全部办结), but clue JCXS-07 was passed on to the bank's own discipline committee and is still being checked (正在核查（已转交东川银行纪委）): claim.clues 12 vs 11, and clue.overdue for JCXS-07 (pending since 2023-05-08, 175 days at the as-of date). Branches' figures beside the unit's own.",
		},
		{
			dir: "03-jinkong-person-counted-twice", unit: "中共东川省金融控股集团有限公司委员会", round: "省委第五巡视组",
			feedback: "2023-04-25", rep: "2023-11-10", asof: "2023-11-10", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout: layout{title: "省委第五巡视组反馈问题整改落实台账", order: []string{"no", "cat", "title", "measure", "dept", "leader", "deadline", "status", "completed", "evidence"},
				headers: map[string]string{"status": "销号情况", "dept": "责任部门", "leader": "牵头领导"}},
			probs:     mkProbs([]int{6, 6, 6, 5}, nil),
			clueSheet: "问题线索",
			clues:     mkClues("JKXS", 6, 1, "2023-05-06", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("赵某某", "集团本部", "投资管理部总经理", "党纪处分（党内警告）、诫勉谈话"),
				acc1("钱某某", "集团本部", "财务部副总经理", "政务处分（记过）"),
				acc1("孙某某", "东川小额贷款公司", "总经理", "诫勉谈话"),
				acc1("李某某", "东川小额贷款公司", "风控部经理", "诫勉谈话"),
				acc1("周某某", "东川融资担保公司", "业务部经理", "批评教育"),
				acc1("吴某某", "东川融资担保公司", "客户经理", "批评教育"),
				acc1("郑某某", "东川融资担保公司", "综合部主管", "批评教育")},
			minutes: []mdoc{
				{name: "第10次党委会", text: partyMin("中共东川省金融控股集团有限公司委员会2023年第10次会议纪要", "2023-05-04", "党委书记、董事长欧某", "研究省委第五巡视组反馈意见整改方案")},
				{name: "第14次党委会", text: partyMin("中共东川省金融控股集团有限公司委员会2023年第14次会议纪要", "2023-06-20", "党委书记、董事长欧某", "听取巡视整改进展汇报")},
				{name: "第17次党委会", text: partyMin("中共东川省金融控股集团有限公司委员会2023年第17次会议纪要", "2023-07-25", "党委书记、董事长欧某", "研究巡视移交问题线索处置和问责事项")},
				{name: "第20次党委会", format: "docx", text: partyMin("中共东川省金融控股集团有限公司委员会2023年第20次会议纪要", "2023-09-05", "党委书记、董事长欧某", "研究子公司巡视整改督导情况")},
				{name: "第24次党委会", text: partyMin("中共东川省金融控股集团有限公司委员会2023年第24次会议纪要", "2023-10-24", "党委书记、董事长欧某", "审议巡视整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("集团党委巡视整改专题民主生活会会议记录", "2023-07-11", "党委书记、董事长欧某")},
			},
			findings:    []finding{{Rule: "claim.accountability", Item: "total", Claimed: 8, Observed: 7}},
			verdict:     "paper-rectification-suspected",
			description: "Planted (subtle): the report says 8 people were held accountable (党纪处分2人、诫勉谈话3人、批评教育3人), counting 赵某某, who got both a party sanction and an admonishment, twice; the accountability sheet (merged 所在单位 cells) has 7 rows: claim.accountability total 8 vs 7. The subsidiaries' own accountability figure (23人) is an aggregate the rule must not take.",
		},
		{
			dir: "04-xintuo-clue-closed-late", unit: "中共东川信托有限责任公司委员会", round: "省委第五巡视组",
			feedback: "2023-04-18", rep: "2023-10-20", asof: "2023-10-20", reportFmt: "docx", ledgerFmt: "xlsx",
			probSheet: "问题清单",
			layout: layout{title: "东川信托巡视反馈问题整改台账（截至2023年10月20日）", order: []string{"no", "cat", "title", "leader", "dept", "measure", "deadline", "status", "completed", "evidence", "note"},
				headers: map[string]string{"status": "目前进展"}, blank: 5},
			probs: mkProbs([]int{5, 5, 5, 4}, map[int]func(*prob){
				8: ongoing("正在推进，预计年底前完成", "2023年12月底"),
				11: func(p *prob) {
					p.status, p.deadline, p.completed, p.evidence, p.mark = "正在推进", "2023.9.30", "", "", "ledger.overdue"
				},
			}),
			clueSheet: "问题线索台账",
			clues: mkClues("XTXS", 10, 2, "2023-05-10", "", map[int]func(*clue){
				7: func(c *clue) { c.handed, c.closed = "2023-06-05", "2023-11-20" },
			}),
			accSheet: "问责台账",
			accs: []acc{acc1("王某某", "信托本部", "信托业务二部总经理", "党纪处分（党内警告）"),
				acc1("李某某", "信托本部", "风险管理部副总经理", "诫勉谈话"),
				acc1("张某某", "信托本部", "信托经理", "诫勉谈话"),
				acc1("刘某某", "财富管理中心", "理财经理", "批评教育"),
				acc1("陈某某", "财富管理中心", "负责人", "调整岗位")},
			minutes: []mdoc{
				{name: "党委会1", text: partyMin("中共东川信托有限责任公司委员会会议纪要\n（2023年第7次）", "2023-04-27", "党委书记、董事长沈某", "研究巡视反馈问题整改方案")},
				{name: "党委会2", text: partyMin("中共东川信托有限责任公司委员会会议纪要\n（2023年第11次）", "2023-07-13", "党委书记、董事长沈某", "听取巡视整改进展汇报")},
				{name: "党委会3", text: partyMin("中共东川信托有限责任公司委员会会议纪要\n（2023年第15次）", "2023-09-28", "党委书记、董事长沈某", "审议巡视整改情况报告")},
				{name: "专题会1", text: workMin("巡视整改专题会议纪要", "2023-05-23", "会议专题研究信托业务风险化解问题的整改。")},
				{name: "专题会2", text: workMin("巡视整改专题会议纪要", "2023-08-08", "会议专题研究员工行为管理问题的整改。")},
				{name: "专题民主生活会", format: "docx", text: dlmMin("公司党委巡视整改专题民主生活会会议记录", "2023-06-29", "党委书记、董事长沈某")},
			},
			findings:    []finding{{Rule: "clue.overdue", Item: "XTXS-08"}},
			verdict:     "needs-attention",
			description: "Planted: ledger.overdue (row 12, 正在推进 with a deadline of 2023.9.30 before the as-of date 2023-10-20); clue.overdue (subtle) for XTXS-08, handed over 2023-06-05 and marked 已办结 with a closing date 2023-11-20 after the as-of date (168 days to disposal, 137 to the as-of date: over 60 either way). The report claims 9 of 10 clues closed, fewer than the ledger marks: no claim.clues.",
		},
		{
			dir: "05-zhechuan-fenhang-odt-minutes", unit: "中共东川银行柘川分行委员会", round: "东川银行党委第三巡视组",
			feedback: "2023-05-06", rep: "2023-11-15", asof: "2023-11-15", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout:    layout{title: "柘川分行巡视整改台账", order: defaultOrder},
			probs: mkProbs([]int{4, 5, 4, 4}, map[int]func(*prob){
				9: ongoing("正在推进", "2024年3月底"),
			}),
			clueSheet: "问题线索台账",
			clues:     mkClues("ZCXS", 5, 1, "2023-05-22", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "柘川分行本部", "公司金融部经理", "诫勉谈话"),
				acc1("李某某", "江北支行", "行长", "诫勉谈话"),
				acc1("张某某", "江北支行", "客户经理", "批评教育"),
				acc1("刘某某", "柘川分行本部", "财务会计部主管", "批评教育")},
			minutes: []mdoc{
				{name: "党委会议纪要（5月）", text: partyMin("中共东川银行柘川分行委员会会议纪要（2023年第10次）", "2023-05-16", "党委书记、行长韩某", "研究巡视整改方案")},
				{name: "党委会议纪要（7月）", text: partyMin("中共东川银行柘川分行委员会会议纪要（2023年第14次）", "2023-07-18", "党委书记、行长韩某", "听取巡视整改进展汇报")},
				{name: "党委会议纪要（10月）", text: partyMin("中共东川银行柘川分行委员会会议纪要（2023年第20次）", "2023-10-17", "党委书记、行长韩某", "审议巡视整改情况报告")},
				{name: "党委会议纪要及专题民主生活会记录（8月）", format: "odt", text: partyMin("中共东川银行柘川分行委员会会议纪要（2023年第16次）", "2023-08-15", "党委书记、行长韩某", "研究巡视整改中的长期事项") + "\n" + dlmMin("柘川分行党委巡视整改专题民主生活会会议记录", "2023-08-29", "党委书记、行长韩某")},
			},
			verdict: "clean", complete: &no,
			notRun:      []string{"claim.meetings", "meeting.democratic-life-missing"},
			description: "Unreadable input: one minutes file is OpenDocument (.odt), which zhenggai does not read; it holds the fourth party committee meeting the report claims and the special DLM. The check must be incomplete, claim.meetings and meeting.democratic-life-missing must not run, and no finding may rest on the missing file. Otherwise clean (17 problems, 16 done; 5 clues closed; 4 accountable).",
		},
		{
			dir: "06-zichan-csv-gbk-pending-review", unit: "中共东川资产管理股份有限公司委员会", round: "省委第二巡视组",
			feedback: "2023-04-10", rep: "2023-10-18", asof: "2023-10-18", reportFmt: "gbk", ledgerFmt: "csv",
			layout: layout{title: "东川资产管理股份有限公司巡视反馈问题整改台账", order: []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"},
				headers: map[string]string{"status": "整改进度", "dept": "责任部门"}},
			probs: mkProbs([]int{6, 5, 5, 5}, map[int]func(*prob){
				4:  func(p *prob) { p.status, p.deadline = "已完成整改，待复核销号", "2023年12月底" },
				10: func(p *prob) { p.status, p.deadline = "已完成整改，待复核销号", "2023年12月底" },
				13: ongoing("正在推进", "2024.3.31"),
				18: ongoing("持续推进", "2024.6.30"),
				7:  func(p *prob) { p.mark = "ledger.no-evidence"; p.evidence = "" },
				16: func(p *prob) { p.mark = "ledger.no-owner"; p.leader = "" },
			}),
			minutes: []mdoc{
				{name: "党委会（一）", text: partyMin("公司党委会议纪要（2023年第6次）", "2023-04-21", "党委书记、董事长邓某", "研究巡视整改工作方案")},
				{name: "党委会（二）", text: partyMin("公司党委会议纪要（2023年第10次）", "2023-06-27", "党委书记、董事长邓某", "听取巡视整改进展汇报")},
				{name: "党委会（三）", text: partyMin("公司党委会议纪要（2023年第15次）", "2023-09-19", "党委书记、董事长邓某", "审议巡视整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("公司党委巡视整改专题民主生活会会议记录", "2023-07-04", "党委书记、董事长邓某")},
			},
			findings:    []finding{{Rule: "claim.problems-done", Item: "done", Claimed: 19, Observed: 17}},
			verdict:     "paper-rectification-suspected",
			notRun:      []string{"claim.clues", "claim.accountability", "clue.overdue"},
			description: "GBK CSV ledger (problems only) and a GBK TXT report with CRLF. Planted: claim.problems-done (subtle: the report says 19 done; two of those rows read 已完成整改，待复核销号, in progress, so the ledger shows 17); ledger.no-evidence (row 8, done with no evidence); ledger.no-owner (row 17, no leader). The report's clue and accountability figures cannot be checked (no such sheets).",
		},
		{
			dir: "07-danbao-status-in-notes-clean", unit: "中共东川省农业信用担保有限公司委员会", round: "省委第三巡视组",
			feedback: "2023-04-21", rep: "2023-10-26", asof: "2023-10-26", reportFmt: "docx", ledgerFmt: "xlsx",
			probSheet: "整改明细",
			layout:    layout{title: "省农担公司巡视整改台账", order: []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "completed", "evidence", "note"}},
			probs: func() []prob {
				ps := mkProbs([]int{5, 4, 4, 4}, map[int]func(*prob){
					6:  ongoing("", "2023年12月底"),
					12: ongoing("", "2024年6月底"),
				})
				for i := range ps {
					switch {
					case i == 6 || i == 12:
						ps[i].note = "正在推进，预计" + map[int]string{6: "年底前", 12: "明年6月底前"}[i] + "完成"
					case i%3 == 0:
						ps[i].note = "已完成，已建立长效机制"
					case i%3 == 1:
						ps[i].note = "已完成，经公司巡视整改办验收"
					default:
						ps[i].note = "已完成"
					}
					ps[i].status = ""
				}
				return ps
			}(),
			clueSheet: "问题线索",
			clues:     mkClues("NDXS", 4, 1, "2023-05-12", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "公司本部", "业务一部经理", "诫勉谈话"),
				acc1("李某某", "桐岭分公司", "总经理", "诫勉谈话"),
				acc1("张某某", "桐岭分公司", "项目经理", "批评教育")},
			minutes: []mdoc{
				{name: "党委会-第6次", text: partyMin("中共东川省农业信用担保有限公司委员会2023年第6次会议纪要", "2023-05-05", "党委书记、董事长彭某", "研究巡视整改方案")},
				{name: "党委会-第9次", format: "docx", text: partyMin("中共东川省农业信用担保有限公司委员会2023年第9次会议纪要", "2023-07-20", "党委书记、董事长彭某", "听取巡视整改进展汇报")},
				{name: "党委会-第13次", text: partyMin("中共东川省农业信用担保有限公司委员会2023年第13次会议纪要", "2023-10-12", "党委书记、董事长彭某", "审议巡视整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("公司党委巡视整改专题民主生活会会议记录", "2023-06-30", "党委书记、董事长彭某")},
			},
			verdict:     "clean",
			description: "Clean. The ledger has no status column: the status is in 备注 (已完成，已建立长效机制; 正在推进，预计年底前完成). The report opens on the round's figures over the firm and its 9 branches (136 problems) and then the firm's own 17 (15 done, 88.24%).",
		},
		{
			dir: "08-qingxi-zhihang-meeting-before-feedback", unit: "中共东川银行青溪县支行委员会", round: "东川银行桐岭分行党委巡察组",
			feedback: "2023-04-26", rep: "2023-10-31", asof: "2023-10-31", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout:    layout{title: "青溪县支行巡察反馈问题整改台账", order: defaultOrder, headers: map[string]string{"dept": "责任部室"}},
			probs:     mkProbs([]int{4, 4, 4, 3}, nil),
			clueSheet: "问题线索",
			clues:     mkClues("QXXS", 3, 0, "2023-05-15", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "青溪县支行", "客户经理", "诫勉谈话"),
				acc1("李某某", "青溪县支行", "会计主管", "批评教育")},
			minutes: []mdoc{
				{name: "2023-04-14党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第5次会议纪要", "2023-04-14", "党委书记、行长钟某", "研究配合分行党委巡察组开展巡察工作及巡察期间立行立改事项")},
				{name: "2023-05-09党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第7次会议纪要", "2023-05-09", "党委书记、行长钟某", "传达巡察反馈意见，研究巡察整改方案")},
				{name: "2023-06-20党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第9次会议纪要", "2023-06-20", "党委书记、行长钟某", "听取巡察整改进展汇报")},
				{name: "2023-08-01党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第11次会议纪要", "2023-08-01", "党委书记、行长钟某", "研究巡察整改中员工行为管理问题")},
				{name: "2023-09-12党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第13次会议纪要", "2023-09-12", "党委书记、行长钟某", "研究巡察移交问题线索办理情况")},
				{name: "2023-10-17党委会", text: partyMin("中共东川银行青溪县支行委员会2023年第15次会议纪要", "2023-10-17", "党委书记、行长钟某", "审议巡察整改情况报告")},
				{name: "巡察整改推进会纪要（三次）", format: "docx", text: workMin("巡察整改工作推进会会议纪要", "2023-05-25", "") + "\n" + workMin("巡察整改工作推进会会议纪要", "2023-07-12", "") + "\n" + workMin("巡察整改工作推进会会议纪要", "2023-09-26", "")},
				{name: "专题民主生活会", text: dlmMin("支行党委巡察整改专题民主生活会会议记录", "2023-07-07", "党委书记、行长钟某")},
			},
			findings:    []finding{{Rule: "claim.meetings", Item: "party_committee", Claimed: 6, Observed: 5}},
			verdict:     "paper-rectification-suspected",
			description: "Planted (subtle): the report claims 6 party committee meetings on the rectification; six party committee minutes are on file, but one (2023-04-14) was held before the feedback date (2023-04-26), while the inspection was still on: claim.meetings party_committee 6 vs 5. The three 推进会 are in one DOCX, each under its own title (work 3 vs 3: no finding).",
		},
		{
			dir: "09-zhengquan-rate-off-by-one", unit: "中共东川证券股份有限公司委员会", round: "省委第四巡视组",
			feedback: "2023-04-14", rep: "2023-10-27", asof: "2023-10-27", reportFmt: "docx", ledgerFmt: "xlsx",
			probSheet: "巡视整改台账",
			layout:    layout{title: "东川证券巡视反馈问题整改台账", order: []string{"no", "title", "cat", "measure", "dept", "leader", "deadline", "status", "evidence", "completed", "note"}},
			probs: mkProbs([]int{8, 9, 8, 6}, map[int]func(*prob){
				3:  ongoing("正在推进", "2023年12月底"),
				11: ongoing("整改中", "2024.3.31"),
				20: ongoing("持续推进", "长期坚持"),
				27: ongoing("正在推进", "2024/6/30"),
			}),
			clueSheet: "问题线索",
			clues:     mkClues("ZQXS", 5, 1, "2023-05-08", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "公司本部", "投资银行部董事总经理", "党纪处分（党内警告）"),
				acc1("李某某", "公司本部", "合规部副总经理", "诫勉谈话"),
				acc1("张某某", "桐岭营业部", "总经理", "诫勉谈话"),
				acc1("刘某某", "桐岭营业部", "投资顾问", "批评教育"),
				acc1("陈某某", "霁川营业部", "总经理", "批评教育"),
				acc1("杨某某", "霁川营业部", "客户经理", "批评教育")},
			minutes: []mdoc{
				{name: "党委会议纪要-1", text: partyMin("中共东川证券股份有限公司委员会会议纪要（2023年第8次）", "2023-04-25", "党委书记、董事长叶某", "研究巡视整改方案")},
				{name: "党委会议纪要-2", text: partyMin("中共东川证券股份有限公司委员会会议纪要（2023年第12次）", "2023-06-15", "党委书记、董事长叶某", "听取巡视整改进展汇报")},
				{name: "党委会议纪要-3", text: partyMin("中共东川证券股份有限公司委员会会议纪要（2023年第16次）", "2023-08-24", "党委书记、董事长叶某", "研究巡视整改中长期事项")},
				{name: "党委会议纪要-4", text: partyMin("中共东川证券股份有限公司委员会会议纪要（2023年第19次）", "2023-10-19", "党委书记、董事长叶某", "审议巡视整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("公司党委巡视整改专题民主生活会会议记录", "2023-07-13", "党委书记、董事长叶某")},
			},
			findings:    []finding{{Rule: "arith.rate", Item: "problems", Claimed: 90.32, Observed: 87.1}},
			verdict:     "paper-rectification-suspected",
			description: "Planted (subtle): the report says 31 problems, 27 done, 4 ongoing and a completion rate of 90.32% — the rate of 28/31, not 27/31 = 87.10%: arith.rate. The table by aspect restates 31/27/4. Ledger agrees with the figures.",
		},
		{
			dir: "10-renshou-no-special-dlm", unit: "中共东川人寿保险股份有限公司桐岭中心支公司委员会", round: "东川人寿党委第二巡视组",
			feedback: "2023-05-09", rep: "2023-11-08", asof: "2023-11-08", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout:    layout{title: "桐岭中心支公司巡视整改台账", order: defaultOrder, headers: map[string]string{"status": "是否完成", "dept": "落实部门"}},
			probs:     mkProbs([]int{3, 4, 3, 3}, nil),
			clueSheet: "问题线索",
			clues:     mkClues("RSXS", 2, 0, "2023-05-25", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "中心支公司本部", "个险部经理", "诫勉谈话"),
				acc1("李某某", "青溪支公司", "经理", "批评教育")},
			minutes: []mdoc{
				{name: "党委扩大会议（6月）", text: partyMin("中心支公司党委（扩大）会议纪要", "2023-06-06", "党委书记、总经理罗某", "研究巡视整改方案")},
				{name: "党委扩大会议（8月）", text: partyMin("中心支公司党委（扩大）会议纪要", "2023-08-15", "党委书记、总经理罗某", "听取巡视整改进展汇报")},
				{name: "党委扩大会议（10月）", text: partyMin("中心支公司党委（扩大）会议纪要", "2023-10-24", "党委书记、总经理罗某", "审议巡视整改情况报告")},
				{name: "2022年度民主生活会", text: annualDLM("中心支公司党委2022年度民主生活会会议记录", "2023-01-17", "党委书记、总经理罗某")},
			},
			findings:    []finding{{Rule: "meeting.democratic-life-missing"}},
			verdict:     "needs-attention",
			description: "Planted: no special DLM after the feedback; the only democratic life meeting on file is the 2022 annual one, held 2023-01-17 before the feedback: meeting.democratic-life-missing. The report names the annual meeting, with no count. Otherwise clean (13 problems, all done).",
		},
		{
			dir: "11-nongxinshe-pdf-rules-clean", unit: "中共东川省农村信用社联合社委员会", round: "省委第一巡视组",
			feedback: "2023-04-17", rep: "2023-10-23", asof: "2023-10-23", reportFmt: "pdf", ledgerFmt: "xlsx",
			probSheet: "问题整改",
			layout:    layout{title: "省联社巡视反馈问题整改台账", twoRow: true, order: []string{"no", "cat", "title", "measure", "dept", "leader", "deadline", "status", "completed", "evidence", "note"}},
			probs: mkProbs([]int{6, 7, 6, 5}, map[int]func(*prob){
				10: ongoing("正在推进", "2023年12月底"),
				17: ongoing("未完成，原因是核心系统改造需全省统一部署，正在推进", "2024年6月底"),
			}),
			extraSheet: true,
			clueSheet:  "问题线索",
			clues:      mkClues("LSXS", 7, 2, "2023-05-05", "", nil),
			accSheet:   "问责情况",
			accs: []acc{acc1("王某某", "省联社本部", "审计部副总经理", "党纪处分（党内警告）"),
				acc1("李某某", "省联社本部", "科技部经理", "党纪处分（党内严重警告）"),
				acc1("张某某", "桐岭办事处", "副主任", "政务处分（记过）"),
				acc1("刘某某", "桐岭办事处", "科长", "调整岗位"),
				acc1("陈某某", "霁川办事处", "主任", "诫勉谈话"),
				acc1("杨某某", "霁川办事处", "副科长", "诫勉谈话"),
				acc1("赵某某", "省联社本部", "财务部主管", "诫勉谈话"),
				acc1("黄某某", "省联社本部", "办公室科员", "批评教育"),
				acc1("周某某", "柘川办事处", "科员", "批评教育")},
			rules: func() []rule {
				var rs []rule
				for i, n := range []string{"《党委前置研究讨论重大经营管理事项清单》", "《员工行为负面清单》", "《授信业务尽职免责实施办法》",
					"《关联交易管理办法》", "《押品管理实施细则》", "《巡视整改长效机制建设方案》"} {
					rs = append(rs, rule{n, "新建", fmt.Sprintf("2023-0%d-15", 5+i%4)})
				}
				for i, n := range []string{"《“三重一大”决策制度实施细则》", "《业务招待费管理办法》", "《公务用车管理办法》",
					"《集中采购管理办法》", "《费用报销管理办法》", "《干部选拔任用工作规程》", "《党费收缴使用管理办法》",
					"《反洗钱内部控制制度》", "《不良资产清收处置管理办法》"} {
					rs = append(rs, rule{n, "修订", fmt.Sprintf("2023-0%d-20", 5+i%4)})
				}
				return rs
			}(),
			minutes: []mdoc{
				{name: "党委会议（一）", text: partyMin("省联社党委会议纪要（2023年第9次）", "2023-04-27", "党委书记、理事长汪某", "研究巡视整改方案")},
				{name: "党委会议（二）", text: partyMin("省联社党委会议纪要（2023年第13次）", "2023-06-14", "党委书记、理事长汪某", "听取巡视整改进展汇报")},
				{name: "党委会议（三）", format: "docx", text: partyMin("省联社党委会议纪要（2023年第17次）", "2023-08-23", "党委书记、理事长汪某", "研究巡视整改制度建设事项")},
				{name: "党委会议（四）", text: partyMin("省联社党委会议纪要（2023年第20次）", "2023-10-11", "党委书记、理事长汪某", "审议巡视整改情况报告")},
				{name: "领导小组会议（一）", text: workMin("巡视整改工作领导小组会议纪要", "2023-05-18", "")},
				{name: "领导小组会议（二）", text: workMin("巡视整改工作领导小组会议纪要", "2023-09-07", "")},
				{name: "专题民主生活会", text: dlmMin("省联社党委巡视整改专题民主生活会会议记录", "2023-07-19", "党委书记、理事长汪某")},
			},
			verdict:     "clean",
			description: "Clean. PDF report; 24 problems, 22 done, 91.67%; a not-done row (未完成，原因是…) with a deadline after the as-of date; rules sheet 6 new + 9 revised as stated; 9 accountable; 68 county co-operatives' self-check figures (aggregate) beside the unit's own; 4 party committee + 2 leading group meetings.",
		},
		{
			dir: "12-jinzu-parts-short", unit: "中共东川金融租赁有限公司委员会", round: "省委第二巡视组",
			feedback: "2023-04-19", rep: "2023-10-24", asof: "2023-10-24", reportFmt: "txt", ledgerFmt: "xlsx",
			probSheet: "整改台账（本轮）",
			layout:    layout{title: "东川金融租赁巡视整改台账", order: []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence", "note"}, footer: true},
			probs: mkProbs([]int{7, 7, 6, 6}, map[int]func(*prob){
				4:  ongoing("正在推进", "2023年12月底"),
				9:  ongoing("整改中", "2024.3.31"),
				15: ongoing("持续推进", "长期坚持"),
				22: ongoing("正在推进", "2024/6/30"),
				17: func(p *prob) { p.mark = "ledger.no-owner"; p.dept = "" },
			}),
			clueSheet: "问题线索",
			clues:     mkClues("JZXS", 3, 0, "2023-05-16", "", nil),
			minutes: []mdoc{
				{name: "党委会1", text: partyMin("公司党委会议纪要（2023年第7次）", "2023-04-28", "党委书记、董事长姚某", "研究巡视整改方案")},
				{name: "党委会2", text: partyMin("公司党委会议纪要（2023年第12次）", "2023-07-11", "党委书记、董事长姚某", "听取巡视整改进展汇报")},
				{name: "党委会3", text: partyMin("公司党委会议纪要（2023年第16次）", "2023-10-10", "党委书记、董事长姚某", "审议巡视整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("公司党委巡视整改专题民主生活会会议记录", "2023-06-27", "党委书记、董事长姚某")},
			},
			findings:    []finding{{Rule: "arith.parts-sum", Item: "problems", Claimed: 26, Observed: 25}},
			verdict:     "paper-rectification-suspected",
			notRun:      []string{"claim.accountability"},
			description: "Planted: arith.parts-sum (26 problems stated, 21 done + 4 ongoing = 25); ledger.no-owner (row of problem 18, no department). The ledger shows 22 done, more than the report says: no claim.problems-done. No accountability sheet and no accountability figure.",
		},
		{
			dir: "13-meixi-zhihang-html-clean", unit: "中共东川银行梅溪县支行委员会", round: "东川银行霁川分行党委巡察组",
			feedback: "2023-04-28", rep: "2023-11-02", asof: "2023-11-02", reportFmt: "html", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout:    layout{title: "梅溪县支行巡察整改台账", order: []string{"no", "title", "measure", "dept", "leader", "deadline", "completed", "status", "evidence", "cat", "note"}, blank: 4},
			probs: mkProbs([]int{3, 4, 3, 3}, map[int]func(*prob){
				8: ongoing("正在推进", "2024年3月底"),
			}),
			clueSheet: "问题线索",
			clues:     mkClues("MXXS", 5, 2, "2023-05-10", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "梅溪县支行", "客户经理", "党纪处分（党内警告）"),
				acc1("李某某", "梅溪县支行", "副行长", "诫勉谈话"),
				acc1("张某某", "城关分理处", "主任", "批评教育"),
				acc1("刘某某", "城关分理处", "柜员", "批评教育")},
			minutes: []mdoc{
				{name: "党委会-5月", text: partyMin("梅溪县支行党委会议纪要（2023年第6次）", "2023-05-11", "党委书记、行长潘某", "研究巡察整改方案")},
				{name: "党委会-8月", text: partyMin("梅溪县支行党委会议纪要（2023年第10次）", "2023-08-09", "党委书记、行长潘某", "听取巡察整改和问题线索办理情况汇报")},
				{name: "党委会-10月", text: partyMin("梅溪县支行党委会议纪要（2023年第13次）", "2023-10-19", "党委书记、行长潘某", "审议巡察整改情况报告")},
				{name: "专题民主生活会", text: dlmMin("梅溪县支行党委巡察整改专题民主生活会会议记录", "2023-07-14", "党委书记、行长潘某")},
			},
			verdict:     "clean",
			description: "Clean. HTML report; 13 problems, 12 done; 5 clues all closed (2 filed, 3 closed after talks); the city branch's clue check over 6 county sub-branches (21 clues, 18 closed) is an aggregate beside the unit's own figure; 4 accountable.",
		},
		{
			dir: "14-zaidanbao-kinds-no-total-clean", unit: "中共东川省再担保集团股份有限公司委员会", round: "省委第六巡视组",
			feedback: "2023-04-11", rep: "2023-10-19", asof: "2023-10-19", reportFmt: "docx", ledgerFmt: "xlsx",
			probSheet: "问题整改台账",
			layout:    layout{title: "省再担保集团巡视整改台账", order: defaultOrder, headers: map[string]string{"status": "整改情况"}},
			probs:     mkProbs([]int{4, 4, 4, 4}, nil),
			clueSheet: "问题线索",
			clues:     mkClues("ZDXS", 4, 2, "2023-05-04", "", nil),
			accSheet:  "问责情况",
			accs: []acc{acc1("王某某", "集团本部", "担保业务部总经理", "党纪处分（党内严重警告）"),
				acc1("李某某", "集团本部", "风险管理部副总经理", "党纪处分（党内警告）"),
				acc1("张某某", "集团本部", "项目经理", "诫勉谈话"),
				acc1("刘某某", "桐岭子公司", "总经理", "诫勉谈话"),
				acc1("陈某某", "桐岭子公司", "副总经理", "诫勉谈话"),
				acc1("杨某某", "桐岭子公司", "项目经理", "批评教育"),
				acc1("赵某某", "霁川子公司", "总经理", "批评教育"),
				acc1("黄某某", "霁川子公司", "财务主管", "批评教育"),
				acc1("周某某", "霁川子公司", "项目经理", "批评教育")},
			minutes: []mdoc{
				{name: "党委会（一）", text: partyMin("中共东川省再担保集团股份有限公司委员会会议纪要（2023年第8次）", "2023-04-20", "党委书记、董事长韦某", "研究巡视整改方案")},
				{name: "党委会（二）", text: partyMin("中共东川省再担保集团股份有限公司委员会会议纪要（2023年第12次）", "2023-06-29", "党委书记、董事长韦某", "听取巡视整改进展汇报")},
				{name: "党委会（三）", text: partyMin("中共东川省再担保集团股份有限公司委员会会议纪要（2023年第16次）", "2023-09-26", "党委书记、董事长韦某", "审议巡视整改情况报告")},
				{name: "调度会", format: "docx", text: workMin("巡视整改工作调度会会议纪要", "2023-05-30", "") + "\n" + workMin("巡视整改工作调度会会议纪要", "2023-08-22", "")},
				{name: "专题民主生活会", text: dlmMin("集团党委巡视整改专题民主生活会会议记录", "2023-07-12", "党委书记、董事长韦某")},
			},
			verdict:     "clean",
			description: "Clean. The report states the people held accountable by kind only, with no total (党纪处分2名, 诫勉谈话3名, 批评教育4名), each matching the accountability sheet's rows of that kind; 16 problems all done; 3 party committee meetings and 2 调度会 (in one DOCX).",
		},
	}
}
