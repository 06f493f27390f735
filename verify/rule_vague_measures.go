package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// RuleVagueMeasures: a problem's measures are slogans only.
const RuleVagueMeasures RuleID = "text.vague-measures"

func init() {
	register(160, vagueMeasures{ruleSpec{RuleVagueMeasures, "整改措施空泛", Low, Needs{Report: true}}})
}

// vagueMeasures: a problem whose measures hold no date, number, person,
// document or deadline — only slogans (进一步加强、高度重视、切实抓好). What
// counts, in the forms real measures use:
//
//   - a date or a time: 2023年6月, 6月12日, 10月对…, 十月, 2023年起, 第三季度,
//     上半年, 每月, a length of time (两个月内, 5个工作日);
//   - a deadline: 10月底前, 年底前, 年内, 限期, 国庆节前;
//   - a quantity with its measure word (3台, 两次, 3.62万元) or a percentage;
//   - a document: 《…》, a document number (〔2023〕5号, [2023], （2023）5号),
//     关于…的通知 / 办法 / 方案 …;
//   - a person or who leads: …同志, a title and a name (局长王明), a name
//     where a person stands (明确陈晓红为…, 王明抓总), 由…牵头 / 负责, or a
//     leader the ledger names (when there is a ledger; the rule runs
//     without one).
//
// Numbers inside set phrases (八项规定, 一岗双责, 进一步) and list markers
// (一是, 二是) are not quantities. Items with no measures text are passed
// over.
type vagueMeasures struct{ ruleSpec }

var (
	reDoc      = regexp.MustCompile(`《[^》]{2,}》|〔\d{4}〕|\[\d{4}\]|[（(]\d{4}[）)]\d+号|关于[^，。；、]{2,40}的(?:通知|意见|办法|规定|方案|决定|细则|规则|批复|清单)`)
	rePerson   = regexp.MustCompile(`\p{Han}{2,3}同志|(?:书记|局长|厅长|主任|处长|科长|股长|院长|县长|市长|区长|镇长|乡长|部长|组长|校长|所长|站长|队长|经理|董事长|主席)\p{Han}{2,3}|由[^，。；]{2,20}?(?:牵头|负责|督办|主抓)`)
	reDeadline = regexp.MustCompile(`\d+月(底|末|中旬|上旬|下旬)?(前|以前)|年底前|年内|限期|限时|时限|之前完成|(?:春节|元旦|国庆|国庆节|中秋|端午|五一)前|节前|汛期前`)
	reMonth    = regexp.MustCompile(`\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}月(起|以来|底|中旬|上旬|下旬)`)
	rePeriod   = regexp.MustCompile(`第?[一二三四1-4]季度|上半年|下半年|年底|年末|年初|年中|月底|月末|每(?:周|月|季度|季|半年|年)`)
)

// timeRoles are the roles of numbers that place a measure in time or name
// a document: dates, years, times, lengths of time, document numbers.
var timeRoles = map[extract.Role]bool{
	extract.RoleDate: true, extract.RoleYear: true, extract.RoleTime: true, extract.RoleDuration: true, extract.RoleDocNumber: true,
}

func (vagueMeasures) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	leaders := in.leaders()
	for _, it := range in.Items {
		m := extract.Simplify(it.Measures)
		if strings.TrimSpace(m) == "" || concrete(m, leaders) {
			continue
		}
		evs := []Evidence{in.reportEvidence(it.Pos, "")}
		if it.MeasuresPos.End > 0 {
			evs = append(evs, in.reportEvidence(it.MeasuresPos, ""))
		}
		out = append(out, Finding{Item: findingItem(it.Number), Title: it.Title, Evidence: evs,
			Message: fmt.Sprintf("问题%s%s的整改措施没有时间、数字、责任人、文件或时限，只有表态", findingItem(it.Number), quoted(it.Title))})
	}
	return out, nil
}

// concrete tells whether measures name something checkable.
func concrete(m string, leaders []string) bool {
	for _, re := range []*regexp.Regexp{reMonth, rePeriod, reDoc, rePerson, reDeadline} {
		if re.MatchString(m) {
			return true
		}
	}
	if len(parse.FindDates(m)) > 0 {
		return true
	}
	for _, n := range extract.FindNumbers(m) {
		if timeRoles[n.Role] {
			return true
		}
		if n.Role == extract.RoleCount || n.Role == extract.RolePercent {
			if n.Unit != "" || !n.Chinese {
				return true
			}
		}
	}
	for _, l := range leaders {
		if l != "" && strings.Contains(m, l) {
			return true
		}
	}
	return namesPerson(m)
}

// namesPerson tells whether s names a person by name: a word jieba tags as
// a personal name (nr, 2 to 4 characters) in a place where a person stands
// in measures — after 由 / 明确 / 指定 …, or before 同志 / 牵头 / 负责 / 为 ….
// jieba alone also tags words such as 杜绝 as names.
func namesPerson(s string) bool {
	toks := seg.Tag(s)
	for i, t := range toks {
		if t.POS != "nr" || t.End-t.Start < 2 || t.End-t.Start > 4 {
			continue
		}
		if i > 0 && personBefore[toks[i-1].Text] || i+1 < len(toks) && personAfter[toks[i+1].Text] {
			return true
		}
	}
	return false
}

// The words around a name in measures: who is put in charge, and what a
// person does.
var (
	personBefore = setOf("由", "明确", "指定", "安排", "责成", "确定", "委托", "请", "、")
	personAfter  = setOf("同志", "牵头", "负责", "为", "任", "担任", "督办", "抓", "抓总", "主抓", "亲自", "具体", "分管", "主持", "带队", "、", "等")
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// leaders are the responsible leaders the ledger names, when there is one.
func (in *Input) leaders() []string {
	if in.Ledger == nil {
		return nil
	}
	var out []string
	for _, p := range in.Ledger.Problems {
		out = append(out, p.Leader)
	}
	return out
}
