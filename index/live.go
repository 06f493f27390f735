package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// live is the open bleve index, opened again after a failed write: with the
// disk full, scorch kept in memory a segment it had failed to persist,
// whose look-ups then panicked (zapx, "assignment to entry in nil map") on
// every search and every Add until the process was restarted. Opened
// again, the index is what was last persisted; the documents of the failed
// batch are written by the next Add of their files. Its methods are the
// bleve.Index methods the package uses; a panic in a search is an error.
type live struct {
	mu  sync.RWMutex
	bi  bleve.Index
	dir string
}

func (l *live) get() bleve.Index {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.bi
}

// reopen closes the index and opens it again from disk.
func (l *live) reopen() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	_ = l.bi.Close() // waits for the searches under way
	bi, err := bleve.OpenUsing(l.dir, scorchConfig())
	if err != nil {
		// Left closed: searches fail ("index closed"), the next write
		// tries again.
		return fmt.Errorf("index %s: opening it again after a failed write: %w", l.dir, err)
	}
	l.bi = bi
	return nil
}

func (l *live) SearchInContext(ctx context.Context, req *bleve.SearchRequest) (_ *bleve.SearchResult, err error) {
	defer recovered(&err)
	return l.get().SearchInContext(ctx, req)
}

func (l *live) Search(req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return l.SearchInContext(context.Background(), req)
}

func (l *live) Document(id string) (_ bindex.Document, err error) {
	defer recovered(&err)
	return l.get().Document(id)
}

func (l *live) Close() error                      { return l.get().Close() }
func (l *live) DocCount() (uint64, error)         { return l.get().DocCount() }
func (l *live) Mapping() mapping.IndexMapping     { return l.get().Mapping() }
func (l *live) NewBatch() *bleve.Batch            { return l.get().NewBatch() }
func (l *live) Batch(b *bleve.Batch) error        { return l.get().Batch(b) }
func (l *live) Advanced() (bindex.Index, error)   { return l.get().Advanced() }
func (l *live) SetInternal(key, val []byte) error { return l.get().SetInternal(key, val) }
