package index

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// settlePoll is how often Settle asks whether scorch is still busy.
const settlePoll = 20 * time.Millisecond

// Settle waits until the work scorch goes on with after a write has
// returned (persisting the new segments, then merging them with others,
// which may merge again) is done, or until ctx is. A server calls it after
// indexing an upload, so that the merges the upload set off are work of
// that upload's, done before it is answered and within its worker's slot,
// rather than work left running after the answer.
func (x *Index) Settle(ctx context.Context) error {
	t := time.NewTicker(settlePoll)
	defer t.Stop()
	for {
		if !x.busy() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// busy reports whether scorch's persister or merger has work left: the
// last epoch persisted, or the last merged, is not the index's present one
// (what scorch's StatsMap calls index_bgthreads_active, read here from its
// counters: StatsMap also sizes every file of the index, and Settle asks
// every settlePoll). An index that is not scorch has nothing to wait for.
func (x *Index) busy() bool {
	a, err := x.bi.Advanced()
	if err != nil {
		return false
	}
	sc, ok := a.(*scorch.Scorch)
	if !ok {
		return false
	}
	st, ok := sc.Stats().(*scorch.Stats)
	if !ok {
		return false
	}
	root := atomic.LoadUint64(&st.CurRootEpoch)
	return atomic.LoadUint64(&st.LastPersistedEpoch) != root || atomic.LoadUint64(&st.LastMergedEpoch) != root
}
