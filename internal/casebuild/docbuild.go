package casebuild

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// DocBuilder turns a text source in DOCX's markup into the file its name
// asks for: .txt is the text itself; .docx is DOCX's document (NAME.wps.docx:
// NAME.docx as WPS Office saves it); .doc and .pdf are that document saved
// by LibreOffice as Word 97 and printed to PDF.
type DocBuilder struct {
	Office
	// Prepare, if set, rewrites the text of src before anything is made of it for out
	// (e.g. Blocks.Expand).
	Prepare func(src, out, text string) (string, error)
	// Own, if set, may build out from the prepared text itself (handled is
	// then true): a text that is not DOCX's markup.
	Own func(text, out string) (handled bool, err error)
}

// Build writes out, a file of the format its extension names, from the text source src.
func (bd DocBuilder) Build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	text := string(raw)
	if bd.Prepare != nil {
		if text, err = bd.Prepare(src, out, text); err != nil {
			return err
		}
	}
	if strings.HasSuffix(out, ".txt") {
		return os.WriteFile(out, []byte(text), 0o644)
	}
	if bd.Own != nil {
		if handled, err := bd.Own(text, out); handled {
			return err
		}
	}
	wps := strings.HasSuffix(out, ".wps.docx")
	out = strings.Replace(out, ".wps.docx", ".docx", 1)
	b, err := DOCX(text, wps)
	if err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	ext := filepath.Ext(out)
	if ext == ".docx" {
		return os.WriteFile(out, b, 0o644)
	}
	tmp, err := os.MkdirTemp("", bd.Temp)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "doc.docx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		return err
	}
	target := map[string]string{".doc": "doc:MS Word 97", ".pdf": "pdf:writer_pdf_Export"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := bd.Convert(tmp, target, in); err != nil {
		return err
	}
	return CopyFile(filepath.Join(tmp, "doc"+ext), out)
}
