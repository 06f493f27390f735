package pdf

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPDFPanicsOfOursAreRaised: a panic recovered the way the PDF reader
// recovers is an error in use; under fuzzing it is raised again when our
// code raised it, and not when a library did.
func TestPDFPanicsOfOursAreRaised(t *testing.T) {
	recovered := func(f func()) (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = panicError(p)
			}
		}()
		f()
		return nil
	}
	ours := func() {
		var s []int
		_ = s[len(t.Name())] // index out of range, in this package
	}
	library := func() { _ = strings.Repeat("x", -len(t.Name())) }
	require.Error(t, recovered(ours))
	require.Error(t, recovered(library))
	raiseOwnPanics.Store(true)
	defer raiseOwnPanics.Store(false)
	assert.Panics(t, func() { _ = recovered(ours) })
	assert.NotPanics(t, func() { require.Error(t, recovered(library)) })
}
