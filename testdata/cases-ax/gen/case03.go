package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 03: a county people's court. Eleven problems, all done; two clues handed
// over, both closed in time. The prose gives no figure of people held
// accountable: the report's table 2 (by sanction) totals 7 in its 合计 row,
// while the ledger's accountability sheet lists 6.
var ps03 = []prob{
	{cat: "政治建设", title: "学习贯彻习近平法治思想不够深入", measures: "2024年6月起每月开展1次党组理论学习中心组专题学习，组织全院干警轮训2期", leader: "院长 戚守正", dept: "政治部", due: "2024-07-31", status: "已完成", done: "2024-07-25", ev: "学习计划、轮训通知"},
	{cat: "政治建设", title: "落实意识形态工作责任制有差距", measures: "6月底前制定意识形态工作责任清单，每季度研判1次", leader: "院长 戚守正", dept: "办公室", due: "2024-06-30", status: "已完成", done: "2024-06-21", ev: "责任清单"},
	{cat: "政治建设", title: "防止干预司法“三个规定”记录报告不及时", measures: "2024年6月开展专题培训1次，每月通报记录报告情况", leader: "副院长 汤慧芳", dept: "政治部", due: "2024-07-31", status: "已完成", done: "2024-07-12", ev: "培训材料、月度通报"},
	{cat: "审判执行", title: "长期未结案件清理不力", measures: "8月底前对31件长期未结案件逐案建账，院庭长包案督办", leader: "副院长 汤慧芳", dept: "审判管理办公室", due: "2024-08-31", status: "已完成", done: "2024-08-28", ev: "清理台账、督办记录"},
	{cat: "审判执行", title: "执行案款发放不及时", measures: "7月底前清理历史案款账户，案款发放时限压缩至15个工作日", leader: "副院长 邱建新", dept: "执行局", due: "2024-07-31", status: "已完成", done: "2024-07-30", ev: "案款清理报告"},
	{cat: "审判执行", title: "诉讼服务便民措施落实不到位", measures: "2024年6月开通跨域立案服务，设立诉讼服务中心导诉岗2个", leader: "副院长 汤慧芳", dept: "立案庭", due: "2024-06-30", status: "已完成", done: "2024-06-17", ev: "工作方案、现场照片"},
	{cat: "审判执行", title: "司法鉴定评估委托管理不规范", measures: "修订《对外委托鉴定评估管理办法》，7月起实行随机摇号", leader: "副院长 邱建新", dept: "司法技术室", due: "2024-07-31", status: "已完成", done: "2024-07-08", ev: "管理办法"},
	{cat: "队伍建设", title: "干警作风纪律不够严实", measures: "2024年6月开展作风纪律专项整顿，查纠问题12个", leader: "院长 戚守正", dept: "督察室", due: "2024-07-31", status: "已完成", done: "2024-07-19", ev: "专项整顿总结"},
	{cat: "队伍建设", title: "年轻干警培养机制不健全", measures: "8月底前建立年轻干警导师制，结对24对", leader: "院长 戚守正", dept: "政治部", due: "2024-08-31", status: "已完成", done: "2024-08-20", ev: "导师制实施方案"},
	{cat: "队伍建设", title: "落实中央八项规定精神有薄弱环节", measures: "7月开展公务用车专项检查，清退违规报销油费0.86万元", leader: "副院长 邱建新", dept: "办公室", due: "2024-07-31", status: "已完成", done: "2024-07-16", ev: "检查报告、退款凭证"},
	{cat: "队伍建设", title: "廉政风险防控措施针对性不强", measures: "8月底前梳理审判执行廉政风险点56个，制定防控措施", leader: "院长 戚守正", dept: "督察室", due: "2024-08-31", status: "已完成", done: "2024-08-26", ev: "风险点清单"},
}

func init() {
	const name = "03-qiwu-fayuan-wenze"
	blocks[name+"@LIST"] = func() []string {
		head := [][]string{
			{"序号", "问题类别", "问题", "整改措施", "责任部门", "完成情况", "完成时间"},
		}
		return listTable(head, []col{cNo(""), cCat(""), cTitle(""), cMeasures(""), cDept(""), cStatus(""), cDone("")}, ps03, true)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"县委第二巡察组反馈问题整改台账"}, ledgerHead("责任部门")}, ledgerRows(ps03)...)
		clues := [][]string{
			{"问题线索办理台账"},
			{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"1", "QWXC-2024-01", "执行局干警甘某某", "违规收受当事人财物", "2024-05-10", "督察室", "移送县纪委监委", "2024-06-20", "已办结"},
			{"2", "QWXC-2024-02", "民事审判庭书记员罗某某", "工作作风粗暴", "2024-05-10", "督察室", "谈话提醒", "2024-06-28", "已办结"},
		}
		acc := [][]string{
			{"问责情况台账"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "甘某某", "执行局干警", "政务处分（警告）", "2024-08-12"},
			{"2", "罗某某", "民事审判庭书记员", "诫勉", "2024-07-03"},
			{"3", "孟某某", "立案庭副庭长", "诫勉", "2024-07-03"},
			{"4", "姚某某", "执行局法官助理", "批评教育", "2024-06-26"},
			{"5", "邓某某", "办公室工作人员", "批评教育", "2024-06-26"},
			{"6", "岑某某", "司法技术室工作人员", "责令书面检查", "2024-07-15"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "问题线索", Rows: clues, Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
