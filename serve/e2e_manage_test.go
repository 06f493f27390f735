package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// casePaths lists a sample case's files on disk, expected.json left out.
func casePaths(t *testing.T, name string) []string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join(casesDir, name))
	require.NoError(t, err)
	var paths []string
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "expected.json" {
			paths = append(paths, p)
		}
		return err
	})
	require.NoError(t, err)
	return paths
}

// waitJS polls js in the page until it is true, or fails the test after d.
func waitJS(t *testing.T, bctx context.Context, js string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](js))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			text, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ''`))
			t.Fatalf("%s: not true in time (%v): %.600s", js, err, text)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// location is the page's path.
func location(t *testing.T, bctx context.Context) string {
	t.Helper()
	p, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.pathname`))
	require.NoError(t, err)
	return p
}

// TestE2EUploadInFlight: at 1280 and 390 px, while an upload is on its
// way, leaving the page asks first (the beforeunload event is cancelled),
// the status is on screen without scrolling, even with the page scrolled
// back to its top, and the page does not scroll sideways; once the server
// answers, the case's page opens and nothing asks any more.
func TestE2EUploadInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	// The upload is held at the server until the test lets it go.
	gate := make(chan struct{})
	var arrived atomic.Int32
	h := ts.Handler()
	gated := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/cases" {
			arrived.Add(1)
			<-gate
		}
		h.ServeHTTP(w, r)
	}))
	defer gated.Close()
	bctx := browser(t, 3*time.Minute)
	const leaving = `(() => { const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; })()`

	for i, w := range deskWidths {
		name := []string{"03-tongling-shichangjianguan", "04-jichuan-zhujian-html"}[i]
		require.NoError(t, chromedp.Do(bctx, viewport(w, 700), chromedp.Navigate(gated.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#files"))))
		asks, err := chromedp.Run(bctx, chromedp.Evaluate[bool](leaving))
		require.NoError(t, err)
		assert.False(t, asks, "nothing to lose before the upload (%d px)", w)

		n := arrived.Load()
		require.NoError(t, chromedp.Do(bctx, chromedp.SetUploadFiles(chromedp.CSS("#files"), casePaths(t, name)), chromedp.Click(chromedp.CSS("#submit"))))
		require.Eventually(t, func() bool { return arrived.Load() > n }, time.Minute, 50*time.Millisecond)

		state, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]bool](`(() => {
			const onScreen = () => {
				const r = document.getElementById('status').getBoundingClientRect();
				return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
			};
			const shown = onScreen();
			window.scrollTo(0, 0);
			return {asks: `+leaving+`, shown: shown, atTop: onScreen(), disabled: document.getElementById('submit').disabled, fits: `+noOverflow+`};
		})()`))
		require.NoError(t, err)
		assert.Equal(t, map[string]bool{"asks": true, "shown": true, "atTop": true, "disabled": true, "fits": true}, state, "%d px", w)

		gate <- struct{}{}
		waitJS(t, bctx, `location.pathname.startsWith('/cases/')`, time.Minute)
		asks, err = chromedp.Run(bctx, chromedp.Evaluate[bool](leaving))
		require.NoError(t, err)
		assert.False(t, asks, "the case's page does not ask (%d px)", w)
	}
}

// TestE2EManageCase: at 1280 and 390 px, in the browser: an upload of a
// stored case's files is recognised (the status says so in Chinese and
// links that case; nothing is stored) and stored when 仍然上传 is pressed;
// the case is renamed (the list shows the name), given another file and
// checked again (补充材料), and deleted once the confirmation is ticked;
// the management page does not scroll sideways; each action is recorded.
func TestE2EManageCase(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	bctx := browser(t, 5*time.Minute)
	extra, err := filepath.Abs(filepath.Join(casesDir, "03-tongling-shichangjianguan", "minutes", "2020-06-10.docx"))
	require.NoError(t, err)

	for _, w := range deskWidths {
		// The duplicate.
		newest := ts.store.list()[0].ID
		count := len(ts.store.list())
		require.NoError(t, chromedp.Do(bctx, viewport(w, 800), chromedp.Navigate(ts.ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#files")),
			chromedp.SetUploadFiles(chromedp.CSS("#files"), casePaths(t, seedCase)), chromedp.Click(chromedp.CSS("#submit")),
			chromedp.WaitVisible(chromedp.CSS("#upload-anyway"))))
		status, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#status")))
		require.NoError(t, err)
		assert.Contains(t, status, "完全相同，未重复保存", w)
		href, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById('duplicate-of').getAttribute('href')`))
		require.NoError(t, err)
		assert.Equal(t, "/cases/"+newest, href, w)
		assert.Len(t, ts.store.list(), count, "not stored (%d px)", w)
		fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, w)

		require.NoError(t, chromedp.Do(bctx, chromedp.Click(chromedp.CSS("#upload-anyway"))))
		waitJS(t, bctx, `document.querySelector('.zg-bar') !== null`, 2*time.Minute)
		id := strings.TrimPrefix(location(t, bctx), "/cases/")
		require.True(t, validID(id), id)
		assert.Len(t, ts.store.list(), count+1, "stored when confirmed (%d px)", w)

		// Rename, from the result page's bar.
		require.NoError(t, chromedp.Do(bctx, chromedp.Click(chromedp.CSS(".zg-manage")), chromedp.WaitVisible(chromedp.CSS("#name"))))
		fits, err = chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, "the management page fits %d px", w)
		name := "第一批复核案卷" + []string{"甲", "乙"}[len(ts.store.list())%2]
		require.NoError(t, chromedp.Do(bctx, chromedp.SendKeys(chromedp.CSS("#name"), name), chromedp.Click(chromedp.CSS("#rename"))))
		waitJS(t, bctx, `document.querySelector('h1') && document.querySelector('h1').textContent.includes('`+name+`')`, 30*time.Second)
		require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases"), chromedp.WaitVisible(chromedp.CSS("table.cases"))))
		list, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("table.cases")))
		require.NoError(t, err)
		assert.Contains(t, list, name, w)

		// 补充材料: one more file, and the case is checked again.
		before, _ := ts.store.get(id)
		require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases/"+id+"/manage"), chromedp.WaitVisible(chromedp.CSS("#files")),
			chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{extra}), chromedp.Click(chromedp.CSS("#submit"))))
		waitJS(t, bctx, `location.pathname === '/cases/`+id+`' && document.querySelector('.zg-bar') !== null`, 2*time.Minute)
		after, _ := ts.store.get(id)
		assert.Len(t, after.Files, len(before.Files)+1, w)
		assert.Equal(t, StatusDone, after.Status, w)

		// Delete: not without the confirmation.
		require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases/"+id+"/manage"), chromedp.WaitVisible(chromedp.CSS("#delete")),
			chromedp.Click(chromedp.CSS("#delete"))))
		time.Sleep(500 * time.Millisecond)
		assert.Equal(t, "/cases/"+id+"/manage", location(t, bctx), "the unticked box stops the form (%d px)", w)
		_, ok := ts.store.get(id)
		require.True(t, ok)
		require.NoError(t, chromedp.Do(bctx, chromedp.Click(chromedp.CSS("#confirm")), chromedp.Click(chromedp.CSS("#delete"))))
		waitJS(t, bctx, `location.pathname === '/cases'`, 30*time.Second)
		_, ok = ts.store.get(id)
		assert.False(t, ok, "deleted (%d px)", w)
		list, err = chromedp.Run(bctx, chromedp.Text(chromedp.CSS("main")))
		require.NoError(t, err)
		assert.NotContains(t, list, name, w)
	}
	var actions []string
	for _, l := range caseActions(t, ts.dir) {
		actions = append(actions, l.Action)
	}
	assert.Equal(t, []string{"rename", "recheck", "delete", "rename", "recheck", "delete"}, actions)
}
