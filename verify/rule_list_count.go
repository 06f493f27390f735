package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// RuleListCount: the stated number of problems is not the number listed.
const RuleListCount RuleID = "arith.list-count"

func init() {
	register(30, listCount{ruleSpec{RuleListCount, "问题总数与逐项所列不符", Medium, Needs{Report: true}}})
}

// listCount: the number of problems the report states must be the number it
// goes on to list (its 关于“…”问题的整改 items), when the list is meant to be
// complete: numbered through (（一）（二）… or 1. 2. … without a gap), or
// not numbered and said to be all (逐项, 具体如下 …) — numbers that skip or
// cannot all be read mean an item was not read (a scan's misread （十）) —,
// not introduced as typical problems only (典型
// 问题, 部分问题, 主要问题, 如：), and not cut off (the report ending inside
// its last item while the numbers stop short of the total).
type listCount struct{ ruleSpec }

func (listCount) Check(_ context.Context, in *Input) ([]Finding, error) {
	t, ok := in.mainClaim(extract.KindProblems, extract.SubtypeTotal)
	if !ok || t.Approx != extract.Exact || len(in.Items) == 0 || float64(len(in.Items)) == t.Value {
		return nil, nil
	}
	if !in.listMeantComplete(t) || float64(len(in.Items)) < t.Value && in.allAspects() {
		return nil, nil
	}
	last := in.Items[len(in.Items)-1]
	return []Finding{{Item: string(extract.KindProblems), Claimed: Num(t.Value), Observed: Count(len(in.Items)), Claim: claimPtr(t),
		Evidence: []Evidence{claimEvidence(t), in.reportEvidence(last.Pos, fmt.Sprintf("逐项列出的最后一个问题（共%d个）", len(in.Items)))},
		Message:  fmt.Sprintf("整改报告称反馈问题%s个，但逐项列出的问题只有%d个", fmtNum(t.Value), len(in.Items))}}, nil
}

// The words that introduce a list: as a selection (typical or main
// problems, examples), or as the whole (item by item, as follows).
var (
	partialList = regexp.MustCompile(`典型问题|部分问题|主要问题|重点问题|个别问题|如[：:]|例如|比如|举例|列举|择要|选取|摘要`)
	wholeList   = regexp.MustCompile(`逐条|逐项|逐一|具体如下|如下|分别是|分别为`)
	// listClosing is a line after the list that closes it: the next
	// top-level section, the closing words, or the signature date.
	listClosing = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分|下一步|下步|今后|附件)|特此报告|^\d{4}年\d{1,2}月\d{1,2}日$`)
)

// listMeantComplete tells whether the report's list of problems is meant to
// hold them all, so that its length can be held against the total t.
func (in *Input) listMeantComplete(t extract.Claim) bool {
	intro := in.listIntro(t)
	if partialList.MatchString(selectionIntro(intro)) {
		return false
	}
	nums, through := in.itemNumbers()
	switch {
	case len(nums) > 0 && !through:
		// Numbers that skip, repeat, or stop being readable part way say
		// that an item between them was not read (a number misread on a
		// scan, a heading of another shape) or that the report numbers
		// its list otherwise: the list as read is not known to be whole.
		return false
	case len(nums) == 0 && !wholeList.MatchString(intro):
		return false
	}
	// A list whose numbers stop short of the total, in a report that ends
	// inside its last item, was cut off: what is missing is unknown.
	lastNum := len(in.Items)
	if len(nums) > 0 {
		lastNum = nums[len(nums)-1]
	}
	if float64(lastNum) < t.Value && !in.closedAfter(in.Items[len(in.Items)-1].Pos) {
		return false
	}
	if float64(lastNum) < t.Value && in.goesOnAfter(in.Items[len(in.Items)-1], lastNum) {
		// 一、关于…的问题。…二、关于超范围发放补助9,600元的问题。…三、…，then
		// ……: the next number in the items' own style, or an omission mark,
		// after the last item read: items were left out or not read.
		return false
	}
	return true
}

// reOmitted is a line that marks text left out (……, （略）).
var reOmitted = regexp.MustCompile(`^[…\.。·]{2,}$|^[（(]?略[)）]?$|^[（(]?此处?略[^）)]*[)）]?$`)

// reLineNumber is the numbering a line opens with (二、, （三）, 4．).
var reLineNumber = regexp.MustCompile(`^\s*([（(]?[一二三四五六七八九十0-9０-９]+[)）]?[、.．]?)`)

// goesOnAfter tells whether, after the last item read (numbered lastNum)
// and before the next heading, a line marks an omission or is the next item
// in that item's style — its number, then a problem's title (二、关于超范围发
// 放补助9,600元的问题: an item not read; not 三、存在的问题及下一步工作打算, the
// next section).
func (in *Input) goesOnAfter(last extract.Item, lastNum int) bool {
	if in.Report == nil {
		return false
	}
	style := numberStyle(last.Number)
	p := last.Pos
	for page := p.Page; page <= len(in.Report.Pages); page++ {
		runes := in.reportText().page(page)
		from := 0
		if page == p.Page {
			from = min(p.End, len(runes))
		}
		for _, line := range strings.Split(string(runes[from:]), "\n") {
			line = strings.TrimSpace(line)
			if reOmitted.MatchString(line) {
				return true
			}
			m := reLineNumber.FindStringSubmatch(line)
			if m == nil || m[1] == "" {
				continue
			}
			if n, ok := itemNumber(m[1]); ok && style != "" && numberStyle(m[1]) == style && n == lastNum+1 && reItemTitle.MatchString(line[len(m[0]):]) {
				return true
			}
			if listClosing.MatchString(line) || style != "" && numberStyle(m[1]) == style {
				return false // the next heading: the list ends here
			}
		}
	}
	return false
}

// reItemTitle is a problem's title after its number: 关于…, or a short
// phrase ending on 的问题 that is no section's (存在的问题, 下一步).
var reItemTitle = regexp.MustCompile(`^(关于|有关)|^[^，。；：存下]{2,30}的问题[。：:]?`)

// numberStyle is a numbering with its numerals replaced (一、 → N、, （3） → （N）).
func numberStyle(s string) string {
	var b strings.Builder
	num := false
	for _, r := range strings.TrimSpace(s) {
		if strings.ContainsRune("一二三四五六七八九十0123456789０１２３４５６７８９", r) {
			if !num {
				b.WriteRune('N')
			}
			num = true
			continue
		}
		num = false
		b.WriteRune(r)
	}
	return b.String()
}

// reSectionHead opens a top-level section's heading (二、, 第二部分).
var reSectionHead = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)`)

// selectionIntro is the part of a list's intro that can say the list is a
// selection: the total's paragraph, and the list's own section before its
// first item — from the last section heading on, or all of it when there
// is none. Words of a section before (局党组书记带头领办重点问题,
// what a leader takes on) say nothing of the list.
func selectionIntro(intro string) string {
	var lines []string
	for _, l := range strings.Split(intro, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) <= 2 {
		return intro
	}
	from := 1 // no heading: the whole intro is the list's
	for i := len(lines) - 1; i >= 1; i-- {
		if reSectionHead.MatchString(lines[i]) {
			from = i
			break
		}
	}
	return lines[0] + "\n" + strings.Join(lines[from:], "\n")
}

// listIntro is the text that introduces the list: from the total's
// sentence to the first item when they are on one page, else the total's
// sentence and the 200 characters before the first item.
func (in *Input) listIntro(t extract.Claim) string {
	first := in.Items[0].Pos
	if t.Source.Page == first.Page && t.Source.Start <= first.Start {
		return in.words(parse.Pos{Page: first.Page, Start: t.Source.Start, End: first.Start})
	}
	return extract.Simplify(t.Text) + in.words(parse.Pos{Page: first.Page, Start: max(first.Start-200, 0), End: first.Start})
}

// itemNumbers reads the items' numbers ((三) → 3, 4. → 4, 五是 → 5, ⑥ → 6),
// up to the first it cannot read; through is true when every item has one
// and they run 1, 2, … without a gap or a repeat. No item numbered gives
// no numbers.
func (in *Input) itemNumbers() (nums []int, through bool) {
	through = true
	for i, it := range in.Items {
		n, ok := itemNumber(it.Number)
		if !ok {
			return nums, false
		}
		nums = append(nums, n)
		if n != i+1 {
			through = false
		}
	}
	return nums, through
}

// itemNumber reads an item's number as the report writes it: （一）, (1),
// 1., 一、, 一是, 第一, ①.
func itemNumber(s string) (int, bool) {
	s = strings.Trim(strings.TrimSpace(s), "（）()、.．:：是第 ")
	if s == "" {
		return 0, false
	}
	n, ok := extract.ParseNumber(s)
	if !ok || n.Percent || n.Approx != extract.Exact || n.Value != float64(int(n.Value)) || n.Value < 1 {
		return 0, false
	}
	return int(n.Value), true
}

// closedAfter tells whether some line after the position p (the last
// item's heading) closes the list.
func (in *Input) closedAfter(p parse.Pos) bool {
	if in.Report == nil {
		return false
	}
	for page := p.Page; page <= len(in.Report.Pages); page++ {
		runes := in.reportText().page(page)
		from := 0
		if page == p.Page {
			from = min(p.End, len(runes))
		}
		for _, line := range strings.Split(string(runes[from:]), "\n") {
			if listClosing.MatchString(strings.TrimSpace(line)) {
				return true
			}
		}
	}
	return false
}

// allAspects tells a report's items that all name, as written, an aspect
// of the problems ((一)关于水利业务监管方面的问题。, (二)关于作风建设方面的问
// 题。): fewer of them than the total are its groups, not a list cut short
// (case author cg, 82nd). One item that names a problem is enough to read
// them as items.
func (in *Input) allAspects() bool {
	for _, it := range in.Items {
		head := strings.TrimSpace(in.slice(it.Pos))
		if i := strings.IndexAny(head, "。\n"); i >= 0 {
			head = head[:i] // the heading, when its paragraph holds the body too
		}
		if !reAspectTitle.MatchString(head) {
			return false
		}
	}
	return len(in.Items) > 1
}

// reAspectTitle is an item's title that names an aspect of the problems.
var reAspectTitle = regexp.MustCompile(`方面(的|存在的)?(问题|不足)[：:]?$`)
