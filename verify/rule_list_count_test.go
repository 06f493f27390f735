package verify

import (
	"strings"
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

// listReport is a report whose first line states the total of problems
// (figure, worth value) and then lists one problem per number, each with a
// line of measures, followed by the tail lines.
func listReport(intro, figure string, value float64, numbers []string, tail ...string) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		lines := []string{intro}
		titles := make([]string, len(numbers))
		for i, n := range numbers {
			titles[i] = "关于“第" + strings.Repeat("甲", i+1) + "类问题”的整改"
			lines = append(lines, n+titles[i]+"情况", "已修订相关制度，明确责任人。")
		}
		doc := report(append(lines, tail...)...)
		in := input(doc, claim(t, doc, figure, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: value}))
		for i, n := range numbers {
			in.Items = append(in.Items, item(t, doc, i+1, n, titles[i], "", extract.StatusUnknown, ""))
		}
		return in
	}
}

// headedReport is listReport with the items' headings as given.
func headedReport(intro, figure string, value float64, numbers, headings []string, tail ...string) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		lines := []string{intro}
		for i, n := range numbers {
			lines = append(lines, n+headings[i], "已修订相关制度，明确责任人。")
		}
		doc := report(append(lines, tail...)...)
		in := input(doc, claim(t, doc, figure, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: value}))
		for i, n := range numbers {
			in.Items = append(in.Items, item(t, doc, i+1, n, headings[i], "", extract.StatusUnknown, ""))
		}
		return in
	}
}

func TestRuleListCount(t *testing.T) {
	two := []string{"（一）", "（二）"}
	const next = "三、下一步工作打算"
	fires := []got{{"problems", "3", "2"}}
	testRule(t, RuleListCount, []ruleCase{
		// Meant to be complete: numbered through, and closed.
		{name: "numbered through, closed by the next section, fewer than stated",
			in:   listReport("巡察组共反馈问题3个，具体整改情况如下：", "3个", 3, two, next),
			want: fires, msgs: []string{"整改报告称反馈问题3个，但逐项列出的问题只有2个"}},
		{name: "numbered through without saying so",
			in:   listReport("县委巡察组反馈了3个问题。", "3个", 3, two, next),
			want: fires},
		{name: "一、二、 through, closed by the signature date",
			in:   listReport("针对反馈的3个问题，逐项整改如下。", "3个", 3, []string{"一、", "二、"}, "中共某某局党组", "2020年3月10日"),
			want: fires},
		{name: "1. 2. through, closed by 特此报告",
			in:   listReport("共反馈问题3个。", "3个", 3, []string{"1.", "2."}, "特此报告。"),
			want: fires},
		{name: "more listed than stated",
			in:   listReport("共反馈问题2个。", "2个", 2, []string{"（一）", "（二）", "（三）"}, next),
			want: []got{{"problems", "2", "3"}}},
		{name: "as many stated as listed", in: listReport("共反馈问题2个。", "2个", 2, two, next)},
		// Session 19 (case author cg): headings that all name an aspect
		// (…方面的问题) are the total's groups, not a list cut short; one
		// heading that names a problem makes them items again.
		{name: "all aspects",
			in: headedReport("反馈问题共九个，整改情况如下：", "九个", 9, []string{"（一）", "（二）", "（三）"},
				[]string{"关于水利业务监管方面的问题。", "关于全面从严治党方面的问题。", "关于作风建设方面的问题。"}, next)},
		{name: "aspects and a problem",
			in: headedReport("反馈问题共三个，整改情况如下：", "三个", 3, []string{"（一）", "（二）"},
				[]string{"关于全面从严治党方面的问题。", "关于公务接待审批不严的问题。"}, next),
			want: fires},
		{name: "a report that lists nothing is not held to its total",
			in: listReport("共反馈问题3个。", "3个", 3, nil, next)},
		// A selection of the problems, however numbered.
		{name: "typical problems only",
			in: listReport("巡察反馈问题3个，现将其中典型问题的整改情况报告如下：", "3个", 3, two, next)},
		{name: "some of the problems",
			in: listReport("巡察反馈的3个问题已全部整改。以下择部分问题说明：", "3个", 3, two, next)},
		{name: "the main problems",
			in: listReport("对反馈的3个问题，主要问题整改情况如下。", "3个", 3, two, next)},
		{name: "examples after 如：",
			in: listReport("共反馈问题3个，整改中着力解决的如：", "3个", 3, two, next)},
		// Selection words in a paragraph of another section, about what a
		// leader takes on, introduce no list (cases-au 08); in the list's
		// own section, after its heading, they do.
		{name: "a leader's key problems in the section before",
			in:   listReport("市委巡察组反馈问题3个。\n一、整改工作开展情况\n局党组书记带头领办重点问题，召开党组会议研究整改。\n二、反馈问题整改落实情况", "3个", 3, two, next),
			want: fires},
		{name: "typical problems in the list's own section",
			in: listReport("市委巡察组反馈问题3个。\n一、整改工作开展情况\n召开党组会议研究整改。\n二、整改落实情况\n现将其中典型问题的整改情况报告如下：", "3个", 3, two, next)},
		// Guard (review of session 14): with no section heading, the whole
		// intro may say the list is a selection.
		{name: "key problems two paragraphs before, no heading",
			in: listReport("市委巡察组反馈问题3个。\n现将其中重点问题的整改情况报告如下：\n党的领导方面", "3个", 3, two, next)},
		{name: "typical problems in the list's heading",
			in: listReport("市委巡察组反馈问题3个。\n一、整改工作开展情况\n召开党组会议研究整改。\n二、典型问题整改情况", "3个", 3, two, next)},
		// A list cut off: the report ends inside its last item.
		{name: "cut off before the total is reached",
			in: listReport("共反馈问题3个，具体如下：", "3个", 3, two)},
		{name: "cut off, though said to be item by item",
			in: listReport("对反馈的3个问题逐项列出整改情况：", "3个", 3, two)},
		// Session 16 (written set wn): the next item in the items' style,
		// not read, or an omission mark after the last item read: items
		// were left out. The next section in that style still closes.
		{name: "the next number names a problem, not read",
			in: listReport("共反馈问题3个。", "3个", 3, []string{"一、", "二、"}, "三、关于3个项目未办理竣工决算的问题。其中2个已完成决算审计。", "2020年3月10日")},
		{name: "an omission mark after the last item",
			in: listReport("共反馈问题3个。", "3个", 3, []string{"（一）", "（二）"}, "……", "2020年3月10日")},
		{name: "the next section names problems but is no item",
			in:   listReport("共反馈问题3个。", "3个", 3, []string{"一、", "二、"}, "三、存在的问题及下一步工作打算", "……"),
			want: fires},
		{name: "a lower heading of a later section is no item",
			in:   listReport("共反馈问题3个。", "3个", 3, []string{"（一）", "（二）"}, "三、下一步工作打算", "（三）以问题为导向，加强监督"),
			want: fires},
		{name: "the next section in the items' style closes",
			in:   listReport("共反馈问题3个。", "3个", 3, []string{"一、", "二、"}, "三、下一步工作打算"),
			want: fires},
		// Numbering that does not run through needs the report to say it
		// lists them all.
		{name: "a gap in the numbers, not said to be all",
			in: listReport("共反馈问题3个。", "3个", 3, []string{"（一）", "（三）"}, next)},
		// A gap says an item between was not read (a scan's misread
		// number, a heading of another shape): even said to be all, the
		// list as read is not known to be whole.
		{name: "a gap in the numbers, said to be all",
			in: listReport("共反馈问题3个，逐条整改情况如下。", "3个", 3, []string{"（一）", "（三）"}, next)},
		{name: "a number that cannot be read, said to be all",
			in: listReport("共反馈问题3个，逐条整改情况如下。", "3个", 3, []string{"（一）", "（二一）"}, next)},
		{name: "unnumbered items said to be all",
			in:   listReport("巡察反馈问题3个，分别是：", "3个", 3, []string{"", ""}, next),
			want: fires},
		{name: "unnumbered items not said to be all",
			in: listReport("巡察反馈问题3个。", "3个", 3, []string{"", ""}, next)},
		{name: "an approximate total",
			in: func(t *testing.T) *Input {
				in := listReport("共反馈问题近3个。", "近3个", 3, two, next)(t)
				in.Claims[0].Approx = extract.AtMost
				return in
			}},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}

func TestItemNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"（一）", 1, true}, {"(12)", 12, true}, {"3.", 3, true}, {"4．", 4, true}, {"十一、", 11, true},
		{"二是", 2, true}, {"第三", 3, true}, {"⑥", 6, true}, {"", 0, false}, {"（甲）", 0, false}, {"约3", 0, false},
	}
	for _, tt := range tests {
		n, ok := itemNumber(tt.in)
		if ok != tt.ok || n != tt.want {
			t.Errorf("itemNumber(%q) = %d, %v; want %d, %v", tt.in, n, ok, tt.want, tt.ok)
		}
	}
}
