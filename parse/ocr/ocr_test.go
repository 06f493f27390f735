package ocr

import (
	"bytes"
	"context"
	"image"
	"image/color"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/model"
)

var fixtures = filepath.Join("..", "..", "testdata", "ocr")

// needOCR skips the test when Tesseract or its Chinese model is missing.
func needOCR(t *testing.T) {
	t.Helper()
	if err := Available(); err != nil {
		t.Skipf("OCR not available (%v); apt-get install tesseract-ocr tesseract-ocr-chi-sim", err)
	}
}

func loadImage(t *testing.T, name string) image.Image {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, name))
	require.NoError(t, err)
	img, _, err := image.Decode(bytes.NewReader(data))
	require.NoError(t, err)
	return img
}

// source is the text a fixture was rendered from.
func source(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, strings.TrimSuffix(name, filepath.Ext(name))+".txt"))
	require.NoError(t, err)
	return string(data)
}

// accuracy is the character accuracy of got against want
// (parsetest.Accuracy), with full- and half-width forms folded: ： and :
// count as one character.
func accuracy(got, want string) float64 {
	return parsetest.Accuracy(width.Fold.String(got), width.Fold.String(want))
}

// TestRecognizeFixtures measures the character accuracy of the recognised
// text of each fixture against the text it was rendered from.
func TestRecognizeFixtures(t *testing.T) {
	needOCR(t)
	tests := []struct {
		file string
		min  float64
	}{
		{"plain.png", 0.97},
		{"seal.png", 0.97},
		// Turned by 1.5° and JPEG-compressed.
		{"skewed.jpg", 0.97},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			start := time.Now()
			p, err := recognizeImage(context.Background(), loadImage(t, tc.file), DPI)
			require.NoError(t, err)
			acc := accuracy(p.Text(), source(t, tc.file))
			t.Logf("%s: accuracy %.4f, confidence %.1f, %s\n%s", tc.file, acc, p.Confidence, time.Since(start), p.Text())
			assert.GreaterOrEqual(t, acc, tc.min)
			assert.Greater(t, p.Confidence, 50.0)
		})
	}
}

// TestSealRemoval recognises the sealed fixture with and without removing
// the seal's red.
func TestSealRemoval(t *testing.T) {
	needOCR(t)
	img := loadImage(t, "seal.png")
	want := source(t, "seal.png")
	with, err := recognizeImage(context.Background(), img, DPI)
	require.NoError(t, err)
	g, dpi := fitTextHeight(luminance(img), DPI)
	out, err := tesseract(context.Background(), pgm(g), dpi)
	require.NoError(t, err)
	without, err := parseTSV(out)
	require.NoError(t, err)
	accWith, accWithout := accuracy(with.Text(), want), accuracy(without.Text(), want)
	t.Logf("seal.png: accuracy %.4f with the seal removed, %.4f without; confidence %.1f and %.1f",
		accWith, accWithout, with.Confidence, without.Confidence)
	assert.GreaterOrEqual(t, accWith, accWithout)
	assert.GreaterOrEqual(t, accWith, 0.97)
}

// luminance is Grey without the seal removal.
func luminance(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			g.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return g
}

func TestGrey(t *testing.T) {
	tests := []struct {
		name string
		c    color.NRGBA
		want uint8
	}{
		{"white paper", color.NRGBA{255, 255, 255, 255}, 255},
		{"black text", color.NRGBA{0, 0, 0, 255}, 0},
		{"seal ink", color.NRGBA{215, 35, 40, 255}, 255},
		{"pale seal ink", color.NRGBA{240, 170, 175, 255}, 255},
		{"black text under the seal", color.NRGBA{10, 2, 2, 255}, 5},
		{"grey stroke edge under the seal", color.NRGBA{100, 16, 18, 255}, 120},
		{"blue ink is text", color.NRGBA{20, 30, 150, 255}, 41},
		{"transparent is paper", color.NRGBA{0, 0, 0, 0}, 255},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			img := image.NewNRGBA(image.Rect(0, 0, 1, 1))
			img.SetNRGBA(0, 0, tc.c)
			assert.InDelta(t, int(tc.want), int(Grey(img).Pix[0]), 1)
		})
	}
}

// tsvHead is the header line of Tesseract's TSV output.
const tsvHead = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

func TestParseTSV(t *testing.T) {
	// One Tesseract paragraph of three lines: the second starts indented
	// (a new paragraph), the third continues it; then a second block.
	tsv := tsvHead +
		"5\t1\t1\t1\t1\t1\t100\t100\t50\t50\t95.5\t整改\n" +
		"5\t1\t1\t1\t1\t2\t150\t100\t50\t50\t90\t完成\n" +
		"5\t1\t1\t1\t2\t1\t200\t160\t50\t50\t40.25\t共\n" +
		"5\t1\t1\t1\t2\t2\t250\t160\t80\t50\t30\t25\n" +
		"5\t1\t1\t1\t2\t3\t330\t160\t200\t50\t88\t个问题\n" +
		"5\t1\t1\t1\t3\t1\t100\t220\t50\t50\t-1\t \n" +
		"5\t1\t1\t1\t3\t2\t100\t220\t50\t50\t80\tNo.\n" +
		"5\t1\t1\t1\t3\t3\t150\t220\t50\t50\t80\t9\n" +
		"4\t1\t2\t1\t1\t0\t100\t400\t50\t50\t-1\t\n" +
		"5\t1\t2\t1\t1\t1\t100\t400\t50\t50\t96\t附件\n"
	p, err := parseTSV([]byte(tsv))
	require.NoError(t, err)
	assert.Equal(t, "整改完成\n共25个问题No. 9\n附件", p.Text())
	require.Len(t, p.Paragraphs, 3)
	assert.Len(t, p.Paragraphs[1].Lines, 2)
	assert.InDelta(t, (95.5+90+40.25+30+88+80+80+96)/8, p.Confidence, 0.05)

	_, err = parseTSV([]byte(tsvHead + "5\t1\tx\t1\t1\t1\t0\t0\t1\t1\t9\t字\n"))
	assert.ErrorIs(t, err, model.ErrCorrupt)
}

// TestEmitLowConfidence builds a page from recognised words and asks the
// document which spans were read with low confidence.
func TestEmitLowConfidence(t *testing.T) {
	w := func(text string, conf float64, left int) Word {
		return Word{Text: text, Conf: conf, Left: left, Width: 50, Height: 50}
	}
	page := &Page{Confidence: 80, Paragraphs: []Paragraph{
		{Lines: []Line{{Words: []Word{w("整改", 95, 0)}}}},
		{Lines: []Line{{Words: []Word{w("共", 92, 0), w("２５", 41, 50), w("个", 30, 100), w("问题", 90, 150)}}}},
	}}
	b := model.NewBuilder("scan.png", model.FormatImage)
	Emit(b, page)
	doc := b.Finish()
	require.Len(t, doc.Pages, 1)
	pg := doc.Pages[0]
	assert.Equal(t, "整改\n共25个问题", pg.Text)
	assert.True(t, pg.OCR)
	assert.Equal(t, 80.0, pg.OCRConfidence)
	assert.Equal(t, []model.OCRSpan{{Start: 4, End: 6, Confidence: 41}, {Start: 6, End: 7, Confidence: 30}}, pg.LowConfidence)
	tests := []struct {
		text string
		pos  model.Pos
		low  bool
		conf float64
	}{
		{"25", model.Pos{Page: 1, Start: 4, End: 6}, true, 41},
		{"共25个", model.Pos{Page: 1, Start: 3, End: 7}, true, 30},
		{"问题", model.Pos{Page: 1, Start: 7, End: 9}, false, 0},
		{"整改", model.Pos{Page: 1, Start: 0, End: 2}, false, 0},
		{"", model.Pos{Page: 2, Start: 0, End: 2}, false, 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.text, doc.Slice(tc.pos))
		conf, low := doc.LowConfidence(tc.pos)
		assert.Equal(t, tc.low, low, tc.text)
		assert.Equal(t, tc.conf, conf, tc.text)
	}
}

func TestBounds(t *testing.T) {
	assert.NoError(t, CheckSize(2480, 3508))
	assert.ErrorIs(t, CheckSize(20000, 20000), model.ErrTooLarge)
	assert.ErrorIs(t, CheckSize(0, 10), model.ErrCorrupt)
	assert.Equal(t, DPI, RenderDPI(595, 842))    // A4
	assert.Less(t, RenderDPI(595*4, 842*4), DPI) // A0: less, to stay under MaxPixels
	assert.Equal(t, 0, RenderDPI(14400, 14400))  // 200 × 200 inches
	assert.LessOrEqual(t, RenderDPI(595*4, 842*4)*RenderDPI(595*4, 842*4)*16*595*842/72/72, MaxPixels)
}

// TestRecognizeCancelled: a cancelled context ends the recognition (the
// process is killed) with the context's error.
func TestRecognizeCancelled(t *testing.T) {
	needOCR(t)
	img := loadImage(t, "plain.png")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := recognizeImage(ctx, img, DPI)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 2500*time.Millisecond)
}

func TestTextHeight(t *testing.T) {
	// The fixtures are 16-point type at 300 dpi: characters some 67 pixels
	// tall (the quartile lands a little under).
	for _, name := range []string{"plain.png", "seal.png", "skewed.jpg"} {
		h := textHeight(Grey(loadImage(t, name)))
		assert.InDelta(t, 62, h, 8, name)
	}
	assert.Equal(t, 0, textHeight(image.NewGray(image.Rect(0, 0, 500, 500))))
}

// TestFitTextHeightDPI: a resolution given is scaled with the image; an
// unknown one (0) is estimated from the characters' height as 14-point
// type, not left to Tesseract, whose own guess cut characters off the
// lines of a photographed page.
func TestFitTextHeightDPI(t *testing.T) {
	g := Grey(loadImage(t, "plain.png")) // 16-point type at 300 dpi
	h := textHeight(g)
	tests := []struct {
		name string
		dpi  int
		want int
	}{
		{"known", DPI, DPI * targetHeight / h},
		// 16-point type is read as 14-point: a little over 300.
		{"unknown", 0, 318 * targetHeight / h},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, dpi := fitTextHeight(g, tt.dpi)
			assert.InDelta(t, tt.want, dpi, 5)
			assert.InDelta(t, 300, dpi*h/targetHeight, 50, "the page's own resolution, roughly")
		})
	}
	_, dpi := fitTextHeight(image.NewGray(image.Rect(0, 0, 500, 500)), 0)
	assert.Equal(t, 0, dpi, "no ink: nothing to estimate from")
	// Large type at a high resolution, scaled down: the estimate is not cut
	// at some ceiling (a cap of 600 made a 28-point page at 600 dpi read as
	// 114 dpi after scaling, and its lines came out in fragments).
	big := image.NewGray(image.Rect(0, 0, 4000, 6000))
	for i := range big.Pix {
		big.Pix[i] = 255
	}
	for line := 0; line < 20; line++ {
		for y := 200 + line*280; y < 200+line*280+230; y++ {
			for x := 200; x < 3800; x++ {
				if x%260 < 230 {
					big.Pix[y*big.Stride+x] = 0
				}
			}
		}
	}
	_, dpi = fitTextHeight(big, 0)
	assert.InDelta(t, 205, dpi, 10, "230-pixel characters read as 14-point type, scaled to 40 pixels")
}

// TestNoTesseract: without the tesseract command, recognition fails with
// ErrNoOCR, whose message says what to install.
func TestNoTesseract(t *testing.T) {
	availMu.Lock()
	was := avail
	avail = false
	availMu.Unlock()
	t.Cleanup(func() {
		availMu.Lock()
		avail = was
		availMu.Unlock()
	})
	t.Setenv("PATH", t.TempDir())
	_, err := recognizeImage(context.Background(), image.NewGray(image.Rect(0, 0, 10, 10)), 0)
	require.ErrorIs(t, err, model.ErrNoOCR)
	assert.Contains(t, err.Error(), "需要安装 tesseract-ocr 和 tesseract-ocr-chi-sim")
	_, err = New(model.Options{})
	assert.ErrorIs(t, err, model.ErrNoOCR)
}

func TestGreyPPM(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []uint8
		err  error
	}{
		{"two pixels", "P6\n2 1\n255\n\x00\x00\x00\xd7\x23\x28", []uint8{0, 255}, nil},
		{"comment-free header with spaces", "P6 1 1 255 \xff\xff\xff", []uint8{255}, nil},
		{"short", "P6\n2 2\n255\n\x00\x00\x00", nil, model.ErrCorrupt},
		{"16-bit", "P6\n1 1\n65535\n\x00\x00\x00\x00\x00\x00", nil, model.ErrCorrupt},
		{"not PPM", "P5\n1 1\n255\n\x00", nil, model.ErrCorrupt},
		{"bomb", "P6\n20000 20000\n255\n", nil, model.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := greyPPM([]byte(tc.data))
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, g.Pix)
		})
	}
}

func TestDeskew(t *testing.T) {
	tests := []struct {
		file  string
		angle float64
	}{
		{"skewed.jpg", 1.5}, // the angle scripts/ocrfixtures turned it by
		{"plain.png", 0},
		{"seal.png", 0},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			g, _ := fitTextHeight(Grey(loadImage(t, tc.file)), DPI)
			straight, a := deskew(g)
			assert.InDelta(t, tc.angle, a, 0.1)
			assert.InDelta(t, 0, skewAngle(straight), 0.1)
			assert.Equal(t, g.Rect, straight.Rect)
		})
	}
}

func TestFixHeadingNumber(t *testing.T) {
	tests := map[string]string{
		"〈八)关于“政府采购程序不规范”问题的整改": "（八）关于“政府采购程序不规范”问题的整改",
		"《六》关于":       "（六）关于",
		"(三)关于":       "(三)关于",
		"《中国共产党章程》规定": "《中国共产党章程》规定",
		"对照《八)":       "对照《八)",
	}
	for in, want := range tests {
		assert.Equal(t, want, fixHeadingNumber(in), in)
	}
}

// recognizeImage recognises the text of img, scanned at dpi (0 when unknown),
// within the default page time limit: New and Engine.Image, as a reader
// does for a single image.
func recognizeImage(ctx context.Context, img image.Image, dpi int) (*Page, error) {
	e, err := New(model.Options{})
	if err != nil {
		return nil, err
	}
	return e.Image(ctx, img, dpi)
}
