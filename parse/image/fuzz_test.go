package image

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"golang.org/x/image/tiff"

	"github.com/zhenggai/zhenggai/parse/ocr"
)

// FuzzDecode feeds the image reader's decoding (all of Read but the
// recognition, which runs Tesseract) mutated small images: it must refuse
// an image over ocr.MaxPixels from its header, and return a decoded image
// the size its header says, turned to grey levels with seals removed, or an
// error, without panicking. The seeds are small (a page-sized fixture takes
// a tenth of a second to decode, which leaves the fuzzer little to do), and
// images over a megapixel are only checked against the size limit.
func FuzzDecode(f *testing.F) {
	const maxFuzzPixels = 1 << 20
	img := image.NewNRGBA(image.Rect(0, 0, 24, 16))
	for y := 0; y < 16; y++ {
		for x := 0; x < 24; x++ {
			c := color.NRGBA{R: 255, G: 255, B: 255, A: 255}
			switch {
			case x > 12 && y > 6:
				c = color.NRGBA{R: 210, G: 30, B: 40, A: 255} // a seal's red
			case (x+y)%5 == 0:
				c = color.NRGBA{A: 200}
			}
			img.Set(x, y, c)
		}
	}
	for _, enc := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return png.Encode(b, img) },
		func(b *bytes.Buffer) error { return jpeg.Encode(b, img, &jpeg.Options{Quality: 70}) },
		func(b *bytes.Buffer) error { return tiff.Encode(b, img, nil) },
		func(b *bytes.Buffer) error { return tiff.Encode(b, img, &tiff.Options{Compression: tiff.Deflate}) },
	} {
		var b bytes.Buffer
		if err := enc(&b); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, format, err := header(data)
		if err != nil {
			return
		}
		if int64(cfg.Width)*int64(cfg.Height) > ocr.MaxPixels {
			t.Fatalf("%d×%d image passed the size check", cfg.Width, cfg.Height)
		}
		if cfg.Width*cfg.Height > maxFuzzPixels {
			// Allowed, but decoding and greying tens of megapixels takes
			// the instrumented worker a minute an input.
			return
		}
		img, err := decode(data, cfg, format)
		if err != nil {
			return
		}
		g := ocr.Grey(img)
		if g.Rect.Dx() != cfg.Width || g.Rect.Dy() != cfg.Height {
			t.Fatalf("grey image %v, header %d×%d", g.Rect, cfg.Width, cfg.Height)
		}
	})
}
