package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 08: an XLSX of a provincial department: one problems sheet with a 填报 line and a
// 合计 line; 35 problems, 29 done (序号9 among them: the report leaves it out).
func init() {
	ledgers["08-dongchuan-jiaotong"] = func(dir string) error {
		ps := probRows(caseProblems["08-dongchuan-jiaotong"], func(s string) string { return s })
		head := []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任处室", "整改时限", "整改进展", "完成时间", "佐证材料", "备注"}
		rows := append([][]string{{"省交通运输厅省委巡视反馈问题整改台账"}, {"填报单位（盖章）：省交通运输厅巡视整改工作领导小组办公室　　截至日期：2024年9月10日"}, head}, numbered(1, ps)...)
		rows = append(rows, []string{"合计", "", "35个问题", "", "", "", "", "已完成29个", "", "", ""})
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}, {"A2", "K2"}}})
	}
}
