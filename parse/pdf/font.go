package pdf

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	pdflib "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// fontKind is the PDF font type as far as text extraction cares.
type fontKind uint8

const (
	fontSimple fontKind = iota // Type1, TrueType, MMType1: one byte per code
	fontType0                  // composite (CID) fonts
	fontType3                  // glyphs drawn by content streams, FontMatrix maps them
)

// codeSplit tells how a composite font's byte string divides into codes.
type codeSplit uint8

const (
	splitOne      codeSplit = iota // one byte per code
	splitTwo                       // two bytes per code (Identity-H, UCS-2)
	splitUTF16                     // two bytes, four for a surrogate pair
	splitEUC                       // one byte for 0x00-0x80, else two (four for GB18030)
	splitUTF8                      // UTF-8 sequences
	splitSpace                     // the CMap's codespace ranges
	splitShiftJIS                  // Shift-JIS lead bytes
)

// font is what the text interpreter needs from a font: how to split
// strings into codes, each code's text and width.
type font struct {
	name  string // BaseFont without a subset prefix
	kind  fontKind
	split codeSplit
	space []codeRange // for splitSpace

	toUni    *cmap // ToUnicode, or nil when absent or useless
	hasToUni bool  // the font has a ToUnicode stream
	enc      *cmap // embedded encoding CMap of a Type0 font, or nil

	// Simple fonts: the Encoding's text for each code ("" unknown).
	simple [256]string
	hasEnc bool // simple has entries from an Encoding or a standard table

	// predef decodes the bytes of one code of a Type0 font with a
	// predefined CMap (UCS-2, GBK, …); nil when there is none.
	predef     encoding.Encoding
	predefUCS  bool // code is a Unicode code point (UCS-2/UTF-16/UTF-32)
	predefUTF8 bool
	adobeGB1   bool // CIDs follow Adobe-GB1 (ASCII is CID c-0x1F)

	// Widths, in text space units (already divided by 1000 or mapped by
	// the FontMatrix).
	first    int
	widths   []float64
	missing  float64
	cidW     map[uint32]float64
	dw       float64
	identity bool    // Type0 Identity-H/V: CID = code
	emScale  float64 // font size multiplier to get the glyph height (Type3)
	bold     bool
}

// code is one code of a shown string.
type code struct {
	code  uint32
	n     int // bytes
	text  string
	width float64 // text space units per unit of font size
	bad   bool    // no Unicode for the code
}

// loadFont builds a font from a font dictionary.
func loadFont(v pdflib.Value, budget *budget) *font {
	f := &font{missing: 0, dw: 1, emScale: 1}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:]
	}
	f.name = base
	lname := strings.ToLower(base)
	f.bold = strings.Contains(lname, "bold") || strings.Contains(lname, "heavy") || strings.Contains(lname, "black") ||
		strings.Contains(lname, "hei") || strings.Contains(base, "黑体")
	if tu := v.Key("ToUnicode"); tu.Kind() == pdflib.Stream {
		f.hasToUni = true
		if data, err := readStream(tu, budget, 4<<20); err == nil || len(data) > 0 {
			f.toUni = parseCMap(data)
			if len(f.toUni.uni) == 0 && len(f.toUni.ranges) == 0 {
				f.toUni = nil
			}
		}
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.kind = fontType0
		loadType0(f, v, budget)
	case "Type3":
		f.kind = fontType3
		loadSimple(f, v)
		fm := v.Key("FontMatrix")
		a, d := 0.001, 0.001
		if fm.Len() == 6 {
			a, d = fm.Index(0).Float64(), fm.Index(3).Float64()
		}
		for i := range f.widths {
			f.widths[i] *= a * 1000
		}
		f.missing *= a * 1000
		if d < 0 {
			d = -d
		}
		if d > 0 {
			f.emScale = d * 1000
		}
	default:
		f.kind = fontSimple
		loadSimple(f, v)
	}
	fd := v.Key("FontDescriptor")
	if fd.Kind() == pdflib.Null && f.kind == fontType0 {
		fd = v.Key("DescendantFonts").Index(0).Key("FontDescriptor")
	}
	if fd.Key("FontWeight").Float64() >= 600 || int64(fd.Key("Flags").Int64())&(1<<18) != 0 {
		f.bold = true
	}
	return f
}

// loadSimple reads a simple (or Type3) font's widths and encoding.
func loadSimple(f *font, v pdflib.Value) {
	f.split = splitOne
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	if n > 256 {
		n = 256
	}
	f.widths = make([]float64, n)
	for i := 0; i < n; i++ {
		f.widths[i] = ws.Index(i).Float64() / 1000
	}
	f.missing = v.Key("FontDescriptor").Key("MissingWidth").Float64() / 1000
	if n == 0 {
		// Standard 14 fonts come without widths.
		f.missing = 0.5
		if strings.Contains(strings.ToLower(f.name), "courier") {
			f.missing = 0.6
		}
	}
	enc := v.Key("Encoding")
	baseName := ""
	var diffs pdflib.Value
	switch enc.Kind() {
	case pdflib.Name:
		baseName = enc.Name()
	case pdflib.Dict:
		baseName = enc.Key("BaseEncoding").Name()
		diffs = enc.Key("Differences")
	}
	symbolic := int64(v.Key("FontDescriptor").Key("Flags").Int64())&4 != 0
	switch baseName {
	case "WinAnsiEncoding":
		fillCharmap(f, charmap.Windows1252)
	case "MacRomanEncoding":
		fillCharmap(f, charmap.Macintosh)
	case "StandardEncoding", "PDFDocEncoding", "MacExpertEncoding":
		fillStandard(f)
	default:
		ln := strings.ToLower(f.name)
		symbolFont := strings.Contains(ln, "symbol") || strings.Contains(ln, "wingding") || strings.Contains(ln, "webding") || strings.Contains(ln, "dingbat")
		if f.kind != fontType3 && (!symbolic || !f.hasToUni && !symbolFont) {
			// No base encoding: the font's built-in one, most often
			// Standard for Latin text.
			fillStandard(f)
		}
	}
	if diffs.Kind() == pdflib.Array {
		code := 0
		for i := 0; i < diffs.Len() && i < 1024; i++ {
			d := diffs.Index(i)
			switch d.Kind() {
			case pdflib.Integer, pdflib.Real:
				code = int(d.Float64())
			case pdflib.Name:
				if code >= 0 && code < 256 {
					if r, ok := glyphRune(d.Name()); ok {
						f.simple[code] = string(r)
						f.hasEnc = true
					} else {
						f.simple[code] = ""
					}
				}
				code++
			}
		}
	}
}

func fillCharmap(f *font, cm *charmap.Charmap) {
	for c := 0x20; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		if r != utf8.RuneError && r >= 0x20 && !(r >= 0x7F && r < 0xA0) {
			f.simple[c] = string(r)
		}
	}
	f.hasEnc = true
}

// fillStandard fills the printable ASCII part of StandardEncoding (the rest
// rarely carries text in the documents read here).
func fillStandard(f *font) {
	for c := 0x20; c < 0x7F; c++ {
		f.simple[c] = string(rune(c))
	}
	f.simple[0x27] = "’"
	f.simple[0x60] = "‘"
	f.hasEnc = true
}

// loadType0 reads a composite font's encoding and CID widths.
func loadType0(f *font, v pdflib.Value, budget *budget) {
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1
	if dw := desc.Key("DW"); dw.Kind() == pdflib.Integer || dw.Kind() == pdflib.Real {
		f.dw = dw.Float64() / 1000
	}
	f.cidW = map[uint32]float64{}
	w := desc.Key("W")
	for i := 0; i < w.Len() && len(f.cidW) < 1<<17; {
		a := w.Index(i)
		b := w.Index(i + 1)
		if b.Kind() == pdflib.Array {
			start := uint32(a.Int64())
			for k := 0; k < b.Len() && k < 1<<16; k++ {
				f.cidW[start+uint32(k)] = b.Index(k).Float64() / 1000
			}
			i += 2
			continue
		}
		c := w.Index(i + 2)
		lo, hi := a.Int64(), b.Int64()
		if i+2 >= w.Len() || hi < lo || lo < 0 {
			break
		}
		if hi-lo > 1<<16 {
			hi = lo + 1<<16
		}
		for k := lo; k <= hi; k++ {
			f.cidW[uint32(k)] = c.Float64() / 1000
		}
		i += 3
	}
	ordering := desc.Key("CIDSystemInfo").Key("Ordering").RawString()
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdflib.Name:
		setPredefined(f, enc.Name())
	case pdflib.Stream:
		if data, err := readStream(enc, budget, 4<<20); err == nil || len(data) > 0 {
			f.enc = parseCMap(data)
			if len(f.enc.space) > 0 {
				f.split = splitSpace
				f.space = f.enc.space
			} else {
				f.split = splitTwo
			}
			if f.enc.name != "" {
				setPredefined(f, f.enc.name)
				if len(f.enc.space) > 0 {
					f.split = splitSpace
				}
			}
		}
	default:
		f.split = splitTwo
		f.identity = true
	}
	if ordering == "GB1" {
		f.adobeGB1 = true
	}
}

// setPredefined configures a Type0 font for a predefined CMap name.
func setPredefined(f *font, name string) {
	switch {
	case name == "Identity-H" || name == "Identity-V":
		f.split = splitTwo
		f.identity = true
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "-UCS2"):
		f.split = splitTwo
		f.predefUCS = true
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "-UTF16"):
		f.split = splitUTF16
		f.predefUCS = true
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "-UTF8"):
		f.split = splitUTF8
		f.predefUTF8 = true
	case strings.HasPrefix(name, "Uni") && strings.Contains(name, "-UTF32"):
		f.split = splitSpace
		f.space = []codeRange{{n: 4, lo: 0, hi: 0x10FFFF}}
		f.predefUCS = true
	case strings.HasPrefix(name, "GB"):
		// GB-EUC, GBpc-EUC, GBK-EUC, GBKp-EUC, GBK2K, GBT-EUC: all GB18030
		// subsets, with one byte for ASCII.
		f.split = splitEUC
		f.predef = simplifiedchinese.GB18030
		f.adobeGB1 = true
	case strings.HasPrefix(name, "B5") || strings.HasPrefix(name, "ETen") || strings.HasPrefix(name, "HKscs") || strings.HasPrefix(name, "ETHK"):
		f.split = splitEUC
		f.predef = traditionalchinese.Big5
	case strings.Contains(name, "RKSJ"):
		f.split = splitShiftJIS
		f.predef = japanese.ShiftJIS
	case strings.HasPrefix(name, "EUC-"):
		f.split = splitEUC
		f.predef = japanese.EUCJP
	case strings.HasPrefix(name, "KSC"):
		f.split = splitEUC
		f.predef = korean.EUCKR
	default:
		f.split = splitTwo
	}
	if strings.HasPrefix(name, "UniGB") {
		f.adobeGB1 = true
	}
}

// nextCode returns the length of the code at the start of s.
func (f *font) nextCode(s string) int {
	switch f.split {
	case splitOne:
		return 1
	case splitTwo:
		if len(s) < 2 {
			return len(s)
		}
		return 2
	case splitUTF16:
		if len(s) >= 4 && s[0] >= 0xD8 && s[0] <= 0xDB {
			return 4
		}
		if len(s) < 2 {
			return len(s)
		}
		return 2
	case splitEUC:
		if s[0] <= 0x80 || len(s) < 2 {
			return 1
		}
		if f.predef == simplifiedchinese.GB18030 && len(s) >= 4 && s[1] >= 0x30 && s[1] <= 0x39 {
			return 4
		}
		return 2
	case splitShiftJIS:
		c := s[0]
		if (c >= 0x81 && c <= 0x9F || c >= 0xE0 && c <= 0xFC) && len(s) >= 2 {
			return 2
		}
		return 1
	case splitUTF8:
		_, n := utf8.DecodeRuneInString(s)
		return n
	case splitSpace:
		if n := codespaceLen(f.space, s); n > 0 {
			return n
		}
		if f.space != nil && f.space[0].n <= len(s) {
			return f.space[0].n
		}
		return 1
	}
	return 1
}

// decode splits a shown string into codes with their text and widths.
func (f *font) decode(s string, out []code) []code {
	for len(s) > 0 {
		n := f.nextCode(s)
		if n <= 0 || n > len(s) {
			n = len(s)
		}
		raw := s[:n]
		s = s[n:]
		c := be(raw)
		fc := code{code: c, n: n}
		text, ok := f.toUni.text(c)
		if ok && !usableText(text) {
			ok = false
		}
		if !ok {
			text, ok = f.fallbackText(raw, c)
		}
		fc.text = text
		fc.bad = !ok
		fc.width = f.width(c, text)
		out = append(out, fc)
	}
	return out
}

// usableText reports whether a ToUnicode entry is real text (not a
// private-use or control code that some producers map unknown glyphs to).
func usableText(s string) bool {
	for _, r := range s {
		if badRune(r) {
			return false
		}
	}
	return s != ""
}

// badRune reports runes that are never real text in a document.
func badRune(r rune) bool {
	switch {
	case r == utf8.RuneError, r < 0x20 && r != '\t' && r != '\n' && r != '\r':
		return true
	case r >= 0x7F && r < 0xA0:
		return true
	case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
		return true
	case r == 0xFFFE || r == 0xFFFF:
		return true
	}
	return false
}

func (f *font) fallbackText(raw string, code uint32) (string, bool) {
	switch f.kind {
	case fontSimple, fontType3:
		s := f.simple[code&0xFF]
		return s, s != ""
	}
	switch {
	case f.predefUCS:
		if f.split == splitUTF16 {
			s := decodeUTF16(raw)
			return s, usableText(s)
		}
		r := rune(code)
		if !utf8.ValidRune(r) || badRune(r) {
			return "", false
		}
		return string(r), true
	case f.predefUTF8:
		if utf8.ValidString(raw) && usableText(raw) {
			return raw, true
		}
	case f.predef != nil:
		if len(raw) == 1 && raw[0] < 0x80 {
			if raw[0] < 0x20 {
				return "", false
			}
			return raw, true
		}
		b, err := f.predef.NewDecoder().String(raw)
		if err == nil && usableText(b) && !strings.ContainsRune(b, utf8.RuneError) {
			return b, true
		}
	}
	return "", false
}

// width returns a code's advance in text space units per unit of size.
func (f *font) width(code uint32, text string) float64 {
	switch f.kind {
	case fontType0:
		cid := code
		known := f.identity
		if f.enc != nil {
			if c, ok := f.enc.cid(code); ok {
				cid, known = c, true
			}
		}
		if !known && f.adobeGB1 {
			// Adobe-GB1 puts printable ASCII at CIDs 1-95.
			if r, _ := utf8.DecodeRuneInString(text); r >= 0x20 && r <= 0x7E && len(text) == 1 {
				cid, known = uint32(r)-0x1F, true
			}
		}
		if known {
			if w, ok := f.cidW[cid]; ok {
				return w
			}
		}
		return f.dw
	default:
		i := int(code) - f.first
		if i >= 0 && i < len(f.widths) {
			return f.widths[i]
		}
		return f.missing
	}
}

// glyphRune maps a glyph name to its character: uniXXXX, uXXXX[XX], the
// common Adobe Glyph List names, and single letters.
func glyphRune(name string) (rune, bool) {
	if r, ok := glyphNames[name]; ok {
		return r, true
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
		if r, ok := glyphNames[name]; ok {
			return r, true
		}
	}
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return rune(name[0]), true
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 {
		if v, err := strconv.ParseUint(name[3:7], 16, 32); err == nil && !badRune(rune(v)) {
			return rune(v), true
		}
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && utf8.ValidRune(rune(v)) && !badRune(rune(v)) {
			return rune(v), true
		}
	}
	return 0, false
}

var glyphNames = func() map[string]rune {
	m := map[string]rune{
		"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
		"ampersand": '&', "quotesingle": '\'', "quoteright": '’', "parenleft": '(', "parenright": ')',
		"asterisk": '*', "plus": '+', "comma": ',', "hyphen": '-', "minus": '−', "period": '.', "slash": '/',
		"colon": ':', "semicolon": ';', "less": '<', "equal": '=', "greater": '>', "question": '?', "at": '@',
		"bracketleft": '[', "backslash": '\\', "bracketright": ']', "asciicircum": '^', "underscore": '_',
		"grave": '`', "quoteleft": '‘', "braceleft": '{', "bar": '|', "braceright": '}', "asciitilde": '~',
		"quotedblleft": '“', "quotedblright": '”', "endash": '–', "emdash": '—', "bullet": '•',
		"ellipsis": '…', "periodcentered": '·', "middot": '·', "degree": '°', "multiply": '×', "divide": '÷',
		"section": '§', "copyright": '©', "registered": '®', "trademark": '™', "nbspace": ' ', "uni00A0": ' ',
		"fi": 'ﬁ', "fl": 'ﬂ', "quotesinglbase": '‚', "quotedblbase": '„', "guillemotleft": '«',
		"guillemotright": '»', "dagger": '†', "daggerdbl": '‡', "perthousand": '‰', "Euro": '€',
		"sterling": '£', "yen": '¥', "cent": '¢', "plusminus": '±', "mu": 'µ', "paragraph": '¶',
		"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6',
		"seven": '7', "eight": '8', "nine": '9',
	}
	return m
}()

// budget bounds the work done on one file: bytes of streams read and
// content-stream operators interpreted.
type budget struct {
	bytes atomic.Int64
	ops   atomic.Int64
	// stop is set when the read's context is done: the interpreter and
	// the page loop stop, and the library's next read of the file fails
	// (see stopReader).
	stop *atomic.Bool
}

// readStream reads a stream's decoded data, at most limit bytes and within
// the budget. Library panics (unknown filters, damaged data) become errors.
func readStream(v pdflib.Value, budget *budget, limit int64) (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("stream: %w", panicError(p))
		}
	}()
	if budget != nil && budget.bytes.Load() < limit {
		limit = budget.bytes.Load()
	}
	if limit <= 0 {
		return nil, errStreamBudget
	}
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		data = data[:limit]
		err = errStreamBudget
	}
	if budget != nil {
		budget.bytes.Add(-int64(len(data)))
	}
	return data, err
}

var errStreamBudget = fmt.Errorf("decompressed content over the limit")

// objID returns the object number and generation a Value was read from
// (the library keeps them unexported). Values nested directly in another
// object report that object's number.
func objID(v pdflib.Value) (uint32, uint16) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct || rv.NumField() < 2 {
		return 0, 0
	}
	p := rv.Field(1)
	if p.Kind() != reflect.Struct || p.NumField() < 2 {
		return 0, 0
	}
	return uint32(p.Field(0).Uint()), uint16(p.Field(1).Uint())
}
