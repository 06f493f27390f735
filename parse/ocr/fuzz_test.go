package ocr

import (
	"testing"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/model"
)

// FuzzParseTSV feeds Tesseract's output reader mutated TSV, and builds the
// page as a document would: it must return a page or an error without
// panicking, with confidences in 0–100 and the low-confidence spans inside
// the page's text, in order.
func FuzzParseTSV(f *testing.F) {
	f.Add([]byte(tsvHead +
		"5\t1\t1\t1\t1\t1\t100\t100\t50\t50\t95.5\t整改\n" +
		"5\t1\t1\t1\t2\t1\t200\t160\t50\t50\t40.25\t共\n" +
		"5\t1\t1\t1\t2\t2\t250\t160\t80\t50\t30\t２５\n" +
		"5\t1\t1\t1\t3\t2\t100\t220\t50\t50\t80\tNo.\n" +
		"4\t1\t2\t1\t1\t0\t100\t400\t50\t50\t-1\t\n" +
		"5\t1\t2\t1\t1\t1\t100\t400\t50\t50\t96\t〈八)关于\n"))
	f.Add([]byte(tsvHead + "5\t1\t1\t1\t1\t1\t0\t0\t0\t0\t12\t \t\n5\t1\t1\t1\t1\t2\t0\t0\t0\t0\t1e3\tx\r\n"))
	f.Add([]byte(tsvHead + "5\t1\t1\t1\t1\t1\t0\t0\t0\t0\tNaN\t整改\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := parseTSV(data)
		if err != nil {
			return
		}
		for _, par := range p.Paragraphs {
			for _, l := range par.Lines {
				for _, w := range l.Words {
					if w.Conf < 0 || w.Conf > 100 {
						t.Fatalf("word %q of confidence %v kept", w.Text, w.Conf)
					}
				}
			}
		}
		if !(p.Confidence >= 0 && p.Confidence <= 100) {
			t.Fatalf("page confidence %v", p.Confidence)
		}
		b := model.NewBuilder("fuzz.png", model.FormatImage)
		Emit(b, p)
		if b.Err() != nil {
			return
		}
		doc := b.Finish()
		for _, pg := range doc.Pages {
			n, end := utf8.RuneCountInString(pg.Text), 0
			for _, s := range pg.LowConfidence {
				if s.Start < end || s.End <= s.Start || s.End > n {
					t.Fatalf("span %+v out of order or outside the page's %d characters", s, n)
				}
				end = s.End
			}
		}
		for _, par := range doc.Paragraphs {
			if doc.Slice(par.Pos) != par.Text {
				t.Fatalf("paragraph %+v does not point at %q", par.Pos, par.Text)
			}
		}
	})
}
