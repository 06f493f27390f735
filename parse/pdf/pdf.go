package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	pdflib "github.com/ledongthuc/pdf"

	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/ocr"
)

// Read reads a PDF's text layer into b: for each page it interprets the content
// streams (fonts decoded through ToUnicode CMaps, predefined CJK CMaps or
// simple encodings), rebuilds lines from glyph positions, orders them into
// columns, picks out ruled tables, and groups lines into paragraphs.
//
// When ctx is done the work stops, not only the wait for it: the page loop
// and the interpreter ask between pages and every few thousand operators,
// and the library, which cannot be asked, finds the file unreadable at its
// next read (stopReader). Read then returns ctx's error.
//
// Reading the text layer is bounded by o.Timeout; recognising scanned
// pages has its own bounds (o.OCRTimeout, o.OCRPageTimeout; see
// recogniseScans), and ctx, which parse gives Timeout + OCRTimeout, bounds
// the whole.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	o = o.WithDefaults()
	tctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	var stop atomic.Bool
	defer context.AfterFunc(tctx, func() { stop.Store(true) })()
	err := read(ctx, tctx, data, b, o, &stop)
	if err != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil && errors.Is(tctx.Err(), context.DeadlineExceeded) && !errors.Is(err, model.ErrTimeout) {
		return tctx.Err()
	}
	return err
}

// read reads the PDF: its text layer within tctx, its scanned pages
// within ctx.
func read(ctx, tctx context.Context, data []byte, b *model.Builder, o model.Options, stop *atomic.Bool) error {
	data, err := fixFrame(data)
	if err != nil {
		return err
	}
	if data, err = decryptAES256(data); err != nil {
		return err
	}
	doc, err := openPDF(data, o, stop)
	var pages []page
	if err == nil {
		pages, err = doc.pages(o.MaxPages)
	}
	rebuilt := false // the cross-reference table was damaged and rebuilt
	if err != nil && !errors.Is(err, model.ErrEncrypted) {
		// A damaged cross-reference table: find the objects by scanning.
		if fixed, ok := rebuildXref(data); ok {
			if doc2, err2 := openPDF(fixed, o, stop); err2 == nil {
				if pages2, err2 := doc2.pages(o.MaxPages); err2 == nil && len(pages2) > 0 {
					doc, pages, err, rebuilt = doc2, pages2, nil, true
				}
			}
		}
	}
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return model.Cause(model.ErrCorrupt, "the PDF has no pages")
	}
	lay, perPage, err := doc.readPages(tctx, pages, textBoundOf(o))
	if err != nil {
		return err
	}
	if rebuilt {
		var all stats
		for i := range perPage {
			all.merge(&perPage[i])
		}
		if all.good+all.bad == 0 && all.images == 0 {
			// Neither text nor images on any page of a file whose table was
			// broken: a damaged file, not a scan.
			return model.Cause(model.ErrCorrupt, "the cross-reference table is damaged and no page holds text or images")
		}
	}
	recognised, err := recogniseScans(ctx, data, pages, perPage, o)
	if err != nil {
		return err
	}
	var st stats
	for i := range perPage {
		if recognised[i] == nil {
			st.merge(&perPage[i])
		}
	}
	if len(recognised) < len(pages) {
		if err := st.check(len(pages) - len(recognised)); err != nil {
			return err
		}
	}
	body := bodyStyle(lay)
	dropRunningLines(lay, body)
	for i, pl := range lay {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p := recognised[i]; p != nil {
			ocr.Emit(b, p)
			continue
		}
		b.Page("")
		pl.emit(b, body)
	}
	return nil
}

// textBound is the most text the pages may hold (Options.MaxChars, and
// what is left of Options.Budget), and the error past it.
type textBound struct {
	max int
	err error
}

func textBoundOf(o model.Options) textBound {
	t := textBound{o.MaxChars, model.TooMuchText(o.MaxChars)}
	if o.Budget != nil && o.Budget.Left() < t.max {
		t = textBound{o.Budget.Left(), o.Budget.Err()}
	}
	return t
}

// readPages interprets and lays out the pages, on up to four goroutines
// (the library's reader only reads the immutable file data). It stops, with
// bound's error, once the pages laid out hold more text than bound allows:
// the builder would refuse the document (it counts at least those
// characters), and a file of thousands of pages of text is not read whole
// first (their layouts held at once) to be refused then.
func (d *document) readPages(ctx context.Context, pages []page, bound textBound) ([]*pageLayout, []stats, error) {
	var chars atomic.Int64
	lay := make([]*pageLayout, len(pages))
	perPage := make([]stats, len(pages))
	errs := make([]error, len(pages))
	workers := min(runtime.GOMAXPROCS(0), 4, len(pages))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			i := 0
			defer func() {
				if p := recover(); p != nil {
					errs[i] = model.Cause(model.ErrCorrupt, "page %d: unreadable content (%v)", i+1, panicError(p))
					failed.Store(true)
				}
			}()
			for !failed.Load() {
				i = int(next.Add(1) - 1)
				if i >= len(pages) {
					return
				}
				if err := ctx.Err(); err != nil {
					errs[i] = err
					failed.Store(true)
					return
				}
				pc, err := d.content(pages[i])
				if err == nil {
					// Interpretation stops early when ctx is done; the
					// layout of a page (bounded by the operator budget)
					// is not begun then.
					err = ctx.Err()
				}
				if err != nil {
					errs[i] = model.Cause(model.ErrCorrupt, "page %d: %v", i+1, err)
					failed.Store(true)
					return
				}
				if d.budget.ops.Load() >= maxOpsPerDoc {
					errs[i] = model.Cause(model.ErrTooLarge, "page %d: more than %d drawing operators", i+1, maxOpsPerDoc)
					failed.Store(true)
					return
				}
				if d.budget.bytes.Load() <= 0 {
					errs[i] = model.Cause(model.ErrTooLarge, "page %d: the content decompresses to more than the limit", i+1)
					failed.Store(true)
					return
				}
				perPage[i].add(pc)
				lay[i] = newPageLayout(pc, pages[i].shown())
				if chars.Add(int64(lay[i].chars())) > int64(bound.max) {
					errs[i] = fmt.Errorf("page %d: %w", i+1, bound.err)
					failed.Store(true)
					return
				}
			}
		}()
	}
	wg.Wait()
	for i := range pages {
		if errs[i] != nil {
			return nil, nil, errs[i]
		}
	}
	carryTables(lay)
	return lay, perPage, nil
}

// stats counts glyphs over the document, to tell a scan or an
// undecodable font from real text.
type stats struct {
	good, bad, latin1, images int
	badFonts                  map[string]int
}

func (s *stats) merge(o *stats) {
	s.good += o.good
	s.bad += o.bad
	s.latin1 += o.latin1
	s.images += o.images
	for f, n := range o.badFonts {
		if s.badFonts == nil {
			s.badFonts = map[string]int{}
		}
		s.badFonts[f] += n
	}
}

func (s *stats) add(pc *content) {
	s.images += pc.images
	for i := range pc.glyphs {
		g := &pc.glyphs[i]
		if g.space {
			continue
		}
		if g.bad {
			s.bad++
			if s.badFonts == nil {
				s.badFonts = map[string]int{}
			}
			s.badFonts[g.font.name]++
			continue
		}
		s.good++
		for _, r := range g.text {
			if r >= 0xC0 && r <= 0xFF {
				s.latin1++
			}
		}
	}
}

// check returns an error when the document's text cannot be used: no text
// at all (a scan), or mostly characters with no Unicode meaning.
func (s *stats) check(pages int) error {
	if s.good+s.bad == 0 || (s.good < 3*pages && s.images >= pages && s.bad == 0) {
		if s.images > 0 {
			return model.Cause(model.ErrNoTextLayer, "%d page(s) with %d image(s) and no text; run OCR first", pages, s.images)
		}
		return model.Cause(model.ErrNoTextLayer, "%d page(s) with no text", pages)
	}
	if s.bad > 0 && s.good == 0 || s.bad > 10 && s.bad*10 > s.good+s.bad {
		var fonts []string
		for f := range s.badFonts {
			if f == "" {
				f = "(unnamed)"
			}
			fonts = append(fonts, f)
		}
		sort.Strings(fonts)
		if len(fonts) > 3 {
			fonts = append(fonts[:3], "…")
		}
		return model.Cause(model.ErrUnsupported, "%d of %d characters use fonts with no Unicode mapping (%s); the text cannot be extracted reliably", s.bad, s.good+s.bad, strings.Join(fonts, ", "))
	}
	if s.good > 50 && s.latin1*3 > s.good {
		return model.Cause(model.ErrUnsupported, "the text decodes to accented Latin letters (%d of %d characters): the fonts' encoding is not declared, so the text would be garbage", s.latin1, s.good)
	}
	return nil
}

// document is an open PDF: the library reader plus caches and budgets.
type document struct {
	r      *pdflib.Reader
	mu     sync.Mutex // guards fonts
	fonts  map[string]*font
	budget *budget
}

// page is one leaf of the page tree with its inherited attributes.
type page struct {
	v      pdflib.Value
	res    pdflib.Value
	box    rect // crop box (media box when none), unrotated
	rotate int
}

// openPDF opens data (fixed by fixFrame) with the library and maps its
// errors onto the parse sentinels.
func openPDF(data []byte, o model.Options, stop *atomic.Bool) (doc *document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, model.Cause(model.ErrCorrupt, "unreadable PDF structure (%v)", panicError(p))
		}
	}()
	r, err := pdflib.NewReader(&stopReader{data: data, stop: stop}, int64(len(data)))
	if err != nil {
		if errors.Is(err, pdflib.ErrInvalidPassword) {
			return nil, model.Cause(model.ErrEncrypted, "the PDF needs a user password to open")
		}
		msg := err.Error()
		if strings.Contains(msg, "encrypt") || strings.Contains(msg, "encryption") {
			return nil, model.Cause(model.ErrEncrypted, "unsupported PDF encryption (%s)", msg)
		}
		return nil, model.Cause(model.ErrCorrupt, "%s", msg)
	}
	if err := checkObjectStreams(r); err != nil {
		return nil, err
	}
	budget := &budget{stop: stop}
	budget.bytes.Store(o.MaxDecompressed)
	return &document{r: r, fonts: map[string]*font{}, budget: budget}, nil
}

// stopReader is the file as the library reads it. Once stop is set every
// read fails, and the library, which reads the file again for each object
// it resolves and each stream it opens, panics at its next step; that
// panic becomes an error where this package calls the library. This is
// how a loop inside the library ends when the time is up: checkSizes and
// checkObjectStreams refuse the loops known to spin without end before
// the library meets them, and this ends whatever slips past.
type stopReader struct {
	data []byte
	stop *atomic.Bool
}

var errStopped = errors.New("reading stopped")

func (r *stopReader) ReadAt(p []byte, off int64) (int, error) {
	if r.stop.Load() {
		return 0, errStopped
	}
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(r.data)) {
		return 0, io.EOF
	}
	n := copy(p, r.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// fixFrame checks the file's header and end marker and returns the
// bytes the library should read, after fixing what commonly stops it: junk
// before the header, a PDF 2.0 header, junk after %%EOF.
func fixFrame(data []byte) ([]byte, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil, model.Cause(model.ErrCorrupt, "no %%PDF- header")
	}
	data = data[i:]
	end := bytes.LastIndex(data, []byte("%%EOF"))
	if end < 0 || !bytes.Contains(data, []byte("startxref")) {
		return nil, model.Cause(model.ErrCorrupt, "the file is truncated: no %%%%EOF end marker or startxref")
	}
	if len(data) < 16 {
		return nil, model.Cause(model.ErrCorrupt, "the file is truncated")
	}
	if err := checkSizes(data); err != nil {
		return nil, err
	}
	var out []byte // a private copy, once something must change
	if cut := end + 5; cut < len(data)-64 {
		// Junk after the last %%EOF: the library looks for the marker in
		// the last 100 bytes only.
		out = append(make([]byte, 0, cut+1), data[:cut]...)
		out = append(out, '\n')
	}
	if !(data[5] == '1' && data[6] == '.' && data[7] >= '0' && data[7] <= '7') || (data[8] != '\r' && data[8] != '\n') {
		if out == nil {
			out = append([]byte(nil), data...)
		}
		copy(out[5:8], "1.7")
		if c := out[8]; c == ' ' || c == '\t' || c == '%' || (c >= '0' && c <= '9') {
			// "%PDF-2.0 " or "%PDF-1.10": keep the offsets, end the line.
			out[8] = '\n'
		}
	}
	if out != nil {
		data = out
	}
	return data, nil
}

// pages walks the page tree, collecting at most max pages with their
// inherited resources, boxes and rotation.
func (d *document) pages(max int) (out []page, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = model.Cause(model.ErrCorrupt, "page tree: %v", panicError(p))
		}
	}()
	root := d.r.Trailer().Key("Root")
	if root.Kind() != pdflib.Dict {
		return nil, model.Cause(model.ErrCorrupt, "no document catalog (the cross-reference table may be damaged)")
	}
	tree := root.Key("Pages")
	if tree.Kind() != pdflib.Dict {
		return nil, model.Cause(model.ErrCorrupt, "no page tree")
	}
	seen := map[[2]uint32]bool{}
	var walk func(n pdflib.Value, res pdflib.Value, box rect, rot int, depth int) error
	walk = func(n pdflib.Value, res pdflib.Value, box rect, rot int, depth int) error {
		if depth > 64 {
			return model.Cause(model.ErrCorrupt, "page tree nested too deeply")
		}
		id, gen := objID(n)
		key := [2]uint32{id, uint32(gen)}
		if id != 0 {
			if seen[key] {
				return nil
			}
			seen[key] = true
		}
		if r := n.Key("Resources"); r.Kind() == pdflib.Dict {
			res = r
		}
		if b, ok := boxOf(n.Key("CropBox")); ok {
			box = b
		} else if b, ok := boxOf(n.Key("MediaBox")); ok {
			box = b
		}
		if r := n.Key("Rotate"); r.Kind() == pdflib.Integer {
			rot = int(((r.Int64() % 360) + 360) % 360)
		}
		kids := n.Key("Kids")
		if kids.Kind() == pdflib.Array && n.Key("Type").Name() != "Page" {
			for i := 0; i < kids.Len(); i++ {
				if len(out) >= max {
					return nil
				}
				if err := walk(kids.Index(i), res, box, rot, depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		if len(out) < max {
			out = append(out, page{v: n, res: res, box: box, rotate: rot})
		}
		return nil
	}
	if err := walk(tree, pdflib.Value{}, rect{0, 0, 595, 842}, 0, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// shown returns the page's box as displayed: origin at zero, width and
// height swapped for a quarter turn.
func (p page) shown() rect {
	w, h := p.box.x1-p.box.x0, p.box.y1-p.box.y0
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	return rect{0, 0, w, h}
}

func boxOf(v pdflib.Value) (rect, bool) {
	if v.Kind() != pdflib.Array || v.Len() != 4 {
		return rect{}, false
	}
	a, b, c, d := v.Index(0).Float64(), v.Index(1).Float64(), v.Index(2).Float64(), v.Index(3).Float64()
	r := rect{fmin(a, c), fmin(b, d), fmax(a, c), fmax(b, d)}
	if r.x1-r.x0 < 1 || r.y1-r.y0 < 1 {
		return rect{}, false
	}
	return r, true
}

func fmin(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func fmax(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// content interprets a page's content streams. The glyphs come out in
// the page's displayed orientation (its /Rotate applied).
func (d *document) content(p page) (pc *content, err error) {
	defer func() {
		if x := recover(); x != nil {
			pc, err = nil, fmt.Errorf("unreadable page content (%v)", panicError(x))
		}
	}()
	pc = &content{}
	contents := p.v.Key("Contents")
	var data []byte
	switch contents.Kind() {
	case pdflib.Stream:
		data, err = readStream(contents, d.budget, maxContent)
	case pdflib.Array:
		for i := 0; i < contents.Len() && i < 10000; i++ {
			part, e := readStream(contents.Index(i), d.budget, maxContent-int64(len(data)))
			data = append(data, part...)
			data = append(data, '\n')
			if e != nil {
				err = e
				break
			}
		}
	}
	if err == errStreamBudget {
		return nil, fmt.Errorf("page content is larger than %d bytes", maxContent)
	}
	// A damaged stream still yields what was read before the damage.
	ti := &interp{doc: d, out: pc}
	base := rotation(p.rotate, p.box)
	ti.runContent(data, p.res, base)
	if len(data) == 0 && err != nil {
		return nil, err
	}
	return pc, nil
}

// rotation returns the matrix that turns a page's default user space into
// its displayed orientation, with the crop box's lower left at the origin.
func rotation(rot int, box rect) mat {
	m := mat{1, 0, 0, 1, -box.x0, -box.y0}
	w, h := box.x1-box.x0, box.y1-box.y0
	switch rot {
	case 90:
		// Shown turned clockwise: x' = y, y' = w - x.
		return m.mul(mat{0, -1, 1, 0, 0, w})
	case 180:
		return m.mul(mat{-1, 0, 0, -1, w, h})
	case 270:
		return m.mul(mat{0, 1, -1, 0, h, 0})
	}
	return m
}

// font returns the font named name in a resource font dictionary, loaded
// once per document. Fonts are keyed by their object number, read from the
// dictionary's text so that a cached font costs no object lookup.
func (d *document) font(fontDict pdflib.Value, refs map[string]string, name string) *font {
	d.mu.Lock()
	defer d.mu.Unlock()
	key, ok := refs[name]
	if !ok {
		pid, pgen := objID(fontDict)
		key = fmt.Sprintf("direct %d %d /%s", pid, pgen, name)
	}
	if f, ok := d.fonts[key]; ok {
		return f
	}
	v := fontDict.Key(name)
	var f *font
	if v.Kind() == pdflib.Dict {
		f = loadFont(v, d.budget)
	}
	d.fonts[key] = f
	return f
}

var refRE = regexp.MustCompile(`/([^\s/<>\[\]()]+) (\d+ \d+) R`)

// refs maps the names in a dictionary to the objects they refer to
// ("12 0"), from the dictionary's text.
func refs(dict pdflib.Value) map[string]string {
	m := map[string]string{}
	if dict.Kind() != pdflib.Dict {
		return m
	}
	for _, sm := range refRE.FindAllStringSubmatch(dict.String(), -1) {
		m[sm[1]] = sm[2]
	}
	return m
}

var (
	objHeadRE = regexp.MustCompile(`(?:^|[\r\n])[ \t]*(\d{1,9})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b`)
	rootRE    = regexp.MustCompile(`/Root[ \t\r\n]*(\d+)[ \t\r\n]+(\d+)[ \t\r\n]+R`)
	// The /ID array holds two strings, hex or literal; a literal one may
	// hold any byte but an unescaped parenthesis or backslash — a ] too
	// (pdfunite writes 16 random bytes raw): the array ends at the ] after
	// the strings, not at the first ] byte.
	infoRE    = regexp.MustCompile(`/(?:Info|Encrypt)[ \t\r\n]*\d+[ \t\r\n]+\d+[ \t\r\n]+R|/ID[ \t\r\n]*\[(?:[ \t\r\n]*(?:<[0-9A-Fa-f \t\r\n]*>|\((?:\\(?s:.)|[^\\)])*\)))*[ \t\r\n]*\]`)
	catalogRE = regexp.MustCompile(`/Type[ \t\r\n]*/Catalog\b`)
)

// rebuildXref appends a new cross-reference table, built by scanning the
// file for "N G obj", so that a file whose table is damaged can be read.
// Objects inside object streams cannot be listed this way: when the
// catalog is not found among the plain objects it gives up.
func rebuildXref(data []byte) ([]byte, bool) {
	type ent struct {
		off int
		gen int
	}
	objs := map[int]ent{}
	maxNum := 0
	var heads [][2]int // offset, number, in file order
	for _, m := range objHeadRE.FindAllSubmatchIndex(data, -1) {
		num, gen := atoi(data[m[2]:m[3]]), atoi(data[m[4]:m[5]])
		if num <= 0 || num > 1<<22 {
			continue
		}
		objs[num] = ent{off: m[2], gen: gen}
		heads = append(heads, [2]int{m[2], num})
		maxNum = max(maxNum, num)
	}
	if len(objs) == 0 {
		return nil, false
	}
	var extra []string
	root := ""
	if i := bytes.LastIndex(data, []byte("trailer")); i >= 0 {
		t := data[i:]
		if m := rootRE.FindSubmatch(t); m != nil {
			root = string(m[1]) + " " + string(m[2]) + " R"
		}
		for _, m := range infoRE.FindAll(t[:min(len(t), 4096)], -1) {
			extra = append(extra, string(m))
		}
	}
	if root == "" {
		// The catalog: the last object whose dictionary says so.
		locs := catalogRE.FindAllIndex(data, -1)
		for k := len(locs) - 1; k >= 0 && root == ""; k-- {
			at := locs[k][0]
			j := sort.Search(len(heads), func(j int) bool { return heads[j][0] > at }) - 1
			if j >= 0 {
				e := objs[heads[j][1]]
				if e.off == heads[j][0] {
					root = fmt.Sprintf("%d %d R", heads[j][1], e.gen)
				}
			}
		}
	}
	if root == "" {
		return nil, false
	}
	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxNum+1) + 256)
	b.Write(data)
	b.WriteByte('\n')
	start := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxNum+1)
	for n := 1; n <= maxNum; n++ {
		if e, ok := objs[n]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", e.off, e.gen)
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s %s >>\nstartxref\n%d\n%%%%EOF\n", maxNum+1, root, strings.Join(extra, " "), start)
	return b.Bytes(), true
}

func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
		if n > 1<<30 {
			return -1
		}
	}
	return n
}

var (
	columnsRE = regexp.MustCompile(`/Columns[ \t\r\n]*(\d+)`)
	sizeRE    = regexp.MustCompile(`/Size[ \t\r\n]*(\d+)`)
	// prevValueRE reads what follows the key /Prev: a number, and
	// whether it is the start of a reference "N G R".
	prevValueRE = regexp.MustCompile(`^[ \t\r\n]*(\d+)([ \t\r\n]+\d+[ \t\r\n]+R)?`)
	indexRE     = regexp.MustCompile(`/Index[ \t\r\n]*\[([\d \t\r\n]*)\]`)
	subsecRE    = regexp.MustCompile(`^[ \t\r\n]*(\d+)[ \t]+(\d+)[ \t]*\r?\n?`)
)

// checkSizes rejects the sizes the library would allocate without a
// bound (and so crash the process rather than panic): cross-reference
// tables claiming millions of objects and huge PNG predictor rows.
func checkSizes(data []byte) error {
	limit := min(1<<21, max(100000, len(data)))
	for _, m := range columnsRE.FindAllSubmatch(data, -1) {
		if n := atoi(m[1]); n < 0 || n > 1<<20 {
			return model.Cause(model.ErrCorrupt, "implausible /Columns %s", m[1])
		}
	}
	tooMany := func(n int) error {
		if n < 0 || n > limit {
			return model.Cause(model.ErrCorrupt, "the cross-reference table claims %d objects", n)
		}
		return nil
	}
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil
	}
	rest := bytes.TrimLeft(data[i+len("startxref"):], " \t\r\n")
	j := 0
	for j < len(rest) && j < 12 && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	off := atoi(rest[:j])
	seen := map[int]bool{}
	for k := 0; off > 0 && off < len(data); k++ {
		if seen[off] {
			return model.Cause(model.ErrCorrupt, "the cross-reference sections loop: /Prev leads back to offset %d", off)
		}
		if k >= maxXrefSections {
			return model.Cause(model.ErrCorrupt, "more than %d cross-reference sections", maxXrefSections)
		}
		seen[off] = true
		p := bytes.TrimLeft(data[off:], " \t\r\n")
		var dict []byte
		if bytes.HasPrefix(p, []byte("xref")) {
			p = p[4:]
			unskipped := 0 // entries the loop below could not step over
			for n := 0; n < 100000; n++ {
				m := subsecRE.FindSubmatch(p[:min(len(p), 64)])
				if m == nil {
					break
				}
				start, count := atoi(m[1]), atoi(m[2])
				if start < 0 || count < 0 {
					return model.Cause(model.ErrCorrupt, "malformed cross-reference table")
				}
				if err := tooMany(start + count); err != nil {
					return err
				}
				p = p[len(m[0]):]
				// Skip the entries: 20 bytes each, give or take the line end.
				e := 0
				for ; e < count && len(p) > 0; e++ {
					nl := bytes.IndexAny(p[:min(len(p), 40)], "\r\n")
					if nl < 0 {
						break
					}
					p = bytes.TrimLeft(p[nl:], "\r\n")
				}
				unskipped += count - e
			}
			// The trailer follows the entries; look past those that were
			// not stepped over.
			if t := bytes.Index(p[:min(len(p), 40*unskipped+4096)], []byte("trailer")); t >= 0 {
				dict = p[t:min(len(p), t+maxTrailerScan)]
			}
		} else {
			dict = p[:min(len(p), maxTrailerScan)]
			if e := bytes.Index(dict, []byte("stream")); e >= 0 {
				dict = dict[:e]
			}
			for _, m := range indexRE.FindAllSubmatch(dict, -1) {
				f := bytes.Fields(m[1])
				for q := 0; q+1 < len(f); q += 2 {
					if err := tooMany(atoi(f[q]) + atoi(f[q+1])); err != nil {
						return err
					}
				}
			}
		}
		for _, m := range sizeRE.FindAllSubmatch(dict, -1) {
			if err := tooMany(atoi(m[1])); err != nil {
				return err
			}
		}
		off = -1
		if n, ok := topLevelPrev(dict); ok {
			off = n
		}
	}
	return nil
}
