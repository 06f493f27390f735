package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSettle: after many writes, each a segment that scorch persists and
// merges once the write has returned, Settle waits until that work is
// done; with its context done it returns at once.
func TestSettle(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	ctx := context.Background()
	sawBusy := false
	for i := 0; i < 40; i++ { // more segments than a tier holds: merges follow
		name := fmt.Sprintf("/cases/%02d/report.txt", i)
		text := fmt.Sprintf("某局党组关于巡察整改情况的报告\n第%d次会议，整改问题%d个，完成%d个。", i, 10+i, i)
		_, _, err := x.Add(ctx, name, []byte(text), Meta{File: name})
		require.NoError(t, err)
		sawBusy = sawBusy || x.busy()
	}
	// Right after a write the persister has work left: a busy that never
	// says so would make Settle a no-op.
	require.True(t, sawBusy, "scorch busy right after a write")
	done, cancel := context.WithCancel(ctx)
	cancel()
	if x.busy() {
		assert.ErrorIs(t, x.Settle(done), context.Canceled, "a done context ends the wait")
	}
	wait, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	require.NoError(t, x.Settle(wait))
	assert.False(t, x.busy())
	n, err := x.Count()
	require.NoError(t, err)
	assert.EqualValues(t, 40, n)
}
