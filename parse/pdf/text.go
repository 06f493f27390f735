package pdf

import (
	"math"
	"strings"
	"unicode/utf8"

	pdflib "github.com/ledongthuc/pdf"
)

// mat is an affine matrix [a b c d e f], as PDF writes them.
type mat [6]float64

var ident = mat{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m mat) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// glyph is one shown character, in page space (y up).
type glyph struct {
	x, y  float64 // baseline origin
	w     float64 // advance along the line
	size  float64 // font size in page space
	text  string
	font  *font
	dir   int8 // baseline direction: 0 →, 1 ↑, 2 ←, 3 ↓; -1 slanted
	bad   bool // no Unicode for it
	space bool // a space character: advance only
}

// rect is a stroked or filled line seg or thin rectangle (a table
// border), as a box in page space.
type rect struct{ x0, y0, x1, y1 float64 }

// content is what the interpreter finds on a page.
type content struct {
	glyphs []glyph
	rules  []rect
	images int
}

type gstate struct {
	ctm    mat
	tc, tw float64
	th     float64
	tl     float64
	tfs    float64
	rise   float64
	font   *font
}

// interp runs content streams, collecting glyphs.
type interp struct {
	doc   *document
	out   *content
	depth int
	codes []code
}

// maxOpsPerDoc bounds the operators interpreted in one file.
const maxOpsPerDoc = 20_000_000

// maxContent bounds one page's content, decompressed.
const maxContent = 64 << 20

// runContent interprets one content stream with its resources.
func (ti *interp) runContent(data []byte, res pdflib.Value, base mat) {
	if ti.depth > 8 {
		return
	}
	ti.depth++
	defer func() { ti.depth-- }()

	gs := gstate{ctm: base, th: 1}
	var stack []gstate
	var tm, tlm mat
	fonts := map[string]*font{}
	// Path under construction, for table rules.
	var path []rect
	var px, py float64 // current point
	var sx, sy float64 // subpath start

	var fontDict pdflib.Value
	var fontRefs map[string]string
	getFont := func(name string) *font {
		if f, ok := fonts[name]; ok {
			return f
		}
		if fontRefs == nil {
			fontDict = res.Key("Font")
			fontRefs = refs(fontDict)
		}
		f := ti.doc.font(fontDict, fontRefs, name)
		fonts[name] = f
		return f
	}
	show := func(s string) {
		f := gs.font
		if f == nil || gs.tfs == 0 {
			return
		}
		ti.codes = f.decode(s, ti.codes[:0])
		for _, c := range ti.codes {
			m2 := tm.mul(gs.ctm) // text space → page
			th := gs.tfs * gs.th
			x := gs.rise*m2[2] + m2[4]
			y := gs.rise*m2[3] + m2[5]
			adv := c.width*gs.tfs + gs.tc
			if c.n == 1 && c.code == 32 {
				adv += gs.tw
			}
			adv *= gs.th
			// Direction of the baseline, the glyph's height and advance.
			dx, dy := th*m2[0], th*m2[1]
			hl := math.Sqrt(dx*dx + dy*dy)
			size := gs.tfs * math.Sqrt(m2[2]*m2[2]+m2[3]*m2[3]) * f.emScale
			if hl > 0 {
				dx, dy = dx/hl, dy/hl
			}
			wPage := adv * math.Sqrt(m2[0]*m2[0]+m2[1]*m2[1])
			dir := int8(orient(dx, dy))
			if math.Min(math.Abs(dx), math.Abs(dy)) > 0.1 {
				dir = -1
			}
			if c.text != "" || c.bad {
				g := glyph{x: x, y: y, w: wPage, size: size, text: c.text, font: f, dir: dir, bad: c.bad}
				if c.text == " " || c.text == "\u00a0" || c.text == "\u3000" {
					g.space = true
				}
				ti.out.glyphs = append(ti.out.glyphs, g)
			}
			tm[4] += adv * tm[0]
			tm[5] += adv * tm[1]
		}
	}
	num := func(args []csOperand, i int) float64 {
		if i < len(args) && args[i].kind == csNum {
			return args[i].num
		}
		return 0
	}
	addRule := func(r rect) {
		if len(ti.out.rules) < 100000 {
			ti.out.rules = append(ti.out.rules, r)
		}
	}
	userBox := func(x0, y0, x1, y1 float64) rect {
		ax, ay := gs.ctm.apply(x0, y0)
		bx, by := gs.ctm.apply(x1, y1)
		cx, cy := gs.ctm.apply(x0, y1)
		dx, dy := gs.ctm.apply(x1, y0)
		return rect{
			math.Min(math.Min(ax, bx), math.Min(cx, dx)), math.Min(math.Min(ay, by), math.Min(cy, dy)),
			math.Max(math.Max(ax, bx), math.Max(cx, dx)), math.Max(math.Max(ay, by), math.Max(cy, dy)),
		}
	}

	// Marked content: ActualText replaces the glyphs shown inside it.
	type marked struct {
		actual string
		has    bool
		start  int
	}
	var mstack []marked

	maxOps := maxOpsPerDoc - int(ti.doc.budget.ops.Load())
	if maxOps <= 0 {
		return // readPages reports the exhausted budget
	}
	if ti.out.glyphs == nil {
		ti.out.glyphs = make([]glyph, 0, len(data)/16+16)
	}
	ops := 0
	truncated := scanContent(data, maxOps, ti.doc.budget.stop.Load, func(op string, args []csOperand) {
		ops++
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, gs)
			}
		case "Q":
			if n := len(stack); n > 0 {
				gs = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) >= 6 {
				m := mat{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
				gs.ctm = m.mul(gs.ctm)
			}
		case "BT":
			tm, tlm = ident, ident
		case "ET":
		case "Tf":
			if len(args) >= 2 && args[0].kind == csName {
				gs.font = getFont(args[0].s)
				gs.tfs = num(args, 1)
			}
		case "Tc":
			gs.tc = num(args, 0)
		case "Tw":
			gs.tw = num(args, 0)
		case "Tz":
			gs.th = num(args, 0) / 100
		case "TL":
			gs.tl = num(args, 0)
		case "Ts":
			gs.rise = num(args, 0)
		case "Td":
			tlm = mat{1, 0, 0, 1, num(args, 0), num(args, 1)}.mul(tlm)
			tm = tlm
		case "TD":
			gs.tl = -num(args, 1)
			tlm = mat{1, 0, 0, 1, num(args, 0), num(args, 1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) >= 6 {
				tlm = mat{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
				tm = tlm
			}
		case "T*":
			tlm = mat{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) >= 1 && args[len(args)-1].kind == csString {
				show(args[len(args)-1].s)
			}
		case "'":
			tlm = mat{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
			tm = tlm
			if len(args) >= 1 && args[len(args)-1].kind == csString {
				show(args[len(args)-1].s)
			}
		case "\"":
			if len(args) >= 3 {
				gs.tw = num(args, 0)
				gs.tc = num(args, 1)
			}
			tlm = mat{1, 0, 0, 1, 0, -gs.tl}.mul(tlm)
			tm = tlm
			if len(args) >= 1 && args[len(args)-1].kind == csString {
				show(args[len(args)-1].s)
			}
		case "TJ":
			if len(args) >= 1 && args[len(args)-1].kind == csArray {
				for _, e := range args[len(args)-1].arr {
					switch e.kind {
					case csString:
						show(e.s)
					case csNum:
						tx := -e.num / 1000 * gs.tfs * gs.th
						tm = mat{1, 0, 0, 1, tx, 0}.mul(tm)
					}
				}
			}
		case "BMC":
			if len(mstack) < 256 {
				mstack = append(mstack, marked{start: len(ti.out.glyphs)})
			}
		case "BDC":
			m := marked{start: len(ti.out.glyphs)}
			if len(args) >= 2 {
				if at, ok := args[1].dictGet("ActualText"); ok && at.kind == csString {
					m.actual, m.has = textString(at.s), true
				}
			}
			if len(mstack) < 256 {
				mstack = append(mstack, m)
			}
		case "EMC":
			if n := len(mstack); n > 0 {
				m := mstack[n-1]
				mstack = mstack[:n-1]
				if m.has && m.start < len(ti.out.glyphs) {
					gs := ti.out.glyphs[m.start:]
					g := gs[0]
					last := gs[len(gs)-1]
					if w := last.x + last.w - g.x; w > g.w && g.dir == 0 && last.dir == 0 {
						g.w = w
					}
					g.text, g.bad, g.space = m.actual, false, strings.TrimSpace(m.actual) == ""
					ti.out.glyphs = append(ti.out.glyphs[:m.start], g)
				}
			}
		case "Do":
			if len(args) >= 1 && args[0].kind == csName {
				ti.doXObject(res, args[0].s, gs.ctm)
			}
		case "BI":
			ti.out.images++
		// Paths: keep straight segments and thin rectangles as rules.
		case "m":
			px, py = num(args, 0), num(args, 1)
			sx, sy = px, py
		case "l":
			x, y := num(args, 0), num(args, 1)
			if len(path) < 10000 {
				path = append(path, userBox(math.Min(px, x), math.Min(py, y), math.Max(px, x), math.Max(py, y)))
			}
			px, py = x, y
		case "h":
			if len(path) < 10000 && (px != sx || py != sy) {
				path = append(path, userBox(math.Min(px, sx), math.Min(py, sy), math.Max(px, sx), math.Max(py, sy)))
			}
			px, py = sx, sy
		case "re":
			x, y, w, h := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
			if w < 0 {
				x, w = x+w, -w
			}
			if h < 0 {
				y, h = y+h, -h
			}
			if len(path) < 10000 {
				b := userBox(x, y, x+w, y+h)
				if b.x1-b.x0 < 3 || b.y1-b.y0 < 3 {
					path = append(path, b)
				} else {
					// A box: its four edges.
					path = append(path,
						rect{b.x0, b.y0, b.x1, b.y0}, rect{b.x0, b.y1, b.x1, b.y1},
						rect{b.x0, b.y0, b.x0, b.y1}, rect{b.x1, b.y0, b.x1, b.y1})
				}
			}
			px, py = x, y
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
			for _, r := range path {
				if r.x1-r.x0 < 3 || r.y1-r.y0 < 3 {
					addRule(r)
				}
			}
			path = path[:0]
		case "n", "W", "W*":
			if op == "n" {
				path = path[:0]
			}
		}
	})
	ti.doc.budget.ops.Add(int64(ops))
	if truncated && !ti.doc.budget.stop.Load() {
		// Mark the budget as spent even when the last page ran it out.
		ti.doc.budget.ops.Store(maxOpsPerDoc)
	}
}

// doXObject runs a form XObject or counts an image.
func (ti *interp) doXObject(res pdflib.Value, name string, ctm mat) {
	x := res.Key("XObject").Key(name)
	if x.Kind() != pdflib.Stream {
		return
	}
	switch x.Key("Subtype").Name() {
	case "Image":
		ti.out.images++
	case "Form":
		if ti.depth > 8 {
			return
		}
		data, _ := readStream(x, ti.doc.budget, maxContent)
		if len(data) == 0 {
			return
		}
		m := ident
		if fm := x.Key("Matrix"); fm.Len() == 6 {
			for i := 0; i < 6; i++ {
				m[i] = fm.Index(i).Float64()
			}
		}
		fres := x.Key("Resources")
		if fres.Kind() != pdflib.Dict {
			fres = res
		}
		ti.runContent(data, fres, m.mul(ctm))
	}
}

// textString decodes a PDF text string: UTF-16BE with a byte-order
// mark, UTF-8 with one, or PDFDocEncoding (read as Latin-1).
func textString(s string) string {
	switch {
	case strings.HasPrefix(s, "\xfe\xff"):
		return decodeUTF16(s[2:])
	case strings.HasPrefix(s, "\xef\xbb\xbf") && utf8.ValidString(s[3:]):
		return s[3:]
	}
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r = append(r, rune(s[i]))
	}
	return string(r)
}
