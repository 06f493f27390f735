package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSubtypeWords(t *testing.T) {
	w := SubtypeWords(KindProblems, SubtypeTotal)
	assert.Contains(t, w, "移交")
	assert.Contains(t, w, "反馈")
	w[0] = "改了"
	assert.NotEqual(t, "改了", SubtypeWords(KindProblems, SubtypeTotal)[0], "a copy")
	assert.Nil(t, SubtypeWords(KindProblems, SubtypeDone))
}
