// Command gen rebuilds the case folders of testdata/cases-o from the plain
// sources in gen/src: each src/NN-name/ mirrors a case folder, and a source
// file's name says what it becomes.
//
//	NAME.docx.html   → NAME.docx  (LibreOffice, from HTML; tables keep merged cells)
//	NAME.pdf.html    → NAME.pdf
//	NAME.doc.html    → NAME.doc   (Word 97–2003 binary)
//	NAME.wps.html    → NAME.wps   (the same format, as WPS saves it)
//	NAME.rtf.html    → NAME.rtf   (a format zhenggai does not read)
//	NAME.png.html    → NAME.png   (the first page, rendered at 150 dpi: a photographed page)
//	NAME.cut.docx.html → NAME.docx cut off halfway (a damaged file)
//	NAME.xlsx.tbl    → NAME.xlsx  (excelize; the .tbl format below)
//	NAME.et.tbl      → NAME.et    (the workbook saved as Excel 97–2003)
//	NAME.ods.tbl     → NAME.ods   (OpenDocument: not read)
//	NAME.csv.tbl     → NAME.csv   (the first sheet, GBK)
//	NAME.gbk.txt     → NAME.txt   (GBK)
//	anything else    → copied as it is
//
// A .tbl file holds sheets: "#sheet NAME" starts one, "#merge A1:F1" merges
// a range of it, "#width C 40" sets a column's width, every other line is a
// row whose cells are parted by "|" (an empty line is an empty row). A cell
// "@2024-03-20" is a date cell; a cell of digits only is a number.
// case.json and expected.json are written by hand in the case folders and
// are not touched.
//
//	cd testdata/cases-o && go run ./gen [NN-name ...]
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	cases := os.Args[1:]
	if len(cases) == 0 {
		m, _ := filepath.Glob("gen/src/*")
		for _, p := range m {
			cases = append(cases, filepath.Base(p))
		}
	}
	for _, c := range cases {
		if err := build(c); err != nil {
			fmt.Fprintln(os.Stderr, c+":", err)
			os.Exit(1)
		}
	}
}

func build(name string) error {
	src := filepath.Join("gen/src", name)
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		out := filepath.Join(name, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		fmt.Println(out)
		return convert(p, out)
	})
}

func convert(p, out string) error {
	switch {
	case strings.HasSuffix(p, ".cut.docx.html"):
		dst := strings.TrimSuffix(out, ".cut.docx.html") + ".docx"
		if err := office(p, "docx:MS Word 2007 XML", dst); err != nil {
			return err
		}
		b, err := os.ReadFile(dst)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b[:len(b)/2], 0o644)
	case strings.HasSuffix(p, ".docx.html"):
		return office(p, "docx:MS Word 2007 XML", strings.TrimSuffix(out, ".html"))
	case strings.HasSuffix(p, ".pdf.html"):
		return office(p, "pdf:writer_pdf_Export", strings.TrimSuffix(out, ".html"))
	case strings.HasSuffix(p, ".doc.html"):
		return office(p, "doc:MS Word 97", strings.TrimSuffix(out, ".html"))
	case strings.HasSuffix(p, ".wps.html"):
		return office(p, "doc:MS Word 97", strings.TrimSuffix(out, ".html"))
	case strings.HasSuffix(p, ".rtf.html"):
		return office(p, "rtf:Rich Text Format", strings.TrimSuffix(out, ".html"))
	case strings.HasSuffix(p, ".png.html"):
		dst := strings.TrimSuffix(out, ".html")
		pdf := dst + ".tmp.pdf"
		if err := office(p, "pdf:writer_pdf_Export", pdf); err != nil {
			return err
		}
		defer os.Remove(pdf)
		stem := strings.TrimSuffix(dst, ".png")
		return run("pdftoppm", "-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, stem)
	case strings.HasSuffix(p, ".tbl"):
		return table(p, strings.TrimSuffix(out, ".tbl"))
	case strings.HasSuffix(p, ".gbk.txt"):
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		g, err := simplifiedchinese.GBK.NewEncoder().Bytes(b)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(out, ".gbk.txt")+".txt", g, 0o644)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// office converts src with LibreOffice to dst, whose extension may differ
// from the filter's (a .wps is a .doc).
func office(src, filter, dst string) error {
	tmp, err := os.MkdirTemp("", "casegen-o")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := src
	if strings.HasSuffix(src, ".html") {
		in = filepath.Join(tmp, "in.html")
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		if err := os.WriteFile(in, b, 0o644); err != nil {
			return err
		}
	}
	// a profile of its own, so that other LibreOffice runs do not collide with it
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(os.TempDir(), "casegen-o-profile")}
	if strings.HasSuffix(in, ".html") {
		args = append(args, "--infilter=HTML (StarWriter)")
	}
	args = append(args, "--convert-to", filter, "--outdir", filepath.Join(tmp, "out"), in)
	if err := run("soffice", args...); err != nil {
		return err
	}
	m, _ := filepath.Glob(filepath.Join(tmp, "out", "*"))
	if len(m) != 1 {
		return fmt.Errorf("soffice made %d files from %s", len(m), src)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %v: %s", name, err, stderr.String())
	}
	return nil
}

var reDigits = regexp.MustCompile(`^[0-9]+$`)

type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
	widths map[string]float64
}

func readTbl(p string) ([]*sheet, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var sheets []*sheet
	var cur *sheet
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "#sheet "):
			cur = &sheet{name: strings.TrimSpace(line[7:]), widths: map[string]float64{}}
			sheets = append(sheets, cur)
			continue
		case cur == nil:
			return nil, fmt.Errorf("%s: a row before #sheet", p)
		case strings.HasPrefix(line, "#merge "):
			r := strings.Split(strings.TrimSpace(line[7:]), ":")
			cur.merges = append(cur.merges, [2]string{r[0], r[1]})
			continue
		case strings.HasPrefix(line, "#width "):
			f := strings.Fields(line[7:])
			w, _ := strconv.ParseFloat(f[1], 64)
			cur.widths[f[0]] = w
			continue
		}
		var cells []string
		if strings.TrimSpace(line) != "" {
			for _, c := range strings.Split(line, "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
		}
		cur.rows = append(cur.rows, cells)
	}
	return sheets, nil
}

func table(p, dst string) error {
	sheets, err := readTbl(p)
	if err != nil {
		return err
	}
	if strings.HasSuffix(dst, ".csv") {
		var buf strings.Builder
		for _, r := range sheets[0].rows {
			for i, c := range r {
				if i > 0 {
					buf.WriteByte(',')
				}
				c = strings.TrimPrefix(c, "@")
				if strings.ContainsAny(c, ",\"\n") {
					c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
				}
				buf.WriteString(c)
			}
			buf.WriteString("\r\n")
		}
		g, err := simplifiedchinese.GBK.NewEncoder().String(buf.String())
		if err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(g), 0o644)
	}
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: strPtr("yyyy/m/d")})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for ri, r := range s.rows {
			for ci, c := range r {
				if c == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				switch {
				case strings.HasPrefix(c, "@"):
					t, err := time.Parse("2006-01-02", c[1:])
					if err != nil {
						return fmt.Errorf("%s: %s: %v", p, ref, err)
					}
					_ = f.SetCellValue(s.name, ref, t)
					_ = f.SetCellStyle(s.name, ref, ref, dateStyle)
				case reDigits.MatchString(c) && len(c) < 6:
					n, _ := strconv.Atoi(c)
					_ = f.SetCellValue(s.name, ref, n)
				default:
					_ = f.SetCellValue(s.name, ref, c)
					_ = f.SetCellStyle(s.name, ref, ref, wrap)
				}
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
		for col, w := range s.widths {
			_ = f.SetColWidth(s.name, col, col, w)
		}
	}
	switch {
	case strings.HasSuffix(dst, ".xlsx"):
		return f.SaveAs(dst)
	case strings.HasSuffix(dst, ".et"), strings.HasSuffix(dst, ".ods"):
		tmp, err := os.MkdirTemp("", "casegen-o")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		x := filepath.Join(tmp, "ledger.xlsx")
		if err := f.SaveAs(x); err != nil {
			return err
		}
		filter := "xls:MS Excel 97"
		if strings.HasSuffix(dst, ".ods") {
			filter = "ods:calc8"
		}
		return office(x, filter, dst)
	}
	return fmt.Errorf("%s: unknown target %s", p, dst)
}

func strPtr(s string) *string { return &s }
