package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// 06: 上塘街道, WPS .et laid out one row per measure: 10 problems, 23
// measures, each problem's 序号, category and text merged over its rows;
// every measure done.
func init() {
	ledgers["06-shangtang-jiedao-clean"] = func(dir string) error {
		type pr struct {
			cat, title, leader, dept string
			ms                       []string
		}
		ps := []pr{
			{"党的建设", "党工委落实意识形态工作责任制不到位", "谭振华", "党政办", []string{"制定意识形态工作责任清单", "每半年专题研究意识形态工作1次"}},
			{"党的建设", "社区党组织“三会一课”不规范", "韩素英", "党建办", []string{"开展组织生活专项检查", "通报并督促整改", "建立检查台账"}},
			{"党的建设", "党员教育管理松散", "韩素英", "党建办", []string{"补建党员积分管理台账", "组织党员集中轮训"}},
			{"党的建设", "党费收缴不规范", "韩素英", "党建办", []string{"核定党费基数", "补缴少缴党费"}},
			{"社区治理", "社区办公用房超标", "程立峰", "党政办", []string{"腾退超标用房2处", "改作党群服务阵地"}},
			{"社区治理", "网格员队伍不稳定", "程立峰", "综治中心", []string{"调整充实网格员", "落实网格员补贴"}},
			{"社区治理", "物业矛盾调处不及时", "程立峰", "城管办", []string{"建立物业纠纷调处机制", "逐件回访"}},
			{"干部作风", "工作日饮酒问题", "柏涛", "街道纪工委", []string{"开展作风专项整治", "约谈相关人员", "通报典型问题"}},
			{"干部作风", "窗口服务态度生硬", "卢海燕", "便民服务中心", []string{"开展窗口服务培训", "设立意见箱并每周开箱"}},
			{"干部作风", "督查考核过多过频", "卢海燕", "党政办", []string{"精简督查考核事项", "合并同类检查", "公示保留事项"}},
		}
		rows := [][]string{{"上塘街道县委巡察反馈问题整改台账"}, {"填报：上塘街道巡察整改办　　　填报日期：2025年7月18日"},
			{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况", "完成时间", "佐证材料", "备注"}}
		merges := [][2]string{{"A1", "K1"}, {"A2", "K2"}}
		dues := []string{"2025年5月31日", "2025年6月30日"}
		ons := []string{"2025年5月26日", "2025年6月24日"}
		n := 4
		for i, p := range ps {
			first := n
			for j, m := range p.ms {
				rows = append(rows, []string{itoa(i + 1), p.cat, p.title, m, p.leader, p.dept, dues[(i+j)%2], "已完成", ons[(i+j)%2], "见附件" + itoa(i+1) + "-" + itoa(j+1), ""})
				n++
			}
			if n-1 > first {
				for _, c := range []string{"A", "B", "C"} {
					merges = append(merges, [2]string{c + itoa(first), c + itoa(n-1)})
				}
			}
		}
		return et(dir, casebuild.Sheet{Name: "Sheet1", Rows: rows, Merges: merges})
	}
}
