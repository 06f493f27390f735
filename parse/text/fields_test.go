package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasFieldSepAgreesWithRegexp(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "a  b", "a\tb", "甲\u3000乙", "甲\u3000\u3000乙", "甲 \u3000乙", "甲\u3000 乙",
		"问题  整改", "一、总体情况", "序号\t问题\t状态", "  ", "\u3000", "a \u3000", "x\t"} {
		assert.Equal(t, reFieldSep.MatchString(s), hasFieldSep(s), "%q", s)
	}
}
