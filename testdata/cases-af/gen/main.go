// Command gen rebuilds testdata/cases-af: twelve case folders with the
// formats and accidents of a real desk (a report pasted from WeChat, a DOCX
// with tracked changes and comments, figures in a text box or in a table
// inside a table, ledgers exported as CSV with a BOM or in GB18030, hidden
// sheets and COUNTIF totals, minutes photographed page by page, files that
// cannot be read). The reports' texts are in src/NN/report.txt, each case's
// expected.json in src/NN/expected.json (written by hand from docs/rules.md);
// the ledgers and minutes are built here.
//
//	cd testdata/cases-af/gen && go run .
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

var outRoot = ".."

func src(c, name string) string {
	b, err := os.ReadFile(filepath.Join("src", c, name))
	must(err)
	return string(b)
}

func caseDir(name string) string {
	d := filepath.Join(outRoot, name)
	must(os.RemoveAll(d))
	must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
	return d
}

func write(path string, b []byte) {
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	must(os.WriteFile(path, b, 0o644))
}

func gb18030(s string) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

func caseJSON(dir, unit, round, feedback, report, asOf, extra string) {
	s := fmt.Sprintf("{\n  \"unit\": %q,\n  \"round\": %q,\n  \"feedback_date\": %q,\n  \"report_date\": %q,\n  \"as_of\": %q%s\n}\n", unit, round, feedback, report, asOf, extra)
	write(filepath.Join(dir, "case.json"), []byte(s))
}

func expected(c, dir string) {
	write(filepath.Join(dir, "expected.json"), []byte(src(c, "expected.json")))
}

// ---- problems -------------------------------------------------------

type problem struct{ cat, title, measure, evidence string }

var pool = []problem{
	{"党的政治建设", "落实全面从严治党主体责任不到位", "2023年7月制定党组落实全面从严治党主体责任清单，每季度专题研究1次", "《党组落实全面从严治党主体责任清单》"},
	{"党的政治建设", "“三重一大”决策制度执行不严格", "修订“三重一大”决策制度实施细则，2023年起重大事项一律集体研究", "《“三重一大”决策制度实施细则（修订）》"},
	{"党的政治建设", "意识形态工作责任制落实不够有力", "2023年6月召开意识形态工作专题会，建立阵地管理台账", "意识形态工作专题会议纪要、阵地管理台账"},
	{"党的组织建设", "基层党组织“三会一课”制度执行不规范", "对2022年以来支部会议记录逐本检查补正，每月抽查1次", "支部会议记录检查通报"},
	{"党的组织建设", "干部选拔任用程序不够严谨", "对照条例梳理近三年选任档案，补齐缺失材料12份", "干部选任档案补正清单"},
	{"党的组织建设", "干部教育培训计划落实不到位", "2023年6月制定年度培训计划，举办专题培训2期", "年度培训计划、培训签到表"},
	{"全面从严治党", "公务接待管理不规范", "2023年5月出台公务接待管理办法，接待清单一事一审", "《公务接待管理办法》"},
	{"全面从严治党", "公务用车使用登记不完整", "启用公务用车管理平台，出车记录每月核对", "公务用车管理平台截图、核对记录"},
	{"全面从严治党", "财务报销审核把关不严", "修订财务报销审批流程，2023年7月起实行会计、分管领导双审核", "《财务报销管理规定》"},
	{"全面从严治党", "政府采购程序不规范", "对2022年以来采购项目逐一复核，建立采购内控流程", "采购项目复核报告"},
	{"全面从严治党", "固定资产账实不符", "2023年6月开展资产清查，核销盘亏资产9项", "资产清查报告、核销审批表"},
	{"全面从严治党", "专项资金拨付进度滞后", "建立专项资金按月拨付台账，6月底前拨付滞留资金", "专项资金拨付台账、拨付凭证"},
	{"全面从严治党", "内部控制制度不健全", "2023年8月出台内部控制手册，明确6类业务流程", "《内部控制手册》"},
	{"党的组织建设", "档案管理不规范", "聘请专业机构整理2018年以来文书档案，9月底前完成数字化", "档案整理验收单"},
	{"全面从严治党", "党风廉政警示教育流于形式", "每半年开展警示教育1次，组织旁听庭审1次", "警示教育活动记录"},
	{"全面从严治党", "合同管理不严格", "建立合同审查台账，2023年7月起所有合同经法律顾问审核", "合同审查台账"},
	{"全面从严治党", "津补贴发放不规范", "清理2021年以来津补贴发放情况，清退违规发放资金", "清退资金缴款凭证"},
}

type row struct {
	no                                                    int
	cat, title, target, measure, leader, dept, assist     string
	deadline, status, completed, evidence, note, progress string
}

var leaders = []string{"张宏", "刘建华", "陈晓红", "周立新", "孙伟"}
var depts = []string{"办公室", "人事科", "财务科", "机关党委", "规划科"}

// rows makes n problem rows from the pool, starting at pool index off, all
// done by default.
func rows(n, off int) []row {
	var rs []row
	for i := 0; i < n; i++ {
		p := pool[(off+i)%len(pool)]
		rs = append(rs, row{no: i + 1, cat: p.cat, title: p.title, measure: p.measure,
			target: "问题整改到位，建立长效机制", leader: leaders[i%len(leaders)], dept: depts[i%len(depts)],
			assist: depts[(i+1)%len(depts)], status: "已完成", evidence: p.evidence})
	}
	return rs
}

func (r row) field(name string) any {
	switch name {
	case "no":
		return r.no
	case "cat":
		return r.cat
	case "title":
		return r.title
	case "target":
		return r.target
	case "measure":
		return r.measure
	case "leader":
		return r.leader
	case "dept":
		return r.dept
	case "assist":
		return r.assist
	case "deadline":
		return r.deadline
	case "status":
		return r.status
	case "completed":
		return r.completed
	case "evidence":
		return r.evidence
	case "note":
		return r.note
	case "progress":
		return r.progress
	}
	panic(name)
}

func cell(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	must(err)
	return c
}

// sheet writes a table: title rows (merged across), header rows (the last
// one naming fields, an upper one optional with merges given), data rows,
// then footer rows. It returns the row number of the first data row.
func sheet(f *excelize.File, name string, titles []string, header [][]string, merges []string, fields []string, rs []row, footer []string) int {
	if i, _ := f.GetSheetIndex(name); i < 0 {
		_, err := f.NewSheet(name)
		must(err)
	}
	r := 1
	last := cell(len(fields), 1)
	last = strings.TrimRight(last, "0123456789")
	for _, t := range titles {
		must(f.SetCellValue(name, cell(1, r), t))
		must(f.MergeCell(name, cell(1, r), fmt.Sprintf("%s%d", last, r)))
		r++
	}
	for _, h := range header {
		for i, v := range h {
			if v != "" {
				must(f.SetCellValue(name, cell(i+1, r), v))
			}
		}
		r++
	}
	for _, m := range merges {
		a, b, _ := strings.Cut(m, ":")
		must(f.MergeCell(name, a, b))
	}
	first := r
	for _, x := range rs {
		if x.no < 0 { // a blank row
			r++
			continue
		}
		for i, fl := range fields {
			v := x.field(fl)
			if s, ok := v.(string); ok && s == "" {
				continue
			}
			must(f.SetCellValue(name, cell(i+1, r), v))
		}
		r++
	}
	for _, t := range footer {
		must(f.SetCellValue(name, cell(1, r), t))
		r++
	}
	must(f.SetColWidth(name, "A", last, 16))
	return first
}

func newBook(first string) *excelize.File {
	f := excelize.NewFile()
	must(f.SetSheetName("Sheet1", first))
	return f
}

func save(f *excelize.File, path string) {
	must(f.SaveAs(path))
	must(f.Close())
}

// csvLine quotes cells as systems export them.
func csvLine(cells []string) string {
	var out []string
	for _, c := range cells {
		if strings.ContainsAny(c, ",\"\n") {
			c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		out = append(out, c)
	}
	return strings.Join(out, ",") + "\r\n"
}

func csvRows(fields []string, rs []row) string {
	var b strings.Builder
	for _, x := range rs {
		var cs []string
		for _, fl := range fields {
			cs = append(cs, fmt.Sprint(x.field(fl)))
		}
		b.WriteString(csvLine(cs))
	}
	return b.String()
}

// ---- minutes --------------------------------------------------------

type meeting struct {
	title, date, host, topic string
	body                     []string
}

func (m meeting) text(unit string) string {
	var b strings.Builder
	b.WriteString(m.title + "\n\n")
	fmt.Fprintf(&b, "时间：%s\n地点：%s机关三楼会议室\n主持：%s\n出席：局领导班子成员\n列席：办公室、机关党委负责同志\n记录：办公室\n", m.date, unit, m.host)
	fmt.Fprintf(&b, "议题：%s\n\n", m.topic)
	for _, p := range m.body {
		b.WriteString("　　" + p + "\n")
	}
	return b.String()
}

var workBody = []string{
	"会议听取了各责任科室关于巡察反馈问题整改进展情况的汇报，逐项对照整改台账查看整改措施落实情况。",
	"会议指出，整改工作总体按计划推进，但个别事项进度偏慢。会议要求：一、各责任领导要亲自过问，对照时限倒排工期；二、办公室要加强督办，每周通报进度；三、已完成事项要及时收集佐证材料，按程序申请销号。",
}

var dlmBody = []string{
	"会议通报了巡察反馈意见整改进展情况和会前征求意见情况。",
	"党组书记代表领导班子作对照检查，班子成员逐一对照巡察反馈问题作个人检视剖析，开展批评和自我批评，明确了下一步整改方向。",
}

func minutesDocx(path, text string) {
	d := &docxBuilder{}
	for i, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if i == 0 {
			d.para(line, "title")
			continue
		}
		d.para(line, "")
	}
	d.write(path)
}

// wrap cuts lines to at most n characters, as a printed page does.
func wrap(text string, n int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for utf8.RuneCountInString(line) > n {
			r := []rune(line)
			out = append(out, string(r[:n]))
			line = string(r[n:])
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

const font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

// photo renders a page of text as a photographed page: a slightly grey,
// slightly turned sheet, still legible.
func photo(path, text string) {
	args := []string{"-size", "1240x1754", "xc:white", "-font", font, "-pointsize", "34", "-fill", "black",
		"-interline-spacing", "14", "-annotate", "+90+150", wrap(text, 30),
		"-background", "#d8d8d0", "-rotate", "0.7", "-resize", "860x", "-fill", "#f2f1ea", "-colorize", "4"}
	if strings.HasSuffix(path, ".png") { // a copier's scan: black and white
		args = append(args, "-threshold", "60%", "-type", "bilevel")
	} else {
		args = append(args, "-type", "Grayscale")
		args = append(args, "-quality", "55")
	}
	args = append(args, path)
	cmd := exec.Command("convert", args...)
	var e bytes.Buffer
	cmd.Stderr = &e
	if err := cmd.Run(); err != nil {
		panic(fmt.Sprintf("convert %s: %v %s", path, err, e.String()))
	}
}

func main() {
	for _, c := range cases {
		c()
	}
}
