package pdf

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

// maxScanGlyphs is the most text a page may have and still count as a scan
// when it draws an image: a scanner's page number or a stamped file number
// is not a text layer.
const maxScanGlyphs = 10

// scanned reports whether a page is a scan: it draws an image and has (almost)
// no text.
func (s *stats) scanned() bool {
	return s.images > 0 && s.good+s.bad < maxScanGlyphs
}

// recogniseScans recognises the scanned pages with OCR (parse/ocr): each is
// rendered by pdftoppm from data (written once to a temporary file) and
// read by Tesseract, on up to four processes at a time, within the bounds
// of o (OCRPageTimeout, OCRTimeout, OCRMaxPages); the progress function of
// ctx (model.WithProgress) is told of each page done. It returns the
// recognised pages by index. Without Tesseract, a PDF of scans only is an
// error wrapping both model.ErrNoTextLayer and model.ErrNoOCR; in a PDF
// with a text layer on other pages the scanned pages stay empty, as before
// OCR.
func recogniseScans(ctx context.Context, data []byte, pages []page, perPage []stats, o model.Options) (map[int]*ocr.Page, error) {
	var scans []int
	for i := range perPage {
		if perPage[i].scanned() {
			scans = append(scans, i)
		}
	}
	if len(scans) == 0 {
		return nil, nil
	}
	if len(scans) > o.OCRMaxPages {
		return nil, model.Cause(model.ErrTooLarge, "扫描页 %d 页，超过一个文件文字识别（OCR）%d 页的上限", len(scans), o.OCRMaxPages)
	}
	eng, err := ocr.New(o)
	if err == nil {
		var pdf *ocr.PDF
		if pdf, err = eng.PDF(data); err == nil {
			defer pdf.Close()
			return recognisePages(ctx, pdf, pages, scans, o)
		}
	}
	if errors.Is(err, model.ErrNoOCR) {
		if len(scans) < len(pages) {
			return nil, nil
		}
		return nil, fmt.Errorf("%w: %d page(s) of images: %w", model.ErrNoTextLayer, len(scans), err)
	}
	return nil, err
}

// recognisePages recognises the pages of pdf whose indexes are in scans.
func recognisePages(ctx context.Context, pdf *ocr.PDF, pages []page, scans []int, o model.Options) (map[int]*ocr.Page, error) {
	outer := ctx
	ctx, stop := context.WithTimeout(ctx, o.OCRTimeout)
	defer stop()
	progress := model.ProgressOf(ctx)
	progress(0, len(scans))
	var mu sync.Mutex
	done := 0
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make([]*ocr.Page, len(scans))
	errs := make([]error, len(scans))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), 4, len(scans)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				i := scans[j]
				box := pages[i].box
				dpi := ocr.RenderDPI(box.x1-box.x0, box.y1-box.y0)
				if dpi == 0 {
					errs[j] = model.Cause(model.ErrTooLarge, "page %d: %.0f×%.0f points, too large to render for OCR", i+1, box.x1-box.x0, box.y1-box.y0)
				} else {
					out[j], errs[j] = pdf.Page(ctx, i+1, dpi)
				}
				if errs[j] == nil {
					mu.Lock()
					done++
					progress(done, len(scans))
					mu.Unlock()
				}
				if errs[j] != nil {
					cancel()
				}
			}
		}()
	}
	for j := range scans {
		if ctx.Err() != nil {
			break
		}
		work <- j
	}
	close(work)
	wg.Wait()
	if outer.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, model.Cause(model.ErrTimeout, "扫描件文字识别（OCR）超过 %s的时限（已识别 %d 页，共 %d 页）", msg.Duration(o.OCRTimeout), done, len(scans))
	}
	res := make(map[int]*ocr.Page, len(scans))
	for j, i := range scans {
		if errs[j] != nil && !errors.Is(errs[j], context.Canceled) {
			return nil, fmt.Errorf("page %d: %w", i+1, errs[j])
		}
		if out[j] != nil {
			res[i] = out[j]
		}
	}
	if err := ctx.Err(); err != nil && len(res) < len(scans) {
		return nil, err
	}
	if len(scans) == len(pages) {
		words := 0
		for _, p := range res {
			words += len(p.Paragraphs)
		}
		if words == 0 {
			return nil, model.Cause(model.ErrNoTextLayer, "%d page(s) of images in which OCR found no text", len(pages))
		}
	}
	return res, nil
}
