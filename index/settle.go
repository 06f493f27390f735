package index

import (
	"context"
	"time"
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
// last epoch persisted, or the last planned for merging, is not the
// index's present one (scorch's own index_bgthreads_active).
func (x *Index) busy() bool {
	a, err := x.bi.Advanced()
	if err != nil {
		return false
	}
	s, ok := a.(interface{ StatsMap() map[string]interface{} })
	if !ok {
		return false
	}
	active, _ := s.StatsMap()["index_bgthreads_active"].(bool)
	return active
}
