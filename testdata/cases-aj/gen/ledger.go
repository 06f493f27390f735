package main

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// prob is one problem row of a ledger.
type prob struct {
	no, cat, text, measure, leader, dept, deadline, status, completed, evidence, note string
}

// pool holds the town problems the cases draw from: category, problem, measure.
var pool = [][3]string{
	{"党的政治建设", "学习贯彻上级决策部署不够深入，“第一议题”制度落实不到位", "修订党委理论学习中心组学习计划，每月开展集中学习1次"},
	{"党的政治建设", "落实意识形态工作责任制不到位，村级宣传阵地管理松散", "2023年6月底前完成全镇村级宣传栏清理，建立月度巡查制度"},
	{"党的政治建设", "乡村振兴衔接政策落实有偏差，部分帮扶项目进度滞后", "对7个帮扶项目逐一建立进度清单，每半月调度一次"},
	{"党的政治建设", "耕地保护责任落实不力，存在撂荒地未及时复耕", "组织各村开展撂荒地排查，落实复耕面积并建立台账"},
	{"党的政治建设", "安全生产监管存在薄弱环节，自建房排查不彻底", "开展自建房安全隐患“回头看”，由分管副镇长牵头逐户复核"},
	{"全面从严治党", "党委主体责任落实不到位，对村干部日常监督偏软", "制定《村干部履职负面清单》，每季度开展一次履职评议"},
	{"全面从严治党", "纪委监督责任履行不充分，“三务”公开监督流于形式", "每月抽查村务公开栏，对发现问题的村下发提醒函"},
	{"全面从严治党", "落实中央八项规定精神不严格，公务接待清单不完整", "规范公务接待审批，2023年5月起实行“一事一单”"},
	{"全面从严治党", "村级财务审批不规范，大额支出未经集体决策", "修订《村级财务管理办法》，对5万元以上支出实行“四议两公开”"},
	{"全面从严治党", "惠民资金发放管理不严，存在重复领取补贴情况", "对2021年以来惠民资金发放开展全面比对，追回违规资金"},
	{"全面从严治党", "工程项目管理不规范，部分小型工程未按规定招标", "建立镇村小型工程项目库，10万元以上项目统一进入公共资源交易平台"},
	{"全面从严治党", "集体资产资源管理不严，部分村集体土地租金长期拖欠", "对各村集体合同逐份清理，2023年9月底前完成欠款追缴"},
	{"全面从严治党", "公车使用管理不规范，派车登记不全", "修订公车管理制度，安装车辆定位系统，实行出车登记"},
	{"基层党组织建设", "村党组织书记队伍后备力量不足", "每村储备后备干部2名以上，建立后备干部培养台账"},
	{"基层党组织建设", "“三会一课”制度落实不严格，部分支部会议记录缺失", "镇党委组织委员每季度检查一次支部“三会一课”记录"},
	{"基层党组织建设", "发展党员程序不规范，部分档案材料缺失", "对2018年以来发展党员档案逐一复查补齐"},
	{"基层党组织建设", "软弱涣散村党组织整顿成效不明显", "实行镇领导包村整顿，整顿期限为6个月"},
	{"基层党组织建设", "党员教育管理不够严格，部分流动党员长期失联", "建立流动党员联系台账，每月联系一次"},
	{"基层党组织建设", "村务监督委员会作用发挥不充分", "组织村监委会成员集中培训2次，规范监督记录"},
	{"基层党组织建设", "干部作风不扎实，便民服务中心窗口服务效率不高", "推行首问负责和限时办结制度，每月通报一次办件情况"},
	{"基层党组织建设", "网格化管理不到位，网格员履职考核不严", "制定网格员考核细则，按月考核并与补贴挂钩"},
	{"基层党组织建设", "信访矛盾化解不及时，部分积案长期未结", "由党委副书记牵头，对8件积案实行包案化解"},
	{"基层党组织建设", "河湖长制落实不到位，部分河段巡河记录不全", "落实村级河长每周巡河1次，建立巡河记录台账"},
	{"基层党组织建设", "人居环境整治不彻底，部分村存在垃圾堆放点", "对各村垃圾堆放点逐一清理，建立保洁员考核制度"},
}

// spec says how one case's problems are filled in: which pool entries, and
// the leaders and departments rotated over them.
type spec struct {
	idx       []int // 1-based pool entries, in ledger order
	leaders   []string
	depts     []string
	deadlines []string // rotated over done rows
	done      []string // rotated status words of done rows
	evidence  string   // format with the row number
}

// build makes the rows, all done; the caller then edits the rows it plants.
func build(s spec) []prob {
	var out []prob
	for i, n := range s.idx {
		p := pool[n-1]
		out = append(out, prob{
			no: fmt.Sprint(i + 1), cat: p[0], text: p[1], measure: p[2],
			leader:   s.leaders[i%len(s.leaders)],
			dept:     s.depts[i%len(s.depts)],
			deadline: s.deadlines[i%len(s.deadlines)],
			status:   s.done[i%len(s.done)],
			evidence: fmt.Sprintf(s.evidence, i+1),
		})
	}
	return out
}

// column is a ledger column: its header and the field it shows.
type column struct {
	head  string
	field func(p prob) string
}

var cols = map[string]func(p prob) string{
	"no": func(p prob) string { return p.no }, "cat": func(p prob) string { return p.cat },
	"text": func(p prob) string { return p.text }, "measure": func(p prob) string { return p.measure },
	"leader": func(p prob) string { return p.leader }, "dept": func(p prob) string { return p.dept },
	"deadline": func(p prob) string { return p.deadline }, "status": func(p prob) string { return p.status },
	"completed": func(p prob) string { return p.completed }, "evidence": func(p prob) string { return p.evidence },
	"note": func(p prob) string { return p.note },
}

// layout turns "header=field" pairs into columns.
func layout(pairs ...string) []column {
	var out []column
	for _, pr := range pairs {
		h, f, _ := strings.Cut(pr, "=")
		out = append(out, column{h, cols[f]})
	}
	return out
}

// sheet is one worksheet: a merged title row (optional), header rows,
// rows (nil is a blank row), extra merges and footer lines.
type sheet struct {
	name    string
	title   string
	headers [][]string
	rows    [][]string
	merges  [][2]string
	footer  []string
}

func probSheet(name, title string, lay []column, ps []prob) sheet {
	var head []string
	for _, c := range lay {
		head = append(head, c.head)
	}
	s := sheet{name: name, title: title, headers: [][]string{head}}
	for _, p := range ps {
		var r []string
		for _, c := range lay {
			r = append(r, c.field(p))
		}
		s.rows = append(s.rows, r)
	}
	return s
}

func writeXLSX(path string, sheets ...sheet) {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		width := 0
		for _, h := range s.headers {
			width = max(width, len(h))
		}
		row := 1
		if s.title != "" {
			a, _ := excelize.CoordinatesToCellName(1, 1)
			b, _ := excelize.CoordinatesToCellName(width, 1)
			must(f.SetCellValue(s.name, a, s.title))
			must(f.MergeCell(s.name, a, b))
			row++
		}
		for _, h := range s.headers {
			setRow(f, s.name, row, h)
			row++
		}
		for _, r := range s.rows {
			if r != nil {
				setRow(f, s.name, row, r)
			}
			row++
		}
		if len(s.footer) > 0 {
			row++
			for _, l := range s.footer {
				a, _ := excelize.CoordinatesToCellName(1, row)
				must(f.SetCellValue(s.name, a, l))
				row++
			}
		}
		for _, m := range s.merges {
			must(f.MergeCell(s.name, m[0], m[1]))
		}
	}
	must(f.SaveAs(path))
}

func setRow(f *excelize.File, sh string, row int, vals []string) {
	for j, v := range vals {
		if v == "" {
			continue
		}
		a, _ := excelize.CoordinatesToCellName(j+1, row)
		must(f.SetCellValue(sh, a, v))
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
