package sheet_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/sheet"
)

// TestXLSXDatesAndMerges builds a workbook with every date form a ledger
// uses and a merged title and category column.
func TestXLSXDatesAndMerges(t *testing.T) {
	f := excelize.NewFile()
	s := "问题台账"
	require.NoError(t, f.SetSheetName("Sheet1", s))
	set := func(cell string, v any) { require.NoError(t, f.SetCellValue(s, cell, v)) }
	set("A1", "某局巡察反馈问题整改台账")
	require.NoError(t, f.MergeCell(s, "A1", "E1"))
	for i, h := range []string{"序号", "问题类别", "问题", "整改时限", "完成时间"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		set(cell, h)
	}
	set("A3", 1)
	set("B3", "资金管理")
	require.NoError(t, f.MergeCell(s, "B3", "B5"))
	set("C3", "问题一")
	set("D3", 44256) // serial with builtin date format 14
	st14, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	require.NoError(t, f.SetCellStyle(s, "D3", "D3", st14))
	set("E3", "2021.3.2")
	set("A4", 2)
	set("C4", "问题二")
	set("D4", 44286)
	fmtCN := `yyyy"年"m"月"d"日"`
	stCN, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCN})
	require.NoError(t, f.SetCellStyle(s, "D4", "D4", stCN))
	set("E4", "2021年3月2日")
	set("A5", 3)
	set("C5", "问题三")
	set("D5", "2021/4/30")
	set("E5", 12) // a count, not a date
	set("A7", "备注：本表由办公室汇总")
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))

	doc, err := parse.Parse(context.Background(), "ledger.xlsx", buf.Bytes(), parse.Options{})
	require.NoError(t, err)
	require.Len(t, doc.Tables, 1)
	tb := doc.Tables[0]
	assert.Equal(t, s, tb.Sheet)
	assert.Equal(t, "某局巡察反馈问题整改台账", tb.Title)
	assert.Equal(t, "某局巡察反馈问题整改台账", doc.Title)
	assert.Equal(t, 2, tb.HeaderRow)
	require.Len(t, tb.Rows, 4)
	assert.Equal(t, []int{3, 4, 5, 7}, []int{tb.Rows[0].Number, tb.Rows[1].Number, tb.Rows[2].Number, tb.Rows[3].Number})
	assert.Equal(t, "资金管理", tb.Rows[1].Cell(1), "merged category repeats down")
	assert.Equal(t, "资金管理", tb.Rows[2].Cell(1))
	assert.Equal(t, "2021-03-01", tb.Rows[0].Cells[3].Date)
	assert.Equal(t, "2021-03-31", tb.Rows[1].Cells[3].Date)
	assert.Equal(t, "2021-04-30", tb.Rows[2].Cells[3].Date)
	assert.Equal(t, "2021-03-02", tb.Rows[0].Cells[4].Date)
	assert.Equal(t, "2021-03-02", tb.Rows[1].Cells[4].Date)
	assert.Empty(t, tb.Rows[2].Cells[4].Date)
	assert.Equal(t, "12", tb.Rows[2].Cell(4))
	assert.Equal(t, "某局巡察反馈问题整改台账", doc.Paragraphs[0].Text, "merged title is not repeated across columns")
	parsetest.CheckOffsets(t, doc)
}

// minimalXLSX wraps a worksheet's XML in the smallest workbook excelize
// opens, so that the fuzzer mutates the XML rather than zip bytes.
func minimalXLSX(t testing.TB, sheet []byte) []byte {
	return parsetest.ZipOf(t,
		"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="问题台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml", string(sheet))
}

// FuzzParseXLSX fuzzes the XLSX reader. Seeds are whole workbooks (run as
// they are) and worksheet XML; an input that is not a zip archive is taken
// as a worksheet and wrapped in a minimal workbook, so that mutations reach
// the sheet reading rather than die in the zip layer.
func FuzzParseXLSX(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/cases/*/ledger.xlsx")
	f.Add([]byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>序号</t></is></c><c r="B2" t="inlineStr"><is><t>整改时限</t></is></c></row>` +
		`<row r="3"><c r="A3"><v>1</v></c><c r="B3" s="0"><v>44256</v></c></row></sheetData>` +
		`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("PK")) {
			data = minimalXLSX(t, data)
		}
		parsetest.FuzzRead(t, sheet.ReadXLSX, parse.FormatXLSX, data)
	})
}

func BenchmarkParseXLSX(b *testing.B) {
	parsetest.BenchFiles(b, "corpus/cases/*/ledger.xlsx", parse.Parse)
}

// TestXLSXRowBound: rows count as paragraphs of the document; a workbook
// past Options.MaxParagraphs over its sheets is refused while it is read.
func TestXLSXRowBound(t *testing.T) {
	f := excelize.NewFile()
	_, err := f.NewSheet("第二页")
	require.NoError(t, err)
	for _, s := range []string{"Sheet1", "第二页"} {
		for r := 1; r <= 8; r++ {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			require.NoError(t, f.SetSheetRow(s, cell, &[]any{r, "问题已整改"}))
		}
	}
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	for _, tc := range []struct {
		max  int
		fail bool
	}{{16, false}, {12, true}, {5, true}} {
		_, err := parse.Parse(context.Background(), "ledger.xlsx", buf.Bytes(), parse.Options{MaxParagraphs: tc.max})
		if !tc.fail {
			assert.NoError(t, err, "max %d", tc.max)
			continue
		}
		require.ErrorIs(t, err, parse.ErrTooLarge, "max %d", tc.max)
		assert.Contains(t, err.Error(), "paragraphs and table rows")
	}
}
