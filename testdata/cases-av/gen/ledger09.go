package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 09: an Excel 97 workbook of a central enterprise: one problems sheet, 27 problems,
// 25 done; row of 序号15 长期坚持 while the report says 已完成（长期坚持）.
func init() {
	ledgers["09-zhongguo-hanhai-liangyou"] = func(dir string) error {
		ps := probRows(caseProblems["09-zhongguo-hanhai-liangyou"], func(s string) string { return s })
		head := []string{"序号", "问题类别", "反馈问题", "整改措施", "牵头领导", "责任部门", "整改时限", "完成情况", "完成时间", "佐证材料", "备注"}
		rows := append([][]string{{"中国瀚海粮油集团党委中央巡视反馈问题整改台账"}, head}, numbered(1, ps)...)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"),
			casebuild.Sheet{Name: "巡视整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}})
	}
}
