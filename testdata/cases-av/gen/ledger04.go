package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 04: a WPS .et (Excel 97) workbook of a central enterprise: problems (30; 24 done)
// and the 7 people held accountable.
func init() {
	ledgers["04-zhongguo-yuanfan-hangyun-clean"] = func(dir string) error {
		ps := probRows(caseProblems["04-zhongguo-yuanfan-hangyun-clean"], func(s string) string { return s })
		head := []string{"序号", "问题类型", "反馈问题", "整改措施", "牵头领导", "责任部门", "完成时限", "整改进展", "完成时间", "佐证材料", "备注"}
		rows := append([][]string{{"中国远帆航运集团党委巡视整改任务台账"}, {"填报单位：集团党委巡视整改工作领导小组办公室　　　填报日期：2024年9月30日"}, head}, numbered(1, ps)...)
		acc := [][]string{
			{"巡视整改问责情况"},
			{"序号", "被问责人", "职务", "问责方式", "问责时间"},
			{"1", "黄某某", "某二级单位原总经理", "党纪处分（严重警告）", "2024-08-09"},
			{"2", "韦某某", "船舶管理部原副总经理", "政务处分（降级）", "2024-08-09"},
			{"3", "蔡某某", "某二级单位副总经理", "组织处理（调离岗位）", "2024-08-20"},
			{"4", "田某某", "某船员外派机构负责人", "诫勉", "2024-09-06"},
			{"5", "潘某某", "采购管理部副总经理", "诫勉", "2024-08-21"},
			{"6", "杜某某", "某境外子企业总经理", "诫勉", "2024-09-13"},
			{"7", "魏某某", "某二级单位财务总监", "通报批评", "2024-08-16"},
		}
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"),
			casebuild.Sheet{Name: "整改任务台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}, {"A2", "K2"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc, Merges: [][2]string{{"A1", "E1"}}})
	}
}
