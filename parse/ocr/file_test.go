package ocr_test

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

var scanned = filepath.Join("..", "..", "testdata", "ocr", "scanned.pdf")

func needOCR(t *testing.T) {
	t.Helper()
	if err := ocr.Available(); err != nil {
		t.Skipf("OCR not available (%v); apt-get install tesseract-ocr tesseract-ocr-chi-sim", err)
	}
}

// TestOncePerFile: a scanned PDF is written once for pdftoppm to render its
// pages from (not piped whole once per page), Tesseract is looked for once
// per file (not on every page), and the progress of the recognition is told
// page by page.
func TestOncePerFile(t *testing.T) {
	needOCR(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ocr.AvailCalls.Store(0)
	ocr.PDFWrites.Store(0)
	var mu sync.Mutex
	var got [][3]any
	ctx := parse.WithProgress(context.Background(), func(file string, done, total int) {
		mu.Lock()
		got = append(got, [3]any{file, done, total})
		mu.Unlock()
	})
	doc, err := parse.ParseFile(ctx, scanned, parse.Options{})
	require.NoError(t, err)
	require.Len(t, doc.Pages, 2)
	assert.EqualValues(t, 1, ocr.AvailCalls.Load(), "Tesseract looked for")
	assert.EqualValues(t, 1, ocr.PDFWrites.Load(), "PDF written for pdftoppm")
	assert.Equal(t, [][3]any{{scanned, 0, 2}, {scanned, 1, 2}, {scanned, 2, 2}}, got)
	left, err := filepath.Glob(filepath.Join(tmp, "zhenggai-ocr-*.pdf"))
	require.NoError(t, err)
	assert.Empty(t, left, "temporary PDF removed")
}

// TestOCRTimeouts: the page and the document time limits of the options
// end recognition quickly, with a Chinese message saying which.
func TestOCRTimeouts(t *testing.T) {
	needOCR(t)
	tests := []struct {
		name string
		opt  parse.Options
		msg  string
	}{
		// Limits no page can be recognised within (starting Tesseract alone
		// takes longer), on any machine, quiet or loaded. The pages are
		// recognised side by side: whichever stops first is named.
		{"page", parse.Options{OCRPageTimeout: time.Millisecond}, `第 [12] 页文字识别（OCR）超过每页 0\.001 秒的时限`},
		{"document", parse.Options{OCRTimeout: 5 * time.Millisecond}, `扫描件文字识别（OCR）超过 0\.005 秒的时限（已识别 0 页，共 2 页）`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := parse.ParseFile(context.Background(), scanned, tc.opt)
			require.ErrorIs(t, err, parse.ErrTimeout)
			assert.Regexp(t, tc.msg, err.Error())
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
}

// scanOf is a PDF of n pages, each a JPEG of img and no text.
func scanOf(t *testing.T, img image.Image, n int) []byte {
	var j bytes.Buffer
	require.NoError(t, jpeg.Encode(&j, img, &jpeg.Options{Quality: 70}))
	b := img.Bounds()
	w, h := float64(b.Dx())*72/300, float64(b.Dy())*72/300
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	opt := fpdf.ImageOptions{ImageType: "JPG"}
	pdf.RegisterImageOptionsReader("scan", opt, bytes.NewReader(j.Bytes()))
	for i := 0; i < n; i++ {
		pdf.AddPage()
		pdf.ImageOptions("scan", 0, 0, w, h, false, opt, 0, "")
	}
	var out bytes.Buffer
	require.NoError(t, pdf.Output(&out))
	return out.Bytes()
}

// TestManyPageScan: a 500-page scan is refused before any page is
// recognised (OCRMaxPages), quickly; read with MaxPages 2, its first two
// pages are recognised and no more.
func TestManyPageScan(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "ocr", "plain.png"))
	require.NoError(t, err)
	img, _, err := image.Decode(f)
	f.Close()
	require.NoError(t, err)
	data := scanOf(t, img, 500)

	start := time.Now()
	_, err = parse.Parse(context.Background(), "scan.pdf", data, parse.Options{})
	require.ErrorIs(t, err, parse.ErrTooLarge)
	assert.Contains(t, err.Error(), "扫描页 500 页，超过一个文件文字识别（OCR）200 页的上限")
	assert.Less(t, time.Since(start), 20*time.Second)

	needOCR(t)
	ocr.PDFWrites.Store(0)
	doc, err := parse.Parse(context.Background(), "scan.pdf", data, parse.Options{MaxPages: 2})
	require.NoError(t, err)
	require.Len(t, doc.Pages, 2)
	for _, p := range doc.Pages {
		assert.True(t, p.OCR)
		assert.Contains(t, p.Text, "省委巡视工作领导小组")
	}
	assert.EqualValues(t, 1, ocr.PDFWrites.Load())
}
