package pdf

import (
	"math"
	"sort"
)

// Tables laid out without rules.
//
// Ledgers exported to PDF often draw no lines: a table is then only text
// whose columns line up. findTextTables looks, among the segments of a page
// that no ruled table holds, for runs of consecutive lines that share at
// least two gutters (vertical strips no text crosses), so at least three
// columns, with at least three lines that fill most of the columns. Such a
// run is read as a table: lines that fill most columns start a row (or,
// when the first column holds short entries such as serial numbers, lines
// that fill it), other lines (a cell's text wrapped onto more lines) join the row of the line
// above them in the same column, or, with none close above (text centred in
// a taller row), the row below. When cells are centred in their rows (the
// two halves of wrapped cells around rows' lines, in two rows or more), a
// row takes as many lines below its line as it has above.
//
// Running text crosses the gutters and ends the run; a page set in two
// columns has one gutter, not two; text set in three or more columns is told
// from a table by its lines, which fill their columns, where the first row
// of a table is usually a header of short labels.

// textBand is the segments on one baseline.
type textBand struct {
	segs []*seg
	y    float64
	size float64
}

// Bounds of what is looked at.
const (
	textTableMinRows = 3
	textTableMinCols = 3
	textTableMaxCols = 30
	// textTableMaxGap is the widest gap, in lines of the text's size, from
	// one line of a table to the next: rows padded apart, cells centred.
	textTableMaxGap = 4.5
)

// findTextTables takes the tables without rules out of segs (in the order
// segments gives: band by band, top to bottom, left to right).
func findTextTables(segs []seg) ([]*table, []seg) {
	bands, orig := textBands(segs)
	if starts := columnStarts(bands); len(starts) >= textTableMinCols-1 {
		for k := range bands {
			bands[k].splitAt(starts)
		}
	}
	var tables []*table
	var used map[*seg]bool
	lastEnd := 0 // where the last table found ends
	for i := 0; i < len(bands); {
		if len(bands[i].segs) < textTableMinCols {
			i++
			continue
		}
		j, cols := growTextTable(bands, i)
		t, n := textTable(bands[i:j], cols)
		if t != nil && i > lastEnd && bands[i-1].y-bands[i].y <= 1.5*bands[i].size && len(addSpans(cols, bands[i-1])) == len(cols) {
			// The line right above the first row, within its columns: the
			// upper half of a header centred in its row (包案领 over 导).
			if t2, n2 := textTable(bands[i-1:j], cols); t2 != nil && n2 > n {
				t, n, i = t2, n2, i-1
			}
		}
		if t != nil && i+n < j {
			// Lines after the table that no cell continues are not part of
			// it; without them the columns may be fewer.
			j = i + n
			cols = nil
			for _, b := range bands[i:j] {
				cols = addSpans(cols, b)
			}
			t, _ = textTable(bands[i:j], cols)
		}
		if t == nil {
			// A long run that is no table is passed over whole, so that a
			// page of such runs costs linear time.
			if j-i > 8 {
				i = j
			} else {
				i++
			}
			continue
		}
		tables = append(tables, t)
		lastEnd = j
		if used == nil {
			used = map[*seg]bool{}
		}
		for _, o := range orig[i:j] {
			for _, s := range o {
				used[s] = true
			}
		}
		i = j
	}
	if len(tables) == 0 {
		return nil, segs
	}
	rest := segs[:0:0]
	for i := range segs {
		if !used[&segs[i]] {
			rest = append(rest, segs[i])
		}
	}
	return tables, rest
}

// splitAt splits the band's segments where columns start (splitAtStarts).
func (b *textBand) splitAt(starts []float64) {
	var out []*seg
	for _, s := range b.segs {
		out = append(out, splitAtStarts(s, starts)...)
	}
	b.segs = out
}

// textBands groups consecutive segments on one baseline, split more finely
// than segments splits them: cells are often set closer than the gap that
// separates segments (a padding of half a character). orig[k] holds the
// segments of band k as given.
func textBands(segs []seg) (bands []textBand, orig [][]*seg) {
	for i := range segs {
		s := &segs[i]
		if n := len(bands); n > 0 {
			b := &bands[n-1]
			if math.Abs(b.y-s.y) <= 0.4*math.Max(b.size, s.size) && s.x0 > orig[n-1][len(orig[n-1])-1].x0 {
				b.segs = append(b.segs, splitSeg(s)...)
				b.size = math.Max(b.size, s.size)
				orig[n-1] = append(orig[n-1], s)
				continue
			}
		}
		bands = append(bands, textBand{segs: splitSeg(s), y: s.y, size: s.size})
		orig = append(orig, []*seg{s})
	}
	return bands, orig
}

// splitSeg splits a segment where its glyphs are more than 0.45 of their
// size apart; it returns s itself when they are not.
func splitSeg(s *seg) []*seg {
	return splitWhere(s, func(g *glyph, gap float64) bool { return gap > 0.45*g.size })
}

// columnStarts returns the x positions where cells start on at least
// textTableMinRows lines that split into textTableMinCols or more pieces:
// the left edges of the columns of a table whose cells are set close.
func columnStarts(bands []textBand) []float64 {
	var xs []float64
	size := 0.0
	for _, b := range bands {
		if len(b.segs) >= textTableMinCols {
			for _, s := range b.segs {
				xs = append(xs, s.x0)
			}
			size = math.Max(size, b.size)
		}
	}
	if len(xs) < textTableMinRows*textTableMinCols {
		return nil
	}
	sort.Float64s(xs)
	var starts []float64
	for i := 0; i < len(xs); {
		j := i + 1
		for j < len(xs) && xs[j]-xs[i] <= 0.2*size {
			j++
		}
		if j-i >= textTableMinRows {
			starts = append(starts, xs[i])
		}
		i = j
	}
	return starts
}

// splitAtStarts splits a segment before each glyph that starts a column
// (within a fifth of its size of a start) after a visible gap, however
// narrow.
func splitAtStarts(s *seg, starts []float64) []*seg {
	return splitWhere(s, func(g *glyph, gap float64) bool {
		if gap <= 0.05*g.size {
			return false
		}
		k := sort.SearchFloat64s(starts, g.x-0.2*g.size)
		return k < len(starts) && starts[k] <= g.x+0.2*g.size
	})
}

// splitWhere splits a segment before each visible glyph for which cut,
// given the gap after the visible glyphs before it, is true; it returns s
// itself when it cuts nowhere.
func splitWhere(s *seg, cut func(g *glyph, gap float64) bool) []*seg {
	var parts []seg
	start, end := 0, math.Inf(-1)
	for i := range s.glyphs {
		g := &s.glyphs[i]
		if g.space {
			continue
		}
		if !math.IsInf(end, -1) && cut(g, g.x-end) {
			parts = addSeg(parts, s.glyphs[start:i])
			start = i
		}
		end = math.Max(end, g.x+g.w)
	}
	if len(parts) == 0 {
		return []*seg{s}
	}
	parts = addSeg(parts, s.glyphs[start:])
	out := make([]*seg, len(parts))
	for i := range parts {
		out[i] = &parts[i]
	}
	return out
}

// span is an interval of x covered by text.
type span struct{ x0, x1 float64 }

// addSpans merges the band's segments into the covered intervals.
func addSpans(cover []span, b textBand) []span {
	out := make([]span, 0, len(cover)+len(b.segs))
	out = append(out, cover...)
	for _, s := range b.segs {
		out = append(out, span{s.x0, s.x1})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].x0 < out[j].x0 })
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp.x0-last.x1 < 0.02*b.size {
			last.x1 = math.Max(last.x1, sp.x1)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// growTextTable extends a run of lines from bands[i] while the lines keep
// at least two gutters and every gutter found so far, none more than four
// and a half lines below the one before (rows padded apart: a ledger in a
// report, its cells centred, stands three lines and more between rows —
// cases-bs 02): it returns the end of the run and the columns (the covered
// intervals).
func growTextTable(bands []textBand, i int) (int, []span) {
	cover := addSpans(nil, bands[i])
	size := bands[i].size
	j := i + 1
	for ; j < len(bands); j++ {
		b := bands[j]
		if bands[j-1].y-b.y > textTableMaxGap*size || math.Abs(b.size-size) > 0.25*size {
			break
		}
		next := addSpans(cover, b)
		if len(next) < len(cover) || len(next) < textTableMinCols || len(next) > textTableMaxCols {
			break
		}
		cover = next
	}
	return j, cover
}

// column returns the column holding the middle of s.
func column(cols []span, s *seg) int {
	mid := (s.x0 + s.x1) / 2
	k := sort.Search(len(cols), func(k int) bool { return cols[k].x1 >= mid })
	return min(k, len(cols)-1)
}

// textTable reads a run of bands as a table, or returns nil when the run is
// not one. It also returns how many of the bands the table holds: lines
// after the last row that continue none of its cells are left out.
func textTable(bands []textBand, cols []span) (*table, int) {
	return textTableRows(bands, cols, textTableMinRows, false)
}

// textTableRows is textTable needing minRows rows; below textTableMinRows
// the bands are a table's tail carried over from the page before, in its
// columns (continueTable): no header is looked for, nor prose told apart.
//
// centred says the rows' cells are known to be centred (those of the table
// on the page before were), when too few rows are there to tell.
func textTableRows(bands []textBand, cols []span, minRows int, centred bool) (*table, int) {
	if len(cols) < textTableMinCols || len(bands) == 0 {
		return nil, 0
	}
	need := max(2, (len(cols)+1)/2)
	anchor := make([]bool, len(bands))
	filled := make([][]bool, len(bands))
	rows := 0
	for k, b := range bands {
		filled[k] = make([]bool, len(cols))
		n := 0
		for _, s := range b.segs {
			c := column(cols, s)
			if !filled[k][c] {
				filled[k][c] = true
				n++
			}
		}
		if n >= need && n >= textTableMinCols-1 {
			anchor[k] = true
			rows++
		}
	}
	if serialColumn(bands, cols) {
		// Rows numbered in the first column start where the numbers are:
		// a line of wrapped text can fill most columns too.
		rows = 0
		for k := range bands {
			anchor[k] = filled[k][0]
			if anchor[k] {
				rows++
			}
		}
	}
	if rows < minRows || !anchor[0] && !(len(bands) > 1 && anchor[1] && bands[0].y-bands[1].y <= 1.5*bands[1].size) {
		return nil, 0 // a table starts on a row's line, or on the upper half of a header centred in its row
	}
	if minRows >= textTableMinRows && !headerRow(bands[0]) && proseColumns(bands, cols) {
		return nil, 0
	}
	// The baseline distance of wrapped lines: the smallest between bands.
	pitch := math.Inf(1)
	for k := 1; k < len(bands); k++ {
		pitch = math.Min(pitch, bands[k-1].y-bands[k].y)
	}
	if len(bands) == 1 {
		pitch = 1.2 * bands[0].size // a tail of one line
	}
	if pitch <= 0 || math.IsInf(pitch, 1) {
		return nil, 0
	}
	row := make([]int, len(bands))
	for k := range row {
		row[k] = -1
	}
	r := -1
	for k := range bands {
		if anchor[k] {
			r++
			row[k] = r
		}
	}
	centred = centred || centredCells(bands, anchor, filled, pitch)
	if centred {
		// A wrapped cell centred in a taller row has as many lines above
		// the row's line as below it: of the lines between two rows' lines,
		// the first row takes as many as it had above, the next row the
		// rest; after the last row, as many as it had above.
		above := 0 // the lines above the row's line of the row at hand
		last := -1 // the row's line at hand
		for k := 0; k <= len(bands); k++ {
			if k < len(bands) && !anchor[k] {
				continue
			}
			// Lines last+1 … k-1 lie between the row's lines last and k.
			m := k - last - 1
			lower := 0
			if last >= 0 {
				lower = min(above, m)
			}
			for q := last + 1; q < k; q++ {
				switch {
				case q-last-1 < lower:
					row[q] = row[last]
				case k < len(bands):
					row[q] = row[k]
				}
			}
			above, last = m-lower, k
		}

	} else {
		for k := range bands {
			if anchor[k] {
				continue
			}
			// A wrapped line joins the line just above it in one of its columns.
			for up := k - 1; up >= 0 && bands[up].y-bands[k].y <= 1.35*pitch; up-- {
				if shares(filled[up], filled[k]) && row[up] >= 0 {
					row[k] = row[up]
					break
				}
			}
		}
	}
	// Lines with nothing close above join the next row (a centred cell);
	// after the last row they are not the table's.
	for len(bands) > 0 && row[len(bands)-1] < 0 {
		bands = bands[:len(bands)-1]
	}
	for k := len(bands) - 1; k >= 0; k-- {
		if row[k] < 0 {
			row[k] = row[k+1]
		}
	}
	t := &table{x0: cols[0].x0, x1: cols[len(cols)-1].x1, y0: math.Inf(1), y1: math.Inf(-1), cols: cols, centred: centred}
	t.cells = make([][][]glyph, r+1)
	for k := range t.cells {
		t.cells[k] = make([][]glyph, len(cols))
	}
	for k, b := range bands {
		for _, s := range b.segs {
			c := column(cols, s)
			t.cells[row[k]][c] = append(t.cells[row[k]][c], s.glyphs...)
			t.y0 = math.Min(t.y0, s.bot)
			t.y1 = math.Max(t.y1, s.top)
		}
	}
	return t, len(bands)
}

// centredCells reports a table whose cells are centred in their rows: in
// two rows or more, a row's line has a line right above it and one right
// below it (within 1.35 pitch) that both hold a column the row's line leaves
// empty — the two halves of a cell wrapped onto an even number of lines,
// the row's other cells set between them. Cells set at the top have their
// first lines on the row's line, cells set at the bottom their last lines.
func centredCells(bands []textBand, anchor []bool, filled [][]bool, pitch float64) bool {
	n := 0
	for k := 1; k+1 < len(bands); k++ {
		if !anchor[k] || anchor[k-1] || anchor[k+1] || bands[k-1].y-bands[k].y > 1.35*pitch || bands[k].y-bands[k+1].y > 1.35*pitch {
			continue
		}
		for c := range filled[k] {
			if filled[k-1][c] && filled[k+1][c] && !filled[k][c] {
				n++
				break
			}
		}
	}
	return n >= 2
}

// serialColumn reports a first column of short entries (序号 1 2 3) on at
// least textTableMinRows lines.
func serialColumn(bands []textBand, cols []span) bool {
	n := 0
	for _, b := range bands {
		for _, s := range b.segs {
			if column(cols, s) != 0 {
				continue
			}
			if s.x1-s.x0 > 4.5*s.size {
				return false
			}
			n++
		}
	}
	return n >= textTableMinRows
}

func shares(a, b []bool) bool {
	for i := range a {
		if a[i] && b[i] {
			return true
		}
	}
	return false
}

// headerRow reports a line of short labels, none a number: 序号 问题 责任单位.
func headerRow(b textBand) bool {
	for _, s := range b.segs {
		if s.x1-s.x0 > 8.5*s.size {
			return false
		}
		for _, g := range s.glyphs {
			if !g.space {
				if c := firstRune(g.text); c >= '0' && c <= '9' {
					return false
				}
				break
			}
		}
	}
	return true
}

// proseColumns reports text set in columns: two or more columns whose lines
// are long and mostly fill the column.
func proseColumns(bands []textBand, cols []span) bool {
	long := make([]int, len(cols))
	all := make([]int, len(cols))
	for _, b := range bands {
		for _, s := range b.segs {
			c := column(cols, s)
			all[c]++
			if s.x1-s.x0 >= 8*s.size && s.x1-s.x0 >= 0.85*(cols[c].x1-cols[c].x0) {
				long[c]++
			}
		}
	}
	n := 0
	for c := range cols {
		if all[c] > 0 && long[c]*10 >= all[c]*6 {
			n++
		}
	}
	return n >= 2
}

// carryTables reads the head of each page as the tail of the table without
// rules that ends the page before (pageLayout.tail), when its lines fit
// that table's columns: a ledger's last rows carried over to the next page,
// too few to be found as a table of their own (one row and a 合计 row).
// Pages are laid out one by one; this pass, after them, knows each page's
// neighbour.
func carryTables(lay []*pageLayout) {
	for i := 1; i < len(lay); i++ {
		if lay[i-1] != nil && lay[i] != nil && lay[i-1].tail != nil {
			lay[i].continueTable(lay[i-1].tail)
		}
	}
}

// continueTable takes the lines at the top of the page that fit cols, with
// at least one row's line among them, as a table in those columns, and lays
// the page out again with it. A page that opens on a table, or on a line
// that crosses the columns, is left as it is.
func (pl *pageLayout) continueTable(prev *table) {
	cols := prev.cols
	if len(pl.rest) == 0 {
		return
	}
	bands, orig := textBands(pl.rest)
	top := bands[0].y
	for _, t := range pl.tables {
		if t.y1 >= top {
			return // the page opens on a table of its own
		}
	}
	starts := make([]float64, len(cols))
	for k, c := range cols {
		starts[k] = c.x0
	}
	j := 0
	for ; j < len(bands); j++ {
		bands[j].splitAt(starts)
		if !fitsColumns(bands[j], cols) || j > 0 && bands[j-1].y-bands[j].y > textTableMaxGap*bands[j].size {
			break
		}
	}
	if j == 0 {
		return
	}
	t, n := textTableRows(bands[:j], cols, 1, prev.centred)
	if t == nil {
		return
	}
	used := map[*seg]bool{}
	for _, o := range orig[:n] {
		for _, s := range o {
			used[s] = true
		}
	}
	rest := pl.rest[:0:0]
	for i := range pl.rest {
		if !used[&pl.rest[i]] {
			rest = append(rest, pl.rest[i])
		}
	}
	pl.arrange(append(pl.tables, t), rest)
}

// fitsColumns tells a band each of whose segments lies within one of cols,
// give or take its size.
func fitsColumns(b textBand, cols []span) bool {
	for _, s := range b.segs {
		c := cols[column(cols, s)]
		if s.x0 < c.x0-s.size || s.x1 > c.x1+s.size {
			return false
		}
	}
	return true
}
