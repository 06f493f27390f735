package ocr

import (
	"context"
	"image"
	"math"
	"os/exec"
	"strconv"

	"github.com/zhenggai/zhenggai/parse/model"
)

// RenderDPI returns the resolution at which a page of w × h points (1/72
// inch) is rendered: DPI, or less when that would pass MaxPixels; 0 when
// even 100 dpi would (the page is then not recognised).
func RenderDPI(w, h float64) int {
	if w <= 0 || h <= 0 {
		return 0
	}
	dpi := DPI
	if px := w / 72 * DPI * h / 72 * DPI; px > MaxPixels {
		dpi = int(math.Sqrt(MaxPixels / (w / 72 * h / 72)))
	}
	if dpi < 100 {
		return 0
	}
	return dpi
}

// RecognizePDFPage renders page n (1-based) of the PDF data at dpi in grey
// levels with pdftoppm and recognises it, both within PageTimeout.
func RecognizePDFPage(ctx context.Context, data []byte, n, dpi int) (*Page, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return nil, model.Cause(model.ErrNoOCR, "未找到 pdftoppm 命令（poppler-utils）")
	}
	pctx, cancel := context.WithTimeout(ctx, PageTimeout)
	defer cancel()
	page := strconv.Itoa(n)
	// PPM, not PNG: no compression to do and undo for an image that is
	// read once.
	out, err := run(pctx, data, "pdftoppm", "-r", strconv.Itoa(dpi), "-f", page, "-l", page, "-")
	if err != nil {
		return nil, pageErr(ctx, pctx, err)
	}
	g, err := greyPPM(out)
	if err != nil {
		return nil, model.Cause(err, "page %d could not be rendered", n)
	}
	return recognize(ctx, pctx, g, dpi)
}

// greyPPM reads a binary PPM (P6, 8 bits a channel) into grey levels with
// seals removed, as Grey does; the size in its header is checked against
// MaxPixels before the pixels are read.
func greyPPM(data []byte) (*image.Gray, error) {
	// Four fields (magic, width, height, maximum value), then one
	// white-space byte and the pixels.
	var f [4]string
	i := 0
	for k := range f {
		for i < len(data) && i < 64 && isSpace(data[i]) {
			i++
		}
		j := i
		for i < len(data) && i < 64 && !isSpace(data[i]) {
			i++
		}
		f[k] = string(data[j:i])
	}
	w, errW := strconv.Atoi(f[1])
	h, errH := strconv.Atoi(f[2])
	if f[0] != "P6" || f[3] != "255" || errW != nil || errH != nil || i >= len(data) {
		return nil, model.Cause(model.ErrCorrupt, "not an 8-bit PPM image")
	}
	if err := CheckSize(w, h); err != nil {
		return nil, err
	}
	i++
	if len(data)-i < w*h*3 {
		return nil, model.Cause(model.ErrCorrupt, "PPM image shorter than %d×%d pixels", w, h)
	}
	px := data[i:]
	g := image.NewGray(image.Rect(0, 0, w, h))
	for j := range g.Pix {
		g.Pix[j] = grey(px[3*j], px[3*j+1], px[3*j+2])
	}
	return g, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

// recognize runs Tesseract on g, an image in grey levels with seals
// removed, within pctx, a page's time limit under ctx.
func recognize(ctx, pctx context.Context, g *image.Gray, dpi int) (*Page, error) {
	g, dpi = fitTextHeight(g, dpi)
	g, _ = deskew(g)
	out, err := tesseract(pctx, pgm(g), dpi)
	if err != nil {
		return nil, pageErr(ctx, pctx, err)
	}
	return parseTSV(out)
}
