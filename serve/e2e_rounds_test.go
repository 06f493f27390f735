package serve

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestE2ERoundPage: a round of four generated cases uploaded as one .zip;
// its page at 1280 and 390 px: in Chinese, a row per unit with its verdict
// and five checkpoints, the two charts drawn (two bars per unit, a bar per
// rule) and as wide as the screen allows, the Excel export offered,
// nothing wider than the screen; the list of rounds links to it.
func TestE2ERoundPage(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	bctx := browser(t, 4*time.Minute)
	files, _ := generatedRound(t, 4)
	const round = "2026年第二轮巡察"
	resp, b := ts.uploadRound(t, zipOf(t, "", files), map[string]string{"round": round})
	require.Equal(t, http.StatusAccepted, resp.StatusCode, string(b))
	ans := decode[roundAnswer](t, b)
	v := ts.waitRound(t, round)

	for _, w := range deskWidths {
		require.NoError(t, chromedp.Do(bctx, viewport(w, 900)))
		require.NoError(t, chromedp.Do(bctx, chromedp.Navigate(ts.ts.URL+"/rounds"), chromedp.WaitVisible(chromedp.CSS("table.rounds"))))
		link, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("table.rounds a")))
		require.NoError(t, err)
		assert.Equal(t, round, link, w)
		fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](noOverflow))
		require.NoError(t, err)
		assert.True(t, fits, "/rounds fits %d px", w)

		require.NoError(t, chromedp.Do(bctx, chromedp.Click(chromedp.CSS("table.rounds a")), chromedp.WaitVisible(chromedp.CSS("table.round"))))
		title, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("h1")))
		require.NoError(t, err)
		assert.Equal(t, round, title, w)
		state, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]any](`(() => {
			const svgs = [...document.querySelectorAll('.charts svg')];
			const main = document.querySelector('main').getBoundingClientRect();
			return {
				rows: document.querySelectorAll('table.round tbody tr').length,
				verdicts: document.querySelectorAll('table.round tbody .vbadge').length,
				checkpoints: document.querySelectorAll('table.round tbody td.cp').length,
				charts: svgs.length,
				completionBars: svgs[0].querySelectorAll('rect.chart-bar').length,
				ruleBars: svgs[1] ? svgs[1].querySelectorAll('rect.chart-bar').length : 0,
				chartsShown: svgs.every(s => { const r = s.getBoundingClientRect(); return r.width > 200 && r.height > 50 && r.right <= main.right + 1; }),
				excel: document.querySelector('a[href$="/round.xlsx"]').textContent,
				fits: `+noOverflow+`,
			};
		})()`))
		require.NoError(t, err)
		assert.Equal(t, map[string]any{"rows": 4.0, "verdicts": 4.0, "checkpoints": 20.0, "charts": 2.0, "completionBars": 8.0,
			"ruleBars": float64(len(v.ByRule)), "chartsShown": true, "excel": "导出本轮汇总（Excel）", "fits": true}, state, "%d px", w)
		text, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("table.round thead")))
		require.NoError(t, err)
		if w > 600 {
			for _, h := range []string{"被巡视（察）单位", "结论", "报告称完成率", "台账完成率", "实质进展关"} {
				assert.Contains(t, text, h, w)
			}
		}
	}
	assert.Len(t, ans.Cases, 4)
}

// TestE2EUnitPage: a unit's page at 1280 and 390 px: both rounds, the
// verdict of each, the problems carried over into the second, nothing
// wider than the screen.
func TestE2EUnitPage(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test in headless Chromium (slow)")
	}
	ts := newTestServer(t, Config{})
	bctx := browser(t, 3*time.Minute)
	man, _ := uploadHistory(t, ts, 5)
	planted := 0
	for _, p := range man.Problems {
		if p.Class == "recurrence" {
			planted++
		}
	}
	for _, w := range deskWidths {
		require.NoError(t, chromedp.Do(bctx, viewport(w, 900), chromedp.Navigate(ts.ts.URL+unitURL(man.Unit2)), chromedp.WaitVisible(chromedp.CSS("section.unit-round"))))
		state, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]any](`(() => ({
			rounds: document.querySelectorAll('section.unit-round').length,
			verdicts: document.querySelectorAll('section.unit-round .vbadge').length,
			carried: document.querySelectorAll('section.unit-round:last-of-type .carried li').length,
			heading: document.querySelector('section.unit-round:last-of-type h3').textContent,
			fits: `+noOverflow+`,
		}))()`))
		require.NoError(t, err)
		assert.Equal(t, map[string]any{"rounds": 2.0, "verdicts": 2.0, "carried": float64(planted),
			"heading": fmt.Sprintf("前次称已整改、本轮又被指出的问题（%d 个）", planted), "fits": true}, state, "%d px", w)
	}
}
