package serve

import (
	"fmt"

	"github.com/zhenggai/zhenggai/verify"
)

// The round page's charts are SVG drawn on the server (template "chart"):
// horizontal bars under their labels, so that they stay legible when the
// drawing is scaled down to a phone's width.

// chart is a bar chart: rows of bars, each row under its label.
type chart struct {
	Title  string
	Width  float64
	Height float64
	Legend []chartBar
	Rows   []chartRow
}

// chartRow is a label and its bars.
type chartRow struct {
	Y     float64 // the label's baseline
	Label string
	Bars  []chartBar
}

// chartBar is a bar: its top, its width, its colour, and the value written
// after it (at TextX).
type chartBar struct {
	X, Y, W, TextX float64
	Fill, Text     string
}

const (
	chartWidth = 400.0
	barSpan    = 240.0 // the width of a full bar
	barHeight  = 10.0
)

// The colours of the charts' bars: the report's claims and the ledger; the
// severities.
var (
	fillClaimed  = "#1849a9"
	fillLedger   = "#12b76a"
	severityFill = map[verify.Severity]string{verify.High: "#b42318", verify.Medium: "#b54708", verify.Low: "#175cd3"}
)

// bar is a bar of length frac (0–1) of the span, with its text.
func bar(y, frac float64, fill, text string) chartBar {
	w := max(0, min(1, frac)) * barSpan
	return chartBar{Y: y, W: w, TextX: w + 4, Fill: fill, Text: text}
}

// completionChart: for each unit, the completion its report claims above
// the one its ledger shows.
func completionChart(rows []roundRow) chart {
	c := chart{Title: "各单位报告称完成率与台账完成率对比", Width: chartWidth,
		Legend: []chartBar{{Y: 4, W: 12, TextX: 16, Fill: fillClaimed, Text: "报告称完成率"}, {X: 120, Y: 4, W: 12, TextX: 136, Fill: fillLedger, Text: "台账完成率"}}}
	y := 28.0
	for _, r := range rows {
		row := chartRow{Y: y + 12, Label: r.Unit}
		if row.Label == "" {
			row.Label = "（未填单位）"
		}
		for i, v := range []completion{r.Claimed, r.Ledger} {
			fill, what := fillClaimed, "报告称 "
			if i == 1 {
				fill, what = fillLedger, "台账 "
			}
			text := what + v.Percent()
			if v.Known {
				text += "（" + v.Text() + "）"
			} else if r.Status != StatusDone {
				text = what + statusName(r.Status)
			} else {
				text = what + "未读到"
			}
			row.Bars = append(row.Bars, bar(y+18+float64(i)*13, v.Rate(), fill, text))
		}
		c.Rows = append(c.Rows, row)
		y += 50
	}
	c.Height = y
	return c
}

// rulesChart: the round's findings by rule, most first.
func rulesChart(rules []ruleCount) chart {
	c := chart{Title: "本轮发现的问题类型分布", Width: chartWidth}
	most := 1
	for _, r := range rules {
		most = max(most, r.Count)
	}
	y := 4.0
	for _, r := range rules {
		c.Rows = append(c.Rows, chartRow{Y: y + 12, Label: r.Name + "（" + r.Severity.Name() + "）",
			Bars: []chartBar{bar(y+18, float64(r.Count)/float64(most), severityFill[r.Severity], fmt.Sprint(r.Count))}})
		y += 36
	}
	c.Height = y
	return c
}
