package main

import "path/filepath"

// 05: a GBK CSV (the problems sheet alone): 30 problems, 23 done; row of 序号19
// in progress past its deadline of 2024-08-31.
func init() {
	ledgers["05-dongchuan-shengtai"] = func(dir string) error {
		ps := probRows(caseProblems["05-dongchuan-shengtai"], func(s string) string { return s })
		rows := [][]string{{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任处室", "整改时限", "整改状态", "完成时间", "佐证材料", "备注"}}
		for i, p := range ps {
			rows = append(rows, []string{itoa(i + 1), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev, p.note})
		}
		return writeCSVGBK(filepath.Join(dir, "ledger.csv"), rows)
	}
}
