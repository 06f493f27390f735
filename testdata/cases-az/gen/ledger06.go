package main

import (
	"os"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 8 problems: 7 done, 序号5 (内部审计) in progress although the report calls it done;
// 序号7 done although the report says 正在推进. evidence/ holds the signed ledger as a
// scan that shows 序号5 done too: evidence is counted, never read.
func init() {
	ledgers["06-tingmei-weijian-signedscan"] = func(dir string) error {
		ps := []prob{
			{"民生服务", "家庭医生签约服务质量不高", "实行季度考核，电话回访签约居民", "陶建平", "基层卫生股", "2024-07-31", "已完成", "2024-07-15", "考核通报", ""},
			{"民生服务", "基层医疗机构药品短缺", "建立三级药品联动采购机制", "陶建平", "药政股", "2024-07-31", "已完成", "2024-07-26", "采购机制文件", ""},
			{"民生服务", "医疗服务价格执行不规范", "开展价格专项检查，清退多收费用", "梁雪梅", "医政医管股", "2024-06-30", "已完成", "2024-06-21", "清退凭证", ""},
			{"资金管理", "卫生健康专项资金使用不规范", "委托第三方开展专项审计", "梁雪梅", "财务股", "2024-08-31", "已完成", "2024-08-28", "审计报告", ""},
			{"资金管理", "公立医院内部审计缺位", "制定内部审计工作规定，配齐专职审计人员", "陶建平", "财务股", "2024-12-31", "正在整改", "", "内部审计工作规定", "县中医院审计人员未到位"},
			{"廉洁从医", "医药购销领域回扣治理不力", "开展集中整治，签订廉洁从业承诺书", "梁雪梅", "医政医管股", "2024-07-31", "已完成", "2024-07-22", "承诺书汇总表", ""},
			{"基础设施", "乡镇卫生院基础设施薄弱", "争取项目资金改造乡镇卫生院", "陶建平", "规划发展股", "2024-09-30", "已完成", "2024-09-13", "竣工验收单", ""},
			{"党的建设", "党建工作与业务工作融合不深", "开展党建品牌创建，考核结果与绩效挂钩", "龚文海", "机关党委", "2024-08-31", "已完成", "2024-08-20", "创建方案", ""},
		}
		if err := casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"),
			casebuild.Sheet{Name: "整改台账", Rows: withHead("汀湄县卫生健康局县委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}}); err != nil {
			return err
		}
		// the copy signed in August: 序号5 written down as done before the audit staff were in place
		rows := [][]string{
			{"汀湄县卫生健康局县委巡察反馈问题整改台账（盖章版）"},
			{"序号", "问题描述", "整改措施", "责任领导", "责任股室", "整改时限", "整改进展", "完成时间"},
		}
		for i, p := range ps {
			st, done := p.status, p.done
			if i == 4 {
				st, done = "已完成", "2024-08-30"
			}
			if i == 6 {
				st, done = "正在整改", ""
			}
			rows = append(rows, []string{itoa(i + 1), p.title, p.measures, p.leader, p.dept, p.due, st, done})
		}
		rows = append(rows, []string{"填表人：易春兰", "", "审核人：陶建平", "", "", "单位负责人：龚文海"})
		if err := os.MkdirAll(filepath.Join(dir, "evidence"), 0o755); err != nil {
			return err
		}
		return scanWorkbook(filepath.Join(dir, "evidence", "整改台账（盖章版）.pdf"), map[int][]string{1: {"rot=-0.5", "seal"}},
			printedSheet{Sheet: casebuild.Sheet{Name: "台账", Rows: rows, Merges: [][2]string{{"A1", "H1"}}}, head: 2,
				widths: []float64{5, 30, 34, 9, 12, 11, 10, 11}})
	}
}
