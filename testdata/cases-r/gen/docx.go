package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// A report or minutes source is plain text, one paragraph a line; the first
// line is the title. Lines starting with "|" are table rows (cells split by
// "|"). "BOX:" puts the line in a text box (saved as Word saves one: the
// DrawingML box and its VML fallback). "IMG:file.png" is an inline picture.
// Inside a line, {-old-} is a tracked deletion, {+new+} a tracked insertion
// and [[note]] a comment anchored there.

func esc(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

const rpr = `<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>`
const rprTitle = `<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="44"/></w:rPr>`

var inlineRe = regexp.MustCompile(`\{-(.*?)-\}|\{\+(.*?)\+\}|\[\[(.*?)\]\]`)

type docx struct {
	body     bytes.Buffer
	comments []string
	images   [][]byte
	revID    int
}

func (d *docx) run(text, props string) string {
	if text == "" {
		return ""
	}
	return `<w:r>` + props + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func (d *docx) inline(line, props string) string {
	var b strings.Builder
	last := 0
	for _, m := range inlineRe.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(d.run(line[last:m[0]], props))
		d.revID++
		switch {
		case m[2] >= 0:
			b.WriteString(fmt.Sprintf(`<w:del w:id="%d" w:author="党政办 小王" w:date="2023-08-20T10:12:00Z"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, d.revID, props, esc(line[m[2]:m[3]])))
		case m[4] >= 0:
			b.WriteString(fmt.Sprintf(`<w:ins w:id="%d" w:author="党政办 小王" w:date="2023-08-20T10:12:00Z">%s</w:ins>`, d.revID, d.run(line[m[4]:m[5]], props)))
		default:
			id := len(d.comments)
			d.comments = append(d.comments, line[m[6]:m[7]])
			b.WriteString(fmt.Sprintf(`<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, id, id, id))
		}
		last = m[1]
	}
	b.WriteString(d.run(line[last:], props))
	return b.String()
}

func (d *docx) para(line string, title bool) {
	props, ppr := rpr, `<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>`
	if title {
		props, ppr = rprTitle, `<w:pPr><w:jc w:val="center"/></w:pPr>`
	}
	d.body.WriteString(`<w:p>` + ppr + d.inline(line, props) + `</w:p>`)
}

func (d *docx) table(rows [][]string) {
	d.body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`)
	for _, r := range rows {
		d.body.WriteString(`<w:tr>`)
		for _, c := range r {
			d.body.WriteString(`<w:tc><w:p>` + d.run(c, `<w:rPr><w:sz w:val="24"/></w:rPr>`) + `</w:p></w:tc>`)
		}
		d.body.WriteString(`</w:tr>`)
	}
	d.body.WriteString(`</w:tbl>`)
}

func (d *docx) box(text string) {
	inner := `<w:txbxContent><w:p>` + d.run(text, rpr) + `</w:p></w:txbxContent>`
	d.body.WriteString(`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="1300000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx>` + inner + `</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 1" type="#_x0000_t202" style="width:425pt;height:102pt"><v:textbox>` + inner + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
}

func (d *docx) image(png []byte) {
	d.images = append(d.images, png)
	n := len(d.images)
	d.body.WriteString(fmt.Sprintf(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="2400000"/><wp:docPr id="%d" name="图片 %d"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="image%d.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg%d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="2400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`, 100+n, n, 100+n, n, n))
}

// buildDocx turns a source text into DOCX bytes; dir holds pictures it names.
func buildDocx(src, dir string) []byte {
	d := &docx{}
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	var tbl [][]string
	flush := func() {
		if tbl != nil {
			d.table(tbl)
			tbl = nil
		}
	}
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "|"):
			tbl = append(tbl, strings.Split(strings.Trim(l, "|"), "|"))
			continue
		case strings.HasPrefix(l, "BOX:"):
			flush()
			d.box(strings.TrimPrefix(l, "BOX:"))
		case strings.HasPrefix(l, "IMG:"):
			flush()
			b, err := os.ReadFile(dir + "/" + strings.TrimPrefix(l, "IMG:"))
			must(err)
			d.image(b)
		default:
			flush()
			d.para(l, i == 0)
		}
	}
	flush()
	ns := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"`
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + d.body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	if len(d.comments) > 0 {
		ct += `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`
		rels += `<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`
	}
	for i := range d.images {
		rels += fmt.Sprintf(`<Relationship Id="rIdImg%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image%d.png"/>`, i+1, i+1)
	}
	ct += `</Types>`
	rels += `</Relationships>`
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	add := func(name string, b []byte) {
		w, err := z.Create(name)
		must(err)
		_, err = w.Write(b)
		must(err)
	}
	add("[Content_Types].xml", []byte(ct))
	add("_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`))
	add("word/document.xml", []byte(doc))
	add("word/_rels/document.xml.rels", []byte(rels))
	if len(d.comments) > 0 {
		var c strings.Builder
		c.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
		for i, t := range d.comments {
			c.WriteString(fmt.Sprintf(`<w:comment w:id="%d" w:author="镇纪委 李" w:date="2023-08-21T09:00:00Z"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>`, i, esc(t)))
		}
		c.WriteString(`</w:comments>`)
		add("word/comments.xml", []byte(c.String()))
	}
	for i, b := range d.images {
		add(fmt.Sprintf("word/media/image%d.png", i+1), b)
	}
	must(z.Close())
	return out.Bytes()
}
