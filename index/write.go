package index

import (
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// ErrWrite is the error (wrapped) of Add, AddParsed, AddPaths and Delete
// when the index could not be written (no space left, an I/O error), or
// bleve panicked: the same call may succeed later, unlike one for a file
// that cannot be read or parsed.
var ErrWrite = errors.New("index: writing a batch")

// recovered, deferred, turns a panic in bleve into an error wrapping
// ErrWrite. With the disk full, bleve panicked in a write and afterwards in
// the look-up of a document (Document, "assignment to entry in nil map"):
// the write path's look-ups (Get, and the one Add makes first) are covered
// too.
func recovered(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: panic: %v", ErrWrite, r)
	}
}

// write fills a new batch and writes it to the index, with writeMu held by
// the caller. Neither may panic the process: a panic in bleve while the
// batch is built or written (one was seen with the disk full) is recovered
// here and returned as an error, like a failed write (no space left, an I/O
// error), which is wrapped so that errors.Is tells its cause. Nothing of a
// failed batch is reported as indexed: its documents are written again by
// the next Add or AddPaths of their files.
func (x *Index) write(fill func(b *bleve.Batch) error) (err error) {
	defer x.repair(&err)
	defer recovered(&err)
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

// repair, deferred with writeMu held, opens the index again after a failed
// write (see live): what bleve kept in memory of the failed batch is
// dropped.
func (x *Index) repair(err *error) {
	if *err == nil || !errors.Is(*err, ErrWrite) {
		return
	}
	if rerr := x.bi.reopen(); rerr != nil {
		*err = fmt.Errorf("%w; %w", *err, rerr)
	}
}
