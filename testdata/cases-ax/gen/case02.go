package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 02: a city's state capital investment group. Fourteen problems; the
// report (PDF, ruled tables) says 12 done and its attached 整改清单 marks 12
// 已完成, but the ledger shows items 6 and 11 still in progress (10 done).
var ps02 = []prob{
	{title: "落实国企改革深化提升行动不到位", measures: "2024年8月底前制定改革深化提升行动实施方案，明确28项改革任务", leader: "董事长 廖承宇", dept: "战略发展部", due: "2024-08-31", status: "已完成", done: "2024-08-23", ev: "实施方案及印发通知"},
	{title: "主责主业聚焦不够，非主业投资占比偏高", measures: "9月底前清理退出非主业投资项目3个", leader: "总经理 谭浩", dept: "投资管理部", due: "2024-09-30", status: "已完成", done: "2024-09-26", ev: "股权转让协议、退出情况报告"},
	{title: "“三重一大”决策制度执行不严", measures: "修订《“三重一大”决策制度实施办法》，7月底前印发执行", leader: "董事长 廖承宇", dept: "党委办公室", due: "2024-07-31", status: "已完成", done: "2024-07-19", ev: "实施办法"},
	{title: "对子企业管控链条过长", measures: "2024年9月底前将管理层级压减至三级以内，注销空壳公司2家", leader: "总经理 谭浩", dept: "企业管理部", due: "2024-09-30", status: "已完成", done: "2024-09-20", ev: "注销登记通知书"},
	{title: "应收账款清收不力", measures: "建立应收账款台账，9月底前清收逾期账款4800万元", leader: "总会计师 鲍文静", dept: "财务管理部", due: "2024-09-30", status: "已完成", done: "2024-09-27", ev: "应收账款台账、回款凭证"},
	{title: "投资项目后评价工作缺失", measures: "11月底前对近三年12个投资项目开展后评价，形成评价报告", leader: "总经理 谭浩", dept: "投资管理部", due: "2024-11-30", status: "正在整改", ev: "已完成8个项目后评价", rstatus: "已完成"},
	{title: "招标采购管理不规范", measures: "修订《招标采购管理办法》，8月起推行电子化采购平台", leader: "副总经理 邝建平", dept: "招标采购中心", due: "2024-08-31", status: "已完成", done: "2024-08-12", ev: "管理办法、平台上线通知"},
	{title: "国有资产出租管理粗放", measures: "9月底前完成89处出租资产清查，推行公开招租", leader: "副总经理 邝建平", dept: "资产运营部", due: "2024-09-30", status: "已完成", done: "2024-09-18", ev: "资产清查报告、招租公告"},
	{title: "个别领导人员违规兼职取酬", measures: "责令2名人员清退兼职报酬，12月底前完成集团系统兼职情况全面清理", leader: "党委副书记 秦立国", dept: "人力资源部", due: "2024-12-31", status: "正在整改", ev: "兼职清理工作方案"},
	{title: "落实中央八项规定精神有差距", measures: "7月开展违规吃喝专项整治，追回违规报销费用2.3万元", leader: "纪委书记 欧阳敏", dept: "纪检监察室", due: "2024-07-31", status: "已完成", done: "2024-07-29", ev: "专项整治报告、退款凭证"},
	{title: "基层党组织建设薄弱", measures: "2024年9月完成3个子企业党支部换届，选优配强支部书记", leader: "党委副书记 秦立国", dept: "党群工作部", due: "2024-12-31", status: "正在整改", ev: "已完成2个支部换届", rstatus: "已完成"},
	{title: "党建与生产经营融合不紧", measures: "制定党建工作考核与经营业绩考核挂钩办法，8月印发", leader: "党委副书记 秦立国", dept: "党群工作部", due: "2024-08-31", status: "已完成", done: "2024-08-16", ev: "考核挂钩办法"},
	{title: "干部梯队建设不够合理", measures: "12月底前建立年轻干部储备库，选派6名干部到子企业任职锻炼", leader: "董事长 廖承宇", dept: "人力资源部", due: "2024-12-31", status: "正在整改", ev: "储备库建设方案"},
	{title: "巡察整改监督责任落实不够", measures: "集团纪委每月开展1次整改专项监督，建立问题销号审核制度", leader: "纪委书记 欧阳敏", dept: "纪检监察室", due: "2024-08-31", status: "已完成", done: "2024-08-30", ev: "监督检查记录、销号审核制度"},
}

func init() {
	const name = "02-heting-guotou-qingdan"
	blocks[name+"@LIST"] = func() []string {
		return listTable(nil, []col{cNo("序号"), cTitle("巡察反馈问题"), cMeasures("整改措施"), cDept("责任部门"), cStatus("完成情况")}, ps02, false)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"市委第一巡察组反馈问题整改台账"}, ledgerHead("责任部门")}, ledgerRows(ps02)...)
		acc := [][]string{
			{"巡察整改问责情况"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "郑某某", "资产运营部原副经理", "诫勉", "2024-08-14"},
			{"2", "韩某某", "投资管理部项目经理", "批评教育", "2024-08-14"},
			{"3", "黎某某", "财务管理部会计", "批评教育", "2024-07-30"},
			{"4", "卢某某", "子公司办公室主任", "批评教育", "2024-07-30"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
