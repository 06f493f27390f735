package verify

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// The notes an evidence quoting a figure of a scanned page carries: the
// figure was recognised by OCR, and may be misread when its confidence was
// low (parse.Document.LowConfidence).
const (
	noteOCR    = "该数字由扫描件文字识别（OCR）读出"
	noteOCRLow = "该数字由扫描件识别，置信度较低（%.0f），请核对原件"
)

// noteOCRFigures adds to the evidence that quotes a claim of the report
// whose figure was read from a scanned page a note saying so (and asking
// for the original when the figure was read with low confidence). The
// claim is the finding's own when it quotes it, else the claims stated in
// the quoted sentence. A finding whose own figure was read with low
// confidence, and differs from what the records show by one character the
// OCR may have slipped on, is lowered to low: a figure not surely read
// accuses no one.
func noteOCRFigures(fs []Finding, report *parse.Document, claims []extract.Claim) {
	if report == nil || !anyOCR(report) {
		return
	}
	bySentence := map[parse.Pos][]extract.Claim{}
	for _, c := range claims {
		p := parse.Pos{Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End}
		bySentence[p] = append(bySentence[p], c)
	}
	for i := range fs {
		f := &fs[i]
		for j := range f.Evidence {
			e := &f.Evidence[j]
			if e.File != report.File || e.Pos.Page < 1 || e.Pos.Page > len(report.Pages) || !report.Pages[e.Pos.Page-1].OCR {
				continue
			}
			cs := bySentence[e.Pos]
			if c := f.Claim; c != nil && c.Source.File == e.File && c.Source.Page == e.Pos.Page && c.Source.Start == e.Pos.Start && c.Source.End == e.Pos.End {
				cs = []extract.Claim{*c}
			}
			if len(cs) == 0 {
				continue
			}
			note := noteOCR
			lowest, low := 0.0, false
			for _, c := range cs {
				if conf, ok := report.LowConfidence(c.Figure); ok && (!low || conf < lowest) {
					lowest, low = conf, true
				}
			}
			if low {
				note = fmt.Sprintf(noteOCRLow, lowest)
				if f.Claim != nil && len(cs) == 1 && cs[0].Figure == f.Claim.Figure && oneSlipApart(f.Claimed.String(), asWritten(f.Observed, f.Claimed)) {
					// The finding rests on the figure the OCR may have
					// misread, and a slip of one character would explain
					// it (83.33% read 83.339%): no accusation until the
					// original is checked — shown, at low. A gap no
					// slip explains (10 against 8) stays as it is.
					f.Severity = Low
				}
			}
			if e.Note != "" {
				note = e.Note + "；" + note
			}
			e.Note = note
		}
	}
}

func anyOCR(d *parse.Document) bool {
	for _, p := range d.Pages {
		if p.OCR {
			return true
		}
	}
	return false
}

// oneSlipApart tells two figures as written (83.339, 83.33) that one
// character added, dropped or changed makes the same: what a misreading of
// a scan can do.
func oneSlipApart(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if a == "" || b == "" || a == b {
		return false
	}
	if len(x) < len(y) {
		x, y = y, x
	}
	switch len(x) - len(y) {
	case 0:
		diff := 0
		for i := range x {
			if x[i] != y[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		for i := range x {
			if string(x[:i])+string(x[i+1:]) == string(y) {
				return true
			}
		}
	}
	return false
}

// asWritten is what the records show, written with as many decimals as the
// claimed figure (91.67 against 97.7 is 91.7): a slip is of the figure as
// the report writes it.
func asWritten(observed, claimed Value) string {
	o, ok1 := observed.Number()
	_, ok2 := claimed.Number()
	if !ok1 || !ok2 {
		return observed.String()
	}
	decimals := 0
	if _, frac, ok := strings.Cut(claimed.String(), "."); ok {
		decimals = len(frac)
	}
	return strconv.FormatFloat(o, 'f', decimals, 64)
}
