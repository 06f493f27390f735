package main

import (
	"fmt"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["06-wenlv-meetings-late"] = func(dir string) error {
		titles := []string{
			"学习贯彻党的二十大精神不够深入", "意识形态阵地管理存在薄弱环节", "公共文化服务体系建设不均衡",
			"文物保护单位安全隐患整治不到位", "旅游景区提质升级推进缓慢", "文旅专项资金管理不规范",
			"历史遗留国有资产处置不及时", "文化市场综合执法不严", "非遗保护传承工作基础薄弱",
			"党组议事决策程序不规范", "基层党支部战斗堡垒作用发挥不充分", "干部队伍结构不优",
			"选人用人工作不够规范", "落实全面从严治党主体责任不到位", "公务接待管理不规范",
			"政府采购程序执行不严", "局属单位财务管理混乱", "廉政风险防控机制不健全", "上轮巡察反馈问题整改不彻底",
		}
		rows := [][]string{
			{"市文化广电旅游局巡察整改台账（集中整改期）"},
			{"序号", "存在问题", "整改目标", "整改措施", "责任领导", "责任处室", "配合单位", "整改期限", "销号情况", "完成时间", "佐证资料"},
		}
		open := map[int][2]string{4: {"2024.3.31", "阶段性完成"}, 5: {"2024年6月底", "阶段性完成"}, 7: {"长期坚持", "尚未启动，已报请市国资部门协调"}}
		for i, t := range titles {
			n := i + 1
			lead := []string{"林雅琴", "吴国强", "郑晓红"}[i%3]
			dept := []string{"办公室", "人事处", "财务审计处", "文物保护处", "产业发展处", "公共服务处"}[i%6]
			if o, ok := open[n]; ok {
				rows = append(rows, []string{fmt.Sprint(n), t, "问题整改到位", "制定专项方案，分阶段推进", lead, dept, "", o[0], o[1], "", ""})
				continue
			}
			m := 7 + i%5
			rows = append(rows, []string{fmt.Sprint(n), t, "问题整改到位", "制定整改措施并逐项落实", lead, dept, "局属相关单位",
				fmt.Sprintf("%d月30日前", m), "已销号", fmt.Sprintf("2023年%d月%d日", m, 8+i%12), "销号审核表及相关文件"})
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}})
	}
}
