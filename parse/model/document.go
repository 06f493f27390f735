package model

// Format names the file format a document was read from.
type Format string

// Spreadsheet reports whether f is a spreadsheet format, whose documents
// are ledgers: XLSX, CSV and XLS.
func (f Format) Spreadsheet() bool {
	return f == FormatXLSX || f == FormatCSV || f == FormatXLS
}

// The formats Parse reads.
const (
	FormatPDF  Format = "pdf"
	FormatDOCX Format = "docx"
	FormatOFD  Format = "ofd"
	FormatHTML Format = "html"
	// FormatMHTML is a web page saved as one file (.mht, .mhtml), read as
	// the page it holds.
	FormatMHTML Format = "mhtml"
	// FormatWordXML is a Word document saved as one XML file: Word 2003's
	// XML document or a flat package (Word XML 文档).
	FormatWordXML  Format = "wordxml"
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatXLSX     Format = "xlsx"
	FormatCSV      Format = "csv"
	// FormatDOC is Word 97–2003 binary; FormatWPS is WPS text, the same
	// binary format, told apart by the .wps extension.
	FormatDOC Format = "doc"
	FormatWPS Format = "wps"
	FormatXLS Format = "xls" // Excel 97–2003 and WPS (.et) workbooks
	// FormatImage is a scanned or photographed page (JPEG, PNG, TIFF),
	// read by OCR.
	FormatImage Format = "image"
)

// Kind is what a document is for in a rectification case.
type Kind string

// The kinds Classify assigns, with their Chinese names (Chinese).
const (
	KindReport  Kind = "report"
	KindMinutes Kind = "minutes"
	KindLedger  Kind = "ledger"
	KindOther   Kind = "other"
)

var kindNames = map[Kind]string{KindReport: "整改报告", KindMinutes: "会议纪要", KindLedger: "台账", KindOther: "其他"}

// Chinese is the kind's Chinese name (整改报告, 会议纪要, 台账, 其他), as the
// pages and the command line show it; an unknown kind is its code.
func (k Kind) Chinese() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return string(k)
}

// Pos points at a span of text: the half-open range [Start, End) of code
// point (not byte) offsets into the normalised text of page Page (1-based).
// Every later stage carries a Pos back to the text it rests on.
type Pos struct {
	Page  int `json:"page"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Document is a parsed input file: its pages of normalised text, the
// paragraphs and tables found on them, and what the file appears to be.
type Document struct {
	File   string `json:"file"`
	Format Format `json:"format"`
	Kind   Kind   `json:"kind"`
	// Title is the document's own title (the first heading), if any.
	Title string `json:"title,omitempty"`
	// Date is the date the document states for itself (a meeting's date,
	// a report's signature date), as YYYY-MM-DD, or "" when none is stated.
	Date       string      `json:"date,omitempty"`
	Pages      []Page      `json:"pages"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Tables     []Table     `json:"tables,omitempty"`
}

// Page is one page of a document: a PDF or OFD page, one sheet of a
// spreadsheet, or the whole text of a format without pages.
type Page struct {
	Number int `json:"number"`
	// Text is the page's normalised text. Paragraphs and table rows are
	// separated by a newline; the cells of a table row by a tab.
	Text string `json:"text"`
	// Sheet is the sheet name when the page is a spreadsheet sheet.
	Sheet string `json:"sheet,omitempty"`
	// OCR is set when the page's text was recognised from an image (a
	// scanned PDF page or an image file) rather than read from a text
	// layer; OCRConfidence is then the recogniser's mean word confidence,
	// 0–100.
	OCR           bool    `json:"ocr,omitempty"`
	OCRConfidence float64 `json:"ocr_confidence,omitempty"`
	// LowConfidence lists the spans of an OCR'd page's text that were read
	// with a confidence below ocr.LowConfidence, in page order: a figure in
	// one of them may be misread (Document.LowConfidence).
	LowConfidence []OCRSpan `json:"low_confidence,omitempty"`
}

// OCRSpan is a span of an OCR'd page's text, [Start, End) in code points as
// in Pos, and the confidence (0–100) its words were read with.
type OCRSpan struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

// Paragraph is a block of text on one page: a body paragraph, a heading, or
// one row of a table.
type Paragraph struct {
	Pos
	Text string `json:"text"`
	// Level is 1 for a title or top heading, 2.. for lower headings and 0
	// for body text, as far as the format tells.
	Level int `json:"level,omitempty"`
	// Table is the 1-based index into Document.Tables of the table this
	// paragraph is a row of, or 0.
	Table int `json:"table,omitempty"`
}

// Table is a table from a document or a spreadsheet sheet.
type Table struct {
	Page int `json:"page"`
	// Sheet is the spreadsheet sheet name, "" for tables inside documents.
	Sheet string `json:"sheet,omitempty"`
	// Title holds the text of any title rows above the header.
	Title string `json:"title,omitempty"`
	// HeaderRow is the row number of the header row (see Row.Number), 0 if
	// the table has no recognisable header.
	HeaderRow int    `json:"header_row,omitempty"`
	Header    []Cell `json:"header,omitempty"`
	// Rows are the data rows below the header (all rows when there is no
	// header). Blank rows are left out; their numbers are skipped.
	Rows []Row `json:"rows"`
}

// Row is one table row.
type Row struct {
	// Number is the row's number as the source numbers it: the sheet row
	// for XLSX (1-based, title rows included), the line for CSV, and the
	// 1-based row within the table for document tables.
	Number int    `json:"number"`
	Cells  []Cell `json:"cells"`
}

// Cell is one table cell. Cells keep their column: an empty cell is present
// with empty Text.
type Cell struct {
	Text string `json:"text"`
	// Date is set (YYYY-MM-DD) when the cell holds a date: a spreadsheet
	// date cell, an Excel serial date, or a written date such as 2021年3月2日.
	Date string `json:"date,omitempty"`
	Pos  Pos    `json:"pos"`
}

// Cell returns the text of cell i of the row, or "" when the row is shorter.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i].Text
}

// Slice returns the text a Pos points at, or "" when it points outside the
// document.
func (d *Document) Slice(p Pos) string {
	if p.Page < 1 || p.Page > len(d.Pages) {
		return ""
	}
	r := []rune(d.Pages[p.Page-1].Text)
	if p.Start < 0 || p.End > len(r) || p.Start > p.End {
		return ""
	}
	return string(r[p.Start:p.End])
}

// LowConfidence reports whether the text p points at was recognised by OCR
// with low confidence (it overlaps a span of Page.LowConfidence), and the
// lowest confidence of the spans it overlaps. A finding that rests on such
// a figure should say so ("此数字为OCR识别，置信度低").
func (d *Document) LowConfidence(p Pos) (confidence float64, low bool) {
	if p.Page < 1 || p.Page > len(d.Pages) {
		return 0, false
	}
	for _, s := range d.Pages[p.Page-1].LowConfidence {
		if s.Start < p.End && p.Start < s.End || p.Start == p.End && s.Start <= p.Start && p.Start < s.End {
			if !low || s.Confidence < confidence {
				confidence = s.Confidence
			}
			low = true
		}
	}
	return confidence, low
}

// Text returns the whole document's text, pages separated by a form feed.
func (d *Document) Text() string {
	n := 0
	for _, p := range d.Pages {
		n += len(p.Text) + 1
	}
	buf := make([]byte, 0, n)
	for i, p := range d.Pages {
		if i > 0 {
			buf = append(buf, '\f')
		}
		buf = append(buf, p.Text...)
	}
	return string(buf)
}
