package main

import (
	"os"
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A ledger that did not survive the copy: 15 problems (11 done, 4 in progress)
// and 3 people held accountable, written as XLSX and then cut off at 60% of its
// bytes, so that it cannot be read at all.
func init() {
	ledgers["07-meixi-nongye-damaged-ledger"] = func(dir string) error {
		var ps []prob
		for i, t := range []string{"落实粮食安全责任制不到位", "高标准农田建设项目质量不高", "农机购置补贴审核把关不严", "涉农资金使用绩效不高",
			"农村集体“三资”监管薄弱", "动物防疫工作存在漏洞", "农产品质量安全监管不到位", "项目验收流于形式",
			"违规发放工作补贴", "公务接待管理不规范", "基层党组织建设薄弱", "干部作风不实",
			"农村人居环境整治推进缓慢", "乡村产业项目带农增收效果不明显", "干部选任程序不规范"} {
			st, done := "已完成", "2024-06-28"
			if i == 1 || i == 4 || i == 12 || i == 13 {
				st, done = "正在整改", ""
			}
			ps = append(ps, prob{"巡察反馈", t, "制定整改方案，逐项落实", "阎立春", "办公室", "2024-12-31", st, done, "整改报告", ""})
		}
		acc := [][]string{
			{"序号", "姓名", "职务", "问责方式", "问责时间"},
			{"1", "黄某某", "农机站原站长", "党纪处分（党内警告）", "2024-06-19"},
			{"2", "吕某某", "农田建设股股长", "诫勉谈话", "2024-06-19"},
			{"3", "韦某某", "计财股工作人员", "诫勉谈话", "2024-06-19"},
		}
		p := filepath.Join(dir, "ledger.xlsx")
		if err := casebuild.WriteXLSX(p,
			casebuild.Sheet{Name: "问题整改台账", Rows: withHead("县农业农村局县委巡察反馈问题整改台账", numbered(1, ps)), Merges: [][2]string{{"A1", "K1"}}},
			casebuild.Sheet{Name: "问责情况", Rows: acc}); err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, b[:len(b)*60/100], 0o644)
	}
}
