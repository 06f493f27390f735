package serve

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath is Debian's chromium, or $ZHENGGAI_CHROMIUM.
func chromiumPath() string {
	if p := os.Getenv("ZHENGGAI_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// browser starts headless Chromium for a test, or skips the test when it
// is not installed; the context ends with the test or after d.
func browser(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	exe := chromiumPath()
	if _, err := os.Stat(exe); err != nil {
		t.Skipf("%s not installed (apt-get update && apt-get install -y chromium fonts-noto-cjk): %v", exe, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelBrowser)
	return bctx
}

// TestE2EUploadInBrowser drives headless Chromium through the upload page:
// it picks the seed article's sample case's files in the file input,
// submits, follows the progress page and finds the high-severity findings
// on the result page.
func TestE2EUploadInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})

	var paths []string
	root, err := filepath.Abs(filepath.Join(casesDir, seedCase))
	require.NoError(t, err)
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "expected.json" {
			paths = append(paths, p)
		}
		return err
	})
	require.NoError(t, err)

	bctx := browser(t, 3*time.Minute)

	require.NoError(t, chromedp.Do(bctx,
		chromedp.Navigate(ts.ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#files")),
	))
	title, err := chromedp.Run(bctx, chromedp.Title())
	require.NoError(t, err)
	assert.Contains(t, title, "上传案卷")
	require.NoError(t, chromedp.Do(bctx,
		chromedp.SetUploadFiles(chromedp.CSS("#files"), paths),
		chromedp.SendKeys(chromedp.CSS(`input[name="unit"]`), "中共东川省农林厅党组（浏览器上传）"),
		chromedp.Click(chromedp.CSS("#submit")),
	))

	// The upload goes, the case page refreshes while the check runs, then
	// shows the report with the bar of downloads.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		done, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.querySelector('.zg-bar') !== null`))
		if err == nil && done {
			break
		}
		if time.Now().After(deadline) {
			status, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ''`))
			t.Fatalf("no result page in time (%v): %s", err, status)
		}
		time.Sleep(200 * time.Millisecond)
	}
	url, err := chromedp.Run(bctx, chromedp.Location())
	require.NoError(t, err)
	body, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("body")))
	require.NoError(t, err)
	assert.Regexp(t, regexp.MustCompile(`/cases/[0-9]{8}T[0-9]{6}-[0-9a-f]{12}$`), url)
	assert.Contains(t, body, "疑似纸面整改")
	assert.Contains(t, body, "claim.meetings")
	assert.Regexp(t, `召开整改工作会议13次[^\n]*仅有3次`, body)
	assert.Contains(t, body, "claim.problems-done")
	assert.Contains(t, body, "中共东川省农林厅党组（浏览器上传）")

	// The case list shows it, with its verdict.
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases")))
	list, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("table.cases")))
	require.NoError(t, err)
	assert.Contains(t, list, "疑似纸面整改")
	assert.True(t, strings.Contains(list, "浏览器上传"), list)
}
