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
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	srcs, err := filepath.Glob("src/*")
	if err != nil {
		log.Fatal(err)
	}
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
	}
	for _, dir := range srcs {
		name := filepath.Base(dir)
		if len(only) > 0 && !only[name] {
			continue
		}
		err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(dir, strings.TrimSuffix(p, ".txt"))
			return build(p, filepath.Join(root, name, rel))
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	for name, b := range ledgers {
		if len(only) > 0 && !only[name] {
			continue
		}
		if err := b(filepath.Join(root, name)); err != nil {
			log.Fatal(name, ": ", err)
		}
	}
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
	if err := os.WriteFile(page, []byte(toHTML(string(raw))), 0o644); err != nil {
		return err
	}
	if ext == ".png" || ext == ".jpg" {
		return photo(page, tmp, out)
	}
	if ext == ".pdf" {
		// the web PDF export leaves the CJK headings out of the text layer: go by a DOCX
		return viaDOCX(page, tmp, out)
	}
	target := map[string]string{".docx": "docx:MS Word 2007 XML",
		".doc": "doc:MS Word 97"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	cmd := exec.Command("soffice", loProfile, "--headless", "--convert-to", target, "--outdir", tmp, page)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", src, err, b)
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

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif CJK SC',serif;font-size:14pt}td{border:1px solid #000;padding:2pt}table{border-collapse:collapse}</style></head><body>\n")
	inTable := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"text-align:center;font-size:18pt\">" + html.EscapeString(line[2:]) + "</h1>\n")
		default:
			b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// sheet is one worksheet: its rows from row 1, and the ranges to merge.
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
}

func writeXLSX(path string, sheets ...sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellStr(s.name, cell, v); err != nil {
					return err
				}
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends (cells hold no comma or quote).
func writeCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// viaDOCX converts the HTML page to a DOCX, then that to the PDF at out.
func viaDOCX(page, tmp, out string) error {
	docx := strings.TrimSuffix(page, ".html") + ".docx"
	for _, c := range [][]string{{"docx:MS Word 2007 XML", page}, {"pdf", docx}} {
		if b, err := exec.Command("soffice", loProfile, "--headless", "--convert-to", c[0], "--outdir", tmp, c[1]).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", c[1], err, b)
		}
	}
	if out == "" {
		return nil
	}
	b, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".pdf")
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// photo renders the HTML page as a PDF by a DOCX (the web PDF export's fonts
// render blank), then its first page as an image at out.
func photo(page, tmp, out string) error {
	if err := viaDOCX(page, tmp, ""); err != nil {
		return err
	}
	pdf := strings.TrimSuffix(page, ".html") + ".pdf"
	img := filepath.Join(tmp, "page")
	format := "-png"
	if filepath.Ext(out) == ".jpg" {
		format = "-jpeg"
	}
	if b, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-singlefile", "-f", "1", format, pdf, img).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", pdf, err, b)
	}
	b, err := os.ReadFile(img + filepath.Ext(out))
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// loProfile is a LibreOffice user profile of the generator's own, so that it
// runs beside other LibreOffice processes of the machine.
var loProfile = "-env:UserInstallation=file:///tmp/casesan-lo-profile"
