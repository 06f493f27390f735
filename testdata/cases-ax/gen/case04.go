package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 04: a university's college of materials, on the university's news site
// (HTML with a <table>). The report says 16 problems were fed back and lists
// them one by one in a table numbered 1 to 15: the ledger's item 9 is left
// out. 14 done, 2 in progress, as the ledger shows.
var ps04 = []prob{
	{title: "学习贯彻党的二十大精神不够深入", measures: "2024年5月起每月开展1次学院党委理论学习中心组专题学习", leader: "党委书记 施文博", dept: "学院党委办公室", due: "2024-06-30", status: "已完成", done: "2024-06-14", ev: "学习计划、学习记录"},
	{title: "落实立德树人根本任务有差距", measures: "6月底前修订本科人才培养方案，增设课程思政示范课程6门", leader: "院长 靳晓东", dept: "教学办公室", due: "2024-06-30", status: "已完成", done: "2024-06-26", ev: "人才培养方案"},
	{title: "党委理论学习中心组学习制度执行不严", measures: "5月修订《学院党委理论学习中心组学习制度》，建立学习考勤通报机制", leader: "党委书记 施文博", dept: "学院党委办公室", due: "2024-05-31", status: "已完成", done: "2024-05-24", ev: "学习制度"},
	{title: "意识形态阵地管理存在薄弱环节", measures: "6月底前完成学院网站、公众号等12个阵地排查，落实“三审三校”", leader: "党委副书记 卓雅琴", dept: "学院党委办公室", due: "2024-06-30", status: "已完成", done: "2024-06-20", ev: "排查清单"},
	{title: "“三重一大”事项集体决策执行不规范", measures: "修订党政联席会议议事规则，7月起重大事项会前征求意见", leader: "院长 靳晓东", dept: "学院综合办公室", due: "2024-07-31", status: "已完成", done: "2024-07-05", ev: "议事规则"},
	{title: "学科建设规划落实不够有力", measures: "2024年7月完成学科建设中期评估，调整建设任务5项", leader: "院长 靳晓东", dept: "学科办公室", due: "2024-07-31", status: "已完成", done: "2024-07-22", ev: "中期评估报告"},
	{title: "科研经费管理不规范", measures: "8月底前对近三年42个科研项目经费开展自查，规范劳务费发放", leader: "副院长 鲁振华", dept: "科研办公室", due: "2024-08-31", status: "已完成", done: "2024-08-27", ev: "自查报告"},
	{title: "实验室安全管理存在隐患", measures: "6月开展实验室安全隐患大排查，整改隐患37处，建立危化品全流程台账", leader: "副院长 鲁振华", dept: "实验中心", due: "2024-07-31", status: "已完成", done: "2024-07-18", ev: "排查整改清单"},
	{title: "研究生培养过程管理不严格", measures: "7月底前修订研究生中期考核办法，实行导师组集体把关", leader: "副院长 葛明远", dept: "研究生办公室", due: "2024-07-31", status: "已完成", done: "2024-07-26", ev: "中期考核办法", omit: true},
	{title: "本科教学质量监控不到位", measures: "2024年6月起实行院领导每学期听课不少于4次，建立教学督导反馈台账", leader: "院长 靳晓东", dept: "教学办公室", due: "2024-07-31", status: "已完成", done: "2024-07-10", ev: "听课记录、督导台账"},
	{title: "教师党支部“双带头人”培育不够", measures: "12月底前实现教师党支部书记“双带头人”全覆盖，选配3名支部书记", leader: "党委书记 施文博", dept: "学院党委办公室", due: "2024-12-31", status: "正在整改", ev: "培育工作方案"},
	{title: "党员发展质量把关不严", measures: "7月起实行发展对象党委委员联系谈话制度，逐人审查材料", leader: "党委副书记 卓雅琴", dept: "学院党委办公室", due: "2024-07-31", status: "已完成", done: "2024-07-12", ev: "谈话记录"},
	{title: "师德师风建设长效机制不健全", measures: "8月底前建立师德考核负面清单，将师德表现纳入年度考核", leader: "党委书记 施文博", dept: "学院综合办公室", due: "2024-08-31", status: "已完成", done: "2024-08-19", ev: "负面清单、考核办法"},
	{title: "落实中央八项规定精神有差距", measures: "7月开展公务接待、差旅费报销专项检查，清退不合规报销2.14万元", leader: "党委书记 施文博", dept: "学院综合办公室", due: "2024-07-31", status: "已完成", done: "2024-07-30", ev: "检查报告、退款凭证"},
	{title: "横向科研项目合同管理松散", measures: "8月底前清理横向合同67份，统一合同审核流程", leader: "副院长 鲁振华", dept: "科研办公室", due: "2024-08-31", status: "已完成", done: "2024-08-23", ev: "合同清理台账"},
	{title: "青年教师培养支持力度不够", measures: "2024年12月底前制定青年教师成长计划，设立专项经费50万元", leader: "院长 靳晓东", dept: "人事办公室", due: "2024-12-31", status: "正在整改", ev: "成长计划（征求意见稿）"},
}

func init() {
	const name = "04-ligong-cailiao-liebiao"
	frames[name] = frame{
		loc:  "当前位置：首页 &gt; 党建工作 &gt; 巡察整改",
		info: "发布时间：2024-09-23　作者：材料科学与工程学院　审核：卓雅琴　点击：517",
		foot: "云岫理工大学材料科学与工程学院　版权所有　地址：云岫省澄州市学府路88号　邮编：650216<br>备案号：岫ICP备05001234号",
	}
	blocks[name+"@LIST"] = func() []string {
		return listTable(nil, []col{cNo("序号"), cTitle("存在问题"), cMeasures("整改措施"), cDept("牵头单位"), cStatus("整改进展")}, ps04, false)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"材料科学与工程学院巡察反馈问题整改台账"}, ledgerHead("责任单位")}, ledgerRows(ps04)...)
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}})
	}
}
