package ocr

import (
	"bytes"
	"context"
	"image"
	"image/png"
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
	out, err := run(pctx, data, "pdftoppm", "-r", strconv.Itoa(dpi), "-f", page, "-l", page, "-png", "-")
	if err != nil {
		return nil, pageErr(ctx, pctx, err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(out))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "page %d could not be rendered: %v", n, err)
	}
	if err := CheckSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "page %d could not be rendered: %v", n, err)
	}
	return recognize(ctx, pctx, img, dpi)
}

// recognize runs Tesseract on img within pctx, a page's time limit under ctx.
func recognize(ctx, pctx context.Context, img image.Image, dpi int) (*Page, error) {
	out, err := tesseract(pctx, pgm(Grey(img)), dpi)
	if err != nil {
		return nil, pageErr(ctx, pctx, err)
	}
	return parseTSV(out)
}
