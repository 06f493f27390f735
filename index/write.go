package index

import (
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// ErrWrite is the error (wrapped) of Add, AddParsed, AddPaths and Delete
// when the index could not be written (no space left, an I/O error, a panic
// in bleve): the same call may succeed later, unlike one for a file that
// cannot be read or parsed.
var ErrWrite = errors.New("index: writing a batch")

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
			err = fmt.Errorf("%w: panic: %v", ErrWrite, r)
		}
	}()
	b := x.bi.NewBatch()
	if err := fill(b); err != nil {
		return err
	}
	if x.failBatch != nil {
		if err := x.failBatch(); err != nil {
			return fmt.Errorf("%w: %w", ErrWrite, err)
		}
	}
	if err := x.bi.Batch(b); err != nil {
		return fmt.Errorf("%w: %w", ErrWrite, err)
	}
	return nil
}
