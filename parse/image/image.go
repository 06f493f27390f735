// Package image is parse's reader of image files — a scanned or
// photographed page as JPEG, PNG or TIFF — whose text it recognises with
// parse/ocr. The image's size is read from its header and an image over
// ocr.MaxPixels is refused before it is decoded. A multi-page TIFF is read
// for its first page only. The resolution the file states (a PNG's pHYs, a
// JPEG's JFIF density) is the one the page is read at when it makes the
// image a page of paper (density.go); else the OCR estimates it.
package image

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decoders registered for image.Decode
	_ "image/png"

	_ "golang.org/x/image/tiff"

	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

// Read recognises the text of the image data as one page of b, marked as
// recognised by OCR. Without Tesseract it fails with model.ErrNoOCR.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	cfg, format, err := header(data)
	if err != nil {
		return err
	}
	eng, err := ocr.New(o)
	if err != nil {
		// An image is a page without a text layer, as a scanned PDF's.
		return fmt.Errorf("%w: %w", model.ErrNoTextLayer, err)
	}
	img, err := decode(data, cfg, format)
	if err != nil {
		return err
	}
	progress := model.ProgressOf(ctx)
	progress(0, 1)
	o = o.WithDefaults()
	ctx, cancel := context.WithTimeout(ctx, o.OCRTimeout)
	defer cancel()
	p, err := eng.Image(ctx, img, pageDensity(density(data, format), cfg.Width, cfg.Height))
	if errors.Is(err, context.DeadlineExceeded) && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return model.Cause(model.ErrTimeout, "图片文字识别（OCR）超过 %s的时限", msg.Duration(o.OCRTimeout))
	}
	if err != nil {
		return err
	}
	progress(1, 1)
	ocr.Emit(b, p)
	return nil
}

// header reads the image's size and format from its header, and refuses an
// image over ocr.MaxPixels.
func header(data []byte) (image.Config, string, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return cfg, "", model.Cause(model.ErrCorrupt, "unreadable image: %v", err)
	}
	return cfg, format, ocr.CheckSize(cfg.Width, cfg.Height)
}

// decode decodes the image whose header said cfg; an image whose pixels do
// not match its header is damaged.
func decode(data []byte, cfg image.Config, format string) (image.Image, error) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, model.Cause(model.ErrCorrupt, "unreadable %s image: %v", format, err)
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return nil, model.Cause(model.ErrCorrupt, "%s image of %d×%d pixels, its header says %d×%d", format, b.Dx(), b.Dy(), cfg.Width, cfg.Height)
	}
	return img, nil
}
