package docx

// Word documents saved as one XML file rather than a zip package: Word
// 2003's XML document (WordprocessingML 2003, root w:wordDocument) and the
// flat package of Word 2007 and later (Flat OPC, root pkg:package holding
// each part inline). Office systems export reports in the first under a
// .doc name; Word's "Word XML 文档 (*.xml)" is the second. Both hold the same
// paragraphs, runs and tables as a DOCX's main part, and are read by the
// same reader.

import (
	"bytes"
	"context"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"

	"github.com/zhenggai/zhenggai/parse/internal/xmlpart"
	"github.com/zhenggai/zhenggai/parse/model"
)

const (
	wordML2003NS = "http://schemas.microsoft.com/office/word/2003/wordml"
	auxHintNS    = "http://schemas.microsoft.com/office/word/2003/auxHint"
	amlNS        = "http://schemas.microsoft.com/aml/2001/core"
	flatOPCNS    = "http://schemas.microsoft.com/office/2006/xmlPackage"
)

// LooksXML reports whether head, the first bytes of a file, starts a Word
// document saved as one XML file: Word's processing instruction
// (<?mso-application progid="Word.Document"?>) or a root element of either
// kind.
func LooksXML(head []byte) bool {
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) && !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	return bytes.Contains(head, []byte(`progid="Word.Document"`)) ||
		bytes.Contains(head, []byte(wordML2003NS)) && bytes.Contains(head, []byte("wordDocument")) ||
		bytes.Contains(head, []byte(flatOPCNS)) && bytes.Contains(head, []byte("package"))
}

// ReadXML reads a Word document saved as one XML file into b.
func ReadXML(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	root, err := rootElement(data)
	if err != nil {
		return model.Cause(model.ErrCorrupt, "Word XML document: %v", err)
	}
	if root.Local == "package" && root.Space == flatOPCNS {
		return readFlatPackage(ctx, data, b, o)
	}
	if root.Local != "wordDocument" || root.Space != wordML2003NS {
		return model.Cause(model.ErrUnsupported, "XML whose root is <%s>, not a Word document", root.Local)
	}
	return readParts(ctx, b, o, "Word 2003 XML document", data, nil, nil)
}

// rootElement returns the name of data's root element.
func rootElement(data []byte) (xml.Name, error) {
	se, err := firstElement(xmlpart.NewDecoder(data))
	return se.Name, err
}

// readFlatPackage reads a flat package: its parts are pkg:part elements
// named like a DOCX's members, an XML part's content inside pkg:xmlData.
func readFlatPackage(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	var pkg struct {
		Parts []struct {
			Name string `xml:"name,attr"`
			XML  struct {
				Inner []byte `xml:",innerxml"`
			} `xml:"xmlData"`
		} `xml:"part"`
	}
	if err := xmlpart.NewDecoder(data).Decode(&pkg); err != nil {
		return model.Cause(model.ErrCorrupt, "Word XML package: %v", err)
	}
	parts := map[string][]byte{}
	for _, p := range pkg.Parts {
		parts[strings.TrimPrefix(p.Name, "/")] = bytes.TrimSpace(p.XML.Inner)
	}
	main := "word/document.xml"
	if parts[main] == nil {
		return model.Cause(model.ErrCorrupt, "Word XML package: main document part is missing")
	}
	return readParts(ctx, b, o, main, parts[main], parts["word/styles.xml"], parts["word/numbering.xml"])
}

// wordDocument reads the children of a Word 2003 XML document's root: its
// styles (the same shape as a DOCX's styles part), its lists and its body; document
// properties, fonts and the like hold no text of the document; its lists
// define the numbers of numbered paragraphs (listProps).
func (r *reader) wordDocument() error {
	return r.elements(func(t xml.StartElement) error {
		if t.Name.Space != wordML2003NS {
			return r.dec.Skip()
		}
		switch t.Name.Local {
		case "styles":
			r.decodeStyles(t)
			return nil
		case "lists":
			var l xmlLists
			if r.dec.DecodeElement(&l, &t) == nil {
				r.numbering = l.numbering()
			}
			return nil
		case "body":
			return r.blockContent(&r.blocks, 0)
		}
		return r.dec.Skip()
	})
}

// listProps reads a Word 2003 XML w:listPr: the list (w:ilfo) and level
// (w:ilvl) of a numbered paragraph, and the number as Word last drew it
// (wx:t: 一、, （二）, 3.), which, when written, is the paragraph's label.
func (r *reader) listProps(p *para) error {
	return r.elements(func(t xml.StartElement) error {
		switch {
		case t.Name.Space == auxHintNS && t.Name.Local == "t":
			if l := xmlpart.Attr(t, "val"); strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				p.label = l // 一、, （二）, 3.; not a bullet (·, ●)
			}
		case t.Name.Space == wordML2003NS && t.Name.Local == "ilfo":
			p.numID = xmlpart.Attr(t, "val")
		case t.Name.Space == wordML2003NS && t.Name.Local == "ilvl":
			if n, err := strconv.Atoi(xmlpart.Attr(t, "val")); err == nil {
				p.ilvl = n
			}
		}
		return r.dec.Skip()
	})
}
