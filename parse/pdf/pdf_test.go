package pdf_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

const fixtures = "../../testdata/pdf"

// pdftotext runs poppler's pdftotext on path, or skips the comparison.
func pdftotext(t *testing.T, path string, flags ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: skipping the comparison with it")
	}
	args := append(append([]string{"-enc", "UTF-8"}, flags...), path, "-")
	out, err := exec.Command("pdftotext", args...).Output()
	require.NoError(t, err)
	return string(out)
}

// TestPDFFixtureAccuracy reads every fixture with a known source text and
// checks the character accuracy, absolutely and against pdftotext.
func TestPDFFixtureAccuracy(t *testing.T) {
	txts, _ := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	if len(txts) == 0 {
		t.Skip("no PDF fixtures in testdata/pdf")
	}
	for _, txt := range txts {
		pdfPath := strings.TrimSuffix(txt, ".txt") + ".pdf"
		name := filepath.Base(pdfPath)
		if _, err := os.Stat(pdfPath); err != nil || strings.HasPrefix(name, "encrypted-user") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			ref, err := os.ReadFile(txt)
			require.NoError(t, err)
			doc, err := parse.ParseFile(context.Background(), pdfPath, parse.Options{})
			require.NoError(t, err)
			got := doc.Text()
			acc := parsetest.Accuracy(got, string(ref))
			t.Logf("%s: accuracy %.2f%% over %d characters", name, 100*acc, len(parsetest.Chars(string(ref))))
			assert.GreaterOrEqual(t, acc, 0.99, "character accuracy of %s", name)
			pages := pageCount(t, pdfPath)
			if pages > 0 {
				assert.Len(t, doc.Pages, pages, "one Page per PDF page")
			}
			base := parsetest.Accuracy(pdftotext(t, pdfPath), string(ref))
			t.Logf("%s: pdftotext %.2f%%", name, 100*base)
			assert.GreaterOrEqual(t, acc+1e-9, base, "not below pdftotext on %s", name)
		})
	}
}

// pageCount asks pdfinfo for the page count, 0 when it is not there.
func pageCount(t *testing.T, path string) int {
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(rest))
			return n
		}
	}
	return 0
}

func TestPDFErrors(t *testing.T) {
	tests := []struct {
		file string
		want error
	}{
		{"encrypted-user-aes128.pdf", parse.ErrEncrypted},
		{"encrypted-user-aes256.pdf", parse.ErrEncrypted},
		{"scanned-image.pdf", parse.ErrNoTextLayer},
		{"truncated.pdf", parse.ErrCorrupt},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(fixtures, tc.file)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("fixture %s missing", tc.file)
			}
			_, err := parse.ParseFile(context.Background(), path, parse.Options{})
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v, want %v", err, tc.want)
		})
	}
}

// TestPDFCorpus reads the corpus PDFs (LibreOffice output of the cases'
// DOCX sources): key sentences must come out whole, paragraphs and
// headings must be found, and the text must match pdftotext's to 99%.
func TestPDFCorpus(t *testing.T) {
	tests := []struct {
		file     string
		pages    int
		title    string
		sentence []string
	}{
		{"01-dongchuan-nonglin/report.pdf", 6, "中共东川省农林厅党组关于省委第三巡视组巡视反馈意见整改情况的报告", []string{
			"厅党组先后召开巡视整改工作会议13次，听取整改进展汇报",
			"对照省委第三巡视组反馈的11个问题，厅党组逐项研究、逐条整改。",
			"截至2017年2月中旬，已完成整改11个，整改完成率100%。",
			"共清退18.6万元。",
		}},
		{"08-dongchuan-tongji-clean/report.pdf", 7, "中共东川省统计局党组关于省委第六巡视组巡视反馈意见整改情况的报告", []string{
			"根据省委统一部署，2023年9月11日至11月10日，省委第六巡视组对省统计局党组开展了常规巡视。",
		}},
		{"01-dongchuan-nonglin/minutes/2017-01-16.pdf", 1, "东川省农林厅巡视整改工作会议纪要", []string{
			"时间：2017年1月16日下午3:00",
			"地点：厅机关五楼会议室",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(parsetest.CorpusCases, tc.file)
			doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
			require.NoError(t, err)
			require.Len(t, doc.Pages, tc.pages)
			var heading *parse.Paragraph
			for i := range doc.Paragraphs {
				if doc.Paragraphs[i].Level == 1 {
					heading = &doc.Paragraphs[i]
					break
				}
			}
			require.NotNil(t, heading, "a level-1 heading")
			assert.Equal(t, tc.title, heading.Text)
			text := strings.ReplaceAll(doc.Text(), "\f", "")
			for _, s := range tc.sentence {
				assert.Contains(t, text, s)
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join(parsetest.CorpusCases, "*", "*.pdf"))
	more, _ := filepath.Glob(filepath.Join(parsetest.CorpusCases, "*", "*", "*.pdf"))
	for _, f := range append(files, more...) {
		t.Run("pdftotext/"+strings.TrimPrefix(f, parsetest.CorpusCases+"/"), func(t *testing.T) {
			doc, err := parse.ParseFile(context.Background(), f, parse.Options{})
			require.NoError(t, err)
			// -layout keeps these simple pages in order (plain pdftotext
			// scrambles the evidence files' "第一条" lines).
			acc := parsetest.Accuracy(doc.Text(), pdftotext(t, f, "-layout"))
			assert.GreaterOrEqual(t, acc, 0.99)
		})
	}
}

// TestPDFStructure checks paragraphs, headings and tables on fixtures.
func TestPDFStructure(t *testing.T) {
	for _, name := range []string{"hand-ucs2", "hand-gbk"} {
		t.Run(name+" paragraphs", func(t *testing.T) {
			doc := mustFixture(t, name+".pdf")
			want := fixtureLines(t, name+".txt")
			var got []string
			for _, p := range doc.Paragraphs {
				got = append(got, p.Text)
			}
			assert.Equal(t, want, got)
		})
	}
	t.Run("libreoffice table rows", func(t *testing.T) {
		doc := mustFixture(t, "libreoffice-table.pdf")
		require.Len(t, doc.Tables, 1)
		tb := doc.Tables[0]
		assert.Equal(t, []string{"编号", "问题", "整改措施", "责任单位", "完成时限", "状态"}, parsetest.CellTexts(tb.Header))
		require.Len(t, tb.Rows, 4)
		assert.Equal(t, "2018年10月31日", tb.Rows[1].Cell(4), "a cell wrapped onto two lines")
		assert.Equal(t, "2018-10-31", tb.Rows[1].Cells[4].Date)
		assert.Equal(t, "正在推进", tb.Rows[3].Cell(5))
	})
	t.Run("chromium table across pages", func(t *testing.T) {
		// One table, begun on page 1 and numbered on over the break on page
		// 2 with no header repeated (parse/model's joinContinued).
		doc := mustFixture(t, "chromium-report-sans.pdf")
		require.Len(t, doc.Tables, 1)
		tb := doc.Tables[0]
		assert.Equal(t, 1, tb.Page)
		require.Len(t, tb.Rows, 5)
		assert.Equal(t, 2, tb.Rows[1].Cells[0].Pos.Page, "the rows carried over keep their page")
		assert.Equal(t, []string{"1", "2", "3", "4", ""}, []string{tb.Rows[0].Cell(0), tb.Rows[1].Cell(0), tb.Rows[2].Cell(0), tb.Rows[3].Cell(0), tb.Rows[4].Cell(0)})
		for k, r := range tb.Rows {
			assert.Equal(t, tb.HeaderRow+1+k, r.Number, "the rows carried over are numbered on")
		}
		last := tb.Rows[len(tb.Rows)-1]
		assert.Equal(t, []string{"", "合计", "31个", "28个", "3个", "90.3%"}, parsetest.CellTexts(last.Cells))
	})
	t.Run("headings", func(t *testing.T) {
		doc := mustFixture(t, "chromium-report-zenhei.pdf")
		levels := map[string]int{}
		for _, p := range doc.Paragraphs {
			levels[p.Text] = p.Level
		}
		assert.Equal(t, 1, levels[doc.Paragraphs[0].Text], "the title")
		for text, lv := range levels {
			if strings.HasPrefix(text, "一、") || strings.HasPrefix(text, "二、") {
				assert.Equal(t, 2, lv, text)
			}
			if strings.HasPrefix(text, "根据") {
				assert.Equal(t, 0, lv, text)
			}
		}
	})
	t.Run("two columns read column by column", func(t *testing.T) {
		doc := mustFixture(t, "chromium-twocol-serif.pdf")
		text := doc.Text()
		a := strings.Index(text, "中共青溪县农业农村局党组")
		b := strings.Index(text, "中共东川工程职业技术学院委员会关于巡视整改情况的报告")
		require.True(t, a >= 0 && b >= 0)
		assert.Less(t, a, b, "the left column's report comes first")
		assert.Contains(t, text, "县委第三巡察组反馈问题15个，已完成整改13个，正在整改2个，整改完成率86.7%。")
	})
	t.Run("numbers split across lines stay joined", func(t *testing.T) {
		doc := mustFixture(t, "fpdf-uming.pdf")
		text := doc.Text()
		assert.Contains(t, text, "租金318万元")
		assert.NotContains(t, text, "\u3000")
	})
}

func mustFixture(t *testing.T, name string) *parse.Document {
	t.Helper()
	path := filepath.Join(fixtures, name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("fixture %s missing", name)
	}
	doc, err := parse.ParseFile(context.Background(), path, parse.Options{})
	require.NoError(t, err)
	return doc
}

func fixtureLines(t *testing.T, name string) []string {
	data, err := os.ReadFile(filepath.Join(fixtures, name))
	require.NoError(t, err)
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = parse.Normalize(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestPDFGarbage(t *testing.T) {
	inputs := map[string][]byte{
		"header only":          []byte("%PDF-1.4\n"),
		"no xref":              []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
		"bad startxref":        []byte("%PDF-1.4\n1 0 obj << >> endobj\nstartxref\n999999\n%%EOF\n"),
		"random":               bytes.Repeat([]byte("%PDF-1.7\n\x00\xff garbage ( [ << /"), 50),
		"huge xref subsection": []byte("%PDF-1.4\nxref\n999999999 1\n0000000000 65535 f \ntrailer\n<< /Size 1000000000 >>\nstartxref\n9\n%%EOF\n"),
		"huge xref stream":     []byte("%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 999999999 /W [1 4 2] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"),
		"huge predictor":       []byte("%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 4 2] /DecodeParms << /Predictor 12 /Columns 4000000000 >> /Filter /FlateDecode /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"),
		"trailer no root":      []byte("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n"),
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			_, err := parse.Parse(context.Background(), "x.pdf", data, parse.Options{})
			require.Error(t, err)
			assert.True(t, errors.Is(err, parse.ErrCorrupt) || errors.Is(err, parse.ErrEmpty) || errors.Is(err, parse.ErrNoTextLayer), "got %v", err)
		})
	}
}

// BenchmarkParsePDF parses the corpus PDFs and the 150-page fixture.
func BenchmarkParsePDF(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/cases/*/report.pdf")
	more, _ := filepath.Glob("../../testdata/corpus/cases/*/minutes/*.pdf")
	files = append(files, more...)
	if _, err := os.Stat(filepath.Join(fixtures, "long-report-150p.pdf")); err == nil {
		files = append(files, filepath.Join(fixtures, "long-report-150p.pdf"))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		name := filepath.Base(filepath.Dir(f)) + "_" + filepath.Base(f)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := parse.Parse(context.Background(), "x.pdf", data, parse.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// synth assembles a PDF from object bodies (object i+1 is objs[i]) with
// a correct cross-reference table; object 1 must be the catalog.
func synth(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

func synthStream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s)
}

// synthDoc builds a document of pages (content streams) sharing font
// resources: fonts maps resource names to font object numbers; extra
// objects follow the pages and start at number firstExtra(len(pages)).
func synthDoc(pages []string, fonts string, extra ...string) []byte {
	n := len(pages)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>"}
	var kids []string
	for i := range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", 3+2*i))
	}
	objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	for i, c := range pages {
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >> >> /Contents %d 0 R >>", fonts, 4+2*i))
		objs = append(objs, synthStream(c))
	}
	return synth(append(objs, extra...)...)
}

func firstExtra(pages int) int { return 3 + 2*pages }

func parseBytes(t *testing.T, data []byte, o parse.Options) (*parse.Document, error) {
	t.Helper()
	return parse.Parse(context.Background(), "synth.pdf", data, o)
}

func TestPDFSynthetic(t *testing.T) {
	helv := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	t.Run("Latin words, blank page kept, heading by size", func(t *testing.T) {
		fo := firstExtra(3)
		data := synthDoc([]string{
			"BT /F1 24 Tf 72 760 Td (Rectification Report) Tj ET\nBT /F1 12 Tf 72 700 Td (Hello World, this line is the widest one on the page) Tj 0 -14 Td (second line) Tj ET",
			"",
			"BT /F1 12 Tf 72 700 Td [(Pa) 20 (ge) -250 (three)] TJ ET",
		}, fmt.Sprintf("/F1 %d 0 R", fo), helv)
		doc, err := parseBytes(t, data, parse.Options{})
		require.NoError(t, err)
		require.Len(t, doc.Pages, 3)
		assert.Equal(t, "", doc.Pages[1].Text)
		assert.Equal(t, "Rectification Report", doc.Paragraphs[0].Text)
		assert.Equal(t, 1, doc.Paragraphs[0].Level)
		assert.Equal(t, "Hello World, this line is the widest one on the page second line", doc.Paragraphs[1].Text)
		assert.Equal(t, "Page three", doc.Pages[2].Text)
	})
	t.Run("MaxPages", func(t *testing.T) {
		fo := firstExtra(3)
		page := "BT /F1 12 Tf 72 700 Td (text) Tj ET"
		data := synthDoc([]string{page, page, page}, fmt.Sprintf("/F1 %d 0 R", fo), helv)
		doc, err := parseBytes(t, data, parse.Options{MaxPages: 2})
		require.NoError(t, err)
		assert.Len(t, doc.Pages, 2)
	})
	t.Run("cancelled context", func(t *testing.T) {
		fo := firstExtra(1)
		data := synthDoc([]string{"BT /F1 12 Tf 72 700 Td (text) Tj ET"}, fmt.Sprintf("/F1 %d 0 R", fo), helv)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := parse.Parse(ctx, "x.pdf", data, parse.Options{})
		require.Error(t, err)
	})
	t.Run("ToUnicode bfrange arrays and surrogate pairs", func(t *testing.T) {
		fo := firstExtra(1)
		cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
			"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
			"2 beginbfchar <0001> <D840DC00> <0005> <4E2A> endbfchar\n" +
			"2 beginbfrange <0002> <0004> [<95EE> <9898> <0032>] <0010> <0019> <0030> endbfrange\n" +
			"endcmap CMapName currentdict /CMap defineresource pop end end"
		font := fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", fo+1, fo+2)
		desc := "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [16 [500 500 500 500 500 500 500 500 500 500]] >>"
		data := synthDoc([]string{"BT /F1 12 Tf 72 700 Td <0001000200030011001500050004> Tj ET"},
			fmt.Sprintf("/F1 %d 0 R", fo), font, desc, synthStream(cmap))
		doc, err := parseBytes(t, data, parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, "𠀀问题15个2", doc.Pages[0].Text)
	})
	t.Run("no Unicode mapping is an error, not mojibake", func(t *testing.T) {
		fo := firstExtra(1)
		font := fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", fo+1)
		desc := "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>"
		data := synthDoc([]string{"BT /F1 12 Tf 72 700 Td <0a1b0c2d3e4f51526364757687989aabbccd> Tj ET"},
			fmt.Sprintf("/F1 %d 0 R", fo), font, desc)
		_, err := parseBytes(t, data, parse.Options{})
		require.Error(t, err)
		assert.ErrorIs(t, err, parse.ErrUnsupported)
		assert.Contains(t, err.Error(), "SimSun")
	})
	t.Run("private-use ToUnicode is an error", func(t *testing.T) {
		fo := firstExtra(1)
		cmap := "begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E020> endbfrange endcmap"
		font := fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /Wingdingsish /FirstChar 32 /LastChar 126 /ToUnicode %d 0 R /FontDescriptor << /Flags 4 >> >>", fo+1)
		data := synthDoc([]string{"BT /F1 12 Tf 72 700 Td (abcdefghijklmnopqrstuvwxyz) Tj ET"},
			fmt.Sprintf("/F1 %d 0 R", fo), font, synthStream(cmap))
		_, err := parseBytes(t, data, parse.Options{})
		assert.ErrorIs(t, err, parse.ErrUnsupported)
	})
	t.Run("ruled table read row by row", func(t *testing.T) {
		fo := firstExtra(1)
		var c strings.Builder
		// A 3×2 grid: rows at y 700-680-660-640, columns at x 72-200-400.
		for _, y := range []int{700, 680, 660, 640} {
			fmt.Fprintf(&c, "72 %d m 400 %d l S\n", y, y)
		}
		for _, x := range []int{72, 200, 400} {
			fmt.Fprintf(&c, "%d 640 m %d 700 l S\n", x, x)
		}
		for i, row := range [][2]string{{"Item", "Status"}, {"Audit", "Done"}, {"Fees", "Open"}} {
			y := 686 - 20*i
			fmt.Fprintf(&c, "BT /F1 10 Tf 76 %d Td (%s) Tj ET BT /F1 10 Tf 204 %d Td (%s) Tj ET\n", y, row[0], y, row[1])
		}
		data := synthDoc([]string{c.String()}, fmt.Sprintf("/F1 %d 0 R", fo), helv)
		doc, err := parseBytes(t, data, parse.Options{})
		require.NoError(t, err)
		require.Len(t, doc.Tables, 1)
		assert.Equal(t, "Item\tStatus\nAudit\tDone\nFees\tOpen", doc.Pages[0].Text)
	})
	t.Run("rotated page", func(t *testing.T) {
		fo := firstExtra(1)
		data := synthDoc([]string{"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (turned text) Tj ET"}, fmt.Sprintf("/F1 %d 0 R", fo), helv)
		doc, err := parseBytes(t, data, parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, "turned text", doc.Pages[0].Text)
	})
	t.Run("only an image: no text layer", func(t *testing.T) {
		img := "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
		objs := []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
			synthStream("q 595 0 0 842 0 0 cm /Im1 Do Q"),
			img,
		}
		_, err := parseBytes(t, synth(objs...), parse.Options{})
		assert.ErrorIs(t, err, parse.ErrNoTextLayer)
	})
}

// TestPDFRepair reads files whose cross-reference table is off: bytes
// inserted after the header move every object.
func TestPDFRepair(t *testing.T) {
	for _, name := range []string{"hand-ucs2.pdf", "libreoffice-table.pdf"} {
		t.Run(name, func(t *testing.T) {
			orig, err := os.ReadFile(filepath.Join(fixtures, name))
			if err != nil {
				t.Skipf("fixture %s missing", name)
			}
			nl := bytes.IndexByte(orig, '\n') + 1
			shifted := append(append(append([]byte{}, orig[:nl]...), "% inserted by an editor\n"...), orig[nl:]...)
			want, err := parse.Parse(context.Background(), name, orig, parse.Options{})
			require.NoError(t, err)
			got, err := parse.Parse(context.Background(), name, shifted, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, want.Text(), got.Text())
		})
	}
}

// TestPDFRepairRawID: a file whose table must be rebuilt keeps a trailer
// /ID of literal strings holding raw bytes, ] among them (pdfunite writes 16
// random bytes so): the rebuilt trailer takes the whole array, not what
// stands before the first ] byte, which left the trailer broken and the file
// refused as damaged.
func TestPDFRepairRawID(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join(fixtures, "hand-ucs2.pdf"))
	if err != nil {
		t.Skip("fixture hand-ucs2.pdf missing")
	}
	want, err := parse.Parse(context.Background(), "a.pdf", orig, parse.Options{})
	require.NoError(t, err)
	for _, id := range []string{"(\xb9}\x88]\x92L) (\xb9}\x88]\x92L)", "<0A1B2C> <0A1B2C>", "(a\\)]b) (c)"} {
		t.Run(id, func(t *testing.T) {
			nl := bytes.IndexByte(orig, '\n') + 1
			doc := append(append(append([]byte{}, orig[:nl]...), "% inserted by an editor\n"...), orig[nl:]...)
			tr := bytes.LastIndex(doc, []byte("trailer"))
			require.GreaterOrEqual(t, tr, 0)
			open := tr + bytes.Index(doc[tr:], []byte("<<")) + 2
			doc = append(doc[:open:open], append([]byte(" /ID ["+id+"] "), doc[open:]...)...)
			got, err := parse.Parse(context.Background(), "a.pdf", doc, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, want.Text(), got.Text())
		})
	}
}

// manyPages is a PDF of n pages of 40 lines of text each (some 1,900
// characters a page), like the crafted pages-4900.pdf of
// testdata/security, which is 4,900 of them.
func manyPages(n int) []byte {
	pages := make([]string, n)
	for i := range pages {
		var b strings.Builder
		b.WriteString("BT /F1 10 Tf 72 780 Td")
		for j := 0; j < 40; j++ {
			fmt.Fprintf(&b, " (Meeting %d held on page %d, 13 problems fixed.) Tj 0 -12 Td", j, i)
		}
		b.WriteString(" ET")
		pages[i] = b.String()
	}
	helv := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	return synthDoc(pages, fmt.Sprintf("/F1 %d 0 R", firstExtra(n)), helv)
}

// TestPDFTextBound: a PDF whose pages hold more text than Options.MaxChars
// (or than is left of Options.Budget) is refused, and its reader stops
// soon after the bound rather than reading every page first.
func TestPDFTextBound(t *testing.T) {
	const pages = 200
	data := manyPages(pages)
	pageNo := regexp.MustCompile(`page (\d+)`)
	tests := []struct {
		name   string
		opt    func() parse.Options
		detail string // "" for no error
	}{
		{"within", func() parse.Options { return parse.Options{MaxChars: 1_000_000} }, ""},
		{"past MaxChars", func() parse.Options { return parse.Options{MaxChars: 20_000} }, "more than 20000 characters of text"},
		{"past what the budget has left", func() parse.Options {
			b := parse.NewBudget(100_000)
			_, err := parseBytes(t, manyPages(50), parse.Options{Budget: b}) // some 95,000 characters
			require.NoError(t, err)
			return parse.Options{Budget: b}
		}, "characters of text together"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseBytes(t, data, tc.opt())
			if tc.detail == "" {
				require.NoError(t, err)
				assert.Len(t, doc.Pages, pages)
				return
			}
			require.ErrorIs(t, err, parse.ErrTooLarge)
			assert.Contains(t, err.Error(), tc.detail)
			m := pageNo.FindStringSubmatch(err.Error())
			require.NotNil(t, m, "the reader stopped at a page: %v", err)
			n, _ := strconv.Atoi(m[1])
			assert.Less(t, n, pages/4, "stopped soon after the bound: %v", err)
		})
	}
}
