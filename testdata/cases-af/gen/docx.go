package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// A tiny DOCX writer: enough OOXML for the accidents of a real desk —
// tracked changes (w:ins / w:del), comments, a text box saved as Word saves
// it (the DrawingML shape and its VML fallback, both holding the text), and
// a table inside a table.

func esc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

func run(text string) string {
	return `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

type docxBuilder struct {
	body     strings.Builder
	comments []string
	revID    int
}

var inlineRe = regexp.MustCompile(`\{-(.*?)-\}|\{\+(.*?)\+\}|\{#(.*?)#\}`)

// para writes one paragraph; the text may hold {-deleted-}, {+inserted+}
// and {#comment#} marks.
func (d *docxBuilder) para(text, style string) {
	d.body.WriteString(d.paraXML(text, style))
}

func (d *docxBuilder) paraXML(text, style string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	switch style {
	case "title":
		b.WriteString(`<w:pPr><w:jc w:val="center"/></w:pPr>`)
	case "right":
		b.WriteString(`<w:pPr><w:jc w:val="right"/></w:pPr>`)
	}
	last := 0
	for _, m := range inlineRe.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(run(text[last:m[0]]))
		last = m[1]
		d.revID++
		date := `w:author="办公室-李敏" w:date="2023-07-18T10:21:00Z"`
		switch {
		case m[2] >= 0:
			fmt.Fprintf(&b, `<w:del w:id="%d" %s><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, d.revID, date, esc(text[m[2]:m[3]]))
		case m[4] >= 0:
			fmt.Fprintf(&b, `<w:ins w:id="%d" %s>%s</w:ins>`, d.revID, date, run(text[m[4]:m[5]]))
		default:
			id := len(d.comments)
			d.comments = append(d.comments, fmt.Sprintf(`<w:comment w:id="%d" w:author="分管领导" w:date="2023-07-18T15:02:00Z" w:initials="FG"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>`, id, esc(text[m[6]:m[7]])))
			fmt.Fprintf(&b, `<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, id, id, id)
		}
	}
	b.WriteString(run(text[last:]))
	b.WriteString("</w:p>")
	return b.String()
}

func tableXML(rows [][]string, inner string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`)
	b.WriteString("<w:tblGrid>")
	n := 1
	if len(rows) > 0 {
		n = len(rows[0])
	}
	w := 9000 / n
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString("</w:tblGrid>")
	for _, r := range rows {
		b.WriteString("<w:tr>")
		for _, c := range r {
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>`, w, run(c))
		}
		b.WriteString("</w:tr>")
	}
	if inner != "" {
		b.WriteString(`<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>` + inner + `<w:p/></w:tc></w:tr>`)
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

// textbox writes a paragraph anchoring a floating text box, as Word 2010
// and later save one: the DrawingML shape and the VML fallback both hold
// the box's paragraph.
func (d *docxBuilder) textbox(text string) {
	inner := d.paraXML(text, "")
	fmt.Fprintf(&d.body, `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:425.2pt;height:70.85pt;z-index:251659264" strokecolor="#c00000" strokeweight="1pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`, inner, inner)
}

const docNS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"`

func (d *docxBuilder) write(path string) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name, content string) {
		w, err := z.Create(name)
		must(err)
		_, err = w.Write([]byte(content))
		must(err)
	}
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	if len(d.comments) > 0 {
		ct += `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`
		rels += `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`
	}
	ct += `</Types>`
	rels += `</Relationships>`
	add("[Content_Types].xml", ct)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	add("word/_rels/document.xml.rels", rels)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+docNS+`><w:body>`+d.body.String()+`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	if len(d.comments) > 0 {
		add("word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments `+docNS+`>`+strings.Join(d.comments, "")+`</w:comments>`)
	}
	must(z.Close())
	must(os.WriteFile(path, buf.Bytes(), 0o644))
}

// docxFromSource turns a source text into a DOCX: # title, ## heading,
// ! right-aligned signature lines, [TEXTBOX] a text box, [TABLE]/[NESTED]
// … [ROW] … [ENDTABLE]/[ENDNESTED] a table (NESTED: inside a one-cell
// layout table whose first row is the caption).
func docxFromSource(src, path string) {
	d := &docxBuilder{}
	var rows [][]string
	mode, caption := "", ""
	for _, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "[TABLE]"):
			mode = "table"
			rows = [][]string{strings.Split(strings.TrimPrefix(line, "[TABLE]"), "|")}
		case strings.HasPrefix(line, "[NESTED]"):
			mode = "nested"
			caption = strings.TrimPrefix(line, "[NESTED]")
			rows = nil
		case strings.HasPrefix(line, "[ROW]"):
			rows = append(rows, strings.Split(strings.TrimPrefix(line, "[ROW]"), "|"))
		case line == "[ENDTABLE]":
			d.body.WriteString(tableXML(rows, ""))
			d.body.WriteString("<w:p/>")
			mode = ""
		case line == "[ENDNESTED]":
			d.body.WriteString(tableXML([][]string{{caption}}, tableXML(rows, "")))
			d.body.WriteString("<w:p/>")
			mode = ""
		case mode != "":
		case strings.HasPrefix(line, "[TEXTBOX]"):
			d.textbox(strings.TrimPrefix(line, "[TEXTBOX]"))
		case strings.HasPrefix(line, "##"):
			d.para(strings.TrimPrefix(line, "##"), "")
		case strings.HasPrefix(line, "#"):
			d.para(strings.TrimPrefix(line, "#"), "title")
		case strings.HasPrefix(line, "!"):
			d.para(strings.TrimPrefix(line, "!"), "right")
		default:
			d.para(line, "")
		}
	}
	d.write(path)
}
