package main

// Writers for the formats the cases use: a small hand-built DOCX (with
// tracked changes and comments when the text marks them), XLSX through
// excelize, and LibreOffice for PDF, .doc and .xls.

import (
	"archive/zip"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// The markup of a text source, one paragraph a line:
//
//	# title           a centred bold title
//	|a|b|c            a table row (consecutive rows are one table)
//	<<PAGE>>          a page break
//	{-old-}{+new+}    a tracked deletion and insertion
//	{#note#}          a comment anchored at that point
var markRe = regexp.MustCompile(`\{-(.*?)-\}|\{\+(.*?)\+\}|\{#(.*?)#\}`)

func esc(s string) string { return html.EscapeString(s) }

const rPr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr>`
const rPrB = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="方正小标宋简体" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="40"/></w:rPr>`

type docxBuilder struct {
	body     strings.Builder
	comments []string
	revID    int
}

func (d *docxBuilder) runs(line, props string) string {
	var b strings.Builder
	last := 0
	for _, m := range markRe.FindAllStringSubmatchIndex(line, -1) {
		if m[0] > last {
			fmt.Fprintf(&b, `<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>`, props, esc(line[last:m[0]]))
		}
		d.revID++
		switch {
		case m[2] >= 0:
			fmt.Fprintf(&b, `<w:del w:id="%d" w:author="镇党政办 李娟" w:date="2023-09-18T10:21:00Z"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, d.revID, props, esc(line[m[2]:m[3]]))
		case m[4] >= 0:
			fmt.Fprintf(&b, `<w:ins w:id="%d" w:author="镇党政办 李娟" w:date="2023-09-18T10:21:00Z"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>`, d.revID, props, esc(line[m[4]:m[5]]))
		default:
			id := len(d.comments)
			d.comments = append(d.comments, line[m[6]:m[7]])
			fmt.Fprintf(&b, `<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, id, id, id)
		}
		last = m[1]
	}
	if last < len(line) {
		fmt.Fprintf(&b, `<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>`, props, esc(line[last:]))
	}
	return b.String()
}

func (d *docxBuilder) table(rows [][]string) {
	d.body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>`)
	for _, s := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&d.body, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, s)
	}
	d.body.WriteString(`</w:tblBorders></w:tblPr>`)
	for i, r := range rows {
		d.body.WriteString(`<w:tr>`)
		if i == 0 {
			d.body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for _, c := range r {
			fmt.Fprintf(&d.body, `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>`,
				d.runs(c, `<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>`))
		}
		d.body.WriteString(`</w:tr>`)
	}
	d.body.WriteString(`</w:tbl>`)
}

// writeDocx writes the marked-up text as a DOCX file.
func writeDocx(path, text string) {
	d := &docxBuilder{}
	var tbl [][]string
	flush := func() {
		if tbl != nil {
			d.table(tbl)
			tbl = nil
		}
	}
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "|"):
			tbl = append(tbl, strings.Split(line[1:], "|"))
			continue
		case line == "<<PAGE>>":
			flush()
			d.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		case strings.HasPrefix(line, "# "):
			flush()
			fmt.Fprintf(&d.body, `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>`, d.runs(line[2:], rPrB))
		default:
			flush()
			fmt.Fprintf(&d.body, `<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>%s</w:p>`, d.runs(line, rPr))
		}
	}
	flush()
	files := map[string]string{}
	ns := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	files["word/document.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + ns + `><w:body>` + d.body.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	if len(d.comments) > 0 {
		ct += `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`
		rels += `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`
		var c strings.Builder
		c.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:comments ` + ns + `>`)
		for i, t := range d.comments {
			fmt.Fprintf(&c, `<w:comment w:id="%d" w:author="县委巡察办 周敏" w:date="2023-09-18T15:02:00Z" w:initials="ZM"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>`, i, esc(t))
		}
		c.WriteString(`</w:comments>`)
		files["word/comments.xml"] = c.String()
	}
	files["[Content_Types].xml"] = ct + `</Types>`
	files["word/_rels/document.xml.rels"] = rels + `</Relationships>`
	files["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	f, err := os.Create(path)
	must(err)
	z := zip.NewWriter(f)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/comments.xml"} {
		body, ok := files[name]
		if !ok {
			continue
		}
		w, err := z.Create(name)
		must(err)
		_, err = w.Write([]byte(body))
		must(err)
	}
	must(z.Close())
	must(f.Close())
}

// convert turns src into the format ext with LibreOffice, writes it as dst
// and removes src.
func convert(src, ext, dst string) {
	tmp, err := os.MkdirTemp("", "casesl-conv")
	must(err)
	defer os.RemoveAll(tmp)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile", "--convert-to", ext, "--outdir", tmp, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		panic(fmt.Sprintf("soffice %s: %v\n%s", src, err, out))
	}
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src)) + "." + strings.SplitN(ext, ":", 2)[0]
	b, err := os.ReadFile(filepath.Join(tmp, base))
	must(err)
	must(os.WriteFile(dst, b, 0o644))
	must(os.Remove(src))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
