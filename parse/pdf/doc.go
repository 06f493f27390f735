// Package pdf is parse's reader of PDF files: it reads the text layer.
//
// The file is opened with github.com/ledongthuc/pdf, after the frame is
// fixed where that commonly stops it (junk before the header or after
// %%EOF, a PDF 2.0 header) and, when the cross-reference table is damaged,
// with a table rebuilt by scanning the file. For each page this package
// interprets the content streams itself (and the form XObjects they draw):
// fonts are decoded through ToUnicode CMaps, predefined CJK CMaps or simple
// encodings, lines are rebuilt from glyph positions, ordered into columns
// by cutting at gutters, tables are picked out (ruled ones, and text
// aligned in columns without rules), and lines are grouped
// into paragraphs by indent, gaps and a change of size or font; headings
// are told from the body by size and weight. Pages are read on up to four
// goroutines, within the budgets of model.Options and a cap on drawing
// operators. Reference loops the library would follow without end are
// refused first (loops.go), and when the context is done the interpreter,
// the page loop and the library's reads of the file stop.
//
// A page that draws an image and has (almost) no text is a scan: it is
// rendered by pdftoppm and its text recognised by parse/ocr (scan.go), and
// marked as OCR'd in the document. Without Tesseract installed, a file of
// scans only is an error wrapping model.ErrNoTextLayer and model.ErrNoOCR
// (the message names the packages to install); scanned pages among pages
// with a text layer then stay empty. A file with no text, or mostly
// characters that no font maps to Unicode, is an error
// (model.ErrNoTextLayer, model.ErrUnsupported) rather than a document of
// garbage. The notes below say what the interpreter does not
// handle.
package pdf

// BUG(pdf): Embedded font programs (FontFile, FontFile2, FontFile3) are not
// read. A glyph's text comes from the font's ToUnicode CMap, else from its
// encoding: a base encoding, the glyph names of /Differences (uniXXXX,
// uXXXX, common Adobe Glyph List names, single letters) or a predefined
// CMap. Subset fonts that name glyphs g12 or cid123 and carry no ToUnicode
// give no text for them.

// BUG(pdf): A composite (Type0) font without a usable ToUnicode CMap gives
// text only when its CMap is a predefined Unicode (Uni…-UCS2, -UTF16,
// -UTF8, -UTF32) or legacy-encoding one (GB…, B5…, ETen…, HKscs…, …RKSJ…,
// EUC-…, KSC…). With Identity-H, Identity-V or an embedded CMap the codes
// are CIDs, and CIDs are not mapped to Unicode through the Adobe character
// collections (Adobe-GB1 and the others): such text counts as undecodable.

// BUG(pdf): StandardEncoding and PDFDocEncoding as a simple font's base
// encoding (and a font with none, which is taken to be Standard) are read
// for printable ASCII only (0x20–0x7E); their codes above 0x7E give no text
// unless /Differences or ToUnicode name them. MacExpertEncoding is read as
// StandardEncoding. The built-in encodings of Symbol and ZapfDingbats are
// not known.

// BUG(pdf): Type3 glyph procedures are not run: a Type3 font's text comes
// only from its ToUnicode CMap or the glyph names of its encoding.

// BUG(pdf): Vertical writing is not supported: WMode and the vertical
// metrics (W2, DW2) are not read, and Identity-V is split like Identity-H,
// so every glyph advances along the text space's x axis by its horizontal
// width, as in horizontal text.

// BUG(pdf): Only the text direction held by most glyphs of a page is kept
// (the page is turned so that it runs left to right); text running in
// another direction, such as a diagonal watermark or a label turned on its
// side, is dropped.

// BUG(pdf): The text rendering mode (Tr), clipping paths and optional
// content (marked content /OC) are ignored: invisible text, such as the
// OCR layer laid over a scanned page, text clipped away and text in hidden
// layers are all read like visible text.

// BUG(pdf): Annotations and form fields (/Annots, AcroForm) are not read:
// only the page's content streams and the form XObjects they draw.

// BUG(pdf): A table laid out without ruling lines is found only when its
// cells are left-aligned in at least three columns that no line of its text
// crosses, over at least three rows (textable.go); a smaller ruleless table
// comes out as lines of text. Cells centred in rows several lines tall are
// told from cells set at the top only when two rows or more show it (a
// wrapped cell's two halves around the row's line); cells set at the bottom
// of rows set close (padding under a fifth of a line) have their first lines
// read into the row above. The
// tail of a ruleless table carried over to the next page in fewer than
// three lines is read in the columns of the table that ends the page
// before (carryTables) only when nothing but a page number stands under
// that table and the next page opens on the tail; a ruled table's tail is
// found by its own rules. Either way the tail is a table of its own, which
// extract's ledger reading joins to the one before.

// BUG(pdf): A damaged cross-reference table is rebuilt by scanning the file
// for "N G obj"; objects stored inside object streams cannot be found that
// way, and when the catalog is one of them the file is reported damaged.

// BUG(pdf): Encryption other than the standard security handler's RC4 and
// AES-128 (which github.com/ledongthuc/pdf implements) and AES-256 (V 5,
// revisions 5 and 6, decrypted in place before the library reads the file:
// aes256.go) fails with model.ErrEncrypted, even where no password would be
// needed; so does any file that needs a user password, since none can be
// given.
