package docx_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// TestDOCXMillionParagraphs: a small DOCX holding a million identical
// paragraphs (well inside the unpack budget) is refused as too large once
// it passes the paragraph bound, without building them all: the probe of
// the security issue saw 1.0–1.2 GB for it.
func TestDOCXMillionParagraphs(t *testing.T) {
	const n = 1_000_000
	body := strings.Repeat(`<w:p><w:r><w:t>整改</w:t></w:r></w:p>`, n)
	data := docxOf(t, body)
	body = ""
	t.Logf("DOCX of %d bytes, document.xml of %d", len(data), len(documentHead)+n*38+len(documentTail))

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := parse.Parse(context.Background(), "big.docx", data, parse.Options{Timeout: time.Minute})
	runtime.ReadMemStats(&after)
	// Allocation summed over the parse (deterministic, unlike a sampled
	// peak): the unpacked XML (38 MB) and the paragraphs up to the bound.
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d MB", alloc>>20)
	require.ErrorIs(t, err, parse.ErrTooLarge)
	assert.Contains(t, err.Error(), "paragraphs")
	assert.Less(t, alloc, uint64(400<<20), "allocated %d MB", alloc>>20)
}
