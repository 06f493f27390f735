package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/parse"
)

var (
	// reFeedback is the act of feeding back: 反馈 with its object, near
	// (反馈了巡察意见) or further in its clause (反馈了2023年度预算执行…审计
	// 发现的问题; not 反馈的问题, what was fed back), or an audit's report
	// or decision issued or served (出具了《…审计报告》, 送达审计决定书), as an
	// audit feeds its findings back.
	reFeedback = regexp.MustCompile(`反馈了?(?:巡视|巡察|审计)?(?:意见|问题|情况)|(?:巡视|巡察|审计)(?:组|意见)?反馈(?:意见|会)|` +
		`反馈了?[^的，,。；;：:][^，,。；;：:]{0,40}?(?:意见|问题)|` +
		`(?:出具|送达|下发|印发)了?[^，,。；;：:]{0,50}?(?:审计报告|审计决定书?|审计意见书?|巡察报告|巡视报告)`)
	reMonthDay   = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日`)
	reYearInText = regexp.MustCompile(`((?:19|20)\d{2})年`)
)

// FeedbackDate finds the date a report says the inspection's feedback was
// given (于2020年7月15日反馈了巡察意见; 5月20日反馈了巡察意见, the year taken from
// earlier in the sentence). It is used when a case does not state its
// feedback date.
func FeedbackDate(doc *parse.Document) (time.Time, bool) {
	for _, p := range doc.Paragraphs {
		if p.Table != 0 {
			continue
		}
		text := Simplify(p.Text)
		for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' }) {
			loc := reFeedback.FindStringIndex(s)
			if loc == nil {
				continue
			}
			before := s[:loc[0]]
			// The last date before 反馈: a whole one (parse.FindDates, in
			// any of its forms), or a month and day after it, whose year is
			// the last one named before it.
			dates := parse.FindDates(before)
			ms := reMonthDay.FindAllStringSubmatchIndex(before, -1)
			if len(dates) > 0 && (len(ms) == 0 || ms[len(ms)-1][0] < dates[len(dates)-1].End) {
				return dates[len(dates)-1].Date, true
			}
			if len(ms) == 0 {
				continue
			}
			m := ms[len(ms)-1]
			ys := reYearInText.FindAllStringSubmatch(before[:m[0]], -1)
			if len(ys) == 0 {
				continue
			}
			y, _ := strconv.Atoi(ys[len(ys)-1][1])
			mo, _ := strconv.Atoi(before[m[2]:m[3]])
			d, _ := strconv.Atoi(before[m[4]:m[5]])
			t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			if t.Month() == time.Month(mo) && t.Day() == d {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
