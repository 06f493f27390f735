package parse

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/parse/doc"
	"github.com/zhenggai/zhenggai/parse/docx"
	"github.com/zhenggai/zhenggai/parse/internal/safezip"
	"github.com/zhenggai/zhenggai/parse/mhtml"
	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/text"
)

// extFormats maps file extensions to the format they promise.
var extFormats = map[string]Format{
	".pdf": FormatPDF, ".docx": FormatDOCX, ".ofd": FormatOFD,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML, ".shtml": FormatHTML,
	".mht": FormatMHTML, ".mhtml": FormatMHTML,
	".txt": FormatText, ".text": FormatText, ".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".xlsx": FormatXLSX, ".xlsm": FormatXLSX, ".csv": FormatCSV, ".xls": FormatXLS, ".et": FormatXLS,
	".doc": FormatDOC, ".wps": FormatWPS,
	// A scanned or photographed page is read by OCR like any document: a
	// folder walk, an upload and a .zip member take it.
	".jpg": FormatImage, ".jpeg": FormatImage, ".png": FormatImage, ".tif": FormatImage, ".tiff": FormatImage,
}

// Supported reports whether name has the extension of a format this package
// reads (.pdf, .docx, .doc, .wps, .ofd, .html, .mht, .txt, .md, .xlsx, .xls, .et,
// .csv, the images .jpg, .png, .tif and their variants): the files a folder
// walk should pick up.
func Supported(name string) bool {
	_, ok := extFormats[strings.ToLower(filepath.Ext(name))]
	return ok
}

// Detect tells the format of data, the content of the file called name,
// from its content. The extension picks between formats that look alike
// (TXT, Markdown and CSV are all text) and must not contradict the content:
// a .pdf that holds HTML is reported as such.
func Detect(name string, data []byte) (Format, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	ext := strings.ToLower(filepath.Ext(name))
	want, known := extFormats[ext]
	got, err := sniff(ext, data)
	if err != nil {
		return "", err
	}
	if want == FormatXLS && (got == FormatText || got == FormatHTML || got == FormatMHTML) {
		// An .xls or .et that holds text or a web page (web systems export
		// HTML tables as .xls) is read or refused as before .xls was read.
		want, known = "", false
	}
	if got == FormatText {
		// Text content: the extension says which kind of text.
		switch want {
		case FormatMarkdown, FormatCSV, FormatText:
			return want, nil
		case "", FormatDOC, FormatWPS:
			if ext == ".doc" || ext == ".xls" || ext == ".wps" || ext == ".et" {
				return "", model.Cause(ErrUnsupported, "%s is named %s but the content is plain text; rename it .txt", name, ext)
			}
			return FormatText, nil
		}
	}
	if !known {
		switch ext {
		case ".xls", ".ppt", ".et":
			if got == FormatText || got == FormatHTML || got == FormatMHTML {
				break
			}
			return "", model.Cause(ErrUnsupported, "legacy %s files are not read; save it as %sx or PDF", ext, ext)
		}
		return got, nil
	}
	switch {
	case (got == FormatHTML || got == FormatMHTML || got == FormatWordXML) && (want == FormatDOC || want == FormatWPS):
		// Word and WPS save web pages as .doc too, and office systems export
		// reports as single-file web pages or Word XML named .doc: read as
		// what they are.
		return got, nil
	case got == FormatHTML && want == FormatMHTML:
		return FormatHTML, nil // a page saved plainly under a .mht name
	case got == FormatMHTML && want == FormatHTML:
		return FormatMHTML, nil // a page saved as one file under a .html name
	case got == FormatDOC && want == FormatWPS:
		return FormatWPS, nil
	}
	if got != want {
		return "", model.Cause(ErrUnsupported, "named %s but the content is %s", ext, describe(got))
	}
	return got, nil
}

func describe(f Format) string {
	switch f {
	case FormatText:
		return "plain text"
	case FormatHTML:
		return "an HTML page"
	case FormatMHTML:
		return "a web page saved as one file"
	case FormatWordXML:
		return "a Word document saved as XML"
	case FormatImage:
		return "an image"
	}
	return "a " + strings.ToUpper(string(f)) + " file"
}

// sniff recognises a format from the first bytes of the content (ext, the
// name's extension, only words the error for a damaged compound file).
func sniff(ext string, data []byte) (Format, error) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		f, err := sniffZip(data)
		if errors.Is(err, errOpenDocument) && ext != "" && !strings.HasPrefix(ext, ".od") {
			// A minutes file saved as OpenDocument and named .doc: the name
			// is wrong, not only the format.
			return "", model.Cause(ErrUnsupported, "named %s but the content is an OpenDocument file; save it as DOCX or PDF", ext)
		}
		return f, err
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return sniffCompound(ext, data)
	case bytes.HasPrefix(data, []byte("\x1f\x8b")), bytes.HasPrefix(data, []byte("Rar!")), bytes.HasPrefix(data, []byte("7z\xbc\xaf")):
		return "", model.Cause(ErrUnsupported, "compressed archive, not a document")
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte("\xff\xd8\xff")),
		bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return FormatImage, nil
	case bytes.HasPrefix(data, []byte("GIF8")):
		return "", model.Cause(ErrUnsupported, "a GIF image, not a document (scans are read as JPEG, PNG or TIFF)")
	case bytes.HasPrefix(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"), []byte(`{\rtf`)):
		// RTF is text to the eye of looksBinary, but its words are markup:
		// read as plain text, a minutes file in RTF would be a page of
		// control words and no meeting.
		return "", model.Cause(ErrUnsupported, "an RTF document, which is not read; save it as DOCX or PDF")
	}
	if mhtml.Looks(data[:min(len(data), 8<<10)]) {
		// A browser's saved page may open with a kilobyte of headers
		// (its title and address, encoded) before MIME-Version.
		return FormatMHTML, nil
	}
	if docx.LooksXML(head) {
		return FormatWordXML, nil
	}
	if looksHTML(head) {
		return FormatHTML, nil
	}
	if looksBinary(head) {
		return "", model.Cause(ErrUnsupported, "binary data, not a document")
	}
	return FormatText, nil
}

// sniffCompound tells what a compound file (OLE2: Word, WPS, Excel,
// PowerPoint, an encrypted OOXML package) holds by its streams. This is the
// one place that says which of them are read. A compound file that cannot
// be opened is a damaged Word file if named so, else an unsupported one.
func sniffCompound(ext string, data []byte) (Format, error) {
	app, err := doc.Probe(data) // opens the compound file once: Word, Excel or encrypted
	if err != nil {
		// A package Probe cannot open but that names an encrypted part is
		// taken at its word (looked for only here: a Word file's own text
		// may hold the same letters).
		if bytes.Contains(data, utf16le("EncryptionInfo")) || bytes.Contains(data, utf16le("EncryptedPackage")) {
			return "", model.Cause(ErrEncrypted, "password-protected Office file")
		}
		if f := extFormats[ext]; f == FormatDOC || f == FormatWPS {
			return "", err
		}
		return "", model.Cause(ErrUnsupported, "legacy Office binary file that cannot be opened (%v); save it as DOCX, XLSX or PDF", err)
	}
	switch app {
	case doc.AppWord:
		return FormatDOC, nil
	case doc.AppEncrypted:
		return "", model.Cause(ErrEncrypted, "password-protected Office file")
	case doc.AppExcel:
		return FormatXLS, nil // its reader says what is wrong with it
	}
	return "", model.Cause(ErrUnsupported, "legacy Office binary file that is not a Word document; save it as DOCX, XLSX or PDF")
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// errOpenDocument is an OpenDocument file (.odt, .ods …), which is not read.
var errOpenDocument = model.Cause(ErrUnsupported, "OpenDocument file; save it as DOCX, XLSX or PDF")

func sniffZip(data []byte) (Format, error) {
	z, err := safezip.Open(data, 1)
	if err != nil {
		return "", err
	}
	switch {
	case z.Has("word/document.xml"):
		return FormatDOCX, nil
	case z.Has("xl/workbook.xml"):
		return FormatXLSX, nil
	case z.Has("OFD.xml"):
		return FormatOFD, nil
	case z.Has("content.xml") && z.Has("mimetype"):
		return "", errOpenDocument
	case z.Has("ppt/presentation.xml"):
		return "", model.Cause(ErrUnsupported, "PowerPoint file, not a report, minutes or ledger")
	case z.Has("[Content_Types].xml"):
		// An Office package whose main part is missing: a damaged DOCX or
		// XLSX, not a format we do not read.
		return "", model.Cause(ErrCorrupt, "Office package without its main part (word/document.xml or xl/workbook.xml)")
	}
	return "", model.Cause(ErrUnsupported, "zip archive that is not a DOCX, XLSX or OFD document")
}

func looksHTML(head []byte) bool {
	h := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml version=\"1.0\"?><html", "<!--"} {
		if bytes.HasPrefix(h, []byte(p)) {
			if p == "<!--" {
				return bytes.Contains(h, []byte("<html"))
			}
			return true
		}
	}
	return false
}

// looksBinary reports content that no text encoding we read produces: NUL
// bytes outside UTF-16, or many C0 control bytes.
func looksBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if e, _ := text.SniffUTF16(head); e != nil {
		return false
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*20 > len(head)
}
