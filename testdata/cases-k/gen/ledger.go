package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Ledger is a workbook (a CSV holds its first sheet).
type Ledger struct{ Sheets []*Sheet }

// Sheet is one sheet: an optional merged title row, an optional 填报 row,
// a header of one row, or of two when Group spans some columns
// (Head[GroupFrom..GroupTo] are then the second row under Group), the data
// rows with section rows and blank rows among them, and a footer.
type Sheet struct {
	Name, Title, Fill, Footer string
	Head                      []string
	Group                     string
	GroupFrom, GroupTo        int
	Rows                      [][]string
	Sections                  map[int]string // a section row before data row i (from 0)
	BlankAfter                map[int]bool   // a blank row after data row i
	MergeDown                 map[[2]int]int // data row i, column j: merged with the n rows below (their cells left empty)
}

// Row is a problem row.
type Row struct {
	No, Cat, Prob, Meas, Leader, Dept, Deadline, Status, Done, Evid, Note string
}

func (r Row) get(key string) string {
	v, ok := map[string]string{"no": r.No, "cat": r.Cat, "prob": r.Prob, "meas": r.Meas, "leader": r.Leader,
		"dept": r.Dept, "deadline": r.Deadline, "status": r.Status, "done": r.Done, "evid": r.Evid, "note": r.Note}[key]
	if !ok {
		panic("no key " + key)
	}
	return v
}

// probSheet lays rows out in the columns keys, headed by labels.
func probSheet(name string, keys []string, labels []string, rows []Row) *Sheet {
	s := &Sheet{Name: name, Head: labels, Sections: map[int]string{}, BlankAfter: map[int]bool{}, MergeDown: map[[2]int]int{}}
	for _, r := range rows {
		var cells []string
		for _, k := range keys {
			cells = append(cells, r.get(k))
		}
		s.Rows = append(s.Rows, cells)
	}
	return s
}

func plainSheet(name string, head []string, rows [][]string) *Sheet {
	return &Sheet{Name: name, Head: head, Rows: rows, Sections: map[int]string{}, BlankAfter: map[int]bool{}, MergeDown: map[[2]int]int{}}
}

// grid lays a sheet out as rows of cells; it returns the grid, the data
// rows' line numbers (from 1), the header's first line and its merges
// (as cell ranges, 0-based [row, col, row2, col2]).
func (s *Sheet) grid() (g [][]string, at []int, merges [][4]int) {
	n := len(s.Head)
	blank := func() []string { return make([]string, n) }
	if s.Title != "" {
		r := blank()
		r[0] = s.Title
		merges = append(merges, [4]int{len(g), 0, len(g), n - 1})
		g = append(g, r)
	}
	if s.Fill != "" {
		r := blank()
		r[0] = s.Fill
		merges = append(merges, [4]int{len(g), 0, len(g), n - 1})
		g = append(g, r)
	}
	if s.Group == "" {
		g = append(g, append([]string(nil), s.Head...))
	} else {
		top, sub := blank(), blank()
		h := len(g)
		for j, l := range s.Head {
			if j >= s.GroupFrom && j <= s.GroupTo {
				sub[j] = l
				continue
			}
			top[j] = l
			merges = append(merges, [4]int{h, j, h + 1, j})
		}
		top[s.GroupFrom] = s.Group
		merges = append(merges, [4]int{h, s.GroupFrom, h, s.GroupTo})
		g = append(g, top, sub)
	}
	for i, r := range s.Rows {
		if sec, ok := s.Sections[i]; ok {
			row := blank()
			row[0] = sec
			merges = append(merges, [4]int{len(g), 0, len(g), n - 1})
			g = append(g, row)
		}
		at = append(at, len(g)+1)
		g = append(g, append([]string(nil), r...))
		if s.BlankAfter[i] {
			g = append(g, blank())
		}
	}
	// vertical merges among data rows
	for k, extra := range s.MergeDown {
		top := at[k[0]] - 1
		bottom := at[k[0]+extra] - 1
		for x := top + 1; x <= bottom; x++ {
			g[x][k[1]] = ""
		}
		merges = append(merges, [4]int{top, k[1], bottom, k[1]})
	}
	if s.Footer != "" {
		r := blank()
		r[0] = s.Footer
		merges = append(merges, [4]int{len(g), 0, len(g), n - 1})
		g = append(g, r)
	}
	return g, at, merges
}

func writeLedger(path, kind string, l *Ledger) (map[string][]int, error) {
	at := map[string][]int{}
	switch kind {
	case "csv-gbk", "csv-bom", "csv":
		g, rows, _ := l.Sheets[0].grid()
		at[l.Sheets[0].Name] = rows
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.UseCRLF = kind == "csv-gbk"
		if err := w.WriteAll(g); err != nil {
			return nil, err
		}
		b := buf.Bytes()
		switch kind {
		case "csv-gbk":
			s, err := simplifiedchinese.GBK.NewEncoder().String(string(b))
			if err != nil {
				return nil, err
			}
			b = []byte(s)
		case "csv-bom":
			b = append([]byte("\xEF\xBB\xBF"), b...)
		}
		return at, os.WriteFile(path, b, 0o644)
	}
	f := excelize.NewFile()
	for i, s := range l.Sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return nil, err
		}
		g, rows, merges := s.grid()
		at[s.Name] = rows
		for r, cells := range g {
			for c, v := range cells {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellStr(s.Name, ref, v); err != nil {
					return nil, err
				}
			}
		}
		for _, m := range merges {
			a, _ := excelize.CoordinatesToCellName(m[1]+1, m[0]+1)
			b, _ := excelize.CoordinatesToCellName(m[3]+1, m[2]+1)
			if a != b {
				if err := f.MergeCell(s.Name, a, b); err != nil {
					return nil, err
				}
			}
		}
		_ = f.SetColWidth(s.Name, "A", "M", 16)
	}
	switch kind {
	case "xlsx":
		return at, f.SaveAs(path)
	case "ods":
		tmp := strings.TrimSuffix(path, ".ods") + ".xlsx"
		if err := f.SaveAs(tmp); err != nil {
			return nil, err
		}
		defer os.Remove(tmp)
		out, err := exec.Command("soffice", "--headless", "--convert-to", "ods", "--outdir", filepath.Dir(path), tmp).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("soffice: %v: %s", err, out)
		}
		return at, nil
	case "bomb":
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			return nil, err
		}
		return at, bomb(path, buf.Bytes())
	}
	return nil, fmt.Errorf("ledger kind %q", kind)
}

// bomb rewrites the workbook with its first sheet's XML padded by 240 MB
// of spaces between two rows: valid XML that unpacks past every bound.
func bomb(path string, xlsx []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		return err
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if zf.Name == "xl/worksheets/sheet1.xml" {
			i := bytes.Index(data, []byte("</row>")) + len("</row>")
			if _, err := w.Write(data[:i]); err != nil {
				return err
			}
			pad := bytes.Repeat([]byte(" "), 1<<20)
			for k := 0; k < 240; k++ {
				if _, err := w.Write(pad); err != nil {
					return err
				}
			}
			data = data[i:]
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}
