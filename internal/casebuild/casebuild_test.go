package casebuild

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/parse"
)

func TestToHTML(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		has        []string
		hasNot     []string
	}{
		{"title", "# 关于整改情况的报告", []string{`<h1 style="text-align:center;font-size:20pt;`, ">关于整改情况的报告</h1>"}, nil},
		{"paragraph", "已完成整改。", []string{"<p>已完成整改。</p>\n"}, nil},
		{"right and flush", ">2024年9月2日\n<附件：", []string{`<p style="text-align:right">2024年9月2日</p>`, `<p style="text-indent:0">附件：</p>`}, nil},
		{"table", "|序号|问题|\n|1|a<b|\n后文", []string{"<table>\n<tr><td>序号</td><td>问题</td></tr>\n<tr><td>1</td><td>a&lt;b</td></tr>\n</table>\n<p>后文</p>"}, nil},
		{"table at the end", "|1|2|", []string{"</tr>\n</table>\n</body>"}, nil},
		{"gongwen", "%gongwen\n正文", []string{`<p style="text-indent:30pt;text-align:justify;margin-top:0;margin-bottom:0">正文</p>`}, []string{"%gongwen"}},
		{"empty and CR", "甲\r\n\r\n乙 ", []string{"<p>甲</p>\n<p>乙</p>\n</body>"}, nil},
		{"page break", "甲\n%page\n乙", []string{"<p>甲</p>\n<p style=\"page-break-before:always;margin:0\"></p>\n<p>乙</p>"}, []string{"%page"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ToHTML(tc.text)
			assert.True(t, strings.HasPrefix(got, "<html><head><meta charset=\"utf-8\">"))
			for _, s := range tc.has {
				assert.Contains(t, got, s)
			}
			for _, s := range tc.hasNot {
				assert.NotContains(t, got, s)
			}
		})
	}
}

func TestMarkupInk(t *testing.T) {
	m := Markup{Ink: func(s string) string { return strings.ReplaceAll(s, "X", "<b>X</b>") }}
	got := m.HTML("# X标题\n>X日\n<X附件\nX正文\n|X|")
	assert.Contains(t, got, ">X标题</h1>", "the title is left as it is")
	assert.Contains(t, got, `<p style="text-align:right">X日</p>`, "a right-aligned line too")
	assert.Contains(t, got, `<p style="text-indent:0"><b>X</b>附件</p>`)
	assert.Contains(t, got, "<p><b>X</b>正文</p>")
	assert.Contains(t, got, "<td><b>X</b></td>")
	assert.Equal(t, ToHTML("甲\n|乙|"), Markup{}.HTML("甲\n|乙|"))
}

func TestMarkupStyle(t *testing.T) {
	m := Markup{CSS: "body{font-size:14pt}", TitleStyle: "text-align:center;font-size:18pt"}
	got := m.HTML("# 标题\n正文")
	assert.True(t, strings.HasPrefix(got, "<html><head><meta charset=\"utf-8\"><style>body{font-size:14pt}</style></head><body>\n"))
	assert.Contains(t, got, `<h1 style="text-align:center;font-size:18pt">标题</h1>`)
	assert.Contains(t, got, "<p>正文</p>")
}

func TestInFrame(t *testing.T) {
	got := InFrame(ToHTML("正文"), "<div>头</div>\n", "<div>脚</div>\n")
	assert.Contains(t, got, "<body>\n<div>头</div>\n\n<p>正文</p>\n<div>脚</div>\n</body>")
}

func TestWriteXLSXRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.xlsx")
	sheets := []Sheet{
		{Name: "问题整改台账", Rows: [][]string{{"某局整改台账"}, {"序号", "问题", "", "整改情况"}, {"1", "制度不健全", "", "已完成"}}, Merges: [][2]string{{"A1", "D1"}}},
		{Name: "问责情况", Rows: [][]string{{"姓名", "处理"}, {"张三", "诫勉谈话"}}},
	}
	require.NoError(t, WriteXLSX(path, sheets...))
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"问题整改台账", "问责情况"}, f.GetSheetList())
	for _, s := range sheets {
		rows, err := f.GetRows(s.Name)
		require.NoError(t, err)
		require.Len(t, rows, len(s.Rows))
		for r, row := range s.Rows {
			for c, v := range row {
				got := ""
				if c < len(rows[r]) {
					got = rows[r][c]
				}
				assert.Equal(t, v, got, "%s row %d col %d", s.Name, r+1, c+1)
			}
		}
	}
	merged, err := f.GetMergeCells("问题整改台账")
	require.NoError(t, err)
	require.Len(t, merged, 1)
	assert.Equal(t, "A1", merged[0].GetStartAxis())
	assert.Equal(t, "D1", merged[0].GetEndAxis())
	typ, err := f.GetCellType("问题整改台账", "A3")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeNumber, typ, "a value is a string cell")
}

func TestWriteXLSXCells(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.xlsx")
	set := func(f *excelize.File, sheet, cell, v string) error {
		return f.SetCellStr(sheet, cell, "<"+v+">")
	}
	require.NoError(t, WriteXLSXCells(path, set, Sheet{Name: "台账", Rows: [][]string{{"a", "", "b"}}}))
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows("台账")
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"<a>", "", "<b>"}}, rows)
}

func TestWriteXLSXWith(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.xlsx")
	setup := func(f *excelize.File) (CellFunc, error) {
		code := "#,##0.00"
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			return nil, err
		}
		return func(f *excelize.File, sheet, cell, v string) error {
			if cell != "B1" {
				return f.SetCellStr(sheet, cell, v)
			}
			if err := f.SetCellFloat(sheet, cell, 1234.5, -1, 64); err != nil {
				return err
			}
			return f.SetCellStyle(sheet, cell, cell, style)
		}, nil
	}
	require.NoError(t, WriteXLSXWith(path, setup, Sheet{Name: "台账", Rows: [][]string{{"金额", "1234.50"}}}))
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	v, err := f.GetCellValue("台账", "B1")
	require.NoError(t, err)
	assert.Equal(t, "1,234.50", v)
	raw, err := f.GetCellValue("台账", "B1", excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	assert.Equal(t, "1234.5", raw)
}

func TestWriteCSVGBK(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want string
		err  string
	}{
		{"plain", [][]string{{"序号", "问题"}, {"1", "整改"}}, "序号,问题\r\n1,整改\r\n", ""},
		{"comma", [][]string{{"a,b"}}, "", "holds a comma or quote"},
		{"quote", [][]string{{`"a"`}}, "", "holds a comma or quote"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ledger.csv")
			err := WriteCSVGBK(path, tc.rows)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			u, err := simplifiedchinese.GBK.NewDecoder().Bytes(b)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(u))
		})
	}
}

func TestWriteCSVGBKQuoted(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want string
	}{
		{"plain", [][]string{{"序号", "问题"}, {"1", "整改"}}, "序号,问题\r\n1,整改\r\n"},
		{"comma", [][]string{{"a,b", "c"}}, "\"a,b\",c\r\n"},
		{"quote", [][]string{{`说"是"`}}, "\"说\"\"是\"\"\"\r\n"},
		{"line end", [][]string{{"甲\n乙"}}, "\"甲\n乙\"\r\n"},
		{"blank row", [][]string{{"a"}, nil, {"b"}}, "a\r\n\r\nb\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ledger.csv")
			require.NoError(t, WriteCSVGBKQuoted(path, tc.rows))
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			u, err := simplifiedchinese.GBK.NewDecoder().Bytes(b)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(u))
		})
	}
}

func TestGBKText(t *testing.T) {
	for _, in := range []string{"整改\n完成\n", "整改\r\n完成\r\n"} {
		g, err := GBKText(in)
		require.NoError(t, err)
		u, err := simplifiedchinese.GBK.NewDecoder().Bytes(g)
		require.NoError(t, err)
		assert.Equal(t, "整改\r\n完成\r\n", string(u))
	}
}

func testJPEG(t *testing.T, w, h int, gray bool) []byte {
	var b bytes.Buffer
	var img image.Image
	if gray {
		g := image.NewGray(image.Rect(0, 0, w, h))
		g.SetGray(1, 1, color.Gray{Y: 80})
		img = g
	} else {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	require.NoError(t, jpeg.Encode(&b, img, nil))
	return b.Bytes()
}

func TestJPEGSizeAndScanPDF(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		gray  bool
		comps int
		cs    string
	}{
		{300, 150, true, 1, "/DeviceGray"},
		{120, 240, false, 3, "/DeviceRGB"},
	} {
		jpg := testJPEG(t, tc.w, tc.h, tc.gray)
		w, h, comps, err := JPEGSize(jpg)
		require.NoError(t, err)
		assert.Equal(t, []int{tc.w, tc.h, tc.comps}, []int{w, h, comps})

		dir := t.TempDir()
		img, out := filepath.Join(dir, "scan.jpg"), filepath.Join(dir, "scan.pdf")
		require.NoError(t, os.WriteFile(img, jpg, 0o644))
		require.NoError(t, ScanPDF(img, out, 150))
		pdf, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-1.4\n")))
		assert.True(t, bytes.HasSuffix(pdf, []byte("%%EOF\n")))
		assert.Contains(t, string(pdf), tc.cs)
		assert.True(t, bytes.Contains(pdf, jpg), "the JPEG is embedded as it is")
		// the page is the image's size at 150 dpi
		assert.Contains(t, string(pdf), "/MediaBox [0 0 "+ftoa(float64(tc.w)*72/150)+" "+ftoa(float64(tc.h)*72/150)+"]")
	}
	_, _, _, err := JPEGSize([]byte{0xFF, 0xD8, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0})
	assert.Error(t, err)
}

func ftoa(f float64) string { return fmt.Sprintf("%.2f", f) }

func zipMembers(t *testing.T, b []byte) map[string]string {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	m := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(rc)
		rc.Close()
		require.NoError(t, err)
		m[f.Name] = string(data)
	}
	return m
}

func TestAsWPS(t *testing.T) {
	var in bytes.Buffer
	zw := zip.NewWriter(&in)
	for name, data := range map[string]string{
		"[Content_Types].xml": "<Types></Types>",
		"_rels/.rels":         "<Relationships></Relationships>",
		"docProps/app.xml":    "<Properties><Application>LibreOffice</Application></Properties>",
		"word/document.xml":   "<w:document>正文</w:document>",
	} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(data))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	out, err := AsWPS(in.Bytes())
	require.NoError(t, err)
	m := zipMembers(t, out)
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	assert.Equal(t, []string{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/custom.xml", "word/document.xml"}, names)
	assert.Contains(t, m["docProps/app.xml"], "<Application>WPS Office_")
	assert.Contains(t, m["docProps/custom.xml"], `name="KSOProductBuildVer"`)
	assert.Contains(t, m["[Content_Types].xml"], `PartName="/docProps/custom.xml"`)
	assert.Contains(t, m["_rels/.rels"], `Target="docProps/custom.xml"`)
	assert.Equal(t, "<w:document>正文</w:document>", m["word/document.xml"])

	again, err := AsWPS(out)
	require.NoError(t, err)
	assert.Equal(t, m, zipMembers(t, again), "a DOCX that has custom properties keeps one set")
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	src, root := filepath.Join(dir, "src"), filepath.Join(dir, "out")
	for _, p := range []string{"01-a/report.docx.txt", "01-a/minutes/2024-01-02.pdf.txt", "01-a/notes.md", "02-b/report.txt.txt"} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(src, p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(src, p), nil, 0o644))
	}
	for _, tc := range []struct {
		name    string
		only    []string
		built   []string
		ledgers []string
	}{
		{"all", nil, []string{"01-a/minutes/2024-01-02.pdf", "01-a/report.docx", "02-b/report.txt"}, []string{"01-a", "02-b"}},
		{"one", []string{"02-b"}, []string{"02-b/report.txt"}, []string{"02-b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var built, ledgers []string
			build := func(s, out string) error {
				rel, err := filepath.Rel(src, s)
				require.NoError(t, err)
				o, err := filepath.Rel(root, out)
				require.NoError(t, err)
				assert.Equal(t, strings.TrimSuffix(rel, ".txt"), o)
				built = append(built, filepath.ToSlash(o))
				return nil
			}
			lw := func(name string) func(string) error {
				return func(d string) error {
					assert.Equal(t, filepath.Join(root, name), d)
					ledgers = append(ledgers, name)
					return nil
				}
			}
			require.NoError(t, Run(root, src, tc.only, build, map[string]func(string) error{"01-a": lw("01-a"), "02-b": lw("02-b")}))
			sort.Strings(built)
			sort.Strings(ledgers)
			assert.Equal(t, tc.built, built)
			assert.Equal(t, tc.ledgers, ledgers)
		})
	}
	boom := errors.New("boom")
	err := Run(root, src, nil, func(string, string) error { return nil }, map[string]func(string) error{"01-a": func(string) error { return boom }})
	require.ErrorIs(t, err, boom)
	assert.Equal(t, "01-a: boom", err.Error())
}

func TestBuildWithoutOffice(t *testing.T) {
	dir := t.TempDir()
	b := Builder{Office: NewOffice("casebuild-test"), Site: func(src, text string) string {
		return InFrame(ToHTML(text), "<div>"+filepath.Base(src)+"</div>\n", "")
	}}
	for _, tc := range []struct {
		name, src, out string
		file           string
		want           []byte
	}{
		{"txt", "整改完成\n", "a/report.txt", "a/report.txt", []byte("整改完成\n")},
		{"gbk", "整改\n完成\n", "a/note.txt.gbk", "a/note.txt", mustGBK(t, "整改\r\n完成\r\n")},
		{"site", "正文", "a/page.html", "a/page.html", []byte(InFrame(ToHTML("正文"), "<div>page.html.txt</div>\n", ""))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join(dir, tc.name+".txt")
			require.NoError(t, os.WriteFile(src, []byte(tc.src), 0o644))
			if tc.name == "site" {
				src = filepath.Join(dir, "page.html.txt")
				require.NoError(t, os.WriteFile(src, []byte(tc.src), 0o644))
			}
			require.NoError(t, b.Build(src, filepath.Join(dir, tc.out)))
			got, err := os.ReadFile(filepath.Join(dir, tc.file))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	src := filepath.Join(dir, "x.txt")
	require.NoError(t, os.WriteFile(src, []byte("x"), 0o644))
	if _, err := exec.LookPath("soffice"); err == nil {
		// .odt is not among the default targets
		assert.ErrorContains(t, b.Build(src, filepath.Join(dir, "x.odt")), "no converter for .odt")
	}
}

func mustGBK(t *testing.T, s string) []byte {
	g, err := simplifiedchinese.GBK.NewEncoder().String(s)
	require.NoError(t, err)
	return []byte(g)
}

// TestBuildDOCX converts a source by LibreOffice and reads the DOCX back
// with the project's parser: it holds the paragraphs given, and the .wps.docx
// variant says WPS Office.
func TestBuildDOCX(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice (LibreOffice) not on PATH")
	}
	if testing.Short() {
		t.Skip("LibreOffice conversion skipped in -short")
	}
	dir := t.TempDir()
	o := NewOffice("casebuild-test")
	o.Profile = "file://" + filepath.Join(dir, "lo-profile")
	b := Builder{Office: o}
	src := filepath.Join(dir, "report.docx.txt")
	text := "# 关于审计整改情况的报告\n一、整改工作的组织开展情况\n反馈的十二个问题中，十个已完成整改。\n|序号|问题|整改情况|\n|1|制度不健全|已完成|\n>2024年9月2日\n"
	require.NoError(t, os.WriteFile(src, []byte(text), 0o644))
	for _, out := range []string{"report.docx", "report.wps.docx"} {
		t.Run(out, func(t *testing.T) {
			require.NoError(t, b.Build(src, filepath.Join(dir, "case", out)))
			path := filepath.Join(dir, "case", "report.docx")
			doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
			require.NoError(t, err)
			var paras []string
			for _, p := range doc.Paragraphs {
				paras = append(paras, p.Text)
			}
			all := strings.Join(paras, "\n")
			for _, want := range []string{"关于审计整改情况的报告", "一、整改工作的组织开展情况", "反馈的十二个问题中，十个已完成整改。", "2024年9月2日"} {
				assert.Contains(t, paras, want)
			}
			assert.Contains(t, all, "制度不健全")
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			app := zipMembers(t, raw)["docProps/app.xml"]
			assert.Equal(t, out == "report.wps.docx", strings.Contains(app, "WPS Office"), app)
		})
	}
}

func TestBlocksExpand(t *testing.T) {
	bl := Blocks{
		"01-a@TABLE": func() []string { return []string{"|序号|问题|", "|1|制度不健全|"} },
		"02-b@TABLE": func() []string { return []string{"另一案"} },
	}
	for _, tc := range []struct {
		name, kase, text, want, err string
	}{
		{"block", "01-a", "前文\n@TABLE\n后文", "前文\n|序号|问题|\n|1|制度不健全|\n后文", ""},
		{"indented", "01-a", "  @TABLE  ", "|序号|问题|\n|1|制度不健全|", ""},
		{"by case", "02-b", "@TABLE", "另一案", ""},
		{"no block", "01-a", "@LIST", "", "01-a: no block @LIST"},
		{"no marks", "01-a", "正文\n", "正文\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := bl.Expand(tc.kase, tc.text)
			if tc.err != "" {
				require.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCaseOf(t *testing.T) {
	for src, want := range map[string]string{
		"src/01-a/report.docx.txt":            "01-a",
		"src/01-a/minutes/2024-01.pdf.txt":    "01-a",
		filepath.Join("src", "02-b", "x.txt"): "02-b",
		"../elsewhere/x.txt":                  "..",
	} {
		assert.Equal(t, want, CaseOf(src), src)
	}
}

func TestRuledHTML(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		has        []string
	}{
		{"ruled", "|a|b|\n|c|d|", []string{`<table class="rule" border="1" cellspacing="0" width="100%">`, `<td nowrap>a</td><td nowrap>b</td>`}},
		{"noborder", "%noborder\n|a|\n正文\n|b|", []string{`<table border="0" cellspacing="0" width="100%">` + "\n<tr><td nowrap>a</td></tr>", "<p>正文</p>\n<table class=\"rule\""}},
		{"spans", "|标题|<|\n|a|b|\n|^|c|", []string{`<td colspan="2" nowrap>标题</td>`, `<td rowspan="2" nowrap>a</td><td nowrap>b</td></tr>` + "\n<tr><td nowrap>c</td></tr>"}},
		{"long cell wraps", "|整改措施已全部落实到位|", []string{"<td>整改措施已全部落实到位</td>"}},
		{"heading", "=一、基本情况", []string{`<p style="text-indent:0;text-align:center;font-family:'黑体'`, ">一、基本情况</p>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := RuledHTML(tc.text)
			for _, s := range tc.has {
				assert.Contains(t, got, s)
			}
		})
	}
}

func TestBuildTextPrepare(t *testing.T) {
	dir := t.TempDir()
	b := Builder{Prepare: func(src, out, text string) (string, error) {
		return strings.ToUpper(text) + "|" + filepath.Ext(out), nil
	}}
	out := filepath.Join(dir, "a", "notes.txt")
	require.NoError(t, b.BuildText("src/a/notes.txt.txt", "abc", out))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "ABC|.txt", string(got))

	b.Prepare = func(string, string, string) (string, error) { return "", errors.New("no block") }
	assert.EqualError(t, b.BuildText("x", "abc", out), "no block")
}

// TestBuildFromDOCX converts a source to ODT through its DOCX.
func TestBuildFromDOCX(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice (LibreOffice) not on PATH")
	}
	if testing.Short() {
		t.Skip("LibreOffice conversion skipped in -short")
	}
	dir := t.TempDir()
	o := NewOffice("casebuild-test")
	o.Profile = "file://" + filepath.Join(dir, "lo-profile")
	b := Builder{Office: o, FromDOCX: map[string]string{".odt": "odt:writer8"}}
	src := filepath.Join(dir, "report.odt.txt")
	require.NoError(t, os.WriteFile(src, []byte("# 整改报告\n正文一段。\n"), 0o644))
	out := filepath.Join(dir, "case", "report.odt")
	require.NoError(t, b.Build(src, out))
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	m := zipMembers(t, raw)
	assert.Equal(t, "application/vnd.oasis.opendocument.text", m["mimetype"])
	assert.Contains(t, m["content.xml"], "正文一段。")
}

// TestDOCX writes a document in DOCX's markup and reads it back with the
// project's parser: the paragraphs and table given, the WPS variant named so.
func TestDOCX(t *testing.T) {
	text := "%header 汐宁市财政局\n%footer 第{PAGE}页 共{NUMPAGES}页\n# 关于巡察整改情况的报告\n## 一、整改工作开展情况\n反馈的**十二个**问题中，十个已完成整改[^fn:截至2024年9月底]。\n%tblhead\n|序号|问题|整改情况|\n|1|制度不健全|已完成|\n>2024年10月21日\n"
	for _, tc := range []struct {
		name string
		wps  bool
		app  string
	}{
		{"word", false, "Microsoft Office Word"},
		{"wps", true, "WPS Office"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := DOCX(text, tc.wps)
			require.NoError(t, err)
			doc, err := parse.Parse(context.Background(), "report.docx", b, parse.Options{})
			require.NoError(t, err)
			var paras []string
			for _, p := range doc.Paragraphs {
				paras = append(paras, p.Text)
			}
			for _, want := range []string{"关于巡察整改情况的报告", "一、整改工作开展情况", "2024年10月21日"} {
				assert.Contains(t, paras, want)
			}
			all := strings.Join(paras, "\n")
			assert.Contains(t, all, "反馈的十二个问题中，十个已完成整改")
			assert.Contains(t, all, "制度不健全")
			require.NotEmpty(t, doc.Tables)
			assert.Contains(t, zipMembers(t, b)["docProps/app.xml"], tc.app)
		})
	}
}

func TestMeetingText(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Meeting
		want string
	}{
		{"dated", Meeting{Title: "党组会议纪要", Date: "2024年5月4日上午", Place: "三楼会议室", Host: "张三", Attend: "党组成员", Body: []string{"会议研究了整改工作。"}},
			"%saved 2024-05-04T17:30:00+08:00\n# 党组会议纪要\n<时间：2024年5月4日上午\n<地点：三楼会议室\n<主持人：张三\n<参会人员：党组成员\n<记录人：办公室 工作人员\n会议研究了整改工作。\n"},
		{"undated", Meeting{Title: "推进会纪要", Date: "五月上旬"},
			"# 推进会纪要\n<时间：五月上旬\n<地点：\n<主持人：\n<参会人员：\n<记录人：办公室 工作人员\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.m.Text())
		})
	}
}

func TestDocBuilder(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.txt")
	require.NoError(t, os.WriteFile(src, []byte("# 标题\n@BODY\n"), 0o644))
	bl := Blocks{"x@BODY": func() []string { return []string{"正文。"} }}
	b := DocBuilder{
		Office:  NewOffice("casebuild-test"),
		Prepare: func(_, _, text string) (string, error) { return bl.Expand("x", text) },
		Own: func(text, out string) (bool, error) {
			if filepath.Ext(out) != ".html" {
				return false, nil
			}
			return true, os.WriteFile(out, []byte("<p>"+text+"</p>"), 0o644)
		},
	}
	for _, tc := range []struct {
		out, file string
		check     func(t *testing.T, b []byte)
	}{
		{"a.txt", "a.txt", func(t *testing.T, b []byte) { assert.Equal(t, "# 标题\n正文。\n", string(b)) }},
		{"a.html", "a.html", func(t *testing.T, b []byte) { assert.Equal(t, "<p># 标题\n正文。\n</p>", string(b)) }},
		{"b.wps.docx", "b.docx", func(t *testing.T, b []byte) {
			assert.Contains(t, zipMembers(t, b)["word/document.xml"], "正文。")
			assert.Contains(t, zipMembers(t, b)["docProps/app.xml"], "WPS Office")
		}},
	} {
		t.Run(tc.out, func(t *testing.T) {
			require.NoError(t, b.Build(src, filepath.Join(dir, "case", tc.out)))
			got, err := os.ReadFile(filepath.Join(dir, "case", tc.file))
			require.NoError(t, err)
			tc.check(t, got)
		})
	}
	assert.ErrorContains(t, b.Build(src, filepath.Join(dir, "case", "c.odt")), "no converter for .odt")
}

func TestCN(t *testing.T) {
	for n, want := range map[int]string{1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 23: "二十三", 99: "九十九"} {
		assert.Equal(t, want, CN(n), n)
	}
}

func TestProblems(t *testing.T) {
	ps := ParseProblems(`
制度建设|“三重一大”制度执行不严|修订议事规则|张三|办公室|2024-06-30|已完成|2024-06-20|议事规则
财务管理|公务接待超标准|清退超标准费用|李四|财务科|2024-08-31|正在整改||
`)
	require.Len(t, ps, 2)
	assert.Equal(t, Problem{"财务管理", "公务接待超标准", "清退超标准费用", "李四", "财务科", "2024-08-31", "正在整改", "", ""}, ps[1])
	assert.Panics(t, func() { ParseProblems("a|b|c") })

	for _, tc := range []struct {
		name   string
		status map[int]string
		omit   map[int]bool
		want   []string
	}{
		{"all", nil, nil, []string{
			"### （一）关于“‘三重一大’制度执行不严”问题的整改", "修订议事规则。目前已完成。",
			"### （二）关于“公务接待超标准”问题的整改", "清退超标准费用。目前正在整改。"}},
		{"report's words, one left out", map[int]string{2: "已基本完成"}, map[int]bool{1: true}, []string{
			"### （一）关于“公务接待超标准”问题的整改", "清退超标准费用。目前已基本完成。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ReportItems(ps, tc.status, tc.omit, "目前"))
		})
	}
	assert.Equal(t, []string{"|序号|类别|问题|措施|部门|时限|状态|", "|1|制度建设|“三重一大”制度执行不严|修订议事规则|办公室|2024-06-30|已完成|", "|2|财务管理|公务接待超标准|清退超标准费用|财务科|2024-08-31|已完成|"},
		Annex([]string{"序号", "类别", "问题", "措施", "部门", "时限", "状态"}, ps, map[int]string{2: "已完成"}))

	s := ProblemSheet("整改台账", "某局整改台账", ProblemHead, ps)
	assert.Equal(t, "整改台账", s.Name)
	assert.Equal(t, [][2]string{{"A1", "J1"}}, s.Merges)
	require.Len(t, s.Rows, 4)
	assert.Equal(t, []string{"1", "制度建设", "“三重一大”制度执行不严", "修订议事规则", "张三", "办公室", "2024-06-30", "已完成", "2024-06-20", "议事规则"}, s.Rows[2])
}

func TestDemocraticLifeMeeting(t *testing.T) {
	m := DemocraticLifeMeeting("dlm.docx", "中共某局党组", "2024年6月14日", "王五")
	assert.Equal(t, "中共某局党组巡察整改专题民主生活会会议记录", m.Title)
	assert.Equal(t, "dlm.docx", m.File)
	assert.Contains(t, m.Text(), "%saved 2024-06-14T17:30:00+08:00\n# 中共某局党组巡察整改专题民主生活会会议记录\n<时间：2024年6月14日\n")
	assert.Len(t, m.Body, 2)
}
