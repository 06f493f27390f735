// Package parse reads the files of a rectification case — reports, minutes
// and ledgers in PDF, DOCX, DOC/WPS, OFD, HTML, TXT/Markdown, XLSX, XLS/ET
// and CSV, and scans (scanned PDFs, JPEG, PNG and TIFF images, read by OCR)
// — into one document model, the first stage of zhenggai's pipeline.
//
// A Document has pages of text, the paragraphs and tables on them, and what
// the file appears to be (its Kind, Title and stated Date). Every paragraph
// and table cell carries a Pos: a page number and code-point offsets into
// that page's text, in the manner of go/token, so that claims and findings
// later point back at the exact text they rest on.
//
// # Normalised text
//
// Offsets refer to normalised text. Readers hand raw text to one builder,
// which applies Normalize to every paragraph and cell exactly once before it
// records offsets: full-width digits become ASCII, the line breaks PDF and
// OFD layout puts inside sentences (and between a number and its measure
// word: 问题\n25\n个) disappear, stray spaces between CJK characters go.
// The page text that `zhenggai parse --format json` prints is this text, so
// offsets can be checked against it directly. Paragraphs are separated by
// "\n" and table cells by "\t".
//
// # Formats
//
// Parse tells the format from the content (Detect) and hands the bytes to
// that format's reader, a model.Reader from a package of its own:
// parse/pdf, parse/docx, parse/doc (Word 97–2003 and WPS text), parse/ofd,
// parse/html, parse/sheet (XLSX and CSV), parse/xls (legacy Excel .xls and
// WPS .et), parse/text (TXT and Markdown) and parse/image (images, through
// the OCR engine of parse/ocr, which parse/pdf uses for pages with no text
// layer; an OCR'd page is marked, Page.OCR, with its confidence and the
// spans read with low confidence, Document.LowConfidence). The readers
// share parse/model, which
// defines the document model, the builder, Normalize, the dates, the errors
// and the options; this package re-exports all of it under the same names
// (Document is model.Document), so callers import parse alone. A new format
// is a package with a Read function, an entry in the readers table and its
// extensions in Supported's table.
//
// # Safety
//
// Parse never panics and never hangs on bad input: readers run under a
// recover and a time limit (Options.Timeout), zip-based formats within a
// decompression budget (Options.MaxDecompressed), and every failure is an
// *Error naming the file and wrapping a cause such as ErrCorrupt,
// ErrEncrypted, ErrNoTextLayer or ErrTooLarge.
//
// The time limit stops the work, not only the wait for it: readers ask the
// context in their loops, and Parse, once the time is up, waits a moment
// for the reader to return. Third-party code that cannot be asked is
// bounded rather than abandoned: the PDF reader refuses the reference loops
// that would make github.com/ledongthuc/pdf spin or recurse without end (an
// xref /Prev chain leading back on itself, an object stream inside an
// object stream) before handing it the file, and hands it the file through
// a reader that fails every read once the time is up, so that the library
// stops at its next step. Running such code in a separate process would let
// it be killed outright, but costs a process start and a copy of the
// document per file; checking first and bounding what the library is given
// covers the loops known, and the failing reader ends the others.
//
// Documents are bounded too: Options.MaxParagraphs, MaxTableCells and
// MaxChars (characters of text) cap what the shared builder records, for
// every format, so that a small file that repeats one paragraph a million
// times, or a PDF of thousands of pages of text, is refused (ErrTooLarge)
// rather than built; Options.Budget bounds the text of several documents
// together (the files of one case). The PDF reader stops laying out pages
// once their text is past the bound. docs/interface.md, "Limits", lists
// the bounds and their messages.
package parse
