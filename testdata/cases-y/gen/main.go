// Command gen rebuilds the case folders of testdata/cases-y: ledgers with
// excelize, reports and minutes from the HTML in src/ through LibreOffice.
//
//	cd testdata/cases-y && go run ./gen
//
// Every unit, person and figure is made up. The expected.json files are
// written by hand, not by this program; it prints the row each 序号 lands on.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// prob is one problem row of a ledger.
type prob struct {
	no       int
	dept     string
	title    string
	leader   string
	deadline string
	status   string // as written in the status cell ("" when the sheet has none)
	done     string // completion date
	evidence string
	note     string
}

// sheet is one ledger sheet: title rows, the header, rows, footer lines.
type sheet struct {
	name   string
	titles []string
	header []string
	rows   [][]string
	footer []string
	merges [][2]string // cell ranges to merge (besides the title rows)
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func writeXLSX(path string, sheets []sheet) {
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		r := 1
		last, _ := excelize.ColumnNumberToName(len(s.header))
		for _, t := range s.titles {
			must(f.SetCellValue(s.name, fmt.Sprintf("A%d", r), t))
			must(f.MergeCell(s.name, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
			r++
		}
		hdr := r
		for c, h := range s.header {
			cell, _ := excelize.CoordinatesToCellName(c+1, r)
			must(f.SetCellValue(s.name, cell, h))
		}
		r++
		for _, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r)
				must(f.SetCellValue(s.name, cell, v))
			}
			r++
		}
		for _, t := range s.footer {
			must(f.SetCellValue(s.name, fmt.Sprintf("A%d", r), t))
			r++
		}
		for _, m := range s.merges {
			must(f.MergeCell(s.name, m[0], m[1]))
		}
		_ = hdr
	}
	must(f.SaveAs(path))
}

// oaSheet lays problem rows out as the group's office system exports them:
// system columns first, rows sorted by department (as given), 序号 as filed.
func oaSheet(name, title string, ps []prob, firstRow *map[int]int) sheet {
	s := sheet{name: name,
		titles: []string{title, "导出人：系统管理员    导出时间：2024-07-08 16:20:11"},
		header: []string{"流水号", "创建人", "创建时间", "审批状态", "序号", "责任单位", "具体问题", "整改措施", "责任领导", "完成时限", "完成情况", "办结时间", "佐证资料"},
		footer: []string{"", "说明：本表由协同办公系统导出，审批状态为流程审批状态，不代表整改完成情况。", "填表人：办公室 刘某某"},
	}
	for i, p := range ps {
		s.rows = append(s.rows, []string{
			fmt.Sprintf("ZG2024%04d", 311+p.no*7), "刘某某", "2024-03-2" + fmt.Sprint(i%9) + " 10:1" + fmt.Sprint(i%10) + ":00", "审批通过",
			fmt.Sprint(p.no), p.dept, p.title, measureFor(p), p.leader, p.deadline, p.status, p.done, p.evidence})
		if firstRow != nil {
			(*firstRow)[p.no] = 4 + i
		}
	}
	return s
}

func measureFor(p prob) string {
	return "由" + p.leader + "牵头，" + p.dept + "于" + deadlineWords(p.deadline) + "前完成整改并报送佐证材料"
}

func deadlineWords(d string) string {
	if len(d) >= 10 && d[4] == '-' {
		return d[:4] + "年" + strings.TrimLeft(d[5:7], "0") + "月" + strings.TrimLeft(d[8:10], "0") + "日"
	}
	return d
}

// convert runs LibreOffice on the HTML sources: each src/CASE__NAME.html
// becomes CASE/NAME.ext.
func convert(ext, filter string, names []string) {
	if len(names) == 0 {
		return
	}
	tmp, err := os.MkdirTemp("", "casesy-gen")
	must(err)
	defer os.RemoveAll(tmp)
	args := []string{"--headless", "--infilter=HTML (StarWriter)", "--convert-to", ext + ":" + filter, "--outdir", tmp}
	for _, n := range names {
		args = append(args, filepath.Join("gen", "src", n+".html"))
	}
	cmd := exec.Command("soffice", args...)
	cmd.Stderr = os.Stderr
	must(cmd.Run())
	for _, n := range names {
		parts := strings.SplitN(n, "__", 2)
		dst := filepath.Join(parts[0], strings.ReplaceAll(parts[1], "~", "/")+"."+ext)
		must(os.MkdirAll(filepath.Dir(dst), 0o755))
		b, err := os.ReadFile(filepath.Join(tmp, n+"."+ext))
		must(err)
		must(os.WriteFile(dst, b, 0o644))
	}
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

func main() {
	var docx, pdf, doc []string
	srcs, err := filepath.Glob("gen/src/*.html")
	must(err)
	for _, p := range srcs {
		n := strings.TrimSuffix(filepath.Base(p), ".html")
		switch {
		case strings.Contains(n, "__minutes~") && strings.HasSuffix(n, "-pdf"):
			pdf = append(pdf, n)
		case strings.HasSuffix(n, "-wps"):
			doc = append(doc, n)
		default:
			docx = append(docx, n)
		}
	}
	convert("docx", "MS Word 2007 XML", docx)
	convert("pdf", "writer_pdf_Export", pdf)
	convert("doc", "MS Word 97", doc)
	// file names: drop the -pdf / -wps markers
	for _, n := range append(append([]string{}, pdf...), doc...) {
		parts := strings.SplitN(n, "__", 2)
		ext := ".pdf"
		if strings.HasSuffix(n, "-wps") {
			ext = ".doc"
		}
		from := filepath.Join(parts[0], strings.ReplaceAll(parts[1], "~", "/")+ext)
		to := strings.TrimSuffix(strings.TrimSuffix(from, ext), "-pdf")
		to = strings.TrimSuffix(to, "-wps")
		if ext == ".doc" {
			to += ".wps"
		} else {
			to += ".pdf"
		}
		must(os.Rename(from, to))
	}
	ledgers()
	unreadable()
}

// unreadable makes the inputs that cannot be read.
func unreadable() {
	// 13: the OA printed one minutes file with an open password
	in := "13-xintuo-encrypted-minutes/minutes/党委会议纪要（2024年第9次）.pdf"
	out := "13-xintuo-encrypted-minutes/minutes/党委会议纪要（2024年第9次，加密）.pdf"
	cmd := exec.Command("qpdf", "--encrypt", "oa2024", "owner2024", "256", "--", in, out)
	cmd.Stderr = os.Stderr
	must(cmd.Run())
	must(os.Remove(in))
	// 14: the office system's "export to Excel" wrote CSV text under .xlsx
	var b bytes.Buffer
	b.WriteString("序号,责任部门,具体问题,责任领导,完成时限,完成情况,佐证资料\r\n")
	for i := 1; i <= 16; i++ {
		st := "已办结"
		if i > 13 {
			st = "办理中"
		}
		fmt.Fprintf(&b, "%d,教务处,问题%d,副院长周某,2024-06-30 00:00:00,%s,整改报告\r\n", i, i, st)
	}
	must(os.WriteFile("14-zhiyuan-xlsx-is-csv/ledger.xlsx", gbk(b.String()), 0o644))
	// 15: an attachment the OA failed to download: a file of no bytes
	must(os.WriteFile("15-dianli-empty-minutes/minutes/2024年第3次党委会纪要.pdf", nil, 0o644))
}
