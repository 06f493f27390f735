package extract

import "strings"

// Status is the state of a problem or clue: done, in progress or not done.
// It is read from a ledger's status cell, a report item's status line and
// the words before a problems figure (已完成整改13个), by the one classifier
// statusIn over the statuses table.
type Status string

// The statuses.
const (
	StatusUnknown    Status = ""
	StatusDone       Status = "done"
	StatusInProgress Status = "in_progress"
	StatusNotDone    Status = "not_done"
)

// statuses is the table of statuses with the words that signal each. The
// rows are tried in order and the first row with a word the text contains
// decides, so the negated and partial forms (未完成, 基本完成) come before the
// words they contain (完成).
var statuses = []struct {
	Status  Status
	Chinese string
	Words   []string
}{
	{StatusNotDone, "未完成", []string{"未完成", "未启动", "未整改", "未开始", "尚未", "未落实", "没有完成", "没有整改",
		"未到位", "没有到位", "不到位", "没有落实"}},
	{StatusInProgress, "正在整改", []string{"未办结", "基本完成", "阶段性完成", "阶段性办结", "正在整改", "推进中",
		"正在推进", "持续整改", "长期坚持", "整改中", "正在", "办理中", "核查中", "进行中", "持续推进", "部分完成"}},
	{StatusDone, "已完成", []string{"已完成", "完成整改", "已整改", "已销号", "已办结", "已处置", "已了结", "整改到位",
		"办结", "销号", "完成"}},
	{StatusUnknown, "未说明", nil},
}

// Chinese returns the Chinese name of s (已完成, 正在整改, 未完成, 未说明).
func (s Status) Chinese() string {
	for _, e := range statuses {
		if e.Status == s {
			return e.Chinese
		}
	}
	return string(s)
}

// Subtype returns the subtype of a problems claim that counts problems of
// status s.
func (s Status) Subtype() Subtype { return Subtype(s) }

// statusIn returns the status the words of s (Simplified) signal, and
// whether any does.
func statusIn(s string) (Status, bool) {
	for _, e := range statuses {
		for _, w := range e.Words {
			if strings.Contains(s, w) {
				return e.Status, true
			}
		}
	}
	return StatusUnknown, false
}

// ParseStatus maps a status cell or phrase (已完成, 正在整改, 未启动, 已整改到位,
// 已办结, …) to its status, StatusUnknown when it names none. Traditional
// characters are read as Simplified.
func ParseStatus(s string) Status {
	st, _ := statusIn(strings.TrimSpace(Simplify(s)))
	return st
}
