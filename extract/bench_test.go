package extract

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/yanyiwu/gojieba"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// benchDocs parses the sample reports once.
func benchDocs(b *testing.B) ([]*parse.Document, int64) {
	files, _ := filepath.Glob("../testdata/corpus/reports/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/cases/*/report.*")
	files = append(files, more...)
	var docs []*parse.Document
	var n int64
	for _, f := range files {
		d, err := parse.ParseFile(context.Background(), f, parse.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		for _, p := range d.Pages {
			n += int64(len(p.Text))
		}
	}
	if err := seg.Init(); err != nil {
		b.Fatal(err)
	}
	return docs, n
}

// BenchmarkClaims is claim extraction (numbers, segmentation, classification,
// tables) over the sample reports; MB/s is of page text.
func BenchmarkClaims(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Claims(d)
		}
	}
}

// BenchmarkSegmentationRatio compares, in one run and interleaved so that
// the load of a shared machine falls on both alike, the segmentation extract
// does (one seg.Tag per sentence that holds a figure, with parts of speech)
// against bare gojieba Cut over all the page text of the same reports
// (Claims itself now segments less: only the part of each such sentence that
// its figures' words are read from, many sentences per call; see tagBatch). It
// reports bare_ns/extract_ns ("ratio", ≥ 0.8 wanted) and, for reference, the
// same ratio with bare Cut run only on the sentences extract segments
// ("ratio_same_sentences": that measures Tag against Cut, POS included),
// and bare gojieba Tag on those sentences ("ratio_tag_same_sentences": the
// cost of the wrapper alone — offsets, shared instance, bad-byte handling).
func BenchmarkSegmentationRatio(b *testing.B) {
	docs, n := benchDocs(b)
	var sentences []string
	var pages []string
	for _, d := range docs {
		for _, pg := range d.Pages {
			pages = append(pages, pg.Text)
		}
		for _, p := range d.Paragraphs {
			if p.Table != 0 {
				continue
			}
			for _, s := range splitSentences(p) {
				if len(figuresOnly(s.text)) > 0 {
					sentences = append(sentences, string(s.text))
				}
			}
		}
	}
	bare := gojieba.NewJieba()
	defer bare.Free() // the benchmark's own instance, not the shared one
	// Each phase starts after a collection, so that none pays for the
	// garbage of another.
	timed := func(f func()) time.Duration {
		runtime.GC()
		t0 := time.Now()
		f()
		return time.Since(t0)
	}
	var tExtract, tBare, tBareSame, tBareTag time.Duration
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		tExtract += timed(func() {
			for _, s := range sentences {
				seg.Tag(s)
			}
		})
		tBare += timed(func() {
			for _, p := range pages {
				bare.Cut(p, true)
			}
		})
		tBareSame += timed(func() {
			for _, s := range sentences {
				bare.Cut(s, true)
			}
		})
		tBareTag += timed(func() {
			for _, s := range sentences {
				bare.Tag(s)
			}
		})
	}
	b.ReportMetric(float64(tBare)/float64(tExtract), "ratio")
	b.ReportMetric(float64(tBareSame)/float64(tExtract), "ratio_same_sentences")
	b.ReportMetric(float64(tBareTag)/float64(tExtract), "ratio_tag_same_sentences")
}

// figuresOnly finds the figures of a sentence without segmenting it.
func figuresOnly(rs []rune) []Number {
	var out []Number
	for _, n := range FindNumbers(string(rs)) {
		u := n.Unit
		if n.Percent {
			u = "%"
		}
		if (n.Role == RoleCount || n.Role == RolePercent) && countUnits[u] {
			out = append(out, n)
		}
	}
	return out
}
