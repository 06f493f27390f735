package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/parse"
)

var (
	// reFeedback is the act of feeding back: 反馈 with its object
	// (反馈了巡察意见, 巡察组反馈会).
	reFeedback = regexp.MustCompile(`反馈了?(?:巡视|巡察|审计)?(?:意见|问题|情况)|(?:巡视|巡察|审计)(?:组|意见)?反馈(?:意见|会)`)
	// reFeedbackBy is the act told of an inspecting body named in its
	// clause: 反馈 with its object further on (县审计局向我局反馈了2023年度
	// …审计发现的问题; not 反馈的问题, what was fed back), or an audit's
	// report or decision issued or served (县审计局出具了《…审计报告》), as an
	// audit feeds its findings back. The unit's own 反馈 (及时反馈整改中遇到
	// 的问题) and its own documents (印发《…审计报告反映问题的整改方案》) are
	// not.
	reFeedbackBy = regexp.MustCompile(`反馈了?[^的，,。；;：:][^，,。；;：:]{0,40}?(?:意见|问题)|` +
		`(?:出具|送达|下发|印发)了?[^，,。；;：:]{0,50}?(?:审计报告|审计决定书?|审计意见书?|巡察报告|巡视报告)`)
	// reInspectingBody names a body that inspects or audits (县审计局, 县委
	// 第二巡察组, 省委巡视办).
	reInspectingBody = regexp.MustCompile(`(?:巡视|巡察|审计|督察|督导)(?:组|局|厅|署|办|机关|室|处|中心|委员会)`)
	reMonthDay       = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日`)
	reYearInText     = regexp.MustCompile(`((?:19|20)\d{2})年`)
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
				loc = feedbackBy(s)
			}
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

// feedbackBy returns where an inspecting body's feeding back is told in the
// sentence s (reFeedbackBy, with the body named in the clause before the act
// or the inspection named as its object, and the unit not its subject), or nil.
func feedbackBy(s string) []int {
	for _, loc := range reFeedbackBy.FindAllStringIndex(s, -1) {
		clause := s[:loc[0]]
		if i := strings.LastIndexAny(clause, "，,；;：:"); i >= 0 {
			clause = clause[i:]
		}
		act := s[loc[0]:loc[1]]
		if (inspectingSubject(clause) || reActNamesInspection.MatchString(act)) && !reOwnSubject.MatchString(clause) {
			return loc
		}
	}
	return nil
}

// reActNamesInspection opens an act whose object names the inspection
// (反馈审计发现问题9个, 印发审计报告): the inspecting body's, its subject left
// out.
var reActNamesInspection = regexp.MustCompile(`^(?:反馈|出具|送达|下发|印发)了?(?:审计|巡察|巡视)`)

// reOwnSubject finds the unit itself in a clause other than as the one
// fed back to or audited (我局即时反馈…; not 县审计局向我局送达…, 在我局开展
// 专项审计后出具…, 进驻我局…).
var reOwnSubject = regexp.MustCompile(`(?:^|[^向对给为在就驻与到])我`)

// inspectingSubject tells a clause that names an inspecting body other than
// as the object of 向 (县审计局出具了…; not 局党组向县委巡察办反馈…, the
// unit's own report to it).
func inspectingSubject(clause string) bool {
	for _, loc := range reInspectingBody.FindAllStringIndex(clause, -1) {
		head := clause[:loc[0]]
		if k := strings.LastIndex(head, "向"); k >= 0 && !strings.ContainsAny(head[k:], "，,") {
			continue // 向县委巡察办…: the body is the object
		}
		return true
	}
	return false
}
