// Command gen rebuilds the case folders of testdata/cases-x from the texts
// in src/ and the ledgers below: `go run ./testdata/cases-x/gen` from the
// repository root. Reports and minutes written as .html are converted to
// DOCX with LibreOffice; expected.json is written by hand and left alone.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const base = "testdata/cases-x"

func main() {
	entries, err := os.ReadDir(filepath.Join(base, "gen", "src"))
	if err != nil {
		log.Fatal(err)
	}
	var htmls []string
	for _, e := range entries {
		name := e.Name()
		src := filepath.Join(base, "gen", "src", name)
		dst := filepath.Join(base, name)
		must(os.MkdirAll(dst, 0o755))
		err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
			if err != nil || fi.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			out := filepath.Join(dst, rel)
			must(os.MkdirAll(filepath.Dir(out), 0o755))
			if strings.HasSuffix(p, ".html") {
				htmls = append(htmls, p)
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(out, b, 0o644)
		})
		must(err)
		if l, ok := ledgers[name]; ok {
			l(dst)
		}
	}
	for _, h := range htmls {
		rel, _ := filepath.Rel(filepath.Join(base, "gen", "src"), h)
		outDir := filepath.Join(base, filepath.Dir(rel))
		cmd := exec.Command("soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, h)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		must(cmd.Run())
	}
	for name, f := range extras {
		f(filepath.Join(base, name))
	}
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// P is one problem row of a ledger.
type P struct {
	No, Cat, Title, Meas, Leader, Dept, Dead, Status, Done, Evid, Note string
}

func (p P) get(k string) string {
	switch k {
	case "no":
		return p.No
	case "cat":
		return p.Cat
	case "title":
		return p.Title
	case "meas":
		return p.Meas
	case "leader":
		return p.Leader
	case "dept":
		return p.Dept
	case "dead":
		return p.Dead
	case "status":
		return p.Status
	case "done":
		return p.Done
	case "evid":
		return p.Evid
	case "note":
		return p.Note
	}
	return ""
}

// col is a ledger column: its header and the field it shows.
type col struct{ head, key string }

// sheet writes a problems sheet: a merged title row, an optional 填报 row,
// the header, the rows, a blank row and a footer.
func sheet(f *excelize.File, name, title, fill string, cols []col, rows []P, footer string) {
	r := titled(f, name, title, len(cols))
	if fill != "" {
		must(f.SetCellValue(name, fmt.Sprintf("A%d", r), fill))
		r++
	}
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, r)
		must(f.SetCellValue(name, cell, c.head))
	}
	r++
	for _, p := range rows {
		for i, c := range cols {
			cell, _ := excelize.CoordinatesToCellName(i+1, r)
			must(f.SetCellValue(name, cell, p.get(c.key)))
		}
		r++
	}
	if footer != "" {
		r++
		must(f.SetCellValue(name, fmt.Sprintf("A%d", r), footer))
	}
}

// table writes a plain sheet: an optional title row, the header, then rows.
func table(f *excelize.File, name string, title string, head []string, rows [][]string) {
	r := titled(f, name, title, len(head))
	for i, h := range head {
		cell, _ := excelize.CoordinatesToCellName(i+1, r)
		must(f.SetCellValue(name, cell, h))
	}
	for _, row := range rows {
		r++
		for i, v := range row {
			cell, _ := excelize.CoordinatesToCellName(i+1, r)
			must(f.SetCellValue(name, cell, v))
		}
	}
}

func save(f *excelize.File, path string, first string) {
	if first != "Sheet1" {
		must(f.DeleteSheet("Sheet1"))
	}
	idx, _ := f.GetSheetIndex(first)
	f.SetActiveSheet(idx)
	must(f.SaveAs(path))
}

// mk numbers rows 1..n and fills each from the title list with the
// rotating owners; statuses are given by the caller.
func mk(titles []string, cats []string, leaders, depts []string) []P {
	var out []P
	for i, t := range titles {
		out = append(out, P{
			No:     fmt.Sprint(i + 1),
			Cat:    cats[i%len(cats)],
			Title:  t,
			Leader: leaders[i%len(leaders)],
			Dept:   depts[i%len(depts)],
		})
	}
	return out
}

func done(p *P, dead, when, evid, status string) {
	p.Dead, p.Done, p.Evid, p.Status = dead, when, evid, status
}

func going(p *P, dead, status string) {
	p.Dead, p.Status = dead, status
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// imageOnlyDocx is a Word file holding one pasted picture and no text.
func imageOnlyDocx(path string, png []byte) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := z.Create(name)
		must(err)
		_, err = w.Write([]byte(body))
		must(err)
	}
	put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	put("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`)
	put("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body><w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="7600000"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId5"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="7600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:sectPr/></w:body></w:document>`)
	w, err := z.Create("word/media/image1.png")
	must(err)
	_, err = w.Write(png)
	must(err)
	must(z.Close())
	must(os.WriteFile(path, buf.Bytes(), 0o644))
}

// a 1×1 grey PNG: the picture pasted into the Word file above.
var greyPNG, _ = base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVQI12NoAAAAggCB3UNq9AAAAABJRU5ErkJggg==")

// titled makes the sheet if it is missing and writes its title merged over
// width columns in row 1 (none when title is empty); it returns the next row.
func titled(f *excelize.File, name, title string, width int) int {
	idx, err := f.GetSheetIndex(name)
	must(err)
	if idx < 0 {
		_, err = f.NewSheet(name)
		must(err)
	}
	if title == "" {
		return 1
	}
	last, _ := excelize.CoordinatesToCellName(width, 1)
	must(f.SetCellValue(name, "A1", title))
	must(f.MergeCell(name, "A1", last))
	return 2
}
