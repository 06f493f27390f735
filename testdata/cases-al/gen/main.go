// Command gen rebuilds the case folders of testdata/cases-al from the plain-text
// sources in src/ and the ledgers written below (see README.md).
//
//	cd testdata/cases-al/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT: .txt is copied,
// .docx, .odt are converted by LibreOffice from an HTML page made of the
// text (a line "# …" is a centred title, a line "|a|b|" a table row, any other
// line a paragraph); .pdf is that page converted to DOCX and then to PDF, .wps
// the Word 97 binary LibreOffice writes as .doc, and .png or .jpg the first
// page of that PDF rendered at 150 dpi (a photographed page, read by OCR).
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesal")

func main() {
	casebuild.Main(build, ledgers)
}

// build writes out, a file of the format its extension names, from the text source src.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	ext := filepath.Ext(out)
	if ext == ".txt" {
		return os.WriteFile(out, raw, 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesal")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	stem := strings.TrimSuffix(filepath.Base(out), ext)
	page := filepath.Join(tmp, stem+".html")
	if err := os.WriteFile(page, []byte(layout.HTML(string(raw))), 0o644); err != nil {
		return err
	}
	if ext == ".png" || ext == ".jpg" {
		return soffice.Photo(page, tmp, out)
	}
	if ext == ".pdf" {
		// the web PDF export leaves the CJK headings out of the text layer: go by a DOCX
		return soffice.ViaDOCX(page, tmp, out)
	}
	target := map[string]string{".docx": "docx:MS Word 2007 XML",
		".odt": "odt:writerweb8_writer", ".wps": "doc:MS Word 97"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := soffice.Convert(tmp, target, page); err != nil {
		return err
	}
	made := filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0])
	b, err := os.ReadFile(made)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// layout is the look of the pages the sources are set in (casebuild.Markup):
// Noto Serif at 14pt, ruled tables, an 18pt centred title.
var layout = casebuild.Markup{
	CSS:        "body{font-family:'Noto Serif CJK SC',serif;font-size:14pt}td{border:1px solid #000;padding:2pt}table{border-collapse:collapse}",
	TitleStyle: "text-align:center;font-size:18pt",
}

// odsFromXLSX writes an OpenDocument spreadsheet (a format zhenggai does not read).
func odsFromXLSX(path string, sheets ...casebuild.Sheet) error {
	return soffice.Workbook(path, "ods", func(x string) error { return casebuild.WriteXLSX(x, sheets...) })
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// openRow is a problem row not done: its deadline and status cell.
type openRow struct{ due, status string }

// problemRows lays out one problem row per title under the header 序号 | 问题类别 | 存在问题 |
// 整改措施 | 责任领导 | 责任部门 | 整改时限 | 整改状态 | 完成时间 | 佐证材料: the rows in open
// (by 序号) are not done; the others are done in year from firstMonth to lastMonth, each before its deadline,
// with evidence unless their 序号 is in bare.
func problemRows(year, firstMonth, lastMonth int, titles []string, leaders, depts []string, open map[int]openRow, bare map[int]bool) [][]string {
	rows := [][]string{{"序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改状态", "完成时间", "佐证材料"}}
	cats := []string{"政治建设", "党的建设", "全面从严治党"}
	for i, t := range titles {
		n := i + 1
		lead, dept, cat := leaders[i%len(leaders)], depts[i%len(depts)], cats[i*3/len(titles)]
		if o, ok := open[n]; ok {
			rows = append(rows, []string{fmt.Sprint(n), cat, t, "制定专项方案，分阶段推进", lead, dept, o.due, o.status, "", ""})
			continue
		}
		m := firstMonth + i%(lastMonth-firstMonth+1)
		ev := "整改报告及相关制度文件"
		if bare[n] {
			ev = ""
		}
		rows = append(rows, []string{fmt.Sprint(n), cat, t, "制定整改措施并逐项落实", lead, dept,
			fmt.Sprintf("%d.%d.30", year, m), "已完成", fmt.Sprintf("%d.%d.%d", year, m, 6+i%20), ev})
	}
	return rows
}
