package pdf

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// codeRange is one codespace range of a CMap: codes of n bytes from lo to hi.
type codeRange struct {
	n      int
	lo, hi uint32
}

// cmapRange maps the codes lo..hi to consecutive values starting at dst
// (Unicode text for a ToUnicode CMap, a CID for an encoding CMap).
type cmapRange struct {
	lo, hi uint32
	dst    []rune // ToUnicode: text of lo; the last rune is incremented
	cid    uint32 // encoding CMaps: CID of lo
}

// cmapMaxExpand bounds the codes expanded into the map from ranges; larger
// ranges are kept as ranges and searched.
const cmapMaxExpand = 1 << 17

// cmap is a parsed CMap: a ToUnicode map (code → text) or an embedded
// encoding CMap (code → CID).
type cmap struct {
	space  []codeRange
	uni    map[uint32]string
	cids   map[uint32]uint32
	ranges []cmapRange // ranges too large to expand
	name   string      // usecmap name, when the CMap builds on a predefined one
}

// parseCMap reads a CMap stream's text.
func parseCMap(data []byte) *cmap {
	m := &cmap{uni: map[uint32]string{}, cids: map[uint32]uint32{}}
	expanded := 0
	scanContent(data, 0, nil, func(op string, args []csOperand) {
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(args); i += 2 {
				lo, hi := args[i], args[i+1]
				if lo.kind != csString || hi.kind != csString || len(lo.s) == 0 || len(lo.s) > 4 || len(lo.s) != len(hi.s) {
					continue
				}
				m.space = append(m.space, codeRange{n: len(lo.s), lo: be(lo.s), hi: be(hi.s)})
			}
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				src, dst := args[i], args[i+1]
				if src.kind != csString || len(src.s) == 0 || len(src.s) > 4 {
					continue
				}
				if s, ok := cmapDst(dst); ok {
					m.uni[be(src.s)] = s
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi, dst := args[i], args[i+1], args[i+2]
				if lo.kind != csString || hi.kind != csString || len(lo.s) == 0 || len(lo.s) > 4 || len(hi.s) > 4 {
					continue
				}
				a, b := be(lo.s), be(hi.s)
				if b < a {
					continue
				}
				switch dst.kind {
				case csArray:
					for k, d := range dst.arr {
						c := a + uint32(k)
						if c > b {
							break
						}
						if s, ok := cmapDst(d); ok {
							m.uni[c] = s
						}
					}
				case csString:
					base := []rune(decodeUTF16Raw(dst.s))
					if len(base) == 0 {
						continue
					}
					if n := b - a + 1; n <= 4096 && expanded+int(n) <= cmapMaxExpand {
						expanded += int(n)
						for c := a; ; c++ {
							r := make([]rune, len(base))
							copy(r, base)
							r[len(r)-1] += rune(c - a)
							if t := string(r); usableText(t) {
								m.uni[c] = t
							}
							if c == b {
								break
							}
						}
					} else {
						m.ranges = append(m.ranges, cmapRange{lo: a, hi: b, dst: base})
					}
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(args); i += 2 {
				src, dst := args[i], args[i+1]
				if src.kind != csString || len(src.s) == 0 || len(src.s) > 4 || dst.kind != csNum {
					continue
				}
				m.cids[be(src.s)] = uint32(dst.num)
			}
		case "endcidrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi, dst := args[i], args[i+1], args[i+2]
				if lo.kind != csString || hi.kind != csString || dst.kind != csNum || len(lo.s) == 0 || len(lo.s) > 4 || len(hi.s) > 4 {
					continue
				}
				a, b := be(lo.s), be(hi.s)
				if b < a {
					continue
				}
				if n := b - a + 1; expanded+int(n) <= cmapMaxExpand {
					expanded += int(n)
					for c := a; ; c++ {
						m.cids[c] = uint32(dst.num) + (c - a)
						if c == b {
							break
						}
					}
				} else {
					m.ranges = append(m.ranges, cmapRange{lo: a, hi: b, cid: uint32(dst.num)})
				}
			}
		case "usecmap":
			if len(args) > 0 && args[0].kind == csName {
				m.name = args[0].s
			}
		}
	})
	return m
}

// cmapDst reads a bfchar/bfrange destination: UTF-16BE bytes, or a glyph
// name.
func cmapDst(d csOperand) (string, bool) {
	switch d.kind {
	case csString:
		s := decodeUTF16(d.s)
		return s, s != ""
	case csName:
		if r, ok := glyphRune(d.s); ok {
			return string(r), true
		}
	}
	return "", false
}

// decodeUTF16 decodes UTF-16BE bytes as decodeUTF16Raw does, without the NULs
// some producers pad with.
func decodeUTF16(s string) string { return strings.ReplaceAll(decodeUTF16Raw(s), "\x00", "") }

// decodeUTF16Raw decodes UTF-16BE bytes (with surrogate pairs) keeping NULs (a
// bfrange base of <0000> counts up from U+0000). A single byte is read as
// one code unit; the odd last byte of a longer string is dropped.
func decodeUTF16Raw(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

func be(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// text returns the Unicode text for a code, if the map has it.
func (m *cmap) text(code uint32) (string, bool) {
	if m == nil {
		return "", false
	}
	if s, ok := m.uni[code]; ok {
		return s, true
	}
	if r := m.findRange(code); r != nil && len(r.dst) > 0 {
		d := make([]rune, len(r.dst))
		copy(d, r.dst)
		d[len(d)-1] += rune(code - r.lo)
		if !utf8.ValidRune(d[len(d)-1]) {
			return "", false
		}
		return string(d), true
	}
	return "", false
}

// cid returns the CID for a code in an encoding CMap.
func (m *cmap) cid(code uint32) (uint32, bool) {
	if m == nil {
		return 0, false
	}
	if c, ok := m.cids[code]; ok {
		return c, true
	}
	if r := m.findRange(code); r != nil && len(r.dst) == 0 {
		return r.cid + (code - r.lo), true
	}
	return 0, false
}

func (m *cmap) findRange(code uint32) *cmapRange {
	// Only ranges too large to expand are kept here, so there are few.
	for i := range m.ranges {
		if r := &m.ranges[i]; code >= r.lo && code <= r.hi {
			return r
		}
	}
	return nil
}

// codespaceLen returns how many bytes the code at the start of s takes, per the
// codespace ranges, or 0 when no range matches.
func codespaceLen(space []codeRange, s string) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := be(s[:n])
		for _, r := range space {
			if r.n == n && c >= r.lo && c <= r.hi {
				return n
			}
		}
	}
	return 0
}
