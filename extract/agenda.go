package extract

import "strings"

// agendaVerbs are what a meeting does with an item of its agenda.
const agendaVerbs = "传达学习|传达|学习|贯彻|审议|听取|讨论|研究部署|研究|部署|通报"

// rectificationWords mark an agenda item about rectification (研究巡察整改
// 工作, 听取整改进展汇报).
const rectificationWords = "整改|巡视|巡察|审计|督察|督查|问题|反馈"

// agendaCount tells a count of times an agenda item was taken up at
// meetings, not a count of rectification meetings: the meeting's name is
// followed by a verb of the agenda whose object is about something else
// (党组会议传达学习上级重要精神18次: the 18 are items, not meetings about
// rectification). A verb without an object (党组会专题研究5次) or with an object
// about rectification (党组会议研究巡察整改工作5次) leaves the count the
// meetings'.
func agendaCount(f figure) bool {
	at := strings.Index(f.pre, "会")
	if at < 0 {
		return false
	}
	after := strings.TrimPrefix(f.pre[at+len("会"):], "议")
	for _, v := range wordList(agendaVerbs) {
		i := strings.Index(after, v)
		if i < 0 {
			continue
		}
		object := after[i+len(v):]
		for _, more := range wordList(agendaVerbs) {
			object = strings.TrimPrefix(object, more)
		}
		return object != "" && !has(object, rectificationWords)
	}
	return false
}
