package extract

import "strings"

// allWords say that a status holds for every one of the things counted
// (8个问题已全部完成整改, 反馈问题8个均已整改到位).
const allWords = "全部|均|全都|都已|悉数|一律"

// allDone tells a problems figure whose words after it say that all of
// them are done (反馈的8个问题已全部完成整改; 反馈问题8个，已全部完成整改;
// 8个问题均已完成整改): the figure is both the total and the count of done
// problems, unless its own words before it already said done. It returns
// the subtype of the second claim the figure makes: done for a total, total
// for a done count. The words looked at are the ones right after the
// measure word, or the next clause when it starts with its predicate (已,
// 均, 全部) and holds no figure; not the next figure's words, not a part
// (其中), not a plan (力争全部完成) nor a pledge over the count (确保14个问题
// 全部整改到位). The things counted are problems (个、项、
// 条 of 问题; a count of 信访件 全部办结 is left as it is read) and the verb
// one of rectification (整改、完成、销号; 已全部交办到位 is not), in the same
// stretch as the word that says all.
func allDone(f figure, c Claim) (Subtype, bool) {
	if c.Kind == KindClues {
		return allHandled(f, c)
	}
	if c.Kind != KindProblems || !c.IsOwn() || f.toNext || f.afterQiz || !strings.Contains(c.Object, "问题") ||
		c.Unit != "个" && c.Unit != "项" && c.Unit != "条" {
		return "", false
	}
	if pledged(f.lead) && !strings.HasSuffix(f.pre, "的") {
		// 确保14个问题全部整改到位: a pledge; a plan before 的 only names
		// the problems (计划于6月底完成的30个问题已按期全部完成).
		return "", false
	}
	tail := f.tail()
	if !saysAllDone(f.post) && !(has(tail, "^(已|均|全部|现已|目前已)") && saysAllDone(tail)) {
		return "", false
	}
	switch c.Subtype {
	case SubtypeTotal:
		return SubtypeDone, true
	case SubtypeDone:
		// 已完成整改8个问题，全部销号 counts the done ones only.
		if _, said := statusIn(f.pre); !said {
			return SubtypeTotal, true
		}
	}
	return "", false
}

// saysAllDone tells words that say all of the things are rectified
// (已全部完成整改, 均已整改到位, 全部销号).
func saysAllDone(s string) bool {
	if !has(s, allWords) || !has(s, "整改|完成|销号") || has(s, plannedWords) {
		return false
	}
	st, ok := statusIn(s)
	return ok && st == StatusDone
}

// allHandled tells a count of clues received whose words after it say all
// of them are handled (审计移送问题线索5件，已全部办结; 移交的9条线索均已办结):
// the figure is also the count of handled clues. The words looked at are
// allDone's: right after the measure word, or the next clause when it starts
// with its predicate and holds no figure.
func allHandled(f figure, c Claim) (Subtype, bool) {
	if c.Subtype != SubtypeReceived || !c.IsOwn() || f.toNext || f.afterQiz || pledged(f.lead) {
		return "", false
	}
	saysAll := func(s string) bool {
		return has(s, allWords) && has(s, "办结|了结|处置完毕|办理完毕|核查完毕|处置到位") && !has(s, plannedWords) && !has(s, "未|尚|正在")
	}
	if tail := f.tail(); saysAll(f.post) || has(tail, "^(已|均|全部|现已|目前已)") && saysAll(tail) {
		return SubtypeHandled, true
	}
	return "", false
}
