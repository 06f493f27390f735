package main

import (
	"fmt"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["05-qinglan-weijian-twoheader"] = func(dir string) {
		titles := []string{
			"医疗机构监管不到位", "健康青岚行动推进不力", "公共卫生应急体系建设滞后", "医共体建设成效不明显",
			"药品耗材集中采购执行不严", "医疗服务价格管理不规范", "专项资金使用绩效不高", "大型医用设备采购论证不充分",
			"落实全面从严治党主体责任不到位", "医疗领域不正之风整治不彻底", "行风建设投诉处理不及时", "干部监督管理存在盲区",
			"基层卫生院党建工作薄弱", "党组织书记抓党建述职评议流于形式", "发展党员工作不规范", "卫生专业技术人才队伍建设滞后",
		}
		ps := mk(titles, []string{"落实健康青岚战略", "医疗机构监管", "全面从严治党", "基层党建"},
			[]string{"党组书记、局长 汪晓东", "副局长 许红梅", "副局长 曹宏", "纪检组长 任思远"}, []string{"医政医管股", "疾控股", "规划财务股", "人事股", "机关党委"})
		for i := range ps {
			ps[i].Cat = []string{"落实健康青岚战略", "医疗机构监管", "全面从严治党", "基层党建"}[i/4]
			ps[i].Meas = "细化整改措施，明确完成时限"
			switch ps[i].No {
			case "3", "8", "16":
				going(&ps[i], "2023/10/31", "正在整改")
			case "11":
				going(&ps[i], "2023/6/30", "正在整改")
			case "6":
				done(&ps[i], "2023/6/30", "2023/6/12", "", "已完成")
			default:
				done(&ps[i], []string{"2023.6.30", "2023/5/31", "立行立改", "2023.6.30"}[i%4], []string{"2023/6/20", "2023/5/26", "2023/4/28", "2023/6/8"}[i%4], "青卫党〔2023〕"+ps[i].No+"号", "已完成")
			}
			if ps[i].No == "14" {
				ps[i].Leader = ""
			}
		}
		f := excelize.NewFile()
		name := "整改台账"
		_, err := f.NewSheet(name)
		must(err)
		set := func(c, v string) { must(f.SetCellValue(name, c, v)) }
		set("A1", "青岚县卫生健康局县委巡察反馈问题整改台账")
		must(f.MergeCell(name, "A1", "K1"))
		top := []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改情况", "", "", "备注"}
		sub := []string{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料", ""}
		for i := range top {
			c, _ := excelize.CoordinatesToCellName(i+1, 2)
			c3, _ := excelize.CoordinatesToCellName(i+1, 3)
			set(c, top[i])
			set(c3, sub[i])
			if sub[i] == "" && top[i] != "" {
				must(f.MergeCell(name, c, c3))
			}
		}
		must(f.MergeCell(name, "H2", "J2"))
		r := 4
		for _, p := range ps {
			vals := []string{p.No, p.Cat, p.Title, p.Meas, p.Leader, p.Dept, p.Dead, p.Status, p.Done, p.Evid, ""}
			for i, v := range vals {
				c, _ := excelize.CoordinatesToCellName(i+1, r)
				set(c, v)
			}
			r++
		}
		set(fmt.Sprintf("A%d", r+1), "说明：1.整改进展填写“已完成”“正在整改”；2.佐证材料另附。")
		set(fmt.Sprintf("A%d", r+2), "填表人：罗佳　　联系电话：0599-6123xxxx")
		save(f, filepath.Join(dir, "ledger.xlsx"), name)
	}
}
