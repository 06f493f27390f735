// Command xlsgen writes the XLSX workbook that testdata/zoo/features.* are
// made from (see README-xls.md): every kind of cell the .xls reader reads —
// shared strings past one record (CONTINUE), numbers under General and
// formatted, dates in five formats, formulas with number, text, Boolean and
// error results, Booleans, merged cells, a second sheet with a gap and an
// empty third sheet. Usage: go run ./testdata/zoo/xlsgen OUT.xlsx
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/xuri/excelize/v2"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	f := excelize.NewFile()
	s := "整改台账"
	must(f.SetSheetName("Sheet1", s))
	must(f.SetCellValue(s, "A1", "格式样例：整改问题清单（含公式、日期、合并单元格）"))
	must(f.MergeCell(s, "A1", "H1"))
	head := []any{"序号", "问题描述", "金额（万元）", "完成率", "完成时间", "整改时限", "是否完成", "备注"}
	must(f.SetSheetRow(s, "A2", &head))
	dateFmts := []string{"yyyy-mm-dd", `yyyy"年"m"月"d"日"`, "yyyy/m/d", "m/d/yyyy"}
	var dateStyles []int
	for _, c := range dateFmts {
		c := c
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &c})
		must(err)
		dateStyles = append(dateStyles, id)
	}
	b14, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
	two, _ := f.NewStyle(&excelize.Style{NumFmt: 4})
	base := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 300; i++ {
		r := i + 3
		cell := func(col string) string { return fmt.Sprintf("%s%d", col, r) }
		must(f.SetCellValue(s, cell("A"), i+1))
		must(f.SetCellValue(s, cell("B"), fmt.Sprintf("第%d项问题：部分单位落实整改责任不到位，台账记录不规范，佐证材料缺失（编号ZG-%04d）", i+1, i*7)))
		amount := []float64{3.14159, 0.1, 12345.678, -5, 1e10, 123456789012, 0.000123}[i%7]
		must(f.SetCellValue(s, cell("C"), amount))
		if i%3 == 0 {
			must(f.SetCellStyle(s, cell("C"), cell("C"), two))
		}
		must(f.SetCellValue(s, cell("D"), float64(i%100)/100))
		must(f.SetCellStyle(s, cell("D"), cell("D"), pct))
		must(f.SetCellValue(s, cell("E"), base.AddDate(0, 0, i)))
		must(f.SetCellStyle(s, cell("E"), cell("E"), dateStyles[i%len(dateStyles)]))
		must(f.SetCellValue(s, cell("F"), base.AddDate(0, 1, i)))
		must(f.SetCellStyle(s, cell("F"), cell("F"), b14))
		switch i % 4 {
		case 0:
			must(f.SetCellFormula(s, cell("G"), fmt.Sprintf("D%d>=0.5", r)))
		case 1:
			must(f.SetCellFormula(s, cell("G"), fmt.Sprintf(`IF(D%d>=0.5,"已完成","正在整改")`, r)))
		case 2:
			must(f.SetCellFormula(s, cell("G"), fmt.Sprintf("C%d*2", r)))
		case 3:
			must(f.SetCellFormula(s, cell("G"), fmt.Sprintf("C%d/0", r)))
		}
		if i%10 == 0 {
			must(f.SetCellValue(s, cell("H"), i%20 == 0))
		}
	}
	// Vertical merges in column H over rows with no value of their own.
	must(f.SetCellValue(s, "H6", "合并的备注"))
	must(f.MergeCell(s, "H6", "H9"))
	s2 := "第二张表 Ⅱ"
	_, err := f.NewSheet(s2)
	must(err)
	must(f.SetCellValue(s2, "A1", "English text, 123 and ¥ signs"))
	must(f.SetCellValue(s2, "B3", "跳过空行"))
	must(f.SetCellValue(s2, "C3", 42))
	_, err = f.NewSheet("空表")
	must(err)
	must(f.SaveAs(os.Args[1]))
}
