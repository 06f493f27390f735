package pdf_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

// TestScannedPDF reads testdata/ocr/scanned.pdf, two JPEG pages and no text
// layer (the sealed and the skewed fixture): each page is recognised,
// marked as such, and its text matches the source.
func TestScannedPDF(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "ocr", "scanned.pdf")
	doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
	if ocr.Available() != nil {
		require.Error(t, err)
		assert.True(t, errors.Is(err, parse.ErrNoOCR) && errors.Is(err, parse.ErrNoTextLayer), "%v", err)
		assert.Contains(t, err.Error(), "tesseract-ocr-chi-sim")
		t.Skip("OCR not available; apt-get install tesseract-ocr tesseract-ocr-chi-sim")
	}
	require.NoError(t, err)
	require.Len(t, doc.Pages, 2)
	for i, src := range []string{"seal.txt", "skewed.txt"} {
		pg := doc.Pages[i]
		assert.Equal(t, i+1, pg.Number)
		assert.True(t, pg.OCR, "page %d", i+1)
		assert.Greater(t, pg.OCRConfidence, 50.0)
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "ocr", src))
		require.NoError(t, err)
		acc := parsetest.Accuracy(pg.Text, string(want))
		t.Logf("page %d (%s): accuracy %.4f, confidence %.1f, %d low-confidence spans", i+1, src, acc, pg.OCRConfidence, len(pg.LowConfidence))
		assert.GreaterOrEqual(t, acc, 0.97)
	}
	parsetest.CheckOffsets(t, doc)
	assert.Contains(t, doc.Pages[0].Text, "对照省委第三巡视组反馈的11个问题")
}
