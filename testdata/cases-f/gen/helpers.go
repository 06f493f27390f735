package main

import (
	"fmt"
	"strings"
	"time"
)

// The problems every ledger draws its titles from (made up, in the words
// an inspection's feedback uses).
var pool = []string{
	"学习贯彻上级决策部署不够深入",
	"意识形态工作责任制落实不到位",
	"“三重一大”决策制度执行不严格",
	"党组会议议事规则不完善",
	"基层党组织换届不及时",
	"党员发展程序不规范",
	"干部选拔任用程序不严谨",
	"干部人事档案管理不规范",
	"落实中央八项规定精神有差距",
	"公务接待管理不规范",
	"公务用车使用登记不完整",
	"差旅费报销审核不严",
	"政府采购程序不规范",
	"专项资金拨付不及时",
	"固定资产管理混乱",
	"合同管理不到位",
	"工程项目变更审批不严",
	"财务票据管理不规范",
	"内部审计监督缺位",
	"廉政风险防控机制不健全",
	"“一岗双责”落实不到位",
	"警示教育针对性不强",
	"群众信访事项办理不及时",
	"行政审批超时限办理",
	"执法检查记录不完整",
	"上轮巡察问题整改不彻底",
	"统计数据报送不准确",
	"档案室管理不规范",
	"网络安全管理制度缺失",
	"办公用房超标准使用",
	"会议费列支不规范",
	"培训经费使用不规范",
	"职工食堂账务管理不规范",
	"编外人员管理不规范",
	"涉企检查频次过多",
	"惠民补贴发放审核不严",
	"工会经费使用不规范",
	"党费收缴不及时",
	"“三会一课”制度落实不严格",
	"主体责任清单内容不具体",
}

var leaders = []string{"王建平", "刘晓梅", "陈志远", "赵春燕", "孙立军", "周宏伟", "吴海涛", "郑丽华"}
var depts = []string{"办公室", "人事科", "财务科", "机关党委", "法规科", "审批科", "综合科", "计划财务科"}
var cats3 = []string{"党的领导方面", "党的建设方面", "全面从严治党方面"}

// day is a date of the case, written out by the ledger's style.
type day struct{ y, m, d int }

func (t day) style(s string) string {
	switch s {
	case "dot":
		return fmt.Sprintf("%d.%d.%d", t.y, t.m, t.d)
	case "slash":
		return fmt.Sprintf("%d/%d/%d", t.y, t.m, t.d)
	case "cn":
		return fmt.Sprintf("%d年%d月%d日", t.y, t.m, t.d)
	case "cnend":
		return fmt.Sprintf("%d年%d月底", t.y, t.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", t.y, t.m, t.d)
}

func (t day) cn() string { return fmt.Sprintf("%d年%d月%d日", t.y, t.m, t.d) }

func (t day) plus(n int) day {
	x := time.Date(t.y, time.Month(t.m), t.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return day{x.Year(), int(x.Month()), x.Day()}
}

func iso(s string) day {
	t, err := time.Parse("2006-01-02", s)
	must(err)
	return day{t.Year(), int(t.Month()), t.Day()}
}

// rows makes n problems, all done: titles from the pool from seed on,
// deadline dl (in the ledger's style st), completed 12 days before it.
func rows(n, seed int, cats []string, dl day, st string) []Row {
	var out []Row
	for i := 1; i <= n; i++ {
		p := pool[(seed+i-1)%len(pool)]
		r := Row{
			No:       fmt.Sprint(i),
			Prob:     p,
			Meas:     fmt.Sprintf("对照问题逐项梳理，印发《关于%s问题的整改方案》，%d年%d月前完成自查并建立台账", strings.NewReplacer("“", "", "”", "").Replace(p), dl.y, dl.m),
			Leader:   leaders[(seed+i)%len(leaders)],
			Dept:     depts[(seed+2*i)%len(depts)],
			Deadline: dl.style(st),
			Status:   "已完成",
			Done:     dl.plus(-12).style(st),
			Evid:     fmt.Sprintf("《整改方案》、会议记录%d份", 1+i%3),
		}
		if len(cats) > 0 {
			r.Cat = cats[(i-1)*len(cats)/n]
		}
		out = append(out, r)
	}
	return out
}

// open marks row no as not done: status st, deadline dl.
func open(rs []Row, no int, status, dl string) {
	rs[no-1].Status = status
	rs[no-1].Deadline = dl
	rs[no-1].Done = ""
	rs[no-1].Evid = ""
}

// meeting writes one meeting's minutes. kind picks the title.
func meeting(unit, kind, date string, n int, topic string) []string {
	d := iso(date)
	base := strings.TrimSuffix(unit, "党组")
	title := map[string]string{
		"pc":     base + "党组会议纪要",
		"pcx":    unit + "党委（扩大）会议纪要",
		"town":   "中共" + unit + "委员会会议纪要",
		"pcz":    base + "党组（扩大）会议纪要",
		"sp":     unit + "巡察整改专题会议纪要",
		"spv":    unit + "巡视整改专题会议纪要",
		"wk":     unit + "巡察整改工作推进会纪要",
		"lead":   unit + "巡视整改工作领导小组会议纪要",
		"dlm":    unit + "领导班子巡察整改专题民主生活会会议纪要",
		"dlmv":   unit + "领导班子巡视整改专题民主生活会会议纪要",
		"office": unit + "局长办公会议纪要",
		"annual": unit + fmt.Sprintf("领导班子%d年度民主生活会会议纪要", d.y-1),
	}[kind]
	if title == "" {
		panic(kind)
	}
	ls := []string{title, fmt.Sprintf("（第%d次）", n),
		"时间：" + d.cn() + "上午9:00",
		"地点：机关三楼会议室",
		"主持：" + leaders[n%len(leaders)],
		"参会人员：班子成员",
		"列席：各科室主要负责人",
	}
	switch kind {
	case "dlm", "dlmv":
		ls = append(ls, "会议围绕"+topic+"，班子成员逐一对照检查，开展批评和自我批评，明确了个人整改事项和完成时限。")
	case "annual":
		ls = append(ls, "会议按照年度民主生活会安排，班子成员围绕年度工作开展批评和自我批评。")
	default:
		ls = append(ls, "会议听取了"+topic+"的汇报，逐项研究了整改中存在的困难，对下一阶段整改工作作出部署。",
			"会议议定：各责任科室按照整改台账逐项推进，每月底前报送整改进展，办公室汇总后报主要负责同志。")
	}
	return append(ls, "（根据会议记录整理）", "")
}
