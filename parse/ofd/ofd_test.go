package ofd_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/ofd"
)

const corpusReport = parsetest.CorpusCases + "/06-dongchuan-jiaotou-ofd/report.ofd"

func TestOFDGolden(t *testing.T) {
	tests := []struct {
		golden string
		data   func(t *testing.T) []byte
	}{
		{"ofd-06-report.txt", parsetest.ReadFixture(corpusReport)},
		{"ofd-features.txt", func(t *testing.T) []byte { return parsetest.ZipTree(t, "../../testdata/ofd/features") }},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "x.ofd", tt.data(t), parse.Options{})
			require.NoError(t, err)
			parsetest.CheckOffsets(t, doc)
			parsetest.CheckGolden(t, tt.golden, doc)
		})
	}
}

// TestOFDCorpusReport: the corpus OFD sets one line per TextObject and
// splits sentences across lines; every claim of the case must come out
// whole, inside one paragraph.
func TestOFDCorpusReport(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), corpusReport, parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, parse.FormatOFD, doc.Format)
	assert.Equal(t, parse.KindReport, doc.Kind)
	assert.Equal(t, "中共东川省交通投资集团有限公司委员会关于省委第五巡视组巡视反馈意见整改情况的报告", doc.Title)
	require.Len(t, doc.Pages, 5)

	// The claims of expected.json, in order, as the report words them.
	claims := []string{
		"召开党委会议3次", "专题民主生活会1次", "反馈的15个问题", "已完成整改12个", "正在整改3个", "整改完成率80%",
		"新建制度12项", "修订完善制度8项", "问题线索7件", "已处置7件", "问责11人",
		"党纪政务处分3人", "组织处理3人", "诫勉3人", "通报批评2人",
		"挽回经济损失2,380万元", "追回资金1369.5万元",
	}
	var expected struct {
		Claims []json.RawMessage `json:"claims"`
	}
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(corpusReport), "expected.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &expected))
	require.Len(t, claims, len(expected.Claims), "one wording per claim of expected.json")
	text := doc.Text()
	at := 0
	for _, c := range claims {
		i := strings.Index(text[at:], c)
		require.GreaterOrEqual(t, i, 0, "claim %q not found whole after offset %d", c, at)
		at += i + len(c)
		found := false
		for _, p := range doc.Paragraphs {
			found = found || strings.Contains(p.Text, c)
		}
		assert.True(t, found, "claim %q is split over paragraphs", c)
	}

	// Lines are joined into paragraphs: the first body paragraph holds what
	// the OFD sets on six lines.
	var body []parse.Paragraph
	levels := map[int]int{}
	for _, p := range doc.Paragraphs {
		levels[p.Level]++
		if p.Level == 0 {
			body = append(body, p)
		}
	}
	require.NotEmpty(t, body)
	assert.Equal(t, "省委巡视工作领导小组：", body[0].Text)
	assert.True(t, strings.HasPrefix(body[1].Text, "根据省委统一部署") && strings.HasSuffix(body[1].Text, "现将整改情况报告如下。"), body[1].Text)
	assert.Equal(t, map[int]int{1: 1, 2: 3, 3: 15, 0: levels[0]}, levels, "title, 3 sections, 15 problems")
	for _, p := range doc.Paragraphs {
		if p.Level == 3 {
			assert.True(t, strings.HasSuffix(p.Text, "问题的整改"), "problem heading joined over its lines: %q", p.Text)
		}
	}
	last := doc.Paragraphs[len(doc.Paragraphs)-2:]
	assert.Equal(t, "中共东川省交通投资集团有限公司委员会", last[0].Text)
	assert.Equal(t, "2022年5月9日", last[1].Text)
	assert.Equal(t, "2022-05-09", doc.Date)
}

// TestOFDFeatures spells out what the feature fixture must yield.
func TestOFDFeatures(t *testing.T) {
	doc, err := parse.Parse(context.Background(), "features.ofd", parsetest.ZipTree(t, "../../testdata/ofd/features"), parse.Options{})
	require.NoError(t, err)
	require.Len(t, doc.Pages, 2)
	want := []parsetest.Para{
		{"关于测试单位巡察整改情况的报告", 1}, // two centred lines of a larger size
		{"测试巡察工作领导小组：", 0},
		{"根据统一部署，巡察组于2022年3月10日反馈了巡察意见。单位党委召开党委会议3次，研究部署整改工作，新建制度12项，修订制度8项，追回资金1369.5万元。", 0}, // indent, full lines, number split over lines
		{"一、总体情况", 2}, // one TextObject per character, in a heading font
		{"（一）关于“党委把方向、管大局、保落实作用发挥不充分”问题的整改", 3}, // heading over two lines
		{"整改情况：已完成。", 0},        // second TextCode without X continues the first
		{"加粗显示的一行，问责11人。", 0},   // drawn twice for fake bold, kept once
		{"缩放变换的文字一行。", 0},       // CTM scales size 11.2 to body size
		{"姓名\u3000职务", 0},       // a jump in DeltaX is a deliberate gap
		{"英文混排：Report 2022", 0}, // fragments sorted by x
		{"间隔很远的一段，虽然第一行没有缩进，也是新的段落，它的第二行在下面，第三行也在这里。", 0}, // wide gap above
		{"中共测试单位委员会", 0},
		{"2022年5月9日", 0},
		{"模板页上的文字。", 0}, // page 2 has no text of its own: its template's is read
	}
	assert.Equal(t, want, parsetest.Paras(doc))
	assert.Equal(t, 2, doc.Paragraphs[len(doc.Paragraphs)-1].Page)
}

// packageOf builds an OFD from name, content pairs.
func packageOf(t testing.TB, members ...string) []byte { return parsetest.ZipOf(t, members...) }

const ns = `xmlns:ofd="http://www.ofdspec.org/2016"`

func entryXML(docRoot string) string {
	return `<ofd:OFD ` + ns + `><ofd:DocBody><ofd:DocRoot>` + docRoot + `</ofd:DocRoot></ofd:DocBody></ofd:OFD>`
}

func documentXML(baseLocs ...string) string {
	var sb strings.Builder
	sb.WriteString(`<ofd:Document ` + ns + `><ofd:Pages>`)
	for _, b := range baseLocs {
		sb.WriteString(`<ofd:Page ID="1" BaseLoc="` + b + `"/>`)
	}
	sb.WriteString(`</ofd:Pages></ofd:Document>`)
	return sb.String()
}

func contentXML(text string) string {
	return `<ofd:Page ` + ns + `><ofd:Content><ofd:Layer><ofd:TextObject ID="2" Boundary="28 30 150 8" Size="5.6"><ofd:TextCode X="0" Y="5.6">` + text + `</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`
}

func TestOFDPaths(t *testing.T) {
	tests := []struct {
		name    string
		members []string
		want    []string // page texts
	}{
		{"relative to the referencing file", []string{
			"OFD.xml", entryXML("Doc_0/Document.xml"),
			"Doc_0/Document.xml", documentXML("Pages/Page_0/Content.xml", "Pages/Page_1/Content.xml"),
			"Doc_0/Pages/Page_0/Content.xml", contentXML("第一页"),
			"Doc_0/Pages/Page_1/Content.xml", contentXML("第二页"),
		}, []string{"第一页", "第二页"}},
		{"absolute, backslashes, and in the order Document.xml gives", []string{
			"OFD.xml", entryXML("/Doc_1/Document.xml"),
			"Doc_1/Document.xml", documentXML(`/Doc_1/Pages\P2/Content.xml`, "/Doc_1/Pages/P1/Content.xml"),
			"Doc_1/Pages/P1/Content.xml", contentXML("一"),
			"Doc_1/Pages/P2/Content.xml", contentXML("二"),
		}, []string{"二", "一"}},
		{"relative to the package root", []string{
			"OFD.xml", entryXML("Doc_0/Document.xml"),
			"Doc_0/Document.xml", documentXML("Doc_0/Pages/Page_0/Content.xml"),
			"Doc_0/Pages/Page_0/Content.xml", contentXML("根目录相对"),
		}, []string{"根目录相对"}},
		{"no document root named: Doc_0", []string{
			"OFD.xml", `<ofd:OFD ` + ns + `><ofd:DocBody/></ofd:OFD>`,
			"Doc_0/Document.xml", documentXML("Pages/Page_0/Content.xml"),
			"Doc_0/Pages/Page_0/Content.xml", contentXML("默认文档"),
		}, []string{"默认文档"}},
		{"no document at all: page contents in natural order", []string{
			"OFD.xml", `<ofd:OFD ` + ns + `/>`,
			"D/Pages/Page_10/Content.xml", contentXML("十"),
			"D/Pages/Page_2/Content.xml", contentXML("二"),
			"D/Tpls/Tpl_0/Content.xml", contentXML("模板"),
		}, []string{"二", "十"}},
		{"second DocBody used when the first is broken", []string{
			"OFD.xml", `<ofd:OFD ` + ns + `><ofd:DocBody><ofd:DocRoot></ofd:DocRoot></ofd:DocBody><ofd:DocBody><ofd:DocRoot>B/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
			"B/Document.xml", documentXML("Content.xml"),
			"B/Content.xml", contentXML("第二个文档体"),
		}, []string{"第二个文档体"}},
		{"default namespace, no prefix", []string{
			"OFD.xml", `<OFD xmlns="http://www.ofdspec.org/2016"><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>`,
			"Doc_0/Document.xml", `<Document xmlns="http://www.ofdspec.org/2016"><Pages><Page BaseLoc="Pages/Page_0/Content.xml"/></Pages></Document>`,
			"Doc_0/Pages/Page_0/Content.xml", `<Page xmlns="http://www.ofdspec.org/2016"><Content><Layer><TextObject Boundary="0 0 50 5" Size="4"><TextCode X="1" Y="4">无前缀</TextCode></TextObject></Layer></Content></Page>`,
		}, []string{"无前缀"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parsetest.ReadDirect(context.Background(), ofd.Read, parse.FormatOFD, packageOf(t, tt.members...), parse.Options{})
			require.NoError(t, err)
			var got []string
			for _, p := range doc.Pages {
				got = append(got, p.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestOFDBadInput(t *testing.T) {
	good, err := os.ReadFile(corpusReport)
	require.NoError(t, err)
	small := parse.Options{MaxDecompressed: 1 << 20}
	page := contentXML("正文")
	tests := []struct {
		name string
		data []byte
		opt  parse.Options
		want error
		msg  string
	}{
		{"truncated zip", good[:len(good)/2], parse.Options{}, parse.ErrCorrupt, "zip"},
		{"no OFD.xml", packageOf(t, "Doc_0/Document.xml", documentXML("P.xml")), parse.Options{}, parse.ErrCorrupt, "OFD.xml is missing"},
		{"corrupt OFD.xml", packageOf(t, "OFD.xml", `<ofd:OFD `+ns+`><ofd:DocBody>`), parse.Options{}, parse.ErrCorrupt, "OFD.xml"},
		{"document root missing", packageOf(t, "OFD.xml", entryXML("Doc_9/Document.xml")), parse.Options{}, parse.ErrCorrupt, "Doc_9/Document.xml"},
		{"corrupt Document.xml", packageOf(t, "OFD.xml", entryXML("Doc_0/Document.xml"), "Doc_0/Document.xml", "<ofd:Document><ofd:Pages"), parse.Options{}, parse.ErrCorrupt, "Doc_0/Document.xml"},
		{"no pages", packageOf(t, "OFD.xml", entryXML("Doc_0/Document.xml"), "Doc_0/Document.xml", documentXML()), parse.Options{}, parse.ErrCorrupt, "no pages"},
		{"page content missing", packageOf(t, "OFD.xml", entryXML("Doc_0/Document.xml"), "Doc_0/Document.xml", documentXML("Pages/Page_0/Content.xml")), parse.Options{}, parse.ErrCorrupt, "Doc_0/Pages/Page_0/Content.xml"},
		{"corrupt page content", packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", page[:len(page)-20]), parse.Options{}, parse.ErrCorrupt, "D/C.xml"},
		{"page content bad XML", packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", "<a><b></a>"), parse.Options{}, parse.ErrCorrupt, "D/C.xml"},
		{"nested too deeply", packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", strings.Repeat("<x>", 300)+strings.Repeat("</x>", 300)), parse.Options{}, parse.ErrCorrupt, "too deeply"},
		{"no document and no pages", packageOf(t, "OFD.xml", `<ofd:OFD `+ns+`/>`), parse.Options{}, parse.ErrCorrupt, "no page content"},
		{"zip bomb in a page", parsetest.BombOf(t, "D/C.xml", 4<<20, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml")), small, parse.ErrTooLarge, "limit"},
		{"zip bomb in the entry", parsetest.BombOf(t, "OFD.xml", 4<<20), small, parse.ErrTooLarge, "limit"},
		{"too many pages", packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("a.xml", "b.xml", "c.xml"), "D/a.xml", page, "D/b.xml", page, "D/c.xml", page), parse.Options{MaxPages: 2}, parse.ErrTooLarge, "page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parsetest.ReadDirect(context.Background(), ofd.Read, parse.FormatOFD, tt.data, tt.opt)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	t.Run("pages without text", func(t *testing.T) {
		data := packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", `<ofd:Page `+ns+`><ofd:Content><ofd:Layer><ofd:ImageObject ID="3"/></ofd:Layer></ofd:Content></ofd:Page>`)
		_, err := parse.Parse(context.Background(), "scan.ofd", data, parse.Options{})
		assert.ErrorIs(t, err, parse.ErrNoTextLayer)
		data = packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", `<ofd:Page `+ns+`><ofd:Content/></ofd:Page>`)
		_, err = parse.Parse(context.Background(), "blank.ofd", data, parse.Options{})
		assert.ErrorIs(t, err, parse.ErrEmpty)
	})
	t.Run("garbage numbers are ignored", func(t *testing.T) {
		content := `<ofd:Page ` + ns + `><ofd:Content><ofd:Layer><ofd:TextObject Boundary="x y" Size="NaN" CTM="1 2"><ofd:TextCode X="Inf" Y="-" DeltaX="g 99999999999 1 g g 5 x">整改</ofd:TextCode></ofd:TextObject><ofd:TextCode>游离文字</ofd:TextCode></ofd:Layer></ofd:Content></ofd:Page>`
		doc, err := parsetest.ReadDirect(context.Background(), ofd.Read, parse.FormatOFD, packageOf(t, "OFD.xml", entryXML("D/Document.xml"), "D/Document.xml", documentXML("C.xml"), "D/C.xml", content), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, "整改", doc.Text())
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := parsetest.ReadDirect(ctx, ofd.Read, parse.FormatOFD, good, parse.Options{})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

// fuzzOFDInput turns fuzz data into an OFD: zip data is taken as it is,
// anything else becomes the Content.xml of the one page of a minimal
// package, so the fuzzer reaches the XML and layout code.
func fuzzOFDInput(t testing.TB, data []byte) []byte {
	if bytes.HasPrefix(data, []byte("PK")) {
		return data
	}
	return parsetest.ZipOf(t,
		"OFD.xml", entryXML("Doc_0/Document.xml"),
		"Doc_0/Document.xml", `<ofd:Document `+ns+`><ofd:CommonData><ofd:TemplatePage ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:CommonData><ofd:Pages><ofd:Page BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
		"Doc_0/Pages/Page_0/Content.xml", string(data))
}

func FuzzParseOFD(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/cases/*/*.ofd", "ofd/features/Doc_0/Pages/*/Content.xml")
	f.Add(parsetest.ZipTree(f, "../../testdata/ofd/features"))
	f.Add([]byte(`<ofd:Page ` + ns + `><ofd:Template TemplateID="1"/><ofd:Content/></ofd:Page>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		parsetest.FuzzRead(t, ofd.Read, parse.FormatOFD, fuzzOFDInput(t, data))
	})
}
