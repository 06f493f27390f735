package verify

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// manyClaims is a checked report of n short paragraphs, each a claim that
// a finding cites: the shape of a report whose HTML rendering once
// converted the whole page to code points for every claim.
func manyClaims(t testing.TB, n int) *Result {
	var b strings.Builder
	b.WriteString("关于巡察整改情况的报告\n")
	for i := range n {
		fmt.Fprintf(&b, "第%d项，已整改问题%d个。\n", i+1, i%9+1)
	}
	doc, err := parse.Parse(context.Background(), "report.txt", []byte(b.String()), parse.Options{})
	require.NoError(t, err)
	claims := extract.Claims(doc)
	require.GreaterOrEqual(t, len(claims), n)
	r := &Result{Report: doc, Claims: claims}
	for i, c := range claims {
		if i%2 == 0 {
			r.Findings = append(r.Findings, Finding{Rule: RuleProblemsDone, Severity: High, Message: "测试", Claim: claimPtr(c), Evidence: []Evidence{claimEvidence(c)}})
		}
	}
	return r
}

// renderCost is the shortest time of five renderings of r as HTML, and the
// bytes one rendering allocates (a measure of its work that a loaded
// machine does not blur: the quadratic renderer converted the page to code
// points for every claim).
func renderCost(t testing.TB, r *Result) (time.Duration, uint64) {
	best := time.Duration(1 << 62)
	var alloc uint64
	for range 5 {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		require.NoError(t, r.WriteHTML(io.Discard))
		best = min(best, time.Since(start))
		runtime.ReadMemStats(&after)
		alloc = after.TotalAlloc - before.TotalAlloc
	}
	return best, alloc
}

// TestHTMLRenderLinear: rendering four times the paragraphs and claims
// costs about four times as much, not sixteen: in bytes allocated (bound
// 6), and in time (bound 12, generous for a loaded machine).
func TestHTMLRenderLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders large reports")
	}
	small, large := manyClaims(t, 1500), manyClaims(t, 6000)
	ts, as := renderCost(t, small)
	tl, al := renderCost(t, large)
	t.Logf("1,500 paragraphs: %v, %d KB; 6,000: %v, %d KB (time ×%.1f, bytes ×%.1f)", ts, as>>10, tl, al>>10, float64(tl)/float64(ts), float64(al)/float64(as))
	require.Less(t, float64(al)/float64(as), 6.0, "rendering allocates faster than the text grows")
	require.Less(t, float64(tl)/float64(ts), 12.0, "rendering takes longer faster than the text grows")
}

func BenchmarkWriteHTMLManyClaims(b *testing.B) {
	r := manyClaims(b, 3000)
	b.ResetTimer()
	for range b.N {
		if err := r.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDocText: slicing through the code-point index gives what
// Document.Slice gives, in range and out of it.
func TestDocText(t *testing.T) {
	doc := &parse.Document{Pages: []parse.Page{{Number: 1, Text: "整改问题12个\n已完成"}, {Number: 2, Text: "abc"}}}
	text := newDocText(doc)
	for _, p := range []parse.Pos{
		{Page: 1, Start: 0, End: 2}, {Page: 1, Start: 4, End: 6}, {Page: 1, Start: 6, End: 11}, {Page: 1, Start: 3, End: 3},
		{Page: 2, Start: 1, End: 3}, {Page: 1, Start: 6, End: 12}, {Page: 1, Start: 5, End: 4}, {Page: 1, Start: -1, End: 2},
		{Page: 0, Start: 0, End: 1}, {Page: 3, Start: 0, End: 1},
	} {
		require.Equal(t, doc.Slice(p), text.slice(p), "%+v", p)
		require.Equal(t, doc.Slice(p) != "", text.valid(p), "%+v", p)
	}
	require.Empty(t, newDocText(nil).slice(parse.Pos{Page: 1, End: 1}))
}

// TestWriteHTMLContext: a rendering whose context is done stops, writes
// nothing, and says why in Chinese.
func TestWriteHTMLContext(t *testing.T) {
	r := manyClaims(t, 20)
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	var b strings.Builder
	err := r.WriteHTMLContext(ctx, &b)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Equal(t, "生成核查报告页面超时，已中止", err.Error())
	require.Empty(t, b.String())

	require.NoError(t, r.WriteHTMLContext(context.Background(), &b))
	require.Contains(t, b.String(), "已整改问题")
}

// TestRenderReusesTheRulesText: the code points the rules converted the
// report to are handed to the renderers, not converted again.
func TestRenderReusesTheRulesText(t *testing.T) {
	res, err := Check(context.Background(), mustLoad(t, "../testdata/corpus/cases/01-dongchuan-nonglin"), Options{AsOf: "2021-01-01"})
	require.NoError(t, err)
	ruled := res.render.text
	require.NotNil(t, ruled, "Check hands over the rules' text")
	require.Same(t, res.Report, ruled.doc)
	var b strings.Builder
	require.NoError(t, res.WriteHTML(&b))
	assert.Same(t, ruled, res.reportText())
}
