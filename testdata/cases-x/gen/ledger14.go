package main

import (
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	ledgers["14-liyuan-yibao-heic"] = func(dir string) {
		titles := []string{
			"医保基金监管存在薄弱环节", "打击欺诈骗保高压态势不够", "定点医药机构协议管理不严", "医保信息平台与卫健部门数据对接不畅", "医保经办服务效率不高",
			"党组落实主体责任不到位", "内控制度执行不严格", "干部队伍专业能力不足", "党支部“三会一课”不规范",
		}
		ps := mk(titles, []string{"医保基金监管", "医保基金监管", "医保基金监管", "医保经办服务", "医保经办服务", "党的建设", "党的建设", "党的建设", "党的建设"},
			[]string{"戴晓峰", "苏敏", "邱国华"}, []string{"基金监管股", "医药服务管理股", "医保中心", "办公室"})
		for i := range ps {
			ps[i].Cat = []string{"医保基金监管", "医保基金监管", "医保基金监管", "医保经办服务", "医保经办服务", "党的建设", "党的建设", "党的建设", "党的建设"}[i]
			ps[i].Meas = "逐项制定整改措施"
			if ps[i].No == "4" {
				going(&ps[i], "2023/11/30", "正在推进")
				continue
			}
			done(&ps[i], "2023/6/30", "2023/6/"+[]string{"12", "20", "26"}[i%3], "漓医保党〔2023〕"+ps[i].No+"号", "已完成")
		}
		f := excelize.NewFile()
		sheet(f, "整改台账", "漓原县医疗保障局县委巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"具体问题", "title"}, {"整改措施", "meas"}, {"责任领导", "leader"}, {"责任股室", "dept"}, {"完成时限", "dead"}, {"完成情况", "status"}, {"完成时间", "done"}, {"佐证材料", "evid"}},
			ps, "")
		save(f, filepath.Join(dir, "ledger.xlsx"), "整改台账")
	}
	// the special democratic life meeting's minutes, photographed on a phone
	// and sent as taken: HEIC, a picture format zhenggai does not read
	extras["14-liyuan-yibao-heic"] = func(dir string) {
		var b []byte
		b = append(b, 0, 0, 0, 0x18)
		b = append(b, []byte("ftypheic\x00\x00\x00\x00mif1heic")...)
		b = append(b, 0, 0, 0, 0x22)
		b = append(b, []byte("meta\x00\x00\x00\x00\x00\x00\x00\x21hdlr\x00\x00\x00\x00\x00\x00\x00\x00pict")...)
		for i := 0; i < 2048; i++ {
			b = append(b, byte(i*131+7))
		}
		must(os.WriteFile(filepath.Join(dir, "minutes", "IMG_20230627_101532.HEIC"), b, 0o644))
	}
}
