// Command gen rebuilds the case folders of testdata/cases-s from the texts
// in src/ and the tables in cases.go. Word, PDF and WPS files are made by
// LibreOffice (soffice --headless) from HTML; ledgers by excelize.
//
//	cd testdata/cases-s && go run ./gen
//
// expected.json of each folder is written by hand and is not touched.
package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// minute is one minutes file: its name under minutes/, and its text (first line the title).
type minute struct {
	name string
	text string
}

type caseDef struct {
	dir           string
	unit, round   string
	fb, rep, asof string
	report        string // report file name: report.docx, report.pdf, report.wps
	src           string // src/ file of the report
	ledger        string // ledger file name
	sheets        func() []sheet
	minutes       []minute
	damage        []string // files to truncate after they are made (damaged)
}

func main() {
	tmp, err := os.MkdirTemp("", "cases-s-gen")
	check(err)
	defer os.RemoveAll(tmp)
	conv := map[string][]string{} // target ext -> html files
	var moves [][2]string         // made file -> destination
	for _, c := range cases {
		check(os.MkdirAll(filepath.Join(c.dir, "minutes"), 0o755))
		cj, _ := json.MarshalIndent(map[string]string{"unit": c.unit, "round": c.round, "feedback_date": c.fb, "report_date": c.rep, "as_of": c.asof}, "", "  ")
		check(os.WriteFile(filepath.Join(c.dir, "case.json"), append(cj, '\n'), 0o644))
		src, err := os.ReadFile(filepath.Join("gen", "src", c.src))
		check(err)
		base := strings.ReplaceAll(c.dir, "-", "_") + "_report"
		h := filepath.Join(tmp, base+".html")
		check(os.WriteFile(h, []byte(toHTML(expand(string(src)))), 0o644))
		ext := filepath.Ext(c.report)[1:]
		conv[ext] = append(conv[ext], h)
		moves = append(moves, [2]string{filepath.Join(tmp, ext, base+"."+convExt(ext)), filepath.Join(c.dir, c.report)})
		for i, m := range c.minutes {
			dst := filepath.Join(c.dir, "minutes", m.name)
			ext := filepath.Ext(m.name)[1:]
			if ext == "png" {
				ext = "pdf" // a photographed page: the PDF made into an image below
			}
			if ext == "txt" {
				check(os.WriteFile(dst, []byte(m.text), 0o644))
				continue
			}
			b := fmt.Sprintf("%s_m%d", strings.ReplaceAll(c.dir, "-", "_"), i)
			h := filepath.Join(tmp, b+".html")
			check(os.WriteFile(h, []byte(toHTML(minutesMarkup(m.text))), 0o644))
			conv[ext] = append(conv[ext], h)
			moves = append(moves, [2]string{filepath.Join(tmp, ext, b+"."+convExt(ext)), dst})
		}
		if c.sheets != nil {
			x := filepath.Join(c.dir, c.ledger)
			if filepath.Ext(c.ledger) != ".xlsx" {
				x = filepath.Join(tmp, strings.ReplaceAll(c.dir, "-", "_")+"_ledger.xlsx")
				conv[filepath.Ext(c.ledger)[1:]] = append(conv[filepath.Ext(c.ledger)[1:]], x)
				moves = append(moves, [2]string{filepath.Join(tmp, filepath.Ext(c.ledger)[1:], strings.TrimSuffix(filepath.Base(x), ".xlsx")+"."+convExt(filepath.Ext(c.ledger)[1:])), filepath.Join(c.dir, c.ledger)})
			}
			check(writeWorkbook(x, c.sheets()))
		}
	}
	// PDF is made from the DOCX LibreOffice writes from the HTML (its web
	// export puts a bold first line on a page of its own)
	var viaDocx []string
	for _, h := range conv["pdf"] {
		viaDocx = append(viaDocx, filepath.Join(tmp, "docx", strings.TrimSuffix(filepath.Base(h), ".html")+".docx"))
	}
	conv["docx"] = append(conv["docx"], conv["pdf"]...)
	delete(conv, "pdf")
	for ext, files := range conv {
		soffice(filter(ext), filepath.Join(tmp, ext), files)
	}
	if len(viaDocx) > 0 {
		soffice("pdf", filepath.Join(tmp, "pdf"), viaDocx)
	}
	for _, m := range moves {
		if filepath.Ext(m[1]) == ".png" {

			out, err := exec.Command("pdftoppm", "-png", "-r", "150", "-singlefile", m[0], strings.TrimSuffix(m[1], ".png")).CombinedOutput()
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s\n", out)
				check(err)
			}
			continue
		}
		b, err := os.ReadFile(m[0])
		check(err)
		check(os.WriteFile(m[1], b, 0o644))
	}
	for _, c := range cases {
		for _, d := range c.damage {
			p := filepath.Join(c.dir, d)
			b, err := os.ReadFile(p)
			check(err)
			check(os.WriteFile(p, b[:len(b)/3], 0o644))
		}
	}
}

func soffice(filter, outdir string, files []string) {
	args := append([]string{"--headless", "--convert-to", filter, "--outdir", outdir}, files...)
	out, err := exec.Command("soffice", args...).CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s\n", out)
		check(err)
	}
}

func convExt(ext string) string {
	if ext == "wps" {
		return "doc"
	}
	return ext
}

func filter(ext string) string {
	switch ext {
	case "docx":
		return `docx:MS Word 2007 XML`
	case "wps":
		return `doc:MS Word 97`
	}
	return ext
}

func minutesMarkup(t string) string {
	lines := strings.Split(strings.TrimSpace(t), "\n")
	return "# " + lines[0] + "\n" + strings.Join(lines[1:], "\n")
}

// toHTML turns the sources' markup into HTML: "# " a centred bold line,
// "## " a bold line, "| a | b |" rows a table, "@page" a page break, else a paragraph.
func toHTML(src string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:15pt} td{border:1px solid #000;padding:2px}</style></head><body>`)
	inTable := false
	var notes []string
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimRight(l, " \r")
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString(`<table style="border-collapse:collapse">`)
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(strings.TrimSpace(c)) + "</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case l == "":
		case strings.HasPrefix(l, "@header "):
			b.WriteString(`<div title="header"><p align="center">` + html.EscapeString(l[8:]) + "</p></div>")
		case l == "@page":
			b.WriteString(`<p style="page-break-before:always"></p>`)
		case strings.HasPrefix(l, "# "):
			b.WriteString(`<p align="center"><b>` + html.EscapeString(l[2:]) + "</b></p>")
		case strings.HasPrefix(l, "## "):
			b.WriteString("<p><b>" + html.EscapeString(l[3:]) + "</b></p>")
		default:
			b.WriteString("<p>" + inline(l, &notes) + "</p>")
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	for i, n := range notes {
		fmt.Fprintf(&b, `<div id="sdfootnote%d"><p><a class="sdfootnotesym" name="sdfootnote%dsym" href="#sdfootnote%danc">%d</a>%s</p></div>`, i+1, i+1, i+1, i+1, html.EscapeString(n))
	}
	b.WriteString("</body></html>")
	return b.String()
}

// expand replaces "@filler A-B" with the paragraphs A to B (from 1) of
// src/filler.txt: narrative without figures that makes a report as long as
// real ones.
func expand(src string) string {
	fb, err := os.ReadFile(filepath.Join("gen", "src", "filler.txt"))
	check(err)
	filler := strings.Split(strings.TrimSpace(string(fb)), "\n")
	var out []string
	for _, l := range strings.Split(src, "\n") {
		var a, b int
		if n, _ := fmt.Sscanf(l, "@filler %d-%d", &a, &b); n == 2 {
			for i := a; i <= b && i <= len(filler); i++ {
				out = append(out, filler[i-1])
			}
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// inline writes a paragraph's text, its footnotes ^[…] as LibreOffice's HTML footnotes.
func inline(t string, notes *[]string) string {
	var b strings.Builder
	for {
		i := strings.Index(t, "^[")
		if i < 0 {
			break
		}
		j := strings.Index(t[i:], "]")
		if j < 0 {
			break
		}
		b.WriteString(html.EscapeString(t[:i]))
		*notes = append(*notes, t[i+2:i+j])
		n := len(*notes)
		fmt.Fprintf(&b, `<a class="sdfootnoteanc" name="sdfootnote%danc" href="#sdfootnote%dsym"><sup>%d</sup></a>`, n, n, n)
		t = t[i+j+1:]
	}
	b.WriteString(html.EscapeString(t))
	return b.String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
