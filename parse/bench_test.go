package parse

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// benchFiles parses the files matching glob (under testdata) once per
// iteration; SetBytes makes -bench report MB/s of input.
func benchFiles(b *testing.B, glob string) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", glob))
	if len(paths) == 0 {
		b.Skipf("no files match %s", glob)
	}
	type in struct {
		name string
		data []byte
	}
	var ins []in
	var total int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, in{p, data})
		total += int64(len(data))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			if _, err := Parse(context.Background(), x.name, x.data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseText: the plain-text reports of the corpus.
func BenchmarkParseText(b *testing.B) { benchFiles(b, "corpus/reports/*.txt") }
