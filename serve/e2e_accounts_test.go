package serve

import (
	"context"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/audit"
)

// login fills the login page in the browser and submits it.
func login(bctx context.Context, name, pass string) error {
	return chromedp.Do(bctx,
		chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)),
		chromedp.Clear(chromedp.CSS(`input[name="name"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="name"]`), name),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), pass),
		chromedp.Click(chromedp.CSS(`form.login button[type="submit"]`)),
	)
}

// postFrom sends a same-site request from the page the browser shows, with
// its cookies, and returns the status and the answer's text.
func postFrom(bctx context.Context, method, path, body string) (string, string, error) {
	out, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`(() => {
		const x = new XMLHttpRequest();
		x.open(`+jsQuote(method)+`, `+jsQuote(path)+`, false);
		x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
		x.send(`+jsQuote(body)+`);
		return [String(x.status), x.responseText];
	})()`))
	if err != nil {
		return "", "", err
	}
	return out[0], out[1], nil
}

func jsQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// TestE2EReviewAndRoles drives headless Chromium at 1280 px: the verdict
// page asks for a login; a wrong password is refused in Chinese; the
// reviewer marks finding 1 误报 with a note (it stays on the page, greyed,
// the count says 1 reviewed), finding 2 属实, then finding 1 again 待补充材料
// (its history shows both, it is no longer grey); after logging out, the
// viewer sees the reviews but no form, and the server refuses the
// viewer's review and deletions (403). The audit log has the reviewer's
// three reviews and nothing the viewer changed.
func TestE2EReviewAndRoles(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	dir := t.TempDir()
	toks := withUsers(t, dir)
	ts := newTestServer(t, Config{DataDir: dir})
	resp, b := ts.upload(t, caseFiles(t, seedCase), nil, bearer(toks["复核员"])...)
	require.Equal(t, http.StatusCreated, resp.StatusCode, string(b))
	id := decode[uploadAnswer](t, b).ID
	total := len(decode[uploadAnswer](t, b).Findings)
	require.Greater(t, total, 2)

	bctx := browser(t, 3*time.Minute)
	require.NoError(t, chromedp.Do(bctx, viewport(1280, 900), chromedp.Navigate(ts.ts.URL+"/cases/"+id)))
	require.NoError(t, login(bctx, "复核员", "wrong-password"))
	require.NoError(t, chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS(".error-message"))))
	msg, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(".error-message")))
	require.NoError(t, err)
	assert.Equal(t, "用户名或密码错误", msg)
	require.NoError(t, login(bctx, "复核员", "fuhe-mima-1"))
	require.NoError(t, chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS("#review-summary"))))
	url, err := chromedp.Run(bctx, chromedp.Location())
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(url, "/cases/"+id), "back to the verdict page: %s", url)
	head, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#review-summary")))
	require.NoError(t, err)
	assert.Contains(t, head, "复核进度：已复核 0 / "+strconv.Itoa(total)+" 项")
	assert.Contains(t, head, "复核员（复核）")

	review := func(n int, verdict, note string) {
		t.Helper()
		sel := "#rv-" + strconv.Itoa(n)
		require.NoError(t, chromedp.Do(bctx,
			chromedp.Evaluate[chromedp.Void](`window.zgOld = true`),
			chromedp.Click(chromedp.CSS(sel+` input[value="`+verdict+`"]`)),
			chromedp.SendKeys(chromedp.CSS(sel+" textarea"), note),
			chromedp.Click(chromedp.CSS(sel+" button")),
		))
		// The answer is a new page, at the finding.
		deadline := time.Now().Add(30 * time.Second)
		for {
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`!window.zgOld && document.readyState === 'complete' &&
				location.hash === '#f-`+strconv.Itoa(n)+`' && document.getElementById('review-summary') !== null`))
			if err == nil && ok {
				return
			}
			require.True(t, time.Now().Before(deadline), "no verdict page after the review of finding %d: %v", n, err)
			time.Sleep(100 * time.Millisecond)
		}
	}
	state := func(n int) map[string]any {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]any](`(() => {
			const f = document.getElementById('f-`+strconv.Itoa(n)+`');
			const r = document.getElementById('rv-`+strconv.Itoa(n)+`');
			return {opacity: getComputedStyle(f).opacity, shown: f.offsetHeight > 0, review: r.innerText,
				count: document.getElementById('review-summary').innerText};
		})()`))
		require.NoError(t, err)
		return s
	}

	review(1, reviewDismissed, "台账已于六月更新")
	s := state(1)
	assert.Equal(t, true, s["shown"], "a dismissed finding stays on the page")
	assert.Equal(t, "0.55", s["opacity"], "greyed")
	assert.Contains(t, s["review"], "复核结论：误报")
	assert.Contains(t, s["review"], "复核员")
	assert.Contains(t, s["review"], "台账已于六月更新")
	assert.Contains(t, s["count"], "已复核 1 / "+strconv.Itoa(total)+" 项（属实 0 项，误报 1 项，待补充材料 0 项）")

	review(2, reviewConfirmed, "")
	s = state(2)
	assert.Equal(t, "1", s["opacity"])
	assert.Contains(t, s["review"], "复核结论：属实")
	assert.Contains(t, s["count"], "已复核 2 / ")

	review(1, reviewMore, "请补充六月台账原件")
	s = state(1)
	assert.Equal(t, "1", s["opacity"], "no longer dismissed")
	assert.Contains(t, s["review"], "复核结论：待补充材料")
	assert.Contains(t, s["review"], "复核记录（2 条）")
	assert.Contains(t, s["count"], "已复核 2 / "+strconv.Itoa(total)+" 项（属实 1 项，误报 0 项，待补充材料 1 项）")

	// Log out (the verdict page is the report under the bar: the link is
	// in the other pages' header), log in as the viewer.
	require.NoError(t, chromedp.Do(bctx,
		chromedp.Navigate(ts.ts.URL+"/cases"),
		chromedp.Click(chromedp.CSS("header.nav .who a")),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="password"]`)),
		chromedp.Navigate(ts.ts.URL+"/cases/"+id),
	))
	require.NoError(t, login(bctx, "查看员", "chakan-mima-1"))
	require.NoError(t, chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS("#review-summary"))))
	head, err = chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#review-summary")))
	require.NoError(t, err)
	assert.Contains(t, head, "查看员（查看），只能查看复核结果")
	assert.Contains(t, head, "已复核 2 / ")
	forms, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('form[action$="/review"]').length`))
	require.NoError(t, err)
	assert.Zero(t, forms, "no review form for a viewer")
	s = state(1)
	assert.Contains(t, s["review"], "复核结论：待补充材料")

	// The server refuses what the page does not offer (from the list,
	// whose policy lets the page send requests).
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/cases"), chromedp.WaitVisible(chromedp.CSS("table.cases"))))
	cr, err := ts.loadReviews(id)
	require.NoError(t, err)
	for _, req := range []struct{ method, path, body string }{
		{"POST", "/cases/" + id + "/review", "finding=" + cr.keys[0] + "&verdict=confirmed"},
		{"POST", "/api/cases/" + id + "/reviews", `{"finding":"` + cr.keys[0] + `","verdict":"confirmed"}`},
		{"POST", "/cases/" + id + "/delete", ""},
		{"DELETE", "/api/cases/" + id, ""},
	} {
		st, text, err := postFrom(bctx, req.method, req.path, req.body)
		require.NoError(t, err)
		assert.Equal(t, "403", st, "%s %s: %s", req.method, req.path, text)
		assert.Contains(t, text, "查看员（查看）无权进行此操作", "%s %s", req.method, req.path)
	}

	es, bad, err := audit.Read(filepath.Join(dir, fileAudit), audit.Filter{Case: id})
	require.NoError(t, err)
	assert.Zero(t, bad)
	var got []string
	for _, e := range es {
		got = append(got, e.User+" "+audit.ActionName(e.Action))
	}
	assert.Equal(t, []string{"复核员 上传案卷", "复核员 复核", "复核员 复核", "复核员 复核"}, got)
}

// TestE2ELoginPhone: the login page at 390 px fits the screen, its fields
// as wide as the form; the admin logs in, sees the name and role and the
// audit log link, and the audit log lists the login.
func TestE2ELoginPhone(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	dir := t.TempDir()
	withUsers(t, dir)
	ts := newTestServer(t, Config{DataDir: dir})
	bctx := browser(t, 2*time.Minute)
	require.NoError(t, chromedp.Do(bctx, viewport(390, 800), chromedp.Navigate(ts.ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="name"]`))))
	title, err := chromedp.Run(bctx, chromedp.Title())
	require.NoError(t, err)
	assert.Equal(t, "登录 · 整改核查", title)
	geo, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]bool](`(() => {
		const n = document.querySelector('input[name="name"]').getBoundingClientRect();
		const p = document.querySelector('input[name="password"]').getBoundingClientRect();
		const b = document.querySelector('form.login button').getBoundingClientRect();
		return {fits: `+noOverflow+`, inside: n.left >= 0 && n.right <= window.innerWidth && p.right <= window.innerWidth,
			wide: n.width > window.innerWidth / 2, button: b.bottom <= window.innerHeight};
	})()`))
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"fits": true, "inside": true, "wide": true, "button": true}, geo)

	require.NoError(t, login(bctx, "管理员", "guanli-mima-1"))
	require.NoError(t, chromedp.Do(bctx, chromedp.WaitVisible(chromedp.CSS("#files"))))
	who, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("header.nav .who")))
	require.NoError(t, err)
	assert.Contains(t, who, "管理员（管理）")
	fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
	require.NoError(t, err)
	assert.True(t, fits, "the upload page with the user's name fits 390 px")
	require.NoError(t, chromedp.Do(bctx, chromedp.Click(chromedp.CSS(`header.nav a[href="/audit"]`)), chromedp.WaitVisible(chromedp.CSS("table.audit"))))
	table, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("table.audit")))
	require.NoError(t, err)
	assert.Contains(t, table, "管理员")
	assert.Contains(t, table, "登录")
}
