package extract

import (
	"maps"
	"regexp"
	"slices"
	"strings"
)

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
	if c.Kind != KindProblems || !c.IsOwn() && c.Scope != ScopeEarlierRound || f.toNext || f.afterQiz || !strings.Contains(c.Object, "问题") ||
		c.Unit != "个" && c.Unit != "项" && c.Unit != "条" {
		return "", false
	}
	if pledged(f.lead) && !plannedBy(f.pre) {
		// 确保14个问题全部整改到位: a pledge; a plan by a time inside the
		// words before 的 only names the problems (计划于6月底完成的30个问题
		// 已按期全部完成).
		return "", false
	}
	if !saysOfAll(f, saysAllDone) {
		return "", false
	}
	switch c.Subtype {
	case SubtypeTotal:
		return SubtypeDone, true
	case SubtypeDone:
		// 已完成整改8个问题，全部销号 counts the done ones only; so do those
		// planned and done (计划于6月底完成的30个…), a part of a total.
		if _, said := statusIn(f.pre); !said && !plannedBy(f.pre) {
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
	if saysOfAll(f, saysAll) {
		return SubtypeHandled, true
	}
	return "", false
}

// saysOfAll tells whether the words right after f's measure word say pred,
// or a later clause of its sentence does that starts with its predicate (已,
// 均, 全部 …; after a date: 截至6月30日已全部整改完成) before any clause
// holding a count — up to three clauses on, so that a clause of who acted
// may stand between (巡察反馈的10个问题，局党组已组织逐项整改，截至6月30日已全部
// 整改完成).
func saysOfAll(f figure, pred func(string) bool) bool {
	if pred(f.post) {
		return true
	}
	if f.toNext {
		return false
	}
	for _, cl := range f.clausesAfter(3) {
		if reCountIn.MatchString(cl) {
			if !reCountIn.MatchString(reAmount.ReplaceAllString(cl, "")) {
				continue // 涉及金额1,085.6万元: the amount the problems involve
			}
			return false
		}
		if cl = reBodyFirst.ReplaceAllString(reAsOfLead.ReplaceAllString(cl, ""), ""); has(cl, "^(已|均|全部|现已|目前已)") && pred(cl) {
			return true
		}
	}
	return false
}

// reBodyFirst is a body that opens a clause as the subject of what it says
// of the figure before (…3件问题线索，集团纪委已全部办结). Not pendingBody,
// whose shorter heads (办, 组, 委) would take the verb itself (已全部办|结).
var reBodyFirst = regexp.MustCompile(`^\p{Han}{0,6}(纪委|监委|纪委监委|纪工委|纪检监察工委|纪检组|纪检监察组|党委|党组|党工委|局|委员会|办公室)`)

// reCountIn finds a count in a clause: a number and one of the measure
// words of figures that can be claims (countUnits); not a date.
var reCountIn = func() *regexp.Regexp {
	units := slices.Sorted(maps.Keys(countUnits))
	slices.Reverse(units) // longer words (人次) before their prefixes (人)
	for i, u := range units {
		units[i] = regexp.QuoteMeta(u)
	}
	return regexp.MustCompile(`[0-9０-９零一二两三四五六七八九十百千万]+(` + strings.Join(units, "|") + `)`)
}()

// plannedBy tells words before a count that end in a plan by a time inside
// a 的 phrase (计划于6月底完成的, 预计年底前完成的), with no pledge word
// (确保, 力争 …): they name which problems are meant, they pledge nothing.
func plannedBy(pre string) bool {
	return strings.HasSuffix(pre, "的") && has(pre, "计划于|计划在|预计|原计划|原定") && !has(pre, strongPledge)
}

// strongPledge are the pledge words that no plan by a time turns into a
// name: 确保年底前完成的14个问题 is still a pledge.
const strongPledge = "确保|力争|务必|必须|争取|努力|坚决|应当"

// RectifyClasses are the classes of problems by how they are rectified, as
// a rectification plan splits its total into them (立行立改, 限期整改, 长期
// 坚持 …): one list for the reader and for verify's arithmetic.
const RectifyClasses = "立行立改|立知立改|即知即改|限期整改|分阶段整改|分步整改|长期坚持|长期整改|持续整改|长期推进|分步推进"

// NamesRectifyClass tells words that name a class of the plan anywhere
// (限期整改问题10个, 要求分阶段整改的47个): the one test the reader's parts
// and verify's arithmetic share.
func NamesRectifyClass(s string) bool { return matcherOf(RectifyClasses).match(s) }

// reRectifyClass is a class at the end of the words before a count (其中要求
// 立行立改的87个; 立行立改类241个; 分阶段整改的18个).
var reRectifyClass = regexp.MustCompile(`(` + RectifyClasses + `)(类|的|问题)?$`)

// classAllDone reads a class of a total, taken as a part by its kind (其中
// 要求立行立改的87个 is other), whose own next words say all of it is
// rectified (，已全部完成整改): those problems are done — a part of the
// total's done, the class itself staying other.
func classAllDone(f figure, c Claim) (Claim, bool) {
	if c.Kind != KindOther || c.Scope != "" || c.Unit != "个" && c.Unit != "项" && c.Unit != "条" || !reRectifyClass.MatchString(f.pre) ||
		f.toNext || !saysOfAll(f, saysAllDone) {
		return Claim{}, false
	}
	c.Kind, c.Subtype = KindProblems, SubtypeDone
	return c, true
}
