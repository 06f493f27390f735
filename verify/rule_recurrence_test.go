package verify

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// fakeHistory answers EarlierReports with its reports, or its error, and
// records what it was asked.
type fakeHistory struct {
	reports []PastReport
	err     error
	asked   *[2]string
}

func (f fakeHistory) EarlierReports(_ context.Context, unit, before string, _ *parse.Document) ([]PastReport, error) {
	if f.asked != nil {
		*f.asked = [2]string{unit, before}
	}
	return f.reports, f.err
}

// pastReport is an earlier report of the unit dated date, listing each
// problem as a heading followed by its status line (已完成 when done).
func pastReport(t *testing.T, date string, problems map[string]bool) PastReport {
	t.Helper()
	lines := []string{"中共某县水利局党组关于县委第三巡察组反馈意见整改情况的报告"}
	n := 0
	for _, title := range sortedKeys(problems) {
		n++
		status := "正在推进"
		if problems[title] {
			status = "已完成"
		}
		lines = append(lines, "（"+chineseNumeral(n)+"）关于“"+title+"”问题的整改", "局党组制定专项方案，逐项推进。", "整改情况："+status+"。")
	}
	doc, err := parse.Parse(context.Background(), "past.txt", []byte(strings.Join(lines, "\n")), parse.Options{})
	require.NoError(t, err)
	doc.File = "2019/水利局整改报告.docx"
	return PastReport{File: doc.File, Unit: "中共某县水利局党组", Date: date, Doc: doc}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func chineseNumeral(n int) string { return string([]rune("一二三四五六七八九十")[n-1]) }

func TestRuleRecurrence(t *testing.T) {
	const (
		car   = "公务用车管理不规范"
		car2  = "公务用车使用管理仍不规范"
		buy   = "政府采购程序不规范"
		hire  = "选人用人程序不规范"
		funds = "专项资金拨付不及时"
	)
	past := func(t *testing.T) PastReport {
		return pastReport(t, "2019-05-20", map[string]bool{car: true, buy: true, funds: false})
	}
	// withHistory is a case of this round whose ledger lists rows, with an
	// index of the unit's earlier reports.
	withHistory := func(h func(t *testing.T) History, rows ...string) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			in := input(report("中共某县水利局党组关于县委第一巡察组反馈意见整改情况的报告", "全局上下认真整改。"))
			in.Report.Title = "中共某县水利局党组关于县委第一巡察组反馈意见整改情况的报告"
			var ps []extract.LedgerProblem
			for i, r := range rows {
				ps = append(ps, problem(extract.LedgerProblem{No: string(rune('1' + i)), Title: r, Status: extract.StatusInProgress, StatusText: "推进中"}))
			}
			withLedger(in, extract.Ledger{Problems: ps})
			if h != nil {
				in.History = h(t)
			}
			return in
		}
	}
	reports := func(ps ...func(t *testing.T) PastReport) func(t *testing.T) History {
		return func(t *testing.T) History {
			var out []PastReport
			for _, p := range ps {
				out = append(out, p(t))
			}
			return fakeHistory{reports: out}
		}
	}
	testRule(t, RuleRecurrence, []ruleCase{
		{name: "a problem called done before, worded again", in: withHistory(reports(past), car2, hire),
			want: []got{{"1", "", ""}}, msgs: []string{"问题“" + car2 + "”在本单位2019-05-20 的整改报告（2019/水利局整改报告.docx）中称已完成整改，本轮又被指出"}},
		{name: "the same problem word for word", in: withHistory(reports(past), hire, buy),
			want: []got{{"2", "", ""}}},
		{name: "an earlier problem not called done is not a recurrence", in: withHistory(reports(past), funds)},
		{name: "problems that only share their judgement are new", in: withHistory(reports(past), hire, "干部档案审核把关不严")},
		{name: "no earlier report", in: withHistory(reports(), car)},
		{name: "the index fails", in: withHistory(func(*testing.T) History { return fakeHistory{err: errors.New("磁盘损坏")} }, car),
			notRun: "索引检索失败：磁盘损坏"},
		{name: "no index", in: withHistory(nil, car), notRun: "未指定历史报告索引（--index）"},
		{name: "no unit named", in: func(t *testing.T) *Input {
			in := withHistory(reports(past), car)(t)
			in.Report = report("整改情况报告", "全局上下认真整改。")
			return in
		}, notRun: "被核查单位不详（case.json 的 unit，报告标题也未写明）"},
		{name: "no feedback date", in: func(t *testing.T) *Input {
			in := withHistory(reports(past), car)(t)
			in.Info.FeedbackDate = ""
			return in
		}, notRun: "反馈日期不详（case.json 的 feedback_date）"},
	})
}

// TestRuleRecurrenceAsksAndQuotes: the unit comes from the report's title
// when the case names none, reports before the feedback date are asked
// for, and a finding quotes both this round's row and the earlier report.
func TestRuleRecurrenceAsksAndQuotes(t *testing.T) {
	var asked [2]string
	in := input(report("中共某县水利局党组关于县委第一巡察组反馈意见整改情况的报告"))
	in.Report.Title = "中共某县水利局党组关于县委第一巡察组反馈意见整改情况的报告"
	withLedger(in, extract.Ledger{Problems: []extract.LedgerProblem{problem(extract.LedgerProblem{No: "7", Title: "公务用车管理仍不规范"})}})
	in.History = fakeHistory{reports: []PastReport{pastReport(t, "2019-05-20", map[string]bool{"公务用车管理不规范": true})}, asked: &asked}
	fs, err := RuleByID(RuleRecurrence).Check(context.Background(), in)
	require.NoError(t, err)
	assert.Equal(t, [2]string{"中共某县水利局党组", "2020-01-10"}, asked)
	require.Len(t, fs, 1)
	require.Len(t, fs[0].Evidence, 2)
	assert.Equal(t, "问题台账", fs[0].Evidence[0].Sheet)
	assert.Equal(t, 9, fs[0].Evidence[0].Row)
	assert.Equal(t, "2019/水利局整改报告.docx", fs[0].Evidence[1].File)
	assert.Contains(t, fs[0].Evidence[1].Text, "公务用车管理不规范")
	assert.Equal(t, "2019-05-20 的报告称已完成整改", fs[0].Evidence[1].Note)
}

// TestRuleRecurrenceAllDone: an earlier report whose problems carry no
// status of their own counts them all done when it says every problem is
// (反馈问题N个，已全部完成整改 / 整改完成率100%), and none when it does not.
func TestRuleRecurrenceAllDone(t *testing.T) {
	for _, tc := range []struct {
		name, summary string
		want          bool
	}{
		{"done as many as fed back", "县委巡察组反馈问题3个，已完成整改3个。", true},
		{"a completion rate of 100%", "反馈问题3个，整改完成率100%。", true},
		{"fewer done than fed back", "县委巡察组反馈问题3个，已完成整改2个，正在整改1个。", false},
		{"nothing said", "局党组高度重视巡察整改。", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := []string{"中共某县水利局党组关于县委第三巡察组反馈意见整改情况的报告", tc.summary}
			for i, p := range []string{"公务用车管理不规范", "政府采购程序不规范", "专项资金拨付不及时"} {
				lines = append(lines, "（"+chineseNumeral(i+1)+"）关于“"+p+"”问题的整改", "局党组制定专项方案，逐项推进。")
			}
			doc, err := parse.Parse(context.Background(), "past.txt", []byte(strings.Join(lines, "\n")), parse.Options{})
			require.NoError(t, err)
			doc.File = "2019.txt"
			in := input(report("中共某县水利局党组关于县委第一巡察组反馈意见整改情况的报告"))
			in.Report.Title = in.Report.Pages[0].Text
			withLedger(in, extract.Ledger{Problems: []extract.LedgerProblem{problem(extract.LedgerProblem{No: "1", Title: "公务用车管理仍不规范"})}})
			in.History = fakeHistory{reports: []PastReport{{File: doc.File, Date: "2019-05-20", Doc: doc}}}
			fs, err := RuleByID(RuleRecurrence).Check(context.Background(), in)
			require.NoError(t, err)
			if !tc.want {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Contains(t, fs[0].Evidence[1].Note, "报告称反馈问题已全部完成整改")
		})
	}
}

func TestSameProblem(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"公务用车管理不规范", "公务用车管理不规范", true},
		{"公务用车管理不规范", "公务用车使用管理仍不规范", true},
		{"“三重一大”决策制度执行不严格", "三重一大决策制度执行不够严格", true},
		{"意识形态工作责任制落实不到位", "意识形态工作责任制落实仍不到位问题", true},
		{"政府采购程序不规范", "选人用人程序不规范", false},
		{"会议费支出审核不严", "财务报销审核不严", false},
		{"信息公开不及时不全面", "专项资金拨付不及时", false},
		{"直属单位监管缺位", "国有资产处置不规范", false},
		// Pointed out again: an adverb before the judgement, the judgement
		// changed, a word inserted in what is judged.
		{"合同管理不到位", "合同管理依然不严格", true},
		{"内部控制制度不健全", "内部控制制度执行不到位", true},
		{"合同管理不力", "合同履约管理仍然缺位问题", true},
		{"安全生产监管滞后", "安全生产监管仍然不及时", true},
		{"公务用车管理不规范", "公务接待管理不规范", false},
		{"公务用车管理不规范", "公务接待管理仍不规范", false},
		{"政府采购程序流于形式", "政府采购流程滞后问题", true},
	} {
		_, got := sameProblem(tc.a, tc.b)
		assert.Equal(t, tc.same, got, "%s ~ %s", tc.a, tc.b)
	}
	assert.Equal(t, "公务用车管理", problemSubject("（三）公务用车管理不规范。"))
	assert.Equal(t, "信息公开", problemSubject("信息公开不及时不全面"))
	assert.Equal(t, "直属单位监管", problemSubject("直属单位监管缺位问题"))
	assert.Equal(t, "公务用车管理", problemSubject("公务用车管理仍然不规范"))
	assert.Equal(t, "执法检查工作", problemSubject("执法检查工作依旧流于形式"))
}
