package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 10: an XLSX of a provincial bureau: problems (25; 19 done) and rules (15: 8 new, 7 revised).
func init() {
	ledgers["10-dongchuan-yibao"] = func(dir string) error {
		ps := probRows(caseProblems["10-dongchuan-yibao"], func(s string) string { return s })
		head := []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任处室", "整改时限", "整改进展", "完成时间", "佐证材料", "备注"}
		rows := append([][]string{{"省医疗保障局省委巡视反馈问题整改台账"}, head}, numbered(1, ps)...)
		rules := [][]string{
			{"巡视整改制度建设台账"},
			{"序号", "制度名称", "类型", "印发时间"},
			{"1", "东川省深化医疗保障制度改革重点任务清单", "新建", "2024-10-08"},
			{"2", "东川省医疗服务价格动态调整实施办法", "新建", "2024-11-05"},
			{"3", "长期护理保险失能等级评估管理办法", "新建", "2024-11-18"},
			{"4", "直属单位“三重一大”事项报备制度", "新建", "2024-10-12"},
			{"5", "医保系统干部专业能力提升计划", "新建", "2024-09-27"},
			{"6", "局党组意识形态工作责任制实施细则", "新建", "2024-10-24"},
			{"7", "局巡视整改成果转化运用办法", "新建", "2024-10-15"},
			{"8", "全省医疗保障系统工作督查办法", "新建", "2024-11-08"},
			{"9", "局党组落实全面从严治党主体责任清单", "修订", "2024-09-24"},
			{"10", "定点医药机构协议管理办法", "修订", "2024-10-16"},
			{"11", "局机关会议费管理办法", "修订", "2024-10-10"},
			{"12", "局机关干部选拔任用工作规程", "修订", "2024-10-18"},
			{"13", "医保经办内部控制规程", "修订", "2024-11-21"},
			{"14", "医疗保障基金使用监督管理实施细则", "修订", "2024-10-25"},
			{"15", "局党组工作规则", "修订", "2024-09-20"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "问题整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}},
			casebuild.Sheet{Name: "制度建设台账", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}
}
