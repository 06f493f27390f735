// Command gen rebuilds the case folders of testdata/cases-q from the plain
// texts under src/: each src/NN-name/ holds the report, the ledger and the
// minutes as text, named for what they become:
//
//	report.docx.md, report.pdf.md, report.wps.md   → report.docx / .pdf / .wps
//	ledger.xlsx.txt, ledger.csv.txt, ledger.ods.txt → the ledger
//	minutes/NAME.docx.md, .pdf.md, .png.md, .jpg.md, .scan.pdf.md (a scanned
//	page with a red stamp), .rtf.md, .broken.docx.md (cut short)
//
// A .md source is lines: "# " a centred title, "## " a bold heading, "|a|b|"
// table rows (the first of a run is the header), other lines paragraphs.
// A ledger source is "#sheet NAME", rows of cells split by "|", "~" for a
// blank row and "!merge A1:K1" for a merged range. case.json and
// expected.json are written by hand in the case folders and left alone.
//
//	cd testdata/cases-q && go run ./gen
//
// It needs LibreOffice (soffice) and the Noto Sans CJK font.
package main

import (
	"bytes"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/go-pdf/fpdf"
	"github.com/xuri/excelize/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	cases, err := filepath.Glob("gen/src/*")
	if err != nil {
		log.Fatal(err)
	}
	for _, src := range cases {
		dst := filepath.Base(src)
		if err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
			if err != nil || fi.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			return build(p, filepath.Join(dst, rel))
		}); err != nil {
			log.Fatalf("%s: %v", src, err)
		}
	}
}

func build(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	text := string(raw)
	switch {
	case filepath.Base(dst) == "case.json":
		return os.WriteFile(dst, raw, 0o644)
	case strings.HasSuffix(dst, ".txt") && strings.Contains(dst, "ledger."):
		return ledger(text, strings.TrimSuffix(dst, ".txt"))
	case strings.HasSuffix(dst, ".scan.pdf.md"):
		return scan(text, strings.TrimSuffix(dst, ".scan.pdf.md")+".pdf")
	case strings.HasSuffix(dst, ".png.md"), strings.HasSuffix(dst, ".jpg.md"):
		return photo(text, strings.TrimSuffix(dst, ".md"))
	case strings.HasSuffix(dst, ".broken.docx.md"):
		out := strings.TrimSuffix(dst, ".broken.docx.md") + ".docx"
		if err := office(text, out, "docx"); err != nil {
			return err
		}
		b, err := os.ReadFile(out)
		if err != nil {
			return err
		}
		return os.WriteFile(out, b[:len(b)*2/5], 0o644) // cut short, as a failed copy leaves it
	case strings.HasSuffix(dst, ".md"):
		out := strings.TrimSuffix(dst, ".md")
		return office(text, out, strings.TrimPrefix(filepath.Ext(out), "."))
	}
	return nil
}

// toHTML renders the .md source as a Word-like page.
func toHTML(text string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:15pt} td,th{border:1px solid #000;padding:2px 4px;font-size:11pt} table{border-collapse:collapse}</style></head><body>`)
	inTable := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \r")
		if strings.HasPrefix(line, "|") {
			cells := strings.Split(strings.Trim(line, "|"), "|")
			tag := "td"
			if !inTable {
				b.WriteString(`<table>`)
				inTable = true
				tag = "th"
			}
			b.WriteString("<tr>")
			for _, c := range cells {
				fmt.Fprintf(&b, "<%s>%s</%s>", tag, html.EscapeString(strings.TrimSpace(c)), tag)
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			fmt.Fprintf(&b, `<p align="center"><b><font size="5">%s</font></b></p>`, html.EscapeString(line[2:]))
		case strings.HasPrefix(line, "## "):
			fmt.Fprintf(&b, `<p><b>%s</b></p>`, html.EscapeString(line[3:]))
		default:
			fmt.Fprintf(&b, `<p>%s</p>`, html.EscapeString(line))
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// office converts the source to docx, pdf, doc or wps (a .wps is the Word
// 97–2003 binary format, saved by LibreOffice as .doc) with LibreOffice.
func office(text, out, format string) error {
	tmp, err := os.MkdirTemp("", "casesq")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "doc.html")
	if err := os.WriteFile(in, []byte(toHTML(text)), 0o644); err != nil {
		return err
	}
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export",
		"doc": "doc:MS Word 97", "wps": "doc:MS Word 97", "rtf": "rtf:Rich Text Format"}[format]
	if filter == "" {
		return fmt.Errorf("unknown format %q", format)
	}
	cmd := exec.Command("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", tmp, in)
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, o)
	}
	ext := strings.SplitN(filter, ":", 2)[0]
	b, err := os.ReadFile(filepath.Join(tmp, "doc."+ext))
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// plain is the source as lines of text, table rows with spaces between cells.
func plain(text string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimPrefix(strings.TrimPrefix(l, "# "), "## ")
		if strings.HasPrefix(l, "|") {
			l = strings.Join(strings.Split(strings.Trim(l, "|"), "|"), "  ")
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// fontFace is Noto Sans CJK SC at px pixels.
func fontFace(px float64) (font.Face, error) {
	raw, err := os.ReadFile("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
	if err != nil {
		return nil, err
	}
	coll, err := opentype.ParseCollection(raw)
	if err != nil {
		return nil, err
	}
	for i := 0; i < coll.NumFonts(); i++ {
		f, err := coll.Font(i)
		if err != nil {
			return nil, err
		}
		name, _ := f.Name(nil, sfnt.NameIDFull)
		if strings.Contains(name, " SC") {
			return opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingFull})
		}
	}
	return nil, fmt.Errorf("no SC font in the collection")
}

// page draws the text on an A4-like page at about 150 dpi (1240 pixels
// wide), wrapping long lines; it returns the page and where each line's
// baseline is.
func page(text string, paper color.RGBA) (*image.RGBA, []int, error) {
	face, err := fontFace(32)
	if err != nil {
		return nil, nil, err
	}
	const width, margin, lineH = 1240, 100, 54
	var lines []string
	for _, l := range strings.Split(plain(text), "\n") {
		var cur []rune
		for _, r := range l {
			cur = append(cur, r)
			if font.MeasureString(face, string(cur)).Ceil() > width-2*margin {
				lines = append(lines, string(cur[:len(cur)-1]))
				cur = []rune{r}
			}
		}
		lines = append(lines, string(cur))
	}
	height := 2*margin + lineH*len(lines)
	if height < 1754 {
		height = 1754
	}
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), &image.Uniform{paper}, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.NewUniform(color.RGBA{25, 25, 25, 255}), Face: face}
	var bases []int
	for i, l := range lines {
		y := margin + lineH*(i+1)
		d.Dot = fixed.P(margin, y)
		d.DrawString(l)
		bases = append(bases, y)
	}
	return img, bases, nil
}

// photo is a photographed page: on greyish paper, as PNG or JPEG.
func photo(text, out string) error {
	img, _, err := page(text, color.RGBA{238, 235, 226, 255})
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	if strings.HasSuffix(out, ".jpg") {
		return jpeg.Encode(f, img, &jpeg.Options{Quality: 85})
	}
	return png.Encode(f, img)
}

// scan is a scanned page in a PDF (an image, no text layer), with a red
// seal over its closing lines (the issuing office and date), as a stamped
// copy is scanned.
func scan(text, out string) error {
	img, bases, err := page(text, color.RGBA{250, 250, 247, 255})
	if err != nil {
		return err
	}
	cy := bases[len(bases)-1] - 30
	cx, r := 900, 130
	red := color.RGBA{215, 40, 40, 255}
	for y := cy - r - 6; y <= cy+r+6; y++ {
		for x := cx - r - 6; x <= cx+r+6; x++ {
			dx, dy := float64(x-cx), float64(y-cy)
			dist := math.Sqrt(dx*dx + dy*dy)
			star := math.Abs(dx) < 22 && math.Abs(dy) < 22
			if (dist > float64(r)-6 && dist < float64(r)+6) || star {
				c := img.RGBAAt(x, y)
				img.SetRGBA(x, y, color.RGBA{uint8((int(c.R) + 2*int(red.R)) / 3), uint8((int(c.G) + 2*int(red.G)) / 3), uint8((int(c.B) + 2*int(red.B)) / 3), 255})
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return err
	}
	w := 210.0
	h := w * float64(img.Bounds().Dy()) / float64(img.Bounds().Dx())
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: w, Ht: h}})
	pdf.AddPage()
	pdf.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, &b)
	pdf.ImageOptions("scan", 0, 0, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	return pdf.OutputFileAndClose(out)
}

// ledger writes the workbook (xlsx, ods) or the first sheet as GBK CSV.
func ledger(text, out string) error {
	f := excelize.NewFile()
	first := true
	var sheet string
	row := 0
	var csvRows [][]string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#sheet "):
			name := strings.TrimPrefix(line, "#sheet ")
			if first {
				if err := f.SetSheetName("Sheet1", name); err != nil {
					return err
				}
				first = false
			} else if _, err := f.NewSheet(name); err != nil {
				return err
			}
			sheet, row = name, 0
			continue
		case strings.HasPrefix(line, "!merge "):
			r := strings.Split(strings.TrimPrefix(line, "!merge "), ":")
			if err := f.MergeCell(sheet, r[0], r[1]); err != nil {
				return err
			}
			continue
		}
		row++
		if line == "~" {
			if sheet == firstSheet(text) {
				csvRows = append(csvRows, nil)
			}
			continue
		}
		cells := strings.Split(line, "|")
		for i, c := range cells {
			ref, _ := excelize.CoordinatesToCellName(i+1, row)
			if err := f.SetCellValue(sheet, ref, c); err != nil {
				return err
			}
		}
		if sheet == firstSheet(text) {
			csvRows = append(csvRows, cells)
		}
	}
	switch filepath.Ext(out) {
	case ".csv":
		var b bytes.Buffer
		for _, r := range csvRows {
			for i, c := range r {
				if i > 0 {
					b.WriteByte(',')
				}
				if strings.ContainsAny(c, ",\"\n") {
					c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
				}
				b.WriteString(c)
			}
			b.WriteString("\r\n")
		}
		g, err := simplifiedchinese.GBK.NewEncoder().Bytes(b.Bytes())
		if err != nil {
			return err
		}
		return os.WriteFile(out, g, 0o644)
	case ".ods":
		tmp, err := os.MkdirTemp("", "casesq")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		x := filepath.Join(tmp, "ledger.xlsx")
		if err := f.SaveAs(x); err != nil {
			return err
		}
		if o, err := exec.Command("soffice", "--headless", "--convert-to", "ods", "--outdir", tmp, x).CombinedOutput(); err != nil {
			return fmt.Errorf("soffice: %v: %s", err, o)
		}
		b, err := os.ReadFile(filepath.Join(tmp, "ledger.ods"))
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	}
	return f.SaveAs(out)
}

func firstSheet(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "#sheet ") {
			return strings.TrimSpace(strings.TrimPrefix(l, "#sheet "))
		}
	}
	return ""
}
