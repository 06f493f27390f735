package parse

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

// xmlText returns the character data of the named elements of the zip
// members whose names match, in order: the text a DOCX or OFD holds, read
// independently of the readers (a plain token walk).
func xmlText(t *testing.T, path string, member func(string) bool, element string) string {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	var names []string
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if member(f.Name) {
			names = append(names, f.Name)
			files[f.Name] = f
		}
	}
	sort.Strings(names) // Page_0 … Page_9 are enough for the corpus
	var sb strings.Builder
	for _, n := range names {
		rc, err := files[n].Open()
		require.NoError(t, err)
		dec := xml.NewDecoder(rc)
		in := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			switch x := tok.(type) {
			case xml.StartElement:
				in = x.Name.Local == element
			case xml.EndElement:
				in = false
				if x.Name.Local == "p" || x.Name.Local == "TextObject" {
					sb.WriteString("\n")
				}
			case xml.CharData:
				if in {
					sb.Write(x)
				}
			}
		}
		rc.Close()
	}
	return sb.String()
}

// TestSourceAccuracy compares the text of every corpus DOCX and OFD with
// the text its XML holds, read without the readers: at least 99% character
// accuracy (non-white-space characters, as for PDFs).
func TestSourceAccuracy(t *testing.T) {
	var files []string
	for _, g := range []string{"*/report.docx", "*/minutes/*.docx", "*/evidence/*.docx", "*/report.ofd"} {
		m, _ := filepath.Glob(filepath.Join(corpusCases, g))
		files = append(files, m...)
	}
	require.Greater(t, len(files), 20)
	lowest := 1.0
	for _, f := range files {
		var ref string
		if strings.HasSuffix(f, ".docx") {
			ref = xmlText(t, f, func(n string) bool { return n == "word/document.xml" }, "t")
		} else {
			ref = xmlText(t, f, func(n string) bool { return strings.HasSuffix(n, "/Content.xml") }, "TextCode")
		}
		doc, err := ParseFile(context.Background(), f, Options{})
		require.NoError(t, err, f)
		acc := parsetest.Accuracy(doc.Text(), ref)
		assert.GreaterOrEqual(t, acc, 0.99, "%s: %.2f%%", f, 100*acc)
		lowest = min(lowest, acc)
	}
	t.Logf("%d DOCX and OFD files, lowest accuracy %.2f%%", len(files), 100*lowest)
}
