package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 01: a provincial water department, clean. Twelve problems in four 方面,
// ten done; the report's DOCX carries a summary table with a 合计 row and an
// attached 整改清单 whose 问题类别 cells are merged down each 方面, under a
// two-row header (整改情况 over 完成情况 / 完成时间). Eight rules (5 new, 3 revised).
var ps01 = []prob{
	{cat: "政治建设方面", title: "学习贯彻习近平总书记治水重要论述不够深入系统", measures: "2024年5月起制定党组理论学习中心组年度学习计划，每季度开展1次专题研讨", leader: "厅党组书记 梁志远", dept: "厅办公室", due: "2024-06-30", status: "已完成", done: "2024-05-20", ev: "年度学习计划、专题研讨记录"},
	{cat: "政治建设方面", title: "落实河湖长制工作部署压力传导不够", measures: "6月底前修订《河湖长制工作考核办法》，对11个设区市开展专项督导", leader: "副厅长 苏明哲", dept: "河湖管理处", due: "2024-06-30", status: "已完成", done: "2024-06-25", ev: "考核办法、督导情况通报"},
	{cat: "政治建设方面", title: "意识形态工作责任制落实不够有力", measures: "2024年5月制定意识形态工作责任清单，每半年开展1次分析研判", leader: "厅党组成员 韦晓岚", dept: "机关党委", due: "2024-06-30", status: "已完成", done: "2024-05-28", ev: "责任清单、研判报告"},
	{cat: "履职尽责方面", title: "水资源刚性约束制度落实不到位", measures: "2024年12月底前完成全省地下水超采区重新划定，建立取水许可动态核查机制", leader: "副厅长 苏明哲", dept: "水资源管理处", due: "2024-12-31", status: "正在整改", ev: "超采区划定工作方案"},
	{cat: "履职尽责方面", title: "小型水库除险加固项目推进不快", measures: "对23座未完工水库挂图作战，7月底前全部完成主体工程", leader: "副厅长 何敬山", dept: "运行管理处", due: "2024-07-31", status: "已完成", done: "2024-07-26", ev: "主体工程验收资料"},
	{cat: "履职尽责方面", title: "水利工程质量监督检查覆盖不全", measures: "6月起每月开展1次质量飞检，年内覆盖全部在建项目", leader: "副厅长 何敬山", dept: "监督处", due: "2024-07-31", status: "已完成", done: "2024-07-10", ev: "飞检情况通报"},
	{cat: "履职尽责方面", title: "农村供水工程运行管护薄弱", measures: "8月底前制定《农村供水工程运行管护办法》，落实县级管护主体", leader: "副厅长 何敬山", dept: "农村水利水电处", due: "2024-08-31", status: "已完成", done: "2024-08-09", ev: "管护办法"},
	{cat: "全面从严治党方面", title: "落实中央八项规定精神不够严格", measures: "2024年6月开展公务用车、公务接待专项检查，清退违规发放补贴1.26万元", leader: "厅党组成员 韦晓岚", dept: "财务审计处", due: "2024-06-30", status: "已完成", done: "2024-06-28", ev: "专项检查报告、退款凭证"},
	{cat: "全面从严治党方面", title: "厅属单位工程项目监管存在廉洁风险", measures: "7月底前梳理廉洁风险点42个，修订《厅属单位工程项目管理规定》", leader: "厅党组成员 韦晓岚", dept: "规划计划处", due: "2024-07-31", status: "已完成", done: "2024-07-30", ev: "风险点清单、管理规定"},
	{cat: "全面从严治党方面", title: "政府采购程序执行不规范", measures: "修订《厅机关政府采购内部控制办法》，2024年7月组织1次采购业务培训", leader: "副厅长 苏明哲", dept: "财务审计处", due: "2024-07-31", status: "已完成", done: "2024-07-18", ev: "内部控制办法、培训签到表"},
	{cat: "干部队伍建设方面", title: "年轻干部培养储备不足", measures: "每年选派5名年轻干部到基层一线挂职，12月底前建立优秀年轻干部库", leader: "厅党组书记 梁志远", dept: "人事处", due: "2024-12-31", status: "正在整改", ev: "挂职选派文件"},
	{cat: "干部队伍建设方面", title: "干部轮岗交流制度执行不严", measures: "7月底前完成1轮重点岗位轮岗，交流干部8名", leader: "厅党组书记 梁志远", dept: "人事处", due: "2024-08-15", status: "已完成", done: "2024-07-31", ev: "轮岗交流文件"},
}

func init() {
	const name = "01-yunxiu-shuili-clean"
	blocks[name+"@SUMMARY"] = func() []string {
		return summaryTable([]string{"问题类别", "问题数（个）", "已完成（个）", "正在整改（个）"}, ps01, false, nil)
	}
	blocks[name+"@LIST"] = func() []string {
		head := [][]string{
			{"序号", "问题类别", "反馈问题", "整改措施", "责任单位", "整改情况", "<"},
			{"^", "^", "^", "^", "^", "完成情况", "完成时间"},
		}
		return listTable(head, []col{cNo(""), cCat(""), cTitle(""), cMeasures(""), cDept(""), cStatus(""), cDone("")}, ps01, true)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"省委第三巡视组反馈意见整改落实台账"}, ledgerHead("责任处室")}, ledgerRows(ps01)...)
		rules := [][]string{
			{"建章立制台账"},
			{"序号", "制度名称", "新建/修订", "印发时间"},
			{"1", "党组理论学习中心组学习制度", "新建", "2024-05-16"},
			{"2", "河湖长制工作考核办法", "修订", "2024-06-20"},
			{"3", "水利工程质量飞检工作规程", "新建", "2024-06-05"},
			{"4", "农村供水工程运行管护办法", "新建", "2024-08-09"},
			{"5", "厅属单位工程项目管理规定", "修订", "2024-07-30"},
			{"6", "厅机关政府采购内部控制办法", "修订", "2024-07-18"},
			{"7", "取水许可动态核查办法", "新建", "2024-08-12"},
			{"8", "年轻干部挂职锻炼管理办法", "新建", "2024-07-02"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}
}
