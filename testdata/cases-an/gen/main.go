// Command gen rebuilds the case folders of testdata/cases-an from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see README.md).
//
//	cd testdata/cases-an/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT: .txt is copied,
// .gbktxt becomes a .txt in GBK with CRLF line ends; .docx is converted by
// LibreOffice from an HTML page made of the text (a line "# …" is a centred
// title, a line "|a|b|" a table row, any other line a paragraph); .pdf is that
// page converted to DOCX and then to PDF; .doc the Word 97 binary LibreOffice
// writes; .brokendoc that binary cut off after its first 3,000 bytes and saved
// as .doc (a damaged file); .png or .jpg the first page of the PDF rendered at
// 150 dpi (a scanned page, read by OCR).
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.Office{Profile: "file:///tmp/casesan-lo-profile", Temp: "casesan"}

func main() {
	casebuild.Main(build, ledgers)
}

// build writes out, a file of the format its extension names, from the text source src.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	ext := filepath.Ext(out)
	switch ext {
	case ".txt":
		return os.WriteFile(out, raw, 0o644)
	case ".gbktxt":
		crlf := strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n", "\r\n")
		g, err := simplifiedchinese.GBK.NewEncoder().String(crlf)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(out, ext)+".txt", []byte(g), 0o644)
	}
	broken := ext == ".brokendoc"
	if broken {
		out = strings.TrimSuffix(out, ext) + ".doc"
		ext = ".doc"
	}
	tmp, err := os.MkdirTemp("", "casesan")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	stem := strings.TrimSuffix(filepath.Base(out), ext)
	page := filepath.Join(tmp, stem+".html")
	if err := os.WriteFile(page, []byte(layout.HTML(string(raw))), 0o644); err != nil {
		return err
	}
	if ext == ".png" || ext == ".jpg" {
		return soffice.Photo(page, tmp, out)
	}
	if ext == ".pdf" {
		// the web PDF export leaves the CJK headings out of the text layer: go by a DOCX
		return soffice.ViaDOCX(page, tmp, out)
	}
	target := map[string]string{".docx": "docx:MS Word 2007 XML",
		".doc": "doc:MS Word 97"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := soffice.Convert(tmp, target, page); err != nil {
		return err
	}
	made := filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0])
	b, err := os.ReadFile(made)
	if err != nil {
		return err
	}
	if broken && len(b) > 3000 {
		b = b[:3000]
	}
	return os.WriteFile(out, b, 0o644)
}

// layout is the look of the pages the sources are set in (casebuild.Markup):
// Noto Serif at 14pt, ruled tables, an 18pt centred title.
var layout = casebuild.Markup{
	CSS:        "body{font-family:'Noto Serif CJK SC',serif;font-size:14pt}td{border:1px solid #000;padding:2pt}table{border-collapse:collapse}",
	TitleStyle: "text-align:center;font-size:18pt",
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
