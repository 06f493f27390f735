package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

type caseInfo struct {
	FeedbackDate string `json:"feedback_date"`
	ReportDate   string `json:"report_date"`
}

func readCaseMeetings(t *testing.T, dir string) []Meeting {
	files, err := filepath.Glob(filepath.Join(dir, "minutes", "*"))
	require.NoError(t, err)
	var out []Meeting
	for _, f := range files {
		doc, err := parse.ParseFile(context.Background(), f, parse.Options{})
		require.NoError(t, err)
		ms := ReadMeetings(doc)
		require.Len(t, ms, 1, f)
		out = append(out, ms...)
	}
	return out
}

var reDateInName = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// TestMeetingsCorpus reads the minutes of every sample case. Each file is
// one meeting dated as its file name says, typed as the corpus README's
// convention maps titles; and counting the rectification meetings of each
// type in the rectification period gives the figure the case expects: the
// minutes-side figure of its claim.meetings finding, or, in a case without
// one, at least every meeting count the report claims.
func TestMeetingsCorpus(t *testing.T) {
	for _, dir := range caseDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, "case.json"))
			require.NoError(t, err)
			var ci caseInfo
			require.NoError(t, json.Unmarshal(raw, &ci))
			ms := readCaseMeetings(t, dir)
			inPeriod := map[string]int{}
			for _, m := range ms {
				assert.Equal(t, reDateInName.FindString(filepath.Base(m.File)), m.Date, m.File)
				assert.Equal(t, titleType(m.Title), m.Type, m.Title)
				if m.Rectification && m.Date > ci.FeedbackDate && m.Date <= ci.ReportDate {
					inPeriod[string(m.Type)]++
				}
			}
			e := loadExpected(t, dir)
			flagged := map[string]bool{}
			for _, f := range e.Findings {
				if f.Rule == "claim.meetings" {
					flagged[f.Item] = true
					assert.Equal(t, f.Observed.(float64), float64(inPeriod[f.Item]), "%s meetings in period", f.Item)
				}
			}
			for _, c := range e.Claims {
				if c.Kind == "meetings" && !flagged[c.Subtype] && c.Subtype != "other" && c.Subtype != "lecture" {
					assert.LessOrEqual(t, c.Value, float64(inPeriod[c.Subtype]), "%s: claimed %v", c.Subtype, c.Value)
				}
			}
		})
	}
}

// titleType is the corpus README's mapping of minutes titles to types.
func titleType(title string) MeetingType {
	switch {
	case strings.Contains(title, "民主生活会"):
		return MeetingDemocraticLife
	case strings.Contains(title, "党组会议纪要"), strings.Contains(title, "党委会议纪要"):
		return MeetingPartyCommittee
	case strings.Contains(title, "理论学习中心组学习"):
		return MeetingStudy
	case strings.Contains(title, "巡察整改专题会议"):
		return MeetingSpecial
	case strings.Contains(title, "整改工作会议"), strings.Contains(title, "整改工作推进会"):
		return MeetingWork
	}
	return MeetingOther
}

func TestMeetingDetails(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), filepath.Join(corpusCases, "01-dongchuan-nonglin", "minutes", "2017-02-13.txt"), parse.Options{})
	require.NoError(t, err)
	ms := ReadMeetings(doc)
	require.Len(t, ms, 1)
	m := ms[0]
	assert.Equal(t, MeetingWork, m.Type)
	assert.Equal(t, 3, m.Number)
	assert.Equal(t, "2017-02-13", m.Date)
	assert.Equal(t, []string{"周明远", "韩立新", "许光辉", "叶承德", "邵敬文"}, m.Attendees)
	assert.True(t, m.Rectification)
	assert.Equal(t, m.Title, doc.Slice(m.Pos))
}

func TestMeetingTypeOf(t *testing.T) {
	tests := []struct {
		title  string
		want   MeetingType
		annual bool
	}{
		{"中共某局党组巡察整改专题民主生活会会议记录", MeetingDemocraticLife, false},
		{"中共某局党组2022年度民主生活会会议记录", MeetingDemocraticLife, true},
		{"中共某局党组会议纪要", MeetingPartyCommittee, false},
		{"某集团有限公司党委会议纪要", MeetingPartyCommittee, false},
		{"某局党组理论学习中心组学习会议记录", MeetingStudy, false},
		{"某局巡察整改专题会议纪要", MeetingSpecial, false},
		{"某局巡察整改工作会议纪要", MeetingWork, false},
		{"某局巡察整改工作推进会会议纪要", MeetingWork, false},
		{"某局审计整改工作会议纪要", MeetingWork, false},
		{"2020年上半年全市食品安全形势分析会会议纪要", MeetingOther, false},
		{"某局巡視整改工作會議紀要", MeetingWork, false},
		// An enlarged sitting is the body's meeting, not a 大会.
		{"某县委党委扩大会纪要", MeetingPartyCommittee, false},
		{"中共某局党组（扩大）会议纪要", MeetingPartyCommittee, false},
		{"某县委常委（扩大）会议纪要", MeetingPartyCommittee, false},
		{"某局巡察整改工作扩大会议纪要", MeetingWork, false},
		{"全县警示教育大会会议纪要", MeetingOther, false},
		// The body that meets names the meeting; a 协调会 is a work meeting.
		{"某市教育工委会议纪要", MeetingPartyCommittee, false},
		{"某局党委专题会议纪要", MeetingPartyCommittee, false},
		{"某局党组（扩大）专题会议纪要", MeetingPartyCommittee, false},
		{"某局巡察整改专题会议纪要", MeetingSpecial, false},
		{"某区巡察整改协调会会议纪要", MeetingWork, false},
		// Bodies sharing one head noun: the first body's meeting.
		{"某县巡察整改工作领导小组及其办公室会议纪要", MeetingWork, false},
		// Not when what follows the connector names no body (a guard).
		{"某局党组书记和班子成员谈话会纪要", MeetingOther, false},
	}
	for _, tt := range tests {
		got, annual := MeetingTypeOf(tt.title)
		assert.Equal(t, tt.want, got, tt.title)
		assert.Equal(t, tt.annual, annual, tt.title)
	}
}

func TestMeetingNotAboutRectification(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), filepath.Join(corpusCases, "03-tongling-shichangjianguan", "minutes", "2020-08-05.txt"), parse.Options{})
	require.NoError(t, err)
	ms := ReadMeetings(doc)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].Rectification, "a food-safety business meeting is not rectification work")
	assert.Equal(t, MeetingOther, ms[0].Type)
}

// TestMeetingOnHandedOverPetitions: minutes that speak only of the
// petitions an eco-inspection handed over (交办件) deal with its
// rectification, whatever other word they lack (cases-ai 04).
func TestMeetingOnHandedOverPetitions(t *testing.T) {
	for _, body := range []string{
		"会议听取第一、二批交办件办理情况汇报，研究部署第三批交办件办理工作。",
		"会议专题研究信访件办理中的历史遗留问题，明确办结时限。",
	} {
		text := "中共某县委常委会2023年第17次会议纪要\n时间：2023年7月20日\n主持：县委书记\n" + body + "\n"
		doc, err := parse.Parse(context.Background(), "m.txt", []byte(text), parse.Options{})
		require.NoError(t, err)
		ms := ReadMeetings(doc)
		require.Len(t, ms, 1)
		assert.True(t, ms[0].Rectification, body)
	}
}

func TestSeveralMeetingsInOneFile(t *testing.T) {
	tests := []struct {
		name, text string
		dates      []string
	}{
		{"each under its own title", "某局巡察整改工作会议纪要\n（第1次）\n时间：2021年4月23日\n会议研究整改方案。\n某局巡察整改工作会议纪要\n（第2次）\n时间：2021年5月14日\n会议听取整改进展。\n",
			[]string{"2021-04-23", "2021-05-14"}},
		// One title over sections that each name a meeting and give its
		// date (cases-aa 15).
		{"sections under one title", "某局巡察整改推进会会议纪要（汇编）\n一、第一次推进会\n时间：2023年6月14日\n会议部署整改工作。\n二、第二次推进会\n时间：2023年7月26日\n会议听取整改进展。\n三、第三次推进会\n时间：2023年9月6日\n会议研究销号事项。\n",
			[]string{"2023-06-14", "2023-07-26", "2023-09-06"}},
		// Sections whose headings add a note in brackets after the meeting
		// (cases-br 01: read as one meeting, three false findings).
		{"sections with a note after the meeting", "街道巡察整改会议纪要汇编\n一、党工委会议（研究巡察整改方案）\n时间：2025年4月18日\n会议审议整改方案。\n二、党工委会议（听取整改进展汇报）\n时间：2025年6月20日\n会议听取整改进展。\n三、巡察整改专题民主生活会\n时间：2025年7月8日\n班子成员开展批评和自我批评。\n",
			[]string{"2025-04-18", "2025-06-20", "2025-07-08"}},
		// A book of a study group's sessions, each headed by its count
		// (第二次集中学习) and dated (cases-an 06).
		{"a study book's counted sessions", "某局党组理论学习中心组学习记录\n第一次集中学习\n时间：2024年3月8日\n学习内容：巡视工作条例\n第二次集中学习\n时间：2024年4月12日\n学习内容：整改要求\n",
			[]string{"2024-03-08", "2024-04-12"}},
		// Guard: sections of one meeting's business, with no date of
		// their own, are one meeting.
		{"agenda sections of one meeting", "某局党组会议纪要\n时间：2023年6月14日\n一、传达巡察反馈会\n会议传达了反馈意见。\n二、研究整改工作会\n会议研究了整改方案。\n",
			[]string{"2023-06-14"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "minutes.txt", []byte(tt.text), parse.Options{})
			require.NoError(t, err)
			var dates []string
			for _, m := range ReadMeetings(doc) {
				dates = append(dates, m.Date)
			}
			assert.Equal(t, tt.dates, dates)
		})
	}
}

// TestMeetingAttendeesFromPDF: names separated by ideographic spaces in a
// PDF stay apart.
func TestMeetingAttendeesFromPDF(t *testing.T) {
	doc, err := parse.ParseFile(context.Background(), filepath.Join(corpusCases, "01-dongchuan-nonglin", "minutes", "2017-01-16.pdf"), parse.Options{})
	require.NoError(t, err)
	ms := ReadMeetings(doc)
	require.Len(t, ms, 1)
	assert.Equal(t, []string{"周明远", "韩立新", "许光辉", "叶承德", "邵敬文"}, ms[0].Attendees)
	assert.Equal(t, 2, ms[0].Number)
}

// TestMeetingTypeOneClassifier checks that minutes and claims type a
// meeting alike, for every word of the meeting types table: the title
// 某局<word>纪要 and the claim 召开<word>3次 get the same type, and it is the
// type of the first row holding a word the title contains.
func TestMeetingTypeOneClassifier(t *testing.T) {
	for _, row := range meetingTypes {
		for _, w := range row.Words {
			t.Run(w, func(t *testing.T) {
				// Each word names its own row's type: a word of an
				// earlier row that shadows it would fail here.
				want := row.Type
				got, _ := MeetingTypeOf("某局" + w + "纪要")
				assert.Equal(t, want, got, "minutes")
				var subs []Subtype
				for _, c := range claimsOf(t, "今年以来，召开"+w+"3次。") {
					if c.Kind == KindMeetings {
						subs = append(subs, c.Subtype)
					}
				}
				assert.Equal(t, []Subtype{want.Subtype()}, subs, "claims")
			})
		}
	}
}

// TestMinutesForms reads minutes written in the common forms: the type from
// the title, else from the opening sentence that says the meeting was held,
// else from the attendees; the number (第N次) and the date from the title or
// the first lines.
func TestMinutesForms(t *testing.T) {
	tests := []struct {
		name, text string
		typ        MeetingType
		number     int
		date       string
	}{
		{"党组会议 numbered below the title",
			"中共某县财政局党组会议纪要\n（2021年第5次）\n时间：2021年4月23日\n地点：三楼会议室\n会议研究巡察整改方案。\n",
			MeetingPartyCommittee, 5, "2021-04-23"},
		{"中共…委员会会议纪要",
			"中共某市供销合作社委员会会议纪要\n时间：2021年6月2日\n会议听取巡察反馈问题整改进展情况汇报。\n",
			MeetingPartyCommittee, 0, "2021-06-02"},
		{"中共…委员会 with the number inside",
			"中共某县水利局委员会2022年第3次会议纪要\n会议审议整改台账。\n",
			MeetingPartyCommittee, 3, ""},
		{"党委（党组）会议",
			"某局党委（党组）会议纪要\n时间：2021年7月9日\n会议研究巡察整改工作。\n",
			MeetingPartyCommittee, 0, "2021-07-09"},
		{"常委会",
			"某县委常委会会议纪要\n第12次\n时间：2020年3月18日\n会议研究审计整改工作。\n",
			MeetingPartyCommittee, 12, "2020-03-18"},
		{"局务会",
			"某局局务会纪要\n时间：2021年3月1日\n会议研究审计整改工作。\n",
			MeetingOther, 0, "2021-03-01"},
		{"调度会",
			"某局巡察整改工作调度会纪要\n时间：2021年5月6日\n会议调度整改进度。\n",
			MeetingWork, 0, "2021-05-06"},
		{"专题会 dated in the title",
			"2021年5月14日巡察整改专题会纪要\n会议研究整改事项。\n",
			MeetingSpecial, 0, "2021-05-14"},
		{"typed and dated by the opening sentence",
			"会议纪要\n2021年4月23日上午，局党组书记张明主持召开党组会议，专题研究巡察整改工作。\n会议指出，要坚持问题导向。\n印发：2021年4月30日\n",
			MeetingPartyCommittee, 0, "2021-04-23"},
		{"typed by the attendees",
			"会议记录\n时间：2021年8月3日\n出席：党组书记张明，党组成员李华、赵强\n会议研究巡察整改工作。\n",
			MeetingPartyCommittee, 0, "2021-08-03"},
		{"the body named on the line above 会议纪要",
			"中共某县审计局党组\n会议纪要\n第7次\n时间：2021年9月2日\n会议研究审计整改工作。\n",
			MeetingPartyCommittee, 7, "2021-09-02"},
		{"attendees of another kind are no party meeting",
			"会议记录\n时间：2021年8月3日\n出席：张明、李华、赵强\n会议研究巡察整改工作。\n",
			MeetingOther, 0, "2021-08-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "minutes.txt", []byte(tt.text), parse.Options{})
			require.NoError(t, err)
			ms := ReadMeetings(doc)
			require.Len(t, ms, 1)
			assert.Equal(t, tt.typ, ms[0].Type, "type")
			assert.Equal(t, tt.number, ms[0].Number, "number")
			if tt.date != "" {
				assert.Equal(t, tt.date, ms[0].Date, "date")
			}
			assert.True(t, ms[0].Rectification)
		})
	}
}
