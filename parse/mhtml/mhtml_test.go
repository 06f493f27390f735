package mhtml_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/mhtml"
)

const fixtures = "../../testdata/mhtml/"

// lines is a document as its fixture's NAME.txt writes it: the paragraphs
// outside tables, then each table row's cells joined by a tab.
func lines(doc *parse.Document) string {
	var b strings.Builder
	for _, p := range parsetest.Paras(doc) {
		b.WriteString(p.Text + "\n")
	}
	for _, tb := range doc.Tables {
		for _, r := range parsetest.TableRows(tb) {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

// TestSavedPages reads each saved page (written by scripts/mhtmlfixtures:
// as Chromium saves it, as Word lays out a single-file web page in GB2312,
// base64 in a file named .doc) and compares it with the text it holds.
func TestSavedPages(t *testing.T) {
	for _, name := range []string{"blink-report.mhtml", "word-gb2312.mht", "base64-page.doc"} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(fixtures + name + ".txt")
			require.NoError(t, err)
			doc, err := parse.ParseFile(context.Background(), fixtures+name, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, parse.FormatMHTML, doc.Format)
			assert.Equal(t, parse.KindReport, doc.Kind)
			assert.Equal(t, "关于区委第三巡察组反馈意见整改进展情况的报告", doc.Title)
			parsetest.CheckOffsets(t, doc)
			assert.Equal(t, string(want), lines(doc))
		})
	}
}

// TestDamagedPages: a saved page that holds no page, or is cut inside it,
// is damaged — never a page read in part.
func TestDamagedPages(t *testing.T) {
	word, err := os.ReadFile(fixtures + "word-gb2312.mht")
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
	}{
		{"no-page.mht", nil},
		{"cut.mht", nil},
		{"no boundary", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nx")},
		{"bad content type", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"a\r\n\r\nx")},
		{"bad base64", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%%\r\n--b--\r\n")},
		{"cut in the headers of its part", word[:bytes.Index(word, []byte("Content-Transfer-Encoding"))]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data
			if data == nil {
				data, err = os.ReadFile(fixtures + tt.name)
				require.NoError(t, err)
			}
			_, err := parse.Parse(context.Background(), "x.mht", data, parse.Options{})
			require.Error(t, err)
			assert.ErrorIs(t, err, parse.ErrCorrupt)
		})
	}
}

// TestTooLarge: the page inside is bounded like any text format.
func TestTooLarge(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("整改", 2000) + "</p></body></html>"
	data := []byte("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
	_, err := mhtml.Page(data, 1000)
	assert.ErrorIs(t, err, parse.ErrTooLarge)
	got, err := mhtml.Page(data, int64(len(page)))
	require.NoError(t, err)
	assert.Equal(t, page, string(got))
}

// TestMislabelledCharset: a part labelled ASCII or UTF-8 whose bytes are
// GB2312, with a meta tag saying so, reads as the meta tag says (review of
// session 10: it had read as U+FFFD or Latin-1).
func TestMislabelledCharset(t *testing.T) {
	gb, err := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>已完成整改12个问题。</p></body></html>`)
	require.NoError(t, err)
	for _, label := range []string{"us-ascii", "utf-8", "iso-8859-1"} {
		t.Run(label, func(t *testing.T) {
			data := []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=\"" + label + "\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + gb + "\r\n--b--\r\n")
			doc, err := parse.Parse(context.Background(), "page.mht", data, parse.Options{})
			require.NoError(t, err)
			assert.Contains(t, doc.Text(), "已完成整改12个问题")
		})
	}
}

// TestLongHeaders: a browser's saved page whose headers (an encoded title and
// address) run past the first kilobyte is still a saved page.
func TestLongHeaders(t *testing.T) {
	head := "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/" + strings.Repeat("%E6%95%B4%E6%94%B9", 80) +
		"\r\nSubject: =?utf-8?Q?" + strings.Repeat("=E6=95=B4", 40) + "?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"b\"\r\n\r\n"
	require.Greater(t, len(head), 1024)
	data := []byte(head + "--b\r\nContent-Type: text/html\r\n\r\n<html><body><p>已完成整改12个问题。</p></body></html>\r\n--b--\r\n")
	doc, err := parse.Parse(context.Background(), "page.mhtml", data, parse.Options{})
	require.NoError(t, err)
	assert.Contains(t, doc.Text(), "已完成整改12个问题")
}

func TestLooks(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n", true},
		{"From: <Saved by Blink>\r\nSubject: a\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n", true},
		{"\xef\xbb\xbfMIME-Version: 1.0\nContent-Type: text/html; charset=gb2312\n\n<html>", true},
		{"mime-version: 1.0\ncontent-type:multipart/related;boundary=a\n\n", true},
		// An e-mail is no saved page; nor is a page or a text that
		// mentions the headers in its body.
		{"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n", false},
		{"Content-Type: multipart/related; boundary=x\r\n\r\n", false},
		{"<html><body>MIME-Version: 1.0\nContent-Type: multipart/related</body></html>", false},
		{"整改报告\n\nMIME-Version: 1.0\nContent-Type: multipart/related\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			assert.Equal(t, tt.want, mhtml.Looks([]byte(tt.head)))
		})
	}
}

func FuzzParseMHTML(f *testing.F) {
	parsetest.AddSeeds(f, "mhtml/*.mht", "mhtml/*.mhtml", "mhtml/*.doc")
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, mhtml.Read, parse.FormatMHTML, data) })
}
