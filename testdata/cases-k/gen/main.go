// Command gen builds the case folders of testdata/cases-k from the report
// texts in src/NN/ and the ledgers and minutes described in cases.go.
//
//	cd testdata/cases-k && go run ./gen
//
// It needs LibreOffice (soffice) for the one .ods ledger and ImageMagick
// (convert) with the Noto CJK fonts for the photographed minutes page.
// expected.json is written from each case's hand-decided findings: the
// generator only turns a row's place among the data rows into the row
// number the spreadsheet shows.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	for _, c := range cases() {
		if err := build(c); err != nil {
			log.Fatalf("%s: %v", c.Dir, err)
		}
		fmt.Println("built", c.Dir)
	}
}

// Case is one case folder.
type Case struct {
	Dir        string
	Info       map[string]any // case.json
	Report     string         // target name: report.txt, report.docx
	ReportGBK  bool
	Ledger     *Ledger
	LedgerFile string // ledger.xlsx, ledger.csv …
	LedgerKind string // xlsx, csv-gbk, csv-bom, ods, bomb
	Minutes    []Minute
	Expect     Expect
}

// Minute is one file under minutes/.
type Minute struct {
	File     string // name under minutes/: .txt, .docx, .png
	Meetings []Meeting
	Empty    bool // an empty file
}

// Meeting is one meeting's minutes.
type Meeting struct {
	Title, Date, Place, Chair, Attend, Body string
}

// Expect is the hand-decided outcome.
type Expect struct {
	Description string
	Verdict     string
	Complete    bool
	Findings    []Want
	NotRun      []string
}

// Want is one expected finding; Sheet and DataRow point at a ledger row
// (DataRow is the row's place among the sheet's data rows, from 1).
type Want struct {
	Rule, Item, Title string
	Claimed, Observed any
	Sheet             string
	DataRow           int
}

func build(c Case) error {
	dir := filepath.Join(c.Dir)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	info, _ := json.MarshalIndent(c.Info, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "case.json"), append(info, '\n'), 0o644); err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join("gen", "src", c.Dir[:2], "report.txt"))
	if err != nil {
		return err
	}
	if err := writeDoc(filepath.Join(dir, c.Report), string(src), c.ReportGBK); err != nil {
		return err
	}
	rowsAt := map[string][]int{}
	if c.Ledger != nil {
		rowsAt, err = writeLedger(filepath.Join(dir, c.LedgerFile), c.LedgerKind, c.Ledger)
		if err != nil {
			return err
		}
	}
	for _, m := range c.Minutes {
		p := filepath.Join(dir, "minutes", m.File)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if m.Empty {
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				return err
			}
			continue
		}
		var parts []string
		for _, mt := range m.Meetings {
			parts = append(parts, mt.text())
		}
		text := strings.Join(parts, "\n\n")
		switch filepath.Ext(p) {
		case ".png":
			err = writePNG(p, text)
		default:
			err = writeDoc(p, text, false)
		}
		if err != nil {
			return err
		}
	}
	return writeExpected(dir, c, rowsAt)
}

func (m Meeting) text() string {
	return strings.Join([]string{m.Title, "时间：" + m.Date, "地点：" + m.Place, "主持：" + m.Chair,
		"参会人员：" + m.Attend, m.Body}, "\n")
}

// writeDoc writes text (paragraphs one a line; lines starting with | are
// table rows, cells split on |) as .txt (UTF-8 or GBK) or .docx.
func writeDoc(path, text string, gbk bool) error {
	switch filepath.Ext(path) {
	case ".txt":
		text = strings.ReplaceAll(text, "|", "　")
		if gbk {
			b, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(text, "\n", "\r\n"))
			if err != nil {
				return err
			}
			return os.WriteFile(path, []byte(b), 0o644)
		}
		return os.WriteFile(path, []byte(text), 0o644)
	case ".docx":
		return writeDOCX(path, text)
	}
	return fmt.Errorf("no writer for %s", path)
}

func writeDOCX(path, text string) error {
	var body strings.Builder
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "|") {
			body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`)
			for ; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
				body.WriteString("<w:tr>")
				for _, cell := range strings.Split(strings.Trim(lines[i], "|"), "|") {
					body.WriteString("<w:tc><w:p>" + run(strings.TrimSpace(cell), false) + "</w:p></w:tc>")
				}
				body.WriteString("</w:tr>")
			}
			body.WriteString("</w:tbl>")
			i--
			continue
		}
		jc := ""
		if i == 0 {
			jc = `<w:pPr><w:jc w:val="center"/></w:pPr>`
		}
		body.WriteString("<w:p>" + jc + run(l, i == 0) + "</w:p>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", doc},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(f.data)); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func run(s string, bold bool) string {
	rpr := `<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>`
	if bold {
		rpr = `<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="44"/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + html.EscapeString(s) + `</w:t></w:r>`
}

// writePNG renders the text as a photographed page: LibreOffice lays the
// page out, pdftoppm rasterises it, then the paper is greyed, shaded
// and given a little noise, as a phone photo of a printed page is.
func writePNG(path, text string) error {
	tmpdir, err := os.MkdirTemp("", "casesk-png")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmpdir)
	docx := filepath.Join(tmpdir, "page.docx")
	if err := writeDOCX(docx, text); err != nil {
		return err
	}
	if out, err := exec.Command("soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, docx).CombinedOutput(); err != nil {
		return fmt.Errorf("soffice: %v: %s", err, out)
	}
	if out, err := exec.Command("pdftoppm", "-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1",
		filepath.Join(tmpdir, "page.pdf"), filepath.Join(tmpdir, "page")).CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(tmpdir, "page.png"))
	if err != nil {
		return err
	}
	src, err := png.Decode(f)
	f.Close()
	if err != nil {
		return err
	}
	b := src.Bounds()
	dst := image.NewGray(b)
	rng := rand.New(rand.NewPCG(7, 12))
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, _, _, _ := src.At(x, y).RGBA()
			v := float64(r>>8)/255*0.8 + 0.12
			if rng.IntN(40) == 0 {
				v -= 0.08
			}
			v *= 1 - 0.08*float64(x)/float64(b.Dx())
			dst.Set(x, y, color.Gray{uint8(math.Max(0, math.Min(255, v*255)))})
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	return png.Encode(out, dst)
}

func writeExpected(dir string, c Case, rowsAt map[string][]int) error {
	var fs []map[string]any
	fired := map[string]bool{}
	for _, w := range c.Expect.Findings {
		f := map[string]any{"rule": w.Rule}
		fired[w.Rule] = true
		if w.Item != "" {
			f["item"] = w.Item
		}
		if w.Title != "" {
			f["title"] = w.Title
		}
		if w.Claimed != nil {
			f["claimed"] = w.Claimed
		}
		if w.Observed != nil {
			f["observed"] = w.Observed
		}
		if w.DataRow > 0 {
			rows := rowsAt[w.Sheet]
			if w.DataRow > len(rows) {
				return fmt.Errorf("%s: data row %d of %q past the sheet", w.Rule, w.DataRow, w.Sheet)
			}
			if !strings.HasSuffix(c.LedgerFile, ".csv") {
				f["sheet"] = w.Sheet
			}
			f["row"] = rows[w.DataRow-1]
		}
		fs = append(fs, f)
	}
	var absent []string
	for _, r := range allRules {
		if !fired[r] {
			absent = append(absent, r)
		}
	}
	e := map[string]any{
		"description":  c.Expect.Description,
		"as_of":        c.Info["as_of"],
		"verdict":      c.Expect.Verdict,
		"complete":     c.Expect.Complete,
		"findings":     fs,
		"absent_rules": absent,
	}
	if fs == nil {
		e["findings"] = []any{}
	}
	if len(c.Expect.NotRun) > 0 {
		e["not_run"] = c.Expect.NotRun
	}
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "expected.json"), append(b, '\n'), 0o644)
}

var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total",
	"claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems",
	"claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
	"meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"}

var _ = csv.NewWriter
var _ = excelize.NewFile
