package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// P is one problem of a ledger.
type P struct{ cat, title, meas, lead, dept, dl, st, done, ev, note string }

// col is a problems sheet's column: its header and the field it shows.
type col struct{ head, field string }

func (p P) get(f string, i int) string {
	switch f {
	case "no":
		return strconv.Itoa(i + 1)
	case "cat":
		return p.cat
	case "title":
		return p.title
	case "meas":
		return p.meas
	case "lead":
		return p.lead
	case "dept":
		return p.dept
	case "dl":
		return p.dl
	case "st":
		return p.st
	case "done":
		return p.done
	case "ev":
		return p.ev
	case "note":
		return p.note
	}
	return ""
}

// swapped gives the problems back with leader and department exchanged,
// for the cases whose lines name the department first.
func swapped(ps []P) []P {
	for i := range ps {
		ps[i].lead, ps[i].dept = ps[i].dept, ps[i].lead
	}
	return ps
}

// problems lays problems out under cols.
func problems(name string, title []string, cols []col, ps []P) sheet {
	var h []string
	for _, c := range cols {
		h = append(h, c.head)
	}
	var rows [][]string
	for i, p := range ps {
		var r []string
		for _, c := range cols {
			r = append(r, p.get(c.field, i))
		}
		rows = append(rows, r)
	}
	return sheet{name: name, title: title, header: [][]string{h}, rows: rows}
}

// kase is one case folder.
type kase struct {
	dir       string
	caseJSON  string
	report    string
	reportFmt string // txt, gbk, docx
	ledger    []sheet
	ledgerFmt string // xlsx, recalc, csv, empty
	minutes   map[string]string
}

// minutesOf writes a meeting's minutes the way a township office types them.
func minutesOf(title, date, place, host, who, body string) string {
	return title + "\n\n时间：" + date + "\n地点：" + place + "\n主持：" + host + "\n出席：" + who + "\n记录：办公室\n\n" + body + "\n"
}

func main() {
	root := "testdata/cases-n"
	for _, k := range cases() {
		dir := filepath.Join(root, k.dir)
		for _, sub := range []string{"report.txt", "report.docx", "ledger.xlsx", "ledger.csv", "minutes"} {
			os.RemoveAll(filepath.Join(dir, sub))
		}
		fmt.Println(k.dir)
		writeFile(filepath.Join(dir, "case.json"), []byte(k.caseJSON+"\n"))
		switch k.reportFmt {
		case "txt":
			writeFile(filepath.Join(dir, "report.txt"), []byte(k.report))
		case "gbk":
			writeFile(filepath.Join(dir, "report.txt"), gbkCRLF(k.report))
		case "docx":
			writeFile(filepath.Join(dir, "report.docx"), docx(k.report))
		}
		switch k.ledgerFmt {
		case "xlsx":
			writeXLSX(filepath.Join(dir, "ledger.xlsx"), k.ledger)
		case "recalc":
			writeXLSX(filepath.Join(dir, "ledger.xlsx"), k.ledger)
			recalc(filepath.Join(dir, "ledger.xlsx"))
		case "csv":
			writeCSVGBK(filepath.Join(dir, "ledger.csv"), k.ledger[0])
		case "empty":
			writeFile(filepath.Join(dir, "ledger.xlsx"), nil)
		}
		for name, text := range k.minutes {
			p := filepath.Join(dir, "minutes", name)
			switch {
			case text == "BROKEN-PDF":
				writeFile(p, brokenPDF())
			case text == "BROKEN-DOCX":
				writeFile(p, zipOf(nil))
			case strings.HasSuffix(name, ".docx"):
				writeFile(p, docx(text))
			default:
				writeFile(p, []byte(text))
			}
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
