package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// prob is one problem of a ledger: its title and what the row says of it.
type prob struct {
	title, cat, measure, leader, dept string
	deadline, status, done, evidence  string
	note, source                      string
}

var current = []struct{ cat, title string }{
	{"政治建设", "学习贯彻党的二十大精神不够深入"},
	{"政治建设", "落实意识形态工作责任制不到位"},
	{"政治建设", "“三重一大”决策制度执行不严格"},
	{"政治建设", "党组议事规则执行不规范"},
	{"组织建设", "基层党支部“三会一课”记录不完整"},
	{"组织建设", "发展党员程序不规范"},
	{"组织建设", "干部选拔任用纪实材料不全"},
	{"组织建设", "干部交流轮岗制度落实不到位"},
	{"作风建设", "公务接待审批手续不完备"},
	{"作风建设", "公务用车使用登记不规范"},
	{"业务管理", "专项资金拨付进度滞后"},
	{"业务管理", "政府采购项目验收把关不严"},
	{"业务管理", "工程项目变更签证管理混乱"},
	{"业务管理", "国有资产出租未按规定公开招租"},
	{"财务管理", "往来款项长期挂账未清理"},
	{"财务管理", "违规发放津贴补贴"},
	{"财务管理", "合同管理台账缺失"},
	{"全面从严治党", "内部审计监督作用发挥不够"},
	{"全面从严治党", "廉政风险防控措施落实不到位"},
	{"作风建设", "窗口服务“吃拿卡要”问题整治不彻底"},
	{"业务管理", "信访件办理回复不及时"},
	{"业务管理", "执法案卷归档不规范"},
	{"业务管理", "行政审批事项超时办理"},
	{"组织建设", "档案管理不规范"},
	{"业务管理", "网络安全管理制度不健全"},
	{"作风建设", "办公用房超标准配置"},
	{"财务管理", "工会经费使用不规范"},
}

var earlier = []struct{ cat, title string }{
	{"政治建设", "理论学习中心组学习制度落实不严格"},
	{"全面从严治党", "党风廉政建设主体责任压得不实"},
	{"作风建设", "机关食堂管理不规范"},
	{"财务管理", "固定资产账实不符"},
	{"财务管理", "会议费列支不规范"},
	{"财务管理", "差旅费报销审核不严"},
	{"全面从严治党", "“一岗双责”落实不到位"},
	{"组织建设", "选人用人程序不规范"},
	{"组织建设", "党员组织关系管理混乱"},
	{"业务管理", "项目资金闲置"},
	{"组织建设", "档案归档不及时"},
	{"全面从严治党", "廉政谈话开展不经常"},
	{"业务管理", "保密管理制度执行不严"},
	{"财务管理", "财务票据管理不规范"},
	{"财务管理", "办公用品采购未比价"},
	{"组织建设", "临聘人员管理不规范"},
	{"财务管理", "工程款支付审核不严"},
}

var leaders = []string{"许明哲", "副局长周启", "副局长陈淑宁", "党组成员、副局长韩涛", "纪检监察组组长罗文"}
var depts = []string{"办公室", "人事科", "财务科", "机关党委", "法规科", "规划建设科", "行政审批科"}

// round fills n problems of a pool from index from: status gives the
// status of the i-th (0-based), "" meaning done.
func round(pool []struct{ cat, title string }, from, n int, year string, status func(i int) (st, deadline, done string)) []prob {
	var ps []prob
	doneWords := []string{"已完成", "已完成，已建立长效机制", "已整改到位", "已完成"}
	evid := []string{"《整改落实情况说明》及会议记录", "印发文件（〔%s〕%d号）", "整改前后对比照片、台账", "清退凭证及财务记账凭证"}
	for i := 0; i < n; i++ {
		p := pool[(from+i)%len(pool)]
		st, dl, dn := status(i)
		e := ""
		if st == "" {
			st = doneWords[i%len(doneWords)]
			e = evid[i%len(evid)]
			if i%len(evid) == 1 {
				e = fmt.Sprintf(e, year, 10+i)
			}
		}
		if dl == "" {
			dl = year + ".9.30"
		}
		if dn == "" && (st == "已完成" || st == "已完成，已建立长效机制" || st == "已整改到位" || st == "已销号") {
			dn = fmt.Sprintf("%s.%d.%d", year, 6+i%3, 5+i)
		}
		ps = append(ps, prob{
			title: p.title, cat: p.cat + "方面",
			measure:  fmt.Sprintf("制定《关于%s的整改方案》，明确%s年%d月底前完成，逐项建立清单", p.title, year, 7+i%3),
			leader:   leaders[i%len(leaders)],
			dept:     depts[i%len(depts)],
			deadline: dl, status: st, done: dn, evidence: e,
		})
	}
	return ps
}

// allDone is a status function for a round whose problems are all done.
func allDone(int) (string, string, string) { return "", "", "" }

// cols are the column kinds a ledger sheet is written with, by header.
func cell(p prob, i int, header string) string {
	switch header {
	case "序号", "编号":
		return strconv.Itoa(i + 1)
	case "问题类别":
		return p.cat
	case "具体问题", "问题描述", "反馈问题", "问题":
		return p.title
	case "整改目标":
		return "问题整改到位，建立长效机制"
	case "整改措施":
		return p.measure
	case "责任领导", "牵头领导":
		return p.leader
	case "责任单位", "牵头科室", "责任部门":
		return p.dept
	case "配合单位":
		return "办公室"
	case "完成时限", "整改时限":
		return p.deadline
	case "整改进度", "整改进展", "销号情况", "整改状态", "完成情况", "目前进展":
		return p.status
	case "完成时间":
		return p.done
	case "佐证资料", "佐证材料":
		return p.evidence
	case "备注":
		return p.note
	case "来源":
		return p.source
	}
	panic("no column " + header)
}

// grid is a sheet as rows of cells, with merged ranges.
type grid struct {
	name   string
	rows   [][]string
	merges []string
	rowOf  map[int]int // problem number → spreadsheet row
}

// problems lays out a problems sheet: a merged title, the header (one row,
// or two when sub is given: sub holds the second row's cells, "" under a
// header that spans both rows), the rows, a footer.
func problems(name, title string, header, sub []string, ps []prob, footer string, blankAfter int) grid {
	g := grid{name: name, rowOf: map[int]int{}}
	last := string(rune('A' + len(header) - 1))
	g.rows = append(g.rows, []string{title})
	g.merges = append(g.merges, "A1:"+last+"1")
	g.rows = append(g.rows, header)
	if sub != nil {
		g.rows = append(g.rows, sub)
		for j := range header {
			col := string(rune('A' + j))
			if sub[j] == "" {
				g.merges = append(g.merges, col+"2:"+col+"3")
			}
		}
	}
	for i, p := range ps {
		var r []string
		for j, h := range header {
			if sub != nil && sub[j] != "" {
				h = sub[j]
			}
			r = append(r, cell(p, i, h))
		}
		g.rows = append(g.rows, r)
		g.rowOf[i+1] = len(g.rows)
		if i+1 == blankAfter {
			g.rows = append(g.rows, []string{""})
		}
	}
	if footer != "" {
		g.rows = append(g.rows, []string{""}, []string{footer})
	}
	return g
}

func writeXLSX(path string, sheets ...grid) {
	f := excelize.NewFile()
	for i, g := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", g.name))
		} else {
			_, err := f.NewSheet(g.name)
			must(err)
		}
		for r, row := range g.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(f.SetCellStr(g.name, ref, v))
			}
		}
		for _, m := range g.merges {
			must(f.MergeCell(g.name, m[:len(m)/2], m[len(m)/2+1:]))
		}
		for n, r := range g.rowOf {
			fmt.Printf("%s %s 序号%d → 第%d行\n", filepath.Base(filepath.Dir(path)), g.name, n, r)
		}
	}
	must(f.SaveAs(path))
}

func status(m map[int][3]string) func(int) (string, string, string) {
	return func(i int) (string, string, string) {
		s := m[i+1]
		return s[0], s[1], s[2]
	}
}

var std = []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "完成时间", "佐证资料"}

var ledgers = map[string]func(dst string){
	"01-shuiwu-huitoukan-clean": func(dst string) {
		cur := round(current, 0, 12, "2024", status(map[int][3]string{
			5:  {"正在推进，预计年底前完成", "2024年12月底", ""},
			11: {"正在推进，已完成阶段性目标", "2024/12/31", ""},
		}))
		old := round(earlier, 0, 9, "2021", allDone)
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("本轮", "澄阳市水务局巡察反馈问题整改台账（2024年）", std, nil, cur, "填表人：王某某    审核人：李某某    填报时间：2024年8月15日", 0),
			problems("上轮（已销号）", "澄阳市水务局2021年巡察反馈问题整改台账", std, nil, old, "", 0))
	},
	"02-linye-shanglun-first-clean": func(dst string) {
		h := []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况", "", ""}
		s := []string{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料"}
		cur := round(current, 3, 18, "2024", status(map[int][3]string{
			4:  {"持续推进", "长期坚持", ""},
			9:  {"正在整改", "2024/12/31", ""},
			13: {"正在整改，预计11月底完成", "2024/12/31", ""},
			17: {"长期坚持，持续推进", "长期坚持", ""},
		}))
		old := round(earlier, 0, 15, "2021", allDone)
		g1 := problems("2021年巡察", "鹭山县林业局2021年县委巡察反馈问题整改台账", h, s, old, "", 0)
		g2 := problems("2024年巡察", "鹭山县林业局2024年县委巡察反馈问题整改台账", h, s, cur, "", 0)
		g1.merges = append(g1.merges, "H2:J2")
		g2.merges = append(g2.merges, "H2:J2")
		writeXLSX(filepath.Join(dst, "ledger.xlsx"), g1, g2)
	},
	"03-minzheng-daixiaohao": func(dst string) {
		h := []string{"序号", "具体问题", "问题类别", "责任单位", "责任领导", "整改措施", "完成时限", "销号情况", "佐证资料", "完成时间"}
		m := map[int][3]string{
			6:  {"已完成，待销号", "2024-09-30", "2024-08-02"},
			15: {"已完成整改，待市委巡察办复核后销号", "2024-09-30", "2024-08-09"},
		}
		for _, n := range []int{3, 9, 12, 18} {
			m[n] = [3]string{"正在整改", "2024/11/30", ""}
		}
		cur := round(current, 5, 20, "2024", status(m))
		for i := range cur {
			if cur[i].status == "已完成" || cur[i].status == "已整改到位" || cur[i].status == "已完成，已建立长效机制" {
				cur[i].status = "已销号"
			}
			if i+1 == 6 || i+1 == 15 {
				cur[i].evidence = "整改材料已报送"
			}
		}
		old := round(earlier, 4, 10, "2021", allDone)
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("本轮巡察问题", "澄阳市民政局市委巡察反馈问题整改台账", h, nil, cur, "", 0),
			problems("上轮巡察问题", "澄阳市民政局2021年巡察反馈问题整改台账（已全部销号）", h, nil, old, "", 0))
	},
	"04-weijian-beizhu-gbk": func(dst string) {
		cur := round(current, 8, 12, "2024", status(map[int][3]string{
			4:  {"正在推进，预计9月底前完成", "2024.6.30", ""},
			10: {"正在推进，预计年底前完成", "2024年12月底", ""},
			12: {"正在推进，已完成招标", "2024年12月底", ""},
		}))
		old := round(earlier, 9, 3, "2024", status(map[int][3]string{2: {"长期坚持，持续整改", "长期坚持", ""}}))
		ps := append(cur, old...)
		for i := range ps {
			ps[i].source = "2024年县委巡察"
			if i >= 12 {
				ps[i].source = "2021年巡察回头看遗留"
			}
			ps[i].note = ps[i].status
			if ps[i].done != "" {
				ps[i].note += "（" + ps[i].done + "完成）"
			}
			if i+1 == 7 {
				ps[i].evidence = ""
			}
		}
		h := []string{"序号", "来源", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "完成时限", "佐证资料", "备注"}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		must(w.Write([]string{"栎川县卫生健康局巡察整改台账（含上轮遗留问题）"}))
		must(w.Write(h))
		line := 2
		for i, p := range ps {
			var r []string
			for _, c := range h {
				r = append(r, cell(p, i, c))
			}
			must(w.Write(r))
			line++
			fmt.Printf("04 ledger.csv 序号%d → 第%d行\n", i+1, line)
			if i+1 == 12 {
				must(w.Write(make([]string, len(h))))
				line++
			}
		}
		must(w.Write([]string{"说明：1.本台账由局办公室汇总；2.上轮遗留问题为2024年“回头看”发现未整改到位事项。填表人：周某某"}))
		w.Flush()
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes(buf.Bytes())
		must(err)
		must(os.WriteFile(filepath.Join(dst, "ledger.csv"), b, 0o644))
	},
	"05-chengguan-jiyao-huibian": func(dst string) {
		h := []string{"编号", "问题类别", "反馈问题", "整改措施", "牵头领导", "牵头科室", "整改时限", "整改进展", "完成时间", "佐证材料"}
		cur := round(current, 10, 14, "2024", status(map[int][3]string{
			2:  {"正在推进", "2024-12-31", ""},
			13: {"正在推进", "2024-12-31", ""},
		}))
		writeXLSX(filepath.Join(dst, "ledger.xlsx"), problems("整改台账", "蓼源区城市管理局区委巡察反馈问题整改台账", h, nil, cur, "", 6))
	},
	"06-shenji-paizhao-clean": func(dst string) {
		cur := round(current, 14, 10, "2024", allDone)
		old := round(earlier, 2, 8, "2021", allDone)
		old[5].note = "2024年回头看发现反弹，已纳入本轮问题清单第9项"
		h := append(append([]string{}, std...), "备注")
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("问题清单", "澄阳市审计局市委巡察反馈问题整改清单", h, nil, cur, "", 0),
			problems("上轮问题回头看", "澄阳市审计局2021年巡察问题整改“回头看”情况", h, nil, old, "", 0))
	},
	"07-jiaotong-lunci-rate": func(dst string) {
		h := []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改状态", "完成时间", "佐证材料"}
		m := map[int][3]string{}
		for _, n := range []int{2, 7, 11, 16, 22} {
			m[n] = [3]string{"正在整改", "2024-12-31", ""}
		}
		cur := round(current, 0, 24, "2024", status(m))
		old := round(earlier, 0, 17, "2021", allDone)
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("第一轮", "鹭山县交通运输局第一轮巡察反馈问题整改台账", h, nil, old, "", 0),
			problems("第二轮", "鹭山县交通运输局第二轮巡察反馈问题整改台账", h, nil, cur, "", 0))
	},
	"08-jiaoyu-webp-incomplete": func(dst string) {
		h := []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "完成情况", "完成时间", "佐证材料"}
		cur := round(current, 6, 16, "2024", status(map[int][3]string{
			3:  {"正在推进", "2024/12/31", ""},
			8:  {"正在推进", "2024/12/31", ""},
			14: {"正在推进", "2024/12/31", ""},
		}))
		sum := grid{name: "汇总", rows: [][]string{
			{"澄阳市教育局巡察反馈问题整改情况汇总表"},
			{"问题类别", "问题数（个）", "已完成（个）", "正在推进（个）"},
			{"组织建设方面", "2", "2", "0"},
			{"作风建设方面", "3", "1", "2"},
			{"业务管理方面", "6", "5", "1"},
			{"财务管理方面", "3", "3", "0"},
			{"全面从严治党方面", "2", "2", "0"},
			{"合计", "16", "13", "3"},
		}, merges: []string{"A1:D1"}}
		acc := grid{name: "问责情况", rows: [][]string{
			{"巡察整改问责情况表"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "张某某", "原财务科科长", "党纪处分（党内警告）", "2024-06-28"},
			{"2", "李某某", "某中学副校长", "诫勉", "2024-07-05"},
			{"3", "王某某", "某中学总务主任", "", "2024-07-05"},
			{"4", "赵某某", "基建科副科长", "通报批评", "2024-07-12"},
			{"5", "钱某某", "基建科工作人员", "", "2024-07-12"},
		}, merges: []string{"A1:E1", "D4:D5", "D6:D7"}}
		writeXLSX(filepath.Join(dst, "ledger.xlsx"), sum,
			problems("明细", "澄阳市教育局巡察反馈问题整改明细台账", h, nil, cur, "", 0), acc)
	},
	"09-shijian-taizhang-sunhuai": func(dst string) {
		cur := round(current, 2, 15, "2024", status(map[int][3]string{
			5:  {"正在推进", "2024/12/31", ""},
			12: {"正在推进", "2024/12/31", ""},
		}))
		tmp := filepath.Join(dst, "ledger.tmp.xlsx")
		writeXLSX(tmp, problems("问题台账", "鹭山县市场监督管理局巡察整改台账", std, nil, cur, "", 0))
		b, err := os.ReadFile(tmp)
		must(err)
		must(os.Remove(tmp))
		// the upload broke off: the workbook's zip is cut before its central directory
		must(os.WriteFile(filepath.Join(dst, "ledger.xlsx"), b[:len(b)*3/5], 0o644))
		old := round(earlier, 5, 12, "2021", allDone)
		writeXLSX(filepath.Join(dst, "上轮台账（2021年）.xlsx"), problems("问题台账", "鹭山县市场监督管理局2021年巡察整改台账", std, nil, old, "", 0))
	},
	"10-zhujian-jiami-jiyao": func(dst string) {
		h := []string{"序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限", "完成情况", "佐证材料", "备注"}
		cur := round(current, 0, 21, "2024", status(map[int][3]string{
			4:  {"正在整改", "2024/12/31", ""},
			11: {"正在整改", "2024/12/31", ""},
			19: {"正在整改", "2024/12/31", ""},
		}))
		g := grid{name: "本轮巡察整改台账", rowOf: map[int]int{}, merges: []string{"A1:I1"}}
		g.rows = append(g.rows, []string{"蓼源区住房和城乡建设局区委巡察反馈问题整改台账"}, h)
		sections := map[int]string{0: "一、政治建设方面（7个）", 7: "二、党的建设方面（8个）", 15: "三、全面从严治党方面（6个）"}
		for i, p := range cur {
			if s, ok := sections[i]; ok {
				g.rows = append(g.rows, []string{s})
				r := len(g.rows)
				g.merges = append(g.merges, fmt.Sprintf("A%d:I%d", r, r))
			}
			var row []string
			for _, c := range h {
				row = append(row, cell(p, i, c))
			}
			g.rows = append(g.rows, row)
			g.rowOf[i+1] = len(g.rows)
		}
		writeXLSX(filepath.Join(dst, "ledger.xlsx"), g)
	},
	"11-keji-zhuxiang-zhuangtai": func(dst string) {
		h := []string{"序号", "具体问题", "整改目标", "整改措施", "责任领导", "责任单位", "配合单位", "完成时限", "目前进展", "佐证资料"}
		cur := round(keji, 0, 8, "2024", status(map[int][3]string{
			3: {"正在推进，预计2024年12月底前完成", "2024/12/31", ""},
		}))
		old := round(earlier, 11, 6, "2021", allDone)
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("本轮", "澄阳市科学技术局市委巡察反馈问题整改台账", h, nil, cur, "", 0),
			problems("上轮（2021年）", "澄阳市科学技术局2021年巡察整改台账", h, nil, old, "", 0))
	},
	"12-caizheng-xiansuo-zhidu": func(dst string) {
		cur := round(current, 16, 10, "2024", status(map[int][3]string{
			4: {"正在推进", "2024/12/31", ""},
			9: {"正在推进", "长期坚持", ""},
		}))
		clues := grid{name: "问题线索", rows: [][]string{
			{"县委第五巡察组移交问题线索办理情况"},
			{"线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"XC2024-01", "王某某", "反映某股室负责人违规报销差旅费", "2024-05-06", "县纪委监委第二监督检查室", "谈话函询", "2024-07-20", "已办结"},
			{"XC2024-02", "刘某某", "反映某中心违规发放加班补贴", "2024-05-06", "", "初步核实后了结", "2024-06-28", "已办结"},
			{"XC2024-03", "孙某某", "反映某项目评审中收受礼金", "2024-05-06", "", "初步核实，予以了结", "2024-06-15", "已办结"},
			{"XC2024-04", "郑某某", "反映财政专项资金拨付中优亲厚友", "2024-05-20", "县纪委监委第四监督检查室", "初步核实", "", "正在核查"},
		}, merges: []string{"A1:H1", "E3:E5"}}
		rules := grid{name: "制度建设", rows: [][]string{
			{"巡察整改制度建设情况"},
			{"序号", "制度名称", "类别", "印发时间"},
			{"1", "《鹭山县财政局党组议事规则》", "修订", "2024-05-28"},
			{"2", "《鹭山县财政局财政专项资金拨付管理办法》", "新建", "2024-06-05"},
			{"3", "《鹭山县财政局政府采购内部控制规程》", "新建", "2024-06-05"},
			{"4", "《鹭山县财政局公务接待管理规定》", "修订", "2024-06-19"},
			{"5", "《鹭山县财政局往来款项清理办法》", "新建", "2024-07-02"},
			{"6", "《鹭山县财政局干部轮岗交流实施细则》", "新建", "2024-07-02"},
			{"7", "《鹭山县财政局内部审计工作规定》", "修订", "2024-07-16"},
			{"8", "《鹭山县财政局合同管理办法》", "新建", "2024-07-30"},
		}, merges: []string{"A1:D1"}}
		writeXLSX(filepath.Join(dst, "ledger.xlsx"),
			problems("问题整改", "鹭山县财政局县委巡察反馈问题整改台账", std, nil, cur, "", 0), clues, rules)
	},
}

// keji are the problems case 11's report lists one by one.
var keji = []struct{ cat, title string }{
	{"政治建设", "科技创新政策宣传解读不到位"},
	{"政治建设", "党组理论学习中心组学习流于形式"},
	{"业务管理", "科技计划项目立项评审把关不严"},
	{"业务管理", "科研经费结题审计走过场"},
	{"财务管理", "违规向项目承担单位收取评审费"},
	{"组织建设", "机关党支部组织生活不规范"},
	{"全面从严治党", "高新技术企业认定服务中廉政风险防控薄弱"},
	{"作风建设", "帮扶企业“一企一策”落实不到位"},
}
