package main

import (
	"archive/zip"
	"fmt"
	"html"
	"os"
	"strings"
	"time"
)

// writeRawDOCX writes a DOCX by hand, as Word saves one, from a small markup:
//
//   - "# …" a centred title; ">…" a right-aligned line; "<…" a line not indented;
//   - "@一 …" a paragraph of Word's automatic list numbering 一、二、三、
//     (numbering.xml, numFmt chineseCounting: the mark is not in the text);
//     "@1 …" one of the list 1．2．3． (numFmt decimal), which starts again at 1
//     after each "@一" paragraph, as a level-2 list under a level-1 heading does;
//   - inside a paragraph, "[-…-]" text deleted and "[+…+]" text inserted with
//     track changes on (w:del, w:ins by the office's reviser), and "{{…}}" a
//     comment (comments.xml) on the paragraph's text before it;
//   - any other line an indented paragraph.
func writeRawDOCX(out, src string) error {
	var body, comments strings.Builder
	nComment, nRev := 0, 100
	numInst := 2 // w:num ids: 1 is the 一、 list; 3, 4 … restart the 1． list under each heading
	curDecimal := 0
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r ")
		if line == "" {
			continue
		}
		ppr := `<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>`
		rpr := ""
		switch {
		case strings.HasPrefix(line, "# "):
			line = line[2:]
			ppr = `<w:pPr><w:spacing w:after="240" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>`
			rpr = `<w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>`
		case strings.HasPrefix(line, ">"):
			line = line[1:]
			ppr = `<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="right"/></w:pPr>`
		case strings.HasPrefix(line, "<"):
			line = line[1:]
			ppr = `<w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>`
		case strings.HasPrefix(line, "@一 "):
			line = strings.TrimPrefix(line, "@一 ")
			ppr = `<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>`
			rpr = `<w:rFonts w:ascii="黑体" w:eastAsia="黑体"/>`
			numInst++
			curDecimal = numInst
		case strings.HasPrefix(line, "@1 "):
			line = strings.TrimPrefix(line, "@1 ")
			if curDecimal == 0 {
				numInst++
				curDecimal = numInst
			}
			ppr = fmt.Sprintf(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>`, curDecimal)
		}
		body.WriteString("<w:p>" + ppr)
		run := func(t string) string {
			return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + html.EscapeString(t) + `</w:t></w:r>`
		}
		started := false
		for line != "" {
			i := strings.IndexAny(line, "[{")
			if i < 0 {
				body.WriteString(run(line))
				break
			}
			if i > 0 {
				body.WriteString(run(line[:i]))
			}
			rest := line[i:]
			switch {
			case strings.HasPrefix(rest, "[-"):
				j := strings.Index(rest, "-]")
				nRev++
				body.WriteString(fmt.Sprintf(`<w:del w:id="%d" w:author="办公室 庞晓雯" w:date="2024-09-09T15:20:00Z"><w:r><w:rPr>%s</w:rPr><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, nRev, rpr, html.EscapeString(rest[2:j])))
				line = rest[j+2:]
			case strings.HasPrefix(rest, "[+"):
				j := strings.Index(rest, "+]")
				nRev++
				body.WriteString(fmt.Sprintf(`<w:ins w:id="%d" w:author="办公室 庞晓雯" w:date="2024-09-09T15:20:00Z">%s</w:ins>`, nRev, run(rest[2:j])))
				line = rest[j+2:]
			case strings.HasPrefix(rest, "{{"):
				j := strings.Index(rest, "}}")
				id := nComment
				nComment++
				fmt.Fprintf(&comments, `<w:comment w:id="%d" w:author="分管副局长 严卓" w:date="2024-09-09T09:05:00Z" w:initials="严"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>`, id, html.EscapeString(rest[2:j]))
				body.WriteString(fmt.Sprintf(`<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, id, id))
				// the range starts at the paragraph's beginning
				s := body.String()
				k := strings.LastIndex(s, "<w:p>") + len("<w:p>") + len(ppr)
				if !started {
					s = s[:k] + fmt.Sprintf(`<w:commentRangeStart w:id="%d"/>`, id) + s[k:]
					body.Reset()
					body.WriteString(s)
				}
				started = true
				line = rest[j+2:]
			default:
				body.WriteString(run(rest[:1]))
				line = rest[1:]
			}
		}
		body.WriteString("</w:p>\n")
	}
	var nums strings.Builder
	nums.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	for id := 3; id <= numInst; id++ {
		fmt.Fprintf(&nums, `<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, id)
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + ns + `><w:body>` + body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + ns + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style></w:styles>`},
		{"word/numbering.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>` + nums.String() + `</w:numbering>`},
		{"word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ` + ns + `>` + comments.String() + `</w:comments>`},
		{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ` + ns + `><w:trackRevisions/><w:defaultTabStop w:val="420"/></w:settings>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>办公室</dc:creator><cp:lastModifiedBy>庞晓雯</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-08-30T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-09-09T15:21:00Z</dcterms:modified></cp:coreProperties>`},
		{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>`},
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	saved := time.Date(2024, 9, 9, 15, 21, 0, 0, time.UTC)
	for _, file := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: file.name, Method: zip.Deflate, Modified: saved})
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(file.data)); err != nil {
			return err
		}
	}
	return zw.Close()
}
