package main

import "fmt"

var aspectNames = []string{"党的领导方面", "全面从严治党方面", "金融风险防控方面", "组织建设方面"}

var titleBank = [][]string{
	{"贯彻落实中央金融工作部署不够深入", "服务实体经济和乡村振兴力度不足", "“三重一大”决策制度执行不严格",
		"党委前置研究讨论重大经营管理事项不规范", "意识形态工作责任制落实不到位", "落实普惠金融政策存在偏差",
		"绿色信贷投放结构不优", "理论学习中心组学习流于形式", "对上级决策部署督办落实不及时"},
	{"落实中央八项规定精神不严格，违规发放津补贴", "业务招待费管理不规范", "公务用车使用管理不严格",
		"纪委监督责任落实不到位", "对下属机构巡察监督覆盖不全", "信贷审批领域廉洁风险防控薄弱",
		"员工违规参与民间借贷问题排查不彻底", "集中采购管理不规范", "费用报销审核把关不严"},
	{"不良贷款清收处置进度缓慢", "授信业务“三查”制度执行不到位", "关联交易管理不规范",
		"案件防控和员工行为管理存在漏洞", "内控合规检查发现问题整改不彻底", "数据治理和信息科技风险管控薄弱",
		"反洗钱履职存在薄弱环节", "押品管理不规范", "表外业务风险排查不全面"},
	{"领导班子配备不齐，干部队伍结构不合理", "干部选拔任用程序不规范", "基层党组织“三会一课”制度落实不严格",
		"党员发展和教育管理不规范", "人才队伍建设规划缺失", "干部交流轮岗制度执行不到位",
		"员工考核激励机制不健全", "党费收缴使用管理不规范", "巡察整改“回头看”不深入"},
}

var leaders = []string{"党委书记、行长周某", "副行长刘某", "纪委书记陈某", "副行长孙某", "副行长高某"}
var depts = []string{"办公室", "党委组织部", "风险管理部", "授信审批部", "纪委办公室", "财务会计部", "公司金融部",
	"普惠金融部", "内控合规部", "人力资源部"}

// done rows: deadline, completed
var doneDates = [][2]string{{"2023.6.30", "2023.6.26"}, {"2023/7/31", "2023/7/28"}, {"2023年8月底", "2023年8月25日"},
	{"2023-09-15", "2023-09-12"}, {"立行立改", "2023.5.20"}, {"2023年6月30日前", "2023年6月21日"}}
var doneWords = []string{"已完成", "已完成，已建立长效机制", "已整改到位", "已销号", "已完成"}
var evidence = []string{"《关于进一步规范“三重一大”决策事项的实施细则》", "党委会议纪要（2023年第11次）及整改报告",
	"《员工行为管理办法（2023年修订）》", "专项检查报告、问责决定书", "《费用报销管理实施细则》（东银发〔2023〕41号）",
	"培训签到表、考试成绩册", "清收处置台账及回款凭证"}

// mkProbs lays out problems by aspect: counts[i] problems of aspect i, all
// done unless over says otherwise (by the 0-based row index).
func mkProbs(counts []int, over map[int]func(*prob)) []prob {
	var ps []prob
	for a, n := range counts {
		for j := 0; j < n; j++ {
			i := len(ps)
			d := doneDates[i%len(doneDates)]
			p := prob{
				cat:       aspectNames[a],
				title:     titleBank[a][j],
				measure:   fmt.Sprintf("制定专项整改方案，明确%s牵头，%s前完成制度修订和专项检查", depts[i%len(depts)], "2023年9月"),
				leader:    leaders[i%len(leaders)],
				dept:      depts[i%len(depts)],
				deadline:  d[0],
				status:    doneWords[i%len(doneWords)],
				completed: d[1],
				evidence:  evidence[i%len(evidence)],
			}
			if f := over[i]; f != nil {
				f(&p)
			}
			ps = append(ps, p)
		}
	}
	return ps
}

// ongoing makes a row in progress with a deadline after the as-of dates.
func ongoing(status, deadline string) func(*prob) {
	return func(p *prob) {
		p.status, p.deadline, p.completed, p.evidence = status, deadline, "", ""
	}
}

func countDone(ps []prob, done func(string) bool) int {
	n := 0
	for _, p := range ps {
		if done(p.status) {
			n++
		}
	}
	return n
}
