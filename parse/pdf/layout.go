package pdf

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/model"
)

// line is one line of text in reading order.
type line struct {
	x0, x1     float64 // extent of its visible glyphs
	y          float64 // baseline
	size       float64 // dominant glyph size
	text       string
	font       string // dominant font of its CJK glyphs ("" when none)
	bold       bool
	n          int     // visible glyphs
	colL, colR float64 // the column it sits in
}

// item is a line or a table, in reading order.
type item struct {
	line  *line
	table [][]string
}

// pageLayout is a page's text in reading order.
type pageLayout struct {
	items  []item
	height float64
	// tables and rest are the page's tables and the segments outside them
	// (arrange); tail the table without rules that ends the page
	// (tailTable), which the next page may go on.
	tables []*table
	rest   []seg
	tail   *table
	// glyph statistics for the document's body style
	sizes map[float64]int
	fonts map[string]int
}

// chars counts the page's characters as the builder will count them at
// least: those of its lines and table cells but white space, controls,
// format characters and combining marks (which Normalize may drop or join
// to the character before; the others it keeps or maps to one or more).
func (pl *pageLayout) chars() int {
	n := 0
	count := func(s string) {
		for _, r := range s {
			if !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.In(r, unicode.Cf, unicode.Mn) {
				n++
			}
		}
	}
	for _, it := range pl.items {
		if it.line != nil {
			count(it.line.text)
		}
		for _, row := range it.table {
			for _, c := range row {
				count(c)
			}
		}
	}
	return n
}

// seg is a run of glyphs on one baseline without a wide gap.
type seg struct {
	x0, x1, y, size float64
	bot, top        float64
	glyphs          []glyph
	table           *table
}

// table is a table found from ruling lines (or, without xs and ys, from
// aligned text: textable.go).
type table struct {
	x0, x1, y0, y1 float64
	xs             []float64 // column boundaries, ascending
	ys             []float64 // row boundaries, descending
	cells          [][][]glyph
	cols           []span // a table without rules: its columns
	centred        bool   // and whether its cells are centred in their rows
}

func newPageLayout(pc *content, box rect) *pageLayout {
	w, h := box.x1-box.x0, box.y1-box.y0
	pl := &pageLayout{height: h, sizes: map[float64]int{}, fonts: map[string]int{}}
	glyphs, rules := upright(pc, w, h)
	pc.glyphs = nil
	if len(glyphs) == 0 {
		return pl
	}
	tables, rest := findTables(rules, glyphs)
	segs := segments(rest)
	textTables, segs := findTextTables(segs)
	tables = append(tables, textTables...)
	// The body's size and font are those of the text outside tables (a
	// report whose 26-row table is set smaller than its paragraphs has
	// paragraphs of body text, not of a title); a page that is all
	// tables counts its tables' glyphs.
	outside := 0
	for _, sg := range segs {
		outside += len(sg.glyphs)
	}
	if outside >= minBodyGlyphs {
		for _, sg := range segs {
			pl.count(sg.glyphs)
		}
	} else {
		pl.count(glyphs) // a ledger's title over its table: the table is the text
	}
	pl.tail = tailTable(textTables, segs)
	pl.arrange(tables, segs)
	return pl
}

// arrange lays the page out from its tables and the segments outside them:
// blocks in reading order, lines, page numbers dropped. It keeps both, for
// continueTable to lay the page out again.
func (pl *pageLayout) arrange(tables []*table, segs []seg) {
	pl.tables, pl.rest = tables, segs
	blocks := make([]*seg, 0, len(segs)+len(tables))
	for i := range segs {
		blocks = append(blocks, &segs[i])
	}
	for _, t := range tables {
		blocks = append(blocks, &seg{x0: t.x0, x1: t.x1, y: t.y1, bot: t.y0, top: t.y1, size: 10, table: t})
	}
	if len(blocks) == 0 {
		pl.items = nil
		return
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, b := range blocks {
		x0 = math.Min(x0, b.x0)
		x1 = math.Max(x1, b.x1)
	}
	var ordered []ordered
	xyCut(blocks, x0, x1, &ordered, 0)
	pl.items = linesFromOrder(ordered)
	pl.dropPageNumbers()
}

// tailTable returns the table without rules that ends the page — the
// lowest of them, with no line under it but a short one (a page number) —
// or nil.
func tailTable(tables []*table, segs []seg) *table {
	var last *table
	for _, t := range tables {
		if last == nil || t.y0 < last.y0 {
			last = t
		}
	}
	if last == nil {
		return nil
	}
	below := 0
	for _, s := range segs {
		if s.top < last.y0 {
			below += len(s.glyphs)
		}
	}
	if below > 8 {
		return nil
	}
	return last
}

// minBodyGlyphs is the fewest glyphs outside tables that a page's body
// style is taken from alone.
const minBodyGlyphs = 100

// count adds the sizes and fonts of glyphs to the page's tallies.
func (pl *pageLayout) count(glyphs []glyph) {
	for _, g := range glyphs {
		if !g.space {
			pl.sizes[math.Round(g.size*2)/2]++
			if isCJK(firstRune(g.text)) {
				pl.fonts[g.font.name]++
			}
		}
	}
}

// upright turns the page so that most text runs left to right and
// returns the glyphs that do (others, such as diagonal watermarks, are
// dropped), without undecodable ones, and the rules turned the same way.
func upright(pc *content, w, h float64) ([]glyph, []rect) {
	var votes [4]int
	for _, g := range pc.glyphs {
		if g.dir >= 0 {
			votes[g.dir]++
		}
	}
	best := int8(0)
	for k := int8(1); k < 4; k++ {
		if votes[k] > votes[best] {
			best = k
		}
	}
	// turn maps a point so that direction `best` becomes +x.
	turn := func(x, y float64) (float64, float64) {
		switch best {
		case 1: // text runs up: turn clockwise
			return y, w - x
		case 2:
			return w - x, h - y
		case 3:
			return h - y, x
		}
		return x, y
	}
	out := pc.glyphs[:0] // compacted in place
	for _, g := range pc.glyphs {
		if g.bad || g.dir != best || g.size <= 0 || math.IsNaN(g.x) || math.IsNaN(g.y) || math.IsInf(g.x, 0) || math.IsInf(g.y, 0) {
			continue
		}
		g.x, g.y = turn(g.x, g.y)
		if best == 2 {
			g.x -= g.w
		}
		out = append(out, g)
	}
	rules := make([]rect, 0, len(pc.rules))
	for _, r := range pc.rules {
		ax, ay := turn(r.x0, r.y0)
		bx, by := turn(r.x1, r.y1)
		rules = append(rules, rect{math.Min(ax, bx), math.Min(ay, by), math.Max(ax, bx), math.Max(ay, by)})
	}
	return out, rules
}

func orient(dx, dy float64) int {
	if math.Abs(dx) >= math.Abs(dy) {
		if dx >= 0 {
			return 0
		}
		return 2
	}
	if dy > 0 {
		return 1
	}
	return 3
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isCJK reports ideographs and CJK punctuation.
func isCJK(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x3FFFF
}

// splitBands groups glyphs into lines by baseline: it sorts glyphs in place
// and returns each band, sorted by x, as a sub-slice.
func splitBands(glyphs []glyph) [][]glyph {
	sort.SliceStable(glyphs, func(a, b int) bool { return glyphs[a].y > glyphs[b].y })
	var bands [][]glyph
	start := 0
	refY, refS := 0.0, 0.0
	for i := range glyphs {
		g := &glyphs[i]
		if i > start && math.Abs(refY-g.y) <= 0.4*math.Max(refS, g.size) {
			continue
		}
		if i > start {
			bands = append(bands, glyphs[start:i])
		}
		start = i
		refY, refS = g.y, g.size
	}
	if start < len(glyphs) {
		bands = append(bands, glyphs[start:])
	}
	for _, b := range bands {
		sort.SliceStable(b, func(i, j int) bool { return b[i].x < b[j].x })
	}
	return bands
}

// segments splits each band at wide gaps and drops glyphs drawn twice
// at the same place (fake bold). Segments share the glyphs' storage.
func segments(glyphs []glyph) []seg {
	segs := make([]seg, 0, len(glyphs)/8+1)
	for _, band := range splitBands(glyphs) {
		// Drop duplicates, compacting the band.
		k := 0
		for _, g := range band {
			if k > 0 && dup(band[:k], g) {
				continue
			}
			band[k] = g
			k++
		}
		band = band[:k]
		start := 0
		x1 := 0.0
		for i := range band {
			g := &band[i]
			if i > start {
				last := &band[i-1]
				if g.x-x1 > 1.0*math.Max(g.size, last.size) {
					segs = addSeg(segs, band[start:i])
					start = i
				}
			}
			if i == start {
				x1 = g.x
			}
			if !g.space {
				x1 = math.Max(x1, g.x+g.w)
			}
		}
		if start < len(band) {
			segs = addSeg(segs, band[start:])
		}
	}
	return segs
}

// addSeg appends a segment for glyphs unless they are all spaces.
func addSeg(segs []seg, gs []glyph) []seg {
	s := seg{x0: math.Inf(1), x1: math.Inf(-1), y: gs[0].y, glyphs: gs}
	for i := range gs {
		g := &gs[i]
		if g.space {
			continue
		}
		s.x0 = math.Min(s.x0, g.x)
		s.x1 = math.Max(s.x1, g.x+g.w)
		s.size = math.Max(s.size, g.size)
	}
	if s.size == 0 {
		return segs
	}
	s.bot = s.y - 0.2*s.size
	s.top = s.y + 0.8*s.size
	return append(segs, s)
}

func dup(gs []glyph, g glyph) bool {
	for i := len(gs) - 1; i >= 0 && i >= len(gs)-3; i-- {
		p := gs[i]
		if p.text == g.text && math.Abs(p.x-g.x) < 0.3*g.size && math.Abs(p.y-g.y) < 0.3*g.size {
			return true
		}
	}
	return false
}

type ordered struct {
	seg        *seg
	colL, colR float64
}

// xyCut orders blocks: split at a vertical gutter between text columns,
// otherwise at the widest horizontal gaps, recursively.
func xyCut(blocks []*seg, colL, colR float64, out *[]ordered, depth int) {
	if len(blocks) == 0 {
		return
	}
	if len(blocks) == 1 || depth > 200 {
		emitLeaf(blocks, colL, colR, out)
		return
	}
	hgaps := hGaps(blocks)
	if left, right, ok := vCut(blocks, len(hgaps) > 0); ok {
		if len(hgaps) == 0 {
			// One line split at a wide space: same column.
			xyCut(left, colL, colR, out, depth+1)
			xyCut(right, colL, colR, out, depth+1)
			return
		}
		lx0, lx1 := extent(left)
		rx0, rx1 := extent(right)
		xyCut(left, lx0, lx1, out, depth+1)
		xyCut(right, rx0, rx1, out, depth+1)
		return
	}
	if len(hgaps) == 0 {
		emitLeaf(blocks, colL, colR, out)
		return
	}
	maxGap := 0.0
	for _, g := range hgaps {
		maxGap = math.Max(maxGap, g.size)
	}
	// Cut at the widest gaps (and those nearly as wide).
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].top > blocks[j].top })
	var cuts []float64
	for _, g := range hgaps {
		// Deep down (many distinct gap sizes), cut at every gap at once
		// so that the recursion stays shallow.
		if g.size >= maxGap-0.75 || depth > 40 {
			cuts = append(cuts, g.at)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(cuts)))
	groups := make([][]*seg, len(cuts)+1)
	for _, b := range blocks {
		k := 0
		for k < len(cuts) && b.top <= cuts[k] {
			k++
		}
		groups[k] = append(groups[k], b)
	}
	for _, g := range groups {
		if len(g) == len(blocks) {
			emitLeaf(g, colL, colR, out)
			continue
		}
		xyCut(g, colL, colR, out, depth+1)
	}
}

func extent(bs []*seg) (float64, float64) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, b := range bs {
		x0 = math.Min(x0, b.x0)
		x1 = math.Max(x1, b.x1)
	}
	return x0, x1
}

type gap struct{ at, size float64 }

// hGaps finds the white bands across all blocks: each gap's
// middle and height.
func hGaps(blocks []*seg) []gap {
	bs := make([]*seg, len(blocks))
	copy(bs, blocks)
	sort.Slice(bs, func(i, j int) bool { return bs[i].top > bs[j].top })
	var gaps []gap
	low := bs[0].bot
	for _, b := range bs[1:] {
		if b.top < low-0.1 {
			gaps = append(gaps, gap{at: (b.top + low) / 2, size: low - b.top})
		}
		low = math.Min(low, b.bot)
	}
	return gaps
}

// vCut finds the widest vertical gutter between blocks. With
// horizontal gaps available it only cuts between text columns (both sides
// holding full lines of text), so that rows of a borderless table or a
// form read row by row.
func vCut(blocks []*seg, haveH bool) (left, right []*seg, ok bool) {
	bs := make([]*seg, len(blocks))
	copy(bs, blocks)
	sort.Slice(bs, func(i, j int) bool { return bs[i].x0 < bs[j].x0 })
	med := medianSize(bs)
	end := bs[0].x1
	bestW, bestAt := 0.0, 0.0
	for _, b := range bs[1:] {
		if w := b.x0 - end; w > bestW && w >= 0.9*med {
			bestW, bestAt = w, (b.x0+end)/2
		}
		end = math.Max(end, b.x1)
	}
	if bestW == 0 {
		return nil, nil, false
	}
	for _, b := range blocks {
		if b.x1 <= bestAt {
			left = append(left, b)
		} else {
			right = append(right, b)
		}
	}
	if !haveH {
		return left, right, true
	}
	if texty(left) && texty(right) {
		return left, right, true
	}
	return nil, nil, false
}

// texty reports a column of running text: at least two lines eight
// characters wide.
func texty(bs []*seg) bool {
	n := 0
	for _, b := range bs {
		if b.table == nil && b.x1-b.x0 >= 8*b.size {
			n++
		}
	}
	return n >= 2
}

func medianSize(bs []*seg) float64 {
	s := make([]float64, 0, len(bs))
	for _, b := range bs {
		if b.table == nil {
			s = append(s, b.size)
		}
	}
	if len(s) == 0 {
		return 10
	}
	sort.Float64s(s)
	return s[len(s)/2]
}

// emitLeaf outputs a region that is not cut further, top to bottom and
// left to right.
func emitLeaf(blocks []*seg, colL, colR float64, out *[]ordered) {
	sort.SliceStable(blocks, func(i, j int) bool {
		a, b := blocks[i], blocks[j]
		if math.Abs(a.y-b.y) > 0.4*math.Max(a.size, b.size) {
			return a.y > b.y
		}
		return a.x0 < b.x0
	})
	for _, b := range blocks {
		*out = append(*out, ordered{seg: b, colL: colL, colR: colR})
	}
}

// linesFromOrder joins consecutive segments on one baseline into lines.
func linesFromOrder(ord []ordered) []item {
	var items []item
	var cur *line
	var segs []*seg
	flush := func() {
		if cur != nil {
			finishLine(cur, segs)
			items = append(items, item{line: cur})
		}
		cur, segs = nil, nil
	}
	for _, o := range ord {
		s := o.seg
		if s.table != nil {
			flush()
			items = append(items, item{table: s.table.rows()})
			continue
		}
		if cur != nil && math.Abs(cur.y-s.y) <= 0.4*math.Max(cur.size, s.size) && s.x0 >= cur.x1-0.5*s.size && cur.colL == o.colL {
			segs = append(segs, s)
			cur.x1 = math.Max(cur.x1, s.x1)
			cur.size = math.Max(cur.size, s.size)
			continue
		}
		flush()
		cur = &line{x0: s.x0, x1: s.x1, y: s.y, size: s.size, colL: o.colL, colR: o.colR}
		segs = []*seg{s}
	}
	flush()
	return items
}

// finishLine sets a line's text and style from its segments (left to
// right); segments are joined by two spaces, which Normalize and the text
// table reader take for a gap between columns.
func finishLine(l *line, segs []*seg) {
	var sb strings.Builder
	var fonts [4]*font
	var fontN [4]int
	sizes := map[float64]int{}
	for si, s := range segs {
		if si > 0 {
			sb.WriteString("  ")
		}
		var prev *glyph
		for i := range s.glyphs {
			g := &s.glyphs[i]
			if g.space {
				if strings.ContainsRune(g.text, 0x3000) {
					sb.WriteRune(0x3000) // an ideographic space separates words on purpose
				} else {
					sb.WriteByte(' ')
				}
				prev = nil
				continue
			}
			if prev != nil {
				// A wide gap is a deliberate space (kept between Chinese
				// characters by Normalize when it is two spaces wide).
				gap := g.x - (prev.x + prev.w)
				if s := math.Max(g.size, prev.size); gap > 0.8*s {
					sb.WriteString("  ")
				} else if gap > 0.15*s {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(g.text)
			l.n++
			sizes[math.Round(g.size*2)/2]++
			if g.font != nil && isCJK(firstRune(g.text)) {
				for k := range fonts {
					if fonts[k] == g.font || fonts[k] == nil {
						fonts[k] = g.font
						fontN[k]++
						break
					}
				}
			}
			prev = g
		}
	}
	l.text = sb.String()
	best := 0
	for s, n := range sizes {
		if n > best || n == best && s > l.size {
			best, l.size = n, s
		}
	}
	best = 0
	for k, f := range fonts {
		if f != nil && (fontN[k] > best || fontN[k] == best && f.name < l.font) {
			best, l.font, l.bold = fontN[k], f.name, f.bold
		}
	}
}

var pageNumberRE = regexp.MustCompile(`^[\s\-—–－·•]*(第\s*)?[0-9０-９]+\s*(页)?\s*([/／共]\s*[0-9０-９]+\s*页?)?[\s\-—–－·•]*$|^[\s\-—–－]*(Page|page)\s*\d+(\s*of\s*\d+)?[\s\-—–－]*$`)

// dropPageNumbers removes page-number lines at the top and bottom of the
// page.
func (pl *pageLayout) dropPageNumbers() {
	out := pl.items[:0]
	for _, it := range pl.items {
		if l := it.line; l != nil && (l.y < 0.1*pl.height || l.y > 0.92*pl.height) && pageNumberRE.MatchString(l.text) {
			continue
		}
		out = append(out, it)
	}
	pl.items = out
}

// dropRunningLines drops the running heads and feet of a document's pages:
// a line in the top or bottom tenth of its page, the first or last of the
// page, set smaller than the document's text (a line only a little smaller
// also apart from the line next to it), whose text (digits aside: 第3页,
// —2—) stands at the same height on at least two pages and on at least
// half of them. A header repeated over
// a table that goes on over a page break would otherwise part the table,
// and a running head be read as a paragraph of each page.
func dropRunningLines(pages []*pageLayout, body body) {
	if len(pages) < 2 {
		return
	}
	type key struct {
		text string
		y    int
	}
	edge := func(pl *pageLayout, i int) (key, bool) {
		l := pl.items[i].line
		if l == nil || l.y >= 0.1*pl.height && l.y <= 0.9*pl.height || l.size >= 0.92*body.size {
			// A title at the top of each page (one meeting's minutes a
			// page, in bold at the text's size or larger) and a line of
			// the text itself that a narrow margin puts in the page's
			// top tenth are no running heads: those are set smaller than
			// the document's text (its tables' text on pages of tables).
			return key{}, false
		}
		// A line only a little smaller is one only when set apart from
		// the text next to it, by more than a line's spacing.
		j := i + 1
		if i > 0 {
			j = i - 1
		}
		if j < len(pl.items) && l.size >= 0.8*body.size {
			if n := pl.items[j].line; n != nil && math.Abs(n.y-l.y) < 1.6*n.size {
				return key{}, false
			}
		}
		t := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) || unicode.IsSpace(r) {
				return -1
			}
			return r
		}, l.text)
		return key{t, int(math.Round(l.y / 3))}, t != ""
	}
	ends := func(pl *pageLayout) []int {
		if len(pl.items) == 0 {
			return nil
		}
		if len(pl.items) == 1 {
			return []int{0}
		}
		return []int{0, len(pl.items) - 1}
	}
	seen := map[key]int{}
	for _, pl := range pages {
		page := map[key]bool{}
		for _, i := range ends(pl) {
			if k, ok := edge(pl, i); ok && !page[k] {
				page[k] = true
				seen[k]++
			}
		}
	}
	for _, pl := range pages {
		var drop []int
		for _, i := range ends(pl) {
			if k, ok := edge(pl, i); ok && seen[k] >= 2 && 2*seen[k] >= len(pages) {
				drop = append(drop, i)
			}
		}
		for j := len(drop) - 1; j >= 0; j-- {
			l := pl.items[drop[j]].line
			pl.items = append(pl.items[:drop[j]], pl.items[drop[j]+1:]...)
			pl.refitColumn(l.colL, l.colR)
		}
	}
}

// refitColumn sets the column of the page's lines that sat in the column
// colL–colR to what their own text spans, once a running head or foot that
// widened it is gone: a body line that reaches the margin must not look
// short against a wider footer (a browser's address line).
func (pl *pageLayout) refitColumn(colL, colR float64) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, it := range pl.items {
		if l := it.line; l != nil && l.colL == colL && l.colR == colR {
			x0, x1 = math.Min(x0, l.x0), math.Max(x1, l.x1)
		}
	}
	if x0 > x1 {
		return
	}
	for _, it := range pl.items {
		if l := it.line; l != nil && l.colL == colL && l.colR == colR {
			l.colL, l.colR = x0, x1
		}
	}
}

// findTables finds ruled tables: connected horizontal and vertical rules
// making a grid of at least two columns. It returns the tables with their
// glyphs placed in cells, and the glyphs outside tables.
func findTables(rules []rect, glyphs []glyph) ([]*table, []glyph) {
	var hs, vs []rect
	for _, r := range rules {
		w, h := r.x1-r.x0, r.y1-r.y0
		switch {
		case h <= 3 && w >= 8:
			hs = append(hs, r)
		case w <= 3 && h >= 8:
			vs = append(vs, r)
		}
	}
	if len(hs) < 2 || len(vs) < 2 || len(hs)+len(vs) > 20000 {
		return nil, glyphs
	}
	all := append(append([]rect{}, hs...), vs...)
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Join touching rules: each horizontal with each vertical it meets.
	const tol = 2.5
	// Vertical rules sorted by x: each horizontal rule meets a run of them.
	sort.Slice(vs, func(i, j int) bool { return vs[i].x0 < vs[j].x0 })
	all = append(all[:len(hs)], vs...)
	for i := range hs {
		h := hs[i]
		j0 := sort.Search(len(vs), func(j int) bool { return vs[j].x0 >= h.x0-tol-3 })
		for j := j0; j < len(vs) && vs[j].x0 <= h.x1+tol; j++ {
			v := vs[j]
			if v.x0-tol <= h.x1 && h.x0-tol <= v.x1 && h.y0-tol <= v.y1 && v.y0-tol <= h.y1 {
				a, b := find(i), find(len(hs)+j)
				if a != b {
					parent[a] = b
				}
			}
		}
	}
	comps := map[int][]int{}
	for i := range all {
		comps[find(i)] = append(comps[find(i)], i)
	}
	var tables []*table
	for _, c := range comps {
		var ch, cv []rect
		for _, i := range c {
			if i < len(hs) {
				ch = append(ch, all[i])
			} else {
				cv = append(cv, all[i])
			}
		}
		if len(ch) < 2 || len(cv) < 2 {
			continue
		}
		t := &table{x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
		for _, r := range append(ch, cv...) {
			t.x0, t.y0 = math.Min(t.x0, r.x0), math.Min(t.y0, r.y0)
			t.x1, t.y1 = math.Max(t.x1, r.x1), math.Max(t.y1, r.y1)
		}
		t.xs = boundaries(cv, true, t.y1-t.y0, 0.3)
		t.ys = boundaries(ch, false, t.x1-t.x0, 0.5)
		if len(t.xs) < 3 || len(t.ys) < 2 {
			continue
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(t.ys)))
		tables = append(tables, t)
	}
	if len(tables) == 0 {
		return nil, glyphs
	}
	// Top first, then left first: comps is a map, so ties must not be left
	// to its order (a glyph in two overlapping tables goes to the first).
	sort.Slice(tables, func(i, j int) bool {
		a, b := tables[i], tables[j]
		if a.y1 != b.y1 {
			return a.y1 > b.y1
		}
		if a.x0 != b.x0 {
			return a.x0 < b.x0
		}
		if a.y0 != b.y0 {
			return a.y0 > b.y0
		}
		return a.x1 < b.x1
	})
	for _, t := range tables {
		t.cells = make([][][]glyph, len(t.ys)-1)
		for i := range t.cells {
			t.cells[i] = make([][]glyph, len(t.xs)-1)
		}
	}
	rest := glyphs[:0] // compacted in place
	for _, g := range glyphs {
		cx, cy := g.x+g.w/2, g.y+0.3*g.size
		placed := false
		for _, t := range tables {
			if cx < t.x0 || cx > t.x1 || cy < t.y0 || cy > t.y1 {
				continue
			}
			col := sort.SearchFloat64s(t.xs, cx) - 1
			col = clamp(col, 0, len(t.xs)-2)
			row := 0
			for row < len(t.ys)-2 && cy < t.ys[row+1] {
				row++
			}
			t.cells[row][col] = append(t.cells[row][col], g)
			placed = true
			break
		}
		if !placed {
			rest = append(rest, g)
		}
	}
	return tables, rest
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// boundaries clusters rect positions (x of vertical rules, y of horizontal
// ones) whose rules together cover at least frac of span.
func boundaries(rs []rect, vertical bool, span, frac float64) []float64 {
	type cl struct {
		pos   float64
		cover []rect
	}
	sort.Slice(rs, func(i, j int) bool {
		if vertical {
			return rs[i].x0 < rs[j].x0
		}
		return rs[i].y0 < rs[j].y0
	})
	var cls []cl
	for _, r := range rs {
		p := (r.y0 + r.y1) / 2
		if vertical {
			p = (r.x0 + r.x1) / 2
		}
		if n := len(cls); n > 0 && p-cls[n-1].pos <= 2.5 {
			cls[n-1].cover = append(cls[n-1].cover, r)
			continue
		}
		cls = append(cls, cl{pos: p, cover: []rect{r}})
	}
	var out []float64
	for _, c := range cls {
		// Union of the covered intervals along the rect direction.
		iv := make([][2]float64, 0, len(c.cover))
		for _, r := range c.cover {
			if vertical {
				iv = append(iv, [2]float64{r.y0, r.y1})
			} else {
				iv = append(iv, [2]float64{r.x0, r.x1})
			}
		}
		sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
		total, s, e := 0.0, iv[0][0], iv[0][1]
		for _, x := range iv[1:] {
			if x[0] > e {
				total += e - s
				s, e = x[0], x[1]
			} else {
				e = math.Max(e, x[1])
			}
		}
		total += e - s
		if total >= frac*span {
			out = append(out, c.pos)
		}
	}
	return out
}

// rows returns the table's cell texts row by row.
func (t *table) rows() [][]string {
	out := make([][]string, 0, len(t.cells))
	for _, row := range t.cells {
		cells := make([]string, len(row))
		for j, gs := range row {
			var lines []string
			for _, band := range splitBands(gs) {
				l := &line{}
				finishLine(l, []*seg{{glyphs: band}})
				lines = append(lines, l.text)
			}
			cells[j] = strings.Join(lines, "\n")
		}
		out = append(out, cells)
	}
	return out
}

// body is the document's body style: the commonest glyph size and
// CJK font, and the usual baseline distance.
type body struct {
	size  float64
	font  string
	pitch float64
}

func bodyStyle(pages []*pageLayout) body {
	sizes := map[float64]int{}
	fonts := map[string]int{}
	for _, p := range pages {
		for s, n := range p.sizes {
			sizes[s] += n
		}
		for f, n := range p.fonts {
			fonts[f] += n
		}
	}
	var bt body
	best := 0
	for s, n := range sizes {
		if n > best || n == best && s < bt.size {
			best, bt.size = n, s
		}
	}
	best = 0
	for f, n := range fonts {
		if n > best || n == best && f < bt.font {
			best, bt.font = n, f
		}
	}
	if bt.size <= 0 {
		bt.size = 10
	}
	// pitches are the steps from line to line of body text; full those
	// after a line that reaches its column's right edge, surely inside a
	// paragraph.
	var pitches, full []float64
	for _, p := range pages {
		var prev *line
		for _, it := range p.items {
			l := it.line
			if l == nil {
				prev = nil
				continue
			}
			if prev != nil && prev.colL == l.colL && math.Abs(l.size-bt.size) < 0.5 && math.Abs(prev.size-bt.size) < 0.5 {
				if d := prev.y - l.y; d > 0.8*bt.size && d < 3*bt.size {
					pitches = append(pitches, d)
					if prev.x1 >= prev.colR-2*prev.size {
						full = append(full, d)
					}
				}
			}
			prev = l
		}
	}
	bt.pitch = 1.5 * bt.size
	switch {
	case len(full) >= 3:
		// The steps after full lines, not all steps: in a text of short
		// paragraphs set apart by space (段后), most steps are between
		// paragraphs, and their median would be one of those.
		sort.Float64s(full)
		bt.pitch = full[len(full)/2]
	case len(pitches) > 0:
		sort.Float64s(pitches)
		bt.pitch = pitches[len(pitches)/2]
	}
	return bt
}

// emit groups the page's lines into paragraphs and hands them, and the
// tables, to the builder.
func (pl *pageLayout) emit(b *model.Builder, body body) {
	pl.unhang()
	var para []string
	var first, prev *line
	flush := func() {
		if len(para) > 0 {
			b.Paragraph(strings.Join(para, "\n"), headingLevel(first, para, body))
		}
		para, first, prev = nil, nil, nil
	}
	for _, it := range pl.items {
		if it.table != nil {
			flush()
			rows := make([]model.RawRow, 0, len(it.table))
			for _, r := range it.table {
				cells := make([]model.RawCell, len(r))
				for j, c := range r {
					cells[j] = model.RawCell{Text: c}
				}
				rows = append(rows, model.RawRow{Cells: cells})
			}
			b.Table(rows)
			continue
		}
		l := it.line
		if l.size < 0.8*body.size && reNoteMark.MatchString(strings.TrimSpace(l.text)) {
			// A footnote's mark set small above the line it follows (…9月
			// 中旬¹，已完成整改15个): no line of the text, and no break in
			// its paragraph.
			continue
		}
		if prev != nil && paraBreak(prev, l, body) {
			flush()
		}
		if first == nil {
			first = l
		}
		para = append(para, l.text)
		prev = l
	}
	flush()
}

// unhang sets each column's right edge to where its lines end that end in
// no punctuation, when only lines ending in a mark set out in the margin
// (标点悬挂: …四十二名。 a glyph past the others) reach further: against the
// hanging marks every full line would look short and end its paragraph.
func (pl *pageLayout) unhang() {
	type col struct{ l, r float64 }
	edge := map[col]float64{}
	for _, it := range pl.items {
		l := it.line
		if l == nil {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(l.text, unicode.IsSpace))
		if strings.ContainsRune(hangingMarks, last) {
			continue
		}
		c := col{l.colL, l.colR}
		edge[c] = math.Max(edge[c], l.x1)
	}
	for _, it := range pl.items {
		if l := it.line; l != nil {
			if e, ok := edge[col{l.colL, l.colR}]; ok && e < l.colR && e > l.colR-2*l.size {
				l.colR = e
			}
		}
	}
}

// hangingMarks are the marks a typesetter may set out past the right
// margin.
const hangingMarks = "。，、；：！？”’）》」』.,;:!?"

// reNoteMark is a footnote's mark standing alone: a number of one or two
// digits, a superscript digit, an asterisk.
var reNoteMark = regexp.MustCompile(`^(?:[0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*＊※])$`)

// paraBreak decides whether line l starts a new paragraph after prev.
func paraBreak(prev, l *line, body body) bool {
	s := math.Max(prev.size, l.size)
	big := prev.size >= 1.15*body.size && l.size >= 1.15*body.size
	if math.Abs(prev.size-l.size) > 0.12*s {
		return true
	}
	if prev.font != "" && l.font != "" && prev.font != l.font {
		return true
	}
	pitch := body.pitch * s / body.size
	if prev.colL != l.colL {
		// A new column: the paragraph goes on when the last one ended at
		// the margin and this one starts at it.
		return prev.x1 < prev.colR-1.5*prev.size || l.x0 > l.colL+0.9*l.size
	}
	dy := prev.y - l.y
	if dy <= 0 || dy > 1.6*pitch {
		return true
	}
	if big {
		// Title lines (often centred) belong together.
		return false
	}
	if l.x0 > l.colL+0.9*l.size {
		return true
	}
	if prev.x1 < prev.colR-1.5*prev.size {
		// A short line ends its paragraph, unless it stopped short only
		// because the next line's first word (88.7%, 2023, ABC) would not
		// fit in what was left of it, and it ends no sentence.
		return !wrappedWord(prev, l)
	}
	return false
}

// reYearStart is a line that starts with a year (2024年).
var reYearStart = regexp.MustCompile(`^\s*(19|20)[0-9]{2}\s*年`)

// wrappedWord tells a line prev that ends no sentence and stopped short of
// its column's right edge by less than the width of the word of digits or
// Latin letters the next line l starts with: a typesetter moved the word
// (and the punctuation glued to it) down whole.
func wrappedWord(prev, l *line) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(prev.text, unicode.IsSpace))
	if strings.ContainsRune("。！？；：!?;:", last) || model.HeadingNumberLevel(prev.text) > 0 || reYearStart.MatchString(l.text) {
		// A heading or a list item ends short of the margin on its own; a
		// line that starts with a year (2024年以来…) starts a paragraph.
		return false
	}
	n := 0
	for _, r := range l.text {
		if r > unicode.MaxASCII && r != '％' || unicode.IsSpace(r) {
			break
		}
		n++
	}
	if n == 0 {
		return false
	}
	// Digits and Latin letters are about half as wide as a CJK glyph; the
	// full-width mark that may follow the word moves with it.
	need := (0.6*float64(n) + 1) * l.size
	return prev.colR-prev.x1 < need+0.5*prev.size
}

// headingLevel tells a heading from body text by size and font.
func headingLevel(first *line, para []string, body body) int {
	if first == nil {
		return 0
	}
	r := first.size / body.size
	n := 0
	for _, p := range para {
		n += utf8.RuneCountInString(p)
	}
	switch {
	case r >= 1.25 && n <= 120:
		return 1
	case r >= 1.1 && n <= 120:
		return 2
	case first.font != "" && first.font != body.font && first.bold && n <= 80:
		return 2
	case first.font != "" && first.font != body.font && n <= 80 && (strings.Contains(strings.ToLower(first.font), "sans") || strings.Contains(first.font, "Hei")):
		return 2
	}
	return 0
}
