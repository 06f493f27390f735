package casebuild

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// DefaultTargets are the formats Builder converts straight from the page
// when Builder.Targets is nil.
var DefaultTargets = map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format"}

// Builder turns a text source into the file its name asks for (Build). The
// source src/CASE/PATH.EXT.txt is built as CASE/PATH.EXT:
//
//   - .txt is copied; NAME.txt.gbk becomes NAME.txt in GBK with CRLF line ends;
//   - .html is Site's page, if Site is set;
//   - any other format starts from the HTML page HTML makes of the text:
//     .pdf is that page converted to DOCX and then to PDF; .png and .jpg are
//     its first page photographed (Office.Photo); NAME.scan.pdf becomes NAME.pdf
//     holding only that photograph, at 150 dpi (a scan with no text layer);
//     the extensions in FromDOCX are converted by LibreOffice from the page's
//     DOCX, those in Targets straight from the page (a .wps named as "doc:…"
//     is a Word 97 file under WPS's name), and NAME.wps.docx becomes NAME.docx marked as WPS Office saved it (AsWPS).
type Builder struct {
	Office
	// Targets maps an extension to soffice's --convert-to target; nil means DefaultTargets.
	Targets map[string]string
	// FromDOCX maps an extension to the target the page's DOCX is converted
	// to (so that Writer, not Writer/Web, saves it: e.g. ".odt": "odt:writer8");
	// it goes before Targets.
	FromDOCX map[string]string
	// HTML lays the text out as a page; nil means ToHTML.
	HTML func(text string) string
	// Site makes the .html file of the text from src; nil means .html is not built
	// apart (it falls to Targets).
	Site func(src, text string) string
	// Prepare, if set, rewrites the text of src before anything is made of it for out
	// (e.g. Blocks.Expand).
	Prepare func(src, out, text string) (string, error)
}

// Build writes out, a file of the format its extension names, from the text source src.
func (bd Builder) Build(src, out string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return bd.BuildText(src, string(raw), out)
}

// BuildText is Build with the source's text given (src names it in errors
// and for Prepare and Site).
func (bd Builder) BuildText(src, text, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	var err error
	if bd.Prepare != nil {
		if text, err = bd.Prepare(src, out, text); err != nil {
			return err
		}
	}
	switch {
	case strings.HasSuffix(out, ".txt.gbk"):
		g, err := GBKText(text)
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		return os.WriteFile(strings.TrimSuffix(out, ".gbk"), g, 0o644)
	case strings.HasSuffix(out, ".txt"):
		return os.WriteFile(out, []byte(text), 0o644)
	case strings.HasSuffix(out, ".html") && bd.Site != nil:
		return os.WriteFile(out, []byte(bd.Site(src, text)), 0o644)
	}
	tmp, err := os.MkdirTemp("", bd.Temp)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	wps := strings.HasSuffix(out, ".wps.docx")
	scan := strings.HasSuffix(out, ".scan.pdf")
	out = strings.Replace(strings.Replace(out, ".wps.docx", ".docx", 1), ".scan.pdf", ".pdf", 1)
	ext := filepath.Ext(out)
	stem := "page"
	page := filepath.Join(tmp, stem+".html")
	toHTML := bd.HTML
	if toHTML == nil {
		toHTML = ToHTML
	}
	if err := os.WriteFile(page, []byte(toHTML(text)), 0o644); err != nil {
		return err
	}
	switch {
	case scan:
		img := filepath.Join(tmp, "scan.jpg")
		if err := bd.Photo(page, tmp, img); err != nil {
			return err
		}
		return ScanPDF(img, out, 150)
	case ext == ".png" || ext == ".jpg":
		return bd.Photo(page, tmp, out)
	case ext == ".pdf":
		return bd.ViaDOCX(page, tmp, out)
	}
	if target := bd.FromDOCX[ext]; target != "" {
		docx := filepath.Join(tmp, stem+".docx")
		if err := bd.Convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
			return err
		}
		if err := bd.Convert(tmp, target, docx); err != nil {
			return err
		}
		b, err := os.ReadFile(filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0]))
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	}
	targets := bd.Targets
	if targets == nil {
		targets = DefaultTargets
	}
	target := targets[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := bd.Convert(tmp, target, page); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0]))
	if err != nil {
		return err
	}
	if wps {
		if b, err = AsWPS(b); err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
	}
	return os.WriteFile(out, b, 0o644)
}
