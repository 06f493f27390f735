package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

var cases = []func(){c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	must(err)
	return t
}

func txtMinutes(dir, name, unit string, m meeting) {
	write(filepath.Join(dir, "minutes", name), []byte(m.text(unit)))
}

func docxMinutes(dir, name, unit string, ms ...meeting) {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.text(unit))
	}
	minutesDocx(filepath.Join(dir, "minutes", name), strings.Join(parts, "\n"))
}

const rectTopic = "研究巡察反馈问题整改工作"

// 01: a report pasted from a WeChat article into TXT: full-width digits,
// odd spaces, the page's chrome; a ledger with a merged title over a
// two-row header, a blank row and a 说明/填表人 footer. Clean.
func c01() {
	d := caseDir("01-wechat-paste-txt")
	write(filepath.Join(d, "report.txt"), []byte(strings.ReplaceAll(src("01", "report.txt"), "分享    在看", "分享\u00a0\u00a0在看")))
	caseJSON(d, "中共青川县林业局党组", "县委第三巡察组（2023年第二轮巡察）", "2023-06-16", "2023-09-25", "2023-09-25", "")
	rs := rows(12, 0)
	for i := range rs {
		rs[i].deadline, rs[i].completed, rs[i].progress = "2023.8.31", fmt.Sprintf("2023.8.%d", 10+i), "已完成"
		if i%4 == 1 {
			rs[i].deadline, rs[i].completed = "立行立改", "2023.7.3"
		}
	}
	for _, i := range []int{4, 10} {
		rs[i].progress, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在推进，预计2023年12月底前完成", "2023.12.31", "", ""
	}
	withBlank := append(append(append([]row{}, rs[:6]...), row{no: -1}), rs[6:]...)
	f := newBook("整改台账")
	sheet(f, "整改台账", []string{"青川县林业局县委第三巡察组反馈问题整改台账"},
		[][]string{
			{"序号", "问题类别", "具体问题", "整改目标", "整改措施", "责任领导", "责任单位", "配合单位", "完成时限", "整改情况", "", "", "备注"},
			{"", "", "", "", "", "", "", "", "", "整改进度", "完成时间", "佐证资料", ""},
		},
		[]string{"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:L2", "M2:M3"},
		[]string{"no", "cat", "title", "target", "measure", "leader", "dept", "assist", "deadline", "progress", "completed", "evidence", "note"},
		withBlank, []string{"", "说明：1.整改进度按“已完成”“正在推进”填写；2.佐证资料纸质版另行报送县委巡察办。", "填表人：林小燕    联系电话：0839-5512306"})
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "青川县林业局"
	for i, m := range []meeting{
		{"中共青川县林业局党组会议纪要（2023年第9次）", "2023年6月26日上午", "党组书记、局长何志远", rectTopic, workBody},
		{"中共青川县林业局党组会议纪要（2023年第11次）", "2023年7月25日下午", "党组书记、局长何志远", rectTopic, workBody},
		{"中共青川县林业局党组会议纪要（2023年第14次）", "2023年9月5日上午", "党组书记、局长何志远", rectTopic, workBody},
	} {
		txtMinutes(d, fmt.Sprintf("党组会议纪要-%d.txt", i+1), u, m)
	}
	txtMinutes(d, "专题民主生活会记录.txt", u, meeting{"中共青川县林业局党组巡察整改专题民主生活会会议记录", "2023年8月22日", "党组书记、局长何志远", "围绕巡察反馈问题整改开展对照检查", dlmBody})
	expected("01", d)
}

// 02: a DOCX saved with tracked changes and a comment: the deletions and
// the comment hold figures that are not the report's.
func c02() {
	d := caseDir("02-docx-tracked-changes")
	docxFromSource(src("02", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共梅岭区统计局党组", "区委第二巡察组（2023年第一轮巡察）", "2023-03-28", "2023-07-20", "2023-07-20", "")
	rs := rows(14, 2)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-06-30", fmt.Sprintf("2023-06-%02d", 5+i)
	}
	for _, i := range []int{7, 12} {
		rs[i].status, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在推进", "2023-12-31", "", ""
	}
	f := newBook("问题整改台账")
	first := sheet(f, "问题整改台账", nil, [][]string{{"序号", "具体问题", "整改措施", "完成时限", "责任科室", "责任领导", "整改进展", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "title", "measure", "deadline", "dept", "leader", "status", "completed", "evidence"}, rs, nil)
	for i, r := range rs { // dates as date cells
		must(f.SetCellValue("问题整改台账", cell(4, first+i), day(r.deadline)))
		if r.completed != "" {
			must(f.SetCellValue("问题整改台账", cell(8, first+i), day(r.completed)))
		}
	}
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "梅岭区统计局"
	docxMinutes(d, "巡察整改专题会议纪要（一）.docx", u, meeting{"梅岭区统计局巡察整改专题会议纪要", "2023年4月10日", "党组书记、局长郑永刚", rectTopic, workBody})
	docxMinutes(d, "巡察整改专题会议纪要（二）.docx", u, meeting{"梅岭区统计局巡察整改专题会议纪要", "2023年6月2日", "党组书记、局长郑永刚", rectTopic, workBody})
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共梅岭区统计局党组巡察整改专题民主生活会会议记录", "2023年6月15日", "党组书记、局长郑永刚", "巡察整改专题民主生活会", dlmBody})
	expected("02", d)
}

// 03: the figures sit in a text box (saved with its VML fallback, so the
// box's text is in the file twice); the rate is wrong. Two meetings in one
// combined minutes file.
func c03() {
	d := caseDir("03-textbox-rate")
	docxFromSource(src("03", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共霁安县医疗保障局党组", "县委第一巡察组（2023年第二轮巡察）", "2023-07-10", "2023-10-30", "2023-10-31", "")
	rs := rows(16, 0)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023/9/30", fmt.Sprintf("2023/9/%d", 5+i)
	}
	for _, i := range []int{3, 8, 14} {
		rs[i].status, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在推进，预计年底前完成", "2023/12/31", "", ""
	}
	f := newBook("台账")
	sheet(f, "台账", []string{"霁安县医疗保障局巡察反馈问题整改台账"}, [][]string{{"序号", "问题类别", "问题描述", "整改措施", "牵头领导", "责任股室", "整改时限", "目前进展", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "霁安县医疗保障局"
	docxMinutes(d, "2023年党组会议纪要汇编（巡察整改）.docx", u,
		meeting{"中共霁安县医疗保障局党组会议纪要", "2023年7月18日", "党组书记、局长黄素芬", rectTopic, workBody},
		meeting{"中共霁安县医疗保障局党组会议纪要", "2023年8月29日", "党组书记、局长黄素芬", rectTopic, workBody})
	docxMinutes(d, "专题民主生活会会议记录.docx", u, meeting{"中共霁安县医疗保障局党组巡察整改专题民主生活会会议记录", "2023年9月28日", "党组书记、局长黄素芬", "巡察整改专题民主生活会", dlmBody})
	expected("03", d)
}

// 04: the only figures are in a table inside a layout table (its 合计 row);
// the ledger holds one problem fewer. The ledger has a clue sheet the
// report never mentions.
func c04() {
	d := caseDir("04-nested-table-total")
	docxFromSource(src("04", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共澄江县交通运输局党组", "县委第二巡察组（2023年第一轮巡察）", "2023-04-18", "2023-08-25", "2023-08-25", "")
	rs := rows(14, 3)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-07-31", fmt.Sprintf("2023-07-%02d", 3+i)
	}
	for _, i := range []int{2, 7, 11} {
		rs[i].status, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在整改", "2023-12-31", "", ""
	}
	f := newBook("巡察整改台账")
	sheet(f, "巡察整改台账", []string{"澄江县交通运输局巡察反馈问题整改台账", "填报单位：澄江县交通运输局（盖章）                填报时间：2023年8月20日"},
		[][]string{{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任股室", "完成时限", "整改状态", "完成时间", "佐证材料", "备注"}}, nil,
		[]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence", "note"}, rs, nil)
	_, err := f.NewSheet("问题线索")
	must(err)
	for r, vals := range [][]string{
		{"线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
		{"CJXC-2023-01", "李某某", "违规接受管理服务对象宴请", "2023-05-06", "县纪委监委派驻第三纪检监察组", "谈话函询", "2023-06-20", "已办结"},
		{"CJXC-2023-02", "吴某某", "超限运输执法中违规减免罚款", "2023-05-06", "县纪委监委派驻第三纪检监察组", "初步核实", "2023-06-28", "已办结"},
	} {
		for c, v := range vals {
			must(f.SetCellValue("问题线索", cell(c+1, r+1), v))
		}
	}
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "澄江县交通运输局"
	for i, dt := range []string{"2023年5月10日", "2023年6月14日", "2023年7月19日"} {
		docxMinutes(d, fmt.Sprintf("调度会纪要%d.docx", i+1), u, meeting{"澄江县交通运输局巡察整改工作调度会纪要", dt, "党组书记、局长罗宏斌", "调度巡察反馈问题整改进展", workBody})
	}
	docxMinutes(d, "民主生活会.docx", u, meeting{"中共澄江县交通运输局党组巡察整改专题民主生活会会议记录", "2023年7月26日", "党组书记、局长罗宏斌", "巡察整改专题民主生活会", dlmBody})
	expected("04", d)
}

// 05: a ledger exported by a system as CSV in UTF-8 with a BOM and CRLF,
// trailing empty columns; three planted ledger rows. Minutes' names hold
// spaces and brackets.
func c05() {
	d := caseDir("05-csv-bom-export")
	docxFromSource(src("05", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共汀州市机关事务管理局党组", "市委第四巡察组（2022年第三轮巡察）", "2023-02-20", "2023-06-30", "2023-06-30", "")
	rs := rows(10, 5)
	for i := range rs {
		rs[i].status, rs[i].deadline = "已完成", "2023/4/30"
	}
	rs[2].evidence = ""                                // 序号3: done, no evidence
	rs[2].note = "材料后补"                                // says it will come
	rs[5].leader = ""                                  // 序号6: no leader
	rs[8].status, rs[8].deadline = "正在推进", "2023/5/31" // 序号9: overdue
	rs[8].evidence = ""
	rs[9].status, rs[9].deadline, rs[9].evidence = "正在推进", "2023/9/30", ""
	fields := []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "evidence", "note"}
	var b strings.Builder
	b.WriteString("\ufeff")
	b.WriteString(csvLine([]string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "佐证资料", "备注", "", ""}))
	for _, line := range strings.Split(strings.TrimSuffix(csvRows(fields, rs), "\r\n"), "\r\n") {
		b.WriteString(line + ",,\r\n")
	}
	write(filepath.Join(d, "ledger.csv"), []byte(b.String()))
	u := "汀州市机关事务管理局"
	docxMinutes(d, "巡察整改工作领导小组会议纪要 (第1次).docx", u, meeting{"汀州市机关事务管理局巡察整改工作领导小组会议纪要", "2023年3月2日", "党组书记、局长邱明达", rectTopic, workBody})
	docxMinutes(d, "巡察整改工作领导小组会议纪要 (第2次).docx", u, meeting{"汀州市机关事务管理局巡察整改工作领导小组会议纪要", "2023年5月16日", "党组书记、局长邱明达", rectTopic, workBody})
	docxMinutes(d, "专题民主生活会 [2023.4.12].docx", u, meeting{"中共汀州市机关事务管理局党组巡察整改专题民主生活会会议记录", "2023年4月12日", "党组书记、局长邱明达", "巡察整改专题民主生活会", dlmBody})
	expected("05", d)
}

// 06: a WPS (.wps) report; the ledger a GB18030 CSV with a title line, a
// 填报 line, the status only in 备注, dates in words, and a footer whose
// name needs GB18030's four-byte codes.
func c06() {
	d := caseDir("06-wps-gb18030-note-status")
	tmp, err := os.MkdirTemp("", "casesaf")
	must(err)
	defer os.RemoveAll(tmp)
	docxFromSource(src("06", "report.txt"), filepath.Join(tmp, "report.docx"))
	cmd := exec.Command("soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", tmp, filepath.Join(tmp, "report.docx"))
	cmd.Env = append(os.Environ(), "HOME="+tmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		panic(string(out))
	}
	b, err := os.ReadFile(filepath.Join(tmp, "report.doc"))
	must(err)
	write(filepath.Join(d, "report.wps"), b)
	caseJSON(d, "中共安澜县教育局党组", "县委第一巡察组（2023年第一轮巡察）", "2023-05-09", "2023-09-08", "2023-09-08", "")
	rs := rows(9, 8)
	dls := []string{"立行立改", "2023年6月底", "2023年7月31日", "6月30日前"}
	notes := []string{"已完成，已建立长效机制", "已完成，相关制度已印发", "已完成整改，已销号"}
	for i := range rs {
		rs[i].deadline, rs[i].note = dls[i%len(dls)], notes[i%len(notes)]
	}
	rs[3].deadline, rs[3].note, rs[3].evidence = "2023年12月底", "正在推进，预计年底前完成", ""
	rs[7].deadline, rs[7].note, rs[7].evidence = "长期坚持", "长期坚持，正在推进", ""
	var s strings.Builder
	s.WriteString(csvLine([]string{"安澜县教育局县委巡察反馈问题整改台账", "", "", "", "", "", "", "", ""}))
	s.WriteString(csvLine([]string{"填报单位：安澜县教育局（盖章）", "", "", "", "", "", "填报时间：2023年9月1日", "", ""}))
	s.WriteString(csvLine([]string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任股室", "完成时限", "佐证资料", "备注"}))
	s.WriteString(csvRows([]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "evidence", "note"}, rs))
	s.WriteString(csvLine([]string{"填表人：王㛃", "", "", "", "审核人：刘建华", "", "", "", ""}))
	write(filepath.Join(d, "ledger.csv"), gb18030(s.String()))
	u := "安澜县教育局"
	for i, dt := range []string{"2023年5月16日", "2023年6月27日", "2023年8月15日"} {
		docxMinutes(d, fmt.Sprintf("党组会%d.docx", i+1), u, meeting{"中共安澜县教育局党组会议纪要", dt, "党组书记、局长潘德胜", rectTopic, workBody})
	}
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共安澜县教育局党组巡察整改专题民主生活会会议记录", "2023年7月18日", "党组书记、局长潘德胜", "巡察整改专题民主生活会", dlmBody})
	expected("06", d)
}

// 07: a summary sheet of COUNTIF formulas (its cached 已完成 counts a row
// 已完成整改，待复核销号), the detail sheet, a hidden sheet of drop-down
// values. The report took its done count from the summary.
func c07() {
	d := caseDir("07-countif-hidden-sheet")
	docxFromSource(src("07", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共岚山区卫生健康局党组", "区委第三巡察组（2023年第一轮巡察）", "2023-05-08", "2023-09-15", "2023-09-15", "")
	rs := rows(12, 4)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-08-31", fmt.Sprintf("2023-08-%02d", 2+i)
	}
	rs[5].status, rs[5].deadline, rs[5].completed = "已完成整改，待复核销号", "2023-10-31", ""
	rs[10].status, rs[10].deadline, rs[10].completed, rs[10].evidence = "正在推进", "2023-12-31", "", ""
	f := newBook("汇总")
	_, err := f.NewSheet("明细")
	must(err)
	first := sheet(f, "明细", []string{"岚山区卫生健康局区委巡察反馈问题整改台账（明细）", "填报单位：岚山区卫生健康局                    截至2023年9月10日"},
		[][]string{{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "牵头科室", "完成时限", "完成情况", "完成时间", "佐证资料"}}, nil,
		[]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	last := first + len(rs) - 1
	must(f.SetCellValue("汇总", "A1", "巡察整改完成情况汇总"))
	must(f.MergeCell("汇总", "A1", "B1"))
	must(f.SetCellValue("汇总", "A2", "项目"))
	must(f.SetCellValue("汇总", "B2", "数量"))
	for i, x := range []struct {
		k, formula string
		v          any
	}{
		{"反馈问题总数", fmt.Sprintf("COUNTA(明细!C%d:C%d)", first, last), 12},
		{"已完成", fmt.Sprintf(`COUNTIF(明细!H%d:H%d,"已完成*")`, first, last), 11},
		{"正在推进", fmt.Sprintf(`COUNTIF(明细!H%d:H%d,"正在*")`, first, last), 1},
		{"完成率", "B4/B3", 0.9167},
	} {
		r := i + 3
		must(f.SetCellValue("汇总", cell(1, r), x.k))
		must(f.SetCellValue("汇总", cell(2, r), x.v))
		must(f.SetCellFormula("汇总", cell(2, r), x.formula))
	}
	_, err = f.NewSheet("下拉选项")
	must(err)
	for i, v := range [][2]string{{"进度选项", "科室选项"}, {"已完成", "办公室"}, {"正在推进", "医政医管科"}, {"未完成", "财务科"}, {"已销号", "人事科"}} {
		must(f.SetCellValue("下拉选项", cell(1, i+1), v[0]))
		must(f.SetCellValue("下拉选项", cell(2, i+1), v[1]))
	}
	must(f.SetSheetVisible("下拉选项", false))
	f.SetActiveSheet(0)
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "岚山区卫生健康局"
	docxMinutes(d, "巡察整改动员会纪要.docx", u, meeting{"岚山区卫生健康局巡察整改动员会会议纪要", "2023年5月12日", "党组书记、局长韩立军", "动员部署巡察反馈问题整改工作", workBody})
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共岚山区卫生健康局党组巡察整改专题民主生活会会议记录", "2023年6月28日", "党组书记、局长韩立军", "巡察整改专题民主生活会", dlmBody})
	expected("07", d)
}

// 08: minutes photographed page by page (JPEG and PNG; one meeting over
// two photos, its second page without a title). The report claims five
// party committee meetings; three are on file.
func c08() {
	d := caseDir("08-photographed-minutes")
	docxFromSource(src("08", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共浔阳市生态环境局党组", "市委第一巡察组（2023年第二轮巡察）", "2023-06-05", "2023-09-20", "2023-09-20", "")
	rs := rows(8, 6)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-08-31", fmt.Sprintf("2023-08-%02d", 10+i)
	}
	f := newBook("Sheet1")
	sheet(f, "Sheet1", []string{"浔阳市生态环境局市委巡察反馈问题整改台账"}, [][]string{{"序号", "反馈问题", "整改措施", "责任领导", "责任处室", "整改时限", "整改情况", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "浔阳市生态环境局"
	m1 := meeting{"中共浔阳市生态环境局党组会议纪要", "2023年6月12日", "党组书记、局长邓文涛", rectTopic, workBody[:1]}
	photo(filepath.Join(d, "minutes", "党组会议纪要0612 第1页.jpg"), m1.text(u))
	photo(filepath.Join(d, "minutes", "党组会议纪要0612 第2页.jpg"), "　　"+workBody[1]+"\n　　会议同意《市委巡察反馈意见整改方案》，由办公室印发执行。\n\n                                  第2页")
	photo(filepath.Join(d, "minutes", "IMG_20230801_093215.png"), meeting{"中共浔阳市生态环境局党组会议纪要", "2023年7月31日", "党组书记、局长邓文涛", rectTopic, workBody}.text(u))
	photo(filepath.Join(d, "minutes", "IMG_20230906_101544.png"), meeting{"中共浔阳市生态环境局党组会议纪要", "2023年9月5日", "党组书记、局长邓文涛", rectTopic, workBody}.text(u))
	photo(filepath.Join(d, "minutes", "微信图片_20230817.jpg"), meeting{"中共浔阳市生态环境局党组巡察整改专题民主生活会会议记录", "2023年8月16日", "党组书记、局长邓文涛", "巡察整改专题民主生活会", dlmBody}.text(u))
	expected("08", d)
}

// 09: two of the minutes are phone photos saved as HEIC and WebP (formats
// not read): the meetings rules cannot run. The ledger has a row done after
// its deadline.
func c09() {
	d := caseDir("09-heic-webp-minutes")
	docxFromSource(src("09", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共云溪县水利局党组", "县委第二巡察组（2023年第一轮巡察）", "2023-03-15", "2023-07-31", "2023-07-31", "")
	rs := rows(10, 10)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成，已建立长效机制", "2023-06-30", fmt.Sprintf("2023-06-%02d", 5+i)
	}
	rs[3].completed = "2023-07-10"
	rs[6].status, rs[6].deadline, rs[6].completed, rs[6].evidence = "正在推进，需省级专家组现场评审", "2023-11-30", "", ""
	f := newBook("问题整改台账")
	first := sheet(f, "问题整改台账", []string{"云溪县水利局县委巡察反馈问题整改台账"}, [][]string{{"序号", "具体问题", "整改措施", "责任领导", "责任科室", "整改时限", "完成情况", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	for i, r := range rs {
		must(f.SetCellValue("问题整改台账", cell(6, first+i), day(r.deadline)))
		if r.completed != "" {
			must(f.SetCellValue("问题整改台账", cell(8, first+i), day(r.completed)))
		}
	}
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "云溪县水利局"
	docxMinutes(d, "整改推进会纪要（4月）.docx", u, meeting{"云溪县水利局巡察整改推进会会议纪要", "2023年4月20日", "党组书记、局长冯建国", "推进巡察反馈问题整改", workBody})
	photo(filepath.Join(d, "minutes", "推进会纪要 5月.heic"), meeting{"云溪县水利局巡察整改推进会会议纪要", "2023年5月18日", "党组书记、局长冯建国", "推进巡察反馈问题整改", workBody}.text(u))
	photo(filepath.Join(d, "minutes", "推进会纪要 6月.webp"), meeting{"云溪县水利局巡察整改推进会会议纪要", "2023年6月21日", "党组书记、局长冯建国", "推进巡察反馈问题整改", workBody}.text(u))
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共云溪县水利局党组巡察整改专题民主生活会会议记录", "2023年5月30日", "党组书记、局长冯建国", "巡察整改专题民主生活会", dlmBody})
	expected("09", d)
}

// 10: the ledger is a download cut short (a truncated XLSX) under a name of
// its own; the report, named otherwise too, lists every problem in a 附件.
func c10() {
	d := caseDir("10-truncated-ledger")
	docxFromSource(src("10", "report.txt"), filepath.Join(d, "关于县委巡察反馈意见整改情况的报告 (终稿).docx"))
	caseJSON(d, "中共沅北县文化和旅游局党组", "县委第三巡察组（2023年第一轮巡察）", "2023-04-12", "2023-08-21", "2023-08-21", "")
	rs := rows(11, 2)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-07-31", fmt.Sprintf("2023-07-%02d", 3+i)
	}
	for _, i := range []int{9, 10} {
		rs[i].status, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在整改", "2023-12-31", "", ""
	}
	f := newBook("整改台账")
	sheet(f, "整改台账", nil, [][]string{{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任股室", "完成时限", "整改进度", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	buf, err := f.WriteToBuffer()
	must(err)
	full := buf.Bytes()
	write(filepath.Join(d, "整改台账（8月15日更新）.xlsx"), full[:len(full)*55/100])
	u := "沅北县文化和旅游局"
	docxMinutes(d, "专题会1.docx", u, meeting{"沅北县文化和旅游局巡察整改专题会议纪要", "2023年5月8日", "党组书记、局长谭振华", rectTopic, workBody})
	docxMinutes(d, "专题会2.docx", u, meeting{"沅北县文化和旅游局巡察整改专题会议纪要", "2023年7月11日", "党组书记、局长谭振华", rectTopic, workBody})
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共沅北县文化和旅游局党组巡察整改专题民主生活会会议记录", "2023年6月20日", "党组书记、局长谭振华", "巡察整改专题民主生活会", dlmBody})
	expected("10", d)
}

// 11: the report mixes the round's figures over 14 units with the unit's;
// the accountability sheet merges its 问责方式 cells and holds one person
// fewer than claimed; one minutes file is empty (a WeChat download gone).
func c11() {
	d := caseDir("11-merged-accountability")
	docxFromSource(src("11", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共临江县财政局党组", "县委第一巡察组（2023年第一轮巡察）", "2023-04-25", "2023-09-12", "2023-09-12", "")
	rs := rows(13, 1)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已完成", "2023-08-31", fmt.Sprintf("2023-08-%02d", 5+i)
	}
	f := newBook("问题整改台账")
	sheet(f, "问题整改台账", []string{"临江县财政局巡察反馈问题整改台账"}, [][]string{{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任股室", "整改时限", "整改状态", "完成时间", "佐证材料"}}, nil,
		[]string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}, rs, nil)
	_, err := f.NewSheet("问责情况")
	must(err)
	must(f.SetCellValue("问责情况", "A1", "巡察移交问题问责情况表"))
	must(f.MergeCell("问责情况", "A1", "F1"))
	for r, vals := range [][]string{
		{"序号", "姓名", "职务", "问责方式", "问责时间", "备注"},
		{"1", "王某某", "预算股原股长", "党纪处分（党内警告）", "2023-07-14", ""},
		{"2", "李某某", "国库支付中心副主任", "政务处分（记过）", "2023-07-14", ""},
		{"3", "赵某某", "综合股副股长", "诫勉", "2023-06-30", ""},
		{"4", "钱某某", "农业股干部", "", "2023-06-30", ""},
		{"5", "孙某某", "行政政法股干部", "通报批评", "2023-06-09", ""},
		{"6", "周某某", "会计核算中心干部", "", "2023-06-09", ""},
	} {
		for c, v := range vals {
			if v != "" {
				must(f.SetCellValue("问责情况", cell(c+1, r+2), v))
			}
		}
	}
	must(f.MergeCell("问责情况", "D5", "D6"))
	must(f.MergeCell("问责情况", "D7", "D8"))
	_, err = f.NewSheet("制度建设")
	must(err)
	for r, vals := range [][]string{
		{"序号", "制度名称", "新建/修订", "印发时间"},
		{"1", "临江县财政局预算绩效管理办法", "新建", "2023-06-15"},
		{"2", "临江县财政局政府采购内部控制规程", "新建", "2023-06-15"},
		{"3", "临江县财政局财政资金支付审核细则", "新建", "2023-07-03"},
		{"4", "临江县财政局国有资产处置管理办法", "新建", "2023-07-03"},
		{"5", "临江县财政局干部谈心谈话制度", "新建", "2023-07-20"},
		{"6", "临江县财政局“三重一大”决策制度实施细则", "修订", "2023-06-01"},
		{"7", "临江县财政局公务接待管理规定", "修订", "2023-06-01"},
		{"8", "临江县财政局财务报销管理规定", "修订", "2023-07-20"},
	} {
		for c, v := range vals {
			must(f.SetCellValue("制度建设", cell(c+1, r+1), v))
		}
	}
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "临江县财政局"
	docxMinutes(d, "党组会议纪要(1).docx", u, meeting{"中共临江县财政局党组会议纪要", "2023年5月9日", "党组书记、局长毛建平", rectTopic, workBody})
	docxMinutes(d, "党组会议纪要(2).docx", u, meeting{"中共临江县财政局党组会议纪要", "2023年6月20日", "党组书记、局长毛建平", rectTopic, workBody})
	write(filepath.Join(d, "minutes", "党组会议纪要(3).docx"), nil)
	docxMinutes(d, "专题民主生活会.docx", u, meeting{"中共临江县财政局党组巡察整改专题民主生活会会议记录", "2023年7月6日", "党组书记、局长毛建平", "巡察整改专题民主生活会", dlmBody})
	expected("11", d)
}

// 12: figures by aspect in text and in a table; an earlier round's figure
// in the text and an earlier round's sheet (已销号) in the ledger; money;
// minutes titled by the body (局党组2023年第5次会议纪要), two of them in one
// file, one about something else; case.json names a file that is not there.
func c12() {
	d := caseDir("12-body-titled-minutes")
	docxFromSource(src("12", "report.txt"), filepath.Join(d, "report.docx"))
	caseJSON(d, "中共渠安市住房和城乡建设局党组", "市委第二巡察组（2023年第一轮巡察）", "2023-04-20", "2023-09-06", "2023-09-06",
		",\n  \"files\": [\"report.docx\", \"ledger.xlsx\", \"evidence/制度汇编.pdf\"]")
	rs := rows(17, 0)
	for i := range rs {
		rs[i].status, rs[i].deadline, rs[i].completed = "已销号", "2023-08-31", fmt.Sprintf("2023-08-%02d", 1+i)
	}
	for _, i := range []int{8, 13} {
		rs[i].status, rs[i].deadline, rs[i].completed, rs[i].evidence = "正在整改", "2023-12-31", "", ""
	}
	old := rows(6, 9)
	for i := range old {
		old[i].status, old[i].deadline, old[i].completed = "已销号", "2020-12-31", fmt.Sprintf("2020-11-%02d", 2+i)
	}
	fields := []string{"no", "cat", "title", "measure", "leader", "dept", "deadline", "status", "completed", "evidence"}
	header := [][]string{{"序号", "问题类别", "问题表现", "整改措施", "责任领导", "责任单位", "整改时限", "销号情况", "销号时间", "佐证材料"}}
	f := newBook("本轮巡察问题台账")
	sheet(f, "本轮巡察问题台账", []string{"渠安市住房和城乡建设局市委第二巡察组反馈问题整改台账"}, header, nil, fields, rs, nil)
	_, err := f.NewSheet("上轮巡察问题台账（已销号）")
	must(err)
	sheet(f, "上轮巡察问题台账（已销号）", []string{"2020年市委巡察反馈问题整改台账（已全部销号）"}, header, nil, fields, old, nil)
	save(f, filepath.Join(d, "ledger.xlsx"))
	u := "渠安市住房和城乡建设局"
	h := "党组书记、局长曾国栋"
	docxMinutes(d, "局党组2023年第5次会议纪要.docx", u, meeting{"局党组2023年第5次会议纪要", "2023年5月4日", h, rectTopic, workBody})
	docxMinutes(d, "局党组2023年第6次会议纪要.docx", u, meeting{"局党组2023年第6次会议纪要", "2023年5月25日", h, "研究汛期安全生产和城市防涝工作",
		[]string{"会议听取了城建科关于汛期城市防涝准备情况的汇报。", "会议要求各科室落实汛期值班制度，加强在建工地安全巡查。"}})
	docxMinutes(d, "局党组2023年第7次会议纪要.docx", u, meeting{"局党组2023年第7次会议纪要", "2023年6月8日", h, rectTopic, workBody})
	docxMinutes(d, "局党组会议纪要（7-8月）.docx", u,
		meeting{"局党组2023年第9次会议纪要", "2023年7月13日", h, rectTopic, workBody},
		meeting{"局党组2023年第11次会议纪要", "2023年8月24日", h, rectTopic, workBody})
	docxMinutes(d, "领导班子专题民主生活会.docx", u, meeting{"局领导班子巡察整改专题民主生活会会议记录", "2023年6月29日", h, "巡察整改专题民主生活会", dlmBody})
	expected("12", d)
}
