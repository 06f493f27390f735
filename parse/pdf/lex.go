package pdf

import (
	"bytes"
	"strconv"
	"strings"
)

// This file holds a small lexer for PDF content streams and CMaps. The
// ledongthuc/pdf interpreter is built for CMaps; content streams need
// inline images skipped, operand and operator counts bounded, and numbers
// read without an allocation per token, so the text reader scans them
// itself.

// csKind is the kind of a content-stream operand.
type csKind uint8

const (
	csNull csKind = iota
	csNum
	csName
	csString
	csArray
	csDict
	csBool
)

// csOperand is one operand of a content-stream operator.
type csOperand struct {
	kind csKind
	num  float64
	s    string      // name (without '/') or string bytes
	arr  []csOperand // array elements
}

// csMaxDepth bounds the nesting of arrays and dictionaries in operands.
const csMaxDepth = 32

// csMaxOperands bounds the operands kept for one operator (CMaps put a
// whole bfchar block on the stack; content operators take at most a few).
const csMaxOperands = 1 << 18

// scanContent calls fn for each operator in data with its operands. It
// stops after maxOps operators (0: no limit), or as soon as stop (when not
// nil, asked every stopEvery operators) says so, and reports whether data
// held more.
func scanContent(data []byte, maxOps int, stop func() bool, fn func(op string, args []csOperand)) (truncated bool) {
	l := csLexer{data: data}
	var args []csOperand
	ops := 0
	for {
		tok, op, ok := l.next(0)
		if !ok {
			return false
		}
		if op == "" {
			if len(args) < csMaxOperands {
				args = append(args, tok)
			}
			continue
		}
		ops++
		if maxOps > 0 && ops > maxOps {
			return true
		}
		if stop != nil && ops%stopEvery == 0 && stop() {
			return true
		}
		if op == "BI" {
			l.skipInlineImage()
			args = args[:0]
			fn("BI", nil)
			continue
		}
		fn(op, args)
		args = args[:0]
	}
}

// stopEvery is how many operators scanContent interprets between two
// questions to its stop function: a few microseconds of work.
const stopEvery = 1024

type csLexer struct {
	data    []byte
	pos     int
	scratch []byte
	short   map[string]string // interned short strings (glyph codes repeat)
}

// str returns b as a string, sharing the copies of short strings.
func (l *csLexer) str(b []byte) string {
	if len(b) > 4 {
		return string(b)
	}
	if s, ok := l.short[string(b)]; ok {
		return s
	}
	if l.short == nil {
		l.short = map[string]string{}
	}
	s := string(b)
	if len(l.short) < 1<<16 {
		l.short[s] = s
	}
	return s
}

func csIsSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func csIsDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipSpace skips white space and comments.
func (l *csLexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if csIsSpace(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next operand, or the next operator in op. ok is false at
// the end of the data. Inside arrays (depth > 0) operators are returned as
// null operands.
func (l *csLexer) next(depth int) (tok csOperand, op string, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return tok, "", false
	}
	c := l.data[l.pos]
	switch c {
	case '/':
		l.pos++
		return csOperand{kind: csName, s: l.readName()}, "", true
	case '(':
		l.pos++
		return csOperand{kind: csString, s: l.readLiteral()}, "", true
	case '<':
		if l.pos+1 < len(l.data) && l.data[l.pos+1] == '<' {
			l.pos += 2
			return csOperand{kind: csDict, arr: l.readDict(depth + 1)}, "", true
		}
		l.pos++
		return csOperand{kind: csString, s: l.readHex()}, "", true
	case '[':
		l.pos++
		var arr []csOperand
		if depth >= csMaxDepth {
			l.skipArray()
			return csOperand{kind: csArray}, "", true
		}
		for {
			l.skipSpace()
			if l.pos >= len(l.data) {
				break
			}
			if l.data[l.pos] == ']' {
				l.pos++
				break
			}
			t, _, ok := l.next(depth + 1)
			if !ok {
				break
			}
			if len(arr) < csMaxOperands {
				arr = append(arr, t)
			}
		}
		return csOperand{kind: csArray, arr: arr}, "", true
	case ']', '>', ')', '}', '{':
		// Stray delimiter: skip it.
		l.pos++
		return csOperand{}, "", true
	}
	// Number or keyword.
	start := l.pos
	for l.pos < len(l.data) && !csIsSpace(l.data[l.pos]) && !csIsDelim(l.data[l.pos]) {
		l.pos++
	}
	word := l.data[start:l.pos]
	if len(word) == 0 {
		l.pos++
		return csOperand{}, "", true
	}
	if n, isNum := parseNumber(word); isNum {
		return csOperand{kind: csNum, num: n}, "", true
	}
	switch string(word) {
	case "true":
		return csOperand{kind: csBool, num: 1}, "", true
	case "false":
		return csOperand{kind: csBool}, "", true
	case "null":
		return csOperand{}, "", true
	}
	if depth > 0 {
		return csOperand{}, "", true
	}
	return csOperand{}, csOpName(word), true
}

// parseNumber reads a PDF number (integer or real, with an optional sign).
func parseNumber(w []byte) (float64, bool) {
	c := w[0]
	if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return 0, false
	}
	// Fast path for plain integers and simple reals.
	neg := false
	i := 0
	if w[0] == '-' || w[0] == '+' {
		neg = w[0] == '-'
		i = 1
	}
	var ip float64
	digits := 0
	for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		ip = ip*10 + float64(w[i]-'0')
		digits++
	}
	if i < len(w) && w[i] == '.' {
		i++
		scale := 0.1
		for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
			ip += float64(w[i]-'0') * scale
			scale /= 10
			digits++
		}
	}
	if i != len(w) {
		// Things like "1.2.3" or "--5": malformed; treat what strconv can
		// read as the number, otherwise 0 (readers are lenient here).
		if f, err := strconv.ParseFloat(string(w), 64); err == nil {
			return f, true
		}
		if digits == 0 {
			return 0, false
		}
	}
	if neg {
		ip = -ip
	}
	return ip, true
}

func (l *csLexer) readName() string {
	start := l.pos
	hasHash := false
	for l.pos < len(l.data) && !csIsSpace(l.data[l.pos]) && !csIsDelim(l.data[l.pos]) {
		if l.data[l.pos] == '#' {
			hasHash = true
		}
		l.pos++
	}
	raw := l.data[start:l.pos]
	if !hasHash {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			if h, ok := hexByte(raw[i+1], raw[i+2]); ok {
				out = append(out, h)
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return string(out)
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func hexByte(a, b byte) (byte, bool) {
	x, y := hexVal(a), hexVal(b)
	if x < 0 || y < 0 {
		return 0, false
	}
	return byte(x<<4 | y), true
}

func (l *csLexer) readHex() string {
	out := l.scratch[:0]
	defer func() { l.scratch = out[:0] }()
	hi := -1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := hexVal(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return l.str(out)
}

func (l *csLexer) readLiteral() string {
	out := l.scratch[:0]
	defer func() { l.scratch = out[:0] }()
	depth := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return l.str(out)
			}
		case '\\':
			if l.pos >= len(l.data) {
				return l.str(out)
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					x := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						x = x*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(x)
				} else {
					c = e
				}
			}
		case '\r':
			// An end of line in a literal string reads as \n.
			if l.pos < len(l.data) && l.data[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return l.str(out)
}

// readDict reads a dictionary after "<<" up to the matching ">>", as
// alternating keys and values.
func (l *csLexer) readDict(depth int) []csOperand {
	var kv []csOperand
	for l.pos < len(l.data) {
		l.skipSpace()
		if l.pos >= len(l.data) {
			break
		}
		if l.data[l.pos] == '>' {
			if l.pos+1 < len(l.data) && l.data[l.pos+1] == '>' {
				l.pos += 2
				break
			}
			l.pos++
			continue
		}
		if depth >= csMaxDepth {
			l.pos++
			continue
		}
		t, _, ok := l.next(depth + 1)
		if !ok {
			break
		}
		if len(kv) < 1024 {
			kv = append(kv, t)
		}
	}
	return kv
}

// dictGet returns the value of key in a dictionary operand.
func (o csOperand) dictGet(key string) (csOperand, bool) {
	if o.kind != csDict {
		return csOperand{}, false
	}
	for i := 0; i+1 < len(o.arr); i += 2 {
		if o.arr[i].kind == csName && o.arr[i].s == key {
			return o.arr[i+1], true
		}
	}
	return csOperand{}, false
}

// skipArray skips to the "]" matching an already consumed "[".
func (l *csLexer) skipArray() {
	depth := 1
	for l.pos < len(l.data) && depth > 0 {
		switch l.data[l.pos] {
		case '[':
			depth++
		case ']':
			depth--
		case '(':
			l.pos++
			l.readLiteral()
			continue
		}
		l.pos++
	}
}

// skipInlineImage skips an inline image's parameters and data: from after
// BI to after the EI that ends it.
func (l *csLexer) skipInlineImage() {
	id := bytes.Index(l.data[l.pos:], []byte("ID"))
	if id < 0 {
		l.pos = len(l.data)
		return
	}
	p := l.pos + id + 2
	for {
		k := bytes.Index(l.data[p:], []byte("EI"))
		if k < 0 {
			l.pos = len(l.data)
			return
		}
		e := p + k
		before := e == 0 || csIsSpace(l.data[e-1])
		after := e+2 >= len(l.data) || csIsSpace(l.data[e+2])
		if before && after {
			l.pos = e + 2
			return
		}
		p = e + 2
	}
}

// csOps are the operators the readers act on; csOpName returns these
// strings without allocating.
var csOps = func() map[string]string {
	m := map[string]string{}
	for _, op := range strings.Fields(`q Q cm BT ET Tf Tc Tw Tz TL Ts Td TD Tm T* Tj ' " TJ Do BI BMC BDC EMC
		m l h re S s f F f* B B* b b* n W W* c v y g G rg RG k K cs CS sc SC scn SCN gs w J j M d ri i Tr
		begincodespacerange endcodespacerange beginbfchar endbfchar beginbfrange endbfrange
		begincidchar endcidchar begincidrange endcidrange usecmap def begin end findresource defineresource`) {
		m[op] = op
	}
	return m
}()

func csOpName(w []byte) string {
	if s, ok := csOps[string(w)]; ok {
		return s
	}
	return string(w)
}
