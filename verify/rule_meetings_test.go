package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

func TestRuleMeetings(t *testing.T) {
	work := func(date string) extract.Meeting {
		return meeting(extract.MeetingWork, date, "巡察整改工作会议纪要")
	}
	// claimed says four work meetings were held; the minutes record ms.
	claimed := func(ms ...extract.Meeting) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("局党组先后召开巡察整改工作会议4次。")
			c := extract.Claim{Kind: extract.KindMeetings, Value: 4, Unit: "次"}
			setWord(&c.Subtype, extract.MeetingWork)
			c = claim(t, doc, "4次", c)
			return withMeetings(input(doc, c), ms...)
		}
	}
	testRule(t, RuleMeetings, []ruleCase{
		{name: "fewer minutes than meetings claimed", in: claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01")),
			want: []got{{extract.Subtype(extract.MeetingWork), "4", "3"}},
			msgs: []string{"整改报告称召开整改工作会议4次，2020-01-10至2020-03-10期间的会议纪要中仅有3次"}},
		// A scanned page whose title OCR broke (no kind told) may be one
		// of those claimed: no finding; a typed text file of no kind is
		// another meeting, and the count still falls short (cases-bv 06).
		{name: "a scanned minutes page of no kind read",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"), meeting(extract.MeetingOther, "2020-03-05", "中共某局委员2020年3月5日"))(t)
				in.Meetings[3].File = "minutes/scan.png"
				in.ScannedMinutes = map[string]bool{"minutes/scan.png": true}
				return in
			}},
		{name: "a scanned minutes page of the kind, its date not read",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"), work(""))(t)
				in.Meetings[3].File = "minutes/scan.png"
				in.ScannedMinutes = map[string]bool{"minutes/scan.png": true}
				return in
			}},
		{name: "a typed minutes file of no kind",
			in:   claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"), meeting(extract.MeetingOther, "2020-03-05", "班子碰头会记录")),
			want: []got{{extract.Subtype(extract.MeetingWork), "4", "3"}}},
		{name: "as many minutes as meetings claimed",
			in: claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"), work("2020-03-10"))},
		{name: "minutes before the feedback do not count",
			in:   claimed(work("2020-01-05"), work("2020-02-10"), work("2020-03-01"), work("2020-03-10")),
			want: []got{{extract.Subtype(extract.MeetingWork), "4", "3"}}},
		{name: "meetings summed over the units an inspection covered are not checked",
			in: func(t *testing.T) *Input {
				doc := report("对全县28个乡镇开展了巡察，推动召开整改工作会议56次。")
				c := extract.Claim{Kind: extract.KindMeetings, Value: 56, Unit: "次", Scope: extract.ScopeAggregate}
				setWord(&c.Subtype, extract.MeetingWork)
				c = claim(t, doc, "56次", c)
				return withMeetings(input(doc, c), work("2020-01-20"))
			}},
		// A count of the body's meetings on all business, with the part
		// that took up the rectification under 其中: only the part is held
		// to the minutes (cases-an 11).
		{name: "a whole with its rectification part under 其中",
			in: func(t *testing.T) *Input {
				doc := report("局党组召开党组会议12次，其中专题研究巡察整改工作5次。")
				whole := extract.Claim{Kind: extract.KindMeetings, Value: 12, Unit: "次"}
				setWord(&whole.Subtype, extract.MeetingPartyCommittee)
				whole = claim(t, doc, "12次", whole)
				whole.Object = "党组会议"
				part := extract.Claim{Kind: extract.KindMeetings, Value: 5, Unit: "次"}
				setWord(&part.Subtype, extract.MeetingPartyCommittee)
				part = claim(t, doc, "5次", part)
				part.Of, part.Object = 0, "专题研究巡察整改工作"
				party := meeting(extract.MeetingPartyCommittee, "2020-01-20", "局党组会议纪要")
				return withMeetings(input(doc, whole, part), party, party, party, party)
			},
			want: []got{{extract.Subtype(extract.MeetingPartyCommittee), "5", "4"}}},
		// Guard: a whole of the rectification's own meetings stays checked,
		// whatever part follows (review of session 13).
		{name: "a whole of work meetings with a part under 其中",
			in: func(t *testing.T) *Input {
				doc := report("召开整改工作推进会10次，其中听取巡察整改进展汇报6次。")
				whole := extract.Claim{Kind: extract.KindMeetings, Value: 10, Unit: "次", Object: "整改工作推进会"}
				setWord(&whole.Subtype, extract.MeetingWork)
				whole = claim(t, doc, "10次", whole)
				part := extract.Claim{Kind: extract.KindMeetings, Value: 6, Unit: "次"}
				setWord(&part.Subtype, extract.MeetingWork)
				part = claim(t, doc, "6次", part)
				part.Of, part.Object = 0, "听取巡察整改进展汇报"
				w := work("2020-01-20")
				return withMeetings(input(doc, whole, part), w, w, w, w, w, w, w)
			},
			want: []got{{extract.Subtype(extract.MeetingWork), "10", "7"}}},
		{name: "lectures leave no minutes and are not checked",
			in: func(t *testing.T) *Input {
				doc := report("讲授专题党课4次。")
				c := extract.Claim{Kind: extract.KindMeetings, Value: 4}
				setWord(&c.Subtype, extract.MeetingLecture)
				c = claim(t, doc, "4次", c)
				return withMeetings(input(doc, c), work("2020-01-20"))
			}},
		{name: "no minutes", in: claimed(), notRun: "案卷中没有会议纪要"},
		{name: "no minutes could be read",
			in: func(t *testing.T) *Input {
				in := withUnread(claimed()(t), InputMinutes, "minutes/a.pdf", parse.ErrNoTextLayer)
				return withUnread(in, InputMinutes, "minutes/b.odt", parse.ErrUnsupported)
			}, notRun: "会议纪要均无法读取：minutes/a.pdf（扫描件（无文字层））、minutes/b.odt（格式不支持（.odt））"},
		// The three minutes read record fewer meetings than claimed, but the
		// fourth file may hold the fourth: no finding, the rule is not run.
		{name: "a minutes file unread stops it",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"))(t)
				return withUnread(in, InputMinutes, "minutes/2020-03-05.docx", parse.ErrCorrupt)
			}, notRun: "会议纪要未能全部读取：minutes/2020-03-05.docx（文件已损坏）"},
		{name: "a file of unknown kind unread may be minutes",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"))(t)
				return withUnread(in, InputUnclassified, "扫描件.jpg", parse.ErrUnsupported)
			}, notRun: "有文件未能读取，可能是会议纪要：扫描件.jpg（图片（无文字层））"},
		{name: "an unread ledger does not stop it",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"), work("2020-02-10"), work("2020-03-01"))(t)
				return withUnread(in, InputLedger, "ledger.xlsx", parse.ErrCorrupt)
			}, want: []got{{extract.Subtype(extract.MeetingWork), "4", "3"}}},
		{name: "feedback date unknown",
			in: func(t *testing.T) *Input {
				in := claimed(work("2020-01-20"))(t)
				in.Info.FeedbackDate = ""
				return in
			}, notRun: "反馈日期不详（case.json 的 feedback_date）"},
	})
}
