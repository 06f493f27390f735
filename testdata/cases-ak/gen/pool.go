package main

import (
	"fmt"
	"strconv"
)

// problem is a problem as an inspection feeds it back to a group company.
type problem struct {
	cat, title, measure string
}

// pool holds the problems the cases draw from, made up for these cases.
var pool = []problem{
	{"政治建设", "贯彻落实省委关于国有企业改革部署存在温差", "制定《深化改革三年行动任务清单》，明确58项任务和完成节点"},
	{"政治建设", "党委前置研究讨论重大经营管理事项清单不够清晰", "修订《党委前置研究讨论重大经营管理事项清单》，2023年6月经党委会审议印发"},
	{"政治建设", "意识形态工作责任制落实不到位", "每季度专题研究意识形态工作1次，7月完成所属企业阵地排查"},
	{"政治建设", "服务全省重大战略主动性不强", "编制《服务全省重点项目工作方案》，确定12个重点对接项目"},
	{"经营管理", "投资项目可行性研究论证不充分", "修订《投资管理办法》，对在建的6个项目开展后评价"},
	{"经营管理", "对外担保管理不规范", "清理存量担保23笔，2023年7月出台《担保管理规定》"},
	{"经营管理", "应收账款清收力度不够", "成立清欠专班，逐户制定清收方案，9月底前清收1.6亿元"},
	{"经营管理", "部分子公司亏损治理成效不明显", "对3家亏损子公司实行一企一策，纳入经营业绩考核"},
	{"经营管理", "招标采购管理存在漏洞", "上线电子招标采购平台，2023年6月起所属企业全部线上采购"},
	{"经营管理", "资金集中管理覆盖面不足", "将9家二级子公司账户纳入资金池，8月底前完成归集"},
	{"经营管理", "工程结算审核把关不严", "委托第三方对14个已完工项目复核结算，追回多付工程款"},
	{"经营管理", "闲置资产盘活利用不充分", "建立闲置资产台账，挂牌处置闲置房产5处"},
	{"经营管理", "合同履约管理不到位", "开展合同专项清理，修订《合同管理办法》，6月完成存量合同复查"},
	{"经营管理", "全面预算管理刚性约束不强", "出台《全面预算管理办法》，预算调整须经董事会审议"},
	{"经营管理", "安全生产主体责任压得不实", "开展安全生产专项检查2轮，建立隐患清单并逐项销号"},
	{"经营管理", "科技研发投入偏低", "设立研发专项资金3000万元，2023年起按营业收入1.5%计提"},
	{"党的建设", "基层党组织设置调整不及时", "对所属企业党组织开展排查，7月完成4个党支部换届"},
	{"党的建设", "三会一课制度执行不严格", "开展组织生活专项检查，每半年通报1次"},
	{"党的建设", "选人用人工作把关不严", "修订《中层管理人员选拔任用办法》，严格落实凡提四必"},
	{"党的建设", "干部交流轮岗不充分", "制定《干部交流轮岗实施意见》，年内交流重点岗位人员12名"},
	{"党的建设", "年轻干部培养储备不足", "建立优秀年轻干部库，8月举办培训班1期"},
	{"党的建设", "人才引进和激励机制不健全", "出台《高层次人才引进办法》，2023年引进专业人才20名"},
	{"党的建设", "党建工作与生产经营融合不够", "开展党建品牌创建，9月前评选示范党支部10个"},
	{"党风廉政", "中央八项规定精神执行有偏差", "开展违规吃喝专项整治，6月完成2020年以来公务接待账目核查"},
	{"党风廉政", "公务用车管理不规范", "清理超标车辆3台，安装车辆定位系统"},
	{"党风廉政", "业务招待费超标准列支", "核查2021年以来招待费支出，相关人员退回超标准费用"},
	{"党风廉政", "关键岗位廉政风险防控不到位", "排查廉政风险点146个，制定防控措施并于7月印发"},
	{"党风廉政", "监督执纪问责偏松偏软", "对巡视移交问题线索逐件办理，9月完成全部核查"},
	{"党风廉政", "对子公司监督存在薄弱环节", "向所属企业派驻纪检专员，2023年6月起实行季度报告"},
	{"党风廉政", "违规发放津补贴", "清理规范津补贴项目，相关人员退回违规发放资金"},
	{"党风廉政", "履行全面从严治党主体责任不够有力", "制定《主体责任清单》，党委书记每半年听取1次汇报"},
	{"党风廉政", "以案促改不深入", "召开警示教育大会1次，编印《典型案例警示录》"},
	{"巡视整改", "上轮巡视反馈问题整改不彻底", "对上轮11个问题逐项回头看，8月前形成评估报告"},
	{"巡视整改", "审计发现问题整改不到位", "对2021年审计指出的9个问题建立台账，按月调度"},
	{"经营管理", "混合所有制改革推进缓慢", "制定混改方案，年内完成2家子公司引战"},
	{"经营管理", "债务风险防控不够有力", "制定《债务风险管控办法》，将资产负债率控制在65%以内"},
	{"经营管理", "信息化建设统筹不够", "编制《数字化转型规划》，10月上线财务共享平台"},
	{"党的建设", "党员教育管理不够严格", "开展党员档案专项清理，6月完成全部党员组织关系排查"},
	{"经营管理", "工程项目分包管理不规范", "清理在建项目分包合同37份，7月出台《分包管理细则》"},
	{"党风廉政", "财务报销审核不严", "修订《费用报销管理办法》，8月起实行线上审批"},
}

// pick returns the problems of pool at the given indexes.
func pick(idx ...int) []problem {
	var ps []problem
	for _, i := range idx {
		ps = append(ps, pool[i])
	}
	return ps
}

func seq(from, n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, from+i)
	}
	return s
}

// state is how a row stands: its status cell, completion date and
// evidence. Rows are built from a problem, a department, a leader and a
// deadline by rowsOf.
type state struct {
	status, completed, evidence, note string
	deadline                          string // overrides the default deadline
	leader, dept                      *string
}

var (
	depts   = []string{"集团办公室", "集团财务部", "集团投资发展部", "集团党委组织部", "集团纪委", "集团法务审计部", "集团人力资源部", "集团安全环保部"}
	subs    = []string{"东岚能源电力公司", "东岚能源燃气公司", "东岚能源建设公司", "东岚能源物流公司", "东岚能源置业公司"}
	leaders = []string{"党委书记、董事长 陈立新", "总经理 周海明", "党委副书记 林晓燕", "纪委书记 高建军", "副总经理 吴志远", "总会计师 孙丽华"}
)

// rowsOf builds ledger rows for problems: number from no, department
// from the list (cycled), leader cycled, default deadline dl, and the
// state of each row.
func rowsOf(ps []problem, no int, dl string, units []string, st []state) []row {
	var rs []row
	for i, p := range ps {
		s := st[i]
		r := row{
			"no": strconv.Itoa(no + i), "cat": p.cat + "方面", "problem": p.title,
			"measure": p.measure, "dept": units[i%len(units)], "leader": leaders[i%len(leaders)],
			"deadline": dl, "status": s.status, "completed": s.completed, "evidence": s.evidence, "note": s.note,
		}
		if s.deadline != "" {
			r["deadline"] = s.deadline
		}
		if s.leader != nil {
			r["leader"] = *s.leader
		}
		if s.dept != nil {
			r["dept"] = *s.dept
		}
		rs = append(rs, r)
	}
	return rs
}

func done(date, ev string) state { return state{status: "已完成", completed: date, evidence: ev} }

func ev(n int) string { return fmt.Sprintf("整改佐证材料第%d册", n) }

func repeat(s state, n int) []state {
	var r []state
	for i := 0; i < n; i++ {
		r = append(r, s)
	}
	return r
}
