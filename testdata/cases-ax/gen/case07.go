package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 07: another county people's court, clean; PDF with ruled tables. Nine
// problems, eight done (one 已完成（长期坚持）); the report's accountability
// table totals 3, as its prose and the ledger; 防止干预司法“三个规定” is a set
// phrase, not three rules (the ledger's rules sheet holds the 2 the report claims).
var ps07 = []prob{
	{title: "贯彻落实上级法院和县委决策部署不够有力", measures: "2024年7月起每季度召开1次党组会议专题研究重大部署落实情况", leader: "院长 符志坚", dept: "办公室", due: "2024-08-31", status: "已完成", done: "2024-07-30", ev: "党组会议纪要"},
	{title: "审判质效指标排名靠后", measures: "8月底前建立审判质效月度分析通报机制，结案率提高到85%以上", leader: "副院长 骆红英", dept: "审判管理办公室", due: "2024-09-30", status: "已完成", done: "2024-09-20", ev: "月度通报"},
	{title: "执行难问题解决不够彻底", measures: "开展涉民生案件专项执行行动，9月底前执结涉民生案件46件", leader: "副院长 聂文涛", dept: "执行局", due: "2024-09-30", status: "已完成", done: "2024-09-27", ev: "专项行动总结"},
	{title: "落实防止干预司法“三个规定”不到位", measures: "7月组织全院干警专题学习1次，建立“三个规定”月报告制度", leader: "院长 符志坚", dept: "政治部", due: "2024-07-31", status: "已完成", done: "2024-07-22", ev: "学习记录、月报告制度"},
	{title: "人民法庭建设存在短板", measures: "2024年12月底前完成2个人民法庭诉讼服务站改造", leader: "副院长 骆红英", dept: "司法行政装备科", due: "2024-12-31", status: "正在整改", ev: "改造工程合同"},
	{title: "涉案财物管理不规范", measures: "8月制定《涉案财物管理办法》，对库存涉案财物逐件清点登记", leader: "副院长 聂文涛", dept: "司法行政装备科", due: "2024-08-31", status: "已完成", done: "2024-08-14", ev: "管理办法、清点清单"},
	{title: "干警教育管理监督失之于宽", measures: "2024年7月起每半年开展1次干警廉政谈话，建立干警廉政档案", leader: "院长 符志坚", dept: "政治部", due: "2024-07-31", status: "已完成（长期坚持）", done: "2024-07-26", ev: "谈话记录、廉政档案"},
	{title: "公务用车管理不严格", measures: "7月开展公务用车专项检查，补缴私车公养费用0.62万元", leader: "副院长 骆红英", dept: "办公室", due: "2024-07-31", status: "已完成", done: "2024-07-18", ev: "检查报告、缴款凭证"},
	{title: "基层党支部组织生活不规范", measures: "8月底前对6个党支部“三会一课”记录逐一检查，建立整改清单", leader: "党组成员 韦丽萍", dept: "机关党委", due: "2024-08-31", status: "已完成", done: "2024-08-29", ev: "检查记录"},
}

func init() {
	const name = "07-lankou-fayuan-clean"
	blocks[name+"@LIST"] = func() []string {
		return listTable(nil, []col{cNo("序号"), cTitle("反馈问题"), cMeasures("整改措施"), cLeader("责任领导"), cDept("责任部门"), cStatus("完成情况")}, ps07, false)
	}
	ledgers[name] = func(dir string) error {
		probs := append([][]string{{"县委第三巡察组反馈问题整改台账"}, ledgerHead("责任部门")}, ledgerRows(ps07)...)
		acc := [][]string{
			{"问责情况"},
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "冯某某", "执行局法官", "诫勉", "2024-08-20"},
			{"2", "段某某", "司法行政装备科科长", "诫勉", "2024-08-20"},
			{"3", "温某某", "办公室驾驶员", "批评教育", "2024-07-24"},
		}
		rules := [][]string{
			{"制度建设"},
			{"序号", "制度名称", "新建/修订", "印发时间"},
			{"1", "防止干预司法“三个规定”月报告制度", "新建", "2024-07-22"},
			{"2", "涉案财物管理办法", "新建", "2024-08-14"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: probs, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}},
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}
}
