package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// body is what a rectification meeting's minutes say.
func body(n int) string {
	return fmt.Sprintf("会议听取了巡察反馈问题整改进展情况汇报，逐项研究了整改措施落实情况。会议议定：一、对照问题清单、任务清单、责任清单倒排工期，第%d批整改事项本月底前完成销号；二、各责任科室按时报送整改佐证资料；三、办公室加强督办，每周通报整改进度。", n)
}

const dlmBody = "会议围绕巡察反馈问题整改，通报了会前征求意见情况和巡察反馈问题整改进展。主要负责同志代表班子作对照检查，班子成员逐一发言，开展批评和自我批评，明确了个人整改措施。"

func dlm(unit, date string) string {
	return minutes(unit+"巡察整改专题民主生活会会议记录", date, "党组书记", "班子成员；列席：派驻纪检监察组组长", dlmBody)
}

func src(c, f string) string { return filepath.Join("src", c, f) }

// std is the problems sheet most cases use: a title row, one header row.
func std(title string, rs []row) sheet {
	return sheet{name: "问题整改台账", title: title, rows: rs, cols: []col{
		{"no", "序号"}, {"cat", "问题类别"}, {"prob", "具体问题"}, {"meas", "整改措施"},
		{"leader", "责任领导"}, {"dept", "责任单位"}, {"deadline", "完成时限"},
		{"status", "完成情况"}, {"completed", "完成时间"}, {"evidence", "佐证资料"}, {"note", "备注"}}}
}

func book(path string, ss ...sheet) map[string]map[int]int {
	f := excelize.NewFile()
	at := map[string]map[int]int{}
	for _, s := range ss {
		at[s.name] = writeSheet(f, s)
	}
	saveBook(f, path)
	return at
}

var cases = []kase{
	{"01-chengjiang-linye-docx-table", info{"中共澄江县林业和草原局党组", "县委第三巡察组", "2023-04-12", "2023-10-16", "2023-10-16"}, func(d string) {
		convert(src("01", "report.html"), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
		rs := defaults(pool[:12], hanDate, []string{"已完成", "已完成，已建立长效机制", "已销号"})
		book(filepath.Join(d, "ledger.xlsx"), sheet{name: "整改台账", title: "澄江县林业和草原局县委巡察反馈问题整改台账", rows: rs,
			grp:        &group{"整改情况", []string{"status", "completed", "evidence"}},
			blankAfter: map[int]bool{6: true},
			footer:     []string{"说明：本台账由局巡察整改工作领导小组办公室每半月更新一次。", "填表人：何静    审核人：杨立新    填报日期：2023年10月16日"},
			cols: []col{{"no", "序号"}, {"cat", "问题类别"}, {"prob", "具体问题"}, {"dept", "责任单位"}, {"leader", "责任领导"},
				{"deadline", "完成时限"}, {"meas", "整改措施"}, {"status", "整改进度"}, {"completed", "完成时间"}, {"evidence", "佐证资料"}, {"note", "备注"}}})
		for i, f := range []string{"m1.txt", "m2.txt", "m3.txt", "m4.txt"} {
			copyFile(src("01", f), filepath.Join(d, "minutes", fmt.Sprintf("%02d-%s", i+1, f)))
		}
	}},
	{"02-qinglan-yibao-done-inflated", info{"中共青岚市医疗保障局党组", "市委第一巡察组", "2023-05-08", "2023-11-10", "2023-11-10"}, func(d string) {
		copyFile(src("02", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:15], hanDate, []string{"已完成，已建立长效机制", "已完成"})
		setOpen(rs, "正在推进，预计年底前完成", "2023年12月底", 4, 9, 15)
		s := std("青岚市医疗保障局市委巡察反馈问题整改台账", rs)
		s.cols = []col{{"no", "序号"}, {"cat", "问题类别"}, {"prob", "具体问题"}, {"meas", "整改措施"}, {"leader", "责任领导"},
			{"dept", "责任单位"}, {"coop", "配合单位"}, {"deadline", "完成时限"}, {"status", "目前进展"}, {"completed", "完成时间"}, {"evidence", "佐证材料"}}
		book(filepath.Join(d, "ledger.xlsx"), s)
		txt(filepath.Join(d, "minutes", "党组会议纪要-0509.txt"), minutes("中共青岚市医疗保障局党组会议纪要（2023年第8次）", "2023年5月9日", "党组书记、局长", "党组成员", body(1)))
		txt(filepath.Join(d, "minutes", "党组会议纪要-0818.txt"), minutes("中共青岚市医疗保障局党组会议纪要（2023年第14次）", "2023年8月18日", "党组书记、局长", "党组成员", body(2)))
		txt(filepath.Join(d, "minutes", "专题民主生活会.txt"), dlm("中共青岚市医疗保障局党组", "2023年7月12日"))
	}},
	{"03-baishahe-zhujian-round-figures", info{"中共白沙河区住房和城乡建设局委员会", "区委第二巡察组", "2023-06-09", "2023-10-08", "2023-10-08"}, func(d string) {
		copyFile(src("03", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:16], slashed, []string{"已销号"})
		book(filepath.Join(d, "ledger.xlsx"), sheet{name: "整改台账", fill: "填报单位（盖章）：白沙河区住房和城乡建设局        填报时间：2023年9月30日", rows: rs,
			cols: []col{{"no", "编号"}, {"prob", "反馈问题"}, {"meas", "整改举措"}, {"leader", "牵头领导"}, {"dept", "牵头科室"},
				{"deadline", "整改时限"}, {"status", "销号情况"}, {"completed", "销号时间"}, {"evidence", "佐证材料"}}})
		asText("党委会议纪要6", minutes("中共白沙河区住房和城乡建设局委员会2023年第6次会议纪要", "2023年6月16日", "党委书记、局长", "党委委员", body(1)), "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "党委会2023-06.docx"))
		asText("党委会议纪要9", minutes("中共白沙河区住房和城乡建设局委员会2023年第9次会议纪要", "2023年8月29日", "党委书记、局长", "党委委员", body(2)), "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "党委会2023-08.docx"))
		txt(filepath.Join(d, "minutes", "民主生活会.txt"), dlm("中共白沙河区住房和城乡建设局委员会", "2023年8月22日"))
	}},
	{"04-linxi-wenlv-traffic-lights", info{"中共临溪县文化和旅游局党组", "县委第一巡察组", "2023-04-18", "2023-10-20", "2023-10-20"}, func(d string) {
		convert(src("04", "report.txt"), "pdf", filepath.Join(d, "report.pdf"))
		rs := defaults(pool[:10], hanDate, []string{"绿灯：已销号"})
		for i := range rs {
			rs[i].note = "按月调度"
		}
		rs[5].status, rs[5].deadline, rs[5].completed, rs[5].evidence = "黄灯：推进中", "2023年12月31日", "", ""
		rs[2].evidence = ""
		book(filepath.Join(d, "ledger.xlsx"), sheet{name: "问题整改台账", title: "临溪县文化和旅游局巡察整改“三色”管理台账", rows: rs,
			cols: []col{{"no", "序号"}, {"prob", "问题清单"}, {"meas", "整改任务"}, {"leader", "包保领导"}, {"dept", "责任股室"},
				{"deadline", "计划完成时间"}, {"status", "亮灯情况"}, {"completed", "完成日期"}, {"evidence", "佐证"}, {"note", "备注"}}})
		txt(filepath.Join(d, "minutes", "专题会1.txt"), minutes("县文旅局巡察整改专题会会议纪要（第一次）", "2023年4月26日", "党组书记、局长", "党组成员、各股室负责人", body(1)))
		txt(filepath.Join(d, "minutes", "专题会2.txt"), minutes("县文旅局巡察整改专题会会议纪要（第二次）", "2023年8月9日", "党组书记、局长", "党组成员、各股室负责人", body(2)))
		txt(filepath.Join(d, "minutes", "民主生活会.txt"), dlm("中共临溪县文化和旅游局党组", "2023年7月20日"))
	}},
	{"05-songyang-tongji-combined-minutes", info{"中共松阳市统计局党组", "市委第四巡察组", "2023-03-28", "2023-09-15", "2023-09-15"}, func(d string) {
		convert(src("05", "report.html"), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
		rs := defaults(pool[:8], hanDate, []string{"已完成"})
		book(filepath.Join(d, "ledger.xlsx"), std("松阳市统计局巡察整改台账", rs))
		comb := ""
		for i, dt := range []string{"2023年4月3日", "2023年5月8日", "2023年6月12日"} {
			comb += minutes(fmt.Sprintf("市统计局党组2023年第%d次会议纪要", 4+i*3), dt, "党组书记、局长", "党组成员", body(i+1)) + "\n\f\n"
		}
		asText("党组会议纪要汇编", "市统计局党组会议纪要汇编（2023年4月至6月）\n\n"+comb, "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "党组会议纪要汇编.docx"))
		txt(filepath.Join(d, "minutes", "党组会-0719.txt"), minutes("市统计局党组2023年第13次会议纪要", "2023年7月19日", "党组书记、局长", "党组成员", body(4)))
		txt(filepath.Join(d, "minutes", "党组会-0824.txt"), minutes("市统计局党组2023年第15次会议纪要", "2023年8月24日", "党组书记、局长", "党组成员", body(5)))
		for i, dt := range []string{"2023年4月14日", "2023年6月2日", "2023年8月4日"} {
			txt(filepath.Join(d, "minutes", fmt.Sprintf("专题会-%d.txt", i+1)), minutes(fmt.Sprintf("市统计局巡察整改专题会议纪要（第%d期）", i+1), dt, "党组书记、局长", "党组成员、各科室负责人", body(i+1)))
		}
		txt(filepath.Join(d, "minutes", "民主生活会.txt"), dlm("中共松阳市统计局党组", "2023年6月29日"))
	}},
	{"06-yunling-zhen-ods-ledger", info{"中共云岭镇委员会", "县委第二巡察组", "2023-05-16", "2023-10-31", "2023-10-31"}, func(d string) {
		copyFile(src("06", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:11], hanDate, []string{"已完成"})
		rs[10].status, rs[10].deadline, rs[10].completed, rs[10].evidence = "正在整改", "2023年12月31日", "", ""
		tmp := filepath.Join(os.TempDir(), "casesi-06-ledger.xlsx")
		book(tmp, std("云岭镇巡察整改台账", rs))
		convert(tmp, "ods", filepath.Join(d, "ledger.ods"))
		txt(filepath.Join(d, "minutes", "党委会1.txt"), minutes("中共云岭镇委员会会议纪要（2023年第9次）", "2023年5月22日", "镇党委书记", "镇党委委员", body(1)))
		txt(filepath.Join(d, "minutes", "党委会2.txt"), minutes("中共云岭镇委员会会议纪要（2023年第15次）", "2023年9月5日", "镇党委书记", "镇党委委员", body(2)))
		asText("民主生活会", dlm("中共云岭镇委员会", "2023年7月14日"), "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "专题民主生活会.docx"))
	}},
	{"07-fengyan-gongxiao-odt-minutes", info{"中共丰岩县供销合作社联合社党组", "县委第三巡察组", "2023-04-25", "2023-10-25", "2023-10-25"}, func(d string) {
		copyFile(src("07", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:7], dotted, []string{"已完成"})
		book(filepath.Join(d, "ledger.xlsx"), std("丰岩县供销社巡察整改台账", rs))
		txt(filepath.Join(d, "minutes", "党组会1.txt"), minutes("县供销社党组会议纪要（2023年第6次）", "2023年5月4日", "党组书记、理事会主任", "党组成员", body(1)))
		txt(filepath.Join(d, "minutes", "党组会2.txt"), minutes("县供销社党组会议纪要（2023年第10次）", "2023年9月12日", "党组书记、理事会主任", "党组成员", body(2)))
		asText("民主生活会", dlm("中共丰岩县供销合作社联合社党组", "2023年8月3日"), "odt", filepath.Join(d, "minutes", "专题民主生活会记录.odt"))
	}},
	{"08-jinchuan-shijian-damaged-minutes", info{"中共金川区市场监督管理局党组", "区委第一巡察组", "2023-04-06", "2023-10-31", "2023-10-31"}, func(d string) {
		copyFile(src("08", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:10], hanDate, []string{"已完成", "整改完成"})
		rs[8].status, rs[8].deadline, rs[8].completed, rs[8].evidence = "正在整改，已完成设备排查", "2023年8月31日", "", ""
		rs[9].status, rs[9].deadline, rs[9].completed, rs[9].evidence = "持续推进", "长期坚持", "", ""
		book(filepath.Join(d, "ledger.xlsx"), std("金川区市场监管局巡察整改台账", rs))
		txt(filepath.Join(d, "minutes", "党组会-0412.txt"), minutes("区市场监管局党组2023年第7次会议纪要", "2023年4月12日", "党组书记、局长", "党组成员", body(1)))
		txt(filepath.Join(d, "minutes", "党组会-0607.txt"), minutes("区市场监管局党组2023年第11次会议纪要", "2023年6月7日", "党组书记、局长", "党组成员", body(2)))
		full := filepath.Join(os.TempDir(), "casesi-08.docx")
		asText("党组会3", minutes("区市场监管局党组2023年第16次会议纪要", "2023年9月6日", "党组书记、局长", "党组成员", body(3)), "docx:MS Word 2007 XML", full)
		b, err := os.ReadFile(full)
		must(err)
		txt(filepath.Join(d, "minutes", "党组会-0906.docx"), string(b[:len(b)/2]))
		txt(filepath.Join(d, "minutes", "民主生活会.txt"), dlm("中共金川区市场监督管理局党组", "2023年6月30日"))
	}},
	{"09-beitang-shuili-gbk-csv", info{"中共北塘县水利局党组", "县委第二巡察组", "2023-05-19", "2023-11-30", "2023-11-30"}, func(d string) {
		copyFile(src("09", "report.txt"), filepath.Join(d, "report.txt"))
		fmts := []func(m, d int) string{dotted, slashed, func(m, _ int) string { return fmt.Sprintf("2023年%d月底", m) }, func(m, d int) string { return fmt.Sprintf("%d月%d日前", m, d) }}
		rs := defaults(pool[:12], dotted, []string{"已完成"})
		for i := range rs {
			m := 6 + i%4
			rs[i].deadline = fmts[i%4](m, 30)
			rs[i].completed = slashed(m, 10+i%15)
		}
		rs[6].status, rs[6].deadline, rs[6].completed, rs[6].evidence = "正在推进", "2023.8.31", "", ""
		rs[9].leader = ""
		var b bytes.Buffer
		b.WriteString("北塘县水利局县委巡察反馈问题整改台账,,,,,,,,,,\r\n")
		b.WriteString("序号,问题类别,具体问题,整改措施,责任领导,责任单位,完成时限,整改进度,完成时间,佐证资料,备注\r\n")
		for _, r := range rs {
			fmt.Fprintf(&b, "%d,%s,%s,\"%s\",%s,%s,%s,%s,%s,%s,\r\n", r.no, r.p.cat, r.p.title, r.p.meas, r.leader, r.p.dept, r.deadline, r.status, r.completed, r.evidence)
		}
		b.WriteString(",,,,,,,,,,\r\n填表人：孙磊  审核人：王建华,,,,,,,,,,\r\n")
		g, err := simplifiedchinese.GBK.NewEncoder().Bytes(b.Bytes())
		must(err)
		must(os.WriteFile(filepath.Join(d, "ledger.csv"), g, 0o644))
		txt(filepath.Join(d, "minutes", "党组会1.txt"), minutes("中共北塘县水利局党组会议纪要（第12期）", "2023年5月26日", "党组书记、局长", "党组成员", body(1)))
		txt(filepath.Join(d, "minutes", "党组会2.txt"), minutes("中共北塘县水利局党组会议纪要（第19期）", "2023年9月14日", "党组书记、局长", "党组成员", body(2)))
		asText("民主生活会", dlm("中共北塘县水利局党组", "2023年7月11日"), "pdf", filepath.Join(d, "minutes", "专题民主生活会.pdf"))
	}},
	{"10-nanping-tuiyi-wps-et", info{"中共南屏县退役军人事务局党组", "县委第一巡察组", "2023-03-30", "2023-09-28", "2023-09-28"}, func(d string) {
		convert(src("10", "report.txt"), "doc:MS Word 97", filepath.Join(d, "report.wps"))
		rs := defaults(pool[:7], hanDate, []string{"已完成", "已整改到位"})
		tmp := filepath.Join(os.TempDir(), "casesi-10-ledger.xlsx")
		book(tmp, std("南屏县退役军人事务局巡察整改台账", rs))
		convert(tmp, "xls:MS Excel 97", filepath.Join(d, "ledger.et"))
		asText("党组会1", minutes("县退役军人事务局党组会议纪要（2023年第5次）", "2023年4月6日", "党组书记、局长", "党组成员", body(1)), "doc:MS Word 97", filepath.Join(d, "minutes", "党组会1.doc"))
		asText("党组会2", minutes("县退役军人事务局党组会议纪要（2023年第9次）", "2023年7月21日", "党组书记、局长", "党组成员", body(2)), "doc:MS Word 97", filepath.Join(d, "minutes", "党组会2.doc"))
		asText("民主生活会", dlm("中共南屏县退役军人事务局党组", "2023年6月16日"), "doc:MS Word 97", filepath.Join(d, "minutes", "民主生活会.doc"))
	}},
	{"11-shimen-jiguan-parts-rate", info{"中共石门市机关事务管理局党组", "市委第二巡察组", "2023-04-11", "2023-10-30", "2023-10-30"}, func(d string) {
		copyFile(src("11", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:20], isoDate, []string{"已完成"})
		setOpen(rs, "正在整改", "2023-12-31", 5, 11, 17, 20)
		s := std("", rs)
		book(filepath.Join(d, "ledger.xlsx"), s)
		partyTrio(d, "党组书记、局长", [2][2]string{{"市机关事务管理局党组会议纪要（2023年第7次）", "2023年4月17日"}, {"市机关事务管理局党组会议纪要（2023年第13次）", "2023年8月15日"}}, "中共石门市机关事务管理局党组", "2023年6月27日")
	}},
	{"12-wutong-jiaotong-accountability-merged", info{"中共梧桐市交通运输局党组", "市委第三巡察组", "2023-05-04", "2023-10-12", "2023-10-12"}, func(d string) {
		convert(src("12", "report.html"), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
		rs := defaults(pool[:14], hanDate, []string{"已完成"})
		setOpen(rs, "正在推进", "2023年12月31日", 7, 11)
		f := excelize.NewFile()
		writeSheet(f, std("梧桐市交通运输局巡察整改台账", rs))
		table(f, "问责情况", "巡察整改追责问责情况台账", []string{"序号", "姓名", "职务", "问责事由", "问责方式", "问责时间"}, [][]any{
			{1, "郑某某", "公路养护中心副主任", "养护资金使用把关不严", "诫勉谈话", "2023年8月10日"},
			{2, "吴某", "工程建设科科长", "工程项目变更审核不严", nil, "2023年8月10日"},
			{3, "孙某某", "运输服务科副科长", "履职不力", "批评教育", "2023年8月24日"},
			{4, "冯某", "财务科工作人员", "报销审核不严", nil, "2023年8月24日"},
		}, [][2]string{{"E3", "E4"}, {"E5", "E6"}, {"F3", "F4"}, {"F5", "F6"}})
		saveBook(f, filepath.Join(d, "ledger.xlsx"))
		partyTrio(d, "党组书记、局长", [2][2]string{{"市交通运输局党组会议纪要（2023年第10次）", "2023年5月11日"}, {"市交通运输局党组会议纪要（2023年第17次）", "2023年8月30日"}}, "中共梧桐市交通运输局党组", "2023年7月18日")
	}},
	{"13-dongjiang-gongxiao-clues", info{"中共东江市供销合作社联合社党组", "市委第五巡察组", "2023-05-22", "2023-11-30", "2023-11-30"}, func(d string) {
		copyFile(src("13", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:9], hanDate, []string{"已完成"})
		rs[4].amt, rs[6].amt = "37.6", "52.35"
		s := std("东江市供销社巡察整改台账", rs)
		s.cols = append(s.cols[:9:9], col{"amt", "涉及金额（万元）"}, col{"evidence", "佐证资料"})
		f := excelize.NewFile()
		writeSheet(f, s)
		var clues [][]any
		for i := 1; i <= 8; i++ {
			st, cl := "已办结", fmt.Sprintf("2023年7月%d日", 2+i*2)
			if i == 6 {
				st, cl = "正在初步核实", ""
			}
			h := "派驻纪检监察组"
			if i > 4 {
				h = "市供销社机关纪委"
			}
			if i != 1 && i != 5 {
				h = ""
			}
			clues = append(clues, []any{i, fmt.Sprintf("XC2023-%02d", i), fmt.Sprintf("%s某某", []string{"赵", "钱", "孙", "李", "周", "吴", "郑", "王"}[i-1]), "反映其在社有资产出租中违规操作", "2023年5月26日", h, map[bool]string{true: "谈话函询", false: "初步核实"}[i%2 == 0], cl, st})
		}
		table(f, "问题线索办理台账", "市委第五巡察组移交问题线索办理台账", []string{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}, clues,
			[][2]string{{"F3", "F6"}, {"F7", "F10"}})
		saveBook(f, filepath.Join(d, "ledger.xlsx"))
		partyTrio(d, "党组书记、理事会主任", [2][2]string{{"市供销社党组会议纪要（2023年第9次）", "2023年5月30日"}, {"市供销社党组会议纪要（2023年第16次）", "2023年9月26日"}}, "中共东江市供销合作社联合社党组", "2023年7月28日")
	}},
	{"14-anping-sifa-list-status", info{"中共安平县司法局党组", "县委第二巡察组", "2023-04-20", "2023-10-10", "2023-10-10"}, func(d string) {
		convert(src("14", "report.html"), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
		ps := []prob{
			{"党的政治建设", "党组理论学习中心组学习不规范", "制定年度学习计划，每月集中学习1次", "办公室"},
			{"党的政治建设", "意识形态工作责任制落实不到位", "印发意识形态工作责任清单", "办公室"},
			{"全面从严治党", "社区矫正对象监管存在漏洞", "全面排查社区矫正对象，依法处置脱管人员", "社区矫正科"},
			{"组织建设", "人民调解员队伍管理松散", "核查调解员信息，清退不符合条件人员", "基层科"},
			{"全面从严治党", "法律援助经费使用不规范", "逐笔核对经费支出，追回多付补贴，制定经费管理细则", "政治处"},
			{"全面从严治党", "公务接待审批手续不全", "制定公务接待审批单，每月核对", "办公室"},
			{"组织建设", "干部教育培训计划执行不到位", "印发年度培训计划，组织全员培训", "政治处"},
			{"全面从严治党", "执法案卷评查整改跟踪不够", "组织案卷交叉评查，建立整改台账", "法制科"},
			{"巡察整改", "上轮巡察反馈的公证业务收费问题整改不彻底", "开展公证收费专项检查，清退多收费用", "公共法律服务科"},
		}
		rs := defaults(ps, hanDate, []string{"已完成"})
		rs[4].status, rs[4].deadline, rs[4].completed, rs[4].evidence = "未完成，原因是涉及2021年以前历史账目，需县财政局协调核定", "2023年12月31日", "", ""
		rs[8].status, rs[8].deadline, rs[8].completed, rs[8].evidence = "正在推进", "2023年12月31日", "", ""
		book(filepath.Join(d, "ledger.xlsx"), std("安平县司法局巡察整改台账", rs))
		partyTrio(d, "党组书记、局长", [2][2]string{{"县司法局党组会议纪要（2023年第6次）", "2023年4月27日"}, {"县司法局党组会议纪要（2023年第11次）", "2023年8月16日"}}, "中共安平县司法局党组", "2023年7月7日")
	}},
	{"15-qinghe-xiang-photo-minutes", info{"中共清河乡委员会", "县委第四巡察组", "2023-04-14", "2023-09-20", "2023-09-20"}, func(d string) {
		copyFile(src("15", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:6], hanDate, []string{"已完成"})
		book(filepath.Join(d, "ledger.xlsx"), std("清河乡巡察整改台账", rs))
		png(minutes("清河乡党委会议纪要（2023年第8次）", "2023年4月21日", "乡党委书记", "乡党委委员", body(1)), filepath.Join(d, "minutes", "党委会0421.png"))
		png(minutes("清河乡党委会议纪要（2023年第14次）", "2023年8月11日", "乡党委书记", "乡党委委员", body(2)), filepath.Join(d, "minutes", "党委会0811.png"))
		png(dlm("中共清河乡委员会", "2023年6月21日"), filepath.Join(d, "minutes", "民主生活会.png"))
	}},
	{"16-heyang-renshe-extra-sheets", info{"中共河阳市人力资源和社会保障局党组", "市委第一巡察组", "2023-04-03", "2023-10-18", "2023-10-18"}, func(d string) {
		copyFile(src("16", "report.txt"), filepath.Join(d, "report.txt"))
		rs := defaults(pool[:22], hanDate, []string{"已完成", "已完成（立行立改）"})
		setOpen(rs, "尚在整改期内", "2023年12月31日", 8, 15, 21)
		rs[3].evidence, rs[11].evidence = "", ""
		f := excelize.NewFile()
		table(f, "汇总", "巡察反馈问题整改情况汇总表", []string{"问题方面", "问题数", "已完成", "推进中", "完成率"}, [][]any{
			{"党的政治建设", 5, 5, 0, "100%"}, {"全面从严治党", 10, 8, 2, "80%"}, {"组织建设", 6, 5, 1, "83.3%"}, {"巡察整改", 1, 1, 0, "100%"}, {"合计", 22, 19, 3, "86.36%"}}, nil)
		s := std("河阳市人社局巡察反馈问题整改明细表", rs)
		s.name = "问题整改明细"
		writeSheet(f, s)
		var rules [][]any
		for i := 1; i <= 12; i++ {
			k := "新建"
			if i > 8 {
				k = "修订"
			}
			rules = append(rules, []any{i, fmt.Sprintf("《河阳市人社局%s管理办法》", []string{"社保基金风险防控", "就业补贴审核发放", "职称评审监督", "公务接待", "公车使用", "合同", "内部审计", "档案", "政府采购", "财务报销", "干部考核", "信访办理"}[i-1]), k, fmt.Sprintf("2023年%d月%d日", 5+i%5, 8+i), fmt.Sprintf("河人社发〔2023〕%d号", 20+i)})
		}
		table(f, "制度建设", "", []string{"序号", "制度名称", "类别", "印发时间", "文号"}, rules, nil)
		table(f, "典型问题通报", "", []string{"通报时间", "通报内容"}, [][]any{{"2023年6月", "市局系统违规发放补贴典型问题3起"}, {"2023年9月", "窗口服务作风问题2起"}}, nil)
		saveBook(f, filepath.Join(d, "ledger.xlsx"))
		partyTrio(d, "党组书记、局长", [2][2]string{{"市人社局党组2023年第6次会议纪要", "2023年4月10日"}, {"市人社局党组2023年第15次会议纪要", "2023年9月19日"}}, "中共河阳市人力资源和社会保障局党组", "2023年6月8日")
	}},
}

// setOpen marks the rows nos as not done: status, a deadline, no completion
// date and no evidence.
func setOpen(rs []row, status, deadline string, nos ...int) {
	for _, i := range nos {
		rs[i-1].status, rs[i-1].deadline, rs[i-1].completed, rs[i-1].evidence = status, deadline, "", ""
	}
}

// partyTrio writes two party-group minutes (title and date each) and the
// special democratic life meeting's.
func partyTrio(d, host string, m [2][2]string, unit, dlmDate string) {
	for i, t := range m {
		txt(filepath.Join(d, "minutes", fmt.Sprintf("党组会%d.txt", i+1)), minutes(t[0], t[1], host, "党组成员", body(i+1)))
	}
	txt(filepath.Join(d, "minutes", "民主生活会.txt"), dlm(unit, dlmDate))
}
