package extract

import (
	"regexp"
	"strings"
)

// A campaign's tally (专项治理, 专项整治): the things it found wrong — slush
// funds, cars over the standard, side jobs, illegal buildings, idle rooms —
// counted in their own measure word, then how many of them were put right
// and how many are left, in that measure word again (全县应清理的超编超标公务
// 用车共126辆，已清理123辆，清理率97.6%，尚有3辆待履行报废手续). Whatever the
// noun, a found set followed by its done count in the same measure word is a
// rectification's progress: the set is the problems' total, the done count
// done, the rest under way, the rate theirs.

// reTallySet ends the words before a set's count that found or listed it:
// a finding verb, or the set owed (应清理的), listed (列管), or judged (鉴定为).
var reTallySet = regexp.MustCompile(`(排查出|清理出|清查出|查出|查处|发现|摸排出|梳理出|自查出|列管|应清理|应清退|应整改|应腾退|鉴定为|共有|累计排查|共排查|排查)[^，,；;。]*$`)

// reTallyDone opens the words before a done count: 已 or a sum word, then a
// verb that puts a thing right, removes or returns it.
var reTallyDone = regexp.MustCompile(`(已|已经|实际|共|累计|完成)[^，,；;。0-9]{0,8}?(` + tallyVerbs + `)[^，,；;。0-9]{0,6}$`)

// reTallyDoneToo opens a further done count of a tally's list, whose 已 the
// first gave (完善用地手续21宗, 补办手续7处).
var reTallyDoneToo = regexp.MustCompile(`^[^，,；;。0-9]{0,2}?(` + tallyVerbs + `|完善|补办)[^，,；;。0-9]{0,8}$`)

// tallyVerbs put a thing found wrong right: rectify it, clear it out, pull
// it down, take it back, dispose of it, put it to use.
const tallyVerbs = "整改|整治|清理|清退|拆除|处置|收回|取缔|腾退|调整|纠正|撤销|辞去|免去|辞职|免职|活化|销号|办结|完成"

// reTallyMark names a thing as found wrong: by its breach, its danger, its
// idleness, or as a problem.
var reTallyMark = regexp.MustCompile(breachNounWords + `|违法|违章|违建|两违|问题|隐患|危房|闲置|超标|超编|兼职|不合格|低效`)

// tallyChains reads the counts of a sentence as a campaign's tally: a count
// of kind other in a measure word of things, after words that found or
// listed it and name it as found wrong, followed by a done count in the same
// measure word, no larger; then the rest and a rate. cs are the claims of
// the sentence, figOf the index in figs of each one's figure.
func tallyChains(cs []Claim, figs []figure, figOf []int) {
	for t := range cs {
		ft := figs[figOf[t]]
		if cs[t].Kind != KindOther || !tallyUnit(ft.unit) || !reTallySet.MatchString(ft.pre) ||
			!reTallyMark.MatchString(ft.pre+tallyNoun(ft.post)) {
			continue
		}
		d := -1
		for k := t + 1; k < len(cs); k++ {
			fk := figs[figOf[k]]
			if fk.unit == ft.unit && cs[k].Value <= cs[t].Value && reTallyDone.MatchString(fk.lead) {
				d = k
				break
			}
			if fk.unit == ft.unit || fk.unit == "%" {
				break
			}
		}
		if d < 0 {
			continue
		}
		cs[t].Kind, cs[t].Subtype = KindProblems, SubtypeTotal
		cs[d].Kind, cs[d].Subtype = KindProblems, SubtypeDone
		for k := d + 1; k < len(cs); k++ {
			fk := figs[figOf[k]]
			switch {
			case fk.unit == "%" && strings.Contains(fk.pre, "率"):
				cs[k].Kind, cs[k].Subtype = KindProblems, SubtypeRate
			case fk.unit == ft.unit && has(fk.pre, "^("+remainderWords+"|仍有)"):
				cs[k].Kind, cs[k].Subtype = KindProblems, SubtypeInProgress
			case fk.unit == ft.unit && (reTallyDone.MatchString(fk.lead) || reTallyDoneToo.MatchString(fk.lead)):
				// 已拆除或没收处置198宗，完善用地手续21宗: the done ones
				// listed, the first's 已 serving the rest.
				cs[k].Kind, cs[k].Subtype = KindProblems, SubtypeDone
			}
		}
	}
}

// tallyUnit tells a measure word a campaign counts things in: pieces,
// places, vehicles, rooms, buildings, people-times of side jobs.
func tallyUnit(u string) bool {
	switch u {
	case "个", "处", "宗", "辆", "间", "栋", "人次", "件", "项":
		return true
	}
	return false
}

// tallyNoun is the noun right after a count's measure word, up to a break.
func tallyNoun(post string) string {
	if i := strings.IndexAny(post, "，,；;。、"); i >= 0 {
		return post[:i]
	}
	return post
}
