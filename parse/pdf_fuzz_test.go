package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParsePDF feeds the PDF reader mutated fixtures. The reader must
// return (an error is fine) without panicking in our code, hanging or
// building a document whose offsets are off.
func FuzzParsePDF(f *testing.F) {
	addSeeds(f, "pdf/hand-*.pdf", "pdf/truncated.pdf", "pdf/chromium-report-zenhei.pdf",
		"pdf/libreoffice-table.pdf", "corpus/cases/01-*/minutes/*.pdf")
	f.Add(pdfSynth("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfSynthStream("BT /F1 12 Tf 72 700 Td (Hello) Tj [(a) -300 (b)] TJ ET 72 600 m 300 600 l S"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, readPDF, FormatPDF, data)
	})
}

// TestPDFPanicsOfOursAreRaised: a panic recovered the way the PDF reader
// recovers is an error in use; under fuzzing it is raised again when our
// code raised it, and not when a library did.
func TestPDFPanicsOfOursAreRaised(t *testing.T) {
	recovered := func(f func()) (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = pdfPanic(p)
			}
		}()
		f()
		return nil
	}
	ours := func() {
		var s []int
		_ = s[len(t.Name())] // index out of range, in this package
	}
	library := func() { _ = strings.Repeat("x", -len(t.Name())) }
	require.Error(t, recovered(ours))
	require.Error(t, recovered(library))
	raiseOwnPanics.Store(true)
	defer raiseOwnPanics.Store(false)
	assert.Panics(t, func() { _ = recovered(ours) })
	assert.NotPanics(t, func() { require.Error(t, recovered(library)) })
}
