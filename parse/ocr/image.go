package ocr

import (
	"context"
	"errors"
	"image"
	"image/color"
	"strconv"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse/model"
)

// sealMargin is how far the red channel must exceed the green and the blue
// for a pixel to count as inked by a seal.
const sealMargin = 40

// Grey returns img in grey levels with red seals removed: a pixel whose red
// exceeds its green and blue by sealMargin takes its red channel, brightened
// by a fifth, for its grey level — the page as seen through a red filter.
// The seal's ink then is white, black text under it stays black (ink
// multiplies: black under red is black in every channel), and the grey
// edges of strokes under it keep about their grey.
func Grey(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	switch m := img.(type) {
	case *image.Gray:
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:y*g.Stride+b.Dx()], m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):])
		}
	case *image.YCbCr:
		for y := 0; y < b.Dy(); y++ {
			row := g.Pix[y*g.Stride:]
			for x := 0; x < b.Dx(); x++ {
				yi, ci := m.YOffset(b.Min.X+x, b.Min.Y+y), m.COffset(b.Min.X+x, b.Min.Y+y)
				r, gg, bb := color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci])
				row[x] = grey(r, gg, bb)
			}
		}
	case *image.NRGBA:
		for y := 0; y < b.Dy(); y++ {
			row, src := g.Pix[y*g.Stride:], m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < b.Dx(); x++ {
				p := src[4*x : 4*x+4]
				row[x] = flatten(grey(p[0], p[1], p[2]), p[3])
			}
		}
	default:
		for y := 0; y < b.Dy(); y++ {
			row := g.Pix[y*g.Stride:]
			for x := 0; x < b.Dx(); x++ {
				c := color.NRGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.NRGBA)
				row[x] = flatten(grey(c.R, c.G, c.B), c.A)
			}
		}
	}
	return g
}

// flatten puts a grey level of opacity a on white paper.
func flatten(v, a uint8) uint8 {
	return uint8((int(v)*int(a) + 255*(255-int(a))) / 255)
}

// grey is the grey level of a pixel, white for a seal's red.
func grey(r, g, b uint8) uint8 {
	if int(r)-int(max(g, b)) >= sealMargin {
		return uint8(min(255, int(r)+int(r)/5))
	}
	return uint8((299*int(r) + 587*int(g) + 114*int(b) + 500) / 1000)
}

// pgm encodes g as a binary PGM, which Tesseract reads from its standard
// input without a decoder of its own for the format's details.
func pgm(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	head := "P5\n" + strconv.Itoa(w) + " " + strconv.Itoa(h) + "\n255\n"
	out := make([]byte, 0, len(head)+w*h)
	out = append(out, head...)
	for y := 0; y < h; y++ {
		out = append(out, g.Pix[y*g.Stride:y*g.Stride+w]...)
	}
	return out
}

// CheckSize refuses an image of w × h pixels over MaxPixels.
func CheckSize(w, h int) error {
	if w <= 0 || h <= 0 {
		return model.Cause(model.ErrCorrupt, "image of %d×%d pixels", w, h)
	}
	if int64(w)*int64(h) > MaxPixels {
		return model.Cause(model.ErrTooLarge, "image of %d×%d pixels, over the %d-megapixel limit", w, h, MaxPixels/1_000_000)
	}
	return nil
}

// Image recognises the text of img, scanned at dpi (0 when unknown), within
// the page time limit.
func (e *Engine) Image(ctx context.Context, img image.Image, dpi int) (*Page, error) {
	b := img.Bounds()
	if err := CheckSize(b.Dx(), b.Dy()); err != nil {
		return nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, e.pageTimeout)
	defer cancel()
	p, err := recognize(pctx, Grey(img), dpi)
	if err != nil {
		return nil, e.pageErr(ctx, pctx, err, "图片")
	}
	return p, nil
}

// pageErr names the page's time limit when it, and not the caller's
// context, ended the work; what is the page (第 3 页, 图片).
func (e *Engine) pageErr(ctx, pctx context.Context, err error, what string) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(pctx.Err(), context.DeadlineExceeded) {
		return model.Cause(model.ErrTimeout, "%s文字识别（OCR）超过每页 %s的时限", what, msg.Duration(e.pageTimeout))
	}
	return err
}
