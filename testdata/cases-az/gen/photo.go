package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// treat writes the page image at in (PNG) to out (JPEG) as a scanner or a phone
// would have made it. fx: "rot=DEG" turned by DEG degrees about its centre; "low"
// a faint copy (grey text on grey paper, a little noise); "seal" a red round seal
// stamped over the last line's right end (the signature and date). photo: a phone
// photo — a warm paper tone, darker towards one corner, in colour; else a grey scan
// (in colour only when a seal is on it).
func treat(in, out string, fx []string, photo bool) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	src, err := png.Decode(f)
	f.Close()
	if err != nil {
		return err
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	lumAt := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, bb, _ := src.At(b.Min.X+x, b.Min.Y+y).RGBA()
			lumAt[y*w+x] = (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bb)) / 65535
		}
	}
	deg, low, seal := 0.0, false, false
	for _, e := range fx {
		switch {
		case strings.HasPrefix(e, "rot="):
			deg, err = strconv.ParseFloat(e[4:], 64)
			if err != nil {
				return fmt.Errorf("bad %q", e)
			}
		case e == "low":
			low = true
		case e == "seal":
			seal = true
		case e == "img":
		default:
			return fmt.Errorf("unknown effect %q", e)
		}
	}
	// where the seal goes: over the right end of the lowest line of text
	sx, sy, sr := 0.0, 0.0, float64(w)*0.095
	if seal {
		lowest, right := 0, 0
		for y := h - 1; y >= 0 && lowest == 0; y-- {
			for x := 0; x < w; x++ {
				if lumAt[y*w+x] < 0.5 {
					lowest = y
					break
				}
			}
		}
		for y := lowest - 30; y <= lowest; y++ {
			for x := w - 1; x > right; x-- {
				if y >= 0 && lumAt[y*w+x] < 0.5 {
					right = x
					break
				}
			}
		}
		sx, sy = float64(right)-sr*0.9, float64(lowest)-sr*0.35
	}
	lum := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return 1
		}
		return lumAt[y*w+x]
	}
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w)/2, float64(h)/2
	colour := photo || seal
	var gray *image.Gray
	var rgba *image.RGBA
	if colour {
		rgba = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		gray = image.NewGray(image.Rect(0, 0, w, h))
	}
	rnd := uint32(12345)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			px, py := cos*dx+sin*dy+cx, -sin*dx+cos*dy+cy
			x0, y0 := int(math.Floor(px)), int(math.Floor(py))
			fx, fy := px-float64(x0), py-float64(y0)
			v := lum(x0, y0)*(1-fx)*(1-fy) + lum(x0+1, y0)*fx*(1-fy) + lum(x0, y0+1)*(1-fx)*fy + lum(x0+1, y0+1)*fx*fy
			if low {
				rnd = rnd*1103515245 + 12345
				noise := (float64(rnd>>16&0xff)/255 - 0.5) * 0.05
				v = 0.47 + 0.43*v + noise
			}
			r, g, bl := v, v, v
			if photo {
				shade := 1 - 0.10*(float64(x)/float64(w)+float64(y)/float64(h))/2
				r, g, bl = v*0.957*shade+0.016, v*0.925*shade+0.016, v*0.863*shade+0.016
			}
			if seal {
				// the seal's red multiplies the paper and the ink under it
				d := math.Hypot(float64(x)-sx, float64(y)-sy)
				if (d < sr && d > sr*0.9) || inStar(float64(x)-sx, float64(y)-sy, sr*0.32) {
					r, g, bl = r*0.86, g*0.20, bl*0.22
				}
			}
			if colour {
				rgba.Set(x, y, color.RGBA{R: clamp(r), G: clamp(g), B: clamp(bl), A: 255})
			} else {
				gray.SetGray(x, y, color.Gray{Y: clamp(v)})
			}
		}
	}
	var buf bytes.Buffer
	var img image.Image = gray
	if colour {
		img = rgba
	}
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func clamp(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, v*255)))
}

// inStar says whether (x, y) lies in a five-pointed star of outer radius r, point up.
func inStar(x, y, r float64) bool {
	if math.Hypot(x, y) > r {
		return false
	}
	var pts [10][2]float64
	for i := range pts {
		rad := r
		if i%2 == 1 {
			rad = r * 0.38
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts[i] = [2]float64{rad * math.Cos(a), rad * math.Sin(a)}
	}
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		xi, yi, xj, yj := pts[i][0], pts[i][1], pts[j][0], pts[j][1]
		if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
			in = !in
		}
	}
	return in
}

// imagePDF binds the JPEGs, one a page (scanned at dpi), as a PDF with no text layer.
func imagePDF(imgs []string, out string, dpi float64) error {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	var offs []int
	obj := func(body func()) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n", len(offs))
		body()
		b.WriteString("\nendobj\n")
	}
	n := len(imgs)
	obj(func() { b.WriteString("<< /Type /Catalog /Pages 2 0 R >>") })
	obj(func() {
		b.WriteString("<< /Type /Pages /Kids [")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "%d 0 R ", 3+3*i)
		}
		fmt.Fprintf(&b, "] /Count %d >>", n)
	})
	for i, p := range imgs {
		jpg, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		w, h, comps, err := casebuild.JPEGSize(jpg)
		if err != nil {
			return err
		}
		pw, ph := float64(w)*72/dpi, float64(h)*72/dpi
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
		page, im, ct := 3+3*i, 4+3*i, 5+3*i
		obj(func() {
			fmt.Fprintf(&b, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>", pw, ph, im, ct)
		})
		_ = page
		obj(func() {
			cs := "/DeviceGray"
			if comps == 3 {
				cs = "/DeviceRGB"
			}
			fmt.Fprintf(&b, "<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n", w, h, cs, len(jpg))
			b.Write(jpg)
			b.WriteString("\nendstream")
		})
		obj(func() { fmt.Fprintf(&b, "<< /Length %d >>\nstream\n%s\nendstream", len(content), content) })
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return os.WriteFile(out, b.Bytes(), 0o644)
}
