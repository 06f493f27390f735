package main

import (
	"path/filepath"
)

// reportText assembles a report from its parts.
func reportText(title, to, intro, org, figures, extra, next, sign, date string) string {
	return "# " + title + "\n" + to + "\n" + intro + "\n一、提高站位，压实整改责任\n" + org + "\n二、聚焦问题，推进整改落实\n" + figures + "\n" + extra + "\n三、下一步工作打算\n" + next + "\n特此报告。\n" + sign + "\n" + date + "\n"
}

const nextStd = "下一步，将坚持整改目标不变、标准不降、力度不减，对正在整改的问题紧盯时限、挂图作战，对已完成的问题适时开展“回头看”，坚决防止问题反弹回潮，推动巡察整改成果转化为高质量发展的实际成效。"

type mt struct{ date, title, kind string }

// writeMinutes writes DOCX minutes: kind "p" a party committee meeting, "d"
// a special democratic life meeting, "o" another meeting.
func writeMinutes(dir, place, host, attend, who string, ms []mt) {
	for _, m := range ms {
		body := partyMeeting("研究巡察反馈问题整改推进工作")
		switch m.kind {
		case "d":
			body = dlmBody(who)
		case "o":
			body = "会议议题：研究日常经营管理事项。\n会议研究了近期业务经营、费用审批和网点运营事项，对第三季度重点工作作出安排。"
		}
		writeDocx(filepath.Join(dir, "minutes", m.date+".docx"), minutes(m.title, hanzi(day(m.date))+"上午9:00", place, host, attend, body))
	}
}

// --- 04: 农商银行, ledger header on the second sheet after a 封面 sheet ---

func case04() kase {
	info := caseInfo{"中共澜州农村商业银行股份有限公司委员会", "市委第一巡察组（2023年第一轮巡察）", "2023-03-20", "2023-06-26", "2023-06-26"}
	return kase{Dir: "04-nongshang-cover-sheet", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 18, Pool: finPool, Cats: finCats, Leaders: []string{"陈志远", "林晓", "高建平"},
			Depts: []string{"办公室", "风险管理部", "授信审批部", "运营管理部", "人力资源部", "合规部"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: slashed, DoneWords: []string{"已完成", "已完成，已验收"},
			Evidence: []string{"党委会议纪要、制度文本", "清收台账", "检查报告"}})
		open(ps, 7, "正在整改", "2023/9/30")
		open(ps, 10, "正在整改", "2023/12/31")
		open(ps, 16, "正在整改，已完成排查", "2023/8/31")
		cover := &sheet{Name: "封面"}
		cover.add("澜州农村商业银行股份有限公司")
		cover.add("市委第一巡察组巡察反馈问题整改台账")
		cover.add("")
		cover.add("报送单位：澜州农商银行党委办公室（盖章）")
		cover.add("报送日期：2023年6月20日")
		cover.add("联系人：林晓    联系电话：0000-0000000")
		cover.add("共18项，详见“整改台账明细”")
		s := &sheet{Name: "整改台账明细"}
		cols := []col{cNo("序号"), cCat("问题类别"), cTitle("具体问题"), cMeasures("整改目标及措施"), cDept("牵头部门"), cLeader("分管领导"), cDeadline("整改时限"), cStatus("目前进展"), cDone("完成时间"), cEvidence("佐证资料")}
		s.title("市委第一巡察组巡察反馈问题整改台账", len(cols))
		s.add("填报单位：澜州农商银行党委（盖章）", "", "", "", "", "", "", "填报时间：2023年6月20日")
		rows := map[int]int{}
		s.problems(cols, ps, rows)
		s.add()
		s.add("说明：1.目前进展填写已完成、正在整改或未完成；2.已完成的须附佐证资料。")
		s.add("填表人：林晓    审核：陈志远")
		writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{cover, s})
		src := filepath.Join(dir, "report-src.docx")
		writeDocx(src, reportText("中共澜州农村商业银行股份有限公司委员会关于市委巡察反馈意见整改情况的报告", "市委巡察办：",
			"2022年11月至2023年1月，市委第一巡察组对澜州农商银行党委开展了常规巡察，于2023年3月20日反馈了巡察意见。行党委高度重视，坚持把抓好巡察整改与防范化解金融风险、服务地方经济发展结合起来，现将整改情况报告如下。",
			"行党委成立巡察整改工作领导小组，党委书记、董事长任组长，行长任副组长，各部门负责人为成员。巡察反馈后，先后召开党委会议3次专题研究部署整改工作，召开巡察整改专题民主生活会1次；另召开行长办公会2次研究涉及经营管理的整改事项，组织全行17个支行和营业部逐级签订整改责任书。",
			"对照市委第一巡察组反馈的17个问题，行党委逐项制定整改措施，明确牵头部门和完成时限。截至2023年6月20日，已完成整改15个，正在整改2个，完成率88.2%。",
			"整改中，全行累计清收处置不良贷款1.26亿元，对2020年以来发放的贷款开展五级分类“回头看”，调整分类贷款3.4亿元；对员工参与民间借贷问题开展专项排查，排查员工1126人，对发现问题的3名员工按规定处理。",
			nextStd, "中共澜州农村商业银行股份有限公司委员会", "2023年6月26日"))
		convert(src, "pdf", filepath.Join(dir, "report.pdf"))
		writeMinutes(dir, "总行八楼会议室", "党委书记、董事长 陈志远", "行党委委员，各部门负责人列席", "行党委", []mt{
			{"2023-03-24", "中共澜州农村商业银行股份有限公司委员会2023年第6次党委会议纪要", "p"},
			{"2023-04-21", "中共澜州农村商业银行股份有限公司委员会2023年第8次党委会议纪要", "p"},
			{"2023-05-26", "中共澜州农村商业银行股份有限公司委员会2023年第11次党委会议纪要", "p"},
			{"2023-04-12", "澜州农商银行党委领导班子巡察整改专题民主生活会会议记录", "d"},
			{"2023-05-10", "澜州农商银行2023年第9次行长办公会会议纪要", "o"},
		})
		return rows
	}, Exp: expected{
		Description: "农商银行，PDF 报告；台账第一张表是封面（标题、报送单位、“共18项”），问题表在第二张表“整改台账明细”，标题行和填报单位行在表头之上，末尾有空行、说明和填表人。报告称反馈问题17个，台账列了18个问题。",
		Notes:       "claim.problems-total：17 对 18（细微：报告自身 17 = 15 + 2，15/17 = 88.2% 一致；已完成15个不多于台账的15个）。行长办公会属其他会议，不核对；3次党委会议、1次专题民主生活会均有纪要。",
		Verdict:     "paper-rectification-suspected", Complete: true,
		Findings: []expFinding{{Rule: "claim.problems-total", Item: "total", Claimed: 17, Observed: 18}}}}
}

// --- 05: 医院, XLSX with 完成/推进中/未启动 and cell colours ---

func case05() kase {
	info := caseInfo{"中共沅溪县人民医院委员会", "县委第一巡察组（2023年第三轮巡察）", "2023-08-08", "2023-11-30", "2023-11-30"}
	return kase{Dir: "05-yiyuan-colour-status", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 15, Pool: instPool, Cats: instCats, Leaders: []string{"唐明辉", "钟秀英", "谢涛"},
			Depts: []string{"院办公室", "党委办公室", "医务科", "财务科", "设备科", "护理部", "人事科"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: hanzi, DoneWords: []string{"完成"},
			Evidence: []string{"院党委会议纪要", "制度汇编、培训签到", "自查报告、退费凭证"}})
		for i := range ps {
			ps[i].Fill = "92D050"
		}
		open(ps, 3, "推进中", "2024年3月31日")
		open(ps, 9, "推进中", "2023年12月31日")
		open(ps, 13, "未启动", "2024年6月30日")
		ps[2].Fill, ps[8].Fill, ps[12].Fill = "FFFF00", "FFFF00", "FF0000"
		s := &sheet{Name: "巡察整改台账"}
		cols := []col{cNo("序号"), cCat("问题类别"), cTitle("存在问题"), cMeasures("整改措施"), cLeader("牵头领导"), cDept("责任科室"), cDeadline("整改时限"), cStatus("整改状态"), cDone("完成日期"), cEvidence("佐证材料"), cNote("备注")}
		s.title("沅溪县人民医院县委巡察反馈问题整改台账", len(cols))
		rows := map[int]int{}
		s.problems(cols, ps, rows)
		s.add()
		s.add("注：整改状态栏绿色为完成，黄色为推进中，红色为未启动。")
		writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{s})
		writeDocx(filepath.Join(dir, "report.docx"), reportText("中共沅溪县人民医院委员会关于县委巡察反馈意见整改进展情况的报告", "县委巡察办：",
			"根据县委统一部署，2023年5月至6月，县委第一巡察组对县人民医院党委开展了常规巡察，并于2023年8月8日反馈了巡察意见。医院党委把巡察整改作为推进公立医院高质量发展的重要抓手，坚持院科两级联动、医护行政协同，现将整改进展情况报告如下。",
			"医院党委书记履行整改第一责任人职责，先后召开党委会议3次专题研究整改，召开巡察整改专题民主生活会1次，院长办公会多次研究涉及医疗业务的整改事项。",
			"对照县委第一巡察组反馈的15个问题，截至2023年11月25日，已完成整改12个，正在推进2个，尚未启动1个，整改完成率80%。尚未启动的1个问题涉及院区改扩建项目，需待项目立项后实施，已明确在2024年6月底前完成。",
			"在医保基金使用专项整治中，医院对2021年以来的住院病历开展自查，主动退回违规收费款项38.6万元；对药品耗材采购开展全面梳理，重新议价品种126个。",
			nextStd, "中共沅溪县人民医院委员会", "2023年11月30日"))
		writeMinutes(dir, "行政楼四楼会议室", "院党委书记 唐明辉", "院党委委员，各职能科室负责人列席", "院党委", []mt{
			{"2023-08-15", "中共沅溪县人民医院委员会党委会议纪要（第15期）", "p"},
			{"2023-09-12", "中共沅溪县人民医院委员会党委会议纪要（第17期）", "p"},
			{"2023-10-24", "中共沅溪县人民医院委员会党委会议纪要（第20期）", "p"},
			{"2023-09-26", "沅溪县人民医院党委领导班子巡察整改专题民主生活会会议记录", "d"},
			{"2023-10-10", "沅溪县人民医院院长办公会会议纪要（第19期）", "o"},
		})
		return rows
	}, Exp: expected{
		Description: "县医院（事业单位），DOCX 报告；XLSX 台账的整改状态列只写“完成 / 推进中 / 未启动”，并以绿、黄、红底色区分，底部注释说明颜色。15行：12行完成、2行推进中、1行未启动，时限都在基准日之后。报告：15个问题，已完成12个、正在推进2个、尚未启动1个，完成率80%。",
		Notes:       "干净案卷：15 = 12 + 2 + 1，12/15 = 80%；“完成”即已完成。院长办公会属其他会议，不核对。",
		Verdict:     "clean", Complete: true}}
}

// --- 06: 街道, 责任人 and 责任单位 in one cell; the report as .doc ---

func case06() kase {
	info := caseInfo{"中共澜州市城南区望江街道工作委员会", "区委第二巡察组（2023年第四轮巡察）", "2024-01-18", "2024-04-25", "2024-04-25"}
	return kase{Dir: "06-jiedao-owner-one-cell", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 17, Off: 5, Pool: townPool, Cats: townCats, Leaders: []string{"陈立新", "王晓红", "蒋文斌", "许丹"},
			Depts: []string{"党政办", "社区建设办", "城市管理办", "综治中心", "经济服务中心", "财政所"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: dotted, DoneWords: []string{"已完成", "已完成，已销号"},
			Evidence: []string{"党工委会议纪要、整改报告", "制度文件", "现场照片、验收表"}})
		open(ps, 8, "正在整改", "2024.6.30")
		open(ps, 15, "持续推进", "长期坚持")
		cols := []col{cNo("序号"), cTitle("问题"), cMeasures("整改措施"),
			{"责任人/责任单位", func(p prob) string {
				if p.Leader == "" {
					return p.Dept
				}
				return p.Leader + "/" + p.Dept
			}},
			cDeadline("完成时限"), cStatus("完成情况"), cDone("完成时间"), cEvidence("佐证材料"), cNote("备注")}
		ps[10].Leader = ""
		s := &sheet{Name: "Sheet1"}
		s.title("望江街道区委巡察反馈问题整改台账", len(cols))
		rows := map[int]int{}
		s.problems(cols, ps, rows)
		writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{s})
		src := filepath.Join(dir, "report-src.docx")
		writeDocx(src, reportText("中共澜州市城南区望江街道工作委员会关于区委第二巡察组巡察反馈意见整改情况的报告", "区委巡察办：",
			"2023年10月至12月，区委第二巡察组对望江街道党工委开展了常规巡察，于2024年1月18日反馈了巡察意见。街道党工委坚持把巡察整改与基层治理、城市更新、民生保障结合起来，现将整改情况报告如下。",
			"街道党工委书记切实扛起第一责任人责任，召开党工委会议4次专题研究整改，召开巡察整改专题民主生活会1次，并把整改任务分解到街道班子成员和11个社区。",
			"对照区委第二巡察组反馈的17个问题，截至2024年4月20日，已完成整改15个，2个正在整改中，整改完成率88.2%。",
			"整改中，街道对辖区11个社区的集体资产开展清查，补签租赁合同23份，收缴拖欠租金17.4万元。",
			nextStd, "中共澜州市城南区望江街道工作委员会", "2024年4月25日"))
		convert(src, "doc", filepath.Join(dir, "report.doc"))
		writeMinutes(dir, "街道办事处二楼会议室", "街道党工委书记 陈立新", "街道党工委委员、办事处副主任", "街道党工委", []mt{
			{"2024-01-25", "中共望江街道工作委员会党工委会议纪要（2024年第2次）", "p"},
			{"2024-02-22", "中共望江街道工作委员会党工委会议纪要（2024年第4次）", "p"},
			{"2024-03-21", "中共望江街道工作委员会党工委会议纪要（2024年第6次）", "p"},
			{"2024-04-11", "中共望江街道工作委员会党工委会议纪要（2024年第8次）", "p"},
			{"2024-03-06", "望江街道党工委领导班子巡察整改专题民主生活会会议记录", "d"},
		})
		return rows
	}, Exp: expected{
		Description: "街道党工委，报告为旧版 Word（.doc）；台账把责任人和责任单位写在同一列“责任人/责任单位”（陈立新/党政办）。序号11只写了“综治中心”，没有责任人。报告：17个问题，已完成15个，2个正在整改，完成率88.2%（15/17 = 88.24）；4次党工委会议、1次专题民主生活会。",
		Notes:       "ledger.no-owner 只对序号11（缺责任领导）；其余各行责任人、责任单位、时限齐全（长期坚持是写明的时限）。若把合并列只当作责任人或责任单位，会对每行误报。",
		Verdict:     "clean", Complete: true,
		Findings: []expFinding{{Rule: "ledger.no-owner", Item: "11", Sheet: "Sheet1", Row: 13, No: 11}}}}
}
