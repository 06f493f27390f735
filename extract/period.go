package extract

import (
	"math"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/parse"
)

// Period is a length of time a report states: months or days.
type Period struct {
	Months int `json:"months,omitempty"`
	Days   int `json:"days,omitempty"`
}

var rePeriod = regexp.MustCompile(
	// 集中整改期为3个月, 整改期限两个月, 整改时限为90天
	`(?:集中整改期|整改期限|整改期|整改时限)(?:为|是|定为|共)?` + periodNum + `|` +
		// 用3个月时间集中整改, 在两个月内完成整改, 3个月集中整改期
		periodNum + `(?:时间)?(?:的)?(?:内完成|内基本完成)?(?:集中)?整改`)

// periodNum is a number of months or days: digits or Chinese numerals.
const periodNum = `([0-9０-９一二两三四五六七八九十百]{1,4}(?:个多月|个月|天|日))`

// RectifyPeriod finds the rectification period a report states (集中整改期为
// 3个月, 用两个月时间集中整改, 整改时限为90天): the first one, outside
// tables. It is used to infer the as-of date of a case that names none
// (docs/interface.md, "The as-of date").
func RectifyPeriod(doc *parse.Document) (Period, bool) {
	for _, p := range doc.Paragraphs {
		if p.Table != 0 {
			continue
		}
		for _, m := range rePeriod.FindAllStringSubmatch(Simplify(p.Text), -1) {
			s := m[1]
			if s == "" {
				s = m[2]
			}
			if per, ok := readPeriod(s); ok {
				return per, true
			}
		}
	}
	return Period{}, false
}

// readPeriod reads 3个月, 两个多月, 90天 as a Period of at most five years.
func readPeriod(s string) (Period, bool) {
	days := strings.HasSuffix(s, "天") || strings.HasSuffix(s, "日")
	num := strings.TrimRight(s, "个多月天日")
	n, ok := ParseNumber(num)
	if !ok || n.Value <= 0 || n.Value != math.Trunc(n.Value) {
		return Period{}, false
	}
	v := int(n.Value)
	if days {
		if v > 5*366 {
			return Period{}, false
		}
		return Period{Days: v}, true
	}
	if v > 60 {
		return Period{}, false
	}
	return Period{Months: v}, true
}
