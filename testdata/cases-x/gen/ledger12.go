package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["12-yanhu-zhen-fenbie"] = func(dir string) {
		titles := []string{
			"学习贯彻上级决策部署不深入", "落实乡村振兴战略抓手不多", "意识形态工作责任制落实不到位", "防范化解重大风险能力不足", "落实河长制不够有力", "安全生产监管存在漏洞",
			"村级“三资”管理不规范", "村级组织换届后续工作不到位", "党员发展把关不严", "基层党组织书记队伍老化", "“三会一课”制度执行不严格",
			"形式主义官僚主义问题仍有发生", "违规发放加班补贴", "公务用车管理不规范", "为民服务意识不强",
		}
		ps := mk(titles, []string{"x"}, []string{"罗志坚", "乔红英", "邵明", "付国庆", "甘露"}, []string{"党政办", "经济发展办", "组织办", "社会事务办", "财政所"})
		for i := range ps {
			switch {
			case i < 6:
				ps[i].Cat = "政治建设"
			case i < 11:
				ps[i].Cat = "党的建设"
			default:
				ps[i].Cat = "作风建设"
			}
			ps[i].Meas = "逐项制定整改措施"
			switch ps[i].No {
			case "8", "14":
				going(&ps[i], "2023年10月31日", "整改中")
			default:
				done(&ps[i], []string{"6月30日前", "立行立改", "7月31日前"}[i%3], "", "雁党〔2023〕"+ps[i].No+"号", []string{"已完成", "立行立改，已完成", "已完成，已建立长效机制"}[i%3])
			}
		}
		f := excelize.NewFile()
		sheet(f, "镇本级问题", "雁湖镇县委巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"问题清单", "title"}, {"整改措施", "meas"}, {"包保领导", "leader"}, {"责任部门", "dept"}, {"完成时限", "dead"}, {"整改进度", "status"}, {"佐证资料", "evid"}},
			ps, "说明：村级巡察问题由各村（社区）另行建立台账。")
		save(f, filepath.Join(dir, "ledger.xlsx"), "镇本级问题")
	}
}
