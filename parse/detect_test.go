package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"report.pdf": true, "REPORT.PDF": true, "a.docx": true, "a.ofd": true, "a.xhtml": true,
		"a.markdown": true, "a.text": true, "ledger.xlsm": true, "a.csv": true,
		"a.doc": false, "a.xls": false, "scan.jpg": false, "01.claims.json": false, "README": false,
	} {
		assert.Equal(t, want, Supported(name), name)
	}
}
