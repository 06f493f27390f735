package serve

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/parse"
)

// countIndex is the index, counting the documents added to it.
type countIndex struct {
	*index.Index
	adds atomic.Int64
}

func (x *countIndex) Add(ctx context.Context, path string, data []byte, meta index.Meta) (string, bool, error) {
	x.adds.Add(1)
	return x.Index.Add(ctx, path, data, meta)
}

func (x *countIndex) AddParsed(ctx context.Context, path string, data []byte, doc *parse.Document, meta index.Meta) (string, bool, error) {
	x.adds.Add(1)
	return x.Index.AddParsed(ctx, path, data, doc, meta)
}

// TestStartIndexesInTheBackground: a checked case that start-up finds
// missing from the index is not indexed while New runs (the start waited
// for every such case's files to be parsed again) but by reindexLoop, in a
// worker's slot.
func TestStartIndexesInTheBackground(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	c, ok := ts.store.get(id)
	require.True(t, ok)
	require.NotEmpty(t, c.Case.Report)
	n, err := ts.index.Delete(t.Context(), ts.indexKey(id, ""))
	require.NoError(t, err)
	require.Positive(t, n)

	cx := &countIndex{Index: ts.index}
	ts.indexW = cx
	ts.sem <- struct{}{} // the one worker is busy
	ts.ensureIndexed(c)
	assert.Zero(t, cx.adds.Load(), "indexed at once")
	assert.Equal(t, []string{id}, ts.unindexed())
	time.Sleep(200 * time.Millisecond)
	assert.Zero(t, cx.adds.Load(), "indexed outside a worker's slot")

	<-ts.sem
	assert.Eventually(t, func() bool { return len(ts.unindexed()) == 0 }, 10*time.Second, 10*time.Millisecond)
	assert.Positive(t, cx.adds.Load())
	d, err := ts.index.Get(ts.indexKey(id, c.Case.Report))
	require.NoError(t, err)
	assert.NotNil(t, d, "the report is indexed again")
}
