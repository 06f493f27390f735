package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["09-yunxi-ziranziyuan-wenze"] = func(dir string) {
		titles := []string{
			"耕地保护责任落实不到位", "违法占地整治不彻底", "土地出让金征收不及时", "闲置土地处置进度缓慢", "国有土地使用权出让程序不规范",
			"不动产登记办理时限超出承诺", "不动产登记档案管理混乱", "党组议事决策不规范", "执纪问责偏宽偏软", "党员干部违规经商办企业问题清理不彻底",
		}
		ps := mk(titles, []string{"耕地保护", "耕地保护", "土地出让", "土地出让", "土地出让", "不动产登记", "不动产登记", "党的建设", "党的建设", "党的建设"},
			[]string{"郭振宇", "廖春燕", "魏刚"}, []string{"耕地保护股", "执法监察大队", "土地利用股", "不动产登记中心", "办公室"})
		for i := range ps {
			ps[i].Cat = []string{"耕地保护", "耕地保护", "土地出让", "土地出让", "土地出让", "不动产登记", "不动产登记", "党的建设", "党的建设", "党的建设"}[i]
			ps[i].Meas = "制定整改措施，逐项销号"
			done(&ps[i], []string{"2023/6/30", "2023/5/31"}[i%2], []string{"2023/6/21", "2023/5/30"}[i%2], "云自然党〔2023〕"+ps[i].No+"号", "已销号")
		}
		f := excelize.NewFile()
		sheet(f, "问题整改", "云溪县自然资源局县委巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"具体问题", "title"}, {"整改措施", "meas"}, {"责任领导", "leader"}, {"责任单位", "dept"}, {"完成时限", "dead"}, {"销号情况", "status"}, {"销号时间", "done"}, {"佐证材料", "evid"}},
			ps, "")
		name := "问责情况"
		_, err := f.NewSheet(name)
		must(err)
		rows := [][]string{
			{"问责情况统计表（局机关）"},
			{"序号", "姓名", "职务", "问责事由", "问责方式", "问责时间"},
			{"1", "马某某", "原土地利用股股长", "违规办理土地出让手续", "党纪处分（党内警告）", "2023年5月"},
			{"2", "钟某某", "不动产登记中心副主任", "不动产登记档案管理混乱", "诫勉", "2023年6月"},
			{"3", "谭某某", "不动产登记中心科员", "", "", "2023年6月"},
			{"4", "柯某某", "执法监察大队中队长", "违法占地整治不力", "谈话提醒", "2023年5月"},
			{"5", "尹某某", "执法监察大队队员", "", "", "2023年5月"},
			{"6", "韦某某", "耕地保护股科员", "", "", "2023年5月"},
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(f.SetCellValue(name, cell, v))
			}
		}
		must(f.MergeCell(name, "A1", "F1"))
		must(f.MergeCell(name, "D4", "D5"))
		must(f.MergeCell(name, "E4", "E5"))
		must(f.MergeCell(name, "D6", "D8"))
		must(f.MergeCell(name, "E6", "E8"))
		must(f.SetCellValue(name, "A10", "说明：乡镇自然资源所人员问责情况由各乡镇党委另行统计。"))
		save(f, filepath.Join(dir, "ledger.xlsx"), "问题整改")
	}
}
