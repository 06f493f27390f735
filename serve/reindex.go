package serve

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/zhenggai/zhenggai/index"
	"github.com/zhenggai/zhenggai/parse"
)

// indexWriter is how the server adds documents to the index and waits for
// the index's work they set off: the index itself, or in tests one whose
// writes fail.
type indexWriter interface {
	Add(ctx context.Context, path string, data []byte, meta index.Meta) (string, bool, error)
	AddParsed(ctx context.Context, path string, data []byte, doc *parse.Document, meta index.Meta) (string, bool, error)
	Settle(ctx context.Context) error
}

// The wait between two tries to index the cases whose indexing failed:
// retryMin after a failure, doubled after each failure up to retryMax.
const (
	retryMin = time.Second
	retryMax = time.Minute
)

// catchUp keeps the stored cases whose indexing failed on a write (the
// disk full), and those start-up found missing from the index: the index
// catches up with them in the background, without a restart (reindexLoop).
type catchUp struct {
	mu  sync.Mutex
	ids map[string]bool
	// now asks reindexLoop to try at once: a case was just indexed, so the
	// index can be written again.
	now chan struct{}
}

func newCatchUp() catchUp {
	return catchUp{ids: map[string]bool{}, now: make(chan struct{}, 1)}
}

// retryable tells an error of indexing a case that may go away: the index
// or the blob store could not be written or read, not a file that cannot be
// parsed.
func retryable(err error) bool {
	return errors.Is(err, index.ErrWrite) || isDiskError(err)
}

// indexDone records the outcome of indexing case id.
func (s *Server) indexDone(id string, err error) {
	c := &s.catchUp
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil && retryable(err) {
		c.ids[id] = true
		return
	}
	delete(c.ids, id)
	if err == nil && len(c.ids) > 0 {
		select {
		case c.now <- struct{}{}:
		default:
		}
	}
}

// add asks reindexLoop to index case id, at once.
func (c *catchUp) add(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ids[id] = true
	select {
	case c.now <- struct{}{}:
	default:
	}
}

// unindexed lists the cases still to index.
func (s *Server) unindexed() []string {
	c := &s.catchUp
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]string, 0, len(c.ids))
	for id := range c.ids {
		out = append(out, id)
	}
	return out
}

// reindexLoop indexes again the cases whose indexing failed, until the
// server stops: retryMin after a failure, then less and less often (up to
// retryMax) while it keeps failing, and at once when another case was
// indexed.
func (s *Server) reindexLoop() {
	defer s.bg.Done()
	t := time.NewTimer(retryMin)
	defer t.Stop()
	for wait := retryMin; s.waitRetry(t); t.Reset(wait) {
		if s.reindex() {
			wait = retryMin
		} else {
			wait = min(2*wait, retryMax)
		}
	}
}

// waitRetry waits for t or for a case indexed (catchUp.now); it returns
// false when the server stops.
func (s *Server) waitRetry(t *time.Timer) bool {
	select {
	case <-s.stopping:
		return false
	case <-t.C:
	case <-s.catchUp.now:
		t.Stop()
	}
	return true
}

// reindex tries to index the cases whose indexing failed or that start-up
// found missing, each in a worker's slot (it parses their files), stopping
// at the first that fails again (the others would fail alike, each parsed
// for nothing). It reports whether none is left.
func (s *Server) reindex() bool {
	for _, id := range s.unindexed() {
		select {
		case <-s.stopping:
			return false
		default:
		}
		c, ok := s.store.get(id)
		if !ok || c.Status != StatusDone {
			s.indexDone(id, nil)
			continue
		}
		if s.acquire(context.Background(), false) != nil {
			return false // shutting down
		}
		err := s.indexCase(c.Manifest, c.Case, nil)
		s.release(false)
		if err != nil && retryable(err) {
			return false
		}
	}
	return len(s.unindexed()) == 0
}
