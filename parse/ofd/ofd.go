// Package ofd is parse's reader of OFD (GB/T 33190) files.
//
// OFD.xml names the document root (DocBody/DocRoot); Document.xml lists the
// pages (Pages/Page BaseLoc); each page's Content.xml holds TextObjects whose
// TextCodes carry the text and its position. An OFD has no paragraphs, only
// positioned text, so the reader rebuilds them: text is sorted into lines
// (by baseline, then x) and lines are grouped into paragraphs by first-line
// indent, a short last line, a change of font or size, and a wide vertical
// gap. Each OFD page becomes one page of the document. Template pages
// (usually headers, footers and watermarks) are read only for a page that
// has no text of its own.
package ofd

import (
	"context"
	"encoding/xml"
	"io"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/internal/safezip"
	"github.com/zhenggai/zhenggai/parse/internal/xmlpart"
	"github.com/zhenggai/zhenggai/parse/model"
)

// Bounds on what a hostile document can make the reader keep.
const (
	maxDepth     = 256
	maxFragments = 1 << 20 // text pieces per page
)

// fragment is one TextCode: a run of text on one baseline.
type fragment struct {
	x, y  float64 // start of the baseline, in mm from the page's top left
	end   float64 // x where the text ends
	size  float64
	style string // font, size and weight: what tells headings from body text
	text  string
}

// line is a line of text on a page.
type line struct {
	x, y, end float64
	size      float64
	style     string
	text      string
	runes     int
	frags     []fragment
}

// Read reads an OFD file into b.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	z, err := safezip.Open(data, o.MaxDecompressed)
	if err != nil {
		return err
	}
	r := &reader{ctx: ctx, z: z}
	pages, err := r.pageList()
	if err != nil {
		return err
	}
	if len(pages) > o.MaxPages {
		return model.Cause(model.ErrTooLarge, "%d pages, over the %d-page limit", len(pages), o.MaxPages)
	}
	var all [][]line
	texts := 0
	for _, pg := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		lines, err := r.pageLines(pg)
		if err != nil {
			return err
		}
		all = append(all, lines)
		texts += len(lines)
	}
	if texts == 0 && r.images > 0 {
		return model.Cause(model.ErrNoTextLayer, "the OFD pages hold %d images and no text (a scan)", r.images)
	}
	lay := layoutOf(all)
	for _, lines := range all {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.Page("")
		for _, p := range lay.paragraphs(lines) {
			b.Paragraph(p.text, p.level)
		}
	}
	return nil
}

type reader struct {
	ctx       context.Context
	z         *safezip.Archive
	templates map[string]string // template ID → Content.xml path
	images    int               // ImageObjects seen
}

// page is a page to read: its Content.xml (the templates it uses are
// named inside it).
type page struct {
	content string
}

// resolve turns a location from the file at base into a package path:
// absolute locations are from the package root; relative ones from base's
// folder, or from the root when that is where the member is.
func (r *reader) resolve(base, loc string) string {
	loc = strings.TrimSpace(strings.ReplaceAll(loc, "\\", "/"))
	if loc == "" {
		return ""
	}
	if strings.HasPrefix(loc, "/") {
		return strings.TrimPrefix(path.Clean(loc), "/")
	}
	rel := strings.TrimPrefix(path.Clean(path.Join(path.Dir(base), loc)), "/")
	if r.z.Has(rel) {
		return rel
	}
	if root := strings.TrimPrefix(path.Clean(loc), "/"); r.z.Has(root) {
		return root
	}
	return rel
}

// xml reads a member and parses it, naming the member in errors.
func (r *reader) xml(name string, v any) error {
	data, err := r.z.Read(name)
	if err != nil {
		return err
	}
	d := xmlpart.NewDecoder(data)
	if err := d.Decode(v); err != nil {
		return model.Cause(model.ErrCorrupt, "%s: %v", name, err)
	}
	return nil
}

// pageList finds the pages of the first document in the package, in order.
func (r *reader) pageList() ([]page, error) {
	const entry = "OFD.xml"
	if !r.z.Has(entry) {
		return nil, model.Cause(model.ErrCorrupt, "%s is missing", entry)
	}
	var ofd struct {
		Bodies []struct {
			DocRoot string `xml:"DocRoot"`
		} `xml:"DocBody"`
	}
	if err := r.xml(entry, &ofd); err != nil {
		return nil, err
	}
	docRoot := ""
	for _, body := range ofd.Bodies {
		if loc := r.resolve(entry, body.DocRoot); loc != "" && r.z.Has(loc) {
			docRoot = loc
			break
		}
	}
	if docRoot == "" {
		if len(ofd.Bodies) > 0 && strings.TrimSpace(ofd.Bodies[0].DocRoot) != "" {
			return nil, model.Cause(model.ErrCorrupt, "%s names document root %s, which is missing", entry, ofd.Bodies[0].DocRoot)
		}
		// No root named: take the usual one, or every page content.
		if r.z.Has("Doc_0/Document.xml") {
			docRoot = "Doc_0/Document.xml"
		} else {
			return r.contentMembers()
		}
	}
	var doc struct {
		Templates []struct {
			ID      string `xml:"ID,attr"`
			BaseLoc string `xml:"BaseLoc,attr"`
		} `xml:"CommonData>TemplatePage"`
		Pages []struct {
			BaseLoc string `xml:"BaseLoc,attr"`
		} `xml:"Pages>Page"`
	}
	if err := r.xml(docRoot, &doc); err != nil {
		return nil, err
	}
	r.templates = map[string]string{}
	for _, t := range doc.Templates {
		r.templates[t.ID] = r.resolve(docRoot, t.BaseLoc)
	}
	var pages []page
	for _, p := range doc.Pages {
		loc := r.resolve(docRoot, p.BaseLoc)
		if loc == "" {
			continue
		}
		pages = append(pages, page{content: loc})
	}
	if len(pages) == 0 {
		return nil, model.Cause(model.ErrCorrupt, "%s lists no pages", docRoot)
	}
	return pages, nil
}

// contentMembers lists the page contents of a package without a usable
// document root, in natural order of their names.
func (r *reader) contentMembers() ([]page, error) {
	var names []string
	for _, f := range r.z.Members() {
		n := strings.TrimPrefix(f.Name, "/")
		if strings.EqualFold(path.Base(n), "Content.xml") && !strings.Contains(strings.ToLower(n), "tpl") && !strings.Contains(strings.ToLower(n), "template") {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil, model.Cause(model.ErrCorrupt, "OFD.xml names no document root and the package has no page content")
	}
	sort.Slice(names, func(i, j int) bool { return naturalLess(names[i], names[j]) })
	pages := make([]page, len(names))
	for i, n := range names {
		pages[i] = page{content: n}
	}
	return pages, nil
}

// naturalLess orders names with numbers by their value: Page_2 before Page_10.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da != "" && db != "" {
			na, _ := strconv.Atoi(da)
			nb, _ := strconv.Atoi(db)
			if na != nb || len(da) > 9 || len(db) > 9 {
				if na == nb {
					return da < db
				}
				return na < nb
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// pageLines reads a page's text into lines sorted top to bottom.
func (r *reader) pageLines(pg page) ([]line, error) {
	if !r.z.Has(pg.content) {
		return nil, model.Cause(model.ErrCorrupt, "page content %s is missing", pg.content)
	}
	frags, tpls, err := r.pageFragments(pg.content)
	if err != nil {
		return nil, err
	}
	if len(frags) == 0 {
		for _, id := range tpls {
			loc := r.templates[id]
			if loc == "" || !r.z.Has(loc) {
				continue
			}
			more, _, err := r.pageFragments(loc)
			if err != nil {
				return nil, err
			}
			frags = append(frags, more...)
		}
	}
	return linesOf(frags), nil
}

// object is the state of the TextObject being read.
type object struct {
	x, y   float64 // Boundary origin
	w      float64 // Boundary width
	size   float64
	style  string
	ctm    [6]float64
	hasCTM bool
	codes  int
	lastX  float64
	lastY  float64
}

// pageFragments reads the TextCodes of one Content.xml, and the IDs of the
// templates the page uses.
func (r *reader) pageFragments(name string) ([]fragment, []string, error) {
	data, err := r.z.Read(name)
	if err != nil {
		return nil, nil, err
	}
	dec := xmlpart.NewDecoder(data)
	var frags []fragment
	var tpls []string
	var obj *object
	var objDepth, depth, tokens int
	for {
		tokens++
		if tokens&1023 == 0 {
			if err := r.ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, model.Cause(model.ErrCorrupt, "%s: %v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxDepth {
				return nil, nil, model.Cause(model.ErrCorrupt, "%s: elements nested too deeply", name)
			}
			switch t.Name.Local {
			case "ImageObject":
				r.images++
			case "Template":
				if id := xmlpart.Attr(t, "TemplateID"); id != "" && len(tpls) < 16 {
					tpls = append(tpls, id)
				}
			case "TextObject":
				obj = newObject(t)
				objDepth = depth
			case "TextCode":
				if obj == nil {
					continue
				}
				text, err := charData(dec)
				depth--
				if err != nil {
					return nil, nil, model.Cause(model.ErrCorrupt, "%s: %v", name, err)
				}
				if f, ok := obj.fragment(t, text); ok {
					if len(frags) >= maxFragments {
						return nil, nil, model.Cause(model.ErrTooLarge, "%s: over %d text pieces on one page", name, maxFragments)
					}
					frags = append(frags, f)
				}
			}
		case xml.EndElement:
			if obj != nil && depth == objDepth {
				obj = nil
			}
			depth--
		}
	}
	if depth != 0 {
		return nil, nil, model.Cause(model.ErrCorrupt, "%s: unexpected end of XML", name)
	}
	return frags, tpls, nil
}

func charData(dec *xml.Decoder) (string, error) {
	var sb strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			sb.Write(t)
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

// parseNumbers parses a space-separated list of numbers.
func parseNumbers(s string) []float64 {
	var out []float64
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		out = append(out, v)
	}
	return out
}

func newObject(t xml.StartElement) *object {
	o := &object{ctm: [6]float64{1, 0, 0, 1, 0, 0}}
	if bd := parseNumbers(xmlpart.Attr(t, "Boundary")); len(bd) == 4 {
		o.x, o.y, o.w = bd[0], bd[1], bd[2]
	}
	if v := parseNumbers(xmlpart.Attr(t, "Size")); len(v) == 1 && v[0] > 0 {
		o.size = v[0]
	}
	if c := parseNumbers(xmlpart.Attr(t, "CTM")); len(c) == 6 {
		copy(o.ctm[:], c)
		o.hasCTM = true
		if det := math.Abs(c[0]*c[3] - c[1]*c[2]); det > 0 {
			o.size *= math.Sqrt(det)
		}
	}
	if o.size <= 0 || o.size > 1000 {
		o.size = 3.5 // about 10 pt, in mm
	}
	weight, _ := strconv.Atoi(xmlpart.Attr(t, "Weight"))
	bold := xmlpart.Attr(t, "Bold") == "true" || weight >= 600
	o.style = xmlpart.Attr(t, "Font") + "|" + strconv.FormatFloat(math.Round(o.size*10)/10, 'f', -1, 64)
	if bold {
		o.style += "|b"
	}
	return o
}

// parseDeltas expands a DeltaX list ("g 3 5.6" repeats 5.6 three times).
func parseDeltas(s string, max int) []float64 {
	var out []float64
	fs := strings.Fields(s)
	for i := 0; i < len(fs) && len(out) < max; i++ {
		if fs[i] == "g" {
			if i+2 >= len(fs) {
				break
			}
			n, err1 := strconv.Atoi(fs[i+1])
			v, err2 := strconv.ParseFloat(fs[i+2], 64)
			if err1 != nil || err2 != nil || n < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				break
			}
			for j := 0; j < n && len(out) < max; j++ {
				out = append(out, v)
			}
			i += 2
			continue
		}
		v, err := strconv.ParseFloat(fs[i], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			break
		}
		out = append(out, v)
	}
	return out
}

// advance is the width a character takes without DeltaX: a full em for
// CJK, half for the rest.
func advance(c rune, size float64) float64 {
	if model.IsWide(c) {
		return size
	}
	return size / 2
}

// fragment turns a TextCode into a positioned fragment. A large jump in
// DeltaX inside the code (text set in columns) becomes a space.
func (o *object) fragment(t xml.StartElement, text string) (fragment, bool) {
	xs, ys := xmlpart.Attr(t, "X"), xmlpart.Attr(t, "Y")
	x, y := o.lastX, o.lastY
	if v := parseNumbers(xs); len(v) == 1 {
		x = v[0]
	}
	if v := parseNumbers(ys); len(v) == 1 {
		y = v[0]
	}
	o.codes++
	runes := []rune(text)
	deltas := parseDeltas(xmlpart.Attr(t, "DeltaX"), len(runes))
	var sb strings.Builder
	pos := x
	for i, c := range runes {
		if i > 0 {
			step := advance(runes[i-1], o.size)
			if i-1 < len(deltas) {
				step = deltas[i-1]
			}
			if step > advance(runes[i-1], o.size)+1.5*o.size && !unicode.IsSpace(runes[i-1]) && !unicode.IsSpace(c) {
				// A gap of columns: kept as a deliberate gap.
				sb.WriteByte('\t')
			}
			pos += step
		}
		sb.WriteRune(c)
	}
	end := pos
	if len(runes) > 0 {
		end += advance(runes[len(runes)-1], o.size)
	}
	o.lastX, o.lastY = end, y
	s := sb.String()
	if strings.TrimSpace(s) == "" {
		return fragment{}, false
	}
	ax, ay := o.x+x, o.y+y
	aend := o.x + end
	if o.hasCTM {
		m := o.ctm
		ax, ay = o.x+m[0]*x+m[2]*y+m[4], o.y+m[1]*x+m[3]*y+m[5]
		aend = o.x + m[0]*end + m[2]*y + m[4]
	}
	if aend < ax {
		aend = ax
	}
	return fragment{x: ax, y: ay, end: aend, size: o.size, style: o.style, text: s}, true
}

// linesOf groups fragments into lines: fragments whose baselines are
// within a third of their size share a line. Lines come out top to bottom,
// fragments in a line left to right; a fragment drawn twice at nearly the
// same place (fake bold) is kept once.
func linesOf(frags []fragment) []line {
	sort.SliceStable(frags, func(i, j int) bool { return frags[i].y < frags[j].y })
	var lines []line
	for _, f := range frags {
		n := len(lines)
		if n > 0 {
			l := &lines[n-1]
			tol := math.Max(l.size, f.size) / 3
			if math.Abs(f.y-l.y) <= tol {
				l.frags = append(l.frags, f)
				if f.size > l.size {
					l.size = f.size
				}
				continue
			}
		}
		lines = append(lines, line{y: f.y, size: f.size, frags: []fragment{f}})
	}
	for i := range lines {
		l := &lines[i]
		sort.SliceStable(l.frags, func(a, b int) bool { return l.frags[a].x < l.frags[b].x })
		var sb strings.Builder
		styles := map[string]int{}
		var prev *fragment
		for k := range l.frags {
			f := &l.frags[k]
			if prev != nil && f.text == prev.text && math.Abs(f.x-prev.x) < f.size/2 {
				continue
			}
			if prev != nil {
				switch gap := f.x - prev.end; {
				case gap > 1.5*f.size:
					sb.WriteByte('\t') // columns apart
				case gap > 0.3*f.size:
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(f.text)
			n := utf8.RuneCountInString(f.text)
			styles[f.style] += n
			l.runes += n
			if prev == nil {
				l.x = f.x
			}
			if f.end > l.end {
				l.end = f.end
			}
			prev = f
		}
		l.text = sb.String()
		l.style = majority(styles)
		l.frags = nil
	}
	return lines
}

func majority(counts map[string]int) string {
	best, bn := "", -1
	for k, n := range counts {
		if n > bn || (n == bn && k < best) {
			best, bn = k, n
		}
	}
	return best
}

// layout holds what the paragraph rules measure against, taken over the
// whole document: the body text's style and size, its margins and its line
// pitch.
type layout struct {
	bodyStyle   string
	bodySize    float64
	left, right float64
	pitch       float64
}

func layoutOf(pages [][]line) layout {
	var lay layout
	styles := map[string]int{}
	sizes := map[string]float64{}
	for _, lines := range pages {
		for _, l := range lines {
			styles[l.style] += l.runes
			sizes[l.style] = l.size
		}
	}
	lay.bodyStyle = majority(styles)
	lay.bodySize = sizes[lay.bodyStyle]
	if lay.bodySize <= 0 {
		lay.bodySize = 3.5
	}
	var xs, ends, dys []float64
	for _, lines := range pages {
		for i, l := range lines {
			if l.style != lay.bodyStyle {
				continue
			}
			xs = append(xs, l.x)
			ends = append(ends, l.end)
			if i > 0 && lines[i-1].style == lay.bodyStyle {
				if dy := l.y - lines[i-1].y; dy > 0 {
					dys = append(dys, dy)
				}
			}
		}
	}
	tol := lay.bodySize / 2
	lay.left = supported(xs, tol, false)
	lay.right = supported(ends, tol, true)
	if len(dys) > 0 {
		sort.Float64s(dys)
		lay.pitch = dys[len(dys)/2]
	}
	return lay
}

// supported returns the smallest (or, with largest, the largest) value
// that at least one other value lies within tol of, so that a single stray
// line does not set a margin; with no such value, the extreme.
func supported(vs []float64, tol float64, largest bool) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	if largest {
		for i := len(s) - 1; i > 0; i-- {
			if s[i]-s[i-1] <= tol {
				return s[i]
			}
		}
		return s[len(s)-1]
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i+1]-s[i] <= tol {
			return s[i]
		}
	}
	return s[0]
}

type para struct {
	text  string
	level int
}

// paragraphs groups a page's lines into paragraphs. A line starts a new
// paragraph when it is indented from the left margin, when the line before
// it ends short of the right margin, when its style differs from the line
// before, or when the gap above it is wider than the usual line pitch.
// Consecutive lines in a large heading style (a title set centred over
// several lines) stay together.
func (lay layout) paragraphs(lines []line) []para {
	var out []para
	var cur []string
	var curStyle string
	var curSize float64
	flush := func() {
		if len(cur) == 0 {
			return
		}
		text := joinLines(cur)
		out = append(out, para{text: text, level: lay.level(curStyle, curSize, text)})
		cur = nil
	}
	for i, l := range lines {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		brk := len(cur) == 0
		if !brk {
			prev := lines[i-1]
			size := math.Max(l.size, lay.bodySize)
			large := l.size > lay.bodySize*1.15
			switch {
			case l.style != prev.style:
				brk = true
			case lay.pitch > 0 && l.y-prev.y > lay.pitch*1.6:
				brk = true
			case l.y <= prev.y:
				brk = true
			case large:
				// Title lines: centred, so neither indent nor short lines
				// say anything.
			case l.x > lay.left+0.8*size:
				brk = true
			case lay.right > 0 && prev.end < lay.right-1.5*size:
				brk = true
			}
		}
		if brk {
			flush()
			curStyle, curSize = l.style, l.size
		}
		cur = append(cur, l.text)
	}
	flush()
	return out
}

// joinLines joins the lines of a paragraph with '\n', except where a
// line break splits a number ("制度1" / "2项"): there the lines are joined
// directly, as no typesetter breaks a number at a space.
func joinLines(lines []string) string {
	var sb strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(lines[i-1])
			next, _ := utf8.DecodeRuneInString(l)
			if !(numberRune(prev) && numberRune(next) && (isDigit(prev) || isDigit(next))) {
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(l)
	}
	return sb.String()
}

func numberRune(r rune) bool {
	return isDigit(r) || r == '.' || r == ',' || r == '%' || (r >= '０' && r <= '９')
}

// level gives a paragraph's heading level: 1 for text larger than the body
// text (a title), the section number's level for short text set apart from
// the body text by font or weight, 0 for body text.
func (lay layout) level(style string, size float64, text string) int {
	if style == lay.bodyStyle {
		return 0
	}
	if size > lay.bodySize*1.15 && utf8.RuneCountInString(text) <= 120 {
		return 1
	}
	if utf8.RuneCountInString(text) <= 80 {
		return model.HeadingNumberLevel(text)
	}
	return 0
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
