package main

import (
	"os"
	"path/filepath"
	"strings"
)

func case05() {
	d := dir("05-liushu-zhen-ods-ledger")
	caseJSON(d, "中共青溪县柳树镇委员会", "县委第一巡察组（2023年第二轮巡察）", "2023-06-12", "2023-09-08", "2023-09-08")
	fromHTML(plainPage(readSrc("05.txt")), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
	ps := build(spec{idx: []int{1, 2, 5, 6, 7, 9, 10, 13, 15, 17, 20, 23, 24}, leaders: townLeaders,
		depts:     []string{"党政办", "石门村", "纪委", "柳溪村", "农业农村办", "应急办", "组织办", "各村"},
		deadlines: []string{"立行立改", "2023.8.31", "2023/7/31", "2023年8月底"},
		done:      doneWords, evidence: "佐证材料%d"})
	ps[7].status, ps[7].deadline = "正在推进，预计10月底前安装到位", "2023.10.31"
	ps[11].status, ps[11].deadline = "持续推进", "长期坚持"
	tmp, err := os.MkdirTemp("", "casesaj05")
	must(err)
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	writeXLSX(x, probSheet("整改台账", "柳树镇巡察反馈问题整改台账",
		layout("序号=no", "问题类别=cat", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "完成时限=deadline", "整改进展=status", "佐证材料=evidence"), ps))
	office(x, "ods", "", filepath.Join(d, "ledger.ods"))
	h := "镇党委书记 柯永平"
	m1 := townMeeting("柳树镇", "15", "2023年6月20日上午9:00", h, topicsA...)
	m2 := townMeeting("柳树镇", "17", "2023年7月18日上午9:00", h, topicsB...)
	write(filepath.Join(d, "minutes", "2023年6-7月党委会议纪要汇编.txt"), m1.text()+"\n\n"+m2.text())
	writeMinutes(d, map[string]meeting{"2023-08-22党委会议.txt": townMeeting("柳树镇", "20", "2023年8月22日下午2:30", h, topicsC...)})
	fromText(dlm("柳树镇", "2023年7月27日上午8:30", h).text(), "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "专题民主生活会记录.docx"))
}

func case06() {
	d := dir("06-huayuan-jiedao-doc-partsum")
	caseJSON(d, "中共梅溪县花园街道工作委员会", "县委第四巡察组（2023年第一轮巡察）", "2023-05-30", "2023-09-05", "2023-09-05")
	t, rest := title(readSrc("06.txt"))
	page := strings.ReplaceAll(sitePage(t, paras(rest), "梅溪县花园街道办事处"), "{{date}}", "2023-09-05 17:30")
	write(filepath.Join(d, "report.doc"), mhtml(page, "http://oa.example.gov.cn/hyjd/doc/2023/0905/tb.html"))
	ps := build(spec{idx: []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, leaders: streetLeaders,
		depts:     []string{"党政办", "花园社区", "纪工委", "玉兰社区", "经济发展办", "城管中队", "组织办", "各社区", "社会事务办"},
		deadlines: []string{"立行立改", "2023.7.31", "2023/8/15", "2023年8月底"},
		done:      doneWords, evidence: "街道巡察整改办验收单（编号%d）"})
	ps[4].status, ps[4].deadline, ps[4].evidence = "正在推进，预计2023年11月底前完成", "2023.11.30", ""
	ps[12].status, ps[12].deadline, ps[12].evidence = "持续推进", "长期坚持", ""
	ps[7].leader = ""
	cur := probSheet("本轮巡察问题整改台账", "花园街道县委第四巡察组反馈问题整改台账",
		layout("序号=no", "问题类别=cat", "具体问题=text", "责任领导=leader", "责任单位=dept", "整改措施=measure", "完成时限=deadline", "整改情况=status", "佐证材料=evidence"), ps)
	old := build(spec{idx: []int{21, 22, 23, 24, 1, 2}, leaders: streetLeaders,
		depts: []string{"党政办", "花园社区", "综治中心"}, deadlines: []string{"2021.6.30", "2021/9/30"},
		done: []string{"已销号"}, evidence: "2021年整改销号材料%d"})
	prev := probSheet("上轮巡察问题（已销号）", "花园街道上轮巡察反馈问题整改台账（2021年）",
		layout("序号=no", "问题类别=cat", "具体问题=text", "责任领导=leader", "责任单位=dept", "整改措施=measure", "完成时限=deadline", "整改情况=status", "佐证材料=evidence"), old)
	writeXLSX(filepath.Join(d, "ledger.xlsx"), cur, prev)
	h := "党工委书记 何振宇"
	sm := func(no, when string, topics ...string) meeting {
		m := townMeeting("花园街道工作", no, when, h, topics...)
		m.place, m.attend = "街道五楼会议室", "街道党工委委员"
		return m
	}
	writeMinutes(d, map[string]meeting{
		"党工委会议0606.txt": sm("11", "2023年6月6日上午9:00", topicsA...),
		"党工委会议0815.txt": sm("15", "2023年8月15日上午9:00", topicsC...),
		"民主生活会0720.txt": dlm("花园街道工作", "2023年7月20日上午8:30", h),
	})
	fromText(sm("13", "2023年7月4日下午2:30", topicsB...).text(), "docx:MS Word 2007 XML", filepath.Join(d, "minutes", "党工委会议0704.docx"))
}

func twoRowLayout(lay []column, groupFrom int, group string) [][]string {
	var top, sub []string
	for i, c := range lay {
		if i < groupFrom {
			top = append(top, c.head)
			sub = append(sub, "")
		} else {
			if i == groupFrom {
				top = append(top, group)
			} else {
				top = append(top, "")
			}
			sub = append(sub, c.head)
		}
	}
	return [][]string{top, sub}
}

// twoRowMerges merges the single headers down over both header rows (rows
// 2 and 3) and the group header across its columns.
func twoRowMerges(n, groupFrom int) [][2]string {
	var out [][2]string
	col := func(i int) string { return string(rune('A' + i)) }
	for i := 0; i < groupFrom; i++ {
		out = append(out, [2]string{col(i) + "2", col(i) + "3"})
	}
	out = append(out, [2]string{col(groupFrom) + "2", col(n-1) + "2"})
	return out
}

func case07() {
	d := dir("07-nanshan-zhen-docx-table-clean")
	caseJSON(d, "中共青溪县南山镇委员会", "县委第二巡察组（2023年第一轮巡察）", "2023-04-11", "2023-07-07", "2023-07-07")
	fromHTML(plainPage(readSrc("07.txt")), "docx:MS Word 2007 XML", filepath.Join(d, "report.docx"))
	ps := build(spec{idx: []int{1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22}, leaders: townLeaders,
		depts:     []string{"党政办", "南山村", "纪委", "下洋村", "农业农村办", "财政所", "组织办", "各村", "综治中心", "石塘村", "社会事务办"},
		deadlines: []string{"2023.6.30", "立行立改", "2023/5/31", "2023年6月底"},
		done:      doneWords, evidence: "南山镇整改佐证第%d号"})
	comp := []string{"2023.6.21", "2023.4.26", "2023/5/25", "2023.6.16"}
	for i := range ps {
		ps[i].completed = comp[i%4]
	}
	for _, i := range []int{9, 10, 15, 20} {
		ps[i].status, ps[i].completed, ps[i].evidence = "正在推进，预计2023年年底前完成", "", ""
		ps[i].deadline = "2023年12月31日"
	}
	ps[15].status, ps[15].deadline = "持续推进，需长期坚持", "长期坚持"
	ps[20].status, ps[20].deadline = "持续推进，需长期坚持", "长期坚持"
	lay := layout("序号=no", "问题类别=cat", "具体问题=text", "整改措施=measure", "责任领导=leader", "责任单位=dept", "完成时限=deadline", "目前进展=status", "完成时间=completed", "佐证资料=evidence")
	s := probSheet("整改台账", "南山镇县委巡察反馈问题整改台账", lay, ps)
	s.headers = twoRowLayout(lay, 7, "整改情况")
	s.merges = twoRowMerges(len(lay), 7)
	s.footer = []string{"说明：“目前进展”截至2023年7月5日，由镇巡察整改办每周更新。", "填表人：党政办 叶某某　　审核：吴晓燕"}
	writeXLSX(filepath.Join(d, "ledger.xlsx"), s)
	h := "镇党委书记 蒋海峰"
	writeMinutes(d, map[string]meeting{
		"1.txt":       townMeeting("南山镇", "8", "2023年4月18日上午9:00", h, topicsA...),
		"2.txt":       townMeeting("南山镇", "9", "2023年5月9日上午9:00", h, topicsB...),
		"4.txt":       townMeeting("南山镇", "12", "2023年6月27日下午3:00", h, topicsC...),
		"民主生活会记录.txt": dlm("南山镇", "2023年5月25日上午8:30", h),
	})
	tmp := filepath.Join(d, "minutes", "3.png")
	photo(townMeeting("南山镇", "10", "2023年6月6日上午9:00", h, topicsD...).text(), tmp)
	cmdConvert(tmp, filepath.Join(d, "minutes", "3.jpg"))
	must(os.Remove(tmp))
}
