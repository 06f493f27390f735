package text

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Decode turns the bytes of a text file into UTF-8. It recognises a
// UTF-8 or UTF-16 byte-order mark, UTF-16 without one (by its zero bytes),
// plain UTF-8, and GB18030 (a superset of GBK and GB2312), in that order.
// It returns the name of the encoding it used.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", model.Cause(model.ErrCorrupt, "text has a UTF-8 byte-order mark but is not valid UTF-8")
		}
		return string(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	}
	if e, name := SniffUTF16(data); e != nil {
		return decodeWith(data, e, name)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", model.Cause(model.ErrUnsupported, "binary data, not text")
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
		return "", "", model.Cause(model.ErrUnsupported, "text is neither UTF-8, UTF-16 nor GB18030/GBK")
	}
	return string(s), "gb18030", nil
}

// SniffUTF16 spots UTF-16 without a byte-order mark: the content has zero
// bytes (ASCII characters, newlines) and, read as 16-bit units of one byte
// order, is almost all printable ASCII and CJK.
func SniffUTF16(data []byte) (encoding.Encoding, string) {
	n := len(data) &^ 1
	if n < 4 || bytes.IndexByte(data[:min(n, 4096)], 0) < 0 {
		return nil, ""
	}
	if n > 4096 {
		n = 4096
	}
	le, be := 0, 0
	for i := 0; i < n; i += 2 {
		if isTextUnit(rune(data[i]) | rune(data[i+1])<<8) {
			le++
		}
		if isTextUnit(rune(data[i])<<8 | rune(data[i+1])) {
			be++
		}
	}
	units := n / 2
	switch {
	case le*100 >= units*95 && le > be:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case be*100 >= units*95 && be > le:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// isTextUnit reports a UTF-16 code unit that text is made of: printable ASCII,
// white space, general punctuation, CJK and full-width forms, surrogates.
func isTextUnit(u rune) bool {
	switch {
	case u == '\n' || u == '\r' || u == '\t':
		return true
	case u >= 0x20 && u < 0x7F, u >= 0xA0 && u < 0x250:
		return true
	case u >= 0x2000 && u < 0x2070, u >= 0x2460 && u < 0x2800, u >= 0x3000 && u < 0xA000:
		return true
	case u >= 0xD800 && u < 0xE000, u >= 0xF900 && u < 0xFB00, u >= 0xFE30 && u < 0xFFF0:
		return true
	}
	return false
}

func decodeWith(data []byte, e encoding.Encoding, name string) (string, string, error) {
	if len(data)%2 != 0 {
		return "", "", model.Cause(model.ErrCorrupt, "%s text has an odd number of bytes (truncated?)", name)
	}
	s, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", model.Cause(model.ErrCorrupt, "invalid %s text: %v", name, err)
	}
	if bytes.IndexByte(s, 0) >= 0 {
		return "", "", model.Cause(model.ErrUnsupported, "binary data, not %s text", name)
	}
	return string(s), name, nil
}
