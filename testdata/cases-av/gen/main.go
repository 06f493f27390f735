// Command gen rebuilds the case folders of testdata/cases-av from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-av/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt is copied as UTF-8; a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .html is that page set in a county government website's article frame (menu, 浏览次数, footer);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesav")

func main() {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	srcs, err := filepath.Glob("src/*")
	if err != nil {
		log.Fatal(err)
	}
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
	}
	for _, dir := range srcs {
		name := filepath.Base(dir)
		if len(only) > 0 && !only[name] {
			continue
		}
		err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(dir, strings.TrimSuffix(p, ".txt"))
			return builder.Build(p, filepath.Join(root, name, rel))
		})
		if err != nil {
			log.Fatal(err)
		}
		if err := generated(dir, filepath.Join(root, name)); err != nil {
			log.Fatal(name, ": ", err)
		}
	}
	for name, b := range ledgers {
		if len(only) > 0 && !only[name] {
			continue
		}
		if err := b(filepath.Join(root, name)); err != nil {
			log.Fatal(name, ": ", err)
		}
	}
	for name := range caseProblems {
		counts(name)
		checkDates(name)
	}
}

// builder writes a file of the format its extension names from a text
// source: a source file, or a text generated for a case (cases.go).
var builder = casebuild.Builder{
	Office:  soffice,
	Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97", ".rtf": "rtf:Rich Text Format"},
	Site:    sitePage,
}

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends, quoting a cell with a comma or quote.
func writeCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			if strings.ContainsAny(c, ",\"") {
				c = "\"" + strings.ReplaceAll(c, "\"", "\"\"") + "\""
			}
			cells[i] = c
		}
		b.WriteString(strings.Join(cells, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(_, text string) string {
	head := `<div class="top"><a href="/">首页</a> | <a href="/yw/">要闻</a> | <a href="/scdc/">审查调查</a> | <a href="/xsxc/">巡视巡察</a> | <a href="/djfg/">党纪法规</a></div>
<div class="loc">当前位置：首页 &gt; 巡视巡察 &gt; 整改进展</div>
<div class="info">发布时间：2024-10-16 09:30　来源：中国远帆航运集团有限公司党委　浏览次数：1,532　【字体：大 中 小】</div>
`
	foot := `<div class="foot">版权所有：清风远帆廉政网　联系电话：010-6588 2046　邮编：100032<br>网站标识码：bm56000017　ICP备案号：京ICP备10218836号-4</div>
`
	return casebuild.InFrame(casebuild.ToHTML(text), head, foot)
}
