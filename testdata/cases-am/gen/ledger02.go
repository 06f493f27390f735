package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// The six villages of 桃坪乡, each its own sheet (一村一册). A 汇总 sheet before them
// counts each village's rows as the ledger shows them (46 done, 8 in progress).
func init() {
	ledgers["02-taoping-xiang-xuncun"] = func(dir string) error {
		type v struct {
			name, sec, leader string
			titles            []string
			open              map[int]string // 序号 -> deadline of a row still being rectified
		}
		pool := map[string][2]string{
			"财务": {"村级财务管理不规范，存在白条入账、大额现金支付", "清理2022年以来会计凭证，白条补齐手续，大额支出一律转账"},
			"公开": {"村务公开不及时，公开内容不全面", "按季度公开财务收支，重大事项随时公开，乡纪委抽查"},
			"三会": {"“三会一课”落实不到位，会议记录不完整", "制定年度组织生活计划，乡党建办每月检查会议记录"},
			"发包": {"集体资产资源发包未经民主程序", "对现有发包合同逐份清理，重新履行“四议两公开”程序"},
			"低保": {"低保评议不规范，存在优亲厚友现象", "对全村低保户重新入户核查评议，结果公示"},
			"误工": {"误工补贴发放不规范，标准不统一", "制定误工补贴发放细则，清退超标准发放部分"},
			"工程": {"村级小型工程未按规定程序发包", "修订村级工程项目管理制度，后续项目一律由乡村级项目中心把关"},
			"党员": {"发展党员程序不规范，材料缺失", "对近五年发展党员档案逐份审核，补齐缺失材料"},
			"档案": {"村级档案管理混乱", "聘请档案员整理2019年以来村级档案，分类装盒归档"},
			"占用": {"集体土地被个人长期无偿占用", "逐户核实占用情况，收回土地或补签租赁合同"},
			"经济": {"村级集体经济发展缓慢，经营性收入低", "制定集体经济三年发展计划，盘活闲置村小学校舍"},
			"债务": {"村级债务化解不力", "摸清债务底数，制定分年度化解计划"},
			"纠纷": {"矛盾纠纷排查化解不及时", "建立矛盾纠纷月排查机制，重点纠纷由包村领导包案"},
			"人居": {"人居环境整治不彻底，长效保洁机制未建立", "落实保洁员和网格责任，每月评比公示"},
		}
		vs := []v{
			{"桃坪村", "桃坪村党支部", "杨建华", []string{"财务", "公开", "三会", "发包", "低保", "误工", "工程", "党员", "档案", "人居"}, map[int]string{7: "2024年12月31日"}},
			{"黄泥村", "黄泥村党支部", "李德旺", []string{"财务", "公开", "三会", "低保", "误工", "占用", "党员", "纠纷", "人居"}, map[int]string{6: "2024年11月30日"}},
			{"杉木村", "杉木村党支部", "彭先进", []string{"财务", "三会", "发包", "误工", "经济", "债务", "档案", "人居"}, map[int]string{5: "2025年12月31日", 6: "2025年12月31日"}},
			{"龙口村", "龙口村党总支", "谢长青", []string{"财务", "公开", "发包", "低保", "工程", "占用", "党员", "纠纷", "档案"}, map[int]string{4: "2024年10月31日"}},
			{"坪上村", "坪上村党支部", "曾庆云", []string{"财务", "公开", "三会", "发包", "低保", "误工", "工程", "占用", "党员", "人居"}, map[int]string{3: "长期坚持"}},
			{"竹园村", "竹园村党支部", "何小明", []string{"公开", "三会", "误工", "占用", "经济", "债务", "纠纷", "人居"}, map[int]string{5: "2025年12月31日", 6: "2025年12月31日"}},
		}
		sum := casebuild.Sheet{Name: "汇总", Rows: [][]string{
			{"桃坪乡村级巡察反馈问题整改进度汇总表"},
			{"村名", "反馈问题数", "已整改", "正在整改", "备注"},
		}, Merges: [][2]string{{"A1", "E1"}}}

		var sheets []casebuild.Sheet
		tp, td, to := 0, 0, 0
		for _, vl := range vs {
			rows := [][]string{
				{"桃坪乡" + vl.name + "村级巡察反馈问题整改台账"},
				{"填报单位：" + vl.sec + "　　　　填报时间：2024年8月31日"},
				{"序号", "问题类型", "反馈问题", "整改措施", "责任人", "责任单位", "整改时限", "整改进展", "完成时间", "佐证材料"},
			}
			done := 0
			for i, k := range vl.titles {
				n := i + 1
				cat := "基层党建"
				switch k {
				case "财务", "发包", "误工", "工程", "占用", "经济", "债务":
					cat = "“三资”管理"
				case "低保", "纠纷", "人居", "公开":
					cat = "惠民政策和群众身边问题"
				}
				dept := vl.sec
				if cat == "“三资”管理" {
					dept = vl.name + "村民委员会"
				}
				if due, ok := vl.open[n]; ok {
					rows = append(rows, []string{itoa(n), cat, pool[k][0], pool[k][1], vl.leader, dept, due, "正在整改", "", "", ""})
					continue
				}
				done++
				m := 6 + i%3
				rows = append(rows, []string{itoa(n), cat, pool[k][0], pool[k][1], vl.leader, dept,
					"2024年" + itoa(m) + "月30日", "已整改", "2024年" + itoa(m) + "月" + itoa(10+i) + "日", "整改说明及相关凭证"})
			}
			sheets = append(sheets, casebuild.Sheet{Name: vl.name, Rows: rows, Merges: [][2]string{{"A1", "J1"}, {"A2", "J2"}}})
			n := len(vl.titles)
			sum.Rows = append(sum.Rows, []string{vl.name, itoa(n), itoa(done), itoa(n - done), ""})
			tp, td, to = tp+n, td+done, to+n-done
		}
		sum.Rows = append(sum.Rows, []string{"合计", itoa(tp), itoa(td), itoa(to), ""})
		return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), append([]casebuild.Sheet{sum}, sheets...)...)
	}
}
