package model

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Builder assembles a Document from what a reader finds. Readers hand it raw
// text; it normalises every piece once and records offsets, so offsets are
// always into the normalised page text. One reader uses a Builder, on one
// goroutine.
type Builder struct {
	doc   *Document
	text  strings.Builder // text of the current page
	runes int             // code points in text
	open  bool            // a page is open
	sheet string
	// OCR marks of the open page (MarkOCR, LowConfidence).
	ocr     bool
	ocrConf float64
	low     []OCRSpan

	// Bounds (Options.MaxPages, MaxParagraphs, MaxTableCells, MaxChars,
	// Budget), what has been recorded against them (chars: the document's
	// characters; taken: those taken from the budget so far), and the
	// first bound passed.
	maxPages, maxParas, maxCells, maxChars int
	cells, chars, taken                    int
	budget                                 *Budget
	err                                    error
}

// NewBuilder starts the document of the file called file, read as format f,
// within the default bounds (see Limit).
func NewBuilder(file string, f Format) *Builder {
	b := &Builder{doc: &Document{File: file, Format: f, Kind: KindOther}}
	b.Limit(Options{})
	return b
}

// Limit sets the bounds of the document from o (zero fields: the
// defaults): its pages, its paragraphs and table rows, its table cells,
// its characters, and the budget shared with other documents. Past a bound
// the builder records nothing more and Err says which bound was passed; a
// reader may ask Err to stop early.
func (b *Builder) Limit(o Options) {
	o = o.WithDefaults()
	b.maxPages, b.maxParas, b.maxCells, b.maxChars = o.MaxPages, o.MaxParagraphs, o.MaxTableCells, o.MaxChars
	b.budget = o.Budget
}

// TooMuchText is the error of a document with more than max characters
// (Options.MaxChars); readers that count the text before handing it to the
// builder (the PDF reader) return it too.
func TooMuchText(max int) error {
	return Cause(ErrTooMuchText, "more than %d characters of text", max)
}

// budgetStep is how many characters the builder counts before it takes
// them from the budget: one atomic addition per step, not per write.
const budgetStep = 1 << 14

// settle takes from the budget the characters written since the last
// time.
func (b *Builder) settle() {
	if b.budget == nil || b.chars == b.taken {
		return
	}
	n := b.chars - b.taken
	b.taken = b.chars
	if !b.budget.take(n) && b.err == nil {
		b.err = b.budget.Err()
	}
}

// Abandon gives back to the budget what the document took from it: the
// document is not kept (it failed to be read).
func (b *Builder) Abandon() {
	if b.budget != nil {
		b.budget.giveBack(b.taken)
		b.taken = 0
	}
}

// Err returns the error of the first bound passed (wrapping ErrTooLarge),
// or nil.
func (b *Builder) Err() error { return b.err }

// full reports whether the document is past a bound, after checking that
// adding paras paragraphs and cells cells keeps it within them.
func (b *Builder) full(paras, cells int) bool {
	if b.err != nil {
		return true
	}
	switch {
	case len(b.doc.Paragraphs)+paras > b.maxParas:
		b.err = TooManyParagraphs(b.maxParas)
	case b.cells+cells > b.maxCells:
		b.err = Cause(ErrTooLarge, "more than %d table cells", b.maxCells)
	}
	return b.err != nil
}

// Page starts a new page (closing any open one). sheet names a spreadsheet
// sheet, "" otherwise.
func (b *Builder) Page(sheet string) {
	pages := len(b.doc.Pages) // closed, and the open one below
	if b.open {
		pages++
	}
	if b.err == nil && pages+1 > b.maxPages {
		b.err = Cause(ErrTooManyPages, "more than %d pages", b.maxPages)
	}
	if b.err != nil {
		return
	}
	b.flush()
	b.open = true
	b.sheet = sheet
}

func (b *Builder) ensurePage() {
	if !b.open {
		b.Page("")
	}
}

func (b *Builder) flush() {
	if !b.open {
		return
	}
	b.doc.Pages = append(b.doc.Pages, Page{Number: len(b.doc.Pages) + 1, Text: b.text.String(), Sheet: b.sheet,
		OCR: b.ocr, OCRConfidence: b.ocrConf, LowConfidence: b.low})
	b.text.Reset()
	b.runes = 0
	b.open = false
	b.settle()
	b.ocr, b.ocrConf, b.low = false, 0, nil
}

// MarkOCR marks the open page (opening one if none is) as recognised by
// OCR, with the mean word confidence conf (0–100).
func (b *Builder) MarkOCR(conf float64) {
	if b.ensurePage(); b.err != nil {
		return
	}
	b.ocr, b.ocrConf = true, conf
}

// LowConfidence records that [start, end) of the open page's text (code
// points, as a Pos of a paragraph ParagraphAt added) was recognised with
// confidence conf, below the recogniser's threshold.
func (b *Builder) LowConfidence(start, end int, conf float64) {
	if b.err != nil || !b.open || start < 0 || end > b.runes || start >= end {
		return
	}
	// The spans stay in order and apart (Page.LowConfidence): one that
	// overlaps the last keeps only what follows it.
	if n := len(b.low); n > 0 && start < b.low[n-1].End {
		if start = b.low[n-1].End; start >= end {
			return
		}
	}
	if n := len(b.low); n > 0 && b.low[n-1].End == start && b.low[n-1].Confidence == conf {
		b.low[n-1].End = end
		return
	}
	b.low = append(b.low, OCRSpan{Start: start, End: end, Confidence: conf})
}

// Format is the format of the document being built (a reader of more than
// one format, like text's of TXT and Markdown, asks it which one it reads).
func (b *Builder) Format() Format { return b.doc.Format }

// pageNo is the number the open page will get.
func (b *Builder) pageNo() int { return len(b.doc.Pages) + 1 }

// write appends normalised text to the page and returns its span.
func (b *Builder) write(s string) Pos {
	p := Pos{Page: b.pageNo(), Start: b.runes}
	b.text.WriteString(s)
	n := utf8.RuneCountInString(s)
	b.runes += n
	p.End = b.runes
	if b.chars += n; b.chars > b.maxChars && b.err == nil {
		b.err = TooMuchText(b.maxChars)
	}
	if b.budget != nil && b.chars-b.taken >= budgetStep {
		b.settle()
	}
	return p
}

// newline separates blocks on a page.
func (b *Builder) newline() {
	if b.runes > 0 {
		b.write("\n")
	}
}

// Paragraph adds a block of text; level is 0 for body text, 1.. for headings.
// Empty text after normalisation adds nothing.
func (b *Builder) Paragraph(raw string, level int) {
	b.ParagraphAt(raw, level)
}

// ParagraphAt adds a block of text like Paragraph and returns what it
// added: the normalised text and its span; ok is false when nothing was
// added (empty text, or a bound passed).
func (b *Builder) ParagraphAt(raw string, level int) (text string, pos Pos, ok bool) {
	if b.err != nil {
		return "", Pos{}, false
	}
	s := Normalize(raw)
	if s == "" || b.full(1, 0) {
		return "", Pos{}, false
	}
	if b.ensurePage(); b.err != nil {
		return "", Pos{}, false
	}
	b.newline()
	if pos = b.write(s); b.err != nil { // past the bound of the text
		return "", Pos{}, false
	}
	b.doc.Paragraphs = append(b.doc.Paragraphs, Paragraph{Pos: pos, Text: s, Level: level})
	return s, pos, true
}

// RawCell is a table cell as a reader finds it.
type RawCell struct {
	Text string
	Date string // YYYY-MM-DD when the reader knows the cell is a date
}

// RawRow is a table row as a reader finds it; Number is the source's row
// number (0: number rows 1.. within the table).
type RawRow struct {
	Number int
	Cells  []RawCell
}

// Table adds a table: each non-blank row becomes one line of the page, cells
// separated by tabs, and one Paragraph. Title rows (a single distinct value)
// above the first row of two or more cells are the title; that row is the
// header.
func (b *Builder) Table(rows []RawRow) {
	cells := 0
	for _, rr := range rows {
		cells += len(rr.Cells)
	}
	if b.full(len(rows), cells) {
		return
	}
	b.cells += cells
	if b.ensurePage(); b.err != nil {
		return
	}
	t := Table{Page: b.pageNo(), Sheet: b.sheet}
	idx := len(b.doc.Tables) + 1
	headerFound := false
	var titles []string
	for i, rr := range rows {
		num := rr.Number
		if num == 0 {
			num = i + 1
		}
		cells := make([]Cell, len(rr.Cells))
		blank := true
		for j, rc := range rr.Cells {
			cells[j].Text = Normalize(rc.Text)
			cells[j].Date = rc.Date
			if cells[j].Text != "" {
				blank = false
				if cells[j].Date == "" {
					if d, ok := ParseDate(cells[j].Text); ok {
						cells[j].Date = d.Format(DateLayout)
					}
				}
			}
		}
		if blank {
			continue
		}
		// The row's line: cells joined by tabs; trailing empty cells are not
		// written but keep their (empty) positions at the line's end.
		b.newline()
		lineStart := b.runes
		last := len(cells) - 1
		for last >= 0 && cells[last].Text == "" {
			last--
		}
		for j := range cells {
			if j > 0 && j <= last {
				b.write("\t")
			}
			if j <= last {
				cells[j].Pos = b.write(cells[j].Text)
			} else {
				cells[j].Pos = Pos{Page: b.pageNo(), Start: b.runes, End: b.runes}
			}
		}
		if b.err != nil { // past the bound of the text
			return
		}
		line := Pos{Page: b.pageNo(), Start: lineStart, End: b.runes}
		b.doc.Paragraphs = append(b.doc.Paragraphs, Paragraph{Pos: line, Text: joinCells(cells[:last+1]), Table: idx})
		row := Row{Number: num, Cells: cells}
		if !headerFound {
			if distinct(cells) >= 2 {
				headerFound = true
				t.HeaderRow = num
				t.Header = cells
				t.Title = strings.Join(titles, " ")
				continue
			}
			titles = append(titles, joinCells(cells[:last+1]))
		}
		t.Rows = append(t.Rows, row)
	}
	if !headerFound {
		t.Title = ""
	} else {
		// Title rows were provisionally kept as rows; drop them.
		kept := t.Rows[:0]
		for _, r := range t.Rows {
			if r.Number > t.HeaderRow {
				kept = append(kept, r)
			}
		}
		t.Rows = kept
	}
	if len(t.Rows) == 0 && !headerFound {
		return
	}
	b.doc.Tables = append(b.doc.Tables, t)
}

func joinCells(cells []Cell) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = c.Text
	}
	return strings.Join(parts, "\t")
}

// distinct counts the distinct non-empty cell texts (a merged title row
// repeated across columns counts once).
func distinct(cells []Cell) int {
	seen := map[string]bool{}
	for _, c := range cells {
		if c.Text != "" {
			seen[c.Text] = true
		}
	}
	return len(seen)
}

// Finish closes the last page and returns the document.
func (b *Builder) Finish() *Document {
	b.flush()
	joinContinued(b.doc)
	return b.doc
}

// joinContinued makes one table of a document's table and its continuation
// on the next page: the table right after it, one page on, as wide, whose
// numbered rows number on from the last (2, then 3) — the header repeated
// or not — with nothing between the two but short lines (a page number,
// not a heading). A first row whose number is empty while the last row's
// is not is the rest of that row, split by the page break, and so is a
// one-value line taken for the next table's title: its text goes on the
// end of the last row's cells (whose positions stay those of their
// start). The rows carried over are numbered on from the last. Tables
// with no column of numbers are left as they are.
func joinContinued(d *Document) {
	for bi := 1; bi < len(d.Tables); bi++ {
		a, c := &d.Tables[bi-1], &d.Tables[bi]
		col, rows, ok := continues(d, bi-1, bi)
		if !ok {
			continue
		}
		prev := &a.Rows[len(a.Rows)-1]
		if c.Title != "" {
			// The rest of the split row, read as a title: to its longest cell.
			k := 0
			for j := range prev.Cells {
				if utf8.RuneCountInString(prev.Cells[j].Text) > utf8.RuneCountInString(prev.Cells[k].Text) {
					k = j
				}
			}
			if len(prev.Cells) > 0 {
				prev.Cells[k].Text += c.Title
			}
		}
		if first := rows[0]; first.Cell(col) == "" && prev.Cell(col) != "" {
			for j, cell := range first.Cells {
				if j < len(prev.Cells) && cell.Text != "" {
					prev.Cells[j].Text += cell.Text
				}
			}
			rows = rows[1:]
		}
		n := prev.Number
		for _, r := range rows {
			n++
			r.Number = n
			a.Rows = append(a.Rows, r)
		}
		d.Tables = append(d.Tables[:bi], d.Tables[bi+1:]...)
		for i := range d.Paragraphs {
			switch t := d.Paragraphs[i].Table; {
			case t == bi+1:
				d.Paragraphs[i].Table = bi
			case t > bi+1:
				d.Paragraphs[i].Table--
			}
		}
		bi-- // the joined table may go on further
	}
}

// reTableTitle finds the words of a table's own title (表2, 整改情况一览表,
// 问题清单): a table under one starts anew.
var reTableTitle = regexp.MustCompile(`^(附)?表\s*[0-9０-９一二三四五六七八九十]|一览表|统计表|情况表|明细表|清单|台账`)

// continues tells whether table j of d continues table i (both 0-based) on
// the next page (see joinContinued), and gives the column of their numbers
// and the rows of j carried over: its header too when it is no repeat of
// i's (what was taken for a header is then the next row).
func continues(d *Document, i, j int) (int, []Row, bool) {
	a, c := d.Tables[i], d.Tables[j]
	if a.Sheet != "" || c.Sheet != "" || len(a.Rows) == 0 || len(c.Rows) == 0 || c.Page != lastPage(a)+1 ||
		rowWidth(a) != rowWidth(c) || c.Title != "" && !strings.HasPrefix(c.Title, "\t") && reTableTitle.MatchString(c.Title) {
		return 0, nil, false
	}
	col := numberColumn(a)
	if col < 0 {
		return 0, nil, false
	}
	rows := c.Rows
	if c.HeaderRow != 0 && !sameCells(c.Header, a.Header) {
		rows = append([]Row{{Number: c.HeaderRow, Cells: c.Header}}, rows...)
	}
	last := lastNumber(a, col)
	next := -1
	for _, r := range rows {
		if v := r.Cell(col); v != "" {
			next, _ = strconv.Atoi(v)
			break
		}
	}
	if last < 0 || next != last+1 {
		return 0, nil, false
	}
	// Nothing but short lines between the two, none of them a heading.
	lastA, firstC := -1, -1
	for k, p := range d.Paragraphs {
		if p.Table == i+1 {
			lastA = k
		}
		if p.Table == j+1 && firstC < 0 {
			firstC = k
		}
	}
	if lastA < 0 || firstC < lastA {
		return 0, nil, false
	}
	for _, p := range d.Paragraphs[lastA+1 : firstC] {
		if p.Table != 0 || p.Level > 0 || utf8.RuneCountInString(p.Text) > 12 || HeadingNumberLevel(p.Text) > 0 {
			return 0, nil, false
		}
	}
	return col, rows, true
}

// lastPage is the page a table ends on: that of its last row (a table
// joined over page breaks begins on an earlier one).
func lastPage(t Table) int {
	for _, c := range t.Rows[len(t.Rows)-1].Cells {
		if c.Pos.Page > 0 {
			return c.Pos.Page
		}
	}
	return t.Page
}

// sameCells tells two rows of the same texts.
func sameCells(x, y []Cell) bool {
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if x[k].Text != y[k].Text {
			return false
		}
	}
	return true
}

// numberColumn returns the column of a table's row numbers: the one headed
// 序号 (编号, 序), else the first whose cells, two or more, are whole
// numbers; -1 when none is.
func numberColumn(t Table) int {
	for k, h := range t.Header {
		if s := strings.TrimSpace(h.Text); s == "序号" || s == "编号" || s == "序" {
			return k
		}
	}
	for k := 0; k < rowWidth(t); k++ {
		n := 0
		for _, r := range t.Rows {
			if v := r.Cell(k); v != "" {
				if _, err := strconv.Atoi(v); err != nil {
					n = -1
					break
				}
				n++
			}
		}
		if n >= 2 {
			return k
		}
	}
	return -1
}

// lastNumber returns the last number in column col of t's rows, -1 when
// none.
func lastNumber(t Table, col int) int {
	for k := len(t.Rows) - 1; k >= 0; k-- {
		if v := t.Rows[k].Cell(col); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return -1
			}
			return n
		}
	}
	return -1
}

// rowWidth is the number of cells of a table's header, else of its first row.
func rowWidth(t Table) int {
	if len(t.Header) > 0 {
		return len(t.Header)
	}
	return len(t.Rows[0].Cells)
}
