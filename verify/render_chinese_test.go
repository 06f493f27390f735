package verify

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"github.com/zhenggai/zhenggai/internal/zhcheck"
)

// ruleIDs allows the rules' codes, which the reports show as a secondary
// label.
func ruleIDs(w string) bool { return RuleByID(RuleID(w)) != nil }

// TestRenderersChinese: what the text, HTML, XLSX and DOCX renderers write
// around the case's own text holds no English word but file names, codes
// shown as codes, and the acronyms users know — on every sample case.
func TestRenderersChinese(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(corpusCases, "*"))
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r := checkCase(t, filepath.Base(dir))

			var text bytes.Buffer
			require.NoError(t, r.WriteText(&text, TextOptions{}))
			assert.Empty(t, zhcheck.Words(text.String(), ruleIDs), "text output")

			var page bytes.Buffer
			require.NoError(t, r.WriteHTML(&page))
			assert.Empty(t, zhcheck.Words(pageChrome(t, page.Bytes()), ruleIDs), "HTML page")

			var book bytes.Buffer
			require.NoError(t, r.WriteXLSX(&book))
			f, err := excelize.OpenReader(&book)
			require.NoError(t, err)
			defer f.Close()
			for _, sheet := range f.GetSheetList() {
				assert.Empty(t, zhcheck.Words(sheet, nil), "sheet name")
				rows, err := f.GetRows(sheet)
				require.NoError(t, err)
				for i, row := range rows {
					for j, cell := range row {
						if sheet == xlsxFindingsSheet && i > 0 && j == 9 {
							cell = dropQuotes(cell) // the evidence column quotes the case
						}
						assert.Empty(t, zhcheck.Words(cell, ruleIDs), "%s row %d col %d", sheet, i+1, j+1)
					}
				}
			}

			var doc bytes.Buffer
			require.NoError(t, r.WriteDOCX(&doc))
			assert.Empty(t, zhcheck.Words(dropQuotes(docxText(t, doc.Bytes())), ruleIDs), "Word file")
		})
	}
}

// dropQuotes removes the «quoted» text of the case from s.
func dropQuotes(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "«")
		if i < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "»")
		if j < 0 {
			return b.String()
		}
		s = s[i+j+len("»"):]
	}
}

// pageChrome is the text of an HTML page that the renderer writes: its
// text nodes and titles, without the case's own text (the report, the
// quotes, the sentences of the claims).
func pageChrome(t *testing.T, page []byte) string {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "style" || hasClass(n, "text") || hasClass(n, "quote") || hasClass(n, "sentence") || hasClass(n, "src") {
				return
			}
			if v, ok := attr(n, "title"); ok && n.Data != "span" && n.Data != "mark" {
				b.WriteString(v + "\n")
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data + "\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// docxText is the text of a Word file's document.xml, a paragraph a line.
func docxText(t *testing.T, raw []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		require.NoError(t, err)
		defer rc.Close()
		dec := xml.NewDecoder(rc)
		var b strings.Builder
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				return b.String()
			}
			require.NoError(t, err, "document.xml is well formed")
			switch x := tok.(type) {
			case xml.StartElement:
				inText = x.Name.Local == "t"
			case xml.EndElement:
				inText = false
				if x.Name.Local == "p" {
					b.WriteString("\n")
				}
			case xml.CharData:
				if inText {
					b.Write(x)
				}
			}
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}
