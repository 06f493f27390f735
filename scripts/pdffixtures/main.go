// Command pdffixtures writes the PDF test fixtures under testdata/pdf that can be
// made without outside tools, plus the HTML sources and the expected texts
// (NAME.txt) of the fixtures that scripts/make-pdf-fixtures.sh then renders
// with Chromium, LibreOffice and qpdf.
//
// Run it from the repository root:
//
//	go run ./scripts/pdffixtures
//
// It reads the report texts in testdata/corpus/reports and writes:
//
//   - NAME.txt for every text-bearing fixture: the paragraphs in reading
//     order, one a line, as parse.Normalize should leave them (the
//     ideographic-space indent is not part of the text); table rows are
//     written as their cells separated by a tab;
//   - src/NAME.html: the HTML that Chromium or LibreOffice turns into NAME.pdf;
//   - fpdf-uming.pdf (go-pdf/fpdf with a TrueType CJK font), scanned-image.pdf
//     (one JPEG image, no text), hand-ucs2.pdf and hand-gbk.pdf (written byte
//     by byte, non-embedded STSong-Light with a predefined CMap and no
//     ToUnicode) and not-a-pdf.pdf (an HTML page).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/jpeg"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// block is one paragraph-level element of a fixture document.
type block struct {
	kind string // h1, h2, h3, p, np (no indent), sig (right-aligned signature), caption, table, plaintable (no rules)
	text string
	rows [][]string
}

var (
	root      = flag.String("root", ".", "repository root")
	longChars = flag.Int("long-chars", 98500, "approximate size in characters of long-report-150p")
	ttcFile   = flag.String("ttc", "/usr/share/fonts/truetype/arphic/uming.ttc", "TrueType collection holding the CJK font for fpdf")
	ttcIndex  = flag.Int("ttc-index", 0, "index of the font in -ttc")
)

func main() {
	flag.Parse()
	out := filepath.Join(*root, "testdata", "pdf")
	must(os.MkdirAll(filepath.Join(out, "src"), 0o755))
	reports := loadReports(filepath.Join(*root, "testdata", "corpus", "reports"))

	// 1. Chromium fixtures: one-column reports with a table, a two-column page, the long report.
	sans := append(append([]block{}, reports[0]...), progressTable()...)
	writeHTML(out, "chromium-report-sans", "Noto Sans CJK SC", sans, false)
	zen := append(append([]block{}, reports[7]...), progressTable()...)
	zen = append(zen, block{kind: "p", text: "附件：巡察反馈问题整改台账（共3页）"})
	writeHTML(out, "chromium-report-zenhei", "WenQuanYi Zen Hei", zen, false)
	writeTxt(out, "encrypted-owner-aes256-objstm", zen) // chromium-report-zenhei.pdf, encrypted by the script
	twocol := twoColumn(reports[1], reports[3])
	writeHTML(out, "chromium-twocol-serif", "Noto Serif CJK SC", twocol, true)
	long := longReport(reports, *longChars)
	writeHTML(out, "long-report-150p", "WenQuanYi Zen Hei", long, false)

	// 3. LibreOffice: an HTML page with a table, converted by soffice.
	lo := append(append([]block{}, reports[4]...), ledgerTable()...)
	writeHTML(out, "libreoffice-table", "WenQuanYi Zen Hei", lo, false)
	// A ledger without ruling lines, its cells set close (LibreOffice too).
	writeHTML(out, "libreoffice-ledger-norules", "WenQuanYi Zen Hei", ledgerNoRules(), false)

	// 2. go-pdf/fpdf with AR PL UMing CN (DroidSansFallbackFull.ttf has no digits); also the source of the encrypted fixtures.
	fp := fpdfDoc(reports[2], reports[5])
	must(os.WriteFile(filepath.Join(out, "fpdf-uming.pdf"), fp.pdf, 0o644))
	writeTxt(out, "fpdf-uming", fp.blocks)
	for _, n := range []string{"encrypted-owner-rc4", "encrypted-owner-aes128", "encrypted-user-aes128", "encrypted-owner-aes256", "encrypted-user-aes256"} {
		writeTxt(out, n, fp.blocks)
	}

	// 4. Hand-written PDFs with non-embedded STSong-Light and predefined CMaps.
	hb := handBlocks()
	must(os.WriteFile(filepath.Join(out, "hand-ucs2.pdf"), handPDF(hb, "UniGB-UCS2-H", encUCS2, false), 0o644))
	writeTxt(out, "hand-ucs2", hb)
	writeTxt(out, "encrypted-owner-aes256-r5", hb) // hand-ucs2.pdf, encrypted by the script
	must(os.WriteFile(filepath.Join(out, "hand-gbk.pdf"), handPDF(hb, "GBK-EUC-H", encGBK, true), 0o644))
	writeTxt(out, "hand-gbk", hb)

	// 5. Image-only and not-a-PDF fixtures (the encrypted and truncated ones are made by the script).
	must(os.WriteFile(filepath.Join(out, "scanned-image.pdf"), scannedPDF(), 0o644))
	must(os.WriteFile(filepath.Join(out, "not-a-pdf.pdf"), []byte(fakeHTML), 0o644))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// ---------------------------------------------------------------- corpus

var (
	reHeading = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	reCaption = regexp.MustCompile(`^表\d+`)
	reCells   = regexp.MustCompile(` {2,}`)
)

// loadReports turns each corpus report into blocks: the first line is the
// title, "一、…" lines are headings, lines of space-aligned columns are a
// table, lines indented by many ideographic spaces are the signature.
func loadReports(dir string) [][]block {
	var all [][]block
	for i := 1; i <= 12; i++ {
		data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)))
		must(err)
		var bs []block
		var table [][]string
		flush := func() {
			if table != nil {
				bs = append(bs, block{kind: "table", rows: table})
				table = nil
			}
		}
		for n, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
			indent := len(line) - len(strings.TrimLeft(line, "　"))
			t := strings.Trim(line, "　 \t")
			if t == "" {
				continue
			}
			if reCells.MatchString(t) {
				table = append(table, reCells.Split(t, -1))
				continue
			}
			flush()
			switch {
			case n == 0:
				bs = append(bs, block{kind: "h1", text: t})
			case indent >= 4*len("　"):
				bs = append(bs, block{kind: "sig", text: t})
			case indent == 0:
				bs = append(bs, block{kind: "np", text: t})
			case reHeading.MatchString(t) && utf8.RuneCountInString(t) < 30:
				bs = append(bs, block{kind: "h2", text: t})
			case reCaption.MatchString(t):
				bs = append(bs, block{kind: "caption", text: t})
			default:
				bs = append(bs, block{kind: "p", text: t})
			}
		}
		flush()
		all = append(all, bs)
	}
	return all
}

func progressTable() []block {
	return []block{
		{kind: "caption", text: "表1　巡视反馈问题整改进度表"},
		{kind: "table", rows: [][]string{
			{"序号", "问题类别", "反馈问题", "已完成", "正在推进", "完成率"},
			{"1", "贯彻落实党中央决策部署", "9个", "8个", "1个", "88.9%"},
			{"2", "全面从严治党“两个责任”", "11个", "10个", "1个", "90.9%"},
			{"3", "选人用人和基层党建", "6个", "5个", "1个", "83.3%"},
			{"4", "落实中央八项规定精神", "5个", "5个", "0个", "100%"},
			{"", "合计", "31个", "28个", "3个", "90.3%"},
		}},
		{kind: "p", text: "截至2019年4月20日，清退资金131.05万元，建立完善制度27项，问责干部8人。"},
	}
}

func ledgerTable() []block {
	return []block{
		{kind: "caption", text: "表2　整改事项清单（节选）"},
		{kind: "table", rows: [][]string{
			{"编号", "问题", "整改措施", "责任单位", "完成时限", "状态"},
			{"1", "“三重一大”决策不规范", "修订议事规则1项", "办公室", "2018年9月30日", "已完成"},
			{"2", "专项资金拨付滞后", "建立月度调度机制", "计划财务科", "2018年10月31日", "已完成"},
			{"3", "违规发放津补贴4.6万元", "全额清退", "人事科", "2018年8月31日", "已完成"},
			{"4", "基层党组织换届不及时", "完成换届7个", "机关党委", "2018年12月31日", "正在推进"},
		}},
	}
}

// ledgerNoRules is a short report page with a ledger laid out without
// rules: top-aligned cells, a padding of a quarter of a character, cells
// wrapped onto two lines.
func ledgerNoRules() []block {
	return []block{
		{kind: "np", text: "某局巡察反馈问题整改台账"},
		{kind: "np", text: "根据县委第二巡察组反馈意见，现将整改台账报告如下。"},
		{kind: "plaintable", rows: [][]string{
			{"序号", "问题", "整改措施", "责任单位", "完成时限", "状态"},
			{"1", "“三重一大”决策不规范", "修订议事规则1项，明确决策事项清单和程序", "办公室", "2018年9月30日", "已完成"},
			{"2", "专项资金拨付滞后", "建立月度调度机制", "计划财务科", "2018年10月31日", "已完成"},
			{"3", "违规发放津补贴4.6万元", "全额清退", "人事科", "2018年8月31日", "已完成"},
			{"4", "基层党组织换届不及时", "完成换届7个", "机关党委", "2018年12月31日", "正在推进"},
		}},
		{kind: "np", text: "以上整改事项均已报县委巡察办备案。"},
	}
}

// twoColumn makes the text of the two-column fixture: a title spanning both
// columns, then the body of two reports (their titles become headings).
func twoColumn(a, b []block) []block {
	bs := []block{{kind: "h1", text: "巡察整改工作简报（第3期）"}}
	for _, r := range [][]block{a, b} {
		for _, x := range r {
			switch x.kind {
			case "h1":
				x.kind = "h2"
			case "h2":
				x.kind = "h3"
			case "table":
				// Narrow columns: keep only the totals line as prose.
				last := x.rows[len(x.rows)-1]
				x = block{kind: "p", text: fmt.Sprintf("%s：反馈问题%s个，已完成%s个，正在整改%s个，完成率%s。", last[0], last[1], last[2], last[3], last[4])}
			case "caption":
				continue
			}
			bs = append(bs, x)
		}
	}
	return bs
}

var (
	reCounted = regexp.MustCompile(`(\d+(?:\.\d+)?)(个|项|次|人|件|条|名|家|万元|亿元|元|天|份|篇|场|批|处|户|页|方面)`)
	cnNums    = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
)

// longReport repeats the corpus reports, varying the counted numbers, until
// the text reaches about chars characters.
func longReport(reports [][]block, chars int) []block {
	bs := []block{
		{kind: "h1", text: "东川省巡视巡察整改情况汇编（2016—2024年）"},
		{kind: "np", text: "编印说明：本汇编收录省内各单位公开的巡视巡察整改情况报告，按报送顺序排列，数字均以报告原文为准。"},
	}
	total := 0
	for _, b := range bs {
		total += utf8.RuneCountInString(b.text)
	}
	part := 0
	for total < chars {
		for i, r := range reports {
			if total >= chars {
				break
			}
			part++
			k := part + i
			vary := func(s string) string {
				return reCounted.ReplaceAllStringFunc(s, func(m string) string {
					sm := reCounted.FindStringSubmatch(m)
					if strings.Contains(sm[1], ".") {
						f, _ := strconv.ParseFloat(sm[1], 64)
						return strconv.FormatFloat(f+float64(k%9)*1.25, 'f', 2, 64) + sm[2]
					}
					n, _ := strconv.Atoi(sm[1])
					return strconv.Itoa(n+k%7) + sm[2]
				})
			}
			for _, x := range r {
				x.text = vary(x.text)
				switch x.kind {
				case "h1":
					x = block{kind: "h2", text: fmt.Sprintf("第%d篇　%s", part, x.text)}
				case "h2":
					x.kind = "h3"
				case "table":
					rows := make([][]string, len(x.rows))
					for ri, row := range x.rows {
						rows[ri] = append([]string(nil), row...)
					}
					x = block{kind: "table", rows: rows}
				}
				bs = append(bs, x)
				total += utf8.RuneCountInString(x.text)
			}
			if part%3 == 0 {
				done := 10 + k%13
				bs = append(bs,
					block{kind: "caption", text: fmt.Sprintf("表%d　第%s批整改事项完成情况", part, cnNums[part%10])},
					block{kind: "table", rows: [][]string{
						{"序号", "整改事项", "问题数", "已完成", "完成率"},
						{"1", "政治建设方面", fmt.Sprintf("%d个", done), fmt.Sprintf("%d个", done-1), fmt.Sprintf("%.1f%%", float64(done-1)*100/float64(done))},
						{"2", "作风建设方面", fmt.Sprintf("%d个", done+3), fmt.Sprintf("%d个", done+3), "100%"},
						{"3", "制度建设方面", fmt.Sprintf("%d项", k%9+4), fmt.Sprintf("%d项", k%9+2), fmt.Sprintf("%.1f%%", float64(k%9+2)*100/float64(k%9+4))},
					}})
				total += 80
			}
		}
	}
	return bs
}

// ---------------------------------------------------------------- outputs

func writeTxt(out, name string, bs []block) {
	var sb strings.Builder
	for _, b := range bs {
		if b.kind == "table" || b.kind == "plaintable" {
			for _, r := range b.rows {
				sb.WriteString(strings.Join(r, "\t"))
				sb.WriteByte('\n')
			}
			continue
		}
		sb.WriteString(b.text)
		sb.WriteByte('\n')
	}
	must(os.WriteFile(filepath.Join(out, name+".txt"), []byte(sb.String()), 0o644))
}

const css = `@page { size: A4; margin: 22mm 20mm; }
body { font-family: "%s"; font-size: 12pt; line-height: 1.6; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 10pt 0 4pt; }
h3 { font-size: 12pt; margin: 8pt 0 2pt; }
p { margin: 0 0 4pt; text-indent: 2em; text-align: justify; }
p.np { text-indent: 0; }
p.sig { text-align: right; text-indent: 0; margin-top: 12pt; }
p.caption { text-align: center; text-indent: 0; font-weight: bold; margin-top: 8pt; }
table { border-collapse: collapse; margin: 4pt auto 8pt; }
td { border: 1px solid #000; padding: 2pt 5pt; text-align: center; }
.cols { font-size: 10.5pt; line-height: 1.5; column-count: 2; column-gap: 10mm; column-rule: 1px solid #999; }
.cols h1 { column-span: all; }
`

func writeHTML(out, name, font string, bs []block, columns bool) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n", html.EscapeString(bs[0].text))
	fmt.Fprintf(&sb, css, font)
	sb.WriteString("</style>\n</head>\n<body>\n")
	if columns {
		sb.WriteString("<div class=\"cols\">\n")
	}
	for _, b := range bs {
		t := html.EscapeString(b.text)
		switch b.kind {
		case "h1", "h2", "h3":
			fmt.Fprintf(&sb, "<%s>%s</%s>\n", b.kind, t, b.kind)
		case "p":
			fmt.Fprintf(&sb, "<p>%s</p>\n", t)
		case "np", "sig", "caption":
			fmt.Fprintf(&sb, "<p class=\"%s\">%s</p>\n", b.kind, t)
		case "table", "plaintable":
			if b.kind == "table" {
				sb.WriteString("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n")
			} else {
				sb.WriteString("<table border=\"0\" cellpadding=\"3\" cellspacing=\"0\" style=\"margin: 4pt 0 8pt\">\n")
			}
			td := "<td>"
			if b.kind == "plaintable" {
				td = "<td valign=\"top\" style=\"border: none; padding: 3pt; text-align: left; vertical-align: top\">"
			}
			for _, r := range b.rows {
				sb.WriteString("<tr>")
				for _, c := range r {
					fmt.Fprintf(&sb, "%s%s</td>", td, html.EscapeString(c))
				}
				sb.WriteString("</tr>\n")
			}
			sb.WriteString("</table>\n")
		}
	}
	if columns {
		sb.WriteString("</div>\n")
	}
	sb.WriteString("</body>\n</html>\n")
	must(os.WriteFile(filepath.Join(out, "src", name+".html"), []byte(sb.String()), 0o644))
	writeTxt(out, name, bs)
}

var fixedTime = time.Date(2024, 5, 20, 9, 30, 0, 0, time.UTC)

type fpdfResult struct {
	pdf    []byte
	blocks []block
}

// fpdfDoc lays out two reports on two pages with fpdf: the CJK text in
// AR PL UMing CN cut out of uming.ttc (Type0, Identity-H, ToUnicode), a reference
// line in the core font Helvetica, and a table drawn cell by cell.
func fpdfDoc(a, b []block) fpdfResult {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetProducer("zhenggai testdata generator (go-pdf/fpdf v0.9.0)", false)
	pdf.SetMargins(20, 22, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddUTF8FontFromBytes("ming", "", ttcFont(*ttcFile, *ttcIndex))
	var bs []block
	ref := block{kind: "np", text: "Ref. No. JCCT-2022-XC04 / Page 1"}
	table := block{kind: "table", rows: [][]string{
		{"序号", "整改事项", "责任部门", "完成时限", "进度"},
		{"1", "清理应收账款", "财务部", "2022年9月30日", "已完成"},
		{"2", "修订投资决策制度", "投资部", "2022年10月31日", "已完成"},
		{"3", "追缴拖欠租金318万元", "资产部", "2022年12月31日", "正在推进"},
	}}
	for pi, rep := range [][]block{a, b} {
		pdf.AddPage()
		if pi == 0 {
			pdf.SetFont("Helvetica", "", 9)
			pdf.CellFormat(0, 5, ref.text, "", 1, "R", false, 0, "")
			bs = append(bs, ref)
		}
		for _, x := range rep {
			switch x.kind {
			case "h1":
				pdf.SetFont("ming", "", 16)
				wrap(pdf, x.text, 9, "C")
				pdf.Ln(3)
			case "h2":
				pdf.SetFont("ming", "", 13)
				wrap(pdf, x.text, 8, "L")
			case "sig":
				pdf.SetFont("ming", "", 12)
				pdf.CellFormat(0, 7, x.text, "", 1, "R", false, 0, "")
			case "table":
				continue
			default:
				pdf.SetFont("ming", "", 12)
				indent := "　　"
				if x.kind == "np" {
					indent = ""
				}
				wrap(pdf, indent+x.text, 7, "L")
			}
			bs = append(bs, x)
			if pi == 0 && x.kind == "h2" && strings.HasPrefix(x.text, "二、") {
				pdf.SetFont("ming", "", 10.5)
				widths := []float64{12, 52, 28, 42, 26}
				for _, r := range table.rows {
					for ci, c := range r {
						pdf.CellFormat(widths[ci], 7, c, "1", 0, "C", false, 0, "")
					}
					pdf.Ln(-1)
				}
				pdf.Ln(2)
				bs = append(bs, table)
			}
		}
	}
	var buf bytes.Buffer
	must(pdf.Output(&buf))
	return fpdfResult{pdf: buf.Bytes(), blocks: bs}
}

// wrap writes s as lines no wider than the text box, breaking anywhere:
// fpdf's MultiCell drops the ideograph at which it breaks a line.
func wrap(pdf *fpdf.Fpdf, s string, h float64, align string) {
	l, _, r, _ := pdf.GetMargins()
	pw, _ := pdf.GetPageSize()
	maxw := pw - l - r
	var line []rune
	for _, c := range s {
		if len(line) > 0 && pdf.GetStringWidth(string(append(line, c))) > maxw {
			pdf.CellFormat(0, h, string(line), "", 1, align, false, 0, "")
			line = line[:0]
		}
		line = append(line, c)
	}
	pdf.CellFormat(0, h, string(line), "", 1, align, false, 0, "")
}

// ttcFont cuts font index out of a TrueType collection as a stand-alone
// TrueType file (fpdf reads only plain .ttf files).
func ttcFont(path string, index int) []byte {
	data, err := os.ReadFile(path)
	must(err)
	be := func(off, n int) int {
		v := 0
		for i := 0; i < n; i++ {
			v = v<<8 | int(data[off+i])
		}
		return v
	}
	if string(data[:4]) != "ttcf" || index >= be(8, 4) {
		log.Fatalf("%s: not a TrueType collection holding font %d", path, index)
	}
	dir := be(12+4*index, 4)
	num := be(dir+4, 2)
	var out bytes.Buffer
	out.Write(data[dir : dir+12])
	pos := 12 + 16*num
	var body bytes.Buffer
	for t := 0; t < num; t++ {
		rec := dir + 12 + 16*t
		off, length := be(rec+8, 4), be(rec+12, 4)
		out.Write(data[rec : rec+8])
		no := pos + body.Len()
		out.Write([]byte{byte(no >> 24), byte(no >> 16), byte(no >> 8), byte(no)})
		out.Write(data[rec+12 : rec+16])
		body.Write(data[off : off+length])
		for body.Len()%4 != 0 {
			body.WriteByte(0)
		}
	}
	out.Write(body.Bytes())
	return out.Bytes()
}

// scannedPDF is a page holding one grey JPEG that looks like a scanned
// report (dark bars where lines of text would be) and no text at all.
func scannedPDF() []byte {
	const w, h = 827, 1169 // A4 at 100 dpi
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetGray(x, y, color.Gray{Y: 238})
		}
	}
	bar := func(x0, y0, x1, y1 int, v uint8) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				// Break the bar into glyph-sized blobs.
				if (x/14)%5 != 4 && (x%14) < 11 {
					img.SetGray(x, y, color.Gray{Y: v})
				}
			}
		}
	}
	bar(250, 110, 580, 138, 40) // title
	y := 190
	for i := 0; i < 30; i++ {
		x0 := 90
		if i%6 == 0 {
			x0 = 118
		}
		x1 := 740
		if i%6 == 5 {
			x1 = 90 + 70*(i%4+3)
		}
		bar(x0, y, x1, y+14, 60)
		y += 30
	}
	bar(520, y+30, 740, y+46, 60) // signature
	// A red seal, as a grey ring.
	for yy := -60; yy <= 60; yy++ {
		for xx := -60; xx <= 60; xx++ {
			d := xx*xx + yy*yy
			if d <= 3600 && d >= 2900 {
				img.SetGray(630+xx, y+40+yy, color.Gray{Y: 120})
			}
		}
	}
	var jb bytes.Buffer
	must(jpeg.Encode(&jb, img, &jpeg.Options{Quality: 60}))

	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.SetProducer("zhenggai testdata generator (scanner imitation)", false)
	pdf.AddPage()
	pdf.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "JPG"}, &jb)
	pdf.ImageOptions("scan", 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	var buf bytes.Buffer
	must(pdf.Output(&buf))
	return buf.Bytes()
}

const fakeHTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>文件下载 - 东川省人民政府门户网站</title></head>
<body>
<div class="header">东川省人民政府门户网站</div>
<p>您访问的文件“关于巡视整改情况的通报.pdf”需要登录后下载。</p>
<p><a href="/login">登录</a> | <a href="/">返回首页</a></p>
</body>
</html>
`

// ---------------------------------------------------------------- hand-written PDFs

func handBlocks() []block {
	return []block{
		{kind: "h1", text: "关于巡察反馈意见整改情况的报告"},
		{kind: "np", text: "县委巡察工作领导小组："},
		{kind: "p", text: "2023年6月30日，县委第二巡察组反馈问题25个，已完成整改23个，正在整改2个，整改完成率92%。"},
		{kind: "p", text: "局党组召开党组会议9次、专题会议4次，建立完善制度12项，清退违规资金36.5万元。"},
		{kind: "p", text: "对巡察移交的问题线索3件，已办结3件；问责干部5人，其中诫勉谈话2人、通报批评3人。"},
		{kind: "sig", text: "中共梅溪县审计局党组"},
		{kind: "sig", text: "2023年9月15日"},
	}
}

func encUCS2(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func encGBK(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// handPDF writes a one-page PDF whose text is shown in the non-embedded
// Type0 font STSong-Light with the predefined CMap cmap, without ToUnicode.
// Paragraphs wrap at 36 ideographs; a wrapped line starts at the margin,
// a paragraph's first line is indented by two ideographs. The UCS-2 file
// uses hex strings with Td/T* and the GBK file literal strings with Tm/TJ.
func handPDF(bs []block, cmap string, enc func(string) []byte, literal bool) []byte {
	const size, lead, left, right, top = 12.0, 21.0, 72.0, 523.0, 770.0
	width := func(s string) float64 {
		w := 0.0
		for _, r := range s {
			if r < 0x80 {
				w += 0.5
			} else {
				w++
			}
		}
		return w * size
	}
	str := func(s string) string {
		b := enc(s)
		if !literal {
			return "<" + strings.ToUpper(fmt.Sprintf("%x", b)) + ">"
		}
		var sb strings.Builder
		sb.WriteByte('(')
		for _, c := range b {
			switch c {
			case '(', ')', '\\':
				sb.WriteByte('\\')
				sb.WriteByte(c)
			default:
				sb.WriteByte(c)
			}
		}
		sb.WriteByte(')')
		return sb.String()
	}
	var cs strings.Builder
	cs.WriteString("BT\n/F1 12 Tf\n21 TL\n")
	y := top
	for i, b := range bs {
		// Break the paragraph into lines no wider than the text box.
		var lines []string
		first := b.kind == "p"
		avail := right - left
		if first {
			avail -= 2 * size
		}
		var cur []rune
		for _, r := range b.text {
			if width(string(append(cur, r))) > avail {
				lines = append(lines, string(cur))
				cur = nil
				avail = right - left
			}
			cur = append(cur, r)
		}
		lines = append(lines, string(cur))
		if b.kind == "h1" {
			size := 16.0
			x := (left+right)/2 - width(lines[0])*size/12/2
			fmt.Fprintf(&cs, "/F1 16 Tf\n")
			if literal {
				fmt.Fprintf(&cs, "1 0 0 1 %.2f %.2f Tm\n[%s] TJ\n", x, y, str(lines[0]))
			} else {
				fmt.Fprintf(&cs, "%.2f %.2f Td\n%s Tj\n", x, y, str(lines[0]))
			}
			fmt.Fprintf(&cs, "/F1 12 Tf\n")
			y -= 2 * lead
			if !literal {
				// Back to the left margin, relative to the title's origin.
				fmt.Fprintf(&cs, "%.2f %.2f Td\n", left-x, -2*lead)
			}
			continue
		}
		if b.kind == "sig" && bs[i-1].kind != "sig" {
			y -= lead / 2
			if !literal {
				fmt.Fprintf(&cs, "0 %.2f Td\n", -lead/2)
			}
		}
		for li, l := range lines {
			x := left
			if li == 0 && first {
				x += 2 * size
			}
			if b.kind == "sig" {
				x = right - width(l)
			}
			if literal {
				// Split each line into two TJ pieces with a zero adjustment, as some producers do.
				rs := []rune(l)
				h := len(rs) / 2
				fmt.Fprintf(&cs, "1 0 0 1 %.2f %.2f Tm\n[%s 0 %s] TJ\n", x, y, str(string(rs[:h])), str(string(rs[h:])))
			} else {
				// Move to x on this line, show, come back to the margin, go down.
				fmt.Fprintf(&cs, "%.2f 0 Td\n%s Tj\n%.2f 0 Td T*\n", x-left, str(l), left-x)
			}
			y -= lead
		}
	}
	cs.WriteString("ET\n")
	content := cs.String()
	supplement := 4 // UniGB-UCS2-H needs Adobe-GB1-4
	if cmap == "GBK-EUC-H" {
		supplement = 2
	}

	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /ProcSet [/PDF /Text] >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
		fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /%s /DescendantFonts [6 0 R] >>", cmap),
		fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement %d >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500 814 939 500] >>", supplement),
		"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
		"<< /Producer (zhenggai testdata generator, hand-written) /CreationDate (D:20240520093000Z) >>",
	}
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, len(objs), xref)
	return buf.Bytes()
}
