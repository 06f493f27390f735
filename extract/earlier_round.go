package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/parse"
)

// earlierWords qualify a noun phrase as about an earlier round of
// inspection or audit (上轮巡察反馈的11个问题, 上一轮巡视移交的问题线索).
const earlierWords = "上轮|上一轮|前一轮|前轮|前次|上次|上一次|上届|上一届"

// earlierRound tells a figure whose own noun phrase — the clause up to it —
// is qualified as an earlier round's (对上轮巡察反馈的11个问题逐项“回头看”): it
// is not this round's count. A time frame reaching from then to now
// (上轮巡察以来共发现问题20个) is this round's.
func earlierRound(f figure) bool {
	at := -1
	for _, w := range wordList(earlierWords) {
		if i := strings.LastIndex(f.lead, w); i >= 0 && i+len(w) > at {
			at = i + len(w)
		}
	}
	return at >= 0 && !has(f.lead[at:], "以来|以后|之后|结束后")
}

// reThatTime names, after an earlier round's figure in its sentence, what
// that round handed over, by 当年 or 当时 (对2021年…反馈的12个问题开展“回头
// 看”，当年反馈的12个问题中已整改11个): that round's again — so too after the
// words that name the earlier round with no figure (我院上一轮接受巡视是在2021
// 年，当年省委巡视反馈的19个问题…).
var reThatTime = regexp.MustCompile(`(当年|当时|彼时)[^，。；;,]{0,8}(反馈|指出|移交|发现|交办)[^，。；;,]{0,8}$`)

// reEarlierYearsRound is an audit or inspection named by a year before the
// one reported on, told relative to it, the year right before the kind (上年
// 度审计指出的5个问题, 上年度市审计局审计指出的, 往年县委巡察反馈的): an earlier
// round's, in a report that has stated a total of its own round before —
// not the period an audit looked at (上年度预算执行审计发现问题8个: the audit
// of last year's budget, this round's).
var reEarlierYearsRound = regexp.MustCompile(`(上年度|上一年度|上年|以前年度|以往年度|往年|历年|前几年|前些年)的?([^，,。；;]{0,6}?(局|厅|署|县委|市委|省委|区委|党委|组))?(审计|巡察|巡视|督察)`)

// reDatedRound finds a round of inspection or audit named by its year in
// the words before a figure (2021年市委巡察反馈的9个问题, 2021年县委第四巡察组
// 反馈我镇的18个问题): the year, then the body, what it handed over and to
// whom.
var reDatedRound = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:度)?[^，。；,]{0,12}(?:巡察|巡视|审计|督察)[^，。；,]{0,8}(?:反馈|移交|指出|交办|发现)(?:给|我|本|该)?[^，。；,0-9]{0,10}的?$`)

// reDatedContainer is a round named by its year whose problems hold the
// count of the next clause (2021年县委巡察反馈的问题中，尚有2个…).
var reDatedContainer = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:度)?[^，。；,]{0,12}(?:巡察|巡视|审计|督察)[^，。；,]{0,8}(?:反馈|移交|指出|交办|发现)[^，。；,0-9]{0,10}的?问题中[，,][^，。；,0-9]{0,8}$`)

// reDatedSentence is a sentence that opens on a year, and a month or day at
// most, then tells how a round of inspection or audit was carried out on
// the unit (2021年6月，县委第一巡察组对局党组开展了巡察): the story of that
// round. Not a time frame reaching to now (2016年以来，…: no 以 before the
// round), nor a year that heads a round's figures in a report on several
// (2019年，省环保督察反馈12项问题，完成整改9项: each round's state now).
var reDatedSentence = regexp.MustCompile(`^\s*((?:19|20)[0-9]{2})年(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９]{1,2}日)?[，,]?[^。；;以]{0,20}对[^。；;]{1,20}(?:开展|进行)了?[^。；;]{0,6}(?:巡察|巡视|审计|督察)`)

// reOnce is 曾 (once, formerly) before the act of a dated round (2021年，县审计
// 局曾对我局…进行审计): the sentence tells of a past round as past, which a
// report says only of a round before the one it reports on — when it names
// a later round by its year (latestRoundYear), with no 本轮. 曾 is the
// adverb only right before a verb or preposition (曾对, 曾组织对, 曾派审计组
// 对); not the surname (组长曾志对…).
var reOnce = regexp.MustCompile(`曾经?(?:对|(?:于|先后|多次|组织|派|就|在|专门|委托)[^，。；;,]{0,12}对)`)

// reRoundSentence is a sentence that opens on a year and tells how a body
// that inspects or audits carried out a round: on the unit (2024年4月至6月，
// 县审计局对我局及所属学校…进行了专项审计), by staying with it (进驻) or by
// handing its problems or its report over (向我局反馈, 向我公司送达了…审计报告).
var reRoundSentence = regexp.MustCompile(`^\s*((?:19|20)[0-9]{2})年[^。；;以]{0,20}?(` + roundActors + `)[^。；;]{0,8}?(?:对[^照][^。；;]{0,47}(?:开展|进行)了?[^。；;]{0,6}(?:巡察|巡视|审计|督察)|进驻|向[^。；;]{1,20}(?:反馈|送达|出具)|反馈)`)

// roundActors are the bodies that carry out a round of inspection or audit
// (县审计局, 市委第二巡察组, 省委巡视组): the unit's own follow-up (我局对照…开展
// 整改回头看) is no round.
const roundActors = "审计局|审计厅|审计署|审计办|巡察组|巡视组|督察组|巡察办|巡视办|审计组"

// latestRoundYear is, by the kind of inspection (and "" for any kind), the
// latest year in which the document tells of a round
// of inspection or audit, in a sentence of its own that opens on that year
// and tells how the round was carried out (reRoundSentence: 2024年3月，县审计
// 局对我局开展经济责任审计) — the round it reports on, named by its year; -1
// when none. A date that only bounds the progress (截至2024年6月底，审计指出的
// 问题…) tells no round.
func latestRoundYear(doc *parse.Document) map[string]int {
	latest := map[string]int{"": -1}
	for _, p := range doc.Pages {
		for _, s := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == '。' || r == '\n' || r == '；' }) {
			m := reRoundSentence.FindStringSubmatch(s)
			if m == nil || reFollowUp.MatchString(s) {
				continue
			}
			if y, err := strconv.Atoi(m[1]); err == nil {
				for _, k := range []string{"", roundKind(m[2])} {
					if v, ok := latest[k]; !ok || y > v {
						latest[k] = y
					}
				}
			}
		}
	}
	return latest
}

// reFollowUp is a sentence about the follow-up of a round, not a round
// (反馈了整改督查意见, 开展了巡察整改情况专项督察, 整改回访).
var reFollowUp = regexp.MustCompile(`整改(督查|督察|督导|评估|验收)|督查|督导|回访|专项督察`)

// latestYear is the last year named in s (0 when none).
func latestYear(s string) int {
	ys := reYear.FindAllStringSubmatch(s, -1)
	if ys == nil {
		return 0
	}
	y, _ := strconv.Atoi(ys[len(ys)-1][1])
	return y
}

// reYear finds a year (2021年).
var reYear = regexp.MustCompile(`((?:19|20)[0-9]{2})年`)

// severalRounds name a round beside another (本轮, 上轮, 第二轮, 回头看), in
// Simplified and Traditional script: looked for as they stand, not through
// a regular expression over whole pages (which cost a third of Claims),
// and only when a figure needs to know (extractor.severalRounds).
var severalRounds = strings.Fields(`本轮 上轮 上一轮 前一轮 第二轮 第三轮 两轮 再次巡察 再次巡视 前次巡察 前次巡视 回头看
	本輪 上輪 上一輪 前一輪 第二輪 第三輪 兩輪 再次巡視 前次巡視 回頭看`)

// namesRounds tells a document that names more than one round of
// inspection (severalRounds).
func namesRounds(doc *parse.Document) bool {
	for _, p := range doc.Pages {
		if !strings.ContainsAny(p.Text, "轮輪看") {
			continue
		}
		for _, w := range severalRounds {
			if strings.Contains(p.Text, w) {
				return true
			}
		}
	}
	return false
}

// roundVerbs are the verbs by which a round hands its problems over;
// thisRoundWords name the round at hand.
const (
	roundVerbs     = "反馈|移交|指出|交办|发现|查出"
	thisRoundWords = "本轮|本次|此次|这次|今年|本年"
)

// newRoundSet tells a figure that opens a set of its own after an earlier
// round's, in one sentence (…上轮的问题已全部整改，本轮巡察反馈问题24个): named
// as this round's, or counted by a verb that hands problems over.
func newRoundSet(f figure) bool {
	return has(f.lead, thisRoundWords) || has(f.pre, roundVerbs)
}

// earlierYear tells a figure qualified as a round two years or more before
// the document's own date (YYYY-MM-DD; "" when it states none): a report
// of 2024 telling of the 9 problems 2021's inspection handed over.
func earlierYear(f figure, date string, rounds func() bool, laterRound func(year int, kind string) bool) bool {
	if !strings.Contains(f.sentenceBefore(), "年") {
		return false
	}
	m := reDatedRound.FindStringSubmatch(f.lead)
	if m == nil && strings.Contains(f.sentenceBefore(), "中") {
		// 2021年县委巡察反馈的问题中，尚有2个未整改到位: the dated round's
		// problems as the container of the count's clause.
		m = reDatedContainer.FindStringSubmatch(f.sentenceBefore())
	}
	if m == nil && has(f.pre, roundVerbs) && !has(f.lead, thisRoundWords) && reDatedSentence.MatchString(f.sentenceBefore()) &&
		(rounds() || reOnce.MatchString(f.sentenceBefore()) && laterRound(latestYear(f.sentenceBefore()), "")) {
		// 2021年6月，县委第一巡察组对局党组开展了巡察，反馈问题15个, in a
		// report that tells of this round too: the sentence opens on the
		// year of the round whose figure it gives — the latest year it
		// names before the figure (2021年11月至12月…，2022年2月反馈…: 2022).
		ys := reYear.FindAllStringSubmatch(f.sentenceBefore(), -1)
		m = ys[len(ys)-1]
	}
	if m == nil && has(f.clause, leftoverWords) && strings.Contains(string(f.sent[min(f.unitEnd, len(f.sent)):]), "一并") {
		// 2022年度经济责任审计尚未整改到位的3个问题，本次已一并整改完成:
		// a dated round named with no verb, its leftovers taken up too.
		m = reDatedLeftover.FindStringSubmatch(f.lead)
	}
	if m == nil {
		return false
	}
	// Two years or more: a report of January tells of the feedback of the
	// November before as this round's. One year will do when the document
	// tells of a round of the same kind carried out in a later year (2025年3
	// 月20日，市委第二巡察组向学校党委反馈了…意见。2024年市委第五巡察组反馈的12
	// 个问题…: cases-bd 09) — not when the year is the period an audit
	// looked at (2024年度财务收支审计指出问题9个: this round's).
	y, _ := strconv.Atoi(m[1])
	kind := roundKind(m[0])
	period := kind == "审计" && strings.HasPrefix(m[0][len(m[1]):], "年度") // the year an audit looked at
	if (!period || len(date) < 4 || y <= yearOf(date)-2 || laterRound(y, kind)) && has(f.clause, leftoverWords) && (len(date) < 4 || y < yearOf(date)) &&
		has(string(f.sent[min(f.unitEnd, len(f.sent)):]), "^[^。；;]*(本轮|此轮|本次|此次|这次)[^。；;]*一并") {
		// 2022年县委巡察反馈尚未整改到位的2个问题，本轮一并完成整改: the
		// dated round's leftovers, taken up with this round's, are not its
		// (a round of the report's own year taken up 一并 is its own).
		return true
	}
	if len(date) < 4 {
		// Undated (a news item, a notice's excerpt): the rounds it tells of
		// date it.
		return !period && laterRound(y, kind)
	}
	ry := yearOf(date)
	return ry > 0 && (y <= ry-2 || y < ry && !period && laterRound(y, kind))
}

// reDatedLeftover is a round named by its year right before its leftovers
// (2022年度经济责任审计尚未整改到位的).
var reDatedLeftover = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:度)?[^，。；,]{0,12}(?:巡察|巡视|审计|督察)(?:` + leftoverWords + `)`)

// leftoverWords name problems an earlier round left open (尚未整改到位的,
// 遗留的).
const leftoverWords = "尚未整改|未整改|未完成|尚未完成|遗留|未销号|没有整改"

// yearOf is the year of a date YYYY-MM-DD, 0 when it has none or it
// cannot be read.
func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

// roundKind is the kind of inspection s first names (巡察, 巡视, 审计,
// 督察), "" when none.
func roundKind(s string) string {
	best, at := "", len(s)
	for _, k := range []string{"巡察", "巡视", "审计", "督察"} {
		if i := strings.Index(s, k); i >= 0 && i < at {
			best, at = k, i
		}
	}
	return best
}

// earlierNamedBefore tells a figure whose sentence, before it, names an
// earlier round as such (我院上一轮接受巡视是在2021年，…) — not as the ground
// or the start of this one (在上轮巡察基础上对我局开展了巡察; 上轮巡察以来).
func earlierNamedBefore(f figure) bool {
	b := f.sentenceBefore()
	for _, w := range wordList(earlierWords) {
		for off := 0; ; {
			i := strings.Index(b[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			rest := b[off:]
			if j := strings.IndexAny(rest, "，,；;。"); j >= 0 {
				rest = rest[:j]
			}
			if !has(rest, "基础上|以来|以后|之后|结束后") {
				return true
			}
		}
	}
	return false
}
