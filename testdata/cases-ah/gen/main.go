// Command gen rebuilds the case folders of testdata/cases-ah from the plain
// text sources under src/: run it from this folder with `go run .` (or
// `go run . src/NN-name` for one case). It needs LibreOffice and pdftoppm.
//
// In src/NN-name/ a file named X.EXT.html becomes X.EXT (docx, pdf, wps —
// Word 97 binary saved under .wps —, odt or png) through LibreOffice; a file
// X.xlsx.txt becomes an XLSX workbook, X.xls.txt an Excel 97 one (through
// LibreOffice) and X.csv.txt a CSV in GBK (format below); case.json, expected.json and .txt minutes are copied as they are.
//
// Ledger sources: "# NAME" starts a sheet; "!merge A1:H1" merges cells; every
// other line is a row, its cells separated by "|" (an empty line is a blank
// row), so a source line's place in its sheet is the row's number.
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

func main() {
	dirs, err := filepath.Glob("src/*")
	if err != nil {
		fail(err)
	}
	if len(os.Args) > 1 {
		dirs = os.Args[1:] // only these sources, e.g. src/07-fengqiao-zhujian-meetings
	}
	for _, d := range dirs {
		out := filepath.Join("..", filepath.Base(d))
		if err := filepath.Walk(d, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(d, p)
			dst := filepath.Join(out, rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			return build(p, dst)
		}); err != nil {
			fail(err)
		}
	}
}

func build(src, dst string) error {
	switch {
	case strings.HasSuffix(src, ".xlsx.txt"):
		return xlsx(src, strings.TrimSuffix(dst, ".txt"))
	case strings.HasSuffix(src, ".xls.txt"):
		return xls(src, strings.TrimSuffix(dst, ".txt"))
	case strings.HasSuffix(src, ".csv.txt"):
		return csvGBK(src, strings.TrimSuffix(dst, ".txt"))
	case strings.HasSuffix(src, ".html"):
		return office(src, strings.TrimSuffix(dst, ".html"))
	default:
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	}
}

// office converts an HTML source to the format its name ends with.
func office(src, dst string) error {
	ext := strings.TrimPrefix(filepath.Ext(dst), ".")
	tmp, err := os.MkdirTemp("", "casesah-gen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	base := strings.TrimSuffix(filepath.Base(dst), "."+ext)
	in := filepath.Join(tmp, base+".html")
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.WriteFile(in, b, 0o644); err != nil {
		return err
	}
	filter := map[string]string{
		"docx": "docx:MS Word 2007 XML", "wps": "doc:MS Word 97", "odt": "odt:writer8",
		"pdf": "pdf:writer_pdf_Export", "png": "pdf:writer_pdf_Export",
	}[ext]
	if filter == "" {
		return fmt.Errorf("%s: unknown target .%s", src, ext)
	}
	cmd := exec.Command("soffice", profile, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", tmp, in)
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", src, err, o)
	}
	made := filepath.Join(tmp, base+"."+strings.SplitN(filter, ":", 2)[0])
	if ext == "png" {
		// a photographed page: the PDF's first page rendered as an image
		png := filepath.Join(tmp, base)
		cmd := exec.Command("pdftoppm", "-png", "-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", made, png)
		if o, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", src, err, o)
		}
		made = png + ".png"
	}
	b, err = os.ReadFile(made)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// readSheets reads a ledger source (see the package comment) as its sheets.
func readSheets(src string) ([]casebuild.Sheet, error) {
	f, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ss []casebuild.Sheet
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# "):
			ss = append(ss, casebuild.Sheet{Name: strings.TrimPrefix(line, "# ")})
		case len(ss) == 0:
			continue
		case strings.HasPrefix(line, "!merge "):
			r := strings.SplitN(strings.TrimPrefix(line, "!merge "), ":", 2)
			ss[len(ss)-1].Merges = append(ss[len(ss)-1].Merges, [2]string{r[0], r[1]})
		case line == "":
			ss[len(ss)-1].Rows = append(ss[len(ss)-1].Rows, nil)
		default:
			ss[len(ss)-1].Rows = append(ss[len(ss)-1].Rows, strings.Split(line, "|"))
		}
	}
	return ss, sc.Err()
}

func xlsx(src, dst string) error {
	ss, err := readSheets(src)
	if err != nil {
		return err
	}
	return casebuild.WriteXLSX(dst, ss...)
}

// xls writes the workbook as XLSX, then LibreOffice saves it as Excel 97.
func xls(src, dst string) error {
	tmp, err := os.MkdirTemp("", "casesah-gen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	base := strings.TrimSuffix(filepath.Base(dst), ".xls")
	in := filepath.Join(tmp, base+".xlsx")
	if err := xlsx(src, in); err != nil {
		return err
	}
	cmd := exec.Command("soffice", profile, "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", tmp, in)
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", src, err, o)
	}
	b, err := os.ReadFile(filepath.Join(tmp, base+".xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func csvGBK(src, dst string) error {
	ss, err := readSheets(src)
	if err != nil {
		return err
	}
	return casebuild.WriteCSVGBKQuoted(dst, ss[0].Rows)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

// profile keeps LibreOffice's settings apart from any other instance running.
var profile = "-env:UserInstallation=file://" + filepath.Join(os.TempDir(), "casesah-gen-lo")
