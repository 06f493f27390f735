package index

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestRatioBounds: RealQuickRatio (lengths) and QuickRatio (characters)
// bound Ratio from above, so that Copied may skip a line on either.
func TestRatioBounds(t *testing.T) {
	tests := []struct{ a, b string }{
		{"局党组召开专题会议研究整改", "局党组召开专题会议研究整改"},
		{"局党组召开专题会议研究整改", "区委召开专题会议部署巡察整改工作"},
		{"建立完善制度9项", "修订完善内部管理制度12项，废止2项"},
		{"", "整改"},
		{"整改", "改整"},
	}
	for _, tt := range tests {
		r := Ratio(tt.a, tt.b)
		assert.GreaterOrEqual(t, QuickRatio(tt.a, tt.b), r, tt.a+" / "+tt.b)
		assert.GreaterOrEqual(t, RealQuickRatio(utf8.RuneCountInString(tt.a), utf8.RuneCountInString(tt.b)), QuickRatio(tt.a, tt.b), tt.a+" / "+tt.b)
	}
	assert.Equal(t, 1.0, RealQuickRatio(0, 0))
	assert.InDelta(t, 0.8, RealQuickRatio(4, 6), 1e-9)
}
