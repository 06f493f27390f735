package parse

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzRead runs a reader directly (without Parse's recover, and with the
// PDF reader's own recovers raising our panics again: raiseOwnPanics, so
// the fuzzer sees panics in our code) and checks the document it builds:
// every paragraph and cell offset must point at its text.
func fuzzRead(t *testing.T, read reader, f Format, data []byte) {
	raiseOwnPanics.Store(true)
	defer raiseOwnPanics.Store(false)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	b := newBuilder("fuzz", f)
	o := Options{MaxDecompressed: 8 << 20, MaxPages: 200}.withDefaults()
	if err := read(ctx, data, b, o); err != nil {
		return
	}
	doc := b.finish()
	for _, p := range doc.Paragraphs {
		if doc.Slice(p.Pos) != p.Text {
			t.Fatalf("paragraph %+v does not point at %q", p.Pos, p.Text)
		}
	}
	for _, tb := range doc.Tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if doc.Slice(c.Pos) != c.Text {
					t.Fatalf("cell %+v does not point at %q", c.Pos, c.Text)
				}
			}
		}
	}
	classify(doc)
}

// addSeeds adds the files matching the globs (relative to the repository's
// testdata) to the fuzz corpus.
func addSeeds(f *testing.F, globs ...string) {
	n := 0
	for _, g := range globs {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", g))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
				n++
			}
		}
	}
	if n == 0 {
		f.Fatalf("no seeds for %v", globs)
	}
}
