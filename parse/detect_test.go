package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"report.pdf": true, "REPORT.PDF": true, "a.docx": true, "a.ofd": true, "a.xhtml": true,
		"a.markdown": true, "a.text": true, "ledger.xlsm": true, "a.csv": true, "a.xls": true, "a.et": true,
		"a.doc": true, "a.WPS": true, "scan.jpg": true, "scan.JPEG": true, "p.png": true, "p.tif": true, "p.tiff": true, "p.gif": false, "p.bmp": false, "01.claims.json": false, "README": false,
	} {
		assert.Equal(t, want, Supported(name), name)
	}
}
