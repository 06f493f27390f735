package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

func TestRuleDLMMissing(t *testing.T) {
	// held is a case (fed back on 2020-01-10) whose minutes record ms.
	held := func(ms ...extract.Meeting) func(t *testing.T) *Input {
		return func(t *testing.T) *Input { return withMeetings(input(report("整改情况报告")), ms...) }
	}
	dlm := func(date string) extract.Meeting {
		return meeting(extract.MeetingDemocraticLife, date, "巡察整改专题民主生活会会议记录")
	}
	annual := dlm("2020-02-20")
	annual.Annual = true
	work := meeting(extract.MeetingWork, "2020-01-20", "巡察整改工作会议纪要")
	testRule(t, RuleDLMMissing, []ruleCase{
		{name: "only other meetings", in: held(work),
			want: []got{{"", "", ""}}, msgs: []string{"2020-01-10反馈后，会议纪要中没有巡视巡察整改专题民主生活会的记录"}},
		{name: "an annual one, and one before the feedback", in: held(work, annual, dlm("2019-12-20")),
			want: []got{{"", "", ""}}},
		{name: "a special one after the feedback", in: held(work, dlm("2020-02-20"))},
		// Its date unread on a photographed page, it may be the one; typed
		// minutes with no date (a plan: 拟召开…) prove nothing.
		{name: "a special one whose date OCR could not read",
			in: func(t *testing.T) *Input {
				in := held(work, dlm(""))(t)
				in.ScannedMinutes = map[string]bool{"minutes/.txt": true}
				return in
			}},
		{name: "a special one with no date, typed", in: held(work, dlm("")), want: []got{{"", "", ""}}},
		// A community's party organisation holds 组织生活会: its special one
		// after the feedback answers (cases-am 05); a bureau's does not.
		{name: "a community's special 组织生活会",
			in: func(t *testing.T) *Input {
				in := held(work, meeting(extract.MeetingOther, "2020-02-20", "柳溪社区党委巡察整改专题组织生活会记录"))(t)
				in.Info.Unit = "中共柳溪社区委员会"
				return in
			}},
		{name: "a community with no special 组织生活会",
			in: func(t *testing.T) *Input {
				in := held(work)(t)
				in.Info.Unit = "桃坪村党支部"
				return in
			},
			want: []got{{"", "", ""}}, msgs: []string{"2020-01-10反馈后，会议纪要中没有巡察整改专题组织生活会（或专题民主生活会）的记录"}},
		// Guard: an annual 组织生活会, its body mentioning measures, is no
		// special one (review of session 13).
		{name: "a community's annual 组织生活会",
			in: func(t *testing.T) *Input {
				m := meeting(extract.MeetingOther, "2020-02-20", "桃坪村党支部2019年度组织生活会记录")
				m.Rectification = true
				in := held(work, m)(t)
				in.Info.Unit = "桃坪村党支部委员会"
				return in
			},
			want: []got{{"", "", ""}}},
		{name: "a village named by its committee, a photographed special 组织生活会 with no date",
			in: func(t *testing.T) *Input {
				in := held(work, meeting(extract.MeetingOther, "", "巡察整改专题组织生活会"))(t)
				in.ScannedMinutes = map[string]bool{"minutes/.txt": true}
				in.Info.Unit = "中共柳溪社区党总支部委员会"
				return in
			}},
		{name: "a bank named after villages is no village",
			in: func(t *testing.T) *Input {
				in := held(work, meeting(extract.MeetingOther, "2020-02-20", "专题组织生活会记录"))(t)
				in.Info.Unit = "某县农村信用合作联社党委"
				return in
			},
			want: []got{{"", "", ""}}},
		{name: "a bureau's 组织生活会 is no democratic life meeting",
			in: func(t *testing.T) *Input {
				in := held(work, meeting(extract.MeetingOther, "2020-02-20", "机关党支部专题组织生活会记录"))(t)
				in.Info.Unit = "中共某县财政局党组"
				return in
			},
			want: []got{{"", "", ""}}},
		{name: "no minutes", in: held(), notRun: "案卷中没有会议纪要"},
		// The scan may be the special meeting's minutes.
		{name: "a minutes file unread stops it",
			in: func(t *testing.T) *Input {
				return withUnread(held(work)(t), InputMinutes, "minutes/民主生活会.pdf", parse.ErrNoTextLayer)
			}, notRun: "会议纪要未能全部读取：minutes/民主生活会.pdf（扫描件（无文字层））"},
		{name: "the only minutes file unread",
			in: func(t *testing.T) *Input {
				return withUnread(held()(t), InputMinutes, "minutes/2020-02-20.odt", parse.ErrUnsupported)
			}, notRun: "会议纪要均无法读取：minutes/2020-02-20.odt（格式不支持（.odt））"},
		{name: "feedback date unknown",
			in: func(t *testing.T) *Input {
				in := held(work)(t)
				in.Info.FeedbackDate = ""
				return in
			}, notRun: "反馈日期不详（case.json 的 feedback_date）"},
	})
}
