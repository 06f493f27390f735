package main

import (
	"fmt"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["07-gongxin-ods-ledger"] = func(dir string) error {
		rows := [][]string{
			{"县工业和信息化局巡察反馈问题整改台账"},
			{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任股室", "完成时限", "完成情况", "完成时间", "佐证材料"},
		}
		for i := 0; i < 24; i++ {
			n := i + 1
			if n == 6 || n == 13 || n == 20 {
				rows = append(rows, []string{fmt.Sprint(n), "全面从严治党", fmt.Sprintf("反馈问题第%d项", n), "制定时间表分步推进", "彭卫东", "规划股", "2024.6.30", "正在整改", "", ""})
				continue
			}
			rows = append(rows, []string{fmt.Sprint(n), "党的建设", fmt.Sprintf("反馈问题第%d项", n), "制定措施逐项落实", "彭卫东", "办公室", "2023.12.31", "已完成", "2023.12.20", "整改报告"})
		}
		return odsFromXLSX(filepath.Join(dir, "ledger.ods"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "J1"}}})
	}
}
