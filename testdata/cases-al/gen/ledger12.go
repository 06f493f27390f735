package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["12-shijian-et-fujian"] = func(dir string) error {
		titles := []string{
			"贯彻落实“四个最严”要求有差距", "特种设备安全监管存在盲区", "食品安全抽检覆盖面不足", "药品零售企业日常检查不到位",
			"行政执法案件办理程序不规范", "党组理论学习中心组学习不深入", "基层市场监管所党建工作薄弱", "干部教育培训针对性不强",
			"执法装备采购程序不规范", "罚没物品处置管理不规范",
		}
		rows := append([][]string{{"县市场监管局巡察整改台账"}},
			problemRows(2023, 5, 9, titles, []string{"柯文华", "宋丽萍"}, []string{"食品安全监管股", "特种设备安全监管股", "办公室"},
				map[int]openRow{3: {"2024.6.30", "正在整改"}}, map[int]bool{2: true, 7: true})...)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "J1"}}})
	}
}
