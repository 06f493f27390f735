package ocr

import (
	"context"
	"image"
	"math"
	"os"
	"os/exec"
	"strconv"
	"sync/atomic"

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

// PDF is a PDF whose scanned pages are rendered by pdftoppm: written once
// to a temporary file, which pdftoppm reads each page from (piping the
// whole file to it for each page cost a copy of the file per page). Close
// removes the file.
type PDF struct {
	e    *Engine
	path string
}

// pdfWrites counts the PDFs written for rendering (TestOncePerFile).
var pdfWrites atomic.Int64

// PDF writes data, a PDF, to a temporary file for its pages to be
// rendered. It fails with model.ErrNoOCR when pdftoppm is missing.
func (e *Engine) PDF(data []byte) (*PDF, error) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return nil, model.Cause(model.ErrNoOCR, "未找到 pdftoppm 命令（poppler-utils）")
	}
	f, err := os.CreateTemp("", "zhenggai-ocr-*.pdf")
	if err != nil {
		return nil, err
	}
	pdfWrites.Add(1)
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, err
	}
	return &PDF{e: e, path: f.Name()}, nil
}

// Close removes the temporary file.
func (p *PDF) Close() error { return os.Remove(p.path) }

// Page renders page n (1-based) at dpi in colour with pdftoppm and
// recognises it, both within the page time limit.
func (p *PDF) Page(ctx context.Context, n, dpi int) (*Page, error) {
	pctx, cancel := context.WithTimeout(ctx, p.e.pageTimeout)
	defer cancel()
	page := strconv.Itoa(n)
	what := "第 " + page + " 页"
	// PPM, not PNG: no compression to do and undo for an image that is
	// read once.
	out, err := run(pctx, nil, "pdftoppm", "-r", strconv.Itoa(dpi), "-f", page, "-l", page, p.path)
	if err != nil {
		return nil, p.e.pageErr(ctx, pctx, err, what)
	}
	g, err := greyPPM(out)
	if err != nil {
		return nil, model.Cause(err, "page %d could not be rendered", n)
	}
	pg, err := recognize(pctx, g, dpi)
	if err != nil {
		return nil, p.e.pageErr(ctx, pctx, err, what)
	}
	return pg, nil
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
// removed, within ctx, the page's time limit.
func recognize(ctx context.Context, g *image.Gray, dpi int) (*Page, error) {
	g, dpi = fitTextHeight(g, dpi)
	g, _ = deskew(g)
	out, err := tesseract(ctx, pgm(g), dpi)
	if err != nil {
		return nil, err
	}
	return parseTSV(out)
}
