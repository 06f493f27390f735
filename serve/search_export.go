package serve

import (
	"bytes"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/index"
)

// maxExport is the most hits a workbook lists.
const maxExport = 5000

// exportHeaders are the columns of the exported hits.
var exportHeaders = []string{"序号", "单位", "文件", "类别", "日期", "标题", "匹配片段", "相关度", "案卷编号", "原文链接"}

// exportSheet is the name of the workbook's sheet.
const exportSheet = "检索结果"

// searchExport sends the hits of a search (the search page's parameters,
// its order included) as a workbook: one row per hit, at most maxExport,
// with its fragments as plain text.
func (s *Server) searchExport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	req, err := searchRequest(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	req.Offset, req.Limit, req.NoFacets = 0, index.MaxLimit, true
	var hits []index.Hit
	var total uint64
	for len(hits) < maxExport {
		res, err := s.search(r.Context(), req)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		total = res.Total
		hits = append(hits, res.Hits...)
		if len(res.Hits) < req.Limit {
			break
		}
		req.Offset += req.Limit
	}
	if len(hits) > maxExport {
		hits = hits[:maxExport]
	}
	var b bytes.Buffer
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	if err := writeHitsXLSX(&b, q.Get("q"), base, hits, total); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", downloads[fileXLSX].ctype)
	w.Header().Set("Content-Disposition", contentDisposition(exportName(q.Get("q")), "search", ".xlsx"))
	w.Write(b.Bytes())
}

// exportName is the name of the workbook: 检索结果_检索词_日期.xlsx (Beijing
// time), the query cut to 30 characters and rid of what a file name cannot
// hold.
func exportName(query string) string {
	q := fileSafe(strings.TrimSpace(query), 30)
	name := "检索结果"
	if q != "" {
		name += "_" + q
	}
	return name + "_" + time.Now().In(beijing).Format("20060102") + ".xlsx"
}

// plainFragment is a hit's fragment (escaped text with <mark>s) as text.
func plainFragment(f string) string {
	f = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(f)
	return html.UnescapeString(f)
}

// writeHitsXLSX writes the hits as a workbook: a line saying what was
// searched and how many were found, then the headers and a row per hit,
// whose link to the document view starts with base (scheme and host).
func writeHitsXLSX(w *bytes.Buffer, query, base string, hits []index.Hit, total uint64) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", exportSheet); err != nil {
		return err
	}
	var firstErr error
	check := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	cell := func(col, row int) string {
		c, err := excelize.CoordinatesToCellName(col, row)
		check(err)
		return c
	}
	note := "检索词：" + query
	if strings.TrimSpace(query) == "" {
		note = "检索词：（全部文件）"
	}
	note += "；共 " + strconv.Itoa(int(total)) + " 个文件"
	if uint64(len(hits)) < total {
		note += "，表中列出前 " + strconv.Itoa(len(hits)) + " 个"
	}
	check(f.SetCellStr(exportSheet, "A1", note))
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E4E7EC"}}})
	check(err)
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	check(err)
	for i, h := range exportHeaders {
		check(f.SetCellStr(exportSheet, cell(i+1, 2), h))
	}
	check(f.SetCellStyle(exportSheet, "A2", cell(len(exportHeaders), 2), bold))
	for i, h := range hits {
		row := i + 3
		frags := make([]string, len(h.Fragments))
		for j, fr := range h.Fragments {
			frags[j] = plainFragment(fr)
		}
		vals := []string{strconv.Itoa(i + 1), h.Unit, fileOf(h.File), kindName(h.Kind), h.Date, h.Title, strings.Join(frags, "\n"), "", caseOf(h.File), base + docHref(h.File, query)}
		for j, v := range vals {
			if j == 7 {
				check(f.SetCellFloat(exportSheet, cell(j+1, row), h.Score, 2, 64))
				continue
			}
			check(f.SetCellStr(exportSheet, cell(j+1, row), v))
		}
	}
	if len(hits) > 0 {
		check(f.SetCellStyle(exportSheet, "A3", cell(len(exportHeaders), len(hits)+2), wrap))
	}
	for col, width := range map[string]float64{"A": 6, "B": 28, "C": 30, "D": 10, "E": 12, "F": 36, "G": 70, "H": 8, "I": 30, "J": 40} {
		check(f.SetColWidth(exportSheet, col, col, width))
	}
	check(f.SetPanes(exportSheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}))
	if firstErr != nil {
		return firstErr
	}
	_, err = f.WriteTo(w)
	return err
}
