package ofd

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOFDDeltas(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want []float64
	}{
		{"g 3 5.6", 10, []float64{5.6, 5.6, 5.6}},
		{"2.8 g 2 5.6 1", 10, []float64{2.8, 5.6, 5.6, 1}},
		{"g 1000000000 1", 4, []float64{1, 1, 1, 1}},
		{"1 2 3 4 5", 2, []float64{1, 2}},
		{"g 2", 10, nil},
		{"1 x 2", 10, []float64{1}},
		{"", 10, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, parseDeltas(tt.in, tt.max), tt.in)
	}
}

func TestOFDNaturalOrder(t *testing.T) {
	assert.True(t, naturalLess("Doc_0/Pages/Page_2/Content.xml", "Doc_0/Pages/Page_10/Content.xml"))
	assert.False(t, naturalLess("Page_10", "Page_2"))
	assert.True(t, naturalLess("a", "b"))
	assert.True(t, naturalLess("p01", "p1x"))
	assert.False(t, naturalLess("same", "same"))
}
