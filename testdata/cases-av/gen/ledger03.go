package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 03: an Excel 97 workbook of a provincial commission: one problems sheet (35; 26 done).
func init() {
	ledgers["03-dongchuan-weijian"] = func(dir string) error {
		ps := probRows(caseProblems["03-dongchuan-weijian"], func(s string) string { return s })
		head := []string{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任处室", "完成时限", "整改情况", "完成时间", "佐证材料", "备注"}
		rows := append([][]string{{"省卫生健康委党组巡视反馈意见整改落实台账"}, head}, numbered(1, ps)...)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}})
	}
}
