// Command gen rebuilds the case folders of testdata/cases-g from their
// plain-text sources in gen/src: each source folder holds case.json and
// expected.json (copied as they are), a report, minutes and a ledger
// written as text, and gen.json saying what each becomes.
//
//	cd testdata/cases-g && go run ./gen            (needs soffice for DOCX, PDF, XLS, ODS, ODT)
//
// gen.json: {"ledger": "xlsx" | "xls" | "et" | "ods" | "csv-gbk", "convert": {"report.txt": "docx", …}}.
// A conversion is one of docx, pdf, odt, doc (through LibreOffice, from the text
// or HTML source), gbk (the text in GBK with CRLF), damaged-docx (a DOCX cut
// in half), or copy. Files not named in convert are copied.
//
// ledger.txt: "=== 表名" starts a sheet; each other line is a row, its cells
// split by " | "; a line "." is an empty row; "@merge A1:H1" merges cells
// of the sheet.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

type genSpec struct {
	Ledger  string            `json:"ledger"`
	Convert map[string]string `json:"convert"`
}

func main() {
	log.SetFlags(0)
	srcs, err := filepath.Glob(filepath.Join("gen", "src", "*"))
	if err != nil || len(srcs) == 0 {
		log.Fatal("gen: run from testdata/cases-g (no gen/src/*)")
	}
	for _, src := range srcs {
		if err := build(src, filepath.Base(src)); err != nil {
			log.Fatalf("gen: %s: %v", src, err)
		}
		fmt.Println("built", filepath.Base(src))
	}
}

func build(src, name string) error {
	raw, err := os.ReadFile(filepath.Join(src, "gen.json"))
	if err != nil {
		return err
	}
	var spec genSpec
	if err := json.Unmarshal(raw, &spec); err != nil {
		return err
	}
	out := name
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var files []string
	err = filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel != "gen.json" && rel != "ledger.txt" {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, rel := range files {
		if err := convert(filepath.Join(src, rel), out, rel, spec.Convert[rel]); err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
	}
	if spec.Ledger != "" {
		return ledger(filepath.Join(src, "ledger.txt"), out, spec.Ledger)
	}
	return nil
}

func convert(in, out, rel, how string) error {
	dst := filepath.Join(out, rel)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	switch how {
	case "", "copy":
		return os.WriteFile(dst, b, 0o644)
	case "gbk":
		s := strings.ReplaceAll(string(b), "\n", "\r\n")
		g, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(g), 0o644)
	case "docx", "pdf", "odt", "doc":
		_, err := office(in, filepath.Dir(dst), how)
		return err
	case "damaged-docx":
		tmp, err := os.MkdirTemp("", "casesg")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		p, err := office(in, tmp, "docx")
		if err != nil {
			return err
		}
		d, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(dst, filepath.Ext(dst))+".docx", d[:len(d)/2], 0o644)
	}
	return fmt.Errorf("unknown conversion %q", how)
}

// office converts a .txt or .html source with LibreOffice into dir and
// returns the new file's path; a .txt is first made an HTML page, a
// paragraph per line, so that its encoding is not guessed.
func office(in, dir, to string) (string, error) {
	tmp, err := os.MkdirTemp("", "casesg")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	page := filepath.Join(tmp, base+".html")
	b, err := os.ReadFile(in)
	if err != nil {
		return "", err
	}
	if filepath.Ext(in) == ".txt" {
		var h strings.Builder
		h.WriteString("<html><head><meta charset=\"utf-8\"></head><body>\n")
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			h.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
		h.WriteString("</body></html>\n")
		b = []byte(h.String())
	}
	if err := os.WriteFile(page, b, 0o644); err != nil {
		return "", err
	}
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "odt": "odt", "doc": "doc:MS Word 97"}[to]
	cmd := exec.Command("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", dir, page)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("soffice: %v: %s", err, stderr.String())
	}
	p := filepath.Join(dir, base+"."+to)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("soffice made no %s: %s", p, stderr.String())
	}
	return p, nil
}

func readLedger(p string) ([]casebuild.Sheet, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var sheets []casebuild.Sheet
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "=== "):
			sheets = append(sheets, casebuild.Sheet{Name: strings.TrimPrefix(line, "=== ")})
		case len(sheets) == 0:
			return nil, fmt.Errorf("a row before the first sheet: %q", line)
		case strings.HasPrefix(line, "@merge "):
			r := strings.Fields(strings.TrimPrefix(line, "@merge "))[0]
			a, z, _ := strings.Cut(r, ":")
			s := &sheets[len(sheets)-1]
			s.Merges = append(s.Merges, [2]string{a, z})
		case line == ".":
			s := &sheets[len(sheets)-1]
			s.Rows = append(s.Rows, nil)
		default:
			s := &sheets[len(sheets)-1]
			cells := strings.Split(line, " | ")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			s.Rows = append(s.Rows, cells)
		}
	}
	return sheets, nil
}

func ledger(in, out, how string) error {
	sheets, err := readLedger(in)
	if err != nil {
		return err
	}
	if how == "csv-gbk" {
		return casebuild.WriteCSVGBKQuoted(filepath.Join(out, "ledger.csv"), sheets[0].Rows)
	}
	xlsx := filepath.Join(out, "ledger.xlsx")
	if err := casebuild.WriteXLSX(xlsx, sheets...); err != nil {
		return err
	}
	if how == "xlsx" {
		return nil
	}
	filter := map[string]string{"xls": "xls:MS Excel 97", "et": "xls:MS Excel 97", "ods": "ods"}[how]
	if filter == "" {
		return fmt.Errorf("unknown ledger format %q", how)
	}
	cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", out, xlsx)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, b)
	}
	if how == "et" {
		// WPS's .et is the Excel 97–2003 binary format under another name
		if err := os.Rename(filepath.Join(out, "ledger.xls"), filepath.Join(out, "ledger.et")); err != nil {
			return err
		}
	}
	return os.Remove(xlsx)
}
