package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["11-tingyang-zhujian-partssum"] = func(dir string) {
		titles := []string{
			"城市更新项目推进缓慢", "城区老旧供水管网改造资金缺口较大", "住房保障对象动态管理不严", "公租房租金收缴不及时", "城市燃气安全监管不到位", "物业服务企业监管不力",
			"建筑市场秩序不规范", "工程质量安全监管存在薄弱环节", "住房公积金缴存扩面进展缓慢", "建设工程招投标监管不严", "工程款拖欠问题化解不力", "施工图审查流于形式",
			"党组理论学习不深入", "“三重一大”决策制度落实不严格", "干部队伍专业化水平不高", "基层党支部作用发挥不充分", "廉政风险防控机制不健全",
		}
		ps := mk(titles, []string{"x"}, []string{"熊伟", "覃晓红", "汤永明", "卢俊"}, []string{"城建股", "住房保障股", "建筑管理股", "质安站", "办公室", "人事股"})
		for i := range ps {
			switch {
			case i < 6:
				ps[i].Cat = "落实县委决策部署"
			case i < 12:
				ps[i].Cat = "行业监管"
			default:
				ps[i].Cat = "党的建设"
			}
			ps[i].Meas = "逐项制定整改措施"
			switch ps[i].No {
			case "1", "5", "11", "15":
				going(&ps[i], "2023年12月底", "正在推进，预计年底前完成")
			case "2":
				going(&ps[i], "2024/6/30", "未启动，原因是资金尚未落实")
			default:
				done(&ps[i], []string{"2023/6/30", "2023/7/15", "立行立改"}[i%3], []string{"2023/6/25", "2023/7/10", "2023/5/8"}[i%3], "汀住建党〔2023〕"+ps[i].No+"号", "已完成")
			}
		}
		f := excelize.NewFile()
		sheet(f, "整改台账", "汀阳县住房和城乡建设局巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"具体问题", "title"}, {"问题类别", "cat"}, {"整改措施", "meas"}, {"责任单位", "dept"}, {"责任领导", "leader"}, {"完成时限", "dead"}, {"目前进展", "status"}, {"完成时间", "done"}, {"佐证资料", "evid"}},
			ps, "填表人：祁芳")
		save(f, filepath.Join(dir, "ledger.xlsx"), "整改台账")
	}
}
