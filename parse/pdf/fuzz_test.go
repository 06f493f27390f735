package pdf_test

import (
	"testing"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/pdf"
)

// FuzzParsePDF feeds the PDF reader mutated fixtures. The reader must
// return (an error is fine) without panicking in our code, hanging or
// building a document whose offsets are off.
func FuzzParsePDF(f *testing.F) {
	parsetest.AddSeeds(f, "pdf/hand-*.pdf", "pdf/truncated.pdf", "pdf/chromium-report-zenhei.pdf",
		"pdf/libreoffice-table.pdf", "pdf/libreoffice-ledger-norules.pdf", "pdf/encrypted-owner-aes256-r5.pdf", "corpus/cases/01-*/minutes/*.pdf")
	f.Add(synth("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		synthStream("BT /F1 12 Tf 72 700 Td (Hello) Tj [(a) -300 (b)] TJ ET 72 600 m 300 600 l S"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pdf.RaiseOwnPanics(true)
		defer pdf.RaiseOwnPanics(false)
		parsetest.FuzzRead(t, pdf.Read, parse.FormatPDF, data)
	})
}
