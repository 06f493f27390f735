package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 10: a city's state asset holding group, clean; an article on its website
// (HTML, tables with rowspan). Thirteen problems, eleven done; a summary
// table with 合计, a 整改清单 with category cells merged, a table of people
// held accountable (合计 4) and a table of the subsidiaries' own self-checks
// (合计 45, figures of other units); an earlier round's 10 problems.
var ps10 = []prob{
	{cat: "党的领导", title: "落实“两个一以贯之”要求不够到位", measures: "2024年7月修订公司章程，明确党委前置研究讨论重大经营管理事项清单32项", leader: "党委书记、董事长 晁正阳", dept: "党委办公室", due: "2024-07-31", status: "已完成", done: "2024-07-25", ev: "章程修正案、事项清单"},
	{cat: "党的领导", title: "服务城市发展战略定位不够清晰", measures: "8月底前编制集团“十四五”规划中期调整方案", leader: "总经理 费立峰", dept: "战略投资部", due: "2024-08-31", status: "已完成", done: "2024-08-29", ev: "规划调整方案"},
	{cat: "党的领导", title: "意识形态工作责任落实不够", measures: "7月制定意识形态工作责任清单，每半年专题研究1次", leader: "党委副书记 单红梅", dept: "党群工作部", due: "2024-07-31", status: "已完成", done: "2024-07-12", ev: "责任清单"},
	{cat: "经营管理", title: "国有资本布局结构不优", measures: "9月底前退出低效无效参股企业4家", leader: "总经理 费立峰", dept: "战略投资部", due: "2024-09-30", status: "已完成", done: "2024-09-23", ev: "退出协议"},
	{cat: "经营管理", title: "存量资产盘活利用率低", measures: "2024年12月底前盘活闲置房产14处，年度增收不少于600万元", leader: "副总经理 贾茂林", dept: "资产管理部", due: "2024-12-31", status: "正在整改", ev: "盘活工作方案"},
	{cat: "经营管理", title: "担保管理不规范", measures: "8月修订《对外担保管理办法》，清理超比例担保3笔", leader: "总会计师 萧静仪", dept: "财务部", due: "2024-08-31", status: "已完成", done: "2024-08-21", ev: "管理办法、解除担保函"},
	{cat: "经营管理", title: "工程项目结算审核不严", measures: "9月底前对2021年以来19个已完工项目开展结算复审，核减工程款138万元", leader: "副总经理 贾茂林", dept: "工程管理部", due: "2024-09-30", status: "已完成", done: "2024-09-26", ev: "复审报告"},
	{cat: "经营管理", title: "子企业法人治理结构不健全", measures: "2024年12月底前完成6家子企业董事会应建尽建", leader: "党委书记、董事长 晁正阳", dept: "企业管理部", due: "2024-12-31", status: "正在整改", ev: "董事会建设方案"},
	{cat: "从严治党", title: "落实中央八项规定精神有差距", measures: "7月开展违规发放福利专项检查，清退资金5.2万元", leader: "纪委书记 巫晓光", dept: "纪检监察室", due: "2024-07-31", status: "已完成", done: "2024-07-30", ev: "检查报告、退款凭证"},
	{cat: "从严治党", title: "重点领域廉洁风险防控不到位", measures: "8月底前梳理招标采购、资产处置等领域风险点47个", leader: "纪委书记 巫晓光", dept: "纪检监察室", due: "2024-08-31", status: "已完成", done: "2024-08-15", ev: "风险防控清单"},
	{cat: "从严治党", title: "基层党组织标准化建设不达标", measures: "9月底前完成11个基层党支部标准化验收", leader: "党委副书记 单红梅", dept: "党群工作部", due: "2024-09-30", status: "已完成", done: "2024-09-19", ev: "验收记录"},
	{cat: "从严治党", title: "选人用人程序不够严谨", measures: "7月修订《中层管理人员选拔任用办法》，实行任前公示5个工作日", leader: "党委书记、董事长 晁正阳", dept: "人力资源部", due: "2024-07-31", status: "已完成", done: "2024-07-17", ev: "选拔任用办法"},
	{cat: "从严治党", title: "上轮巡察整改长效机制不健全", measures: "8月开展上轮巡察整改“回头看”，建立长效机制清单12项", leader: "纪委书记 巫晓光", dept: "党委办公室", due: "2024-08-31", status: "已完成", done: "2024-08-28", ev: "回头看报告"},
}

func init() {
	const name = "10-heting-guozi-clean"
	frames[name] = frame{
		loc:  "当前位置：首页 &gt; 新闻中心 &gt; 集团要闻",
		info: "发布日期：2024-10-30　信息来源：集团党委办公室　阅读量：892",
		foot: "鹤汀市国有资产经营控股集团有限公司　版权所有<br>地址：鹤汀市滨江大道1208号　电话：0552-8816000　备案号：汀ICP备18002233号-1",
	}
	blocks[name+"@SUMMARY"] = func() []string {
		return summaryTable([]string{"类别", "问题数", "已完成", "正在整改", "完成率"}, ps10, true, nil)
	}
	blocks[name+"@LIST"] = func() []string {
		return listTable(nil, []col{cNo("序号"), cCat("类别"), cTitle("问题"), cMeasures("整改措施"), cDept("责任部门"), cStatus("完成情况")}, ps10, true)
	}
	ledgers[name] = func(dir string) error {
		head := [][]string{
			{"市委巡察反馈问题整改台账"},
			{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改情况", "", ""},
			{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料"},
		}
		probs := append(head, ledgerRows(ps10)...)
		var m [][2]string
		m = append(m, [2]string{"A1", "J1"})
		for _, c := range []string{"A", "B", "C", "D", "E", "F", "G"} {
			m = append(m, [2]string{c + "2", c + "3"})
		}
		m = append(m, [2]string{"H2", "J2"})
		acc := [][]string{
			{"问责情况"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "于某某", "资产管理部原经理", "党纪处分（党内警告）", "2024-09-10"},
			{"2", "伍某某", "工程管理部项目主管", "诫勉", "2024-08-27"},
			{"3", "杭某某", "财务部副经理", "批评教育", "2024-08-27"},
			{"4", "沈某某", "子公司综合部主任", "批评教育", "2024-08-27"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: m},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
