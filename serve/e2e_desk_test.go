package serve

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The widths the pages are tried at: a desktop and a phone.
var deskWidths = []int64{1280, 390}

// noOverflow is true when the page does not scroll sideways.
const noOverflow = `document.documentElement.scrollWidth <= window.innerWidth + 1`

// TestE2EDeskPages: the verdict page, the upload page and the case list at
// 1280 and 390 px: in Chinese, the verdict and the grouped findings shown,
// the Word and Excel downloads offered, nothing wider than the screen; and
// the verdict page prints on A4.
func TestE2EDeskPages(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	bctx := browser(t, 3*time.Minute)
	resp, b := ts.upload(t, caseFiles(t, seedCase), map[string]string{"as_of": "2026-12-01"})
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[map[string]any](t, b)["id"].(string)

	for _, w := range deskWidths {
		require.NoError(t, chromedp.Do(bctx, viewport(w, 900)))

		require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases/"+id), chromedp.WaitVisible(chromedp.CSS(".vbadge"))))
		verdict, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(".vbadge")))
		require.NoError(t, err)
		assert.Equal(t, "疑似纸面整改", verdict, w)
		bar, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(".zg-bar")))
		require.NoError(t, err)
		assert.Contains(t, bar, "核查意见（Word）", w)
		assert.Contains(t, bar, "核查表（Excel）", w)
		groups, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('.fgroup').length`))
		require.NoError(t, err)
		assert.Positive(t, groups, "findings about one item are one card (%d px)", w)
		fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, "the verdict page fits %d px", w)

		for _, p := range []string{"/", "/cases"} {
			require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+p), chromedp.WaitVisible(chromedp.CSS("main"))))
			fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
			require.NoError(t, err)
			assert.True(t, fits, "%s fits %d px", p, w)
		}
	}

	// The print: A4 pages (595 × 842 points), the first one not blank
	// (it holds the title block), the findings table shown, the report's
	// text left out.
	require.NoError(t, chromedp.Do(bctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(ts.ts.URL+"/cases/"+id), chromedp.WaitVisible(chromedp.CSS(".vbadge"))))
	pdf, err := chromedp.Run(bctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		res, err := cdp.Call(ctx, t, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: ptr(true)})
		return res.Data, err
	})
	require.NoError(t, err)
	assert.Regexp(t, `/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]`, string(pdf), "A4")
	pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
	assert.True(t, pages >= 1 && pages < 12, "%d pages: fewer than the 12 Letter pages the report text made", pages)
	require.NoError(t, chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})))
	printed, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`(() => {
		const s = [];
		for (const sel of ['.ftable', '#report', '.zg-bar', 'header.case']) {
			const el = document.querySelector(sel);
			s.push(sel + ':' + (el ? getComputedStyle(el).display : 'none'));
		}
		return s;
	})()`))
	require.NoError(t, err)
	assert.Equal(t, []string{".ftable:block", "#report:none", ".zg-bar:none", "header.case:block"}, printed)
}

// TestE2EUploadError: at 1280 and 390 px a refused upload stops the bar,
// says why in Chinese, keeps the message on screen and lets the user try
// again.
func TestE2EUploadError(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	bctx := browser(t, 2*time.Minute)
	bad := filepath.Join(t.TempDir(), "setup.exe")
	require.NoError(t, os.WriteFile(bad, []byte("MZ\x90\x00"), 0o600))
	for _, w := range deskWidths {
		require.NoError(t, chromedp.Do(bctx,
			viewport(w, 700),
			chromedp.Navigate(ts.ts.URL+"/"),
			chromedp.WaitVisible(chromedp.CSS("#files")),
			chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{bad}),
			chromedp.Click(chromedp.CSS("#submit")),
			chromedp.WaitVisible(chromedp.CSS("#progress.failed")),
		))
		status, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#status")))
		require.NoError(t, err)
		assert.Contains(t, status, "上传失败", w)
		assert.Contains(t, status, "setup.exe：不是案卷的文件", w)
		state, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]bool](`(() => {
			const r = document.getElementById('status').getBoundingClientRect();
			return {
				stopped: document.getElementById('bar').hasAttribute('value'),
				visible: r.top >= 0 && r.bottom <= window.innerHeight,
				again: !document.getElementById('submit').disabled,
				fits: `+noOverflow+`,
			};
		})()`))
		require.NoError(t, err)
		assert.Equal(t, map[string]bool{"stopped": true, "visible": true, "again": true, "fits": true}, state, w)
	}
}

func ptr[T any](v T) *T { return &v }

// viewport sets the window's size; below 600 px as a phone.
func viewport(w, h int64) chromedp.Action[chromedp.Void] {
	if w < 600 {
		return chromedp.EmulateViewport(w, h, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	return chromedp.EmulateViewport(w, h)
}
