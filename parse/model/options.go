package model

import (
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Default limits. They bound what one file may cost; Options changes them.
const (
	DefaultMaxFileSize     = 256 << 20 // bytes read from disk
	DefaultMaxDecompressed = 200 << 20 // bytes unpacked from a DOCX, XLSX or OFD
	DefaultTimeout         = 60 * time.Second
	DefaultMaxPages        = 5000
	DefaultMaxTextSize     = 32 << 20 // bytes of an HTML, TXT, Markdown or CSV file, or of a saved page's page
	// A 500-page report has some 15,000 paragraphs (30 a page); a ledger a
	// few thousand rows. The bounds leave more than a tenfold margin.
	DefaultMaxParagraphs = 200_000   // paragraphs and table rows of a document
	DefaultMaxTableCells = 4_000_000 // table cells of a document
	// A 200-page report holds some 170,000 characters, a 1,000-row ledger
	// some 120,000, and the 300 minutes of a large case 600,000 together.
	// Memory grows with the text at every stage (the document, its claims,
	// and most the index's analysis: some 170 bytes a character of
	// Chinese), so the bounds leave a margin of five rather than ten: a
	// document of 1,000,000 characters is indexed within some 200 MB of
	// heap, a case of 3,000,000 checked within some 300 MB.
	DefaultMaxChars     = 1_000_000 // characters of text of one document
	DefaultMaxCaseChars = 3_000_000 // characters of text of the documents of one case, together (see Budget)
	// Recognising a scanned page takes some 2–5 s of one core (parse/ocr);
	// the bounds leave a loaded machine a wide margin.
	DefaultOCRPageTimeout = 60 * time.Second // rendering and recognising one page
	DefaultOCRTimeout     = 10 * time.Minute // recognising all the scanned pages of a file
	DefaultOCRMaxPages    = 200              // scanned pages recognised in one file
)

// Options bounds the work Parse does on one file. The zero value means the
// defaults.
type Options struct {
	// MaxFileSize is the largest file accepted, in bytes.
	MaxFileSize int64
	// MaxDecompressed is the most a zip-based file (DOCX, XLSX, OFD) may
	// unpack to, in bytes, summed over the parts that are read.
	MaxDecompressed int64
	// Timeout bounds the time spent on one file, recognising scanned pages
	// apart: that has its own bounds below, and a PDF or image file may take
	// Timeout + OCRTimeout in all.
	Timeout time.Duration
	// MaxPages bounds the pages read from a PDF or OFD (they read the first
	// MaxPages), and the pages of any document (the builder refuses more).
	MaxPages int
	// MaxTextSize bounds HTML, TXT, Markdown and CSV files and the page of a saved web page (MHTML), which are read
	// whole into memory (an HTML page's tree takes several times its size).
	MaxTextSize int64
	// MaxParagraphs bounds the paragraphs of a document, counting each
	// table row as one (a row is a line of its page). Past it the file is
	// refused (ErrTooLarge), whatever its format: the builder counts.
	MaxParagraphs int
	// MaxTableCells bounds the table cells of a document.
	MaxTableCells int
	// MaxChars bounds the text of a document, in characters (code points,
	// the line breaks and tabs between paragraphs and cells counting).
	// Past it the file is refused (ErrTooLarge), whatever its format: the
	// builder counts, and the PDF reader stops reading pages once their
	// text is past it.
	MaxChars int
	// Budget, when not nil, bounds the text of several documents together
	// (the files of one case): each parse given it takes its document's
	// characters from it, and the one that finds it spent is refused
	// (ErrTooLarge). A parse that fails gives back what it took.
	Budget *Budget
	// OCRPageTimeout bounds the rendering and recognition of one scanned
	// page or image, OCRTimeout the recognition of all of a file's scanned
	// pages; past either the file is refused (ErrTimeout) with a message
	// saying which. OCRMaxPages bounds the scanned pages of one file that
	// are recognised: a file with more is refused (ErrTooLarge) before any
	// is (MaxPages bounds the pages read in the first place).
	OCRPageTimeout time.Duration
	OCRTimeout     time.Duration
	OCRMaxPages    int
}

// WithDefaults returns o with each zero limit set to its default.
func (o Options) WithDefaults() Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxDecompressed <= 0 {
		o.MaxDecompressed = DefaultMaxDecompressed
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxTextSize <= 0 {
		o.MaxTextSize = DefaultMaxTextSize
	}
	if o.MaxParagraphs <= 0 {
		o.MaxParagraphs = DefaultMaxParagraphs
	}
	if o.MaxTableCells <= 0 {
		o.MaxTableCells = DefaultMaxTableCells
	}
	if o.MaxChars <= 0 {
		o.MaxChars = DefaultMaxChars
	}
	if o.OCRPageTimeout <= 0 {
		o.OCRPageTimeout = DefaultOCRPageTimeout
	}
	if o.OCRTimeout <= 0 {
		o.OCRTimeout = DefaultOCRTimeout
	}
	if o.OCRMaxPages <= 0 {
		o.OCRMaxPages = DefaultOCRMaxPages
	}
	return o
}

// Budget is a bound on the text of several documents together, shared by
// their parses (Options.Budget): the documents of one case, which a check
// holds at once and the index then analyses. Its methods are safe for
// concurrent use.
type Budget struct {
	max  int64
	used atomic.Int64
}

// NewBudget returns a budget of max characters (DefaultMaxCaseChars when
// max <= 0).
func NewBudget(max int) *Budget {
	if max <= 0 {
		max = DefaultMaxCaseChars
	}
	return &Budget{max: int64(max)}
}

// Max returns the budget's bound, in characters.
func (b *Budget) Max() int { return int(b.max) }

// Left returns the characters left in the budget (0 when spent).
func (b *Budget) Left() int { return int(max(0, b.max-b.used.Load())) }

// Err is the error of a document that finds the budget spent.
func (b *Budget) Err() error {
	return Cause(ErrCaseText, "the documents of the case hold more than %d characters of text together", b.max)
}

// take takes n characters, and reports whether the budget still holds.
func (b *Budget) take(n int) bool { return b.used.Add(int64(n)) <= b.max }

// giveBack returns n characters taken by a document that was not kept.
func (b *Budget) giveBack(n int) { b.used.Add(-int64(n)) }

// Release gives back what document d, read within the budget, took from
// it: d is not kept (a file read to learn its kind and then set aside), so
// its text does not count against the others'. Release d once; a nil
// budget or document is nothing to release.
func (b *Budget) Release(d *Document) {
	if b == nil || d == nil {
		return
	}
	n := 0
	for _, p := range d.Pages {
		n += utf8.RuneCountInString(p.Text)
	}
	b.giveBack(n)
}
