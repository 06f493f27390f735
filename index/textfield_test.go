package index

import (
	"strings"
	"testing"
)

// BenchmarkTextFieldAnalyze analyses the sample corpus's pages as the
// index writes them.
func BenchmarkTextFieldAnalyze(b *testing.B) {
	pages := pageTextsOf(b)
	b.SetBytes(int64(len(strings.Join(pages, ""))))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			newTextField(FieldText, p).Analyze()
		}
	}
}
