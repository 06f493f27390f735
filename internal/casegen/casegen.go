// Package casegen writes synthetic rectification cases — a report, a ledger
// and minutes that agree with each other except where told to disagree.
//
// Generate writes one uniform case of any size, for benchmarks and load
// tests. Varied writes small cases drawn at random from a seed: report
// phrasings of every figure family, ledger header words, title and 填报 rows,
// two-row headers, section and subtotal rows, status wordings (negated and
// pending ones too), minute titles in their common forms, file formats,
// case.json's presence and now and then a damaged minutes file; it plants
// discrepancies and records in a Manifest the findings each case must
// produce (and, with a file unread, that the check is incomplete and which
// rules must not run). Package score checks them (the property test, and
// gencase -varied -score).
package casegen

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Spec sizes a case.
type Spec struct {
	Problems int // ledger rows and report items
	Minutes  int // minutes files (work meetings)
	// Pages is the report's length in pages of about 800 characters; the
	// items fill what they can and filler paragraphs the rest.
	Pages int
	// NotDone is how many problems the ledger shows not done while the
	// report calls them done.
	NotDone int
}

var categories = []string{"党的政治建设", "全面从严治党", "资金管理", "选人用人", "基层党建", "中央八项规定精神", "监督管理"}

var subjects = []string{"专项资金拨付", "公务用车管理", "干部档案审核", "政府采购", "直属单位监管", "会议费支出", "基层党组织换届",
	"意识形态工作", "安全生产监管", "项目招标投标", "国有资产处置", "津补贴发放", "信息公开", "执法检查", "内部控制"}

// title makes the i-th problem title (unique for every i).
func title(i int) string {
	s := subjects[i%len(subjects)]
	return fmt.Sprintf("%s第%d批事项管理不规范问题%d", s, i/len(subjects)+1, i+1)
}

// Generate writes a case folder into dir.
func Generate(dir string, sp Spec) error {
	if err := os.MkdirAll(filepath.Join(dir, "minutes"), 0o755); err != nil {
		return err
	}
	feedback := time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC)
	report := feedback.AddDate(0, 2, 0)
	info := map[string]any{"unit": "中共某某省某某厅党组", "round": "省委第一巡视组（合成数据）",
		"feedback_date": feedback.Format(time.DateOnly), "report_date": report.Format(time.DateOnly),
		"as_of": report.AddDate(0, 1, 0).Format(time.DateOnly), "clue_deadline_days": 60}
	raw, _ := json.MarshalIndent(info, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "case.json"), raw, 0o644); err != nil {
		return err
	}
	if err := writeLedger(filepath.Join(dir, "ledger.xlsx"), sp, feedback); err != nil {
		return err
	}
	if err := writeReport(filepath.Join(dir, "report.docx"), sp, report); err != nil {
		return err
	}
	for i := 0; i < sp.Minutes; i++ {
		d := feedback.AddDate(0, 0, 1+i*55/max(sp.Minutes, 1))
		text := fmt.Sprintf("某某厅巡视整改工作会议纪要\n\n（第%d次）\n\n时间：%s上午9:00\n地点：厅机关会议室\n主持：张某\n出席：张某　李某　王某\n"+
			"　　会议听取了巡视整改工作进展情况汇报，研究部署下一阶段整改任务。会议要求各责任处室对照整改台账逐项推进，按期销号。\n",
			i+1, d.Format("2006年1月2日"))
		name := filepath.Join(dir, "minutes", fmt.Sprintf("%s-%03d.txt", d.Format(time.DateOnly), i+1))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func writeLedger(path string, sp Spec, feedback time.Time) error {
	f := excelize.NewFile()
	defer f.Close()
	const s = "问题台账"
	if err := f.SetSheetName("Sheet1", s); err != nil {
		return err
	}
	hdr := []any{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改状态", "完成时间", "佐证材料"}
	sw, err := f.NewStreamWriter(s)
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{"某某厅巡视反馈问题整改台账"}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", hdr); err != nil {
		return err
	}
	for i := 0; i < sp.Problems; i++ {
		deadline := feedback.AddDate(0, 1, i%40)
		status, done, ev := "已完成", deadline.AddDate(0, 0, -3).Format(time.DateOnly), "整改报告；制度文件"
		if i < sp.NotDone {
			status, done, ev = "未完成", "", ""
		}
		row := []any{i + 1, categories[i%len(categories)], title(i) + "。具体表现为有关制度执行不严、台账管理不规范",
			"建立工作台账，完善管理制度，开展专项检查", "张某", "办公室", deadline.Format(time.DateOnly), status, done, ev}
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

func writeReport(path string, sp Spec, date time.Time) error {
	var paras []string
	paras = append(paras, "中共某某省某某厅党组关于省委第一巡视组巡视反馈意见整改情况的报告", "省委巡视工作领导小组：")
	paras = append(paras, fmt.Sprintf("巡视反馈后，厅党组召开巡视整改工作会议%d次，召开巡视整改专题民主生活会1次。省委第一巡视组反馈问题%d个，已完成整改%d个，整改完成率100%%。",
		sp.Minutes, sp.Problems, sp.Problems))
	chars := 0
	for i := 0; i < sp.Problems; i++ {
		h := fmt.Sprintf("（%s）关于“%s”问题的整改", chineseNumber(i+1), title(i))
		body := fmt.Sprintf("2022年4月，厅党组制定《%s整改工作方案》，明确责任处室和完成时限，建立工作台账%d本，逐项对账销号。", subjects[i%len(subjects)], i%5+1)
		paras = append(paras, h, body, "整改情况：已完成。")
		chars += len([]rune(h + body))
	}
	filler := "厅党组坚持把巡视整改作为重大政治任务，压紧压实整改责任，建立健全长效机制，推动整改工作走深走实，以整改实效推动各项工作高质量发展。"
	for chars < sp.Pages*800 {
		paras = append(paras, filler)
		chars += len([]rune(filler))
	}
	paras = append(paras, "中共某某省某某厅党组", date.Format("2006年1月2日"))
	return writeDOCX(path, paras)
}

// writeDOCX writes a minimal Word document of plain paragraphs.
func writeDOCX(path string, paras []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	z := zip.NewWriter(f)
	add := func(name, body string) error {
		w, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = w.Write([]byte(body))
		return err
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range paras {
		b.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(p) + `</w:t></w:r></w:p>`)
	}
	b.WriteString(`</w:body></w:document>`)
	err = add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	if err == nil {
		err = add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	}
	if err == nil {
		err = add("word/document.xml", b.String())
	}
	if err == nil {
		err = z.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// chineseNumber writes n (1..9999) in Chinese numerals, as report headings
// number their items: 一, 十一, 一百零五.
func chineseNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := []string{"", "十", "百", "千"}
	if n < 10 {
		return digits[n]
	}
	if n < 20 {
		return "十" + map[bool]string{true: "", false: digits[n%10]}[n%10 == 0]
	}
	var parts []string
	s := fmt.Sprint(n)
	zero := false
	for i, c := range s {
		d := int(c - '0')
		u := units[len(s)-1-i]
		if d == 0 {
			zero = true
			continue
		}
		if zero {
			parts = append(parts, "零")
			zero = false
		}
		parts = append(parts, digits[d]+u)
	}
	return strings.Join(parts, "")
}
