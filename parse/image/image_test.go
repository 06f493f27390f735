package image_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

var fixtures = filepath.Join("..", "..", "testdata", "ocr")

func TestParseImages(t *testing.T) {
	if err := ocr.Available(); err != nil {
		t.Skipf("OCR not available (%v); apt-get install tesseract-ocr tesseract-ocr-chi-sim", err)
	}
	for _, name := range []string{"plain.png", "skewed.jpg"} {
		t.Run(name, func(t *testing.T) {
			doc, err := parse.ParseFile(context.Background(), filepath.Join(fixtures, name), parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, parse.FormatImage, doc.Format)
			require.Len(t, doc.Pages, 1)
			assert.True(t, doc.Pages[0].OCR)
			assert.Greater(t, doc.Pages[0].OCRConfidence, 50.0)
			want, err := os.ReadFile(filepath.Join(fixtures, name[:len(name)-len(filepath.Ext(name))]+".txt"))
			require.NoError(t, err)
			acc := parsetest.Accuracy(doc.Text(), string(want))
			t.Logf("%s: accuracy %.4f", name, acc)
			assert.GreaterOrEqual(t, acc, 0.95)
			assert.Contains(t, doc.Text(), "省委巡视工作领导小组")
			parsetest.CheckOffsets(t, doc)
		})
	}
}

// pngHeader is a PNG whose header claims w × h pixels and whose data is
// missing: the size check must refuse it before any decoding.
func pngHeader(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1))))
	data := b.Bytes()
	// IHDR's width and height are bytes 16–23.
	for i, v := range []int{w, h} {
		data[16+4*i] = byte(v >> 24)
		data[17+4*i] = byte(v >> 16)
		data[18+4*i] = byte(v >> 8)
		data[19+4*i] = byte(v)
	}
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
}

func TestImageErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"scan.png", pngHeader(t, 20000, 20000), parse.ErrTooLarge},
		{"100 megapixels.png", pngHeader(t, 10000, 10000), parse.ErrTooLarge},
		{"scan.jpg", []byte("\xff\xd8\xff\xe0 truncated"), parse.ErrCorrupt},
		{"scan.tif", []byte("II*\x00\x08\x00\x00\x00"), parse.ErrCorrupt},
		{"scan.gif", []byte("GIF89a"), parse.ErrUnsupported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := parse.Parse(context.Background(), tc.name, tc.data, parse.Options{})
			assert.ErrorIs(t, err, tc.want)
			assert.Less(t, time.Since(start), time.Second, "refused from the header")
		})
	}
}
