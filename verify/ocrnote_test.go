package verify

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestOCRFigureNoted: a finding that rests on a figure of a scanned report
// says so in the evidence quoting it, and asks for the original when the
// figure was read with low confidence; a report with a text layer gets no
// such note.
func TestOCRFigureNoted(t *testing.T) {
	dir := writeCase(t, map[string]string{"report.txt": caseReportText, "minutes/a.txt": caseMinutesText, "case.json": `{"feedback_date": "2020-05-20"}`})
	c, err := ReadCase(dir)
	require.NoError(t, err)
	meetings := func(res *Result) Finding {
		for _, f := range res.Findings {
			if f.Rule == RuleMeetings && f.Claim != nil {
				return f
			}
		}
		require.Fail(t, "no claim.meetings finding")
		return Finding{}
	}
	opt := Options{AsOf: "2020-12-31"}
	res, err := Check(context.Background(), c, opt)
	require.NoError(t, err)
	f := meetings(res)
	for _, e := range f.Evidence {
		assert.NotContains(t, e.Note, "扫描件")
	}
	fig := f.Claim.Figure
	require.Equal(t, "3次", res.Report.Slice(fig))

	// A finding that rests on a figure read with low confidence is lowered
	// to low: the figure may be misread (cases-az 05), and a figure not
	// surely read accuses no one.
	tests := []struct {
		name     string
		low      []parse.OCRSpan
		note     string
		severity Severity
	}{
		{"read well", nil, "该数字由扫描件文字识别（OCR）读出", f.Severity},
		{"low confidence", []parse.OCRSpan{{Start: fig.Start, End: fig.End, Confidence: 41.4}}, "该数字由扫描件识别，置信度较低（41），请核对原件", Low},
		{"low elsewhere", []parse.OCRSpan{{Start: 0, End: 2, Confidence: 30}}, "该数字由扫描件文字识别（OCR）读出", f.Severity},
	}
	require.NotEqual(t, Low, f.Severity)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The same report as if scanned, given to Check as Classify
			// leaves a parsed document.
			doc, err := parse.ParseFile(context.Background(), c.Report, parse.Options{})
			require.NoError(t, err)
			for i := range doc.Pages {
				doc.Pages[i].OCR, doc.Pages[i].OCRConfidence = true, 88
			}
			doc.Pages[fig.Page-1].LowConfidence = tc.low
			scanned := c
			scanned.parsed = map[string]*parse.Document{c.Report: doc}
			res, err := Check(context.Background(), scanned, opt)
			require.NoError(t, err)
			f := meetings(res)
			require.NotEmpty(t, f.Evidence)
			assert.Equal(t, tc.note, f.Evidence[0].Note)
			assert.Equal(t, tc.severity, f.Severity)
			for _, e := range f.Evidence[1:] {
				assert.False(t, strings.Contains(e.Note, "扫描件"), "minutes are not the figure: %q", e.Note)
			}
		})
	}
}

// TestOneSlipApart: figures one added, dropped or changed character apart.
func TestOneSlipApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"83.339", "83.33", true}, {"13", "12", true}, {"10", "8", false}, {"3", "3", false}, {"", "3", false}, {"120", "12", true}, {"15", "51", false}} {
		assert.Equal(t, tt.want, oneSlipApart(tt.a, tt.b), tt.a+" "+tt.b)
	}
}

// TestAsWritten: what the records show, with the claimed figure's decimals.
func TestAsWritten(t *testing.T) {
	assert.Equal(t, "91.7", asWritten(Num(91.67), Num(97.7)))
	assert.Equal(t, "83.330", asWritten(Num(83.33), Num(83.339)))
	assert.Equal(t, "8", asWritten(Num(8), Num(10)))
	assert.True(t, oneSlipApart("97.7", asWritten(Num(91.67), Num(97.7))))
}
