package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["11-chengtou-photo-minutes"] = func(dir string) error {
		titles := []string{
			"落实市委重大决策部署有偏差", "融资平台债务化解推进缓慢", "国有资产闲置低效", "投资决策程序不规范",
			"工程招投标管理不严", "工程款支付审核不严", "子公司管控不到位", "安全生产责任落实不到位",
			"党委前置研究讨论重大事项不规范", "基层党组织建设薄弱", "选人用人程序不规范", "人才队伍结构不优",
			"意识形态工作责任制落实不到位", "党风廉政建设主体责任落实不力", "违规发放薪酬福利", "公务用车管理不规范",
			"业务招待费管理不规范", "资金管理内控不健全", "合同管理不规范", "对外担保管理不严",
			"审计发现问题整改不到位", "廉洁风险防控不到位", "信访举报办理不及时", "上轮巡察整改不彻底",
			"工程变更签证管理不规范", "物资采购管理不规范",
		}
		open := map[int]openRow{2: {"2025年底前", "正在推进，已化解存量债务3.2亿元"}, 3: {"2024年12月31日", "正在整改"},
			19: {"长期坚持", "持续推进"}, 25: {"2024.9.30", "整改中"}}
		rows := append([][]string{{"集团巡察反馈问题整改台账"}},
			problemRows(2023, 9, 12, titles, []string{"高建军", "章立新", "罗斌"}, []string{"投资发展部", "财务部", "党群工作部", "工程管理部"}, open, nil)...)
		// the 2024 completions: rows 14 to 23 were done in the first half of 2024
		for i := 14; i <= 23; i++ {
			r := rows[i+1]
			if r[7] == "已完成" {
				r[6] = "2024.5.31"
				r[8] = "2024.4." + r[0]
			}
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "J1"}}})
	}
}
