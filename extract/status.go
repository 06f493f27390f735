package extract

import "strings"

// Status is the state of a problem or clue: done, in progress or not done.
type Status string

// The status classes of the contract.
const (
	StatusUnknown    Status = ""
	StatusDone       Status = "done"
	StatusInProgress Status = "in_progress"
	StatusNotDone    Status = "not_done"
)

// statusWords map status wording to its class. They are tried in order, so
// longer and negated forms (未完成, 基本完成) come before the words they
// contain (完成).
var statusWords = []struct {
	word string
	s    Status
}{
	{"未完成", StatusNotDone}, {"未启动", StatusNotDone}, {"未整改", StatusNotDone}, {"未开始", StatusNotDone},
	{"尚未", StatusNotDone}, {"未办结", StatusInProgress}, {"未落实", StatusNotDone}, {"没有完成", StatusNotDone},
	{"基本完成", StatusInProgress}, {"阶段性完成", StatusInProgress}, {"阶段性办结", StatusInProgress},
	{"正在整改", StatusInProgress}, {"推进中", StatusInProgress}, {"正在推进", StatusInProgress},
	{"持续整改", StatusInProgress}, {"长期坚持", StatusInProgress}, {"整改中", StatusInProgress},
	{"正在", StatusInProgress}, {"办理中", StatusInProgress}, {"核查中", StatusInProgress}, {"进行中", StatusInProgress},
	{"持续推进", StatusInProgress}, {"部分完成", StatusInProgress},
	{"已完成", StatusDone}, {"已整改", StatusDone}, {"已销号", StatusDone}, {"已办结", StatusDone},
	{"已处置", StatusDone}, {"已了结", StatusDone}, {"整改到位", StatusDone}, {"办结", StatusDone},
	{"销号", StatusDone}, {"完成", StatusDone},
}

// ParseStatus maps a status cell or phrase (已完成, 正在整改, 未启动, 已整改到位,
// 已办结, …) to its class, StatusUnknown when it names none. Traditional
// characters are read as Simplified.
func ParseStatus(s string) Status {
	s = strings.TrimSpace(Simplify(s))
	if s == "" {
		return StatusUnknown
	}
	for _, w := range statusWords {
		if strings.Contains(s, w.word) {
			return w.s
		}
	}
	return StatusUnknown
}
