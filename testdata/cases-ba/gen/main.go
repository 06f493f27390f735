// Command gen rebuilds the case folders of testdata/cases-ba from the
// line-based sources in src/ (see docx.go for their markup) and the ledgers
// written in caseNN.go (see ../README.md).
//
//	cd testdata/cases-ba/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .docx is written by hand (docx.go) as Word 2016 saves it;
//     NAME.wps.docx.txt becomes NAME.docx as WPS Office saves it;
//   - .doc is that DOCX saved by LibreOffice as Word 97–2003;
//   - .pdf is that DOCX printed to PDF by LibreOffice (running heads and feet,
//     the landscape section, the table's header repeated on each page);
//   - .txt is copied as UTF-8.
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
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
	for name, files := range generated {
		if len(only) > 0 && !only[name] {
			continue
		}
		for rel, text := range files {
			tmp := filepath.Join(os.TempDir(), "casesba-src", name, rel+".txt")
			os.MkdirAll(filepath.Dir(tmp), 0o755)
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				log.Fatal(err)
			}
			if err := build(tmp, filepath.Join(root, name, rel)); err != nil {
				log.Fatal(err)
			}
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

func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	raw = []byte(expand(caseOf(src), string(raw)))
	if strings.HasSuffix(out, ".txt") {
		return os.WriteFile(out, raw, 0o644)
	}
	if strings.HasPrefix(string(raw), "%style") {
		return buildWeb(string(raw), out)
	}
	wps := strings.HasSuffix(out, ".wps.docx")
	out = strings.Replace(out, ".wps.docx", ".docx", 1)
	b, err := buildDocx(string(raw), wps)
	if err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	ext := filepath.Ext(out)
	if ext == ".docx" {
		return os.WriteFile(out, b, 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesba")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "doc.docx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		return err
	}
	target := map[string]string{".doc": "doc:MS Word 97", ".pdf": "pdf:writer_pdf_Export"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := soffice(tmp, target, in); err != nil {
		return err
	}
	got, err := os.ReadFile(filepath.Join(tmp, "doc"+ext))
	if err != nil {
		return err
	}
	return os.WriteFile(out, got, 0o644)
}

func soffice(outdir, target, in string) error {
	// a profile of its own: another soffice running on the machine would lock the default one
	cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/lo-casesba", "--headless", "--convert-to", target, "--outdir", outdir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", in, err, b)
	}
	return nil
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

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls, or .et as WPS names it).
func binaryWorkbook(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesba")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if err := soffice(tmp, "xls:MS Excel 97", x); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// prob is one ledger row of the problems sheet.
type prob struct {
	cat, title, measures, leader, dept, due, status, done, ev string
}

// problemSheet lays the problems out under a title row and a header, 序号 from 1.
func problemSheet(name, title string, head []string, ps []prob) sheet {
	rows := [][]string{{title}, head}
	for i, p := range ps {
		rows = append(rows, []string{fmt.Sprint(i + 1), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev})
	}
	last, _ := excelize.CoordinatesToCellName(len(head), 1)
	return sheet{name: name, rows: rows, merges: [][2]string{{"A1", last}}}
}

var stdHead = []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "完成时间", "佐证材料"}

// caseOf is the case folder a source file belongs to (src/CASE/…).
func caseOf(src string) string {
	rel, err := filepath.Rel("src", src)
	if err != nil {
		return ""
	}
	return strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
}

// expand replaces the lines "@NAME" of a source by the lines the case's
// function of that name writes (the problems' headings, the annex table).
func expand(name, text string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "@") {
			fn := blocks[name+t]
			if fn == nil {
				log.Fatalf("%s: no block %s", name, t)
			}
			out = append(out, fn()...)
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

var dateRe = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)

// blocks holds, by case folder and "@NAME", the lines of a generated part of a source.
var blocks = map[string]func() []string{}

// generated holds, by case folder, sources written by the case's Go file
// (the minutes): their place in the folder and their text.
var generated = map[string]map[string]string{}

// meeting is one meeting's minutes.
type meeting struct {
	file, title, date, place, host, attend string
	body                                   []string
}

// addMinutes writes each meeting's minutes as a Word document under minutes/.
func addMinutes(name string, ms ...meeting) {
	if generated[name] == nil {
		generated[name] = map[string]string{}
	}
	for _, m := range ms {
		var b strings.Builder
		if t := dateRe.FindStringSubmatch(m.date); t != nil {
			mo, _ := strconv.Atoi(t[2])
			dd, _ := strconv.Atoi(t[3])
			fmt.Fprintf(&b, "%%saved %s-%02d-%02dT17:30:00+08:00\n", t[1], mo, dd)
		}
		b.WriteString("# " + m.title + "\n")
		b.WriteString("<时间：" + m.date + "\n<地点：" + m.place + "\n<主持人：" + m.host + "\n<参会人员：" + m.attend + "\n<记录人：办公室 工作人员\n")
		for _, p := range m.body {
			b.WriteString(p + "\n")
		}
		generated[name]["minutes/"+m.file] = b.String()
	}
}
