package main

import (
	"os"
	"path/filepath"
)

var townCats = []string{"党的领导方面", "全面从严治党方面", "基层党组织建设方面", "巡察整改方面"}
var soeCats = []string{"党的领导方面", "经营管理方面", "全面从严治党方面", "选人用人方面"}
var finCats = []string{"服务实体经济方面", "风险防控方面", "从严治党方面", "组织建设方面"}
var instCats = []string{"政治建设方面", "业务管理方面", "党风廉政建设方面", "组织建设方面"}

func cases() []kase {
	return []kase{case01(), case02(), case03(), case04(), case05(), case06(), case07(), case08(),
		case09(), case10(), case11(), case12(), case13(), case14(), case15(), case16()}
}

// --- 01: 乡镇, DOCX report with tracked changes and comments left in ---

func case01() kase {
	info := caseInfo{"中共青石镇委员会", "县委第三巡察组（2023年第二轮巡察）", "2023-06-15", "2023-09-20", "2023-09-20"}
	return kase{Dir: "01-zhen-docx-revisions", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 15, Pool: townPool, Cats: townCats, Leaders: []string{"刘长春", "赵敏", "黄志刚", "孙丽"},
			Depts: []string{"党政办", "经济发展办", "社会事务办", "财政所", "农业综合服务中心", "综治中心"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: hanzi, DoneWords: []string{"已完成", "已完成，已建立长效机制"},
			Evidence: []string{"《镇党委会议纪要》、整改照片", "制度文件、公示材料", "验收单、签到表"}})
		open(ps, 6, "正在推进，预计年底前完成", "2023年12月31日")
		open(ps, 11, "长期坚持，持续推进", "长期坚持")
		open(ps, 14, "正在整改", "2024年3月31日")
		s := &sheet{Name: "问题整改台账"}
		cols := []col{cNo("序号"), cCat("问题类别"), cTitle("具体问题"), cMeasures("整改措施"), cLeader("责任领导"), cDept("责任单位"), cDeadline("完成时限"), cStatus("整改进度"), cDone("完成时间"), cEvidence("佐证资料"), cNote("备注")}
		s.title("青石镇县委巡察反馈问题整改台账", len(cols))
		rows := map[int]int{}
		s.problems(cols, ps, rows)
		s.add()
		s.add("填表人：李娟    审核人：刘长春    填报时间：2023年9月18日")
		writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{s})
		writeDocx(filepath.Join(dir, "report.docx"), `# 中共青石镇委员会关于县委第三巡察组巡察反馈意见整改进展情况的报告
县委巡察办：
根据县委巡察工作统一部署，2023年4月至5月，县委第三巡察组对青石镇党委开展了常规巡察，并于2023年6月15日反馈了巡察意见。镇党委坚持把巡察整改作为重大政治任务，按照“清单化管理、项目化推进、销号式落实”的要求，现将整改进展情况报告如下。
一、提高政治站位，压紧压实整改责任
镇党委第一时间成立由党委书记任组长、镇长任副组长的巡察整改工作领导小组，下设办公室在党政办，逐条细化形成问题清单、任务清单和责任清单，明确每一个问题的责任领导、责任单位和整改时限。巡察反馈后，镇党委先后召开党委会议专题研究巡察整改3次，{-党政班子成员分片督导-}{+党委书记带头督导、班子成员分片包保+}，每月调度整改进展，召开巡察整改专题民主生活会1次，班子成员逐一对照检查、认领问题。
二、坚持问题导向，扎实推进整改落实
对照县委第三巡察组反馈的4个方面15个问题，镇党委逐项制定整改措施，截至2023年9月15日，已完成整改{-14-}{+12+}个，正在整改{-1-}{+3+}个，整改完成率{-93.3%-}{+80%+}。{#数字已按台账9月15日版本核对修改，请以修改后为准。#}对尚在整改中的人居环境长效机制、安全生产隐患整治等事项，明确了完成时限，实行周调度、月通报。
在整改过程中，镇党委注重举一反三，围绕村级财务、集体“三资”、惠民补贴发放等群众关心的领域，对全镇14个行政村开展了专项检查，推动村级财务全部纳入镇农村集体“三资”管理平台监管，清退违规领取的补贴资金2.3万元。
三、下一步工作打算
下一步，镇党委将继续保持整改工作力度不减，对未完成的事项紧盯不放、持续用力，对已完成的事项适时开展“回头看”，巩固整改成果，坚决防止问题反弹回潮。{+对整改中发现的干部作风问题，按照干部管理权限严肃处理。+}
特此报告。
中共青石镇委员会
2023年9月20日
`)
		for _, m := range []struct{ file, title, date, topic string }{
			{"2023-06-20-党委会议.docx", "中共青石镇委员会党委会议纪要（2023年第14次）", "2023年6月20日上午9:00", "传达县委第三巡察组反馈意见，研究制定巡察整改工作方案"},
			{"2023-07-18-党委会议.docx", "中共青石镇委员会党委会议纪要（2023年第16次）", "2023年7月18日下午3:00", "听取巡察反馈问题整改进展情况汇报"},
			{"2023-08-29-党委会议.docx", "中共青石镇委员会党委会议纪要（2023年第19次）", "2023年8月29日上午8:30", "研究巡察整改销号验收工作"},
		} {
			writeDocx(filepath.Join(dir, "minutes", m.file), minutes(m.title, m.date, "镇政府三楼会议室", "镇党委书记 刘长春", "镇党委班子成员，党政办、经济发展办、社会事务办负责人", partyMeeting(m.topic)))
		}
		writeDocx(filepath.Join(dir, "minutes", "2023-07-05-专题民主生活会.docx"), minutes("中共青石镇委员会领导班子巡察整改专题民主生活会会议记录", "2023年7月5日上午9:00", "镇政府三楼会议室", "镇党委书记 刘长春", "镇党委班子成员；县纪委监委派驻纪检监察组、县委组织部派员列席", dlmBody("镇党委")))
		return rows
	}, Exp: expected{
		Description: "乡镇党委，DOCX 报告保留了修订痕迹和批注：删除的旧数字（已完成整改14个、正在整改1个、完成率93.3%）被插入的新数字（12个、3个、80%）取代，批注说明按台账核对。台账15行，12行已完成、3行在整改（时限在基准日之后或长期坚持）；纪要3次党委会议和1次专题民主生活会。",
		Notes:       "按修订后的文字（接受修订）读：15 = 12 + 3，12/15 = 80%，台账已完成12个，无发现。若把删除的文字读作正文（14个），会误报 claim.problems-done；批注不是报告正文。",
		Verdict:     "clean", Complete: true}}
}

// --- 02: 社区, PDF report whose table runs over two pages ---

func case02() kase {
	info := caseInfo{"中共柳湾街道桂花社区委员会", "区委第五巡察组（2023年村（社区）巡察）", "2023-04-10", "2023-07-28", "2023-07-28"}
	return kase{Dir: "02-shequ-pdf-table-two-pages", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 24, Off: 2, Pool: townPool, Cats: townCats, Leaders: []string{"何春燕", "邓建军", "罗小平"},
			Depts: []string{"社区党委", "社区居委会", "社区综治办", "社区服务中心", "社区财务室"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: iso, DoneWords: []string{"已完成"},
			Evidence: []string{"会议记录、公示照片", "整改报告及附件", "台账资料"}})
		open(ps, 5, "正在整改", "2023-12-31")
		open(ps, 13, "整改中", "2023-10-31")
		open(ps, 20, "持续推进", "长期坚持")
		s := &sheet{Name: "整改台账"}
		n := 10
		s.title("桂花社区巡察反馈问题整改台账", n)
		s.add("序号", "问题类别", "问题表现", "整改措施", "责任人", "责任部门", "整改时限", "整改情况", "", "")
		s.add("", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料")
		for _, c := range []string{"A", "B", "C", "D", "E", "F", "G"} {
			s.Merges = append(s.Merges, [2]string{c + "2", c + "3"})
		}
		s.Merges = append(s.Merges, [2]string{"H2", "J2"})
		rows := map[int]int{}
		written = append(written, ps...)
		for _, p := range ps {
			rows[p.No] = s.add(itoa(p.No), p.Cat, p.Title, p.Measures, p.Leader, p.Dept, p.Deadline, p.Status, p.Done, p.Evidence)
		}
		writeXLSX(filepath.Join(dir, "ledger.xlsx"), []*sheet{s})
		text := `# 中共柳湾街道桂花社区委员会关于区委第五巡察组巡察反馈意见整改情况的报告
区委巡察办、柳湾街道党工委：
2023年2月至3月，区委第五巡察组对柳湾街道所辖7个社区开展了村（社区）巡察，2023年4月10日向桂花社区党委反馈了巡察意见。社区党委把巡察整改作为加强基层治理、回应居民关切的重要契机，坚持边整改、边规范、边提升，现将整改情况报告如下。
一、整改工作的组织推进情况
社区党委书记切实履行第一责任人职责，对整改工作亲自部署、重要问题亲自过问、重点环节亲自协调。社区党委第一时间召开会议传达反馈意见，研究制定整改方案，将巡察反馈的问题逐条分解到社区“两委”成员和网格员，建立“一个问题、一名责任人、一套措施、一个时限”的整改机制。整改期间，召开社区党委会议专题研究整改工作4次，召开巡察整改专题民主生活会1次，街道党工委班子成员到会指导。
社区党委坚持开门整改，通过居民议事会、楼栋长会议、社区公众号等渠道公开整改进展，邀请居民代表参与整改验收，整改工作得到辖区居民的普遍认可。
二、巡察反馈问题的整改落实情况
对照巡察反馈的24个问题，截至2023年7月25日，已完成整改21个，正在整改3个，整改完成率87.5%。对尚未完成的问题，社区党委明确了完成时限，实行挂图作战、对账销号。各问题的整改情况见表1。
在整改中，社区党委坚持立行立改与建章立制相结合，规范了社区“大事”议事决策流程和集体资产合同管理，对社区公共用房出租合同开展全面清理，收回逾期租金4.6万元，新建社区财务审批等制度3项。
表1  巡察反馈问题整改情况一览表
|序号|反馈问题|整改情况|完成时间
`
		for _, p := range ps {
			st := "已完成"
			if p.Done == "" {
				st = "正在整改"
			}
			text += "|" + itoa(p.No) + "|" + p.Title + "|" + st + "|" + p.Done + "\n"
		}
		text += `三、下一步工作打算
下一步，社区党委将坚持目标不变、标准不降、力度不减，对正在整改的问题持续跟踪督办，确保按期完成；对已完成整改的问题适时开展“回头看”，防止反弹回潮；以巡察整改为契机，持续提升社区治理能力和服务水平。
特此报告。
中共柳湾街道桂花社区委员会
2023年7月28日
`
		src := filepath.Join(dir, "report-src.docx")
		writeDocx(src, text)
		convert(src, "pdf", filepath.Join(dir, "report.pdf"))
		for i, d := range []string{"2023-04-14", "2023-05-09", "2023-06-06", "2023-07-11"} {
			t := day(d)
			writeDocx(filepath.Join(dir, "minutes", d+"-社区党委会议.docx"), minutes("中共桂花社区委员会会议纪要（2023年第"+itoa(5+i)+"次）", hanzi(t)+"下午2:30", "社区党群服务中心会议室", "社区党委书记 何春燕", "社区党委委员、居委会委员，街道联系社区领导", partyMeeting("研究巡察反馈问题整改工作")))
		}
		writeDocx(filepath.Join(dir, "minutes", "2023-05-23-专题民主生活会.docx"), minutes("桂花社区党委班子巡察整改专题民主生活会会议记录", "2023年5月23日上午9:00", "社区党群服务中心会议室", "社区党委书记 何春燕", "社区党委班子成员；街道党工委副书记到会指导", dlmBody("社区党委")))
		return rows
	}, Exp: expected{
		Description: "社区党委，PDF 报告，正文之后的表1逐项列出24个问题及其整改情况，表格从一页延续到下一页（表头在续页重复）。台账 XLSX 为两行表头（整改情况合并在整改进展/完成时间/佐证材料之上）。正文：反馈问题24个，已完成整改21个，正在整改3个，完成率87.5%（21/24）；4次社区党委会议、1次专题民主生活会，与纪要一致。",
		Notes:       "表格的续页表头不是问题；表格里的整改情况与台账一致，逐项状态无不符。docs/rules.md 的 arith.list-count 把表格也算作逐项列出的方式：表1从1编号到24、跨页连续，列出的正是24个，故不触发（盲写时误以为表格不算清单，结论不变）。",
		Verdict:     "clean", Complete: true}}
}

// --- 03: 国企子公司, DOCX report with a table by aspect, XLS ledger ---

func case03() kase {
	info := caseInfo{"中共澜州城投置业有限公司委员会", "澜州城投集团党委第二巡察组（2023年第一轮内部巡察）", "2023-05-12", "2023-08-30", "2023-08-30"}
	return kase{Dir: "03-guoqi-xls-ledger", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 20, Pool: soePool, Cats: soeCats, Leaders: []string{"周国强", "吴海燕", "郑伟", "冯建华"},
			Depts: []string{"综合办公室", "财务部", "工程管理部", "经营开发部", "党群工作部", "审计法务部"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: dotted, DoneWords: []string{"已完成", "已销号", "已完成整改"},
			Evidence: []string{"党委会纪要、制度文件", "清收台账、银行回单", "整改报告、验收意见"}})
		open(ps, 4, "正在推进", "2023.12.31")
		open(ps, 12, "正在推进，已完成清理摸底", "2023.10.31")
		open(ps, 17, "推进中", "2023.11.30")
		open(ps, 19, "未启动，待集团统一部署", "2024.6.30")
		ps[8].Evidence = ""
		s := &sheet{Name: "整改台账"}
		cols := []col{cNo("序号"), cTitle("反馈问题"), cCat("问题类别"), cDept("责任部门"), cLeader("责任领导"), cMeasures("整改措施"), cDeadline("完成时限"), cStatus("完成情况"), cDone("完成时间"), cEvidence("佐证材料"), cNote("备注")}
		s.title("澜州城投置业有限公司内部巡察反馈问题整改台账", len(cols))
		rows := map[int]int{}
		s.problems(cols, ps, rows)
		src := filepath.Join(dir, "ledger-src.xlsx")
		writeXLSX(src, []*sheet{s})
		convert(src, "xls", filepath.Join(dir, "ledger.xls"))
		writeDocx(filepath.Join(dir, "report.docx"), `# 中共澜州城投置业有限公司委员会关于集团党委第二巡察组内部巡察反馈意见整改情况的报告
集团党委：
根据集团党委2023年第一轮内部巡察工作安排，集团党委第二巡察组于2023年3月至4月对公司党委开展了巡察，5月12日反馈了巡察意见，指出了党的领导、经营管理、全面从严治党、选人用人4个方面的问题，并移交了1件问题线索。公司党委照单全收、立行立改，现将整改情况报告如下。
一、强化组织领导，扛牢整改主体责任
公司党委成立了由党委书记、董事长任组长的整改工作领导小组，制定整改工作方案，列出问题、任务、责任“三张清单”，明确整改措施68条。先后4次召开党委会，逐项研究整改重点难点问题，召开巡察整改专题民主生活会1次，班子成员认领问题、深刻剖析。
二、聚焦反馈问题，逐项推进整改落实
集团党委第二巡察组反馈的20个问题中，截至2023年8月25日，已完成整改18个，其余2个正在推进，整改完成率90%，各方面整改情况如下表。
|方面|反馈问题（个）|已完成（个）|正在推进（个）
|党的领导方面|5|5|0
|经营管理方面|5|4|1
|全面从严治党方面|5|5|0
|选人用人方面|5|4|1
|合计|20|18|2
在经营管理领域，公司对应收账款开展专项清收，累计收回逾期账款1860万元；对出租的13处经营性资产全部重新评估租金，收缴拖欠租金236.5万元；对2021年以来的工程结算开展复核，核减工程款95.8万元。
三、下一步打算
公司党委将对照集团党委要求，对正在推进的问题明确时间表、路线图，持续抓好整改；举一反三，健全完善内控制度体系，推动整改成果转化为企业治理效能。
特此报告。
中共澜州城投置业有限公司委员会
2023年8月30日
`)
		for i, d := range []string{"2023-05-18", "2023-06-15", "2023-07-13", "2023-08-10"} {
			writeDocx(filepath.Join(dir, "minutes", d+".docx"), minutes("中共澜州城投置业有限公司委员会2023年第"+itoa(9+i)+"次党委会会议纪要", hanzi(day(d))+"上午9:00", "公司六楼会议室", "党委书记、董事长 周国强", "公司党委委员，纪委书记，各部门负责人列席", partyMeeting("研究巡察反馈问题整改推进工作")))
		}
		writeDocx(filepath.Join(dir, "minutes", "2023-06-27.docx"), minutes("中共澜州城投置业有限公司委员会巡察整改专题民主生活会会议记录", "2023年6月27日上午8:30", "公司六楼会议室", "党委书记、董事长 周国强", "公司党委班子成员；集团纪委、集团党委组织部派员指导", dlmBody("公司党委")))
		return rows
	}, Exp: expected{
		Description: "国企子公司，DOCX 报告，正文和按方面的表格都称已完成整改18个、正在推进2个（完成率90%）；台账为旧版 Excel（.xls），20行中16行已完成、3行推进中、1行未启动（时限均在基准日之后）；序号9已销号但佐证材料为空。",
		Notes:       "claim.problems-done：18 > 16，证据是4个未完成的行。报告自身算术一致（20 = 18 + 2；18/20 = 90%），表格与正文一致，不应有 arith 发现。",
		Verdict:     "paper-rectification-suspected", Complete: true,
		Findings: []expFinding{
			{Rule: "claim.problems-done", Item: "done", Claimed: 18, Observed: 16},
			{Rule: "ledger.no-evidence", Item: "9", Sheet: "整改台账", Row: 11, No: 9},
		}}}
}

func itoa(n int) string {
	const d = "0123456789"
	if n < 10 {
		return d[n : n+1]
	}
	return itoa(n/10) + d[n%10:n%10+1]
}

var _ = os.Stat
