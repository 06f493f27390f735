package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["13-zhujian-shanglun"] = func(dir string) error {
		now := []string{
			"落实住房和城乡建设领域重大决策部署有差距", "老旧小区改造工程质量监管不到位", "建筑市场秩序整治不彻底", "房地产开发项目预售资金监管不严",
			"住房公积金历史欠缴清收不力", "城建档案管理不规范", "党组议事规则执行不严", "基层党支部组织生活不规范",
			"干部选拔任用程序不规范", "干部轮岗交流不够", "政府投资项目结算审核不严", "工程款拨付管理不规范",
			"公务接待管理不规范", "廉政风险防控不到位", "意识形态工作责任制落实不到位", "对下属单位监管不力",
		}
		before := []string{
			"物业管理长效机制不健全", "保障性住房分配监管不严", "建筑工地扬尘治理不到位", "违规发放津补贴", "公务用车管理不规范",
			"政府采购程序不规范", "城建项目审批把关不严", "党组中心组学习不深入", "支部“三会一课”不规范", "干部档案管理不规范",
			"财务报销审核不严", "工程质量检测监管不到位", "信访件办理不及时",
		}
		cur := append([][]string{{"本轮巡察反馈问题整改台账"}},
			problemRows(2024, 1, 6, now, []string{"魏光明", "冯志刚", "姜红"}, []string{"建筑管理股", "房地产市场监管股", "办公室", "计划财务股"},
				map[int]openRow{2: {"2024年12月底前", "正在推进"}, 5: {"2024.12.31", "正在整改"}}, nil)...)
		prev := append([][]string{{"上轮巡察（2020年）反馈问题整改台账"}},
			problemRows(2021, 2, 11, before, []string{"魏光明", "冯志刚"}, []string{"物业管理股", "住房保障股", "办公室"},
				map[int]openRow{1: {"长期坚持", "持续推进"}, 2: {"长期坚持", "正在整改"}, 12: {"长期坚持", "持续推进"}}, nil)...)
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "本轮", Rows: cur, Merges: [][2]string{{"A1", "J1"}}},
			casebuild.Sheet{Name: "上轮", Rows: prev, Merges: [][2]string{{"A1", "J1"}}})
	}
}
