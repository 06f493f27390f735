package parse

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text file into UTF-8. It recognises a
// UTF-8 or UTF-16 byte-order mark, UTF-16 without one (by its zero bytes),
// plain UTF-8, and GB18030 (a superset of GBK and GB2312), in that order.
// It returns the name of the encoding it used.
func decodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", cause(ErrCorrupt, "text has a UTF-8 byte-order mark but is not valid UTF-8")
		}
		return string(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	}
	if e, name := sniffUTF16(data); e != nil {
		return decodeWith(data, e, name)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", cause(ErrUnsupported, "binary data, not text")
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
		return "", "", cause(ErrUnsupported, "text is neither UTF-8, UTF-16 nor GB18030/GBK")
	}
	return string(s), "gb18030", nil
}

// sniffUTF16 spots UTF-16 without a byte-order mark: most code units of
// ASCII and CJK text have a zero byte on one side only.
func sniffUTF16(data []byte) (encoding.Encoding, string) {
	n := len(data) &^ 1
	if n < 4 {
		return nil, ""
	}
	if n > 4096 {
		n = 4096
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	units := n / 2
	switch {
	case oddZero*10 > units*3 && evenZero*20 < units:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case evenZero*10 > units*3 && oddZero*20 < units:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

func decodeWith(data []byte, e encoding.Encoding, name string) (string, string, error) {
	s, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", cause(ErrCorrupt, "invalid %s text: %v", name, err)
	}
	if bytes.IndexByte(s, 0) >= 0 {
		return "", "", cause(ErrUnsupported, "binary data, not %s text", name)
	}
	return string(s), name, nil
}
