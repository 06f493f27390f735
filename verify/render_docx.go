package verify

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteDOCX writes the result as a Word document (核查意见) to put before a
// meeting: a title block with the unit, the round and the dates, the
// verdict and the counts, a table of the findings, then each finding with
// its evidence, and the rules that did not run. A4, page numbers in the
// footer, Chinese fonts (宋体 / 仿宋 / 黑体, which Word and WPS have).
//
// The file is written with archive/zip and a few parts of WordprocessingML
// (the content types, the package relationships, the document, its
// styles, its footer and their relationships): that is all a document of
// paragraphs and tables needs, and Word, WPS and LibreOffice open it.
func (r *Result) WriteDOCX(w io.Writer) error {
	v := r.view()
	d := &docxBody{}
	d.build(r, v)
	zw := zip.NewWriter(w)
	// A fixed time: the same result gives the same file.
	mod := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"word/_rels/document.xml.rels", docxDocRels},
		{"word/styles.xml", docxStyles},
		{"word/footer1.xml", docxFooter},
		{"word/document.xml", docxDocStart + d.b.String() + docxSection + docxDocEnd},
	} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return err
		}
	}
	return zw.Close()
}

// docxBody builds the body of document.xml.
type docxBody struct{ b strings.Builder }

// esc escapes text for an XML text node or attribute, dropping the
// characters XML cannot hold.
func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// run is a run of text; opts are run properties (<w:b/>, <w:sz …/>).
func run(text string, opts ...string) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	if len(opts) > 0 {
		b.WriteString("<w:rPr>" + strings.Join(opts, "") + "</w:rPr>")
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + "</w:t>")
	}
	b.WriteString("</w:r>")
	return b.String()
}

const (
	bold  = "<w:b/>"
	muted = `<w:color w:val="666666"/>`
)

func size(halfPoints int) string {
	return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints, halfPoints)
}

func color(hex string) string { return `<w:color w:val="` + hex + `"/>` }

// para writes a paragraph of the given style ("" for the normal one) and
// runs.
func (d *docxBody) para(style string, runs ...string) {
	d.b.WriteString("<w:p>")
	if style != "" {
		d.b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	for _, r := range runs {
		d.b.WriteString(r)
	}
	d.b.WriteString("</w:p>")
}

// table writes a table with a header row; widths are in twentieths of a
// point and sum to the text width.
func (d *docxBody) table(widths []int, header []string, rows [][]string) {
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&d.b, `<w:gridCol w:w="%d"/>`, w)
	}
	d.b.WriteString("</w:tblGrid>")
	row := func(cells []string, head bool) {
		d.b.WriteString("<w:tr>")
		if head {
			d.b.WriteString(`<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
		} else {
			d.b.WriteString(`<w:trPr><w:cantSplit/></w:trPr>`)
		}
		for i, c := range cells {
			fmt.Fprintf(&d.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, widths[i])
			if head {
				d.b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="DDEBF7"/>`)
			}
			d.b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="Cell"/></w:pPr>`)
			if head {
				d.b.WriteString(run(c, bold))
			} else {
				d.b.WriteString(run(c))
			}
			d.b.WriteString("</w:p></w:tc>")
		}
		d.b.WriteString("</w:tr>")
	}
	row(header, true)
	for _, r := range rows {
		row(r, false)
	}
	d.b.WriteString("</w:tbl>")
}

// sevColor is the colour a severity's name is written in.
func sevColor(s Severity) string {
	switch s {
	case High:
		return color("B42318")
	case Medium:
		return color("B54708")
	case Low:
		return color("175CD3")
	}
	return muted
}

func (d *docxBody) build(r *Result, v reportView) {
	c := v.Case
	d.para("Title", run("整改情况核查意见"))
	d.para("Subtitle", run(v.Title))
	if c.Round != "" {
		d.para("Subtitle", run(c.Round, size(24)))
	}
	minutes := "-"
	if len(c.Minutes) > 0 {
		minutes = fmt.Sprintf("%d 份", len(c.Minutes))
	}
	d.table([]int{2600, 6426}, []string{"项目", "内容"}, [][]string{
		{"被巡视（巡察、审计）单位", orDash(c.Unit) + v.UnitMark},
		{"反馈日期", orDash(c.FeedbackDate) + v.FeedbackMark},
		{"报告日期", orDash(c.ReportDate) + v.ReportMark},
		{"核查基准日", orDash(c.AsOf) + v.AsOfMark},
		{"核查材料", fmt.Sprintf("整改报告 %s；台账 %s；会议纪要 %s", c.Report, orDash(c.Ledger), minutes)},
	})

	d.para("Heading1", run("一、核查结论"))
	verdictColor := map[Verdict]string{VerdictSuspected: color("B42318"), VerdictAttention: color("B54708"), VerdictClean: color("067647")}[v.Summary.Verdict]
	d.para("", run("核查结论：", bold), run(v.Verdict, bold, verdictColor, size(28)),
		run(fmt.Sprintf("。共发现问题 %d 项，其中高 %d 项、中 %d 项、低 %d 项。", len(v.Findings), v.Summary.High, v.Summary.Medium, v.Summary.Low)))
	for _, n := range v.Notices {
		d.para("", run(n, bold, color("B42318")))
	}

	var cps [][]string
	for _, c := range v.Checkpoints {
		cps = append(cps, []string{c.Name, c.Question, c.StateName, c.Basis})
	}
	d.para("Group", run("五关核查情况", bold))
	d.table([]int{1500, 3226, 1000, 3300}, []string{"关口", "核查内容", "状态", "依据"}, cps)

	d.para("Heading1", run("二、核查发现一览"))
	if len(v.Findings) == 0 {
		d.para("", run("未发现问题。", bold))
	} else {
		var rows [][]string
		for _, f := range v.Findings {
			name := f.RuleName
			if name == "" {
				name = string(f.Rule)
			}
			rows = append(rows, []string{fmt.Sprint(f.N), f.SevName, name, f.Message, f.Claimed, f.Observed})
		}
		d.table([]int{700, 700, 1800, 3626, 1100, 1100}, []string{"序号", "程度", "问题", "情况说明", "报告所称", "核查所见"}, rows)
	}

	if len(v.Findings) > 0 {
		d.para("Heading1", run("三、核查发现及依据"))
		for _, sec := range v.Sections {
			head := fmt.Sprintf("（%s）严重程度%s，%d 项", chineseOrdinal(sec), sec.Name, sec.Count)
			d.para("Heading2", run(head))
			for _, g := range sec.Groups {
				if g.Label != "" {
					d.para("Group", run(fmt.Sprintf("%s（%d 项发现）", g.Label, len(g.Findings)), bold))
				}
				for _, f := range g.Findings {
					d.finding(f)
				}
			}
		}
	}

	n := "四"
	if len(v.Findings) == 0 {
		n = "三"
	}
	d.para("Heading1", run(n+"、未运行的规则"))
	if len(v.NotRun) == 0 {
		d.para("", run("所有规则均已运行。"))
	}
	for _, nr := range v.NotRun {
		d.para("", run(ruleLabel(nr.Rule)+"："), run(nr.Reason))
	}
	if len(v.Errors) > 0 {
		d.para("", run("无法读取的文件：", bold))
		for _, e := range v.Errors {
			d.para("Evidence", run(e))
		}
	}
	d.para("Note", run("说明：核查结果为自动比对所得，需结合原始材料人工复核。规则编号供技术支持查询。", muted, size(18)))
}

// chineseOrdinal numbers the severity sections 一, 二, 三, 四.
func chineseOrdinal(sec sectionView) string {
	switch sec.Severity {
	case High:
		return "一"
	case Medium:
		return "二"
	case Low:
		return "三"
	}
	return "四"
}

func (d *docxBody) finding(f findingView) {
	name := f.RuleName
	if name == "" {
		name = string(f.Rule)
	}
	d.para("Finding", run(fmt.Sprintf("%d. ", f.N), bold), run("〔"+f.SevName+"〕", bold, sevColor(f.Severity)),
		run(name+"："), run(f.Message))
	if co := claimedObserved(f); co != "" {
		d.para("Evidence", run(co, bold))
	}
	for _, e := range f.Evidence {
		if e.Repeat != 0 {
			d.para("Evidence", run(e.Where+"　", muted), run(fmt.Sprintf("（同第 %d 项所引）", e.Repeat)))
			continue
		}
		runs := []string{run(e.Where+"　", muted), run(quote(evidenceText(e), 400))}
		if e.Note != "" {
			runs = append(runs, run("（"+e.Note+"）", muted))
		}
		d.para("Evidence", runs...)
		if e.Sentence != "" {
			d.para("Evidence", run("所在语句：", muted), run(headingPrefix(e.Heading)+quote(e.Sentence, 300)))
		}
	}
	d.para("Rule", run("规则编号 "+string(f.Rule), muted, size(16)))
}

const docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const docxDocRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`

const docxFonts = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>`

const docxStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr>` + docxFonts + `<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Group"><w:name w:val="Group"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:pBdr><w:left w:val="single" w:sz="12" w:space="4" w:color="999999"/></w:pBdr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Finding"><w:name w:val="Finding"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Evidence"><w:name w:val="Evidence"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="420"/><w:spacing w:after="40" w:line="300" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Rule"><w:name w:val="Rule"/><w:basedOn w:val="Evidence"/><w:pPr><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Cell"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/><w:spacing w:after="0" w:line="280" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`

const docxFooter = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页，共 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>`

const docxDocStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`

// docxSection: A4 portrait (11906 × 16838 twentieths of a point), margins
// of 2.5 cm and 2.2 cm, the footer with the page numbers.
const docxSection = `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1247" w:bottom="1418" w:left="1247" w:header="851" w:footer="851" w:gutter="0"/></w:sectPr>`

const docxDocEnd = `</w:body></w:document>`
