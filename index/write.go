package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// write fills a new batch and writes it to the index, with writeMu held by
// the caller. Neither may panic the process: a panic in bleve while the
// batch is built or written (one was seen with the disk full) is recovered
// here and returned as an error, like a failed write (no space left, an I/O
// error), which is wrapped so that errors.Is tells its cause. Nothing of a
// failed batch is reported as indexed: its documents are written again by
// the next Add or AddPaths of their files.
func (x *Index) write(fill func(b *bleve.Batch) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("index: writing a batch: panic: %v", r)
		}
	}()
	b := x.bi.NewBatch()
	if err := fill(b); err != nil {
		return err
	}
	if x.failBatch != nil {
		if err := x.failBatch(); err != nil {
			return fmt.Errorf("index: writing a batch: %w", err)
		}
	}
	if err := x.bi.Batch(b); err != nil {
		return fmt.Errorf("index: writing a batch: %w", err)
	}
	return nil
}
