package main

import (
	"fmt"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func init() {
	ledgers["14-yibao-xls-qizhong"] = func(dir string) error {
		titles := []string{
			"医保基金监管存在漏洞", "定点医药机构协议管理不严", "违规使用医保基金追回不及时", "医保经办服务效率不高",
			"异地就医结算政策宣传不到位", "党组会议议事规则执行不严", "公务接待管理不规范", "办公用房超标准使用",
			"医保信息系统安全管理不到位", "药品耗材集中带量采购执行不严", "医保支付方式改革推进缓慢", "干部选拔任用程序不规范",
			"基层党支部组织生活不规范", "意识形态工作责任制落实不到位", "内部控制制度不健全", "政府采购程序不规范",
			"干部队伍专业能力不足", "医保基金长效监管机制不健全", "医保经办服务体系建设滞后", "廉政风险防控体系不完善",
		}
		// 1-8 立行立改 (done), 9-17 限期整改 (7 done, 15 and 16 in progress), 18-20 长期整改 (in progress)
		rows := [][]string{
			{"市医疗保障局巡察反馈问题整改台账"},
			{"序号", "具体问题", "整改类型", "整改措施", "责任领导", "责任科室", "完成时限", "完成情况", "完成时间", "佐证资料", "备注"},
		}
		for i, t := range titles {
			n := i + 1
			lead := []string{"贺春林", "潘国华", "陆敏"}[i%3]
			dept := []string{"基金监管科", "医药服务管理科", "办公室", "待遇保障科"}[i%4]
			switch {
			case n <= 8:
				rows = append(rows, []string{fmt.Sprint(n), t, "立行立改", "立即整改并建立制度", lead, dept, "立行立改", "已完成", fmt.Sprintf("2023年3月%d日", 15+n), "整改报告", ""})
			case n == 15:
				rows = append(rows, []string{fmt.Sprint(n), t, "限期整改", "修订内部控制制度汇编", lead, dept, "2023年12月31日", "正在推进，预计年底前完成", "", "", ""})
			case n == 16:
				rows = append(rows, []string{fmt.Sprint(n), t, "限期整改", "修订政府采购内控规程", lead, dept, "2023/12/31", "正在整改，已完成初稿", "", "", ""})
			case n <= 17:
				rows = append(rows, []string{fmt.Sprint(n), t, "限期整改", "制定整改方案限期完成", lead, dept, fmt.Sprintf("2023.%d.30", 4+(n-9)%5), "已完成，已建立长效机制", fmt.Sprintf("2023.%d.%d", 4+(n-9)%5, n), "整改报告及制度文件", ""})
			default:
				rows = append(rows, []string{fmt.Sprint(n), t, "长期整改", "建立常态化工作机制", lead, dept, "长期坚持", "长期坚持，持续推进中", "", "阶段性工作总结", ""})
			}
		}
		rows = append(rows, []string{}, []string{"填表人：林晓　　联系电话：0791-8866123"})
		return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"), casebuild.Sheet{Name: "整改台账", Rows: rows, Merges: [][2]string{{"A1", "K1"}}})
	}
}
