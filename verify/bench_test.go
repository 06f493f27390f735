package verify

import (
	"context"
	"testing"

	"github.com/zhenggai/zhenggai/internal/casegen"
	"github.com/zhenggai/zhenggai/internal/seg"
)

// BenchmarkCheckSample is check on the README's sample case (the segmenter
// is loaded before timing starts).
func BenchmarkCheckSample(b *testing.B) {
	if err := seg.Init(); err != nil {
		b.Fatal(err)
	}
	c, err := LoadCase(context.Background(), "../testdata/corpus/cases/01-dongchuan-nonglin")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Check(context.Background(), c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckLargeCase is check on a generated case: a 200-page report
// listing 1,000 problems, a 1,000-row ledger and 300 minutes.
func BenchmarkCheckLargeCase(b *testing.B) {
	if err := seg.Init(); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := casegen.Generate(dir, casegen.Spec{Problems: 1000, Minutes: 300, Pages: 200, NotDone: 40}); err != nil {
		b.Fatal(err)
	}
	c, err := LoadCase(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Check(context.Background(), c, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Items) != 1000 || len(res.Ledger.Problems) != 1000 || len(res.Meetings) != 300 {
			b.Fatalf("read %d items, %d rows, %d meetings", len(res.Items), len(res.Ledger.Problems), len(res.Meetings))
		}
	}
}
