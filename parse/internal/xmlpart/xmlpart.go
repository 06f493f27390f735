// Package xmlpart reads the XML parts of the zip-based formats (DOCX and
// OFD), which both may declare a legacy encoding.
package xmlpart

import (
	"bytes"
	"encoding/xml"

	"golang.org/x/net/html/charset"
)

// NewDecoder returns a decoder of data that also reads legacy encodings
// declared in the XML declaration.
func NewDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// Attr returns the value of the attribute with the given local name.
func Attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
