package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 10: a storage branch's XLSX, three sheets: 20 problems by class (12 立行立改
// done, 6 限期整改 with 4 done, 2 长期坚持), 2 clues closed within 60 days,
// 4 people held accountable (2 党纪处分, 2 组织处理).
func init() {
	ledgers["10-donglan-zheyang-chuyun-zijin"] = func(dir string) error {
		L := []string{"葛承志", "温若岚", "司马骏", "甄怡", "费长河"}
		D := []string{"储运调度部", "财务资产部", "安全环保部", "党群工作部", "物资采购部"}
		var rs []row
		for i := 0; i < 20; i++ {
			r := row{leader: L[i%5], dept: D[i%5], measures: "按整改方案落实", status: "已销号", ev: "销号审批表"}
			switch {
			case i < 12:
				r.cat, r.due, r.done = "立行立改", "2024年7月31日", "2024年7月"+itoa(10+i)+"日"
			case i < 16:
				r.cat, r.due, r.done = "限期整改", "2024年10月31日", "2024年10月"+itoa(i)+"日"
			case i < 18:
				r.cat, r.due, r.status, r.ev = "限期整改", "2024年12月31日", "推进中", ""
			default:
				r.cat, r.due, r.status, r.ev = "长期坚持", "长期坚持", "长期坚持", ""
			}
			r.title = []string{"油库收发油计量误差超标", "违规向承运商支付运费", "承运商违约未追究责任", "储罐检测超期", "安全隐患台账不全",
				"特种作业人员持证不全", "备品备件库存积压", "物资采购化整为零", "账实不符", "往来款长期未清理",
				"党支部“三会一课”不规范", "党员发展程序不严格", "运输合同管理不规范", "油品损耗考核不严", "设备租赁未比价",
				"成品油库智能化改造滞后", "老旧管线更新进度慢", "储罐区防雷设施老化", "安全生产长效机制不健全", "廉洁风险防控不到位"}[i]
			rs = append(rs, r)
		}
		clues := [][]string{
			{"巡察移交问题线索处置情况"},
			{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"},
			{"1", "ZY-CY-01", "储运调度部原主任雷某某", "反映违规多付运费", "2024-06-12", "分公司纪委", "立案审查，给予党内严重警告处分", "2024-08-02", "已办结"},
			{"2", "ZY-CY-02", "物资采购部主管卢某某", "反映采购中拆分合同", "2024-06-12", "分公司纪委", "初步核实，给予警告处分", "2024-07-26", "已办结"},
		}
		acc := [][]string{
			{"问责情况统计"},
			{"序号", "姓名", "单位及职务", "问责方式", "处理时间"},
			{"1", "雷某某", "储运调度部原主任", "党纪处分（党内严重警告）", "2024-08-02"},
			{"2", "卢某某", "物资采购部主管", "党纪处分（警告）", "2024-07-26"},
			{"3", "雷某某", "储运调度部原主任", "组织处理（免职）", "2024-08-27"},
			{"4", "柴某某", "财务资产部副经理", "组织处理（调整岗位）", "2024-08-27"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			groupSheet("问题整改", "集团党委第五巡察组反馈问题整改台账", "东岚能源集团柘阳储运分公司", rs),
			casebuild.Sheet{Name: "线索处置", Rows: clues, Merges: [][2]string{{"A1", "I1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
