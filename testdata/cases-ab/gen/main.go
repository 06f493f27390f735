// Command gen rebuilds the case folders of testdata/cases-ab from the
// texts in this folder: run `go run ./testdata/cases-ab/gen` from the
// repository root. Each case's report, minutes and ledger rows are in
// cases.go; expected.json is written by hand and not touched here.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ledger is one ledger: a title row (merged), a header and its rows.
type ledger struct {
	name   string // ledger.xlsx or ledger.csv
	sheet  string
	title  string
	header []string
	rows   [][]string
	footer string
}

type kase struct {
	dir      string
	caseJSON string
	report   string // report.txt text
	minutes  map[string]string
	raw      map[string][]byte // other files, path relative to the case
	ledger   ledger
	html     string   // when set, the report is report.docx converted from this HTML
	extra    []ledger // further sheets of ledger.xlsx
}

func main() {
	root := "testdata/cases-ab"
	for _, c := range cases {
		d := filepath.Join(root, c.dir)
		must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
		must(os.WriteFile(filepath.Join(d, "case.json"), []byte(c.caseJSON+"\n"), 0o644))
		if c.html != "" {
			docx(d, c.html)
		} else {
			must(os.WriteFile(filepath.Join(d, "report.txt"), []byte(strings.TrimLeft(c.report, "\n")), 0o644))
		}
		for n, t := range c.minutes {
			must(os.WriteFile(filepath.Join(d, "minutes", n), []byte(strings.TrimLeft(t, "\n")), 0o644))
		}
		for n, b := range c.raw {
			must(os.WriteFile(filepath.Join(d, n), b, 0o644))
		}
		if c.ledger.name == "" {
			continue
		}
		if strings.HasSuffix(c.ledger.name, ".csv") {
			writeCSV(filepath.Join(d, c.ledger.name), c.ledger)
		} else {
			writeXLSX(filepath.Join(d, c.ledger.name), c.ledger, c.extra)
		}
	}
}

func writeXLSX(path string, l ledger, extra []ledger) {
	f := excelize.NewFile()
	defer f.Close()
	must(f.SetSheetName("Sheet1", l.sheet))
	fill(f, l)
	for _, e := range extra {
		_, err := f.NewSheet(e.sheet)
		must(err)
		fill(f, e)
	}
	must(f.SaveAs(path))
}

// fill writes one sheet: the merged title, the header, the rows, the footer.
func fill(f *excelize.File, l ledger) {
	sh := l.sheet
	last, _ := excelize.ColumnNumberToName(len(l.header))
	r := 1
	if l.title != "" {
		must(f.SetCellValue(sh, "A1", l.title))
		must(f.MergeCell(sh, "A1", last+"1"))
		r++
	}
	put := func(row []string) {
		for i, v := range row {
			cell, _ := excelize.CoordinatesToCellName(i+1, r)
			must(f.SetCellValue(sh, cell, v))
		}
		r++
	}
	put(l.header)
	for _, row := range l.rows {
		put(row)
	}
	if l.footer != "" {
		r++
		put([]string{l.footer})
	}
}

// docx writes report.docx from HTML with LibreOffice.
func docx(dir, html string) {
	tmp, err := os.MkdirTemp("", "casesab-gen")
	must(err)
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "report.html")
	must(os.WriteFile(src, []byte(html), 0o644))
	cmd := exec.Command("soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Fatalf("gen: soffice: %v: %s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(tmp, "report.docx"))
	must(err)
	must(os.WriteFile(filepath.Join(dir, "report.docx"), b, 0o644))
}

func writeCSV(path string, l ledger) {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	must(w.Write(l.header))
	for _, row := range l.rows {
		must(w.Write(row))
	}
	w.Flush()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	must(err)
	must(os.WriteFile(path, []byte(gbk), 0o644))
}

func must(err error) {
	if err != nil {
		log.Fatal(fmt.Errorf("gen: %w", err))
	}
}

// heic returns the start of a HEIC photo: the ftyp box an iPhone writes,
// then bytes that stand for the compressed picture (label names what the
// photographed page shows, for whoever opens the folder).
func heic(label string) []byte {
	b := []byte{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'}
	b = append(b, 0, 0, 0, 0x10, 'm', 'e', 't', 'a', 0, 0, 0, 0, 0, 0, 0, 0)
	return append(b, []byte(label)...)
}

// numbers returns a small Apple Numbers package: a zip holding the
// Index/*.iwa archives (Snappy-framed protobuf, stood for here by bytes)
// and the preview a Mac writes.
func numbers() []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, n := range []string{"Index/Document.iwa", "Index/Tables/DataList.iwa", "Index/Metadata.iwa", "Metadata/Properties.plist", "preview.jpg"} {
		w, err := z.Create(n)
		must(err)
		_, err = w.Write(append([]byte{0, 0x2a, 0, 0}, []byte("上坪村巡察反馈问题整改台账 "+n)...))
		must(err)
	}
	must(z.Close())
	return buf.Bytes()
}
