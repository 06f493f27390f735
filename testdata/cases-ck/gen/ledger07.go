package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// 岚川水务集团: 16 problems, 13 done (序号9, row 11, has no evidence), 3 not:
// 序号6 未完成 (due 2024年11月30日), 序号12 持续推进 (due 2024年12月31日), 序号16 长期坚持.
func init() {
	ledgers["07-lanchuan-shuiwu-fenxiang"] = func(dir string) error {
		titles := [][2]string{
			{"服务全省水安全保障战略定位不够清晰", "修订集团发展战略规划"},
			{"党委研究重大事项程序不规范", "修订党委议事规则"},
			{"供水管网漏损率偏高", "实施老旧管网改造，漏损率降至10%以下"},
			{"水费回收率低", "开展欠费清收专项行动"},
			{"工程建设项目招标不规范", "修订招标管理办法，开展专项检查"},
			{"污水处理厂提标改造滞后", "加快3座污水处理厂提标改造"},
			{"资金集中管理不到位", "建立资金集中管理平台"},
			{"对外担保管理失控", "清理存量对外担保，修订担保管理办法"},
			{"违规发放补贴", "清退违规发放的补贴"},
			{"所属企业领导人员兼职管理不严", "清理兼职情况"},
			{"干部选拔任用不规范", "修订干部选拔任用工作办法"},
			{"水质检测能力不足", "建设集团水质检测中心"},
			{"基层党组织覆盖不全", "在新设企业同步建立党组织"},
			{"八项规定精神执行不严", "开展公务用车和公务接待专项检查"},
			{"内部审计监督作用发挥不充分", "修订内部审计工作规定"},
			{"企业数字化转型进展缓慢", "制定智慧水务建设规划"},
		}
		leaders := []string{"党委书记、董事长 魏启东", "总经理 柴立新", "党委副书记 汤秀云", "纪委书记 鲁文斌"}
		depts := []string{"党委办公室", "生产运营部", "财务部", "工程管理部", "人力资源部"}
		var ps []p
		for i, t := range titles {
			n := i + 1
			l, d := leaders[i%len(leaders)], depts[i%len(depts)]
			switch n {
			case 6:
				ps = append(ps, going("限期整改", t[0], t[1], l, d, "2024年11月30日", "未完成", "未完成", "未完成"))
			case 12:
				ps = append(ps, going("限期整改", t[0], t[1], l, d, "2024年12月31日", "阶段性完成", "持续推进", "持续推进"))
			case 16:
				ps = append(ps, going("长期坚持", t[0], t[1], l, d, "长期坚持", "持续推进", "持续推进", "持续推进"))
			default:
				x := done("立行立改", t[0], t[1], l, d, "2024年7月31日", "2024年7月"+itoa2(5+i)+"日", "整改材料")
				if n == 9 {
					x.ev = ""
				}
				ps = append(ps, x)
			}
		}
		head := stageHead("第一阶段（6月底）", "第二阶段（7月底）")
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), stageSheet("整改台账", "岚川水务集团有限公司巡视整改台账", head, ps))
	}
}
