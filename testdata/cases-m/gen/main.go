// Command gen rebuilds the case folders of testdata/cases-m from the plain-text
// sources in gen/src and the ledgers described in ledgers.go.
//
//	cd testdata/cases-m && go run ./gen
//
// Reports and minutes are written as flat OpenDocument text (page headers and
// footers, page numbers, tables over page breaks, text boxes) and converted by
// LibreOffice (soffice --headless) to DOCX, PDF or .doc; scanned minutes are
// rendered to images by ImageMagick and put into image-only PDFs. The
// expected.json files are written by hand and are not touched here.
package main

import (
	"bytes"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// out is one generated document: a source in gen/src and where it goes.
type out struct {
	src    string // file in gen/src
	dst    string // path under testdata/cases-m
	format string // docx, pdf, doc, wps, scanpdf, scanpng, odt, txt
}

func main() {
	for _, o := range docs {
		if err := build(o); err != nil {
			fmt.Fprintln(os.Stderr, o.dst+":", err)
			os.Exit(1)
		}
	}
	for _, l := range ledgers {
		if err := l.write(); err != nil {
			fmt.Fprintln(os.Stderr, l.dst+":", err)
			os.Exit(1)
		}
	}
	for _, b := range broken {
		if err := b(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func build(o out) error {
	src, err := os.ReadFile(filepath.Join("gen", "src", o.src))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(o.dst), 0o755); err != nil {
		return err
	}
	switch o.format {
	case "scanpdf", "scanpng":
		return scan(string(src), o.dst, o.format)
	}
	tmp, err := os.MkdirTemp("", "casesm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	base := strings.TrimSuffix(filepath.Base(o.dst), filepath.Ext(o.dst))
	fodt := filepath.Join(tmp, base+".fodt")
	if err := os.WriteFile(fodt, []byte(toFODT(string(src))), 0o644); err != nil {
		return err
	}
	target := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export",
		"doc": "doc:MS Word 97", "wps": "doc:MS Word 97", "odt": "odt"}[o.format]
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile",
		"--convert-to", target, "--outdir", tmp, fodt)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, b)
	}
	ext := map[string]string{"docx": ".docx", "pdf": ".pdf", "doc": ".doc", "wps": ".doc", "odt": ".odt"}[o.format]
	b, err := os.ReadFile(filepath.Join(tmp, base+ext))
	if err != nil {
		return err
	}
	return os.WriteFile(o.dst, b, 0o644)
}

// scan renders the source as a photographed page: the text is typeset by
// LibreOffice, rasterised by pdftoppm at 150 dpi, speckled, and written as a
// JPEG (PNG for scanpng) or an image-only PDF of JPEG pages: no text layer.
func scan(src, dst, format string) error {
	tmp, err := os.MkdirTemp("", "casesm-scan")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fodt := filepath.Join(tmp, "scan.fodt")
	if err := os.WriteFile(fodt, []byte(toFODT(src)), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile",
		"--convert-to", "pdf", "--outdir", tmp, fodt)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, b)
	}
	if b, err := exec.Command("pdftoppm", "-r", "150", "-png", filepath.Join(tmp, "scan.pdf"), filepath.Join(tmp, "pg")).CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, b)
	}
	pngs, _ := filepath.Glob(filepath.Join(tmp, "pg*.png"))
	sort.Strings(pngs)
	var pages []*image.Gray
	for _, p := range pngs {
		g, err := speckle(p)
		if err != nil {
			return err
		}
		pages = append(pages, g)
	}
	if format == "scanpng" {
		var b bytes.Buffer
		if err := png.Encode(&b, pages[0]); err != nil {
			return err
		}
		return os.WriteFile(dst, b.Bytes(), 0o644)
	}
	return imagePDF(dst, pages)
}

// speckle greys the page a little and adds sparse dark dots, as a copier does.
func speckle(path string) (*image.Gray, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	g := image.NewGray(b)
	seed := uint32(12345)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			v := int(c.Y)*92/100 + 10
			seed = seed*1664525 + 1013904223
			if seed>>20 == 0 {
				v = 90
			}
			g.SetGray(x, y, color.Gray{Y: uint8(v)})
		}
	}
	return g, nil
}

// imagePDF writes pages as a PDF whose every page is one JPEG image.
func imagePDF(dst string, pages []*image.Gray) error {
	var buf bytes.Buffer
	var offs []int
	obj := func(s string, stream []byte) {
		offs = append(offs, buf.Len())
		fmt.Fprintf(&buf, "%d 0 obj\n%s", len(offs), s)
		if stream != nil {
			buf.WriteString("\nstream\n")
			buf.Write(stream)
			buf.WriteString("\nendstream")
		}
		buf.WriteString("\nendobj\n")
	}
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	n := len(pages)
	kids := make([]string, n)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n), nil)
	for i, p := range pages {
		var j bytes.Buffer
		if err := jpeg.Encode(&j, p, &jpeg.Options{Quality: 80}); err != nil {
			return err
		}
		w, h := p.Bounds().Dx(), p.Bounds().Dy()
		pw, ph := float64(w)*72/150, float64(h)*72/150
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im%d %d 0 R >> >> /Contents %d 0 R >>", pw, ph, i, 4+3*i, 5+3*i), nil)
		obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>", w, h, j.Len()), j.Bytes())
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im%d Do Q", pw, ph, i)
		obj(fmt.Sprintf("<< /Length %d >>", len(content)), []byte(content))
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return os.WriteFile(dst, buf.Bytes(), 0o644)
}

// toFODT turns the source markup into flat OpenDocument text:
//
//	!header TEXT     the page header of every page
//	!footer          page numbers in the footer (— N —)
//	= TEXT           a centred bold title
//	# TEXT           a bold heading paragraph
//	!pb              a page break
//	!table repeat    a table whose header row repeats on each page (norepeat: does not);
//	                 rows as cells separated by |, up to !end
//	!box             a text box (its paragraphs up to !end)
//	other lines      paragraphs
func toFODT(src string) string {
	var body strings.Builder
	header, footer := "", false
	lines := strings.Split(src, "\n")
	pb := false
	ntab := 0
	para := func(style, s string) {
		if pb {
			style += "PB"
			pb = false
		}
		fmt.Fprintf(&body, `<text:p text:style-name="%s">%s</text:p>`+"\n", style, html.EscapeString(s))
	}
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r")
		switch {
		case strings.HasPrefix(l, "!header "):
			header = strings.TrimPrefix(l, "!header ")
		case l == "!footer":
			footer = true
		case l == "!pb":
			pb = true
		case strings.HasPrefix(l, "= "):
			para("Title", strings.TrimPrefix(l, "= "))
		case strings.HasPrefix(l, "# "):
			para("Head", strings.TrimPrefix(l, "# "))
		case strings.HasPrefix(l, "!table"):
			repeat := strings.HasSuffix(l, "repeat") && !strings.HasSuffix(l, "norepeat")
			var rows [][]string
			for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "!end"; i++ {
				rows = append(rows, strings.Split(strings.TrimSpace(lines[i]), "|"))
			}
			ntab++
			if pb {
				para("Body", "")
			}
			fmt.Fprintf(&body, `<table:table table:name="表%d" table:style-name="Tab">`, ntab)
			fmt.Fprintf(&body, `<table:table-column table:number-columns-repeated="%d"/>`, len(rows[0]))
			for r, row := range rows {
				if r == 0 && repeat {
					body.WriteString("<table:table-header-rows>")
				}
				body.WriteString("<table:table-row>")
				for _, c := range row {
					fmt.Fprintf(&body, `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Cell">%s</text:p></table:table-cell>`, html.EscapeString(c))
				}
				body.WriteString("</table:table-row>")
				if r == 0 && repeat {
					body.WriteString("</table:table-header-rows>")
				}
			}
			body.WriteString("</table:table>\n")
		case l == "!box":
			var ps []string
			for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "!end"; i++ {
				ps = append(ps, lines[i])
			}
			body.WriteString(`<text:p text:style-name="Body"><draw:frame draw:style-name="Box" draw:name="文本框" text:anchor-type="paragraph" svg:width="15.5cm" draw:z-index="0"><draw:text-box fo:min-height="2cm">`)
			for _, p := range ps {
				fmt.Fprintf(&body, `<text:p text:style-name="Cell">%s</text:p>`, html.EscapeString(p))
			}
			body.WriteString("</draw:text-box></draw:frame></text:p>\n")
		default:
			para("Body", l)
		}
	}
	var master strings.Builder
	if header != "" {
		fmt.Fprintf(&master, `<style:header><text:p text:style-name="HF">%s</text:p></style:header>`, html.EscapeString(header))
	}
	if footer {
		master.WriteString(`<style:footer><text:p text:style-name="HF">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>`)
	}
	return fodtHead + `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">` +
		master.String() + `</style:master-page></office:master-styles><office:body><office:text>` + "\n" +
		body.String() + "</office:text></office:body></office:document>\n"
}

const fodtHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/><style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="14pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="14pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.99cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="BodyPB" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="TitlePB" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.99cm"/><style:text-properties style:font-name-asian="Noto Sans CJK SC" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="HeadPB" style:family="paragraph" style:parent-style-name="Head"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:line-height="120%"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm" fo:border-bottom="0.5pt solid #000000"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Box" style:family="graphic"><style:graphic-properties fo:border="0.75pt solid #000000" fo:padding="0.2cm" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
</office:automatic-styles>
`
