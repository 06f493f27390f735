package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/model"
)

func TestBadInput(t *testing.T) {
	goodDOCX, err := os.ReadFile(filepath.Join(corpusCases, "02-qingxi-ziranziyuan-clean", "report.docx"))
	require.NoError(t, err)
	small := Options{MaxDecompressed: 4 << 20}
	// A PDF whose cross-reference table is broken and whose one page's
	// content stream is cut off (a blind case folder's minutes).
	brokenPDF, err := os.ReadFile(filepath.Join("..", "testdata", "cases-n", "08-renshou-zhigongsi-broken-pdf-minutes", "minutes", "2023-07-12党委会议纪要.pdf"))
	require.NoError(t, err)
	tests := []struct {
		name string
		file string
		data []byte
		opt  Options
		want error
		msg  string // must appear in the message
	}{
		{"empty", "report.pdf", []byte{}, Options{}, ErrEmpty, "empty"},
		{"whitespace only text", "a.txt", []byte(" \n\t\r\n　"), Options{}, ErrEmpty, "no text"},
		{"binary garbage", "blob.bin", []byte("\x00\x01\x02\x03\xff\xfe\x00garbage\x00\x00"), Options{}, ErrUnsupported, "binary"},
		{"pdf that is html", "report.pdf", []byte("<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>"), Options{}, ErrUnsupported, "HTML page"},
		{"docx that is text", "report.docx", []byte("整改情况报告"), Options{}, ErrUnsupported, "plain text"},
		{"damaged legacy doc", "report.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), Options{}, ErrCorrupt, "compound file"},
		{"encrypted office", "ledger.xlsx", append(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...), utf16le("EncryptedPackage")...), Options{}, ErrEncrypted, "password"},
		{"image", "scan.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, ErrUnsupported, "image"},
		// RTF reads as text to the eye but is markup: never read as plain text.
		{"rtf minutes", "minutes.rtf", []byte("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 \\'bb\\'e1\\'d2\\'e9\\par}"), Options{}, ErrUnsupported, "RTF"},
		{"rtf named txt", "minutes.txt", []byte("\xef\xbb\xbf{\\rtf1\\ansi 会议纪要\\par}"), Options{}, ErrUnsupported, "RTF"},
		{"zip not office", "report.docx", parsetest.ZipOf(t, "a.txt", "hello"), Options{}, ErrUnsupported, "zip archive"},
		{"truncated docx", "report.docx", goodDOCX[:len(goodDOCX)/2], Options{}, ErrCorrupt, "zip"},
		// An Office package that lost its main part is damaged, not a format we do not read.
		{"docx without its document", "minutes.docx", parsetest.ZipOf(t, "[Content_Types].xml", "<Types/>", "word/styles.xml", "<w:styles/>"), Options{}, ErrCorrupt, "main part"},
		{"docx bomb", "report.docx", parsetest.BombOf(t, "word/document.xml", 8<<20, "[Content_Types].xml", "<Types/>"), small, ErrTooLarge, "limit"},
		{"xlsx bomb", "ledger.xlsx", parsetest.BombOf(t, "xl/worksheets/sheet1.xml", 8<<20, "xl/workbook.xml", "<workbook/>"), small, ErrTooLarge, "limit"},
		{"ofd bomb", "report.ofd", parsetest.BombOf(t, "Doc_0/Pages/Page_0/Content.xml", 8<<20, "OFD.xml", "<ofd:OFD/>"), small, ErrTooLarge, "limit"},
		{"docx lying bomb", "report.docx", parsetest.LyingBombOf(t, "word/document.xml", 8<<20, "[Content_Types].xml", "<Types/>"), small, nil, ""},
		{"too large", "report.txt", bytes.Repeat([]byte("整改"), 1000), Options{MaxFileSize: 100}, ErrTooLarge, "limit"},
		{"html too large", "report.html", append([]byte("<html><body>"), bytes.Repeat([]byte("<p>整改</p>"), 200)...), Options{MaxTextSize: 1000}, ErrTooLarge, "text formats"},
		// A web page saved as one file and cut inside its page is damaged, not read in part.
		{"cut saved page", "report.mht", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>已完成整改"), Options{}, ErrCorrupt, "cut"},
		{"saved page too large", "report.mht", append([]byte("MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<html><body>"), bytes.Repeat([]byte("<p>整改</p>"), 200)...), Options{MaxTextSize: 1000}, ErrTooLarge, "text formats"},
		{"bad utf-16", "report.txt", []byte{0xFF, 0xFE, 0x00}, Options{}, nil, ""},
		{"not a known encoding", "report.txt", []byte{0x81, 0x20, 0x81, 0x20, 0xFE, 0x7F}, Options{}, ErrUnsupported, "GB18030"},
		// Damaged, not a scan: its table had to be rebuilt and no page holds text or images.
		{"pdf with a broken table and no text", "minutes.pdf", brokenPDF, Options{}, ErrCorrupt, "cross-reference"},
		{"truncated pdf", "report.pdf", []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"), Options{}, ErrCorrupt, ""},
		{"corrupt xlsx", "ledger.xlsx", parsetest.ZipOf(t, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook", "[Content_Types].xml", "<"), Options{}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(context.Background(), tt.file, tt.data, tt.opt)
			require.Error(t, err)
			assert.Nil(t, doc)
			var pe *Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.file, pe.File)
			assert.True(t, strings.HasPrefix(err.Error(), tt.file+": "), err.Error())
			if tt.want != nil {
				assert.ErrorIs(t, err, tt.want)
			}
			assert.Contains(t, err.Error(), tt.msg)
			t.Log(err)
		})
	}
}

func TestParseFileErrors(t *testing.T) {
	_, err := ParseFile(context.Background(), "no/such/report.pdf", Options{})
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), "no/such/report.pdf")

	_, err = ParseFile(context.Background(), t.TempDir(), Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "directory")
}

func TestRunRecoversAndTimesOut(t *testing.T) {
	panicky := func(ctx context.Context, data []byte, b *model.Builder, o Options) error { panic("index out of range") }
	_, err := run(context.Background(), "x.pdf", FormatPDF, panicky, nil, Options{}.WithDefaults())
	require.ErrorIs(t, err, ErrCorrupt)
	assert.Contains(t, err.Error(), "index out of range")

	stuck := func(ctx context.Context, data []byte, b *model.Builder, o Options) error { select {} }
	start := time.Now()
	_, err = run(context.Background(), "x.pdf", FormatPDF, stuck, nil, Options{Timeout: 20 * time.Millisecond, OCRTimeout: 20 * time.Millisecond}.WithDefaults())
	require.ErrorIs(t, err, ErrTimeout)
	assert.Less(t, time.Since(start), 5*time.Second)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Parse(ctx, "a.txt", []byte("整改情况"), Options{})
	require.ErrorIs(t, err, context.Canceled)
}

func TestErrorsAreDistinct(t *testing.T) {
	all := []error{ErrEmpty, ErrUnsupported, ErrCorrupt, ErrEncrypted, ErrNoTextLayer, ErrTooLarge, ErrTimeout}
	for i, a := range all {
		for j, b := range all {
			assert.Equal(t, i == j, errors.Is(a, b))
		}
	}
}

// TestDocumentBounds: every format obeys Options.MaxParagraphs, counted by
// the shared builder (a table row counts as a paragraph).
func TestDocumentBounds(t *testing.T) {
	lines := func(format string, n int) []byte {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, format, i)
		}
		return []byte(b.String())
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"notes.txt", lines("第%d条整改措施已落实。\n\n", 20)},
		{"ledger.csv", append([]byte("序号,问题\n"), lines("%d,问题已整改\n", 20)...)},
		{"page.html", append([]byte("<!DOCTYPE html><html><body>\n"), lines("<p>第%d条整改措施已落实。</p>\n", 20)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(context.Background(), tc.name, tc.data, Options{MaxParagraphs: 30})
			require.NoError(t, err)
			_, err = Parse(context.Background(), tc.name, tc.data, Options{MaxParagraphs: 10})
			require.ErrorIs(t, err, ErrTooLarge)
			assert.Contains(t, err.Error(), "more than 10 paragraphs")
		})
	}
}
