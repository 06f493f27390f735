// Command ocrfixtures writes the OCR test fixtures under testdata/ocr: parts
// of pages of the corpus's PDF reports rendered at 300 dpi by pdftoppm (from
// poppler-utils), with the text of the same part (pdftotext) as NAME.txt,
// the source the recognised text is measured against.
//
// Run it from the repository root:
//
//	go run ./scripts/ocrfixtures
//
// It writes:
//
//   - plain.png: lines of page 1 of case 01's report, grey;
//   - seal.png: lines of page 2 of the same report, with a red seal (a
//     ring and a star, multiplied onto the page as ink is) over the text;
//   - skewed.jpg: lines of page 1 of case 08's report turned by 1.5° and
//     JPEG-compressed (quality 70);
//   - scanned.pdf: seal.png and skewed.jpg's images as the two pages of a
//     PDF with no text layer (JPEG images, DCTDecode), as a scanner writes.
//
// With -scan IN.pdf -o OUT.pdf it writes instead a scan of every page of
// IN.pdf (300 dpi, JPEG quality 75, a red seal on the last page, every
// second page turned by 1.5°, alternately either way), for measuring OCR on
// whole reports; such scans are not committed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

const dpi = 300

// crop is the part of a page rendered: x, y, width and height in pixels
// at 300 dpi (an A4 page is 2480 × 3508).
type crop struct{ x, y, w, h int }

func main() {
	scan := flag.String("scan", "", "write a scan of every page of this PDF to -o")
	outPDF := flag.String("o", "", "the scanned PDF written with -scan")
	flag.Parse()
	if *scan != "" {
		must(os.WriteFile(*outPDF, scanWhole(*scan), 0o644))
		return
	}
	out := filepath.Join("testdata", "ocr")
	must(os.MkdirAll(out, 0o755))
	r01 := filepath.Join("testdata", "corpus", "cases", "01-dongchuan-nonglin", "report.pdf")
	r08 := filepath.Join("testdata", "corpus", "cases", "08-dongchuan-tongji-clean", "report.pdf")

	plain, txt := render(r01, 1, crop{250, 1000, 1980, 800})
	writePNG(filepath.Join(out, "plain.png"), toGrey(plain))
	must(os.WriteFile(filepath.Join(out, "plain.txt"), txt, 0o644))

	sealed, txt := render(r01, 2, crop{250, 600, 1980, 800})
	seal(sealed, 1300, 400, 260)
	writePNG(filepath.Join(out, "seal.png"), sealed)
	must(os.WriteFile(filepath.Join(out, "seal.txt"), txt, 0o644))

	page, txt := render(r08, 1, crop{250, 1000, 1980, 800})
	skewed := rotate(toGrey(page), 1.5)
	var jb bytes.Buffer
	must(jpeg.Encode(&jb, skewed, &jpeg.Options{Quality: 70}))
	must(os.WriteFile(filepath.Join(out, "skewed.jpg"), jb.Bytes(), 0o644))
	must(os.WriteFile(filepath.Join(out, "skewed.txt"), txt, 0o644))

	var sb bytes.Buffer
	must(jpeg.Encode(&sb, sealed, &jpeg.Options{Quality: 80}))
	must(os.WriteFile(filepath.Join(out, "scanned.pdf"), scannedPDF(sb.Bytes(), jb.Bytes()), 0o644))
}

// render renders part c of page n of the PDF at path in colour, its top
// and bottom moved out to blank rows so that no line is cut, and returns it
// with the text pdftotext finds in it.
func render(path string, n int, c crop) (*image.RGBA, []byte) {
	pg := strconv.Itoa(n)
	pngData, err := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-f", pg, "-l", pg, "-png", path).Output()
	must(err)
	page, err := png.Decode(bytes.NewReader(pngData))
	must(err)
	blank := func(y int) bool {
		for x := c.x; x < c.x+c.w; x++ {
			if r, _, _, _ := page.At(x, y).RGBA(); r < 0xc000 {
				return false
			}
		}
		return true
	}
	top, bottom := c.y, c.y+c.h
	for top > 0 && !blank(top) {
		top--
	}
	for bottom < page.Bounds().Dy()-1 && !blank(bottom) {
		bottom++
	}
	c.y, c.h = top, bottom-top
	rgba := image.NewRGBA(image.Rect(0, 0, c.w, c.h))
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			rgba.Set(x, y, page.At(c.x+x, c.y+y))
		}
	}
	txt, err := exec.Command("pdftotext", "-r", strconv.Itoa(dpi), "-f", pg, "-l", pg,
		"-x", strconv.Itoa(c.x), "-y", strconv.Itoa(c.y), "-W", strconv.Itoa(c.w), "-H", strconv.Itoa(c.h),
		"-layout", path, "-").Output()
	must(err)
	return rgba, bytes.TrimRight(txt, "\f\n ")
}

// scanWhole renders every page of the PDF at path as a scanner would
// (see the command's doc) and returns the scanned PDF.
func scanWhole(path string) []byte {
	info, err := exec.Command("pdfinfo", path).Output()
	must(err)
	var pages int
	for _, l := range strings.Split(string(info), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages, err = strconv.Atoi(strings.TrimSpace(v))
			must(err)
		}
	}
	var jpegs [][]byte
	for n := 1; n <= pages; n++ {
		pg := strconv.Itoa(n)
		data, err := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-f", pg, "-l", pg, "-png", path).Output()
		must(err)
		img, err := png.Decode(bytes.NewReader(data))
		must(err)
		var page image.Image = img
		if n == pages {
			rgba := image.NewRGBA(img.Bounds())
			draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
			b := rgba.Bounds()
			seal(rgba, b.Dx()*2/3, b.Dy()/2, 260)
			page = rgba
		} else if n%2 == 0 {
			page = rotate(toGrey(img), 1.5*float64(1-n%4))
		}
		var jb bytes.Buffer
		must(jpeg.Encode(&jb, page, &jpeg.Options{Quality: 75}))
		jpegs = append(jpegs, jb.Bytes())
	}
	return scannedPDF(jpegs...)
}

// seal draws a red seal centred at (cx, cy) of radius r: a ring and a
// five-pointed star, multiplied onto the page as ink is, so black text
// under it stays black.
func seal(img *image.RGBA, cx, cy, r int) {
	ink := color.RGBA{R: 215, G: 35, B: 40, A: 255}
	ring := float64(r) * 0.06
	star := starPolygon(float64(cx), float64(cy), float64(r)*0.42)
	for y := cy - r; y <= cy+r; y++ {
		for x := cx - r; x <= cx+r; x++ {
			d := math.Hypot(float64(x-cx), float64(y-cy))
			if (d <= float64(r) && d >= float64(r)-ring) || inside(star, float64(x), float64(y)) {
				p := img.RGBAAt(x, y)
				img.SetRGBA(x, y, color.RGBA{
					R: uint8(int(p.R) * int(ink.R) / 255),
					G: uint8(int(p.G) * int(ink.G) / 255),
					B: uint8(int(p.B) * int(ink.B) / 255),
					A: 255,
				})
			}
		}
	}
}

func starPolygon(cx, cy, r float64) [][2]float64 {
	var pts [][2]float64
	for i := 0; i < 10; i++ {
		rr := r
		if i%2 == 1 {
			rr = r * 0.4
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts = append(pts, [2]float64{cx + rr*math.Cos(a), cy + rr*math.Sin(a)})
	}
	return pts
}

// inside is the even-odd test of a point against a polygon.
func inside(poly [][2]float64, x, y float64) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a[1] > y) != (b[1] > y) && x < (b[0]-a[0])*(y-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

func toGrey(img image.Image) *image.Gray {
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, img.At(x, y))
		}
	}
	return g
}

// rotate turns g by deg degrees about its centre (bilinear, white outside).
func rotate(g *image.Gray, deg float64) *image.Gray {
	b := g.Bounds()
	out := image.NewGray(b)
	s, c := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(b.Dx())/2, float64(b.Dy())/2
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= b.Dx() || y >= b.Dy() {
			return 255
		}
		return float64(g.GrayAt(b.Min.X+x, b.Min.Y+y).Y)
	}
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := c*dx+s*dy+cx, -s*dx+c*dy+cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
			out.SetGray(b.Min.X+x, b.Min.Y+y, color.Gray{Y: uint8(math.Round(v))})
		}
	}
	return out
}

// scannedPDF puts each JPEG on a page of its size at 300 dpi.
func scannedPDF(jpegs ...[]byte) []byte {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 595, Ht: 842}})
	pdf.SetCompression(true)
	pdf.SetProducer("zhenggai testdata generator (scanner imitation)", false)
	for i, j := range jpegs {
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(j))
		must(err)
		w, h := float64(cfg.Width)*72/dpi, float64(cfg.Height)*72/dpi
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: w, Ht: h})
		name := fmt.Sprintf("scan%d", i)
		opt := fpdf.ImageOptions{ImageType: "JPG"}
		pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(j))
		pdf.ImageOptions(name, 0, 0, w, h, false, opt, 0, "")
	}
	var buf bytes.Buffer
	must(pdf.Output(&buf))
	return buf.Bytes()
}

func writePNG(path string, img image.Image) {
	var b bytes.Buffer
	must((&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img))
	must(os.WriteFile(path, b.Bytes(), 0o644))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "ocrfixtures:", err)
		os.Exit(1)
	}
}
