package xls

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// firstCustomFormat is the first number-format index a workbook defines
// itself; those below are Excel's built-in formats.
const firstCustomFormat = 164

// renderer shows a number as its cell's number format shows it, the way
// the XLSX reader's library (excelize) shows the same number under the
// same format: one scratch excelize workbook holds one cell, set to each
// number in turn with a style per format. Going through excelize rather
// than formatting here is what makes an .xls ledger's text, dates above
// all, the text of the same ledger saved as XLSX.
type renderer struct {
	f        *excelize.File
	formats  map[int]string // custom format index → format code (FORMAT records)
	xfFmt    []int          // XF index → format index
	styles   map[int]int    // format index → scratch style id
	date1904 bool           // the workbook counts days from 1904
	memo     map[shownKey]string
}

// shownKey is a number under a format: dates and amounts repeat down a
// ledger's columns, and excelize's date formatting is the reader's
// costliest step.
type shownKey struct {
	ifmt int
	v    float64
}

const maxMemo = 1 << 16

const scratchSheet = "Sheet1"

func newRenderer() *renderer {
	return &renderer{formats: map[int]string{}, styles: map[int]int{}, memo: map[shownKey]string{}}
}

// scratch returns the scratch workbook, made on the first formatted number
// (a workbook of text and General numbers needs none).
func (r *renderer) scratch() *excelize.File {
	if r.f == nil {
		r.f = excelize.NewFile()
		if r.date1904 {
			t := true
			_ = r.f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &t})
		}
	}
	return r.f
}

func (r *renderer) close() {
	if r.f != nil {
		_ = r.f.Close()
	}
}

// style returns the scratch style of a format index, made on first use.
func (r *renderer) style(ifmt int) (int, error) {
	if id, ok := r.styles[ifmt]; ok {
		return id, nil
	}
	st := &excelize.Style{NumFmt: ifmt}
	if code, ok := r.formats[ifmt]; ok && ifmt >= firstCustomFormat {
		st = &excelize.Style{CustomNumFmt: &code}
	}
	id, err := r.scratch().NewStyle(st)
	if err != nil {
		// A format excelize cannot take is shown as General.
		id, err = r.scratch().NewStyle(&excelize.Style{})
	}
	r.styles[ifmt] = id
	return id, err
}

// number returns how the cell with XF index xf shows v, and v as a serial
// number of the 1900 date system, which sheet.CellDate reads.
func (r *renderer) number(v float64, xf int) (shown, raw string) {
	stored := strconv.FormatFloat(v, 'f', -1, 64)
	raw = stored
	if r.date1904 {
		raw = strconv.FormatFloat(v+1462, 'f', -1, 64)
	}
	ifmt := 0
	if xf >= 0 && xf < len(r.xfFmt) {
		ifmt = r.xfFmt[xf]
	}
	if ifmt == 0 || strings.EqualFold(r.formats[ifmt], "General") {
		// General (LibreOffice defines it again as a custom format): the
		// number as stored, as excelize shows a cell of the default style.
		return stored, raw
	}
	if s, ok := r.memo[shownKey{ifmt, v}]; ok {
		return s, raw
	}
	style, err := r.style(ifmt)
	if err != nil {
		return stored, raw
	}
	if err := r.f.SetCellFloat(scratchSheet, "A1", v, -1, 64); err != nil {
		return stored, raw
	}
	if err := r.f.SetCellStyle(scratchSheet, "A1", "A1", style); err != nil {
		return stored, raw
	}
	s, err := r.f.GetCellValue(scratchSheet, "A1")
	if err != nil {
		return stored, raw
	}
	if len(r.memo) < maxMemo {
		r.memo[shownKey{ifmt, v}] = s
	}
	return s, raw
}
