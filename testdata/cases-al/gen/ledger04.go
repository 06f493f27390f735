package main

import (
	"fmt"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["04-weijian-rate"] = func(dir string) error {
		titles := []string{
			"落实党的卫生健康工作方针有差距", "公立医院党委领导下的院长负责制落实不到位", "基层医疗卫生机构服务能力不足",
			"家庭医生签约服务流于形式", "医疗卫生人才引进培养机制不健全", "县域医共体建设推进缓慢",
			"疾病预防控制体系建设滞后", "医疗废物处置监管不到位", "医疗机构不合理检查和收费问题",
			"医保基金使用监管存在漏洞", "药品耗材集中采购执行不严", "卫生健康领域“放管服”改革不到位",
			"党组理论学习中心组学习不深入", "意识形态工作责任制落实不到位", "基层党组织书记抓党建述职流于形式",
			"医疗卫生单位党支部标准化建设不达标", "干部选拔任用程序不规范", "干部轮岗交流不够",
			"医德医风建设抓得不实", "医疗领域腐败问题集中整治不深入", "公务接待管理不规范",
			"公务用车使用管理不规范", "政府采购内控不健全", "专项资金拨付滞后",
			"基建项目管理不规范", "对下属单位财务监管不力", "廉政风险点排查不全面",
			"信访举报办理不及时", "上轮巡察整改后续工作不到位", "卫生健康信息化建设滞后",
			"村卫生室运行经费保障不足", "职业病防治监管不力",
		}
		rows := [][]string{
			{"县卫生健康局巡察反馈问题整改落实情况台账"},
			{"序号", "问题描述", "整改措施", "责任领导", "责任股室", "整改时限", "完成情况", "完成时间", "佐证材料"},
		}
		open := map[int][2]string{5: {"2024年底前", "正在推进，已引进紧缺专业人才6名"}, 6: {"2024.9.30", "正在整改"},
			7: {"长期坚持", "持续推进"}, 30: {"2024/12/31", "正在整改"}, 31: {"2024年10月底", "推进中"}}
		leaders := []string{"汪海涛", "钟敏", "许文杰", "钟敏"}
		depts := []string{"办公室", "医政医管股", "基层卫生股", "规划财务股", "人事股"}
		for i, t := range titles {
			n := i + 1
			lead, dept := leaders[i%len(leaders)], depts[i%len(depts)]
			if o, ok := open[n]; ok {
				rows = append(rows, []string{fmt.Sprint(n), t, "制定专项整改方案，按季度调度推进", lead, dept, o[0], o[1], "", ""})
				continue
			}
			month := 5 + i%8
			due := fmt.Sprintf("2023.%d.30", month)
			at := fmt.Sprintf("2023.%d.%d", month, 10+i%15)
			if i >= 19 && i < 27 {
				due = fmt.Sprintf("2024.%d.28", 1+i%3)
				at = fmt.Sprintf("2024.%d.%d", 1+i%3, 5+i%10)
			}
			rows = append(rows, []string{fmt.Sprint(n), t, "制定整改方案，建立工作台账，逐项落实", lead, dept, due, "已完成", at, "整改报告及相关文件"})
		}
		rows = append(rows, []string{}, []string{"说明：完成情况截至2024年4月20日。"})
		notes := casebuild.Sheet{Name: "填报说明", Rows: [][]string{{"本台账由局巡察整改办公室每月更新一次，各责任股室对所填内容负责。"}}}
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "I1"}}},
			notes)
	}
}
