package extract

import "strings"

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
