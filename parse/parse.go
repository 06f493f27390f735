package parse

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/zhenggai/zhenggai/parse/doc"
	"github.com/zhenggai/zhenggai/parse/docx"
	"github.com/zhenggai/zhenggai/parse/html"
	"github.com/zhenggai/zhenggai/parse/image"
	"github.com/zhenggai/zhenggai/parse/mhtml"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/ofd"
	"github.com/zhenggai/zhenggai/parse/pdf"
	"github.com/zhenggai/zhenggai/parse/sheet"
	"github.com/zhenggai/zhenggai/parse/text"
	"github.com/zhenggai/zhenggai/parse/xls"
)

// readers holds the reader of each format Detect tells. A new format is a
// package under parse with a model.Reader, one entry here and its
// extensions in extFormats.
var readers = map[Format]model.Reader{
	FormatPDF:      pdf.Read,
	FormatDOCX:     docx.Read,
	FormatOFD:      ofd.Read,
	FormatHTML:     html.Read,
	FormatMHTML:    mhtml.Read,
	FormatWordXML:  docx.ReadXML,
	FormatText:     text.Read,
	FormatMarkdown: text.Read,
	FormatXLSX:     sheet.ReadXLSX,
	FormatCSV:      sheet.ReadCSV,
	FormatDOC:      doc.Read,
	FormatWPS:      doc.Read,
	FormatXLS:      xls.Read,
	FormatImage:    image.Read,
}

// ParseFile reads the file at path. The returned document's File is path as
// given. Errors are *Error values naming the file.
func ParseFile(ctx context.Context, path string, opt Options) (*Document, error) {
	o := opt.WithDefaults()
	fi, err := os.Stat(path)
	if err != nil {
		return nil, &Error{File: path, Err: unwrapPathError(err)}
	}
	if fi.IsDir() {
		return nil, &Error{File: path, Err: errors.New("is a directory, not a file")}
	}
	if fi.Size() > o.MaxFileSize {
		return nil, &Error{File: path, Err: model.Cause(ErrTooLarge, "%d bytes, over the %d-byte limit", fi.Size(), o.MaxFileSize)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: path, Err: unwrapPathError(err)}
	}
	return Parse(ctx, path, data, opt)
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse reads data, the content of the file called name. The format is
// detected from the content; the name's extension only has to agree with it
// (a report.pdf that holds an HTML page is an error, not a web page). A
// reader that panics or runs past Options.Timeout yields an *Error, never a
// crash or a hang.
func Parse(ctx context.Context, name string, data []byte, opt Options) (*Document, error) {
	o := opt.WithDefaults()
	fail := func(err error) (*Document, error) { return nil, &Error{File: name, Err: err} }
	if int64(len(data)) > o.MaxFileSize {
		return fail(model.Cause(ErrTooLarge, "%d bytes, over the %d-byte limit", len(data), o.MaxFileSize))
	}
	f, err := Detect(name, data)
	if err != nil {
		return fail(err)
	}
	switch f {
	case FormatHTML, FormatText, FormatMarkdown, FormatCSV:
		if int64(len(data)) > o.MaxTextSize {
			return fail(model.Cause(ErrTooLarge, "%s file of %d bytes, over the %d-byte limit for text formats", f, len(data), o.MaxTextSize))
		}
	}
	doc, err := run(ctx, name, f, readers[f], data, o)
	if err != nil {
		return fail(err)
	}
	model.Identify(doc)
	return doc, nil
}

// run calls the format's reader in its own goroutine, so that a reader stuck
// in third-party code cannot hold the caller past the timeout, and turns a
// panic into ErrCorrupt. The reader's context is done at the timeout, and
// the reader stops then (see the package doc, "Safety").
func run(ctx context.Context, name string, f Format, read model.Reader, data []byte, o Options) (*Document, error) {
	limit := o.Timeout
	if f == FormatPDF || f == FormatImage {
		// Their scanned pages are recognised within bounds of their own
		// (Options.OCRTimeout): the reader bounds the rest by Timeout.
		limit += o.OCRTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	if fn, ok := ctx.Value(progressKey{}).(Progress); ok && fn != nil {
		ctx = model.WithProgress(ctx, func(done, total int) { fn(name, done, total) })
	}
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		var res result
		defer func() {
			if p := recover(); p != nil {
				res = result{err: model.Cause(ErrCorrupt, "unreadable %s content (%v)", f, p)}
				if os.Getenv("ZHENGGAI_DEBUG") != "" {
					fmt.Fprintf(os.Stderr, "panic reading %s: %v\n%s", name, p, debug.Stack())
				}
			}
			done <- res
		}()
		b := model.NewBuilder(filepath.ToSlash(name), f)
		b.Limit(o)
		err := read(ctx, data, b, o)
		if err == nil {
			err = b.Err()
		}
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			b.Abandon()
			res.err = err
			return
		}
		doc := b.Finish()
		if err := b.Err(); err != nil { // the budget, taken when the last page closed
			b.Abandon()
			res.err = err
			return
		}
		if len(doc.Paragraphs) == 0 {
			b.Abandon()
			res.err = model.Cause(ErrEmpty, "no text found in the %s file", f)
			return
		}
		res.doc = doc
	}()
	select {
	case r := <-done:
		if errors.Is(r.err, context.DeadlineExceeded) {
			r.err = timeoutErr(limit)
		}
		return r.doc, r.err
	case <-ctx.Done():
		// Readers stop soon after ctx is done (they ask it in their loops,
		// and the PDF reader makes the library's next read fail): wait for
		// that, so that a time limit ends the work and not only the wait,
		// but never hold the caller long for a reader that does not.
		t := time.NewTimer(stopGrace)
		select {
		case <-done:
		case <-t.C:
		}
		t.Stop()
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, timeoutErr(limit)
		}
		return nil, ctx.Err()
	}
}

// stopGrace is how long run waits, once the time is up, for the reader to
// notice and return.
const stopGrace = 2 * time.Second

func timeoutErr(d time.Duration) error {
	return model.Cause(ErrTimeout, "gave up after %s", d)
}

// Progress is told how far the recognition (OCR) of a file's scanned pages
// has gone: done of total pages (0 of total before the first page).
type Progress func(file string, done, total int)

type progressKey struct{}

// WithProgress returns ctx with fn, which Parse and ParseFile call as they
// recognise the scanned pages of a file (file being the name they were
// given). fn may be called from several goroutines, one call at a time.
func WithProgress(ctx context.Context, fn Progress) context.Context {
	return context.WithValue(ctx, progressKey{}, fn)
}
