package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKindChinese: every kind Classify assigns has its Chinese name; an
// unknown one is its code.
func TestKindChinese(t *testing.T) {
	for k, want := range map[Kind]string{KindReport: "整改报告", KindMinutes: "会议纪要", KindLedger: "台账", KindOther: "其他", "x": "x"} {
		assert.Equal(t, want, k.Chinese(), string(k))
	}
}
