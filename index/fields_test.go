package index

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestTermsField(t *testing.T) {
	f := newTermsField(FieldLSH, []string{"aXYZ", "bQRS", "aXYZ"})
	f.Analyze()
	require.Len(t, f.AnalyzedTokenFrequencies(), 2)
	for term, tf := range f.AnalyzedTokenFrequencies() {
		assert.Equal(t, term, string(tf.Term))
		assert.Equal(t, 1, tf.Frequency())
		assert.Empty(t, tf.Locations)
	}
	assert.False(t, f.Options().IsStored())
	assert.False(t, f.Options().IncludeTermVectors())
}
