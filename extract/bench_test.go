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
// the load of a shared machine falls on both alike, the segmentation Claims
// does (tagBatch: the part of each figure-bearing sentence that its
// figures' words are read from, all of a document's parts in one seg.Tag
// call, with parts of speech) against bare gojieba Cut over all the page
// text of the same reports. It reports bare_ns/extract_ns ("ratio", ≥ 0.8
// wanted) and, for reference, the same ratio with bare Cut run only on the
// figure-bearing sentences ("ratio_same_sentences") and bare gojieba Tag on
// them ("ratio_tag_same_sentences").
func BenchmarkSegmentationRatio(b *testing.B) {
	docs, n := benchDocs(b)
	type part struct {
		rs   []rune
		figs []figure
	}
	var perDoc [][]part
	var sentences []string
	var pages []string
	var ff figureFinder
	for _, d := range docs {
		for _, pg := range d.Pages {
			pages = append(pages, pg.Text)
		}
		var parts []part
		for _, p := range d.Paragraphs {
			if p.Table != 0 {
				continue
			}
			for _, s := range splitSentences(p) {
				if figs := ff.find(s.text); len(figs) > 0 {
					parts = append(parts, part{s.text, figs})
					sentences = append(sentences, string(s.text))
				}
			}
		}
		perDoc = append(perDoc, parts)
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
			for _, parts := range perDoc {
				var batch tagBatch
				for _, p := range parts {
					batch.add(p.rs, p.figs)
				}
				batch.tag()
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
