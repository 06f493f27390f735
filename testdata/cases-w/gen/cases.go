package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func cj(unit, round, fb, rd, asof string) string {
	return fmt.Sprintf(`{"unit": %q, "round": %q, "feedback_date": %q, "report_date": %q, "as_of": %q}`, unit, round, fb, rd, asof)
}

// minutes converts every src/NN/minutes/*.txt of a case to ext under minutes/.
func minutesAs(dir, srcDir, ext string, names ...string) {
	for _, n := range names {
		office(src(srcDir+"/minutes/"+n+".txt"), ext, filepath.Join(dir, "minutes", n+"."+ext))
	}
}

// Column sets.
var (
	colsTwoRow = []col{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"具体问题", "", "title"}, {"整改措施", "", "measures"},
		{"责任领导", "", "leader"}, {"责任单位", "", "dept"}, {"完成时限", "", "deadline"},
		{"整改情况", "整改进展", "status"}, {"整改情况", "完成时间", "completed"}, {"整改情况", "佐证材料", "evidence"}, {"备注", "", "note"}}
	colsShuffled = []col{{"序号", "", "no"}, {"具体问题", "", "title"}, {"问题类别", "", "cat"}, {"责任单位", "", "dept"},
		{"责任人", "", "leader"}, {"整改措施", "", "measures"}, {"完成时限", "", "deadline"}, {"目前进展", "", "status"},
		{"佐证资料", "", "evidence"}, {"完成时间", "", "completed"}, {"备注", "", "note"}}
	colsPlain = []col{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"存在问题", "", "title"}, {"整改措施", "", "measures"},
		{"责任领导", "", "leader"}, {"责任股室", "", "dept"}, {"整改时限", "", "deadline"}, {"完成情况", "", "status"},
		{"完成时间", "", "completed"}, {"佐证材料", "", "evidence"}}
)

var cases = []caseSpec{
	{"01-lanxi-nongye-huitoukan", cj("中共岚溪县农业农村局党组", "县委第二巡察组（2023年巡察“回头看”）", "2023-04-18", "2023-06-30", "2023-06-30"), func(dir string) {
		office(src("01/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		notDone := map[int]bool{3: true, 8: true, 13: true}
		rows := problems(15, 0, []string{"王建华（党组书记、局长）", "陈立新（党组成员、副局长）", "赵红梅（党组成员、副局长）"},
			[]string{"办公室", "计划财务股", "人事股", "农村经营管理站"}, cycle("2023年6月20日", "2023年5月31日", "2023年6月15日"),
			cycle("2023年5月26日", "2023年5月12日", "2023年6月9日"), cycle("《党组理论学习中心组2023年学习计划》", "整改报告及照片", "岚农〔2023〕21号文件"),
			func(i int, r row) {
				if notDone[i] {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在推进", "", "", "2023年12月31日前"
					r["measures"] = fmt.Sprintf(pool[i].measure, "2023年12月31日")
				}
			})
		// the aspects of the report's table: 5 / 4 / 3 / 3
		cats := []string{"党的领导", "党的领导", "党的领导", "党的领导", "党的领导", "全面从严治党", "全面从严治党", "全面从严治党", "全面从严治党", "组织建设", "组织建设", "组织建设", "巡察整改", "巡察整改", "巡察整改"}
		for i := range rows {
			rows[i]["cat"] = cats[i]
		}
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "回头看问题整改台账", title: "岚溪县农业农村局巡察“回头看”反馈问题整改落实台账",
			pre:  []string{"填报单位（盖章）：岚溪县农业农村局                                填报时间：2023年6月30日"},
			cols: colsTwoRow, rows: rows, blankAfter: map[int]bool{14: true},
			footer: []string{"说明：整改进展填写“已完成”“正在推进”，已完成的须附佐证材料。", "填表人：刘敏    审核人：陈立新"}}})
		minutesAs(dir, "01", "docx", "2023-04-25-dangzu", "2023-05-30-dangzu", "2023-05-18-mzshh")
	}},
	{"02-shiao-zhen-wps", cj("中共岚溪县石岙镇委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-03-10", "2023-06-12", "2023-06-12"), func(dir string) {
		office(src("02/report.txt"), "doc", filepath.Join(dir, "report.wps"))
		notDone := map[int]bool{5: true, 11: true, 16: true, 20: true}
		rows := problems(22, 4, []string{"林国栋（镇党委书记）", "许志强（镇长）", "黄丽（党委副书记）", "郑斌（纪委书记）"},
			[]string{"党政综合办公室", "经济发展办公室", "社会事务办公室", "财政所"}, cycle("2023.5.31", "2023.4.30", "2023.6.10"),
			fixed(""), cycle("会议记录、整改报告", "《石岙镇村级财务管理办法》", "清退凭证"),
			func(i int, r row) {
				r["target"] = cycle("建立健全长效机制", "规范程序、堵塞漏洞", "举一反三、防止反弹")(i)
				r["coop"] = cycle("镇纪委", "组织办", "")(i)
				r["note"] = "已完成，已建立长效机制"
				if notDone[i] {
					r["note"], r["evidence"], r["deadline"] = "正在推进，预计年底前完成", "", "2023年12月底前"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "整改台账", title: "石岙镇党委落实县委第三巡察组反馈意见整改台账",
			cols: []col{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"具体问题", "", "title"}, {"整改目标", "", "target"}, {"整改措施", "", "measures"},
				{"责任领导", "", "leader"}, {"责任单位", "", "dept"}, {"配合单位", "", "coop"}, {"完成时限", "", "deadline"}, {"佐证资料", "", "evidence"}, {"备注", "", "note"}},
			rows: rows, footer: []string{"填表人：吴晓燕    联系电话：（略）"}}})
		office(src("02/minutes/dangwei-huibian.txt"), "docx", filepath.Join(dir, "minutes", "镇党委会议纪要汇编.docx"))
		office(src("02/minutes/mzshh.txt"), "pdf", filepath.Join(dir, "minutes", "专题民主生活会.pdf"))
	}},
	{"03-beitang-jiedao-xiuding", cj("中共岚溪县北塘街道工作委员会", "县委第一巡察组（2023年第二轮巡察）", "2023-06-20", "2023-09-15", "2023-09-15"), func(dir string) {
		trackedDOCX(src("03/report.txt"), filepath.Join(dir, "report.docx"))
		rows := problems(17, 10, []string{"何建军（党工委书记）", "钱海燕（办事处主任）", "孙亮（党工委副书记）"},
			[]string{"党政办", "城市管理办", "社区建设办", "财政所"}, cycle("2023年8月31日", "2023年7月31日"),
			cycle("2023年8月4日", "2023年7月20日"), cycle("整改报告", "会议记录及照片", "制度文件"),
			func(i int, r row) {
				switch i {
				case 2, 9:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改，预计2023年12月底前完成", "", "", "2023年12月31日前"
				case 14:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "持续推进", "", "", "长期坚持"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "问题清单", title: "北塘街道巡察反馈问题整改清单", cols: colsPlain, rows: rows,
			footer: []string{"北塘街道党工委巡察整改工作领导小组办公室 2023年9月15日"}}})
		minutesAs(dir, "03", "docx", "2023-06-28-dgw", "2023-07-26-dgw", "2023-08-30-dgw", "2023-08-09-mzshh")
	}},
	{"04-yunqiao-weijian-formula", cj("中共云桥县卫生健康局党组", "县委第四巡察组（2023年第一轮巡察）", "2023-05-08", "2023-08-15", "2023-08-31"), func(dir string) {
		pdf := filepath.Join(dir, "report.pdf")
		office(src("04/report.txt"), "pdf", pdf)
		watermark(pdf, "云桥县卫生健康局 内部资料")
		rows := problems(18, 12, []string{"冯志远 局长", "蒋芳 副局长", "韩冰 纪检组长"},
			[]string{"办公室", "医政医管股", "财务股", "疾控股"}, cycle("D:2023-07-31", "D:2023-06-30", "D:2023-07-15"),
			cycle("D:2023-07-10", "D:2023-06-21", "D:2023-07-03"), cycle("整改报告", "会议纪要", "制度文本"),
			func(i int, r row) {
				r["status"] = "已完成"
				switch i {
				case 6: // overdue: deadline passed, not done
					r["deadline"], r["completed"], r["evidence"], r["status"] = "D:2023-07-31", "", "", "逾期未完成"
				case 15, 16:
					r["deadline"], r["completed"], r["evidence"], r["status"] = "D:2023-10-31", "", "", "正在整改"
				case 10: // done, no evidence
					r["evidence"] = ""
				}
			})
		cols := []col{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"问题描述", "", "title"}, {"整改措施", "", "measures"},
			{"责任领导", "", "leader"}, {"责任科室", "", "dept"}, {"整改时限", "", "deadline"}, {"完成时间", "", "completed"},
			{"整改状态", "", "status"}, {"佐证材料", "", "evidence"}}
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "问题整改台账", title: "云桥县卫生健康局巡察反馈问题整改台账", cols: cols, rows: rows,
			formula: map[string]func(int) string{"status": func(r int) string {
				return fmt.Sprintf(`IF(H%d<>"","已完成",IF(G%d<DATE(2023,8,31),"逾期未完成","正在整改"))`, r, r)
			}}, footer: []string{"注：整改状态由公式按完成时间、整改时限自动生成。"}}})
		minutesAs(dir, "04", "docx", "2023-05-16-dangzu", "2023-07-05-dangzu", "2023-06-13-mzshh")
	}},
	{"05-lanxi-jiaoyu-heic", cj("中共岚溪县教育局党组", "县委第五巡察组（2023年第二轮巡察）", "2023-09-05", "2023-11-30", "2023-11-30"), func(dir string) {
		office(src("05/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(14, 16, []string{"潘志明（党组书记、局长）", "曹雯（党组成员、副局长）"},
			[]string{"办公室", "基础教育股", "计划财务股", "人事股"}, cycle("2023年10月31日", "2023年11月15日"),
			cycle("2023年10月20日", "2023年11月3日"), cycle("整改报告及附件", "会议记录", "岚教〔2023〕66号"),
			func(i int, r row) {
				switch i {
				case 4, 11:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2024年6月30日前"
				case 8:
					r["leader"] = ""
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "Sheet1", title: "岚溪县教育局巡察反馈问题整改台账", cols: colsPlain, rows: rows}})
		minutesAs(dir, "05", "docx", "2023-09-12-dangzu", "2023-10-17-dangzu", "2023-10-26-mzshh")
		// the third 党组会议's minutes, photographed on a phone and sent as HEIC
		heic := append([]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), make([]byte, 4096)...)
		for i := range heic[32:] {
			heic[32+i] = byte(i*131 + 7)
		}
		must(os.WriteFile(filepath.Join(dir, "minutes", "IMG_20231114_163502.heic"), heic, 0o644))
	}},
	{"06-yunqiao-shijian-ofd", cj("中共云桥县市场监督管理局党组", "县委第一巡察组（2023年巡察“回头看”）", "2023-07-12", "2023-10-10", "2023-10-10"), func(dir string) {
		office(src("06/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		cur := problems(13, 20, []string{"邓伟（党组书记、局长）", "袁静（党组成员、副局长）", "彭涛（党组成员、副局长）"},
			[]string{"办公室", "综合执法大队", "食品安全监管股", "财务审计股"}, cycle("2023年9月30日", "2023年8月31日"),
			cycle("2023年9月12日", "2023年8月22日"), cycle("整改报告", "会议纪要、制度文本", "照片及台账"),
			func(i int, r row) {
				if i == 5 || i == 12 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2023年12月31日"
				}
			})
		prev := problems(8, 5, []string{"邓伟（党组书记、局长）", "袁静（党组成员、副局长）"}, []string{"办公室", "人事股"},
			fixed("2021年12月31日"), cycle("2021年11月30日", "2021年12月20日"), fixed("销号审批表"), func(i int, r row) { r["status"] = "已销号" })
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{
			{name: "本轮问题整改台账", title: "云桥县市场监督管理局巡察“回头看”反馈问题整改台账", cols: colsShuffled, rows: cur},
			{name: "上轮问题回头看", title: "2021年巡察反馈问题整改情况（回头看复核）", cols: colsPlain, rows: prev,
				footer: []string{"说明：上轮8个问题已于2021年底前全部销号，本表供回头看复核使用。"}},
		})
		for _, n := range []string{"2023-07-20-dangzu", "2023-09-06-dangzu", "2023-08-15-mzshh"} {
			ofd(src("06/minutes/"+n+".txt"), filepath.Join(dir, "minutes", n+".ofd"))
		}
	}},
	{"07-lanxi-minzheng-ocr", cj("中共岚溪县民政局党组", "县委第二巡察组（2023年第二轮巡察）", "2023-08-01", "2023-10-31", "2023-10-31"), func(dir string) {
		office(src("07/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(21, 2, []string{"田晓东（党组书记、局长）", "罗敏（党组成员、副局长）", "夏雨（党组成员、副局长）"},
			[]string{"办公室", "社会救助股", "养老服务股", "计划财务股"}, cycle("2023年10月15日", "2023年9月30日"),
			cycle("2023年9月28日", "2023年9月8日"), cycle("整改报告", "会议记录", "清查台账"),
			func(i int, r row) {
				if i == 7 || i == 18 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2024.3.31"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "整改台账", title: "岚溪县民政局巡察反馈问题整改台账", cols: colsTwoRow, rows: rows}})
		minutesAs(dir, "07", "docx", "2023-08-09-zhuantihui", "2023-09-20-zhuantihui")
		scanPDF(src("07/minutes/2023-09-26-mzshh-scan.txt"), filepath.Join(dir, "minutes", "专题民主生活会纪要（签字页扫描）.pdf"))
	}},
	{"08-yunqiao-jiaotong-encrypted", cj("中共云桥县交通运输局党组", "县委第三巡察组（2023年第一轮巡察）", "2023-04-03", "2023-07-20", "2023-07-20"), func(dir string) {
		office(src("08/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(16, 7, []string{"马俊（党组书记、局长）", "高燕（党组成员、副局长）"},
			[]string{"办公室", "公路管理股", "运输管理股", "财务股"}, cycle("2023年6月30日", "2023年5月31日"),
			cycle("2023年6月16日", "2023年5月19日"), cycle("整改报告", "会议纪要", "交通〔2023〕9号"),
			func(i int, r row) {
				switch i {
				case 9: // overdue
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2023年6月30日"
				case 3, 13:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2023年10月31日"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "问题整改台账", title: "云桥县交通运输局巡察反馈问题整改台账", cols: colsShuffled, rows: rows}})
		minutesAs(dir, "08", "docx", "2023-04-11-dangzu", "2023-05-24-mzshh")
		enc := filepath.Join(dir, "minutes", "2023-06-08-dangzu.pdf")
		office(src("08/minutes/2023-06-08-dangzu.txt"), "pdf", enc)
		encryptPDF(enc)
	}},
	{"09-chengxi-jiedao-xlsb", cj("中共云桥县城西街道工作委员会", "县委第四巡察组（2023年第一轮巡察）", "2023-05-22", "2023-08-25", "2023-08-25"), func(dir string) {
		office(src("09/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		// an Excel binary workbook (.xlsb): zhenggai does not read the format
		zipFiles(filepath.Join(dir, "ledger.xlsb"), [][2]string{
			{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>`},
			{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`},
			{"xl/workbook.bin", "\x83\x01\x00\x80\x01\x00\x99\x01\x00\x9c\x01\x18\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x72\x00\x49\x00\x64\x00\x31\x00\x84\x01\x00"},
			{"xl/worksheets/sheet1.bin", "\x81\x01\x00\x93\x01\x17\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x82\x01\x00"},
		})
		minutesAs(dir, "09", "docx", "2023-05-30-dgw", "2023-07-04-dgw", "2023-06-21-mzshh")
	}},
	{"10-yunqiao-caizheng-gbkcsv", cj("中共云桥县财政局党组", "县委第五巡察组（2023年第一轮巡察）", "2023-02-14", "2023-05-12", "2023-05-12"), func(dir string) {
		office(src("10/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(12, 24, []string{"张卫东（党组书记、局长）", "李秀兰（分管副局长）", "周斌（分管副局长）"},
			[]string{"办公室", "预算股", "国库股", "综合股"}, cycle("2023/4/30", "立行立改", "2023/3/31", "长期"),
			cycle("2023/4/18", "2023/2/24", "2023/3/28", "2023/4/6"), cycle("整改报告", "会议记录", "《云桥县财政局内部控制规程》"),
			func(i int, r row) {
				if i == 5 || i == 10 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在推进", "", "", "2023年6月底"
				}
			})
		lines := [][]string{{"云桥县财政局巡察反馈问题整改台账"}, {"序号", "问题类别", "具体问题", "整改措施", "责任人", "责任股室", "完成时限", "整改进度", "完成时间", "佐证资料", "备注"}}
		for _, r := range rows {
			lines = append(lines, []string{r["no"], r["cat"], r["title"], r["measures"], r["leader"], r["dept"], r["deadline"], r["status"], r["completed"], r["evidence"], ""})
		}
		lines = append(lines, []string{""}, []string{"填表人：钟雪", "", "", "", "", "", "", "", "", "", ""})
		csvGBK(filepath.Join(dir, "ledger.csv"), lines)
		for _, n := range []string{"2023-02-21-dangzu", "2023-04-04-dangzu", "2023-03-16-mzshh"} {
			office(src("10/minutes/"+n+".txt"), "pdf", filepath.Join(dir, "minutes", n+".pdf"))
		}
	}},
	{"11-xiyuan-jiedao-wenze", cj("中共岚溪县西苑街道工作委员会", "县委第一巡察组（2023年第一轮巡察）", "2023-03-28", "2023-07-10", "2023-07-10"), func(dir string) {
		office(src("11/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(14, 14, []string{"方志刚（党工委书记）", "葛丽（办事处主任）"},
			[]string{"党政办", "社会事务办", "财政所", "城管中队"}, cycle("2023年6月30日", "2023年5月31日"),
			cycle("2023年6月12日", "2023年5月25日"), cycle("整改报告", "会议记录", "清退凭证"),
			func(i int, r row) {
				if i == 6 || i == 12 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2023年12月31日"
				}
			})
		acc := []row{
			{"no": "1", "person": "陈某某", "post": "原社会事务办主任", "method": "党纪处分（党内警告）", "date": "2023年5月16日"},
			{"no": "2", "person": "刘某某", "post": "财政所副所长", "method": "诫勉", "date": "2023年5月16日"},
			{"no": "3", "person": "吴某某", "post": "城管中队队员", "method": "诫勉", "date": "2023年5月16日"},
			{"no": "4", "person": "郑某某", "post": "社区党委书记", "method": "谈话提醒", "date": "2023年6月2日"},
		}
		clues := []row{
			{"no": "1", "clue": "XC2023-01", "person": "王某某", "summary": "反映社区工作人员违规领取补贴", "handed": "2023年4月10日", "handler": "街道纪工委", "disposal": "初步核实后予以了结", "closed": "2023年5月20日", "state": "已办结"},
			{"no": "2", "clue": "XC2023-02", "person": "李某某", "summary": "反映工程项目结算不规范", "handed": "2023年4月10日", "handler": "街道纪工委", "disposal": "立案审查", "closed": "", "state": "正在办理"},
			{"no": "3", "clue": "XC2023-03", "person": "赵某某", "summary": "反映违规使用公务用车", "handed": "2023年4月25日", "handler": "街道纪工委", "disposal": "谈话函询", "closed": "2023年6月2日", "state": "已办结"},
		}
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{
			{name: "问题整改台账", title: "西苑街道巡察反馈问题整改台账", cols: colsPlain, rows: rows},
			{name: "问责情况", title: "西苑街道巡察整改问责情况统计表", cols: []col{{"序号", "", "no"}, {"被问责人", "", "person"}, {"职务", "", "post"}, {"问责方式", "", "method"}, {"问责时间", "", "date"}},
				rows: acc, mergeDown: []string{"method", "date"}},
			{name: "问题线索", title: "巡察移交问题线索办理情况", cols: []col{{"序号", "", "no"}, {"线索编号", "", "clue"}, {"反映对象", "", "person"}, {"线索摘要", "", "summary"},
				{"移交时间", "", "handed"}, {"承办部门", "", "handler"}, {"处置方式", "", "disposal"}, {"办结时间", "", "closed"}, {"办理状态", "", "state"}},
				rows: clues, mergeDown: []string{"handed", "handler"}},
		})
		minutesAs(dir, "11", "docx", "2023-04-06-dgw", "2023-05-31-dgw", "2023-05-10-mzshh")
	}},
	{"12-lanxi-zhujian-huiyijilu", cj("中共岚溪县住房和城乡建设局党组", "县委第三巡察组（2023年第二轮巡察）", "2023-06-06", "2023-09-08", "2023-09-08"), func(dir string) {
		office(src("12/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(19, 8, []string{"石磊（党组书记、局长）", "唐红（党组成员、副局长）", "严斌（党组成员、总工程师）"},
			[]string{"办公室", "建筑市场管理股", "城建股", "财务股"}, cycle("2023年8月31日", "2023年7月31日"),
			cycle("2023年8月17日", "2023年7月21日"), cycle("整改报告", "会议记录", "岚建〔2023〕45号"),
			func(i int, r row) {
				if i == 2 || i == 10 || i == 16 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在推进", "", "", "2023年12月底前"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "整改台账", title: "岚溪县住房和城乡建设局巡察反馈问题整改台账", cols: colsShuffled, rows: rows}})
		minutesAs(dir, "12", "docx", "2023-05-30-dangzu-jilu", "2023-06-15-dangzu-jilu", "2023-07-20-dangzu-jilu", "2023-07-06-mzshh")
	}},
	{"13-longtan-zhen-zhuxiang", cj("中共云桥县龙潭镇委员会", "县委第二巡察组（2023年巡察“回头看”）", "2023-04-20", "2023-07-18", "2023-07-18"), func(dir string) {
		office(src("13/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		titles := []string{
			"镇党委落实意识形态工作责任制不到位",
			"村级财务管理不规范，白条入账问题仍然存在",
			"惠民补助资金发放审核把关不严",
			"镇村干部作风不实，为民服务意识不强",
			"“三重一大”事项集体决策执行不严格",
			"农村集体“三资”管理混乱，资产底数不清",
			"镇机关公务接待管理不规范",
			"村级党组织“三会一课”制度落实不到位",
			"上轮巡察反馈的村务公开问题整改不彻底",
			"镇纪委监督执纪问责偏松偏软",
			"农村人居环境整治长效机制不健全",
		}
		rows := problems(11, 0, []string{"宋建平（镇党委书记）", "朱晓（镇长）", "江涛（镇纪委书记）"},
			[]string{"党政综合办公室", "财政所", "农业农村办公室", "镇纪委"}, cycle("2023年6月30日", "2023年5月31日"),
			cycle("2023年6月15日", "2023年5月26日"), cycle("整改报告", "会议记录", "制度文本"),
			func(i int, r row) {
				r["title"] = titles[i]
				r["cat"] = cycle("党的领导", "全面从严治党", "全面从严治党", "党的领导")(i)
				if i == 5 || i == 10 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在推进", "", "", "2023年12月31日前"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "问题整改台账", title: "龙潭镇巡察“回头看”反馈问题整改台账", cols: colsPlain, rows: rows}})
		minutesAs(dir, "13", "docx", "2023-04-27-dangwei", "2023-05-25-mzshh")
	}},
	{"14-yunqiao-ziran-wenbenriqi", cj("中共云桥县自然资源局党组", "县委第五巡察组（2023年第一轮巡察）", "2023-03-15", "2023-06-30", "2023-06-30"), func(dir string) {
		office(src("14/report.txt"), "pdf", filepath.Join(dir, "report.pdf"))
		deadlines := cycle("2023.6.30", "2023/5/31", "2023年6月底", "6月30日前", "2023年5月31日")
		completed := cycle("2023.6.12", "2023/5/22", "2023.6.2", "2023年6月8日", "2023.5.18")
		rows := problems(31, 3, []string{"贺军（党组书记、局长）", "孔雪梅（党组成员、副局长）", "鲁平（党组成员、副局长）"},
			[]string{"办公室", "国土空间规划股", "耕地保护股", "不动产登记中心", "执法监察大队"}, deadlines, completed,
			cycle("整改报告", "会议记录", "云自然资〔2023〕12号", "照片及清单"),
			func(i int, r row) {
				switch i {
				case 0, 7, 14, 21, 28: // 立行立改 (part of them)
					r["deadline"] = "立行立改"
					r["completed"] = "2023.3.24"
				}
				switch i {
				case 8: // done after its deadline
					r["deadline"], r["completed"] = "2023/5/31", "2023.6.20"
				case 16: // done, no evidence
					r["evidence"] = ""
				case 11, 25:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "长期坚持，已取得阶段性成效", "", "", "长期坚持"
				case 19, 29:
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2023年12月底"
				}
			})
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{{name: "问题整改台账", title: "云桥县自然资源局巡察反馈问题整改台账", cols: colsTwoRow, rows: rows,
			blankAfter: map[int]bool{9: true, 19: true}}})
		minutesAs(dir, "14", "docx", "2023-03-22-dangzu", "2023-04-26-mzshh")
	}},
	{"15-lanxi-wenlv-zhidu", cj("中共岚溪县文化和旅游局党组", "县委第四巡察组（2023年第二轮巡察）", "2023-05-15", "2023-08-18", "2023-08-18"), func(dir string) {
		office(src("15/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(10, 18, []string{"钟华（党组书记、局长）", "汪洋（党组成员、副局长）"},
			[]string{"办公室", "文化艺术股", "旅游发展股", "财务股"}, cycle("2023年7月31日", "2023年6月30日"),
			cycle("2023年7月20日", "2023年6月21日"), cycle("整改报告", "会议纪要", "清退凭证"), nil)
		sys := []row{
			{"no": "1", "name": "《岚溪县文化和旅游局党组工作规则》", "kind": "修订", "date": "2023年6月5日"},
			{"no": "2", "name": "《“三重一大”事项集体决策实施办法》", "kind": "修订", "date": "2023年6月5日"},
			{"no": "3", "name": "《公务接待管理办法》", "kind": "新建", "date": "2023年6月12日"},
			{"no": "4", "name": "《政府采购内部控制办法》", "kind": "新建", "date": "2023年6月12日"},
			{"no": "5", "name": "《文化惠民项目资金管理办法》", "kind": "新建", "date": "2023年6月26日"},
			{"no": "6", "name": "《干部教育培训管理办法》", "kind": "新建", "date": "2023年7月3日"},
			{"no": "7", "name": "《合同管理办法》", "kind": "修订", "date": "2023年7月3日"},
			{"no": "8", "name": "《景区安全生产检查制度》", "kind": "新建", "date": "2023年7月14日"},
			{"no": "9", "name": "《机关食堂管理制度》", "kind": "新建", "date": "2023年7月14日"},
		}
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{
			{name: "问题整改", title: "岚溪县文化和旅游局巡察反馈问题整改台账", cols: colsShuffled, rows: rows},
			{name: "制度建设", title: "巡察整改建章立制情况", cols: []col{{"序号", "", "no"}, {"制度名称", "", "name"}, {"新建/修订", "", "kind"}, {"印发时间", "", "date"}}, rows: sys},
		})
		minutesAs(dir, "15", "docx", "2023-05-23-dangzu", "2023-06-20-mzshh")
	}},
	{"16-baisha-xiang-huizong", cj("中共云桥县白沙乡委员会", "县委第一巡察组（2023年第二轮巡察）", "2023-08-10", "2023-11-20", "2023-11-20"), func(dir string) {
		office(src("16/report.txt"), "docx", filepath.Join(dir, "report.docx"))
		rows := problems(20, 9, []string{"欧阳明（乡党委书记）", "尹红（乡长）", "傅强（乡纪委书记）"},
			[]string{"党政办", "经济发展办", "社会事务办", "财政所"}, cycle("2023年10月31日", "2023年9月30日"),
			cycle("2023年10月18日", "2023年9月22日"), cycle("整改报告", "会议记录", "制度文本", "照片"),
			func(i int, r row) {
				if i == 3 || i == 12 || i == 17 {
					r["status"], r["completed"], r["evidence"], r["deadline"] = "正在整改", "", "", "2024年3月31日前"
				}
			})
		cats := []string{"党的领导", "党的领导", "党的领导", "党的领导", "党的领导", "党的领导", "全面从严治党", "全面从严治党", "全面从严治党", "全面从严治党", "全面从严治党", "全面从严治党", "全面从严治党", "组织建设", "组织建设", "组织建设", "组织建设", "巡察整改", "巡察整改", "巡察整改"}
		for i := range rows {
			rows[i]["cat"] = cats[i]
		}
		sum := []row{
			{"no": "1", "cat": "党的领导方面", "n": "6", "d": "5", "p": "1"},
			{"no": "2", "cat": "全面从严治党方面", "n": "7", "d": "6", "p": "1"},
			{"no": "3", "cat": "组织建设方面", "n": "4", "d": "4", "p": "0"},
			{"no": "4", "cat": "巡察整改方面", "n": "3", "d": "2", "p": "1"},
			{"no": "", "cat": "合计", "n": "20", "d": "17", "p": "3"},
		}
		clues := []row{
			{"no": "1", "clue": "BS-01", "person": "黄某某", "summary": "反映村干部优亲厚友", "handed": "2023年8月18日", "handler": "乡纪委", "disposal": "初步核实", "closed": "2023年9月26日", "state": "已办结"},
			{"no": "2", "clue": "BS-02", "person": "蒋某某", "summary": "反映村集体资产出租不规范", "handed": "2023年8月18日", "handler": "乡纪委", "disposal": "谈话函询", "closed": "2023年10月9日", "state": "已办结"},
		}
		sys := []row{
			{"no": "1", "name": "《白沙乡村级财务管理办法》", "kind": "修订", "date": "2023年9月4日"},
			{"no": "2", "name": "《白沙乡“三重一大”决策制度》", "kind": "修订", "date": "2023年9月4日"},
			{"no": "3", "name": "《白沙乡公务接待管理规定》", "kind": "新建", "date": "2023年9月18日"},
			{"no": "4", "name": "《村干部坐班值班制度》", "kind": "新建", "date": "2023年10月8日"},
			{"no": "5", "name": "《惠民补助资金发放公示制度》", "kind": "新建", "date": "2023年10月8日"},
		}
		xlsx(filepath.Join(dir, "ledger.xlsx"), []sheet{
			{name: "汇总", title: "白沙乡巡察反馈问题整改情况汇总表", cols: []col{{"序号", "", "no"}, {"问题方面", "", "cat"}, {"问题数（个）", "", "n"}, {"已完成（个）", "", "d"}, {"正在整改（个）", "", "p"}}, rows: sum},
			{name: "问题整改明细", title: "白沙乡巡察反馈问题整改明细台账", cols: colsShuffled, rows: rows},
			{name: "问题线索", title: "巡察移交问题线索处置情况", cols: []col{{"序号", "", "no"}, {"线索编号", "", "clue"}, {"反映对象", "", "person"}, {"线索摘要", "", "summary"},
				{"移交时间", "", "handed"}, {"承办部门", "", "handler"}, {"处置方式", "", "disposal"}, {"办结时间", "", "closed"}, {"办理状态", "", "state"}}, rows: clues},
			{name: "制度建设", title: "建章立制情况", cols: []col{{"序号", "", "no"}, {"制度名称", "", "name"}, {"类别", "", "kind"}, {"印发时间", "", "date"}}, rows: sys},
		})
		minutesAs(dir, "16", "docx", "2023-08-17-dangwei-kuoda", "2023-10-11-dangwei-kuoda", "2023-09-14-zhongxinzu", "2023-09-27-mzshh")
	}},
}
