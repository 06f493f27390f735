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
// a finding verb, or the set owed (应清理的), listed (列管), or judged (鉴定为)
// — not 查处, a regulator's enforcement (查处违法建设行为126处).
var reTallySet = regexp.MustCompile(`(排查出|清理出|清查出|查出|发现|摸排出|梳理出|自查出|列管|应清理|应清退|应整改|应腾退|鉴定为|共有|累计排查|共排查|排查)[^，,；;。]*$`)

// reTallyDone opens the words before a done count: 已 or a sum word, then,
// a few characters after at most (已履行完免职手续的共), a verb that puts a
// thing right, removes or returns it; reTallyNotDone keeps out an order or a
// plan in those characters (已责令限期拆除).
var reTallyDone = regexp.MustCompile(`(已|已经|实际|共|累计)[^，,；;。0-9]{0,8}?(` + tallyVerbs + `|完善|补办)[^，,；;。0-9]{0,6}$`)

// reTallyDoneToo opens a further done count of a tally's list, whose 已 the
// first gave: its verb first (完善用地手续21宗, 补办手续7处).
var reTallyDoneToo = regexp.MustCompile(`^(` + tallyVerbs + `|完善|补办)[^，,；;。0-9]{0,8}$`)

// reTallyNotDone is a count's words that say it is not done yet (尚未拆除,
// 待处置, 正在处置, 责令限期拆除): the rest, under way.
var reTallyNotDone = regexp.MustCompile(`未|待|正在|尚在|仍在|责令|要求|限期|计划|拟`)

// tallyVerbs put a thing found wrong right: rectify it, clear it out, pull
// it down, take it back, dispose of it, put it to use (not 完成, which
// completes anything: 已完成安全鉴定80栋).
const tallyVerbs = "整改|整治|清理|清退|拆除|处置|收回|取缔|腾退|调整|纠正|撤销|辞去|免去|辞职|免职|活化|销号|办结|退出"

// reTallyMark names a thing as found wrong: by its breach, its danger, its
// idleness.
var reTallyMark = regexp.MustCompile(breachNounWords + `|违法|违章|违建|两违|隐患|危房|闲置|超标|超编|兼职|不合格|低效`)

// tallyChains reads the counts of a sentence as a campaign's tally: a count
// of a thing (measure word tallyUnit), after words that found or listed it
// and name it as found wrong, followed by a done count in the same measure
// word, no larger; then the rest and a rate. cs are the claims of the
// sentence, figOf the index in figs of each one's figure. ownBefore tells
// that the paragraph counted the unit's own problems before: a tally there
// would be read as their parts or their rate's (截至目前，反馈的23个问题已整改
// 21个。全县共清理出违规兼职45人次，已辞去兼职41人次。整改完成率91.3%), so none
// is read.
func tallyChains(cs []Claim, figs []figure, figOf []int, ownBefore bool) {
	if ownBefore {
		return
	}
	for t := range cs {
		ft := figs[figOf[t]]
		set := cs[t].Kind == KindOther || cs[t].Kind == KindProblems && cs[t].Subtype == SubtypeTotal // (a breach found)
		if !set || !tallyUnit(ft.unit) || !reTallySet.MatchString(ft.pre) || !reTallyMark.MatchString(ft.pre+nounPhrase(ft)) {
			continue
		}
		d := -1
		for k := t + 1; k < len(cs); k++ {
			fk := figs[figOf[k]]
			if fk.unit == ft.unit && cs[k].Value <= cs[t].Value && reTallyDone.MatchString(fk.lead) && !reTallyNotDone.MatchString(fk.lead) {
				d = k
				break
			}
			if fk.unit == ft.unit || fk.unit == "%" || cs[k].Kind == KindProblems {
				break
			}
		}
		if d < 0 {
			continue
		}
		// The readings, by claim, applied only if the counts stay
		// within the set.
		read := map[int]Subtype{t: SubtypeTotal, d: SubtypeDone}
		done, rest := cs[d].Value, 0.0
		for k := d + 1; k < len(cs); k++ {
			fk := figs[figOf[k]]
			switch {
			case fk.unit == "%":
				if strings.Contains(fk.pre, "率") && !has(fk.pre, "面积|金额|资金") {
					read[k] = SubtypeRate // not 拆除面积完成率: a share of something else
				}
			case fk.unit != ft.unit:
			case fk.pre != "" && afterRestLead(fk.pre) || reTallyNotDone.MatchString(fk.lead):
				read[k] = SubtypeInProgress
				rest += cs[k].Value
			case reTallyDone.MatchString(fk.lead) || reTallyDoneToo.MatchString(fk.lead):
				// 已拆除或没收处置198宗，完善用地手续21宗: the done ones
				// listed, the first's 已 serving the rest.
				read[k] = SubtypeDone
				done += cs[k].Value
			}
		}
		if done+rest > cs[t].Value {
			continue // counts past the set are of another (今年累计调整办公用房60间)
		}
		for k, sub := range read {
			cs[k].Kind, cs[k].Subtype = KindProblems, sub
		}
	}
}

// tallyUnit tells a measure word a campaign counts things in: places, cases,
// pieces, vehicles, rooms, buildings, people-times of side jobs — not the
// items (个, 项) the main reading counts problems in.
func tallyUnit(u string) bool {
	switch u {
	case "处", "宗", "件", "辆", "间", "栋", "人次":
		return true
	}
	return false
}
