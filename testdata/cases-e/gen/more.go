package main

import (
	"os"
	"path/filepath"
)

// 21 石门乡 — 共性 and 个性 problems, done counts given with 分别; two rows 未按期完成.
func c21() {
	d := dir("21-heting-shimen-fenbie")
	caseJSON(d, map[string]any{"unit": "中共鹤汀县石门乡委员会", "round": "十五届县委第六轮巡察", "feedback_date": "2023-05-15", "report_date": "2023-09-20", "as_of": "2023-09-20"})
	leaders := []string{"党委书记 覃志勇", "党委副书记、乡长 杨春兰", "党委委员、纪委书记 龙海"}
	depts := []string{"党政办", "财政所", "农业服务中心", "社会事务办", "综治办"}
	var ps []P
	for i, b := range pick(0, 5, 8, 14, 16, 2, 6, 7, 10, 11, 15, 20, 24, 25) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年8月31日", "已完成", "", "=")
		p.Cat = "共性问题"
		if n > 5 {
			p.Cat = "个性问题"
		}
		switch {
		case in(n, 6, 11):
			p.Status, p.Deadline, p.Evid = "未按期完成", "2023年7月31日", ""
		case in(n, 3, 13):
			p.Status, p.Deadline, p.Evid = "正在整改", "2023年12月31日", ""
		}
		ps = append(ps, p)
	}
	writeLedger(d, "石门乡巡察整改台账.xlsx", Ledger{
		Sheet: "台账",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "cat", Head: "问题类型"}, {Key: "title", Head: "问题表现"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "包联领导"}, {Key: "dept", Head: "责任站所"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改成效"}, {Key: "evid", Head: "佐证资料"}},
		Probs: ps,
	})
}

// 22 临枫市人民医院 — 已整改问题20个 against 18 done and 2 阶段性完成; a flat two-row header in XLSX.
func c22() {
	d := dir("22-linfeng-yiyuan-phase")
	caseJSON(d, map[string]any{"unit": "中共临枫市人民医院委员会", "round": "市委第二巡察组", "feedback_date": "2022-06-20", "report_date": "2022-11-25", "as_of": "2022-11-30"})
	leaders := []string{"党委书记 蓝卫国", "党委副书记、院长 司马静", "党委委员、副院长 雍涛", "党委委员、纪委书记 柴红"}
	depts := []string{"党委办公室", "院长办公室", "财务科", "医务科", "人力资源科", "后勤保障科", "审计科"}
	var ps []P
	for i, b := range pick(0, 1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 17, 18, 20, 22, 23, 24) {
		n := i + 1
		p := row(b, cyc(leaders, i), cyc(depts, i), "2022年10月31日", "已完成", "2022年9月30日", "=")
		switch {
		case in(n, 5, 16):
			p.Status, p.Deadline, p.Done, p.Evid = "阶段性完成", "2023年3月31日", "", "阶段性材料"
		case n == 9:
			p.Evid = ""
		}
		ps = append(ps, p)
	}
	g := "整改落实情况"
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题整改台账", Title: "临枫市人民医院党委巡察反馈问题整改台账",
		Cols: []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "具体问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任科室"}, {Key: "deadline", Head: "整改时限"},
			{Key: "status", Head: "完成情况", Group: g}, {Key: "done", Head: "完成时间", Group: g}, {Key: "evid", Head: "佐证材料", Group: g}},
		Probs: ps,
	})
}

// 23 北塘县乡村振兴局 — clean; clues partly pending within the limit, accountability, rules counted from evidence files.
func c23() {
	d := dir("23-beitang-xiangcun-clean-clues")
	caseJSON(d, map[string]any{"unit": "中共北塘县乡村振兴局党组", "round": "县委第一巡察组", "feedback_date": "2023-03-06", "report_date": "2023-06-30", "as_of": "2023-06-30"})
	leaders := []string{"党组书记、局长 包国强", "党组成员、副局长 庹敏", "党组成员、副局长 鄢军"}
	depts := []string{"办公室", "规划财务股", "产业发展股", "社会帮扶股"}
	var ps []P
	for i, b := range pick(0, 2, 5, 6, 8, 10, 12, 14, 16, 17, 22, 24) {
		p := row(b, cyc(leaders, i), cyc(depts, i), "2023年6月15日", cyc([]string{"已完结", "完成整改"}, i), "", "=")
		if in(i+1, 2, 6) {
			p.Status, p.Deadline, p.Evid = "推进中", "2023年10月31日", ""
		}
		ps = append(ps, p)
	}
	acc := [][]string{{"序号", "姓名", "职务", "问责方式", "时间"},
		{"1", "尚某某", "产业发展股股长", "诫勉谈话", "2023年5月9日"},
		{"2", "车某", "规划财务股会计", "批评教育", "2023年5月9日"},
		{"3", "况某某", "办公室科员", "批评教育", "2023年5月22日"}}
	clues := [][]string{{"序号", "线索编号", "被反映人", "问题线索摘要", "移交日期", "办理部门", "处置方式", "办结日期", "办理情况"},
		{"1", "BT-XC-2023-07", "尚某某", "项目验收把关不严", "2023年5月10日", "县纪委监委第二派驻纪检监察组", "谈话函询", "2023年6月1日", "已办结"},
		{"2", "BT-XC-2023-08", "车某", "报销凭证不实", "2023年5月10日", "县纪委监委第二派驻纪检监察组", "予以了结", "2023年6月20日", "已办结"},
		{"3", "BT-XC-2023-09", "冉某某", "帮扶资金发放不及时", "2023年5月10日", "县纪委监委第二派驻纪检监察组", "初步核实", "", "正在办理"}}
	writeLedger(d, "ledger.xlsx", Ledger{
		Sheet: "问题整改",
		Cols:  []Col{{Key: "no", Head: "序号"}, {Key: "title", Head: "反馈问题"}, {Key: "measure", Head: "整改措施"}, {Key: "leader", Head: "责任领导"}, {Key: "dept", Head: "责任股室"}, {Key: "deadline", Head: "整改时限"}, {Key: "status", Head: "整改情况"}, {Key: "evid", Head: "佐证材料"}},
		Probs: ps,
		Extra: []Sheet{{"问责", acc}, {"问题线索", clues}},
	})
	ev := filepath.Join(d, "evidence")
	must(os.MkdirAll(ev, 0o755))
	for _, n := range []string{"党组工作规则（修订）.pdf", "衔接资金项目管理办法.pdf", "机关财务报销规定.pdf", "帮扶项目验收办法.pdf"} {
		must(os.WriteFile(filepath.Join(ev, n), []byte("%PDF-1.4\n% 佐证材料扫描件（略）\n%%EOF\n"), 0o644))
	}
}

// 24 南箕区人力资源和社会保障局 — the ledger is an .xls that cannot be read: incomplete.
func c24() {
	d := dir("24-nanji-renshe-xls-unreadable")
	caseJSON(d, map[string]any{"unit": "中共南箕区人力资源和社会保障局党组", "round": "区委第四巡察组", "feedback_date": "2023-09-04", "report_date": "2023-12-28", "as_of": "2023-12-28"})
	junk := make([]byte, 12000)
	x := uint32(24)
	for i := range junk {
		x = x*22695477 + 1
		junk[i] = byte(x >> 20)
	}
	// the OLE signature, then nothing a spreadsheet reader can use
	copy(junk, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	must(os.WriteFile(filepath.Join(d, "整改台账.xls"), junk, 0o644))
}

func moreMinutes() {
	writeMinutes("21-heting-shimen-fenbie", []M{
		{File: "乡党委会议记录（5月18日）", Style: 0, Title: "石门乡党委会议记录", Sub: "（2023年第9次）", Date: "2023年5月18日", Time: "上午", Place: "乡政府三楼会议室", Host: "覃志勇", Attend: "乡党委委员", Body: bodyDeploy},
		{File: "乡党委会议记录（6月29日）", Style: 0, Title: "石门乡党委会议记录", Sub: "（2023年第12次）", Date: "2023年6月29日", Time: "下午", Place: "乡政府三楼会议室", Host: "覃志勇", Attend: "乡党委委员", Body: bodyProgress},
		{File: "乡党委会议记录（8月24日）", Docx: true, Style: 0, Title: "石门乡党委会议记录", Sub: "（2023年第15次）", Date: "2023年8月24日", Time: "上午", Place: "乡政府三楼会议室", Host: "覃志勇", Attend: "乡党委委员", Body: bodyReview},
		dlm("石门乡党委巡察整改专题民主生活会会议记录", "2023年6月21日", "乡政府三楼会议室", "覃志勇", "乡党委班子成员；县纪委监委派员列席", false, "专题民主生活会"),
	})
	writeMinutes("22-linfeng-yiyuan-phase", []M{
		{File: "党委会纪要-2022-06-24", Docx: true, Style: 2, Title: "中共临枫市人民医院委员会会议纪要", Sub: "〔2022〕11号", Date: "2022年6月24日", Host: "党委书记蓝卫国", Attend: "党委委员", Body: bodyDeploy, Issuer: "临枫市人民医院党委办公室"},
		{File: "党委会纪要-2022-09-13", Docx: true, Style: 2, Title: "中共临枫市人民医院委员会会议纪要", Sub: "〔2022〕17号", Date: "2022年9月13日", Host: "党委书记蓝卫国", Attend: "党委委员", Body: bodyProgress, Issuer: "临枫市人民医院党委办公室"},
		{File: "院长办公会纪要-2022-07-19", Style: 1, Title: "临枫市人民医院院长办公会议纪要", Date: "2022年7月19日", Time: "下午", Place: "行政楼会议室", Host: "院长司马静", Attend: "院领导、职能科室负责人", Body: []string{"会议研究了巡察反馈的医疗设备采购、耗材管理问题的整改措施，同意由医务科、后勤保障科分别牵头。"}},
		dlm("市人民医院党委巡察整改专题民主生活会会议记录", "2022年8月18日", "行政楼会议室", "蓝卫国", "党委班子成员；市纪委监委派驻纪检监察组列席", false, "专题民主生活会"),
	})
	writeMinutes("23-beitang-xiangcun-clean-clues", []M{
		{File: "党组扩大会议纪要-3月", Style: 0, Title: "北塘县乡村振兴局党组（扩大）会议纪要", Sub: "第5期", Date: "2023年3月10日", Time: "上午", Place: "局会议室", Host: "包国强", Attend: "党组成员，各股室负责人", Body: bodyDeploy},
		{File: "党组扩大会议纪要-5月", Docx: true, Style: 0, Title: "北塘县乡村振兴局党组（扩大）会议纪要", Sub: "第9期", Date: "2023年5月16日", Time: "下午", Place: "局会议室", Host: "包国强", Attend: "党组成员，各股室负责人", Body: bodyRules},
		dlm("县乡村振兴局党组巡察整改专题民主生活会会议记录", "2023年4月13日", "局会议室", "包国强", "党组班子成员；县纪委监委、县委组织部派员列席", false, "专题民主生活会"),
	})
	writeMinutes("24-nanji-renshe-xls-unreadable", []M{
		{File: "党组会议纪要（9月8日）", Style: 0, Title: "中共南箕区人力资源和社会保障局党组会议纪要", Sub: "2023年第17次", Date: "2023年9月8日", Time: "上午", Place: "局四楼会议室", Host: "庄建民", Attend: "党组成员", Body: bodyDeploy},
		{File: "党组会议纪要（11月14日）", Style: 0, Title: "中共南箕区人力资源和社会保障局党组会议纪要", Sub: "2023年第22次", Date: "2023年11月14日", Time: "上午", Place: "局四楼会议室", Host: "庄建民", Attend: "党组成员", Body: bodyProgress},
		dlm("区人社局党组巡察整改专题民主生活会会议记录", "2023年10月19日", "局四楼会议室", "庄建民", "党组班子成员；区纪委监委派员列席", false, "专题民主生活会"),
	})
}
