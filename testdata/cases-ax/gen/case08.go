package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 08: a university's college of mechanical engineering, clean; DOCX. Ten
// problems, nine done; the prose's figures (问责5人, 党委会议4次) are told again
// in the report's tables (by sanction, with a 合计 row; a table of the work
// done), and a table of the departments' own self-checks (合计 23) is no
// figure of the college's.
var ps08 = []prob{
	{cat: "党的领导", title: "学院党委把方向管大局作用发挥不充分", measures: "2024年5月修订《学院党委会议议事规则》，明确前置研究事项清单18项", leader: "党委书记 庞景行", dept: "学院党政办公室", due: "2024-05-31", status: "已完成", done: "2024-05-27", ev: "议事规则"},
	{cat: "党的领导", title: "理论学习与学科发展结合不紧", measures: "6月起每月开展1次中心组学习，围绕学科建设开展专题研讨2次", leader: "党委书记 庞景行", dept: "学院党政办公室", due: "2024-06-30", status: "已完成", done: "2024-06-28", ev: "学习记录"},
	{cat: "党的领导", title: "意识形态阵地管理责任不够明确", measures: "5月制定学院意识形态阵地管理清单，明确责任人14名", leader: "党委副书记 温婧", dept: "学院党政办公室", due: "2024-05-31", status: "已完成", done: "2024-05-22", ev: "阵地管理清单"},
	{cat: "办学治院", title: "教学科研岗位聘任程序不规范", measures: "7月修订岗位聘任实施细则，聘任结果公示不少于5个工作日", leader: "院长 贺一鸣", dept: "人事科", due: "2024-07-31", status: "已完成", done: "2024-07-15", ev: "实施细则"},
	{cat: "办学治院", title: "实验设备共享使用率低", measures: "8月底前建成大型仪器共享平台，纳入设备56台套", leader: "副院长 柴方舟", dept: "实验中心", due: "2024-08-31", status: "已完成", done: "2024-08-20", ev: "平台上线通知"},
	{cat: "办学治院", title: "校企合作项目管理粗放", measures: "2024年12月底前完成31个校企合作项目清理，建立项目退出机制", leader: "副院长 柴方舟", dept: "科研科", due: "2024-12-31", status: "正在整改", ev: "清理工作方案"},
	{cat: "办学治院", title: "学生资助评定程序不透明", measures: "6月修订学生资助评定办法，评定结果全部公示", leader: "党委副书记 温婧", dept: "学生工作办公室", due: "2024-06-30", status: "已完成", done: "2024-06-14", ev: "评定办法、公示截图"},
	{cat: "从严治党", title: "落实中央八项规定精神有差距", measures: "6月开展会议费、培训费专项检查，清退不合规支出1.08万元", leader: "党委书记 庞景行", dept: "学院党政办公室", due: "2024-06-30", status: "已完成", done: "2024-06-26", ev: "检查报告、退款凭证"},
	{cat: "从严治党", title: "科研经费使用监管不严", measures: "7月对2021年以来28个纵向项目开展经费自查，规范报销审核", leader: "副院长 柴方舟", dept: "科研科", due: "2024-07-31", status: "已完成", done: "2024-07-29", ev: "自查报告"},
	{cat: "从严治党", title: "基层党支部“三会一课”落实不严", measures: "6月起每季度检查1次支部组织生活记录，通报检查结果", leader: "党委副书记 温婧", dept: "学院党政办公室", due: "2024-06-30", status: "已完成", done: "2024-06-21", ev: "检查通报"},
}

func init() {
	const name = "08-ligong-jixie-clean"
	blocks[name+"@LIST"] = func() []string {
		head := [][]string{{"序号", "类别", "问题", "整改措施", "责任领导", "完成情况"}}
		return listTable(head, []col{cNo(""), cCat(""), cTitle(""), cMeasures(""), cLeader(""), cStatus("")}, ps08, true)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"机械工程学院巡察反馈问题整改台账"}, ledgerHead("责任部门")}, ledgerRows(ps08)...)
		acc := [][]string{
			{"问责情况"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "熊某某", "原实验中心主任", "组织处理（调整岗位）", "2024-07-05"},
			{"2", "宁某某", "科研秘书", "诫勉", "2024-07-05"},
			{"3", "龚某某", "学生工作办公室辅导员", "批评教育", "2024-06-18"},
			{"4", "阮某某", "教学秘书", "批评教育", "2024-06-18"},
			{"5", "贝某某", "党政办公室工作人员", "批评教育", "2024-06-28"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
