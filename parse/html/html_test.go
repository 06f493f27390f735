package html_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"

	"github.com/zhenggai/zhenggai/parse/html"
)

const corpusReport = parsetest.CorpusCases + "/04-jichuan-zhujian-html/report.html"

func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		golden string
		file   string
	}{
		{"html-04-report.txt", corpusReport},
		{"html-gbk-layout-table.txt", "../../testdata/html/gbk-layout-table.html"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			doc, err := parse.ParseFile(context.Background(), tt.file, parse.Options{})
			require.NoError(t, err)
			parsetest.CheckOffsets(t, doc)
			parsetest.CheckGolden(t, tt.golden, doc)
		})
	}
}

// TestHTMLCorpusReport: the article of case 04 comes out whole and without
// any of the site's chrome (the corpus README's "Website chrome" trap).
func TestHTMLCorpusReport(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), corpusReport, parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, parse.FormatHTML, doc.Format)
	assert.Equal(t, parse.KindReport, doc.Kind)
	assert.Equal(t, "中共霁川市住房和城乡建设局党组关于市委第二巡察组巡察反馈意见整改进展情况的通报", doc.Title)
	require.Len(t, doc.Pages, 1)
	text := doc.Text()
	for _, chrome := range []string{
		"浏览次数", "1286", "网站标识码", "3607990012", "ICP", "公网安备", "邮编", "341900", "联系电话", "0797", "邮政信箱", "电子邮箱", "jichuan.example",
		"首页", "设为首页", "当前位置", "机构概况", "政务公开", "通知公告", "热点专题", "发布时间", "来源：", "字号", "打印本页", "关闭窗口",
		"上一篇", "下一篇", "网站地图", "主办单位", "分辨率", "请输入关键字", "搜索", "toLocaleDateString", "今天是",
	} {
		assert.NotContains(t, text, chrome)
	}
	for _, claim := range []string{
		"召开巡察整改工作推进会3次", "专题民主生活会1次", "反馈的26个问题", "已完成整改21个", "正在整改4个", "整改完成率80.8%",
		"建立完善制度9项", "问责干部9人", "配套费862.4万元", "挽回经济损失215万元",
	} {
		assert.Contains(t, text, claim)
	}
	levels := map[int]int{}
	for _, p := range doc.Paragraphs {
		levels[p.Level]++
	}
	assert.Equal(t, 1, levels[1], "the title once")
	assert.Equal(t, 3, levels[2], "一、二、三、")
	assert.Equal(t, 26, levels[3], "（一）…（二十六）")
	assert.Equal(t, 1, doc.Paragraphs[0].Level)
	n := len(doc.Paragraphs)
	assert.Equal(t, "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。", doc.Paragraphs[n-3].Text)
	assert.Equal(t, "中共霁川市住房和城乡建设局党组", doc.Paragraphs[n-2].Text)
	assert.Equal(t, "2021年6月15日", doc.Paragraphs[n-1].Text)
	assert.Equal(t, "2021-06-15", doc.Date)
}

// TestHTMLGBKLayoutTable: an old-style GB2312 page laid out with tables,
// paragraphs separated by <br>, a data table with spans, and chrome.
func TestHTMLGBKLayoutTable(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), "../../testdata/html/gbk-layout-table.html", parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, []parsetest.Para{
		{"梅溪县教育体育局关于巡察整改情况的报告", 1}, // <title> without " - site"
		{"根据县委统一部署，县委第一巡察组于2018年3月至4月对县教育体育局党组开展了巡察。", 0},
		{"巡察反馈问题18个，已完成整改14个，整改完成率77.78%。", 0},
		{"一、整改工作开展情况", 2},
		{"局党组召开党组会议2次专题研究整改工作。", 0},
		{"（一）关于学校食堂管理不规范问题的整改", 3},
		{"对全县36所学校食堂开展专项检查，整改问题42个。", 0},
		{"附件：", 0}, {"1.整改台账", 0}, {"2.制度汇编", 0},
		{"欢迎社会各界监督。", 0},
		{"中共梅溪县教育体育局党组", 0},
		{"2018年9月10日", 0},
	}, parsetest.Paras(doc))
	require.Len(t, doc.Tables, 1)
	tb := doc.Tables[0]
	assert.Equal(t, "整改情况统计表", tb.Title)
	assert.Equal(t, [][]string{
		{"类别", "问题数", "已完成"},
		{"党的建设", "6", "5"},
		{"党的建设", "4", "4"},
		{"业务工作", "8（含食堂校车）", ""},
	}, parsetest.TableRows(tb))
	text := doc.Text()
	for _, chrome := range []string{"首页", "通知公告", "位置", "发布日期", "点击数", "321", "分享到", "打印", "版权所有", "ICP", "隐藏", "浏览次数", "联系电话", "邮编", "330000", "font-size"} {
		assert.NotContains(t, text, chrome)
	}
}

func htmlPage(head, body string) string {
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>"
}

const nav = `<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">机构概况机构概况机构概况</a></li><li><a href="/b">政务公开政务公开政务公开政务公开</a></li><li><a href="/c">办事服务办事服务办事服务办事服务</a></li></ul></div>`

func TestHTMLBodies(t *testing.T) {
	long := "局党组召开会议研究部署整改工作，逐项明确责任部门和完成时限，确保整改落实到位。"
	tests := []struct {
		name   string
		page   string
		want   []parsetest.Para
		tables [][][]string
	}{
		{
			name: "article by text density; links and navigation do not count",
			page: htmlPage("<title>报告_某局</title>", nav+`<div class="links">`+strings.Repeat(`<p><a href="#">链接文字很多很多很多很多很多很多很多很多</a></p>`, 10)+`</div>`+
				`<div class="wrap"><div id="x1"><p>`+long+`</p><p>第二段`+long+`</p></div></div>`),
			want: []parsetest.Para{{"报告", 1}, {long, 0}, {"第二段" + long, 0}},
		},
		{
			name: "title from h1 inside the article is not repeated",
			page: htmlPage("<title>网页标题_站点</title>", `<div class="article"><h1>文章内的标题</h1><p>`+long+`</p><h2>二级标题</h2><h3>三级标题</h3><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"文章内的标题", 1}, {long, 0}, {"二级标题", 2}, {"三级标题", 3}, {long, 0}},
		},
		{
			name: "an h2 after the article's text heads a section, not the page",
			page: htmlPage("<title>真正的标题_站点</title>", `<div class="side"><h3>热点专题</h3><ul><li>甲</li></ul></div><div class="content"><p>`+long+`</p><h2>一、总体情况</h2><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"真正的标题", 1}, {long, 0}, {"一、总体情况", 2}, {long, 0}},
		},
		{
			name: "title repeated as the article's first paragraph is given once",
			page: htmlPage("<title>关于整改情况的报告_站点</title>", `<div class="content"><p align="center"><strong>关于整改情况的报告</strong></p><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"关于整改情况的报告", 1}, {long, 0}},
		},
		{
			name: "title from the ArticleTitle meta",
			page: htmlPage(`<meta name="ArticleTitle" content="元数据里的标题"><title>无关_站点</title>`, `<div><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"元数据里的标题", 1}, {long, 0}},
		},
		{
			name: "title without the site name suffix",
			page: htmlPage(`<meta name="SiteName" content="霁川市住房和城乡建设局"><title>关于2021—2023年规划的通知 - 霁川市住房和城乡建设局</title>`, `<div><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"关于2021—2023年规划的通知", 1}, {long, 0}},
		},
		{
			name: "title in a title-class element above the article",
			page: htmlPage("<title>x</title>", `<div class="detail-title">上方的标题文字</div><div class="info">发布时间：2021-01-01</div><div class="txt"><p>`+long+`</p></div>`),
			want: []parsetest.Para{{"上方的标题文字", 1}, {long, 0}},
		},
		{
			name: "blocks and br end paragraphs; inline elements do not",
			page: htmlPage("", `<div class="content"><div>甲段<span>继续</span><a href="#">链接</a>。</div>乙段<br>丙段<ul><li>列表一</li><li>列表二</li></ul><p>整改<b>1</b><i>3</i>项</p></div>`),
			want: []parsetest.Para{{"甲段继续链接。", 0}, {"乙段", 0}, {"丙段", 0}, {"列表一", 0}, {"列表二", 0}, {"整改13项", 0}},
		},
		{
			name: "numbered paragraphs in bold or a heading font are headings",
			page: htmlPage("", `<div class="content"><p>`+long+`</p><p><strong>一、总体情况</strong></p><p><span style="font-family: 黑体">（二）具体问题</span></p><p><span style="font-weight:bold">1.细项</span></p><p>二、正文字体的编号段落不是标题。</p><p><b>二、</b>加粗编号后的正文不是标题</p></div>`),
			want: []parsetest.Para{{long, 0}, {"一、总体情况", 2}, {"（二）具体问题", 3}, {"1.细项", 4}, {"二、正文字体的编号段落不是标题。", 0}, {"二、加粗编号后的正文不是标题", 0}},
		},
		{
			name: "article split over sibling blocks is read whole",
			page: htmlPage("", nav+`<div class="main"><div class="part">`+`<p>第一部分`+long+`</p></div><div class="part"><p>第二部分`+long+`</p></div></div>`),
			want: []parsetest.Para{{"第一部分" + long, 0}, {"第二部分" + long, 0}},
		},
		{
			name: "chrome inside the article is dropped",
			page: htmlPage("", `<div class="content"><div class="art-info">发布时间：2021-06-18　来源：局办公室　浏览次数：1286</div><p>来源：本站</p>`+
				`<p>`+long+`</p><div class="bdshare">分享到：微信</div><div class="print"><a>打印</a></div><p>上一篇：某通知</p>`+
				`<p>欢迎监督。联系电话：0797-8236517；通讯地址：霁川市文昌路88号；电子邮箱：a@b.cn。</p><p>联系人：王某某，电话：12345</p></div>`),
			want: []parsetest.Para{{long, 0}, {"欢迎监督。", 0}},
		},
		{
			name: "scripts, styles, hidden parts and search forms are dropped; a form around the page is not",
			page: htmlPage("<style>p{color:red}</style>", `<form id="form1" action="x"><form class="search"><input value="请输入"><button>搜索</button></form><script>document.write("脚本文字")</script><noscript>无脚本</noscript>`+
				`<div class="content"><p>`+long+`</p><p hidden>隐藏一</p><p style="display: none">隐藏二</p><p>`+long+`</p></div></form>`),
			want: []parsetest.Para{{long, 0}, {long, 0}},
		},
		{
			name: "short page: class names find the article",
			page: htmlPage("", `<div class="top">顶部</div><div class="content"><p>短</p></div>`),
			want: []parsetest.Para{{"短", 0}},
		},
		{
			name: "no structure: the body",
			page: "<html><body>只有正文文字</body></html>",
			want: []parsetest.Para{{"只有正文文字", 0}},
		},
		{
			name: "data table with spans; layout table read as paragraphs",
			page: htmlPage("", `<div class="content"><p>`+long+`</p><table><tr><td><p>布局表格中的段落一</p><p>段落二</p><p>段落三</p></td><td>旁边</td></tr></table>`+
				`<table><thead><tr><th>序号</th><th>事项</th><th>状态</th></tr></thead><tbody><tr><td>1</td><td rowspan="2">制度建设</td><td>已完成</td></tr><tr><td>2</td><td>正在整改</td></tr><tr><td colspan="2">合计</td><td>2项</td></tr></tbody></table></div>`),
			want: []parsetest.Para{{long, 0}, {"布局表格中的段落一", 0}, {"段落二", 0}, {"段落三", 0}, {"旁边", 0}},
			tables: [][][]string{{
				{"序号", "事项", "状态"},
				{"1", "制度建设", "已完成"},
				{"2", "制度建设", "正在整改"},
				{"合计", "", "2项"},
			}},
		},
		{
			name: "preformatted text keeps its lines",
			page: htmlPage("", `<div class="content"><p>`+long+`</p><pre>第一行
第二行</pre></div>`),
			want: []parsetest.Para{{long, 0}, {"第一行", 0}, {"第二行", 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "t.html", []byte(tt.page), parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, parsetest.Paras(doc))
			var tables [][][]string
			for _, tb := range doc.Tables {
				tables = append(tables, parsetest.TableRows(tb))
			}
			assert.Equal(t, tt.tables, tables)
			parsetest.CheckOffsets(t, doc)
		})
	}
}

func TestHTMLDecode(t *testing.T) {
	gbk := func(s string) []byte {
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	}
	utf16 := func(s string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	}
	body := "<html><body><p>整改完成率80%</p></body></html>"
	tests := []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte(body)},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, body...)},
		{"utf-16 with BOM", utf16(body)},
		{"gb2312 declared", gbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>整改完成率80%</p></body></html>`)},
		{"gbk undeclared", gbk(body)},
		{"gbk declared as utf-8", gbk(`<html><head><meta charset="utf-8"></head><body><p>整改完成率80%</p></body></html>`)},
		{"gbk declared as iso-8859-1", gbk(`<html><head><meta charset="iso-8859-1"></head><body><p>整改完成率80%</p></body></html>`)},
		{"utf-8 declared as gbk", []byte(`<html><head><meta charset="gbk"></head><body><p>整改完成率80%</p></body></html>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, tt.data, parse.Options{})
			require.NoError(t, err)
			assert.Equal(t, "整改完成率80%", doc.Text())
		})
	}
}

func TestHTMLBadInput(t *testing.T) {
	t.Run("no text", func(t *testing.T) {
		_, err := parse.Parse(context.Background(), "e.html", []byte(htmlPage("<title>只有标题</title>", `<script>var a="正文";</script><div class="nav"><a href="/">首页</a></div>`)), parse.Options{})
		// The <title> is the only text: it is a document of one heading.
		require.NoError(t, err)
		_, err = parse.Parse(context.Background(), "e.html", []byte("<html><body><script>x()</script></body></html>"), parse.Options{})
		assert.ErrorIs(t, err, parse.ErrEmpty)
	})
	t.Run("invalid bytes", func(t *testing.T) {
		_, err := parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, []byte("<html><body><p>\xff\xfe\x00\x81整改\x80</p></body></html>"), parse.Options{})
		require.NoError(t, err)
	})
	t.Run("deep nesting", func(t *testing.T) {
		page := "<html><body>" + strings.Repeat("<div>", 5000) + "深处的文字" + strings.Repeat("</div>", 5000) + "<p>浅处的文字</p></body></html>"
		doc, err := parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, []byte(page), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, "深处的文字\n浅处的文字", doc.Text())
		page = "<html><head><title>标题_站点</title><style>p{}</style></head><body>" + strings.Repeat("<font>", 5000) + "<p>字体里的文字<script>x()</script></p>" + "<div>第二段</div></body></html>"
		doc, err = parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, []byte(page), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, []parsetest.Para{{"标题", 1}, {"字体里的文字", 0}, {"第二段", 0}}, parsetest.Paras(doc))
	})
	t.Run("unclosed tags", func(t *testing.T) {
		doc, err := parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, []byte("<html><body><div class=content><p>第一段<p>第二段<table><tr><td>格"), parse.Options{})
		require.NoError(t, err)
		assert.Equal(t, []parsetest.Para{{"第一段", 0}, {"第二段", 0}, {"格", 0}}, parsetest.Paras(doc))
	})
	t.Run("huge spans are bounded", func(t *testing.T) {
		page := htmlPage("", `<table><tr><td colspan="99999999" rowspan="99999999">甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr><tr><td>戊</td></tr></table>`)
		doc, err := parsetest.ReadDirect(context.Background(), html.Read, parse.FormatHTML, []byte(page), parse.Options{})
		require.NoError(t, err)
		require.Len(t, doc.Tables, 1)
		for _, r := range doc.Tables[0].Rows {
			assert.LessOrEqual(t, len(r.Cells), html.MaxColumns)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := parsetest.ReadDirect(ctx, html.Read, parse.FormatHTML, []byte(htmlPage("", "<p>正文</p>")), parse.Options{})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

func FuzzParseHTML(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/cases/*/*.html", "html/*.html")
	f.Add([]byte(htmlPage("<title>a_b</title>", `<div class="content"><h1>标题</h1><p><b>一、</b>正文</p><table><tr><td rowspan="3" colspan="2">x</td></tr><tr><td><table><tr><td>y</td></tr></table></td></tr></table><pre>a
b</pre></div>`)))
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, html.Read, parse.FormatHTML, data) })
}

// TestHTMLFixturesAreEncoded guards the fixture: it must stay GB2312, not
// be re-saved as UTF-8.
func TestHTMLFixturesAreEncoded(t *testing.T) {
	data, err := os.ReadFile("../../testdata/html/gbk-layout-table.html")
	require.NoError(t, err)
	assert.NotContains(t, string(data), "整改")
	assert.Contains(t, string(data), "charset=gb2312")
}

// TestHTMLDataTablePage: a page that is one table of data — a ledger a web
// system exported as .xls (the blind case folder cases-r 07) — is read as a
// table, not as its cells' text one a paragraph (the cell with the most text
// had been taken for the article).
func TestHTMLDataTablePage(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), "../../testdata/cases-r/07-wenhuaguan-htmlxls/ledger.xls", parse.Options{})
	require.NoError(t, err)
	require.Len(t, doc.Tables, 1)
	rows := parsetest.TableRows(doc.Tables[0])
	require.GreaterOrEqual(t, len(rows), 9)
	assert.Contains(t, rows[0], "存在问题")
	assert.Equal(t, "1", rows[1][0])
	parsetest.CheckOffsets(t, doc)
}

// TestHTMLArticleInLayoutCell: an old-style page whose article sits, as
// <br> lines, in one cell of a table beside a column of navigation, between
// a navigation table and a footer table, is read as the article, not as a
// table of data (review of session 10: it had lost its kind, date and every
// claim).
func TestHTMLArticleInLayoutCell(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>某县财政局</title></head><body>` +
		`<table><tr><td>首页</td><td>机构设置</td><td>信息公开</td><td>联系我们</td></tr></table>` +
		`<table><tr><td>栏目<br>通知公告<br>工作动态</td><td><b>关于巡察反馈问题整改情况的通报</b><br>` +
		`县委第三巡察组反馈问题9个，截至2024年5月31日，已完成整改7个，正在整改2个，清退资金4.2万元。<br>` +
		`对尚未完成整改的2个问题，已明确责任人和完成时限。<br>某县财政局<br>2024年6月3日</td></tr></table>` +
		`<table><tr><td>版权所有：某县财政局</td><td>地址：某县建设路8号</td></tr></table></body></html>`
	doc, err := parse.Parse(context.Background(), "page.html", []byte(page), parse.Options{})
	require.NoError(t, err)
	assert.Equal(t, parse.KindReport, doc.Kind)
	assert.Empty(t, doc.Tables)
	assert.Contains(t, doc.Text(), "已完成整改7个，正在整改2个")
}
