package casebuild

// docx.go writes Word documents by hand (WordprocessingML), as Word and WPS
// save them: a red-letter head (红头) with its 文号, running heads and feet with
// PAGE / NUMPAGES fields, a table of contents (a TOC field with its cached
// entries), footnotes, endnotes, comments, text boxes (mc:AlternateContent:
// a wps:txbx and its VML fallback holding the same text), section breaks into
// a landscape section, soft line breaks, digits in runs of their own (some
// numbers split over two runs), revisions (w:ins / w:del) and a seal image.
//
// The source is line-based (DOCX; cases-ay and cases-ba describe it in their README):
//
//	%redhead TEXT       red-letter head; %redhead-box: the same in a text box
//	%docno TEXT         the 文号 line, with the red rule under it
//	%header TEXT        running head of every section
//	%footer TEXT        running foot; {PAGE} and {NUMPAGES} are fields
//	%toc                a table of contents of the ## and ### headings after it
//	%landscape          a section break: what follows is a landscape section
//	%pagebreak          a page break
//	%textbox A//B       a floating text box with the lines A, B
//	%sig UNIT//DATE     the signature block with the seal; %sigbox: in a text box
//	%banji CC//ISSUER//DATE   the 版记 (抄送 / 印发 lines)
//	%tblhead            the next table's first row repeats on each page
//	# T, ## H, ### H    title, heading 1, heading 2
//	>T, <T, =T          right-aligned, unindented, centred line
//	|a|b|               a table row
//	other               an indented paragraph
//
// Inline: **x** bold, {k:x} 楷体 run, {rs} a run split (another rsid),
// {bm} a bookmark, // a soft line break, [^fn:x] a footnote, [^en:x] an endnote,
// {cm:x|note} a comment on x, {del:x} / {ins:x} a revision not yet accepted.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type docx struct {
	body       strings.Builder
	footnotes  []string
	endnotes   []string
	comments   []string
	header     string
	footer     string
	hasSeal    bool
	hasToc     bool
	bmID       int
	revID      int
	shapeID    int
	rsid       int
	tblHead    bool
	table      [][]string
	landscape  bool
	tocPending bool
	headings   []string // "1|text" or "2|text", for the TOC
	wps        bool
	author     string
	saved      time.Time
}

const (
	fsong = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman" w:hint="eastAsia"/>`
	fhei  = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体" w:cs="Times New Roman" w:hint="eastAsia"/>`
	fkai  = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="楷体_GB2312" w:cs="Times New Roman" w:hint="eastAsia"/>`
	fxbs  = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="方正小标宋简体" w:cs="Times New Roman" w:hint="eastAsia"/>`
	ftnr  = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/>`
)

func esc(s string) string { return html.EscapeString(s) }

func (d *docx) nextRsid() string {
	d.rsid++
	return fmt.Sprintf("00%06X", 0x3A10C0+d.rsid*0x1F3)
}

// runs turns inline-marked text into runs. font is the paragraph's rFonts, sz its size.
func (d *docx) runs(text, font string, sz int, bold bool) string {
	var b strings.Builder
	rsid := d.nextRsid()
	run := func(t string, f string, bd bool, extra string) {
		if t == "" {
			return
		}
		rpr := f
		if bd {
			rpr += "<w:b/><w:bCs/>"
		}
		rpr += extra
		rpr += fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, sz, sz)
		fmt.Fprintf(&b, `<w:r w:rsidR="%s"><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, rsid, rpr, esc(t))
	}
	// plain splits text into runs: digits (ASCII or full-width) in a run of their own in Times New Roman
	plain := func(t string, f string, bd bool) {
		for _, seg := range strings.Split(t, "//") {
			if seg == "" {
				continue
			}
			_ = seg
		}
		parts := strings.Split(t, "//")
		for i, p := range parts {
			if i > 0 {
				fmt.Fprintf(&b, `<w:r w:rsidR="%s"><w:rPr>%s<w:sz w:val="%d"/></w:rPr><w:br/></w:r>`, rsid, f, sz)
			}
			var cur strings.Builder
			digit := false
			flush := func() {
				if digit {
					run(cur.String(), ftnr, bd, "")
				} else {
					run(cur.String(), f, bd, "")
				}
				cur.Reset()
			}
			for _, r := range p {
				isd := r >= '0' && r <= '9' || r == '.' && digit || r == '%' && digit
				if isd != digit && cur.Len() > 0 {
					flush()
				}
				digit = isd
				cur.WriteRune(r)
			}
			flush()
		}
	}
	re := regexp.MustCompile(`\*\*(.+?)\*\*|\{k:(.+?)\}|\{rs\}|\{bm\}|\[\^fn:(.+?)\]|\[\^en:(.+?)\]|\{cm:(.+?)\|(.+?)\}|\{del:(.+?)\}|\{ins:(.+?)\}`)
	pos := 0
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		plain(text[pos:m[0]], font, bold)
		pos = m[1]
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		tok := text[m[0]:m[1]]
		switch {
		case strings.HasPrefix(tok, "**"):
			plain(g(1), font, true)
		case strings.HasPrefix(tok, "{k:"):
			plain(g(2), fkai, bold)
		case tok == "{rs}":
			rsid = d.nextRsid()
		case tok == "{bm}":
			d.bmID++
			fmt.Fprintf(&b, `<w:bookmarkStart w:id="%d" w:name="_Hlk%d"/><w:bookmarkEnd w:id="%d"/>`, d.bmID+100, 170000000+d.bmID*7919, d.bmID+100)
		case strings.HasPrefix(tok, "[^fn:"):
			id := len(d.footnotes) + 1
			d.footnotes = append(d.footnotes, g(3))
			fmt.Fprintf(&b, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>%s<w:vertAlign w:val="superscript"/><w:sz w:val="%d"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, ftnr, sz, id)
		case strings.HasPrefix(tok, "[^en:"):
			id := len(d.endnotes) + 1
			d.endnotes = append(d.endnotes, g(4))
			fmt.Fprintf(&b, `<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/>%s<w:vertAlign w:val="superscript"/><w:sz w:val="%d"/></w:rPr><w:endnoteReference w:id="%d"/></w:r>`, ftnr, sz, id)
		case strings.HasPrefix(tok, "{cm:"):
			id := len(d.comments)
			d.comments = append(d.comments, g(6))
			fmt.Fprintf(&b, `<w:commentRangeStart w:id="%d"/>`, id)
			b.WriteString(d.runs(g(5), font, sz, bold))
			fmt.Fprintf(&b, `<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/><w:sz w:val="21"/></w:rPr><w:commentReference w:id="%d"/></w:r>`, id, id)
		case strings.HasPrefix(tok, "{del:"):
			d.revID++
			fmt.Fprintf(&b, `<w:del w:id="%d" w:author="%s" w:date="%s"><w:r w:rsidDel="%s"><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, d.revID+500, esc(d.author), d.saved.Add(-26*time.Hour).Format(time.RFC3339), rsid, ftnr, sz, sz, esc(g(7)))
		case strings.HasPrefix(tok, "{ins:"):
			d.revID++
			fmt.Fprintf(&b, `<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r w:rsidR="%s"><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:ins>`, d.revID+500, esc(d.author), d.saved.Add(-26*time.Hour).Format(time.RFC3339), rsid, ftnr, sz, sz, esc(g(8)))
		}
	}
	plain(text[pos:], font, bold)
	return b.String()
}

// para writes a paragraph: ppr is its pPr content.
func (d *docx) para(ppr, runs string) string {
	return fmt.Sprintf(`<w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>%s</w:pPr>%s</w:p>`, d.nextRsid(), "003A10C0", ppr, runs)
}

const bodyPPr = `<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>`

func (d *docx) sectPr(landscape, last bool) string {
	refs := ""
	if d.header != "" {
		refs += `<w:headerReference w:type="default" r:id="rIdHdr1"/>`
	}
	if d.footer != "" {
		refs += `<w:footerReference w:type="default" r:id="rIdFtr1"/>`
	}
	size := `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>`
	if landscape {
		size = `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="1440" w:bottom="1474" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>`
	}
	typ := ""
	if !last {
		typ = `<w:type w:val="nextPage"/>`
	}
	return `<w:sectPr w:rsidR="003A10C0">` + refs + typ + size + `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`
}

func (d *docx) flushTable() {
	if d.table == nil {
		return
	}
	rows := d.table
	d.table = nil
	ncol := 0
	for _, r := range rows {
		if len(r) > ncol {
			ncol = len(r)
		}
	}
	total := 9000
	if d.landscape {
		total = 13800
	}
	// widths: a short column for 序号, the rest shared by the longest cell
	widths := make([]int, ncol)
	maxLen := make([]int, ncol)
	for _, r := range rows {
		for i, c := range r {
			if n := len([]rune(c)); n > maxLen[i] {
				maxLen[i] = n
			}
		}
	}
	sum := 0
	for i := range widths {
		w := maxLen[i]
		if w < 5 {
			w = 5
		}
		if maxLen[i] <= 2 {
			w = 3 // 序号
		}
		if w > 24 {
			w = 24
		}
		widths[i] = w
		sum += w
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(total) + `" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>`)
	for i := range widths {
		widths[i] = widths[i] * total / sum
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, widths[i])
	}
	b.WriteString(`</w:tblGrid>`)
	for ri, r := range rows {
		trpr := `<w:trPr><w:cantSplit/>`
		if ri == 0 && d.tblHead {
			trpr += `<w:tblHeader/>`
		}
		trpr += `</w:trPr>`
		b.WriteString(`<w:tr>` + trpr)
		for ci := 0; ci < ncol; ci++ {
			c := ""
			if ci < len(r) {
				c = r[ci]
			}
			font, bold := fsong, false
			if ri == 0 {
				font, bold = fhei, false
			}
			jc := "left"
			if len([]rune(c)) <= 6 {
				jc = "center"
			}
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc>`, widths[ci],
				d.para(`<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="`+jc+`"/>`, d.runs(c, font, 21, bold)))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	d.body.WriteString(b.String())
	d.tblHead = false
}

// textbox wraps paragraphs (already written) in a floating text box, as Word
// writes one: the DrawingML shape and its VML fallback, each holding the text.
func (d *docx) textbox(inner string, w, h int, posH, posV string, withSeal bool, border bool) string {
	d.shapeID++
	id := d.shapeID
	ln := `<a:ln><a:noFill/></a:ln>`
	vstroke := `stroked="f"`
	if border {
		ln = `<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>`
		vstroke = `strokecolor="black" strokeweight="1pt"`
	}
	choice := fmt.Sprintf(`<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">%s</wp:positionH><wp:positionV relativeFrom="paragraph">%s</wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>%s</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`,
		251659264+id, posH, posV, w, h, id, id, w, h, ln, inner)
	fallback := fmt.Sprintf(`<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:%d;mso-position-horizontal:center;mso-wrap-style:square" fillcolor="white" %s><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>`,
		id, 1025+id, float64(w)/12700, float64(h)/12700, id, vstroke, inner)
	r := `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">` + choice + `</mc:Choice><mc:Fallback>` + fallback + `</mc:Fallback></mc:AlternateContent></w:r>`
	if withSeal {
		r += d.seal()
	}
	return r
}

// seal is the round red seal, an image floating behind the text.
func (d *docx) seal() string {
	d.hasSeal = true
	d.shapeID++
	id := d.shapeID
	const sz = 1440000 // 4 cm
	return fmt.Sprintf(`<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-720000</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="%d" name="图片 %d" descr="印章"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdSeal"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`,
		251660288+id, sz, sz, id, id, id, sz, sz)
}

// build reads the source and returns the .docx bytes.
// DOCX writes the source text (the markup above) as a Word document, as
// Word 2016 saves it, or as WPS Office does when wps is set (its author,
// properties and settings).
func DOCX(src string, wps bool) ([]byte, error) {
	d := &docx{wps: wps, author: "办公室", saved: time.Date(2024, 10, 21, 9, 30, 0, 0, time.UTC)}
	if wps {
		d.author = "Administrator"
	}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	// the headings, for the TOC
	for _, l := range lines {
		if strings.HasPrefix(l, "## ") {
			d.headings = append(d.headings, "1|"+strings.TrimSpace(l[3:]))
		} else if strings.HasPrefix(l, "### ") {
			d.headings = append(d.headings, "2|"+strings.TrimSpace(l[4:]))
		}
	}
	hIdx := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \r")
		if strings.HasPrefix(l, "|") {
			d.table = append(d.table, strings.Split(strings.Trim(l, "|"), "|"))
			continue
		}
		d.flushTable()
		arg := func(p string) string { return strings.TrimSpace(strings.TrimPrefix(l, p)) }
		switch {
		case l == "":
		case strings.HasPrefix(l, "%redhead-box "):
			inner := d.para(`<w:jc w:val="distribute"/><w:spacing w:line="240" w:lineRule="auto"/>`, d.runs(arg("%redhead-box "), fxbs, 52, false))
			inner = strings.ReplaceAll(inner, `<w:sz w:val="52"/>`, `<w:color w:val="FF0000"/><w:sz w:val="52"/>`)
			d.body.WriteString(d.para(`<w:jc w:val="center"/>`, d.textbox(inner, 5600000, 900000, `<w:align>center</w:align>`, `<wp:posOffset>0</wp:posOffset>`, false, false)))
			d.body.WriteString(d.para(`<w:spacing w:before="600"/>`, ""))
		case strings.HasPrefix(l, "%redhead "):
			r := d.runs(arg("%redhead "), fxbs, 72, false)
			r = strings.ReplaceAll(r, `<w:sz w:val="72"/>`, `<w:color w:val="FF0000"/><w:w w:val="80"/><w:sz w:val="72"/>`)
			d.body.WriteString(d.para(`<w:spacing w:before="400" w:after="600" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`, r))
		case strings.HasPrefix(l, "%docno "):
			d.body.WriteString(d.para(`<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="12" w:color="FF0000"/></w:pBdr><w:spacing w:after="600" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>`, d.runs(arg("%docno "), fsong, 32, false)))
		case strings.HasPrefix(l, "%saved "):
			t, err := time.Parse(time.RFC3339, arg("%saved "))
			if err != nil {
				return nil, err
			}
			d.saved = t
		case strings.HasPrefix(l, "%header "):
			d.header = arg("%header ")
		case strings.HasPrefix(l, "%footer "):
			d.footer = arg("%footer ")
		case l == "%toc":
			d.hasToc = true
			d.body.WriteString(d.toc())
		case l == "%landscape":
			d.body.WriteString(d.para(d.sectPr(d.landscape, false), ""))
			d.landscape = true
		case l == "%pagebreak":
			d.body.WriteString(d.para("", `<w:r><w:br w:type="page"/></w:r>`))
		case l == "%tblhead":
			d.tblHead = true
		case strings.HasPrefix(l, "%textbox "):
			var inner strings.Builder
			for _, t := range strings.Split(arg("%textbox "), "//") {
				inner.WriteString(d.para(`<w:spacing w:line="400" w:lineRule="exact"/>`, d.runs(t, fkai, 28, false)))
			}
			d.body.WriteString(d.para(`<w:jc w:val="center"/>`, d.textbox(inner.String(), 5200000, 1300000, `<w:align>center</w:align>`, `<wp:posOffset>0</wp:posOffset>`, false, true)))
		case strings.HasPrefix(l, "%sig ") || strings.HasPrefix(l, "%sigbox "):
			box := strings.HasPrefix(l, "%sigbox ")
			parts := strings.Split(strings.TrimSpace(l[strings.Index(l, " "):]), "//")
			if box {
				var inner strings.Builder
				for _, t := range parts {
					inner.WriteString(d.para(`<w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/>`, d.runs(t, fsong, 32, false)))
				}
				d.body.WriteString(d.para(`<w:spacing w:before="600"/>`, ""))
				d.body.WriteString(d.para(`<w:jc w:val="right"/>`, d.textbox(inner.String(), 2900000, 900000, `<wp:posOffset>2700000</wp:posOffset>`, `<wp:posOffset>0</wp:posOffset>`, true, false)))
			} else {
				d.body.WriteString(d.para(`<w:spacing w:before="600"/>`, ""))
				for i, t := range parts {
					r := d.runs(t, fsong, 32, false)
					if i == len(parts)-1 {
						r += d.seal()
					}
					d.body.WriteString(d.para(`<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="1280"/><w:jc w:val="right"/>`, r))
				}
			}
		case strings.HasPrefix(l, "%banji "):
			parts := strings.Split(arg("%banji "), "//")
			for i := 0; i < 4; i++ {
				d.body.WriteString(d.para(`<w:spacing w:line="560" w:lineRule="exact"/>`, ""))
			}
			d.body.WriteString(d.para(`<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:line="440" w:lineRule="exact"/><w:ind w:left="1246" w:hangingChars="300" w:hanging="840"/>`, d.runs(parts[0], fsong, 28, false)))
			d.body.WriteString(d.para(`<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="8820"/></w:tabs><w:spacing w:line="440" w:lineRule="exact"/><w:ind w:firstLine="280"/>`,
				d.runs(parts[1], fsong, 28, false)+`<w:r><w:tab/></w:r>`+d.runs(parts[2], fsong, 28, false)))
		case strings.HasPrefix(l, "# "):
			d.body.WriteString(d.para(`<w:spacing w:line="700" w:lineRule="exact"/><w:jc w:val="center"/>`, d.runs(l[2:], fxbs, 44, false)))
		case strings.HasPrefix(l, "## ") || strings.HasPrefix(l, "### "):
			lvl, style, font := 1, "1", fhei
			t := strings.TrimSpace(l[3:])
			if strings.HasPrefix(l, "### ") {
				lvl, style, font, t = 2, "2", fkai, strings.TrimSpace(l[4:])
			}
			_ = lvl
			hIdx++
			bm := ""
			if d.hasToc {
				bm = fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="_Toc%d"/>`, 900+hIdx, 176530000+hIdx*211) + d.runs(t, font, 32, false) + fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, 900+hIdx)
			} else {
				bm = d.runs(t, font, 32, false)
			}
			d.body.WriteString(d.para(`<w:pStyle w:val="`+style+`"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>`, bm))
		case strings.HasPrefix(l, ">"):
			d.body.WriteString(d.para(`<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="1280"/><w:jc w:val="right"/>`, d.runs(l[1:], fsong, 32, false)))
		case strings.HasPrefix(l, "<"):
			d.body.WriteString(d.para(`<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/>`, d.runs(l[1:], fsong, 32, false)))
		case strings.HasPrefix(l, "="):
			d.body.WriteString(d.para(`<w:spacing w:before="240" w:after="120" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>`, d.runs(l[1:], fhei, 32, false)))
		default:
			d.body.WriteString(d.para(bodyPPr, d.runs(l, fsong, 32, false)))
		}
	}
	d.flushTable()
	return d.pack()
}

// toc writes the table of contents as Word keeps it: a TOC field whose
// cached result is one paragraph per heading, its page number a PAGEREF field.
func (d *docx) toc() string {
	var b strings.Builder
	b.WriteString(`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`)
	b.WriteString(d.para(`<w:jc w:val="center"/><w:spacing w:after="240"/>`, d.runs("目　录", fhei, 32, false)))
	page := 2
	for i, h := range d.headings {
		lvl, t, _ := strings.Cut(h, "|")
		if i > 0 && i%4 == 0 {
			page++
		}
		name := fmt.Sprintf("_Toc%d", 176530000+(i+1)*211)
		begin := ""
		if i == 0 {
			begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
		}
		entry := fmt.Sprintf(`<w:hyperlink w:anchor="%s" w:history="1">%s<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve"></w:fldData></w:fldChar></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF %s \h </w:instrText></w:r><w:r><w:rPr><w:webHidden/></w:rPr></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:t>%d</w:t></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`,
			name, d.runs(t, fsong, 28, false), name, page)
		end := ""
		if i == len(d.headings)-1 {
			end = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
		}
		ind := ""
		if lvl == "2" {
			ind = `<w:ind w:left="560"/>`
		}
		b.WriteString(d.para(`<w:pStyle w:val="TOC`+lvl+`"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs><w:spacing w:line="440" w:lineRule="exact"/>`+ind, begin+entry+end))
	}
	b.WriteString(`</w:sdtContent></w:sdt>`)
	b.WriteString(d.para("", `<w:r><w:br w:type="page"/></w:r>`))
	return b.String()
}

const nsDecl = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14 wp14"`

// hf writes a running head or foot; {PAGE} and {NUMPAGES} become fields.
func (d *docx) hf(tag, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<w:%s %s>`, tag, nsDecl)
	ppr := `<w:pStyle w:val="a4"/><w:jc w:val="center"/>`
	if tag == "hdr" {
		ppr = `<w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/>`
	}
	var runs strings.Builder
	rest := text
	for rest != "" {
		i := strings.Index(rest, "{")
		if i < 0 {
			runs.WriteString(d.runs(rest, fsong, 21, false))
			break
		}
		runs.WriteString(d.runs(rest[:i], fsong, 21, false))
		j := strings.Index(rest, "}")
		field := rest[i+1 : j]
		rest = rest[j+1:]
		cached := "1"
		if field == "NUMPAGES" {
			cached = "6"
		}
		fmt.Fprintf(&runs, `<w:r><w:rPr>%s<w:sz w:val="21"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr>%s<w:sz w:val="21"/></w:rPr><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:rPr>%s<w:sz w:val="21"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr>%s<w:noProof/><w:sz w:val="21"/></w:rPr><w:t>%s</w:t></w:r><w:r><w:rPr>%s<w:sz w:val="21"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`,
			ftnr, ftnr, field, ftnr, ftnr, cached, ftnr)
	}
	b.WriteString(d.para(ppr, runs.String()))
	fmt.Fprintf(&b, `</w:%s>`, tag)
	return b.String()
}

func (d *docx) notes(tag string, texts []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<w:%ss %s>`, tag, nsDecl)
	fmt.Fprintf(&b, `<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>`, tag, tag)
	fmt.Fprintf(&b, `<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>`, tag, tag)
	ref := "footnoteRef"
	style := "FootnoteText"
	if tag == "endnote" {
		ref, style = "endnoteRef", "EndnoteText"
	}
	for i, t := range texts {
		fmt.Fprintf(&b, `<w:%s w:id="%d">`, tag, i+1)
		b.WriteString(d.para(`<w:pStyle w:val="`+style+`"/><w:snapToGrid w:val="0"/>`, fmt.Sprintf(`<w:r><w:rPr><w:rStyle w:val="%sReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:%s/></w:r>`, strings.Title(tag), ref)+d.runs(" "+t, fsong, 21, false)))
		fmt.Fprintf(&b, `</w:%s>`, tag)
	}
	fmt.Fprintf(&b, `</w:%ss>`, tag)
	return b.String()
}

func (d *docx) pack() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, data string) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: d.saved})
		if err != nil {
			return err
		}
		_, err = w.Write([]byte(data))
		return err
	}
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`
	if d.header != "" {
		ct += `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
		rels += `<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`
	}
	if d.footer != "" {
		ct += `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
		rels += `<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
	}
	// footnotes and endnotes parts always exist in a Word document (the separators)
	ct += `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>`
	rels += `<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdEn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>`
	if len(d.comments) > 0 {
		ct += `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`
		rels += `<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`
	}
	if d.hasSeal {
		rels += `<Relationship Id="rIdSeal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`
	}
	ct += `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`
	topRels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>`
	app := `<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion>`
	if d.wps {
		ct += `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`
		topRels += `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>`
		app = `<Application>WPS Office_12.1.0.18276_F1E327BC-269C-435d-A152-05C5408002CA</Application>`
	}
	ct += `</Types>`
	rels += `</Relationships>`
	topRels += `</Relationships>`
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + nsDecl + `><w:body>` + d.body.String() + d.sectPr(d.landscape, true) + `</w:body></w:document>`
	files := [][2]string{
		{"[Content_Types].xml", ct},
		{"_rels/.rels", topRels},
		{"word/document.xml", doc},
		{"word/_rels/document.xml.rels", rels},
		{"word/styles.xml", stylesXML},
		{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="compressPunctuation"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`},
		{"word/footnotes.xml", d.notes("footnote", d.footnotes)},
		{"word/endnotes.xml", d.notes("endnote", d.endnotes)},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>` + esc(d.author) + `</dc:creator><cp:lastModifiedBy>` + esc(d.author) + `</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">` + d.saved.Add(-75*time.Hour).Format(time.RFC3339) + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + d.saved.Format(time.RFC3339) + `</dcterms:modified></cp:coreProperties>`},
		{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>6</Pages>` + app + `<DocSecurity>0</DocSecurity></Properties>`},
	}
	if d.header != "" {
		files = append(files, [2]string{"word/header1.xml", d.hf("hdr", d.header)})
	}
	if d.footer != "" {
		files = append(files, [2]string{"word/footer1.xml", d.hf("ftr", d.footer)})
	}
	if len(d.comments) > 0 {
		var c strings.Builder
		c.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:comments ` + nsDecl + `>`)
		for i, t := range d.comments {
			fmt.Fprintf(&c, `<w:comment w:id="%d" w:author="市委巡察办 审核" w:date="%s" w:initials="审">`, i, d.saved.Add(-20*time.Hour+time.Duration(i)*time.Minute).Format(time.RFC3339))
			c.WriteString(d.para(`<w:pStyle w:val="CommentText"/>`, `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>`+d.runs(t, fsong, 21, false)))
			c.WriteString(`</w:comment>`)
		}
		c.WriteString(`</w:comments>`)
		files = append(files, [2]string{"word/comments.xml", c.String()})
	}
	if d.wps {
		files = append(files, [2]string{"docProps/custom.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.18276</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>4B7E2A9C1D3F45E8A6C0B2D4F6E8A1C3_13</vt:lpwstr></property></Properties>`})
	}
	for _, f := range files {
		if err := add(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if d.hasSeal {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/media/image1.png", Method: zip.Store, Modified: d.saved})
		if err != nil {
			return nil, err
		}
		w.Write(SealPNG())
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SealPNG draws a round red seal: a ring and a five-pointed star.
func SealPNG() []byte {
	const n = 240
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	red := color.NRGBA{210, 20, 20, 230}
	c := float64(n) / 2
	// star points
	var pts [10][2]float64
	for i := 0; i < 10; i++ {
		r := 40.0
		if i%2 == 1 {
			r = 16
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts[i] = [2]float64{c + r*math.Cos(a), c + r*math.Sin(a)}
	}
	inStar := func(x, y float64) bool {
		in := false
		for i, j := 0, 9; i < 10; j, i = i, i+1 {
			xi, yi, xj, yj := pts[i][0], pts[i][1], pts[j][0], pts[j][1]
			if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
				in = !in
			}
		}
		return in
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			dx, dy := float64(x)-c, float64(y)-c
			r := math.Hypot(dx, dy)
			if (r > 104 && r < 116) || inStar(float64(x), float64(y)) {
				img.Set(x, y, red)
			}
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="a4"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:pPr><w:ind w:leftChars="200" w:left="420"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="a"/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="a"/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style><w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style><w:style w:type="character" w:styleId="a5"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`
