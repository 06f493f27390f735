package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A city hospital of Chinese medicine: a WPS .et workbook (Excel 97 bytes),
// title row, 16 findings (13 done, 3 in progress due 2024-12-31), columns in
// an order of its own (科室 before 责任人, 是否完成).
func init() {
	ledgers["09-zhechuan-zhongyiyuan-huiyi"] = func(dir string) error {
		type p struct{ title, dept, lead, meas string }
		list := []p{
			{"超标准收取医疗服务费用", "医务科", "欧阳斌", "开展收费项目自查，清退多收费用"},
			{"分解项目收费", "医务科", "欧阳斌", "收费审核嵌入信息系统"},
			{"违规发放津补贴", "人事科", "杭晓东", "收回违规发放的津补贴"},
			{"大型医疗设备购置未充分论证", "设备科", "杭晓东", "建立大型设备购置专家论证制度"},
			{"设备维保合同重复约定服务内容", "设备科", "杭晓东", "追回多付维保费用，重新签订合同"},
			{"少缴房产税等税费", "财务科", "易红梅", "补缴税费"},
			{"财务核算不规范", "财务科", "易红梅", "调整会计科目，规范核算"},
			{"预算管理与业务管理脱节", "财务科", "易红梅", "实行全面预算管理"},
			{"科室绩效分配不规范", "人事科", "杭晓东", "修订院科两级绩效考核分配方案"},
			{"药品和耗材二级库管理薄弱", "药剂科", "欧阳斌", "推行二级库零库存管理"},
			{"政府采购意向未按规定公开", "采购办", "杭晓东", "按规定公开采购意向"},
			{"合同管理不规范", "院办", "卓丽", "建立合同归口管理和审查制度"},
			{"内部审计监督作用发挥不够", "审计科", "卓丽", "制定内部审计工作规划"},
		}
		rows := [][]string{
			{"柘川市中医院原院长离任经济责任审计发现问题整改台账"},
			{"序号", "审计发现问题", "整改责任科室", "责任人", "整改措施", "整改时限", "整改进度", "完成时间", "佐证材料"},
		}
		dl := []string{"2024年5月31日", "2024年6月30日", "2024年7月15日"}
		dd := []string{"2024年5月24日", "2024年6月21日", "2024年7月9日"}
		for i, x := range list {
			rows = append(rows, []string{itoa(i + 1), x.title, x.dept, x.lead, x.meas, dl[i%3], "已完成", dd[i%3], "整改文件、凭证"})
		}
		rows = append(rows,
			[]string{"14", "基本建设项目超概算", "基建办", "杭晓东", "开展概算调整审核，追究相关责任", "2024年12月31日", "正在推进", "", "概算调整报告（送审）"},
			[]string{"15", "往来款项长期未清理", "财务科", "易红梅", "分类清理往来款项", "2024年12月31日", "正在推进", "", "清理明细"},
			[]string{"16", "医保基金使用不规范", "医保办", "欧阳斌", "配合医保部门核查，退回违规使用基金", "2024年12月31日", "正在推进", "", "核查情况说明"},
		)
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "I1"}}})
	}
}
