package serve

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/index"
)

// searchHits uploads the sample case and returns its id and the hits of q
// through the API.
func searchHits(t *testing.T, ts *testServer, q string) (string, []index.Hit) {
	t.Helper()
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "中共东川省农林厅党组（检索）"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[map[string]any](t, b)["id"].(string)
	resp, b = ts.get(t, "/api/search?limit=100&q="+url.QueryEscape(q))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	res := decode[index.Result](t, b)
	require.NotEmpty(t, res.Hits, "the case is searchable")
	return id, res.Hits
}

// TestSearchHitOpensDocument: a hit's document view shows its text with
// every match of the query marked, as many marks as the text holds
// occurrences, and links to the original file; the original comes with its
// own (Chinese) name, its type and no server path.
func TestSearchHitOpensDocument(t *testing.T) {
	ts := newTestServer(t, Config{})
	id, hits := searchHits(t, ts, "整改")
	var report index.Hit
	for _, h := range hits {
		if h.Kind == "report" {
			report = h
		}
	}
	require.Equal(t, id+"/report.pdf", report.File)

	// The search page links each hit to its view and its file.
	_, page := ts.get(t, "/search?q="+url.QueryEscape("整改"))
	assert.Contains(t, string(page), `href="/search/doc?f=`+url.QueryEscape(report.File)+`&amp;q=`+url.QueryEscape("整改")+`"`)
	assert.Contains(t, string(page), `href="/search/file?f=`+url.QueryEscape(report.File)+`"`)

	doc, err := ts.index.Get(ts.indexKey(id, "report.pdf"))
	require.NoError(t, err)
	text := strings.Join(doc.Text, "\n")
	want := strings.Count(text, "整改")
	require.Greater(t, want, 5)

	resp, b := ts.get(t, docHref(report.File, "整改"))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	body := string(b)
	assert.Equal(t, want, strings.Count(body, "<mark>整改</mark>"), "every occurrence is marked")
	assert.Contains(t, body, fmt.Sprintf(`<b class="nmatches">%d</b>`, want))
	assert.Contains(t, body, "第 1 页")
	assert.Contains(t, body, `href="/search/file?f=`+url.QueryEscape(report.File)+`"`)
	assert.NotContains(t, body, ts.dir, "no server path")

	resp, b = ts.get(t, fileHref(report.File))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	raw := caseFiles(t, seedCase)
	var orig []byte
	for _, f := range raw {
		if f.name == "report.pdf" {
			orig = f.data
		}
	}
	assert.Equal(t, orig, b, "the original, byte for byte")
	assert.Equal(t, "application/pdf", resp.Header.Get("Content-Type"))
	cd := resp.Header.Get("Content-Disposition")
	assert.Equal(t, `attachment; filename="zhenggai-`+id+`.pdf"; filename*=UTF-8''report.pdf`, cd)
	assert.NotContains(t, cd, ts.dir)

	for _, tt := range []struct {
		path string
		code int
	}{
		{"/search/doc?f=" + url.QueryEscape(id+"/nothing.pdf"), http.StatusNotFound},
		{"/search/doc?f=" + url.QueryEscape("20990101T000000-000000000000/report.pdf"), http.StatusNotFound},
		{"/search/doc?f=" + url.QueryEscape("../../etc/passwd"), http.StatusNotFound},
		{"/search/file?f=" + url.QueryEscape(id+"/../../case.json"), http.StatusNotFound},
		{docHref(report.File, "整改") + "&p=99", http.StatusBadRequest},
	} {
		resp, b := ts.get(t, tt.path)
		assert.Equal(t, tt.code, resp.StatusCode, "%s: %s", tt.path, b)
	}
}

// TestDocPartsAndNames: a long document is shown in parts of whole
// paragraphs, the marks of each counted; a minutes file keeps its Chinese
// name and gets its Word type.
func TestDocPartsAndNames(t *testing.T) {
	m, err := index.NewMarker("整改")
	require.NoError(t, err)
	para := strings.Repeat("落实整改责任。", 100) // 700 characters, 100 matches
	page := strings.TrimSuffix(strings.Repeat(para+"\n", 20), "\n")
	parts, marks := docParts([]string{page, "第二页整改"}, m)
	require.Greater(t, len(parts), 2)
	total := 0
	for i, p := range parts {
		size := 0
		for _, d := range p {
			size += len([]rune(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(string(d.HTML))))
		}
		assert.LessOrEqual(t, size, partRunes, "part %d", i)
		total += marks[i]
	}
	assert.Equal(t, 2001, total)
	assert.Equal(t, 1, parts[0][0].Page, "the first paragraph starts page 1")
	last := parts[len(parts)-1]
	assert.Equal(t, 2, last[len(last)-1].Page)
	long, _ := docParts([]string{strings.Repeat("整", partRunes*2+5)}, m)
	assert.Len(t, long, 3, "a paragraph longer than a part is cut")

	assert.Equal(t, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", originalType("纪要.docx", nil))
	assert.Equal(t, "text/plain; charset=utf-8", originalType("报告.txt", []byte("整改")))
	assert.Equal(t, "text/plain", originalType("报告.txt", []byte{0xd5, 0xfb}), "GBK text says no charset")
	assert.Equal(t, "application/octet-stream", originalType("x.bin", nil))
	assert.Equal(t, "attachment; filename=\"zhenggai-ID.docx\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.docx", contentDisposition("会议纪要.docx", "ID", ".docx"))
}

// TestSearchSortAndExport: the search page offers both orders and keeps
// the chosen one in its links; the export lists every hit with Chinese
// headers, in the page's order.
func TestSearchSortAndExport(t *testing.T) {
	ts := newTestServer(t, Config{})
	_, hits := searchHits(t, ts, "整改")
	_, b := ts.get(t, "/search?sort=date&q="+url.QueryEscape("整改"))
	page := string(b)
	assert.Contains(t, page, `<option value="date" selected>`)
	assert.Contains(t, page, `<b>日期</b>`)
	assert.Contains(t, page, `href="/search?q=`+url.QueryEscape("整改")+`&amp;sort=relevance"`)
	assert.Regexp(t, regexp.MustCompile(`href="/search/export\?q=[^"]*sort=date"`), page)

	resp, b := ts.get(t, "/search/export?sort=date&q="+url.QueryEscape("整改"))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(b))
	assert.Equal(t, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", resp.Header.Get("Content-Type"))
	assert.Contains(t, resp.Header.Get("Content-Disposition"), "filename*=UTF-8''"+url.PathEscape("检索结果_整改_"))
	f, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(exportSheet)
	require.NoError(t, err)
	require.Len(t, rows, len(hits)+2)
	assert.Contains(t, rows[0][0], fmt.Sprintf("共 %d 个文件", len(hits)))
	assert.Equal(t, exportHeaders, rows[1])
	var dates []string
	for _, r := range rows[2:] {
		assert.Equal(t, "中共东川省农林厅党组（检索）", r[1])
		assert.NotEmpty(t, r[2])
		assert.Contains(t, []string{"整改报告", "会议纪要", "台账", "其他"}, r[3])
		assert.Contains(t, r[6], "整改", "the fragments, as text")
		assert.NotContains(t, r[6], "<mark>")
		assert.True(t, strings.HasPrefix(r[9], ts.ts.URL+"/search/doc?f="), r[9])
		dates = append(dates, r[4])
	}
	for i := 1; i < len(dates); i++ {
		if dates[i] != "" {
			assert.GreaterOrEqual(t, dates[i-1], dates[i], "newest first")
		}
	}
	resp, _ = ts.get(t, "/search/export?sort=size")
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
}
