package pdf

import (
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/model"
)

// TestStopReaderEndsTheLibrary: a loop inside the library that no check
// before it caught (here the xref /Prev loop, handed to the library
// without checkSizes) ends once stop is set.
func TestStopReaderEndsTheLibrary(t *testing.T) {
	data, err := os.ReadFile("../../testdata/security/xref-prev-loop.pdf")
	require.NoError(t, err)
	var stop atomic.Bool
	done := make(chan error, 1)
	go func() {
		_, err := openPDF(data, model.Options{}.WithDefaults(), &stop)
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	stop.Store(true)
	select {
	case err := <-done:
		assert.Error(t, err)
	case <-time.After(2 * time.Second):
		t.Fatal("the library still reads 2 s after stop was set")
	}
}

func TestTopLevelPrev(t *testing.T) {
	for _, tc := range []struct {
		dict string
		want int
		ok   bool
	}{
		{"trailer << /Size 3 /Prev 436 >>", 436, true},
		{"trailer << /Info << /Prev 9 >> /Prev 436 >>", 436, true},
		{"trailer << /A (a /Prev 9 \\) ) /B <2F50> /Prev 7 >>", 7, true},
		{"trailer << /Size 3 >> 5 0 obj << /Prev 12 >>", 0, false},
		{"trailer << /Prev 12 0 R >>", 0, false},
		{"<< /Type /XRef % /Prev 1\n /Prev 88 >> stream", 88, true},
	} {
		got, ok := topLevelPrev([]byte(tc.dict))
		assert.Equal(t, tc.ok, ok, tc.dict)
		assert.Equal(t, tc.want, got, tc.dict)
	}
}
