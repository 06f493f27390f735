package pdf

import (
	"bytes"
	"reflect"

	pdflib "github.com/ledongthuc/pdf"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Reference loops. The library follows a file's references without
// remembering where it has been: a trailer whose /Prev leads back to an
// xref section already read makes it read the same sections for ever, and
// an object stream said to lie inside itself (or inside another object
// stream that lies inside the first) makes it recurse until the stack
// overflows, which kills the process. Both are refused before the
// library meets them: checkSizes walks the /Prev chain, checkObjectStreams
// the table the library built. Page-tree loops (/Kids leading back to an
// ancestor) are this package's own walk, which remembers the nodes it
// has seen; /Parent is never followed.

// maxXrefSections bounds the cross-reference sections (one per saved
// revision) that checkSizes follows; a longer chain is refused.
const maxXrefSections = 1024

// maxTrailerScan bounds the bytes of one trailer dictionary that
// topLevelPrev reads.
const maxTrailerScan = 64 << 10

// topLevelPrev returns the /Prev entry of the dictionary that begins at
// the first "<<" of d: the entry of that dictionary itself, not one of a
// dictionary nested in it, and a number, not a reference (which the
// library refuses). Strings and comments are skipped as the library's
// lexer skips them.
func topLevelPrev(d []byte) (int, bool) {
	i := bytes.Index(d, []byte("<<"))
	if i < 0 {
		return 0, false
	}
	d = d[:min(len(d), i+maxTrailerScan)]
	depth := 0
	for i < len(d) {
		c := d[i]
		switch {
		case c == '(':
			i = skipLiteral(d, i)
			continue
		case c == '%':
			for i < len(d) && d[i] != '\r' && d[i] != '\n' {
				i++
			}
			continue
		case c == '<' && i+1 < len(d) && d[i+1] == '<':
			depth++
			i += 2
			continue
		case c == '<':
			for i < len(d) && d[i] != '>' {
				i++
			}
		case c == '>' && i+1 < len(d) && d[i+1] == '>':
			depth--
			i += 2
			if depth <= 0 {
				return 0, false
			}
			continue
		case c == '/' && depth == 1:
			j := i + 1
			for j < len(d) && !csIsSpace(d[j]) && !csIsDelim(d[j]) {
				j++
			}
			if string(d[i+1:j]) == "Prev" {
				if m := prevValueRE.FindSubmatch(d[j:min(len(d), j+64)]); m != nil && m[2] == nil {
					return atoi(m[1]), true
				}
				return 0, false
			}
			i = j
			continue
		}
		i++
	}
	return 0, false
}

// skipLiteral returns the index after the literal string that opens at
// d[i] (balanced parentheses, backslash escapes).
func skipLiteral(d []byte, i int) int {
	nest := 0
	for ; i < len(d); i++ {
		switch d[i] {
		case '\\':
			i++
		case '(':
			nest++
		case ')':
			nest--
			if nest == 0 {
				return i + 1
			}
		}
	}
	return i
}

// checkObjectStreams refuses a cross-reference table in which an object
// stream is itself stored in an object stream: the library, asked for any
// object of such a stream, would look for the stream in a stream without
// end. The table is the library's own, read through reflection (it keeps
// it unexported); if a later version of the library lays it out otherwise
// the check is skipped, and stopReader still ends the work at the time
// limit.
func checkObjectStreams(r *pdflib.Reader) error {
	rv := reflect.ValueOf(r)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil
	}
	xr := rv.Elem().FieldByName("xref")
	if xr.Kind() != reflect.Slice || xr.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	et := xr.Type().Elem()
	ptrF, okP := et.FieldByName("ptr")
	inF, okI := et.FieldByName("inStream")
	strF, okS := et.FieldByName("stream")
	if !okP || !okI || !okS || inF.Type.Kind() != reflect.Bool || ptrF.Type != strF.Type ||
		ptrF.Type.Kind() != reflect.Struct || ptrF.Type.NumField() < 2 {
		return nil
	}
	ptr := func(v reflect.Value) (uint64, uint64) { return v.Field(0).Uint(), v.Field(1).Uint() }
	n := xr.Len()
	for i := 0; i < n; i++ {
		e := xr.Index(i)
		if !e.FieldByIndex(inF.Index).Bool() {
			continue
		}
		sid, sgen := ptr(e.FieldByIndex(strF.Index))
		if sid >= uint64(n) {
			continue
		}
		s := xr.Index(int(sid))
		if !s.FieldByIndex(inF.Index).Bool() {
			continue
		}
		if id, gen := ptr(s.FieldByIndex(ptrF.Index)); id == sid && gen == sgen {
			return model.Cause(model.ErrCorrupt, "object stream %d is itself stored in an object stream (a reference loop)", sid)
		}
	}
	return nil
}
