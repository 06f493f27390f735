// Package docx is parse's reader of DOCX (WordprocessingML) files.
//
// The main document part is read as a stream of XML tokens. Body paragraphs
// become paragraphs, w:tbl elements become tables in document order (a table
// nested in a cell is flattened into the cell's text, but a frame table —
// one cell wide — around a nested table gives way to what its cells hold,
// paragraphs and tables), and text boxes become
// paragraphs after the paragraph that anchors them. Deleted text, field
// instructions, hidden text and the VML fallback copies of text boxes are
// left out. The numbers of automatically numbered paragraphs (the numbering
// part: 一、 （一） 1. （1）) are counted as Word counts them and start the
// paragraphs' text (numbering.go). Headers, footers, footnotes and comments
// are not read. A DOCX has no reliable pages, so the whole text is one page.
package docx

import (
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/internal/safezip"
	"github.com/zhenggai/zhenggai/parse/internal/xmlpart"
	"github.com/zhenggai/zhenggai/parse/model"
)

// Namespaces the reader tells apart.
const (
	ns       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	strictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mathNS   = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	mcNS     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// Bounds on what a hostile document can make the reader keep.
const (
	maxDepth      = 1024 // nesting of elements the reader descends into
	maxFieldDepth = 64   // nesting of complex fields
	maxGridCols   = 1000
	maxStyleChain = 32
)

// errTooDeep stops a descent past maxDepth.
var errTooDeep = errors.New("elements nested too deeply")

// Read reads a DOCX file into b.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	z, err := safezip.Open(data, o.MaxDecompressed)
	if err != nil {
		return err
	}
	main := mainPart(z)
	if !z.Has(main) {
		return model.Cause(model.ErrCorrupt, "%s: main document part is missing", main)
	}
	// Broken styles cost headings, and a broken numbering part the numbers,
	// not the text: they are ignored.
	sdata, err := relatedPart(z, main, "/styles", "styles.xml")
	if err != nil {
		return err
	}
	ndata, err := relatedPart(z, main, "/numbering", "numbering.xml")
	if err != nil {
		return err
	}
	ddata, err := z.Read(main)
	if err != nil {
		return err
	}
	return readParts(ctx, b, o, main, ddata, sdata, ndata)
}

// readParts reads a document from its main part (ddata, named main in
// messages) with its styles and numbering parts (either may be nil).
func readParts(ctx context.Context, b *model.Builder, o model.Options, main string, ddata, sdata, ndata []byte) error {
	r := newReader(ctx, o)
	if sdata != nil {
		r.loadStyles(sdata)
	}
	if ndata != nil {
		r.numbering = loadNumbering(ndata)
	}
	if err := r.readDocument(ddata); err != nil {
		return documentError(main, err)
	}
	r.assignLevels()
	r.emit(b, r.blocks)
	return ctx.Err()
}

func newReader(ctx context.Context, o model.Options) *reader {
	return &reader{ctx: ctx, maxParas: o.WithDefaults().MaxParagraphs, styles: map[string]*style{}, sizeRunes: map[int]int{}, fontRunes: map[string]int{}}
}

// documentError is the error of a main part that could not be read: a
// limit or a cancellation as it is, anything else damage.
func documentError(main string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, model.ErrTooLarge) {
		return err
	}
	return model.Cause(model.ErrCorrupt, "%s: %v", main, err)
}

// mainPart finds the main document part through the package
// relationships, falling back to the usual name.
func mainPart(z *safezip.Archive) string {
	if t := relTarget(z, "", "/officeDocument"); t != "" && z.Has(t) {
		return t
	}
	return "word/document.xml"
}

// relatedPart reads the part that main's relationship of type typeSuffix
// names, else the part called name beside main; nil when there is none.
func relatedPart(z *safezip.Archive, main, typeSuffix, name string) ([]byte, error) {
	part := relTarget(z, main, typeSuffix)
	if part == "" {
		part = path.Join(path.Dir(main), name)
	}
	if !z.Has(part) {
		return nil, nil
	}
	return z.Read(part)
}

// relTarget returns the target of the first relationship of part whose
// type ends in typeSuffix, as a package path, or "". part "" means the
// package itself (_rels/.rels).
func relTarget(z *safezip.Archive, part, typeSuffix string) string {
	relsName := "_rels/.rels"
	if part != "" {
		relsName = path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
	}
	if !z.Has(relsName) {
		return ""
	}
	data, err := z.Read(relsName)
	if err != nil {
		return ""
	}
	var rels struct {
		Rel []struct {
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &rels) != nil {
		return ""
	}
	for _, rel := range rels.Rel {
		if !strings.HasSuffix(rel.Type, typeSuffix) || strings.EqualFold(rel.TargetMode, "External") {
			continue
		}
		t := strings.ReplaceAll(rel.Target, "\\", "/")
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(path.Clean(t), "/")
		}
		return strings.TrimPrefix(path.Clean(path.Join(path.Dir(part), t)), "/")
	}
	return ""
}

// style is what the reader needs of a paragraph or character style.
type style struct {
	basedOn string
	level   int // heading level from the name or outline level, 0 none
	outline int // w:outlineLvl + 1, 0 unset, 10 body text
	bold    int // 0 unset, 1 bold, -1 not bold
	size    int // half-points, 0 unset
	font    string
	numID   string // w:numPr of the paragraph style, "" none
	ilvl    int
}

// runProps are the properties of the run being read.
type runProps struct {
	bold   int
	size   int
	font   string
	hidden bool
}

// block is a paragraph or a table, in document order.
type block struct {
	para  *para
	table []model.RawRow
}

// para is a paragraph as read, with what the heading heuristics need.
type para struct {
	text    strings.Builder
	style   string
	outline int    // w:outlineLvl + 1, 0 unset, 10 body text
	center  bool   // w:jc center
	level   int    // assigned level
	numID   string // w:numPr/w:numId, "" unset
	ilvl    int    // w:numPr/w:ilvl, -1 unset
	// Character statistics over the paragraph's visible text.
	runes     int
	boldRunes int
	maxSize   int
	font      string // the one East Asian font of all text, "" when mixed
	mixedFont bool
	extra     []block // text boxes anchored in the paragraph
	label     string  // the number Word 2003 XML writes for the paragraph (w:listPr/wx:t)
}

type reader struct {
	ctx context.Context
	// Blocks read, and those with text, against maxParas
	// (Options.MaxParagraphs).
	blocksRead, textBlocks, maxParas int
	dec                              *xml.Decoder
	tokens                           int
	depth                            int

	styles       map[string]*style
	defaultStyle string
	numbering    *numbering // nil without a numbering part
	defaults     runProps

	fields []bool // open complex fields: true while in the instruction part
	run    runProps
	blocks []block

	sizeRunes map[int]int    // runes per font size, for the body size
	fontRunes map[string]int // runes per East Asian font, for the body font
}

// xmlStyles is a styles part (w:styles), or the w:styles element of a Word
// 2003 XML document.
type xmlStyles struct {
	Defaults struct {
		RPr xmlRPr `xml:"rPrDefault>rPr"`
	} `xml:"docDefaults"`
	Styles []struct {
		Type    string `xml:"type,attr"`
		ID      string `xml:"styleId,attr"`
		Default string `xml:"default,attr"`
		Name    val    `xml:"name"`
		BasedOn val    `xml:"basedOn"`
		Outline *val   `xml:"pPr>outlineLvl"`
		NumPr   *struct {
			Ilvl  *val `xml:"ilvl"`
			NumID *val `xml:"numId"`
		} `xml:"pPr>numPr"`
		RPr xmlRPr `xml:"rPr"`
	} `xml:"style"`
}

func (r *reader) loadStyles(data []byte) {
	var doc xmlStyles
	if xmlpart.NewDecoder(data).Decode(&doc) != nil {
		return
	}
	r.useStyles(&doc)
}

// decodeStyles reads the w:styles element whose start was just read; broken
// styles cost headings, not the text.
func (r *reader) decodeStyles(start xml.StartElement) {
	var doc xmlStyles
	if r.dec.DecodeElement(&doc, &start) == nil {
		r.useStyles(&doc)
	}
}

func (r *reader) useStyles(doc *xmlStyles) {
	r.defaults = doc.Defaults.RPr.props()
	for _, s := range doc.Styles {
		if s.Type != "" && s.Type != "paragraph" && s.Type != "character" {
			continue
		}
		p := s.RPr.props()
		st := &style{basedOn: s.BasedOn.Val, bold: p.bold, size: p.size, font: p.font}
		if s.Outline != nil {
			if n, err := strconv.Atoi(s.Outline.Val); err == nil && n >= 0 && n <= 9 {
				st.outline = n + 1
			}
		}
		if s.NumPr != nil && s.NumPr.NumID != nil {
			st.numID = s.NumPr.NumID.Val
			if s.NumPr.Ilvl != nil {
				st.ilvl, _ = strconv.Atoi(s.NumPr.Ilvl.Val)
			}
		}
		st.level = styleNameLevel(s.Name.Val)
		if st.level == 0 {
			st.level = styleNameLevel(s.ID)
		}
		r.styles[s.ID] = st
		if s.Type == "paragraph" && (s.Default == "1" || s.Default == "true") {
			r.defaultStyle = s.ID
		}
	}
}

type val struct {
	Val string `xml:"val,attr"`
}

type xmlRPr struct {
	B     *val `xml:"b"`
	Sz    *val `xml:"sz"`
	Fonts *struct {
		EastAsia string `xml:"eastAsia,attr"`
		FarEast  string `xml:"fareast,attr"` // Word 2003 XML's name of it
		ASCII    string `xml:"ascii,attr"`
	} `xml:"rFonts"`
}

func (x xmlRPr) props() runProps {
	var p runProps
	if x.B != nil {
		p.bold = onOff(x.B.Val)
	}
	if x.Sz != nil {
		p.size, _ = strconv.Atoi(x.Sz.Val)
	}
	if x.Fonts != nil {
		p.font = x.Fonts.EastAsia
		if p.font == "" {
			p.font = x.Fonts.FarEast
		}
	}
	return p
}

// onOff reads an ST_OnOff value: absent or true means on.
func onOff(v string) int {
	switch v {
	case "0", "false", "off":
		return -1
	}
	return 1
}

var headingName = regexp.MustCompile(`^(?:heading|标题)\s*([1-9])$`)

// styleNameLevel gives the heading level a style's name or id implies.
func styleNameLevel(name string) int {
	// LibreOffice writes a space in a style's name as _20_ (Heading_20_1).
	n := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(name, "_20_", " ")))
	switch n {
	case "title", "标题":
		return 1
	case "subtitle", "副标题":
		return 2
	}
	if m := headingName.FindStringSubmatch(n); m != nil {
		return int(m[1][0] - '0')
	}
	return 0
}

// styleChain calls f for the style id and the styles it is based on, nearest
// first, until f returns true.
func (r *reader) styleChain(id string, f func(*style) bool) {
	for i := 0; i < maxStyleChain && id != ""; i++ {
		s := r.styles[id]
		if s == nil || f(s) {
			return
		}
		id = s.basedOn
	}
}

// token returns the next token, checking the context now and then.
func (r *reader) token() (xml.Token, error) {
	r.tokens++
	if r.tokens&1023 == 0 {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
	}
	tok, err := r.dec.Token()
	if err == io.EOF {
		return nil, io.ErrUnexpectedEOF
	}
	return tok, err
}

func (r *reader) readDocument(data []byte) error {
	r.dec = xmlpart.NewDecoder(data)
	se, err := firstElement(r.dec)
	if err == io.EOF {
		return errors.New("no document element")
	}
	if err != nil {
		return err
	}
	switch {
	case se.Name.Local == "document":
		return r.blockContent(&r.blocks, 0)
	case se.Name.Local == "wordDocument" && se.Name.Space == wordML2003NS:
		return r.wordDocument()
	}
	return errors.New("root element is <" + se.Name.Local + ">, not <document>")
}

// firstElement reads dec up to its first element (the root) and returns
// its start.
func firstElement(dec *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := dec.Token()
		if err != nil {
			return xml.StartElement{}, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

func isDocxNS(n xml.Name) bool {
	return n.Space == ns || n.Space == strictNS || n.Space == wordML2003NS || n.Space == ""
}

// skipped reports elements whose content is never text of the document.
func skipped(n xml.Name) bool {
	if n.Space == mcNS {
		return n.Local == "Fallback"
	}
	if !isDocxNS(n) {
		return false
	}
	switch n.Local {
	case "del", "moveFrom", "delText", "delInstrText", "instrText", "pPrChange", "rPrChange",
		"sectPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid", "tblPrEx", "trPr", "tcPr", "rt",
		"footnoteReference", "endnoteReference", "commentReference", "annotationRef",
		"headerReference", "footerReference", "background", "numPr",
		"footnote", "endnote": // Word 2003 XML writes a note in the run that cites it
		return true
	}
	return false
}

// skippedAnnotation tells a Word 2003 XML annotation that holds no text of
// the document: a comment or a deletion (an insertion's content is text).
func skippedAnnotation(t xml.StartElement) bool {
	if t.Name.Space != amlNS || t.Name.Local != "annotation" {
		return false
	}
	switch xmlpart.Attr(t, "type") {
	case "Word.Comment", "Word.Deletion":
		return true
	}
	return false
}

// enter and leave bound the depth of the reader's descent.
func (r *reader) enter() error {
	r.depth++
	if r.depth > maxDepth {
		return errTooDeep
	}
	return nil
}

func (r *reader) leave() { r.depth-- }

// blockContent reads the children of a block container (body, cell, text
// box, content control) up to its end tag, appending blocks to out.
// tableDepth counts the tables around the container.
func (r *reader) blockContent(out *[]block, tableDepth int) error {
	return r.elements(func(t xml.StartElement) error { return r.block(t, out, tableDepth) })
}

// block reads one child element of a block container: a paragraph, a table,
// or a transparent wrapper (content control, custom XML, tracked insertion)
// whose blocks count as the container's.
func (r *reader) block(t xml.StartElement, out *[]block, tableDepth int) error {
	switch {
	case skipped(t.Name) || skippedAnnotation(t):
		return r.dec.Skip()
	case isDocxNS(t.Name) && t.Name.Local == "p":
		p, err := r.paragraph(tableDepth)
		if err != nil {
			return err
		}
		if err := r.count(1, p.text.Len() > 0); err != nil {
			return err
		}
		*out = append(*out, block{para: p})
	case isDocxNS(t.Name) && t.Name.Local == "tbl":
		rows, inner, err := r.table(tableDepth + 1)
		if err != nil {
			return err
		}
		if inner != nil {
			*out = append(*out, inner...) // a frame: its content, counted as read
			return nil
		}
		if err := r.count(len(rows), true); err != nil {
			return err
		}
		*out = append(*out, block{table: rows})
	default:
		return r.blockContent(out, tableDepth)
	}
	return nil
}

// count counts n blocks read (paragraphs, or the rows of a table) against
// the document's bound, before the builder sees them: a file of a million
// paragraphs is refused once past the bound instead of being held whole.
// Empty paragraphs, which the builder drops, count against a bound four
// times larger.
func (r *reader) count(n int, text bool) error {
	r.blocksRead += n
	if text {
		r.textBlocks += n
	}
	if r.textBlocks > r.maxParas || r.blocksRead > 4*r.maxParas {
		return model.TooManyParagraphs(r.maxParas)
	}
	return nil
}

// elements calls f for each child element of the element whose start was
// just read, and returns at the element's end. f reads the child through
// its end tag (r.dec.Skip for one it leaves out).
func (r *reader) elements(f func(t xml.StartElement) error) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer r.leave()
	for {
		tok, err := r.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := f(t); err != nil {
				return err
			}
		}
	}
}

// paragraph reads a w:p after its start tag.
func (r *reader) paragraph(tableDepth int) (*para, error) {
	p := &para{ilvl: -1}
	saved := r.run
	r.run = runProps{}
	err := r.inline(p, tableDepth)
	r.run = saved
	return p, err
}

// inline reads the children of a paragraph-level element up to its end tag.
func (r *reader) inline(p *para, tableDepth int) error {
	return r.elements(func(t xml.StartElement) error {
		if skipped(t.Name) || skippedAnnotation(t) {
			return r.dec.Skip()
		}
		if t.Name.Space == mathNS && t.Name.Local == "t" {
			s, err := r.charData()
			if err != nil {
				return err
			}
			r.addText(p, s)
			return nil
		}
		if !isDocxNS(t.Name) {
			return r.inline(p, tableDepth)
		}
		switch t.Name.Local {
		case "pPr":
			if err := r.paraProps(p); err != nil {
				return err
			}
			if p.text.Len() == 0 {
				// The number of an automatically numbered paragraph
				// starts its text; it counts for no heading heuristic.
				p.text.WriteString(r.numberLabel(p))
			}
		case "rPr":
			if err := r.runProps(); err != nil {
				return err
			}
		case "r":
			saved := r.run
			r.run = runProps{}
			err := r.inline(p, tableDepth)
			r.run = saved
			if err != nil {
				return err
			}
		case "t":
			s, err := r.charData()
			if err != nil {
				return err
			}
			if !r.inInstruction() && !r.run.hidden {
				r.addText(p, s)
			}
		case "tab", "ptab":
			r.addText(p, "\t")
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case "br", "cr":
			r.addText(p, "\n")
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case "noBreakHyphen":
			r.addText(p, "-")
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case "sym":
			if s := symbol(xmlpart.Attr(t, "char")); s != "" {
				r.addText(p, s)
			}
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case "fldChar":
			r.fieldChar(xmlpart.Attr(t, "fldCharType"))
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case "txbxContent":
			if err := r.blockContent(&p.extra, tableDepth); err != nil {
				return err
			}
		case "p":
			// Only text boxes hold paragraphs inside paragraphs; a stray one
			// is read as such.
			q, err := r.paragraph(tableDepth)
			if err != nil {
				return err
			}
			p.extra = append(p.extra, block{para: q})
		case "tbl":
			rows, inner, err := r.table(tableDepth + 1)
			if err != nil {
				return err
			}
			if inner != nil {
				p.extra = append(p.extra, inner...)
				return nil
			}
			p.extra = append(p.extra, block{table: rows})
		default:
			// Hyperlinks, simple fields, smart tags, insertions, drawings
			// (which may hold text boxes) and the like are transparent.
			if err := r.inline(p, tableDepth); err != nil {
				return err
			}
		}
		return nil
	})
}

// charData reads the text of an element up to its end tag, ignoring any
// child elements.
func (r *reader) charData() (string, error) {
	var sb strings.Builder
	depth := 0
	for {
		tok, err := r.token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if depth == 0 {
				sb.Write(t)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return sb.String(), nil
			}
			depth--
		}
	}
}

func (r *reader) fieldChar(kind string) {
	switch kind {
	case "begin":
		if len(r.fields) < maxFieldDepth {
			r.fields = append(r.fields, true)
		}
	case "separate":
		if n := len(r.fields); n > 0 {
			r.fields[n-1] = false
		}
	case "end":
		if n := len(r.fields); n > 0 {
			r.fields = r.fields[:n-1]
		}
	}
}

func (r *reader) inInstruction() bool {
	for _, instr := range r.fields {
		if instr {
			return true
		}
	}
	return false
}

// symbol maps the character code of a w:sym (hex, often in the
// private-use range of a symbol font) to text.
func symbol(code string) string {
	n, err := strconv.ParseUint(code, 16, 32)
	if err != nil {
		return ""
	}
	c := rune(n)
	if c >= 0xF000 && c <= 0xF0FF {
		c -= 0xF000
		if s, ok := symbolFont[c]; ok {
			return s
		}
		if c >= 0x30 && c <= 0x39 {
			return string(c)
		}
		return ""
	}
	if !utf8.ValidRune(c) || unicode.IsControl(c) {
		return ""
	}
	return string(c)
}

// symbolFont holds the Symbol-font characters that matter in reports.
var symbolFont = map[rune]string{
	0x25: "%", 0x2B: "+", 0x2D: "-", 0x3C: "<", 0x3D: "=", 0x3E: ">",
	0xA3: "≤", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷",
	0xAE: "→", 0xD6: "√", 0xFC: "√", 0xA8: "■", 0x6C: "●", 0x6E: "■",
}

// paraProps reads a w:pPr.
func (r *reader) paraProps(p *para) error {
	return r.elements(func(t xml.StartElement) error {
		if !isDocxNS(t.Name) {
			return r.dec.Skip()
		}
		switch t.Name.Local {
		case "numPr":
			return r.eachChild(func(t xml.StartElement) {
				switch t.Name.Local {
				case "numId":
					p.numID = xmlpart.Attr(t, "val")
				case "ilvl":
					if n, err := strconv.Atoi(xmlpart.Attr(t, "val")); err == nil {
						p.ilvl = n
					}
				}
			})
		case "listPr":
			return r.listProps(p)
		case "pStyle":
			p.style = xmlpart.Attr(t, "val")
		case "outlineLvl":
			if n, err := strconv.Atoi(xmlpart.Attr(t, "val")); err == nil && n >= 0 && n <= 9 {
				p.outline = n + 1
			}
		case "jc":
			p.center = xmlpart.Attr(t, "val") == "center"
		}
		return r.dec.Skip()
	})
}

// numberLabel counts an automatically numbered paragraph and returns its
// label, "" for a paragraph without a number. Numbering given by the
// paragraph's style applies unless the paragraph sets its own.
func (r *reader) numberLabel(p *para) string {
	if p.label != "" {
		return p.label
	}
	if r.numbering == nil {
		return ""
	}
	numID, ilvl := p.numID, p.ilvl
	if numID == "" || ilvl < 0 {
		r.styleChain(p.style, func(s *style) bool {
			if s.numID == "" {
				return false
			}
			if numID == "" {
				numID = s.numID
			}
			if ilvl < 0 {
				ilvl = s.ilvl
			}
			return true
		})
	}
	return r.numbering.next(numID, max(ilvl, 0))
}

// eachChild calls f for each direct child element (in the
// WordprocessingML namespace) of the element whose start was just read,
// skipping what the child holds, and returns at the element's end.
func (r *reader) eachChild(f func(t xml.StartElement)) error {
	return r.elements(func(t xml.StartElement) error {
		if isDocxNS(t.Name) {
			f(t)
		}
		return r.dec.Skip()
	})
}

// runProps reads a w:rPr into r.run.
func (r *reader) runProps() error {
	return r.eachChild(func(t xml.StartElement) {
		switch t.Name.Local {
		case "b":
			r.run.bold = onOff(xmlpart.Attr(t, "val"))
		case "sz":
			r.run.size, _ = strconv.Atoi(xmlpart.Attr(t, "val"))
		case "rFonts":
			if f := cmp.Or(xmlpart.Attr(t, "eastAsia"), xmlpart.Attr(t, "fareast")); f != "" {
				r.run.font = f
			}
		case "vanish", "specVanish":
			r.run.hidden = onOff(xmlpart.Attr(t, "val")) > 0
		case "rStyle":
			// Character styles: take bold, size and font from them where
			// the run does not set its own.
			r.styleChain(xmlpart.Attr(t, "val"), func(s *style) bool {
				if r.run.bold == 0 {
					r.run.bold = s.bold
				}
				if r.run.size == 0 {
					r.run.size = s.size
				}
				if r.run.font == "" {
					r.run.font = s.font
				}
				return false
			})
		}
	})
}

// addText appends run text to the paragraph and counts its characters for
// the heading heuristics.
func (r *reader) addText(p *para, s string) {
	p.text.WriteString(s)
	n := 0
	for _, c := range s {
		if !unicode.IsSpace(c) {
			n++
		}
	}
	if n == 0 {
		return
	}
	run := r.effective(p)
	p.runes += n
	if run.bold > 0 {
		p.boldRunes += n
	}
	if run.size > p.maxSize {
		p.maxSize = run.size
	}
	switch {
	case p.runes == n:
		p.font = run.font
	case p.font != run.font:
		p.mixedFont = true
	}
	r.sizeRunes[run.size] += n
	r.fontRunes[run.font] += n
}

// effective resolves the current run's properties against the paragraph
// style and the document defaults.
func (r *reader) effective(p *para) runProps {
	run := r.run
	styleID := p.style
	if styleID == "" {
		styleID = r.defaultStyle
	}
	r.styleChain(styleID, func(s *style) bool {
		if run.bold == 0 {
			run.bold = s.bold
		}
		if run.size == 0 {
			run.size = s.size
		}
		if run.font == "" {
			run.font = s.font
		}
		return run.bold != 0 && run.size != 0 && run.font != ""
	})
	if run.size == 0 {
		run.size = r.defaults.size
	}
	if run.size == 0 {
		run.size = 21 // Word's built-in 10.5 pt
	}
	if run.font == "" {
		run.font = r.defaults.font
	}
	if run.bold == 0 {
		run.bold = r.defaults.bold
	}
	return run
}

// table reads a w:tbl after its start tag into rows, applying horizontal
// spans (the extra grid columns get empty cells) and vertical merges (a
// continuation cell repeats the text above it). A frame — a table no row of
// which has text in more than one cell, with a table nested in a cell (a
// bordered box laid around a table of figures) — returns instead, as
// inner, the blocks its cells hold, in order: its nested tables stay tables.
func (r *reader) table(tableDepth int) (rows []model.RawRow, inner []block, err error) {
	f := frame{}
	above := map[int]string{}
	err = r.tableRows(&rows, &f, above, tableDepth)
	if err == nil && f.nested && !f.data {
		return nil, f.blocks, nil
	}
	return rows, nil, err
}

// frame follows, as a table's rows are read, whether it is a frame around
// its content (see table).
type frame struct {
	blocks []block // the blocks of its cells, while it may be one
	nested bool    // a cell holds a table
	data   bool    // a row has text in more than one cell: a table of data
}

// add notes a row read.
func (f *frame) add(rw *row) {
	if f.data {
		return
	}
	filled := 0
	for _, c := range rw.list {
		if strings.TrimSpace(c.text) != "" {
			filled++
		}
		f.nested = f.nested || c.nested
		f.blocks = append(f.blocks, c.blocks...)
	}
	if filled > 1 {
		f.data, f.blocks = true, nil
	}
}

// tableRows reads table children (rows, possibly wrapped in content
// controls) up to the end tag.
func (r *reader) tableRows(rows *[]model.RawRow, f *frame, above map[int]string, tableDepth int) error {
	return r.elements(func(t xml.StartElement) error {
		switch {
		case skipped(t.Name):
			return r.dec.Skip()
		case !isDocxNS(t.Name) || t.Name.Local != "tr":
			return r.tableRows(rows, f, above, tableDepth)
		}
		row := &row{}
		if err := r.rowContent(row, tableDepth); err != nil {
			return err
		}
		if !row.deleted {
			*rows = append(*rows, row.cells(above))
			f.add(row)
		}
		return nil
	})
}

type cell struct {
	text   string
	span   int
	vMerge bool    // continuation of a vertically merged cell
	blocks []block // what the cell holds, paragraphs and tables
	nested bool    // a table is among blocks
}

type row struct {
	before  int
	deleted bool
	list    []cell
}

// cells lays the row out on the table grid.
func (row *row) cells(above map[int]string) model.RawRow {
	var out model.RawRow
	col := 0
	for i := 0; i < row.before && col < maxGridCols; i++ {
		out.Cells = append(out.Cells, model.RawCell{})
		col++
	}
	for _, c := range row.list {
		if col >= maxGridCols {
			break
		}
		text := c.text
		if c.vMerge && strings.TrimSpace(text) == "" {
			text = above[col]
		}
		above[col] = text
		out.Cells = append(out.Cells, model.RawCell{Text: text})
		col++
		for i := 1; i < c.span && col < maxGridCols; i++ {
			above[col] = ""
			out.Cells = append(out.Cells, model.RawCell{})
			col++
		}
	}
	return out
}

// rowContent reads a w:tr after its start tag.
func (r *reader) rowContent(row *row, tableDepth int) error {
	return r.elements(func(t xml.StartElement) error {
		switch {
		case isDocxNS(t.Name) && t.Name.Local == "trPr":
			return r.rowProps(row)
		case isDocxNS(t.Name) && t.Name.Local == "tc":
			c, err := r.cell(tableDepth)
			if err != nil {
				return err
			}
			row.list = append(row.list, c)
			return nil
		case skipped(t.Name):
			return r.dec.Skip()
		}
		return r.rowContent(row, tableDepth)
	})
}

// rowProps reads a w:trPr: grid columns skipped before the first cell, and
// tracked deletion of the row.
func (r *reader) rowProps(row *row) error {
	return r.eachChild(func(t xml.StartElement) {
		switch t.Name.Local {
		case "gridBefore":
			if n, err := strconv.Atoi(xmlpart.Attr(t, "val")); err == nil && n > 0 {
				row.before = min(n, maxGridCols)
			}
		case "del":
			row.deleted = true
		}
	})
}

// cell reads a w:tc after its start tag: its properties and its text, with
// nested tables and text boxes flattened into it.
func (r *reader) cell(tableDepth int) (cell, error) {
	c := cell{span: 1}
	var blocks []block
	err := r.elements(func(t xml.StartElement) error {
		if isDocxNS(t.Name) && t.Name.Local == "tcPr" {
			return r.cellProps(&c)
		}
		return r.block(t, &blocks, tableDepth)
	})
	c.text = flatten(blocks)
	c.blocks = blocks
	for _, b := range blocks {
		c.nested = c.nested || b.table != nil
	}
	return c, err
}

// cellProps reads a w:tcPr: the horizontal span and vertical merge.
func (r *reader) cellProps(c *cell) error {
	return r.eachChild(func(t xml.StartElement) {
		switch t.Name.Local {
		case "gridSpan":
			if n, err := strconv.Atoi(xmlpart.Attr(t, "val")); err == nil && n > 1 {
				c.span = min(n, maxGridCols)
			}
		case "vMerge":
			v := xmlpart.Attr(t, "val")
			c.vMerge = v == "" || v == "continue"
		}
		// hMerge (legacy horizontal merge): a continuation is an empty
		// cell, which it already is.
	})
}

// flatten turns the blocks of a cell into its text: paragraphs on
// separate lines, nested table rows on separate lines with cells separated
// by a space.
func flatten(blocks []block) string {
	var lines []string
	var walk func([]block)
	walk = func(bs []block) {
		for _, bl := range bs {
			if bl.para != nil {
				if s := strings.TrimSpace(bl.para.text.String()); s != "" {
					lines = append(lines, s)
				}
				walk(bl.para.extra)
				continue
			}
			for _, row := range bl.table {
				var parts []string
				for _, c := range row.Cells {
					if s := strings.TrimSpace(c.Text); s != "" {
						parts = append(parts, s)
					}
				}
				if len(parts) > 0 {
					lines = append(lines, strings.Join(parts, " "))
				}
			}
		}
	}
	walk(blocks)
	return strings.Join(lines, "\n")
}

// assignLevels gives every paragraph its level: from its style or outline
// level, else from the heuristics (a centred, large or bold paragraph at the
// top is the title; an emphasised paragraph starting with a section number
// such as 一、 or （一） is a heading).
func (r *reader) assignLevels() {
	bodySize, bodyFont := 0, ""
	for size, n := range r.sizeRunes {
		if n > r.sizeRunes[bodySize] || (n == r.sizeRunes[bodySize] && size < bodySize) {
			bodySize = size
		}
	}
	for font, n := range r.fontRunes {
		if n > r.fontRunes[bodyFont] || (n == r.fontRunes[bodyFont] && font < bodyFont) {
			bodyFont = font
		}
	}
	seen := 0         // non-empty top-level blocks before this one
	titleOpen := true // the title may still come (or continue)
	for _, bl := range r.blocks {
		p := bl.para
		if p == nil {
			if len(bl.table) > 0 {
				seen++
				titleOpen = false
			}
			continue
		}
		if strings.TrimSpace(p.text.String()) == "" {
			continue
		}
		seen++
		p.level = r.styleLevel(p)
		if p.level == 0 && p.runes > 0 {
			large := bodySize > 0 && p.maxSize*10 >= bodySize*12
			bold := p.boldRunes == p.runes
			switch {
			case titleOpen && seen <= 5 && p.center && (large || bold) && p.runes <= 100:
				p.level = 1
			case p.runes <= 80 && (bold || large || (!p.mixedFont && p.font != bodyFont)):
				p.level = model.HeadingNumberLevel(p.text.String())
			}
		}
		if p.level == 1 {
			titleOpen = seen <= 5
		} else if titleOpen && seen > 1 && !p.center {
			titleOpen = false
		}
		for _, x := range p.extra {
			if x.para != nil {
				x.para.level = 0
			}
		}
	}
}

// styleLevel is the heading level the paragraph's outline level or style
// gives, 0 for none.
func (r *reader) styleLevel(p *para) int {
	if p.outline > 0 {
		if p.outline <= 9 {
			return p.outline
		}
		return 0
	}
	level := 0
	styleID := p.style
	if styleID == "" {
		styleID = r.defaultStyle
	}
	if _, known := r.styles[styleID]; !known {
		// No styles part, or a style it lacks: the id may still say
		// Heading1 or Title.
		return styleNameLevel(styleID)
	}
	r.styleChain(styleID, func(s *style) bool {
		switch {
		case s.outline > 0 && s.outline <= 9:
			level = s.outline
		case s.outline == 10:
			return true
		case s.level > 0:
			level = s.level
		}
		return level > 0
	})
	return level
}

// emit hands the blocks to the builder in document order.
func (r *reader) emit(b *model.Builder, blocks []block) {
	for _, bl := range blocks {
		if bl.para != nil {
			b.Paragraph(bl.para.text.String(), bl.para.level)
			r.emit(b, bl.para.extra)
			continue
		}
		if len(bl.table) > 0 {
			b.Table(bl.table)
		}
	}
}
