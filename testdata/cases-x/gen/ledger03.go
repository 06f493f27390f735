package main

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["03-yixi-jiaoyu-lingdaoxiaozu"] = func(dir string) {
		titles := []string{
			"落实立德树人根本任务有差距", "意识形态阵地管理不严", "校外培训治理不到位", "“双减”政策落实不够有力", "教育资源配置不均衡",
			"教师职称评审把关不严", "教育收费管理不规范", "学校食堂经营管理存在漏洞", "基建项目管理不规范", "党组议事决策不规范",
			"落实“第一议题”制度不严格", "所属学校党组织作用发挥不充分", "干部选拔任用程序不规范", "师德师风建设抓得不实", "上轮巡察问题整改不彻底",
		}
		ps := mk(titles, []string{"政治建设", "业务工作", "党的建设"}, []string{"杨光辉", "王丽萍", "孙志刚", "许文博"}, []string{"基础教育股", "人事股", "计划财务股", "办公室", "党建办"})
		for i := range ps {
			ps[i].Meas = "建立问题清单，逐项整改销号"
			switch ps[i].No {
			case "3", "9":
				going(&ps[i], "2023年12月31日", "持续推进中")
			default:
				done(&ps[i], []string{"2023年6月30日", "2023年5月31日", "立行立改"}[i%3], "2023年5月"+[]string{"10", "20", "25"}[i%3]+"日", "沂教党〔2023〕"+ps[i].No+"号", "已整改到位")
			}
		}
		f := excelize.NewFile()
		sheet(f, "问题整改清单", "县委第二巡察组反馈问题整改落实台账", "填报单位：沂溪县教育局（盖章）　　填报日期：2023年7月15日",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"存在问题", "title"}, {"整改措施", "meas"}, {"牵头领导", "leader"}, {"牵头股室", "dept"}, {"完成时限", "dead"}, {"完成情况", "status"}, {"完成时间", "done"}, {"佐证材料", "evid"}},
			ps, "")
		save(f, filepath.Join(dir, "ledger.xlsx"), "问题整改清单")
	}
}
