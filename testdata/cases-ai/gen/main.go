// Command gen rebuilds the case folders of testdata/cases-ai from the plain
// sources in gen/src: run from the repository's root,
//
//	go run ./testdata/cases-ai/gen [NN-name ...]
//
// (with names, only those folders are rebuilt).
// Each src/NN-name/ holds case.json and expected.json (copied as they are)
// and files named TARGET.src: a .txt target is copied; a .docx, .doc, .wps,
// .pdf, .odt, .png or .jpg target is written from the text through HTML by
// LibreOffice (soffice) and, for images, pdftoppm; an .xlsx or .csv target is
// a ledger (see buildLedger). A source whose first line is @damaged gives a
// file cut short that no reader can open; a .txt source whose first line
// is @gbk is written in GBK with CRLF line ends.
package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const root = "testdata/cases-ai"

func main() {
	cases, err := filepath.Glob(filepath.Join(root, "gen", "src", "*"))
	must(err)
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
	}
	for _, c := range cases {
		if len(only) > 0 && !only[filepath.Base(c)] {
			continue
		}
		out := filepath.Join(root, filepath.Base(c))
		must(os.RemoveAll(out))
		must(filepath.Walk(c, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(c, p)
			dst := filepath.Join(out, rel)
			must(os.MkdirAll(filepath.Dir(dst), 0o755))
			raw, err := os.ReadFile(p)
			must(err)
			if !strings.HasSuffix(p, ".src") {
				return os.WriteFile(dst, raw, 0o644)
			}
			build(strings.TrimSuffix(dst, ".src"), string(raw))
			return nil
		}))
		fmt.Println("built", out)
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func build(dst, text string) {
	if strings.HasPrefix(text, "@damaged") {
		// a zip's local header and then nothing a reader can use
		must(os.WriteFile(dst, append([]byte("PK\x03\x04\x14\x00\x06\x00"), bytes.Repeat([]byte{0x5a, 0x00, 0xc3}, 300)...), 0o644))
		return
	}
	ext := strings.TrimPrefix(filepath.Ext(dst), ".")
	switch ext {
	case "txt", "md":
		if rest, ok := strings.CutPrefix(text, "@gbk\n"); ok {
			gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.ReplaceAll(rest, "\n", "\r\n")))
			must(err)
			must(os.WriteFile(dst, gbk, 0o644))
			return
		}
		must(os.WriteFile(dst, []byte(text), 0o644))
	case "xlsx", "csv":
		buildLedger(dst, text)
	default:
		buildDoc(dst, ext, text)
	}
}

// buildDoc writes text as HTML (a line "# …" is a centred title, lines
// starting with | are table rows, others paragraphs) and converts it.
func buildDoc(dst, ext, text string) {
	tmp, err := os.MkdirTemp("", "casesai")
	must(err)
	defer os.RemoveAll(tmp)
	base := strings.TrimSuffix(filepath.Base(dst), filepath.Ext(dst))
	src := filepath.Join(tmp, base+".html")
	must(os.WriteFile(src, []byte(toHTML(text, ext == "png" || ext == "jpg")), 0o644))
	conv := func(in, filter string) string {
		cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", tmp, in)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		must(cmd.Run())
		return filepath.Join(tmp, base+"."+strings.SplitN(filter, ":", 2)[0])
	}
	var got string
	switch ext {
	case "docx":
		got = conv(src, "docx:MS Word 2007 XML")
	case "doc", "wps":
		got = conv(src, "doc:MS Word 97")
	case "odt":
		got = conv(conv(src, "docx:MS Word 2007 XML"), "odt:writer8")
	case "pdf":
		got = conv(conv(src, "docx:MS Word 2007 XML"), "pdf")
	case "png", "jpg":
		pdf := conv(conv(src, "docx:MS Word 2007 XML"), "pdf")
		flag := "-png"
		if ext == "jpg" {
			flag = "-jpeg"
		}
		cmd := exec.Command("pdftoppm", flag, "-r", "110", "-gray", "-singlefile", pdf, filepath.Join(tmp, "page"))
		cmd.Stderr = os.Stderr
		must(cmd.Run())
		got = filepath.Join(tmp, "page."+ext)
		if ext == "png" {
			// a scan's few grey levels keep the file small
			cmd := exec.Command("convert", got, "-colors", "8", got)
			cmd.Stderr = os.Stderr
			must(cmd.Run())
		}
	default:
		must(fmt.Errorf("%s: no way to build .%s", dst, ext))
	}
	raw, err := os.ReadFile(got)
	must(err)
	must(os.WriteFile(dst, raw, 0o644))
}

func toHTML(text string, big bool) string {
	var b strings.Builder
	size := "12pt"
	if big {
		size = "16pt"
	}
	fmt.Fprintf(&b, "<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif CJK SC';font-size:%s}</style></head><body>\n", size)
	inTable := false
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table border=\"1\" cellspacing=\"0\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(strings.TrimSpace(c)))
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, "# "):
			fmt.Fprintf(&b, "<p style=\"text-align:center;font-size:18pt\">%s</p>\n", html.EscapeString(line[2:]))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(line))
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// buildLedger reads a ledger source:
//
//	@sheet NAME          a new sheet
//	@title TEXT          a title row merged over the header's width
//	@blank               an empty row
//	@rows A-B CELLS      rows A to B from a template: {n} is the number,
//	                     {x/y/z} picks by the number in turn
//	a|b|c                a row; a cell "<" is merged with the one on its
//	                     left, "^" with the one above
//
// A .csv target takes the first sheet, written in GBK.
func buildLedger(dst, text string) {
	type sheet struct {
		name  string
		rows  [][]string
		title []int // rows that are titles
	}
	var sheets []*sheet
	cur := func() *sheet { return sheets[len(sheets)-1] }
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "@sheet "):
			sheets = append(sheets, &sheet{name: strings.TrimSpace(line[7:])})
		case strings.HasPrefix(line, "@title "):
			s := cur()
			s.title = append(s.title, len(s.rows))
			s.rows = append(s.rows, []string{strings.TrimSpace(line[7:])})
		case line == "@blank":
			cur().rows = append(cur().rows, []string{})
		case strings.HasPrefix(line, "@rows "):
			f := strings.SplitN(line[6:], " ", 2)
			ab := strings.SplitN(f[0], "-", 2)
			a, _ := strconv.Atoi(ab[0])
			z, _ := strconv.Atoi(ab[1])
			for n := a; n <= z; n++ {
				cur().rows = append(cur().rows, strings.Split(expand(f[1], n), "|"))
			}
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "//"):
		default:
			cur().rows = append(cur().rows, strings.Split(line, "|"))
		}
	}
	if strings.HasSuffix(dst, ".csv") {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.UseCRLF = true
		for _, r := range sheets[0].rows {
			rr := make([]string, len(r))
			for i, c := range r {
				if c != "<" && c != "^" {
					rr[i] = c
				}
			}
			must(w.Write(rr))
		}
		w.Flush()
		gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(b.Bytes())
		must(err)
		must(os.WriteFile(dst, gbk, 0o644))
		return
	}
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		width := 1
		for _, r := range s.rows {
			if len(r) > width {
				width = len(r)
			}
		}
		for ri, r := range s.rows {
			for ci, c := range r {
				cell, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				switch c {
				case "<", "^":
					continue
				}
				if n, err := strconv.Atoi(c); err == nil && len(c) < 6 {
					must(f.SetCellValue(s.name, cell, n))
				} else {
					must(f.SetCellValue(s.name, cell, c))
				}
			}
		}
		// horizontal merges, then vertical ones
		for ri, r := range s.rows {
			for ci := 0; ci < len(r); ci++ {
				if r[ci] != "<" {
					continue
				}
				start := ci - 1
				for ci < len(r) && r[ci] == "<" {
					ci++
				}
				a, _ := excelize.CoordinatesToCellName(start+1, ri+1)
				z, _ := excelize.CoordinatesToCellName(ci, ri+1)
				must(f.MergeCell(s.name, a, z))
			}
		}
		for ri := range s.rows {
			for ci, c := range s.rows[ri] {
				if c != "^" || (ri > 0 && len(s.rows[ri-1]) > ci && s.rows[ri-1][ci] == "^") {
					continue
				}
				end := ri
				for end+1 < len(s.rows) && len(s.rows[end+1]) > ci && s.rows[end+1][ci] == "^" {
					end++
				}
				a, _ := excelize.CoordinatesToCellName(ci+1, ri)
				z, _ := excelize.CoordinatesToCellName(ci+1, end+1)
				must(f.MergeCell(s.name, a, z))
			}
		}
		for _, t := range s.title {
			a, _ := excelize.CoordinatesToCellName(1, t+1)
			z, _ := excelize.CoordinatesToCellName(width, t+1)
			must(f.MergeCell(s.name, a, z))
		}
	}
	must(f.SaveAs(dst))
}

var choice = regexp.MustCompile(`\{([^{}]*)\}`)

func expand(tmpl string, n int) string {
	return choice.ReplaceAllStringFunc(tmpl, func(m string) string {
		in := m[1 : len(m)-1]
		if in == "n" {
			return strconv.Itoa(n)
		}
		opts := strings.Split(in, "/")
		return opts[n%len(opts)]
	})
}
