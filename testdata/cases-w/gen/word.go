package main

import (
	"fmt"
	"strings"
)

// trackedDOCX writes a report as Word leaves it when the track changes were
// never accepted: {ins:…} is an insertion, {del:…} a deletion and {com:…} a
// comment in the margin on the paragraph. The first line is the title.
func trackedDOCX(text, dst string) {
	var body, comments strings.Builder
	nCom := 0
	lines := strings.Split(text, "\n")
	run := func(t string) string {
		return `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + xmlEsc(t) + `</w:t></w:r>`
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ppr := `<w:pPr><w:ind w:firstLineChars="200"/></w:pPr>`
		if i == 0 {
			ppr = `<w:pPr><w:jc w:val="center"/></w:pPr>`
		}
		if strings.HasPrefix(l, ">") {
			ppr = `<w:pPr><w:jc w:val="right"/></w:pPr>`
			l = strings.TrimPrefix(l, ">")
		}
		var p strings.Builder
		p.WriteString("<w:p>" + ppr)
		var coms []int
		pos := 0
		for _, m := range reMark.FindAllStringSubmatchIndex(l, -1) {
			p.WriteString(run(l[pos:m[0]]))
			kind, val := l[m[2]:m[3]], l[m[4]:m[5]]
			nCom++
			id := nCom
			switch kind {
			case "ins":
				fmt.Fprintf(&p, `<w:ins w:id="%d" w:author="办公室 李文" w:date="2023-09-12T10:%02d:00Z">%s</w:ins>`, 100+id, id%60, run(val))
			case "del":
				fmt.Fprintf(&p, `<w:del w:id="%d" w:author="办公室 李文" w:date="2023-09-12T10:%02d:00Z"><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, 100+id, id%60, xmlEsc(val))
			case "com":
				coms = append(coms, id)
				fmt.Fprintf(&comments, `<w:comment w:id="%d" w:author="分管领导 周海" w:date="2023-09-13T08:00:00Z" w:initials="周"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>`, id, xmlEsc(val))
			}
			pos = m[1]
		}
		p.WriteString(run(l[pos:]))
		for _, id := range coms {
			fmt.Fprintf(&p, `<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, id, id)
		}
		p.WriteString("</w:p>")
		s := p.String()
		for _, id := range coms {
			s = strings.Replace(s, ppr, ppr+fmt.Sprintf(`<w:commentRangeStart w:id="%d"/>`, id), 1)
		}
		body.WriteString(s)
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	zipFiles(dst, [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`},
		{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ` + ns + `><w:trackRevisions/></w:settings>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`},
		{"word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ` + ns + `>` + comments.String() + `</w:comments>`},
	})
}

// ofd writes a text as a minimal OFD (GB/T 33190) document: one TextObject a
// line, 30 lines a page. Long lines are wrapped at 36 characters.
func ofd(text, dst string) {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimPrefix(l, ">")
		r := []rune(l)
		for len(r) > 36 {
			lines = append(lines, string(r[:36]))
			r = r[36:]
		}
		lines = append(lines, string(r))
	}
	var pages [][]string
	for len(lines) > 30 {
		pages = append(pages, lines[:30])
		lines = lines[30:]
	}
	pages = append(pages, lines)
	parts := [][2]string{
		{"OFD.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>casesw0001</ofd:DocID><ofd:Title>` + xmlEsc(strings.Split(text, "\n")[0]) + `</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`},
		{"Doc_0/PublicRes.xml", `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`},
	}
	var pageList strings.Builder
	id := 10
	for i, pg := range pages {
		fmt.Fprintf(&pageList, `<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>`, 3+i, i)
		var c strings.Builder
		c.WriteString(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="` + fmt.Sprint(id) + `">`)
		id++
		for j, l := range pg {
			if strings.TrimSpace(l) == "" {
				continue
			}
			n := len([]rune(l))
			var dx []string
			for k := 1; k < n; k++ {
				dx = append(dx, "4.2")
			}
			y := 25 + float64(j)*8
			fmt.Fprintf(&c, `<ofd:TextObject ID="%d" Boundary="20 %.1f 170 6" Font="2" Size="4.2"><ofd:TextCode X="0" Y="4.5" DeltaX="%s">%s</ofd:TextCode></ofd:TextObject>`, id, y, strings.Join(dx, " "), xmlEsc(l))
			id++
		}
		c.WriteString(`</ofd:Layer></ofd:Content></ofd:Page>`)
		parts = append(parts, [2]string{fmt.Sprintf("Doc_0/Pages/Page_%d/Content.xml", i), c.String()})
	}
	doc := `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>` + fmt.Sprint(id) + `</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>` + pageList.String() + `</ofd:Pages></ofd:Document>`
	parts = append(parts[:1], append([][2]string{{"Doc_0/Document.xml", doc}}, parts[1:]...)...)
	zipFiles(dst, parts)
}
