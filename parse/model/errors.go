package model

import (
	"errors"
	"fmt"
)

// Causes of a parse failure. An *Error wraps one of these (or an I/O error),
// so callers can test with errors.Is.
var (
	// ErrEmpty: the file has no bytes, or no text at all.
	ErrEmpty = errors.New("file is empty")
	// ErrUnsupported: the content is not a format Parse reads.
	ErrUnsupported = errors.New("unsupported file format")
	// ErrCorrupt: the file claims a format but cannot be read as it.
	ErrCorrupt = errors.New("file is damaged")
	// ErrEncrypted: the file needs a password to be read.
	ErrEncrypted = errors.New("file is encrypted and needs a password")
	// ErrNoTextLayer: a PDF whose pages are images only (a scan).
	ErrNoTextLayer = errors.New("no text layer (scanned images only; needs OCR)")
	// ErrTooLarge: the file, or what it decompresses to, is over the limit.
	ErrTooLarge = errors.New("file is too large")
	// ErrNoOCR: the file is a scan or an image, and Tesseract with its
	// simplified-Chinese model, which reads it, is not installed.
	ErrNoOCR = errors.New("需要安装 tesseract-ocr 和 tesseract-ocr-chi-sim 才能识别扫描件")
	// ErrTimeout: reading the file took longer than the limit.
	ErrTimeout = errors.New("reading the file took too long")
)

// The kinds of ErrTooLarge a user is told apart (errors.Is finds
// ErrTooLarge through each).
var (
	// ErrTooMuchText: a document's text is past Options.MaxChars.
	ErrTooMuchText = fmt.Errorf("%w: too much text", ErrTooLarge)
	// ErrCaseText: the documents of a case together are past its Budget.
	ErrCaseText = fmt.Errorf("%w: too much text in the case", ErrTooLarge)
	// ErrTooManyPages: a document has more pages than Options.MaxPages.
	ErrTooManyPages = fmt.Errorf("%w: too many pages", ErrTooLarge)
)

// Error is the error Parse returns: the file it concerns and the cause.
// Its message names both, e.g. "report.pdf: file is damaged: xref table not found".
type Error struct {
	File string
	// Err is the cause, usually wrapping one of the Err* values.
	Err error
}

// Error returns "FILE: cause".
func (e *Error) Error() string { return e.File + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Cause wraps a sentinel with detail: errors.Is(Cause(ErrCorrupt, ...), ErrCorrupt).
func Cause(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))
}

// TooManyParagraphs is the error of a document with more than max
// paragraphs and table rows (Options.MaxParagraphs); readers that gather
// paragraphs before handing them to the builder return it too.
func TooManyParagraphs(max int) error {
	return Cause(ErrTooLarge, "more than %d paragraphs and table rows", max)
}
