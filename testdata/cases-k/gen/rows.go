package main

import (
	"fmt"
	"strconv"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// fmtDate writes a date the ways ledgers do.
func fmtDate(t time.Time, style int) string {
	switch style % 4 {
	case 0:
		return fmt.Sprintf("%d.%d.%d", t.Year(), t.Month(), t.Day())
	case 1:
		return fmt.Sprintf("%d/%d/%d", t.Year(), t.Month(), t.Day())
	case 2:
		return t.Format("2006-01-02")
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

var doneWords = []string{"已完成", "已完成，已建立长效机制", "已整改到位", "已销号", "已完成整改", "立行立改，已完成", "已办结销号"}

var evidWords = []string{"《%s整改情况说明》", "整改方案、会议纪要及相关制度文件（%s）", "《%s自查报告》及台账", "整改前后对比材料（%s）", "《关于%s问题的整改报告》"}

// flavour is the people and offices of one kind of unit.
type flavour struct {
	pool, leaders, depts, cats []string
}

var hospital = flavour{
	pool: []string{"党委领导下的院长负责制落实不到位", "“三重一大”事项集体决策程序不规范", "医德医风建设存在薄弱环节",
		"药品耗材集中采购执行不严格", "医保基金使用管理不规范", "大型医用设备采购论证不充分", "基建项目工程变更管理不严",
		"科室二次分配制度执行不到位", "临床路径管理落实不到位", "意识形态工作责任制落实有差距", "基层党支部组织生活不规范",
		"干部选拔任用程序执行不严", "医疗服务价格执行不规范", "财务票据管理存在漏洞", "公务接待管理不规范",
		"科研经费报销审核把关不严", "合同管理制度不健全", "院务公开不及时不全面", "病历书写质量管理不到位",
		"外包服务监管不到位", "党风廉政建设主体责任压得不实", "人才引进政策落实不到位", "医疗废物处置台账不完整",
		"进修生规培生管理松散", "门诊预约挂号号源管理不透明", "临床科室主任轮岗交流不充分", "固定资产账实不符",
		"药事管理与药物治疗学委员会运行不规范", "职工食堂承包经营监管缺位", "网络安全等级保护落实不到位", "停车场收费管理不规范"},
	leaders: []string{"陆鸣远", "沈佳禾", "韩立群", "许清远", "周文澜"},
	depts:   []string{"党委办公室", "医务处", "财务处", "药学部", "纪检监察室", "人事处", "总务处", "设备处"},
	cats:    []string{"党的领导", "党的建设", "全面从严治党", "医疗业务"},
}

var university = flavour{
	pool: []string{"落实立德树人根本任务有差距", "党委领导下的校长负责制执行不到位", "意识形态阵地管理存在薄弱环节",
		"二级学院党组织会议制度落实不规范", "教师思想政治工作针对性不强", "科研经费管理使用不规范", "校办企业监管不到位",
		"基建工程招投标管理不严", "学生资助资金发放审核不严", "职称评审程序执行不规范", "校内巡察工作开展不充分",
		"“三重一大”决策制度执行不严", "公用房管理使用不规范", "继续教育办学管理混乱", "干部选拔任用工作不规范",
		"师德师风建设长效机制不健全", "实验室安全管理责任落实不到位", "国有资产处置程序不规范", "招生录取工作监督不到位",
		"后勤服务外包合同管理不严", "全面从严治党主体责任落实不到位", "人才引进配套经费使用不规范", "科研项目结题验收把关不严",
		"附属学校管理体制不顺"},
	leaders: []string{"方启明", "唐若谷", "邵建华", "齐慕白", "贺兰舟"},
	depts:   []string{"党委办公室", "组织部", "宣传部", "教务处", "科研处", "财务处", "资产管理处", "人事处", "基建处"},
	cats:    []string{"党的领导", "思想政治", "组织建设", "纪律作风"},
}

var department = flavour{
	pool: []string{"贯彻落实中央和省委决策部署不够有力", "党组把方向管大局作用发挥不充分", "意识形态工作责任制落实不到位",
		"行政审批事项办理时限超期", "专项资金分配使用监管不严", "政府采购管理不规范", "“三重一大”集体决策制度执行不严",
		"直属单位监管不到位", "干部选拔任用程序不规范", "干部教育培训针对性不强", "基层党组织建设薄弱",
		"落实中央八项规定精神不严格", "公务用车管理不规范", "办公用房超标准使用", "财务报销审核不严",
		"行业协会商会脱钩不彻底", "执法检查流于形式", "上轮巡视整改不到位", "机关党建与业务工作融合不够",
		"内部控制制度不健全", "项目评审专家管理不规范", "信访积案化解不力", "档案管理不规范", "数据统计审核把关不严"},
	leaders: []string{"秦正和", "卢思远", "范立新", "俞晓岚", "戴明轩"},
	depts:   []string{"办公室", "人事处", "财务处", "规划处", "法规处", "机关党委", "审批处"},
	cats:    []string{"政治建设", "组织建设", "作风建设", "纪律建设"},
}

// rows makes n problem rows, every one done: completed after the
// feedback, before its deadline, which is before the as-of date.
func (f flavour) rows(n int, fb, asof string, offset int) []Row {
	var out []Row
	dl := day(asof).AddDate(0, 0, -6)
	for i := 0; i < n; i++ {
		p := f.pool[(i+offset)%len(f.pool)]
		done := day(fb).AddDate(0, 0, 14+2*i)
		if !done.Before(dl) {
			panic("completion after deadline")
		}
		out = append(out, Row{
			No:       strconv.Itoa(i + 1),
			Cat:      f.cats[i*len(f.cats)/n],
			Prob:     p,
			Meas:     fmt.Sprintf("制定关于整改“%s”问题的工作方案，明确整改措施%d条，逐项落实", p, 3+i%4),
			Leader:   f.leaders[i%len(f.leaders)],
			Dept:     f.depts[i%len(f.depts)],
			Deadline: fmtDate(dl.AddDate(0, 0, -(i%3)), i),
			Status:   doneWords[i%len(doneWords)],
			Done:     fmtDate(done, i+2),
			Evid:     fmt.Sprintf(evidWords[i%len(evidWords)], p),
		})
	}
	return out
}

// open marks row i (from 1) as not done yet, with its status and deadline.
func open(rs []Row, i int, status, deadline string) {
	rs[i-1].Status = status
	rs[i-1].Deadline = deadline
	rs[i-1].Done = ""
}

// titles are the rows' problems.
func titles(rs []Row) []string {
	var t []string
	for _, r := range rs {
		t = append(t, r.Prob)
	}
	return t
}

func mt(title, date, place, chair, body string) Meeting {
	return Meeting{Title: title, Date: date, Place: place, Chair: chair,
		Attend: "领导班子成员，各相关处室（科室）主要负责人", Body: body}
}
