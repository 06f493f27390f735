package main

import (
	"os"
	"os/exec"
	"path/filepath"
)

// --- 10: 融资担保公司, the total restated with parts that do not sum ---

func case10() kase {
	info := caseInfo{"中共澜州市融资担保集团有限公司委员会", "市委第三巡察组（2024年第一轮巡察）", "2024-03-12", "2024-06-28", "2024-06-28"}
	return kase{Dir: "10-danbao-restated-total", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 31, Pool: finPool, Cats: finCats, Leaders: []string{"潘永强", "袁丽萍", "蔡明", "田宏"},
			Depts: []string{"综合办公室", "风险控制部", "业务一部", "业务二部", "财务部", "法律合规部", "党群工作部"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: iso, DoneWords: []string{"已完成", "已完成整改"},
			Evidence: []string{"党委会纪要、制度文件", "代偿追偿台账", "检查报告"}})
		for _, no := range []int{6, 15, 22, 29} {
			open(ps, no, "正在推进", "2024-09-30")
		}
		rows := simpleLedger(dir, "整改台账", "市委第三巡察组反馈问题整改台账", []col{cNo("编号"), cTitle("问题"), cCat("所属方面"), cMeasures("整改举措"), cLeader("牵头领导"), cDept("牵头部门"), cDeadline("整改期限"), cStatus("整改情况"), cDone("完成时间"), cEvidence("佐证材料")}, ps)
		writeDocx(filepath.Join(dir, "report.docx"), reportText("中共澜州市融资担保集团有限公司委员会关于市委第三巡察组巡察反馈意见整改情况的报告", "市委巡察办：",
			"2023年11月至2024年1月，市委第三巡察组对集团党委开展了常规巡察，于2024年3月12日反馈了巡察意见，共指出4个方面31个问题。集团党委坚持把巡察整改作为回归担保主业、防范化解风险的重要契机，现将整改情况报告如下。",
			"集团党委召开党委会议4次研究部署整改工作，召开巡察整改专题民主生活会1次，建立“周调度、月通报、季评估”工作机制。",
			"对照反馈的31个问题，集团党委逐项明确责任领导、牵头部门和完成时限。截至2024年6月20日，已完成整改27个，正在整改3个，整改完成率87.1%。",
			"整改中，集团加大代偿追偿力度，追回代偿款2380万元；对在保项目开展保后检查“回头看”，检查项目416个，督促补充反担保措施项目37个。",
			nextStd, "中共澜州市融资担保集团有限公司委员会", "2024年6月28日"))
		writeMinutes(dir, "集团七楼会议室", "党委书记、董事长 潘永强", "集团党委委员", "集团党委", []mt{
			{"2024-03-19", "中共澜州市融资担保集团有限公司委员会党委会议纪要（2024年第5期）", "p"},
			{"2024-04-16", "中共澜州市融资担保集团有限公司委员会党委会议纪要（2024年第7期）", "p"},
			{"2024-05-21", "中共澜州市融资担保集团有限公司委员会党委会议纪要（2024年第9期）", "p"},
			{"2024-06-18", "中共澜州市融资担保集团有限公司委员会党委会议纪要（2024年第11期）", "p"},
			{"2024-04-25", "澜州市融资担保集团党委领导班子巡察整改专题民主生活会会议记录", "d"},
		})
		return rows
	}, Exp: expected{
		Description: "融资担保集团（地方金融机构），DOCX 报告开头写“共指出4个方面31个问题”，后文重述“对照反馈的31个问题……已完成整改27个，正在整改3个，整改完成率87.1%”。台账31行，27行已完成、4行正在推进（时限在基准日之后）。",
		Notes:       "真正的矛盾：重述总数的段落里，27 + 3 = 30，不等于31（arith.parts-sum，claimed 31，observed 30）。完成率27/31 = 87.10% 正确；已完成27个与台账一致。",
		Verdict:     "paper-rectification-suspected", Complete: true,
		Findings: []expFinding{{Rule: "arith.parts-sum", Item: "problems", Claimed: 31, Observed: 30}}}}
}

// --- 11: 证券公司, one minutes file is an encrypted PDF ---

func case11() kase {
	info := caseInfo{"中共澜州证券有限责任公司委员会", "市委第二巡察组（2023年第二轮巡察）", "2023-09-05", "2023-12-15", "2023-12-15"}
	return kase{Dir: "11-zhengquan-encrypted-minutes", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 16, Off: 5, Pool: finPool, Cats: finCats, Leaders: []string{"孔令华", "严静", "范志勇"},
			Depts: []string{"办公室", "合规管理部", "风险管理部", "经纪业务部", "信息技术部", "人力资源部"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: hanzi, DoneWords: []string{"已完成"},
			Evidence: []string{"党委会议纪要、制度文件", "自查报告", "培训签到表、考试试卷"}})
		open(ps, 5, "正在整改", "2024年3月31日")
		open(ps, 12, "正在整改", "2024年6月30日")
		ps[9].Evidence = ""
		rows := simpleLedger(dir, "问题台账", "澜州证券市委巡察反馈问题整改台账", stdCols(), ps)
		writeDocx(filepath.Join(dir, "report.docx"), reportText("中共澜州证券有限责任公司委员会关于市委巡察反馈意见整改情况的报告", "市委巡察办：",
			"2023年6月至7月，市委第二巡察组对公司党委开展了常规巡察，9月5日反馈了巡察意见。公司党委坚持把巡察整改与合规风控、从严治司结合起来，现将整改情况报告如下。",
			"公司党委召开党委会议3次专题研究整改工作，召开巡察整改专题民主生活会1次，班子成员聚焦反馈问题认真开展批评和自我批评。",
			"对照市委第二巡察组反馈的16个问题，截至2023年12月10日，已完成整改14个，正在整改2个。",
			"整改中，公司对员工执业行为开展专项排查，覆盖员工612人；对营业部柜面业务开展合规检查，整改问题隐患点位58处。",
			nextStd, "中共澜州证券有限责任公司委员会", "2023年12月15日"))
		writeMinutes(dir, "公司十二楼会议室", "党委书记、董事长 孔令华", "公司党委委员", "公司党委", []mt{
			{"2023-09-12", "中共澜州证券有限责任公司委员会党委会议纪要（2023年第18次）", "p"},
			{"2023-10-17", "中共澜州证券有限责任公司委员会党委会议纪要（2023年第21次）", "p"},
			{"2023-10-26", "澜州证券党委领导班子巡察整改专题民主生活会会议记录", "d"},
		})
		src := filepath.Join(dir, "minutes", "enc-src.docx")
		writeDocx(src, minutes("中共澜州证券有限责任公司委员会党委会议纪要（2023年第25次）", "2023年11月14日上午9:00", "公司十二楼会议室", "党委书记、董事长 孔令华", "公司党委委员", partyMeeting("研究巡察整改销号验收工作")))
		plain := filepath.Join(dir, "minutes", "plain.pdf")
		convert(src, "pdf", plain)
		cmd := exec.Command("qpdf", "--encrypt", "zg2023", "owner2023", "256", "--", plain, filepath.Join(dir, "minutes", "2023-11-14.pdf"))
		if out, err := cmd.CombinedOutput(); err != nil {
			panic(string(out))
		}
		must(os.Remove(plain))
		return rows
	}, Exp: expected{
		Description: "证券公司，DOCX 报告称党委会议3次、专题民主生活会1次；minutes/ 里两份党委会议纪要和一份专题民主生活会记录可读，第三份党委会议纪要（2023-11-14.pdf）是设了打开密码的加密 PDF。台账16行，14行已完成、2行正在整改；序号10已完成但佐证材料为空。",
		Notes:       "加密的纪要读不了：核查不完整，claim.meetings 和 meeting.democratic-life-missing 不运行（一份纪要未读，可读的只是下限），不能据此指控。ledger.no-evidence 只依据台账，照常触发。",
		Verdict:     "needs-attention", Complete: false,
		NotRun:   []string{"claim.meetings", "meeting.democratic-life-missing"},
		Findings: []expFinding{{Rule: "ledger.no-evidence", Item: "10", Sheet: "问题台账", Row: 12, No: 10}}}}
}

// --- 12: 疾控中心, one minutes file is HTML saved as .docx ---

func case12() kase {
	info := caseInfo{"中共澜州市疾病预防控制中心委员会", "市委第四巡察组（2023年第四轮巡察）", "2024-02-26", "2024-05-30", "2024-05-30"}
	return kase{Dir: "12-jikong-docx-is-html", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 13, Off: 6, Pool: instPool, Cats: instCats, Leaders: []string{"齐海波", "龚雪", "汤建伟"},
			Depts: []string{"办公室", "党委办公室", "财务科", "疾病控制科", "检验科", "人事科"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: dotted, DoneWords: []string{"已完成", "已完成，已建立长效机制"},
			Evidence: []string{"党委会议纪要", "制度文件", "整改报告、照片"}})
		open(ps, 4, "正在推进，预计年底前完成", "2024.12.31")
		open(ps, 9, "正在整改", "2024.9.30")
		rows := simpleLedger(dir, "整改台账", "市疾控中心市委巡察反馈问题整改台账", stdCols(), ps)
		src := filepath.Join(dir, "report-src.docx")
		writeDocx(src, reportText("中共澜州市疾病预防控制中心委员会关于市委巡察反馈意见整改情况的报告", "市委巡察办：",
			"2023年10月至12月，市委第四巡察组对市疾控中心党委开展了常规巡察，2024年2月26日反馈了巡察意见。中心党委坚持把巡察整改作为推进疾控体系改革的重要抓手，现将整改情况报告如下。",
			"中心党委召开党委会议3次专题研究巡察整改，召开巡察整改专题民主生活会1次，领导班子成员认领问题、逐项推进。",
			"对照市委第四巡察组反馈的13个问题，截至2024年5月25日，已完成整改11个，正在整改2个，整改完成率84.6%。",
			"整改中，中心对2021年以来的政府采购项目开展自查，规范采购合同42份；对往来款项开展清理，清理长期挂账款项186.3万元。",
			nextStd, "中共澜州市疾病预防控制中心委员会", "2024年5月30日"))
		convert(src, "pdf", filepath.Join(dir, "report.pdf"))
		writeMinutes(dir, "中心三楼会议室", "中心党委书记 齐海波", "中心党委委员", "中心党委", []mt{
			{"2024-03-05", "中共澜州市疾病预防控制中心委员会党委会议纪要（2024年第3次）", "p"},
			{"2024-04-09", "中共澜州市疾病预防控制中心委员会党委会议纪要（2024年第5次）", "p"},
			{"2024-05-14", "中共澜州市疾病预防控制中心委员会党委会议纪要（2024年第7次）", "p"},
		})
		html := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>专题民主生活会会议记录</title></head><body>
<h1>澜州市疾控中心党委领导班子巡察整改专题民主生活会会议记录</h1>
<p>时间：2024年4月18日上午9:00</p><p>地点：中心三楼会议室</p><p>主持人：中心党委书记 齐海波</p>
<p>参会人员：中心党委班子成员；市纪委监委派驻纪检监察组、市委组织部派员指导</p>
<p>` + dlmBody("中心党委") + `</p></body></html>`
		must(os.WriteFile(filepath.Join(dir, "minutes", "2024-04-18-专题民主生活会.docx"), []byte(html), 0o644))
		return rows
	}, Exp: expected{
		Description: "市疾控中心（事业单位），PDF 报告；3份党委会议纪要为 DOCX；专题民主生活会记录 2024-04-18-专题民主生活会.docx 其实是从办公系统导出的 HTML，只是扩展名为 .docx。台账13行，11行已完成、2行正在整改（时限在基准日之后）。报告：13个问题，已完成11个，正在整改2个，完成率84.6%；党委会议3次，专题民主生活会1次。",
		Notes:       "扩展名为 .docx 而内容不是 DOCX（不是 zip 包），按文件已损坏、未能读取处理：核查不完整，claim.meetings 与 meeting.democratic-life-missing 不运行。其余数字都与台账一致（13 = 11 + 2，11/13 = 84.62%），无发现。",
		Verdict:     "clean", Complete: false,
		NotRun: []string{"claim.meetings", "meeting.democratic-life-missing"}}}
}

// --- 13: 村, a minutes file with no extension; a wrong rate ---

func case13() kase {
	info := caseInfo{"中共桥头镇下坝村委员会", "县委第五巡察组（2023年村级巡察）", "2023-11-20", "2024-02-28", "2024-02-28"}
	return kase{Dir: "13-cun-no-extension-minutes", Info: info, Write: func(dir string) map[int]int {
		ps := mk(cfg{N: 16, Off: 11, Pool: townPool, Cats: townCats, Leaders: []string{"龙光荣", "石玉芬", "龙建国"},
			Depts: []string{"村党委", "村委会", "村务监督委员会", "村股份经济合作社"},
			FB:    info.FeedbackDate, Rep: info.ReportDate, DateF: hanzi, DoneWords: []string{"已完成"},
			Evidence: []string{"村党委会议记录、公示照片", "村务公开栏照片", "收据、合同"}})
		open(ps, 2, "正在整改", "2024年6月30日")
		open(ps, 7, "正在整改", "2024年4月30日")
		open(ps, 15, "正在整改", "2024年12月31日")
		rows := simpleLedger(dir, "台账", "下坝村巡察反馈问题整改台账", stdCols(), ps)
		must(os.WriteFile(filepath.Join(dir, "report.txt"), []byte(plainText(reportText("中共桥头镇下坝村委员会关于县委巡察反馈问题整改情况的报告", "桥头镇党委、县委巡察办：",
			"2023年9月至10月，县委第五巡察组对下坝村开展了村级巡察，11月20日反馈了巡察意见。村党委对反馈问题照单全收，现将整改情况报告如下。",
			"村党委召开村党委会议3次研究整改，召开巡察整改专题民主生活会1次，把整改任务落实到“两委”成员和村民小组长。",
			"对照巡察反馈的16个问题，截至2024年2月20日，已完成整改13个，正在整改3个，整改完成率达到86.7%。",
			"整改中，收回被个人长期占用的集体鱼塘2口，重新公开发包并签订合同，每年增加村集体收入3.2万元。",
			"下一步，村党委将在镇党委的指导下，推动剩余问题按期完成整改。", "中共桥头镇下坝村委员会", "2024年2月28日"))), 0o644))
		writeMinutes(dir, "村党群服务中心", "村党委书记 龙光荣", "村党委委员", "村党委", []mt{
			{"2023-12-05", "中共下坝村委员会会议记录（2023年第11次）", "p"},
			{"2024-01-09", "中共下坝村委员会会议记录（2024年第1次）", "p"},
		})
		writeDocx(filepath.Join(dir, "minutes", "下坝村党委会议记录"), minutes("中共下坝村委员会会议记录（2024年第3次）", "2024年2月6日上午9:00", "村党群服务中心", "村党委书记 龙光荣", "村党委委员", partyMeeting("研究巡察整改销号工作")))
		return rows
	}, Exp: expected{
		Description: "村党委，UTF-8 纯文本报告：“反馈的16个问题……已完成整改13个，正在整改3个，整改完成率达到86.7%”；13/16 = 81.25%。minutes/ 中两份党委会议记录为 DOCX，第三份“下坝村党委会议记录”没有扩展名（内容是 DOCX）；没有专题民主生活会记录。台账16行，13行已完成、3行正在整改（时限在基准日之后）。",
		Notes:       "arith.rate：称86.7%，应为81.25%（只依据报告，照常触发）。盲写时以为无扩展名的文件读不了；docs/interface.md 并没有这样说（minutes/ 下的文件都是纪要，“Input formats”也没有说格式只看扩展名），工具按内容把它读作 DOCX 纪要——读了就完整。于是案卷里确实没有专题民主生活会：报告称召开1次，纪要0次（claim.meetings democratic_life），meeting.democratic-life-missing 也照常触发。党委会议3次与纪要3份相符。",
		Verdict:     "paper-rectification-suspected", Complete: true,
		Findings: []expFinding{
			{Rule: "arith.rate", Claimed: 86.7, Observed: 81.25},
			{Rule: "claim.meetings", Item: "democratic_life", Claimed: 1, Observed: 0},
			{Rule: "meeting.democratic-life-missing"},
		}}}
}
