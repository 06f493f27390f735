package parse

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"report.pdf": true, "REPORT.PDF": true, "a.docx": true, "a.ofd": true, "a.xhtml": true,
		"a.markdown": true, "a.text": true, "ledger.xlsm": true, "a.csv": true, "a.xls": true, "a.et": true,
		"a.doc": true, "a.WPS": true, "page.mht": true, "page.MHTML": true, "scan.jpg": true, "scan.JPEG": true, "p.png": true, "p.tif": true, "p.tiff": true, "p.gif": false, "p.bmp": false, "01.claims.json": false, "README": false,
	} {
		assert.Equal(t, want, Supported(name), name)
	}
}

// TestDetectSavedPages: a web page or a Word document saved as one file is
// read as what it is whatever Word, WPS or an office system named it; a
// plain page named .mht is a page.
func TestDetectSavedPages(t *testing.T) {
	wordXML := []byte("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Word.Document\"?>\n<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"></w:wordDocument>")
	flatXML := []byte("<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"></pkg:package>")
	saved := []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n--b--\r\n")
	page := []byte("<!DOCTYPE html><html><body><p>整改</p></body></html>")
	tests := []struct {
		name string
		data []byte
		want Format
	}{
		{"a.mht", saved, FormatMHTML},
		{"a.mhtml", saved, FormatMHTML},
		{"report.doc", saved, FormatMHTML},
		{"report.wps", saved, FormatMHTML},
		{"ledger.xls", saved, FormatMHTML},
		{"noname", saved, FormatMHTML},
		{"a.mht", page, FormatHTML},
		{"page.html", saved, FormatMHTML},
		{"report.doc", wordXML, FormatWordXML},
		{"report.wps", wordXML, FormatWordXML},
		{"report.xml", wordXML, FormatWordXML},
		{"report.xml", flatXML, FormatWordXML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect(tt.name, tt.data)
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := Detect("report.pdf", saved)
	assert.ErrorIs(t, err, ErrUnsupported)
}

// TestDetectOpenDocument: an OpenDocument file is not read; named .doc (a
// minutes file saved by LibreOffice under the usual name), the error says
// the name does not match the content (cases-bs 06).
func TestDetectOpenDocument(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"mimetype", "content.xml"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte("application/vnd.oasis.opendocument.text"))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	tests := []struct {
		name     string
		mismatch bool
	}{
		{"minutes.doc", true},
		{"minutes.docx", true},
		{"minutes.odt", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Detect(tt.name, buf.Bytes())
			require.ErrorIs(t, err, ErrUnsupported)
			assert.Equal(t, tt.mismatch, strings.Contains(err.Error(), "but the content is an OpenDocument"), err.Error())
		})
	}
}
