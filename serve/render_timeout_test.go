package serve

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// TestCheckTimeoutCoversRendering: the result's pages are rendered under
// the check's time limit (checkContext): once it has passed, writeResult
// stops and stores nothing.
func TestCheckTimeoutCoversRendering(t *testing.T) {
	ts := newTestServer(t, Config{CheckTimeout: time.Minute})
	res := &verify.Result{Report: &parse.Document{File: "report.txt", Pages: []parse.Page{{Number: 1, Text: "整改问题3个"}}}}
	const id = "render-timeout"
	require.NoError(t, ts.makeCaseDir(id))

	expired, cancel := ts.checkContext(context.Background())
	cancel()
	err := ts.writeResult(expired, id, res)
	require.ErrorIs(t, err, context.Canceled)
	_, statErr := os.Stat(filepath.Join(ts.store.caseDir(id), fileHTML))
	assert.ErrorIs(t, statErr, os.ErrNotExist, "nothing half-written")

	ctx, cancel := ts.checkContext(context.Background())
	defer cancel()
	deadline, ok := ctx.Deadline()
	require.True(t, ok)
	assert.WithinDuration(t, time.Now().Add(time.Minute), deadline, 10*time.Second)
	require.NoError(t, ts.writeResult(ctx, id, res))
	_, statErr = os.Stat(filepath.Join(ts.store.caseDir(id), fileHTML))
	assert.NoError(t, statErr)
}
