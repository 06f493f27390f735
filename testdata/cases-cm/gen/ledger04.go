package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 04: an engineering branch's XLSX: 12 problems all 已销号, and a rules sheet
// of 8 rules (5 新建, 3 修订).
func init() {
	ledgers["04-lanshan-jiantou-sangongsi-huiyi"] = func(dir string) error {
		titles := []string{"项目部临时党支部设置不规范", "“三重一大”事项会前酝酿不充分", "合同履约管理不到位", "工程变更签证手续不全",
			"劳务分包结算审核不严", "机械设备租赁价格偏高", "项目成本核算不实", "财务报销票据审核不严",
			"材料采购比价流于形式", "安全生产费用提取使用不规范", "干部档案管理不规范", "党风廉政建设责任书签订不全"}
		depts := []string{"党群工作部", "综合办公室", "商务合约部", "工程管理部", "商务合约部", "设备物资部", "财务部", "财务部", "设备物资部", "安全质量部", "党群工作部", "纪检监察室"}
		L := []string{"聂怀山", "冉秀梅", "龚启明", "曹立言", "欧春华"}
		var rs []row
		for i, t := range titles {
			rs = append(rs, row{cat: "", title: t, measures: "按整改方案逐项落实", leader: L[i%5], dept: depts[i],
				due: "2024年6月30日", status: "已销号", done: "2024年6月" + itoa(10+i) + "日", ev: "整改佐证材料汇编第" + itoa(i+1) + "册"})
		}
		rules := [][]string{
			{"巡察整改建章立制清单"},
			{"序号", "制度名称", "新建/修订", "印发时间"},
			{"1", "劳务分包管理办法", "新建", "2024-05-28"},
			{"2", "机械设备租赁管理办法", "新建", "2024-06-21"},
			{"3", "项目成本核算办法", "新建", "2024-06-21"},
			{"4", "工程变更签证管理细则", "新建", "2024-05-28"},
			{"5", "项目部临时党支部工作规则", "新建", "2024-04-25"},
			{"6", "财务报销管理办法", "修订", "2024-06-21"},
			{"7", "材料采购管理办法", "修订", "2024-05-28"},
			{"8", "“三重一大”决策制度实施细则", "修订", "2024-04-25"},
		}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			groupSheet("问题整改", "集团党委巡察反馈问题整改台账", "岚山建设投资集团第三工程分公司", rs),
			casebuild.Sheet{Name: "制度建设", Rows: rules, Merges: [][2]string{{"A1", "D1"}}})
	}
}
