package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["15-guotou-no-dlm"] = func(dir string) error {
		titles := []string{
			"落实县委县政府重大决策部署不到位", "历史遗留土地资产处置不及时", "投资决策程序不规范", "子公司改制推进缓慢",
			"党委前置研究讨论重大经营管理事项不规范", "基层党组织建设薄弱", "选人用人程序不规范", "违规发放薪酬",
			"业务招待费管理不规范", "合同管理不规范", "廉洁风险防控不到位",
		}
		rows := append([][]string{{"巡察反馈问题整改台账"}},
			problemRows(2023, 7, 12, titles, []string{"邵国庆", "方志强"}, []string{"资产管理部", "财务部", "党群工作部"},
				map[int]openRow{2: {"2024.6.30", "正在推进"}, 4: {"2024年6月底", "正在整改"}}, nil)...)
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "J1"}}})
	}
}
