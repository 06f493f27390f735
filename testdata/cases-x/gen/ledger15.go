package main

import (
	"archive/zip"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

func init() {
	// the ledger saved by Excel as a binary workbook (.xlsb): a format
	// zhenggai does not read
	extras["15-heming-minzheng-xlsb"] = func(dir string) {
		out, err := os.Create(filepath.Join(dir, "ledger.xlsb"))
		must(err)
		z := zip.NewWriter(out)
		parts := map[string]string{
			"[Content_Types].xml":        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>`,
			"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
			"xl/_rels/workbook.bin.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>`,
			"xl/workbook.bin":            "\x83\x01\x00\x80\x01\x00\x81\x01\x00\x9c\x01\x00\x84\x01\x00",
			"xl/worksheets/sheet1.bin":   "\x81\x01\x00\x93\x01\x00\x94\x01\x10\x00\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x0a\x00\x00\x00\x82\x01\x00",
		}
		for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.bin.rels", "xl/workbook.bin", "xl/worksheets/sheet1.bin"} {
			w, err := z.Create(n)
			must(err)
			_, err = w.Write([]byte(parts[n]))
			must(err)
		}
		must(z.Close())
		must(out.Close())
	}
	ledgers["16-shanping-wenlv-docximage"] = func(dir string) {
		titles := []string{
			"文旅融合发展规划落实不到位", "A级旅游景区门票优惠政策执行不规范", "县博物馆馆藏文物数字化建档滞后", "文物安全巡查不到位", "公共文化服务设施利用率不高",
			"文化市场综合执法力度不够", "党组落实意识形态工作责任制不到位", "专项资金使用管理不规范", "干部作风不实", "党员教育管理不严格",
		}
		ps := mk(titles, []string{"x"}, []string{"万志军", "华丽", "宋建新"}, []string{"文化产业股", "文物股", "县博物馆", "执法大队", "办公室"})
		for i := range ps {
			ps[i].Cat = []string{"落实县委决策部署", "行业监管", "党的建设"}[i/4%3]
			ps[i].Meas = "逐项制定整改措施"
			if ps[i].No == "3" {
				going(&ps[i], "2024.6.30", "正在推进")
				continue
			}
			done(&ps[i], "2023.8.31", "2023.8."+[]string{"5", "15", "28"}[i%3], "杉文旅党〔2023〕"+ps[i].No+"号", "已完成")
		}
		f := excelize.NewFile()
		sheet(f, "问题整改台账", "杉坪县文化和旅游局县委巡察反馈问题整改台账", "",
			[]col{{"序号", "no"}, {"问题类别", "cat"}, {"具体问题", "title"}, {"整改措施", "meas"}, {"责任领导", "leader"}, {"责任股室", "dept"}, {"完成时限", "dead"}, {"完成情况", "status"}, {"完成时间", "done"}, {"佐证材料", "evid"}},
			ps, "")
		save(f, filepath.Join(dir, "ledger.xlsx"), "问题整改台账")
	}
	// the special democratic life meeting's record, scanned and pasted
	// into Word as a picture: a Word file with no text
	extras["16-shanping-wenlv-docximage"] = func(dir string) {
		imageOnlyDocx(filepath.Join(dir, "minutes", "专题民主生活会会议记录（扫描件）.docx"), greyPNG)
	}
}
