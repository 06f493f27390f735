package account

import (
	"sync"
	"time"
)

// The login throttle: after freeFails failures of a user or from an
// address, each further attempt of it must wait, twice as long after each
// failure, up to maxWait. A key forgets its failures after forgetAfter
// without one; at most maxKeys keys are kept (expired ones first, then the
// oldest go).
const (
	freeFails   = 5
	firstWait   = time.Second
	maxWait     = 15 * time.Minute
	forgetAfter = time.Hour
	maxKeys     = 10000
)

type throttle struct {
	mu   sync.Mutex
	keys map[string]*failures
	max  int
}

type failures struct {
	n     int
	last  time.Time
	until time.Time
}

func newThrottle() *throttle { return &throttle{keys: map[string]*failures{}, max: maxKeys} }

// wait is how long the first of keys that must wait still has to.
func (t *throttle) wait(now time.Time, keys ...string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	var w time.Duration
	for _, k := range keys {
		if f, ok := t.keys[k]; ok && now.Before(f.until) {
			w = max(w, f.until.Sub(now))
		}
	}
	return w
}

// fail counts a failure of each key.
func (t *throttle) fail(now time.Time, keys ...string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, k := range keys {
		f, ok := t.keys[k]
		if ok && now.Sub(f.last) > forgetAfter {
			f.n = 0
		}
		if !ok {
			if len(t.keys) >= t.max {
				t.prune(now)
			}
			f = &failures{}
			t.keys[k] = f
		}
		f.n++
		f.last = now
		if f.n > freeFails {
			d := maxWait
			if shift := f.n - freeFails - 1; shift < 20 {
				d = min(maxWait, firstWait<<shift)
			}
			f.until = now.Add(d)
		}
	}
}

// forget clears a key's failures (a successful login).
func (t *throttle) forget(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.keys, key)
}

// prune drops the keys that have forgotten their failures, then the oldest
// until there is room for one more.
func (t *throttle) prune(now time.Time) {
	for k, f := range t.keys {
		if now.Sub(f.last) > forgetAfter && !now.Before(f.until) {
			delete(t.keys, k)
		}
	}
	evictOldest(t.keys, t.max, func(f *failures) time.Time { return f.last })
}

// evictOldest removes the entries of m whose time is earliest until fewer
// than max are left.
func evictOldest[V any](m map[string]V, max int, at func(V) time.Time) {
	for len(m) > 0 && len(m) >= max {
		var oldest string
		var first time.Time
		for k, v := range m {
			if oldest == "" || at(v).Before(first) {
				oldest, first = k, at(v)
			}
		}
		delete(m, oldest)
	}
}
