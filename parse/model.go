package parse

import (
	"time"

	"github.com/zhenggai/zhenggai/parse/model"
)

// The document model, defined in parse/model (which the format readers
// share) and re-exported here under the names callers use. See
// parse/model for their documentation.
type (
	// Format names the file format a document was read from.
	Format = model.Format
	// Kind is what a document is for in a rectification case.
	Kind = model.Kind
	// Pos points at a span of text: page and code-point offsets.
	Pos = model.Pos
	// Document is a parsed input file.
	Document = model.Document
	// Page is one page of a document.
	Page = model.Page
	// Paragraph is a block of text on one page.
	Paragraph = model.Paragraph
	// Table is a table from a document or a spreadsheet sheet.
	Table = model.Table
	// Row is one table row.
	Row = model.Row
	// Cell is one table cell.
	Cell = model.Cell
	// Options bounds the work Parse does on one file.
	Options = model.Options
	// Budget bounds the text of several documents together (model.Budget).
	Budget = model.Budget
	// Error is the error Parse returns: the file it concerns and the cause.
	Error = model.Error
	// OCRSpan is a span of an OCR'd page read with low confidence.
	OCRSpan = model.OCRSpan
	// DateMatch is a date found in text, with code point offsets of its span.
	DateMatch = model.DateMatch
)

// The formats Parse reads.
const (
	FormatPDF      = model.FormatPDF
	FormatDOCX     = model.FormatDOCX
	FormatOFD      = model.FormatOFD
	FormatHTML     = model.FormatHTML
	FormatMHTML    = model.FormatMHTML
	FormatWordXML  = model.FormatWordXML
	FormatText     = model.FormatText
	FormatMarkdown = model.FormatMarkdown
	FormatXLSX     = model.FormatXLSX
	FormatCSV      = model.FormatCSV
	FormatDOC      = model.FormatDOC
	FormatWPS      = model.FormatWPS
	FormatXLS      = model.FormatXLS
	FormatImage    = model.FormatImage
)

// The kinds Classify assigns; docs/vocabulary.md gives their Chinese names.
const (
	KindReport  = model.KindReport
	KindMinutes = model.KindMinutes
	KindLedger  = model.KindLedger
	KindOther   = model.KindOther
)

// Default limits. They bound what one file may cost; Options changes them.
const (
	DefaultMaxFileSize     = model.DefaultMaxFileSize
	DefaultMaxDecompressed = model.DefaultMaxDecompressed
	DefaultTimeout         = model.DefaultTimeout
	DefaultMaxPages        = model.DefaultMaxPages
	DefaultMaxTextSize     = model.DefaultMaxTextSize
	DefaultMaxChars        = model.DefaultMaxChars
	DefaultMaxCaseChars    = model.DefaultMaxCaseChars
)

// Causes of a parse failure (see model.ErrEmpty and the others). An *Error
// wraps one of these (or an I/O error), so callers can test with errors.Is.
var (
	ErrEmpty       = model.ErrEmpty
	ErrUnsupported = model.ErrUnsupported
	ErrCorrupt     = model.ErrCorrupt
	ErrEncrypted   = model.ErrEncrypted
	ErrNoTextLayer = model.ErrNoTextLayer
	ErrTooLarge    = model.ErrTooLarge
	ErrTimeout     = model.ErrTimeout
	ErrNoOCR       = model.ErrNoOCR
)

// NewBudget returns a budget of max characters shared by the parses of
// several documents (model.NewBudget).
func NewBudget(max int) *Budget { return model.NewBudget(max) }

// Normalize returns s as every stage after parse sees it (model.Normalize).
func Normalize(s string) string { return model.Normalize(s) }

// ParseDate reads s as a whole as a date (model.ParseDate).
func ParseDate(s string) (time.Time, bool) { return model.ParseDate(s) }

// FindDates returns the dates written in s, in order, with code point
// offsets (model.FindDates).
func FindDates(s string) []DateMatch { return model.FindDates(s) }

// ExcelSerialDate converts an Excel serial day number (1900 date system) to
// a date (model.ExcelSerialDate).
func ExcelSerialDate(serial float64) (time.Time, bool) { return model.ExcelSerialDate(serial) }

// SerialDate reads a cell's raw value as an Excel serial date when it is a
// plausible one, years 1950–2100 (model.SerialDate).
func SerialDate(s string) (time.Time, bool) { return model.SerialDate(s) }

// Classify tells what a document is (model.Classify).
func Classify(d *Document) Kind { return model.Classify(d) }
