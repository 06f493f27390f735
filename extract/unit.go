package extract

import (
	"strings"
	"unicode/utf8"
)

// UnitFromTitle is the unit that wrote a document, as its title names it:
// the words before 关于 (中共某市某局党组关于…整改情况的报告 gives
// 中共某市某局党组), or "" when the title names none (it starts with 关于,
// has no 关于, or what stands before it is too short, too long, or a
// clause with punctuation rather than a name).
func UnitFromTitle(title string) string {
	unit, _, ok := strings.Cut(strings.TrimSpace(title), "关于")
	if !ok {
		return ""
	}
	unit = strings.TrimSpace(unit)
	if n := utf8.RuneCountInString(unit); n < 3 || n > 60 || strings.ContainsAny(unit, "，。；：、！？,;:\n") {
		return ""
	}
	return unit
}
