package serve

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestE2ESearchOpensSource: at 1280 and 390 px the search page shows the
// hits with the sort control (相关度 / 日期), the export and, under each hit,
// its document and original file; following a hit's document shows its
// text with the matches marked, as many as the page counts, and a download
// of the original; nothing is wider than the screen.
func TestE2ESearchOpensSource(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"unit": "中共东川省农林厅党组"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	bctx := browser(t, 3*time.Minute)
	for _, w := range deskWidths {
		require.NoError(t, chromedp.Do(bctx, viewport(w, 900)))
		require.NoError(t, chromedp.Do(bctx,
			chromedp.Navigate(ts.ts.URL+"/search?q="+url.QueryEscape("整改")),
			chromedp.WaitVisible(chromedp.CSS("article.hit")),
		))
		tools, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(".stools")))
		require.NoError(t, err)
		assert.Contains(t, tools, "相关度", w)
		assert.Contains(t, tools, "日期", w)
		assert.Contains(t, tools, "导出检索结果（Excel）", w)
		links, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]int](`({
			hits: document.querySelectorAll('article.hit').length,
			docs: document.querySelectorAll('article.hit a.open-doc').length,
			files: document.querySelectorAll('article.hit a.open-file[download]').length,
		})`))
		require.NoError(t, err)
		assert.Positive(t, links["hits"], w)
		assert.Equal(t, links["hits"], links["docs"], "every hit opens its document (%d px)", w)
		assert.Equal(t, links["hits"], links["files"], "every hit offers its file (%d px)", w)
		fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, "the search page fits %d px", w)

		// Sorted by date: the control says so, and the hits are newest first.
		require.NoError(t, chromedp.Do(bctx,
			chromedp.Click(chromedp.CSS(`.stools .sortby a`)),
			chromedp.WaitVisible(chromedp.CSS(`.stools .sortby b`)),
		))
		on, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`.stools .sortby b`)))
		require.NoError(t, err)
		assert.Equal(t, "日期", on, w)
		loc, err := chromedp.Run(bctx, chromedp.Location())
		require.NoError(t, err)
		assert.Contains(t, loc, "sort=date", w)

		// The first hit's document.
		require.NoError(t, chromedp.Do(bctx,
			chromedp.Click(chromedp.CSS(`article.hit a.open-doc`)),
			chromedp.WaitVisible(chromedp.CSS(".docview .text")),
		))
		view, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]string](`({
			marks: String(document.querySelectorAll('.docview .text mark').length),
			counted: document.querySelector('.nmatches') ? document.querySelector('.nmatches').textContent : '',
			parts: String(document.querySelectorAll('nav.parts').length),
			first: document.querySelector('.docview .text mark') ? document.querySelector('.docview .text mark').textContent : '',
			download: document.querySelector('.docview a.download[download]') ? document.querySelector('.docview a.download').getAttribute('href') : '',
		})`))
		require.NoError(t, err)
		n, err := strconv.Atoi(view["marks"])
		require.NoError(t, err)
		assert.Positive(t, n, w)
		if view["parts"] == "0" {
			assert.Equal(t, view["counted"], view["marks"], "the count is the marks shown (%d px)", w)
		}
		assert.Equal(t, "整改", view["first"], w)
		assert.True(t, strings.HasPrefix(view["download"], "/search/file?f="), "%q (%d px)", view["download"], w)
		fits, err = chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, "the document view fits %d px", w)
	}
}
