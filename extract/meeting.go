package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse"
)

// Meeting is one meeting recorded in minutes (会议纪要 / 会议记录).
type Meeting struct {
	File  string      `json:"file"`
	Title string      `json:"title"`
	Type  MeetingType `json:"type"`
	// Date is the meeting's date (YYYY-MM-DD), "" when the minutes state none.
	Date string `json:"date,omitempty"`
	// Number is the meeting's sequence number (第3次, 2019年第11次), 0 if none.
	Number    int      `json:"number,omitempty"`
	Attendees []string `json:"attendees,omitempty"`
	// Rectification tells whether the meeting dealt with rectification.
	Rectification bool `json:"rectification"`
	// Annual marks a routine annual 民主生活会 (年度民主生活会), which is not a
	// special one held on inspection findings.
	Annual bool `json:"annual,omitempty"`
	// Pos points at the minutes' title.
	Pos parse.Pos `json:"pos"`
}

var (
	reMinutesTitle = regexp.MustCompile(`(会议纪要|会议记录|学习记录|会纪要|会记录)`)
	reMeetingNo    = regexp.MustCompile(`第\s*([0-9一二三四五六七八九十百两〇零]+)\s*次`)
	reAttendLine   = regexp.MustCompile(`^(出席人员|参会人员|参加人员|出席|参会|参加|与会人员|到会人员)[:：]`)
	reNameSep      = regexp.MustCompile(`[、，,；;\x{3000}\s]+`)
	// reTopicRectify is the vocabulary of rectification work: minutes that
	// use none of it (a routine business meeting) did not deal with it.
	reTopicRectify = regexp.MustCompile(`巡视|巡察|审计|整改|问责|追责|督察|督查|反馈|民主生活会|台账|销号|回头看|制度|工作规则|实施办法|交办件|转办件|信访件|举报件|交办问题`)
)

// ReadMeetings returns the meetings recorded in a minutes document. A file
// usually holds one meeting; a file holding several (each starting with its
// own 会议纪要 title) yields one Meeting each.
func ReadMeetings(doc *parse.Document) []Meeting {
	var starts []int
	for i, p := range doc.Paragraphs {
		if p.Table == 0 && utf8.RuneCountInString(p.Text) <= 60 && reMinutesTitle.MatchString(p.Text) && !strings.ContainsAny(p.Text, "。，") {
			starts = append(starts, i)
		}
	}
	if len(starts) <= 1 {
		// One title over several meetings, each a section of its own with
		// its date (一、第一次推进会 / 时间：2023年6月14日 …): one each.
		if secs := meetingSections(doc.Paragraphs); len(secs) >= 2 {
			starts = secs
		}
	}
	if len(starts) == 0 {
		if doc.Kind != parse.KindMinutes || len(doc.Paragraphs) == 0 {
			return nil
		}
		starts = []int{0}
	}
	var out []Meeting
	for k, s := range starts {
		e := len(doc.Paragraphs)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		above := ""
		if s > 0 && (k == 0 || starts[k-1] < s-1) {
			if p := doc.Paragraphs[s-1]; p.Table == 0 && utf8.RuneCountInString(p.Text) <= 30 && !strings.ContainsAny(p.Text, "。，") {
				above = p.Text
			}
		}
		out = append(out, readMeeting(doc, doc.Paragraphs[s:e], above, len(starts) == 1))
	}
	return out
}

// meetingSections returns the paragraphs that open a section naming a
// meeting (一、第一次推进会; （二）7月26日专题会议) and followed, within three
// paragraphs, by a line of its date (时间：…): the meetings of a file that
// gathers several under one title. None unless every such section has
// its date.
func meetingSections(paras []parse.Paragraph) []int {
	var out []int
	for i, p := range paras {
		t := Simplify(p.Text)
		if p.Table != 0 || utf8.RuneCountInString(t) > 30 || !reMeetingSection.MatchString(t) {
			continue
		}
		dated := false
		for j := i + 1; j < len(paras) && j <= i+3; j++ {
			q := Simplify(paras[j].Text)
			if (strings.HasPrefix(q, "时间") || strings.HasPrefix(q, "会议时间")) && len(parse.FindDates(q)) > 0 {
				dated = true
				break
			}
		}
		if !dated {
			return nil
		}
		out = append(out, i)
	}
	return out
}

// reMeetingSection is a section heading naming a meeting: numbered
// (一、第一次推进会; （二）7月26日专题会议) or counted (第二次集中学习 in a
// book of a study group's sessions), a note in brackets after it at most
// (一、党工委会议（研究巡察整改方案）).
var reMeetingSection = regexp.MustCompile(`^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。，]*(会|会议)([（(][^）)]{1,20}[）)])?$|^第[一二三四五六七八九十0-9０-９]{1,3}次[^。，]*(会|会议|学习)([（(][^）)]{1,20}[）)])?$`)

// openingLines is how many of the minutes' first paragraphs may name the
// meeting, its date and its number.
const openingLines = 6

var (
	// reConvened is an opening sentence that says the meeting was held
	// (2021年4月23日，局党组书记张明主持召开党组会议).
	reConvened = regexp.MustCompile(`召开|主持|举行|召集|在.{0,12}(会议室|会场)`)
	// reMembersOf names the members of a party group or committee among the
	// attendees (党组成员, 党委委员, 常委): such a meeting is the body's.
	reMembersOf = regexp.MustCompile(`党组成员|党委委员|党委成员|常委`)
)

// readMeeting reads the meeting whose minutes are paras (its title first);
// above is the short line over the title, if any (中共某局党组 over 会议纪要);
// whole is set when they are the whole document, whose title and date then
// stand for the meeting's. The type is the title's (with the line above
// it); else that of the meeting an opening sentence says was held; else
// party_committee when the attendees are a party group's or committee's
// members.
func readMeeting(doc *parse.Document, paras []parse.Paragraph, above string, whole bool) Meeting {
	m := Meeting{File: doc.File, Title: paras[0].Text, Pos: paras[0].Pos}
	if whole && doc.Title != "" {
		m.Title = doc.Title
	}
	title := Simplify(m.Title)
	m.Type, m.Annual = MeetingTypeOf(title)
	_, typed := meetingTypeIn(title)
	if !typed && above != "" {
		named := Simplify(above + paras[0].Text)
		if _, ok := meetingTypeIn(named); ok {
			m.Type, m.Annual = MeetingTypeOf(named)
			typed = true
		}
	}
	var body strings.Builder
	var openingDate, attendLines string
	for i, p := range paras {
		t := Simplify(p.Text)
		if i < openingLines && m.Number == 0 {
			if sm := reMeetingNo.FindStringSubmatch(t); sm != nil && (utf8.RuneCountInString(t) <= 30 || i == 0) {
				if n, ok := ParseNumber(sm[1]); ok {
					m.Number = int(n.Value)
				}
			}
		}
		if m.Date == "" && (strings.HasPrefix(t, "时间") || strings.HasPrefix(t, "会议时间") || strings.HasPrefix(t, "日期")) {
			if ds := parse.FindDates(t); len(ds) > 0 {
				m.Date = ds[0].Date.Format("2006-01-02")
			}
		}
		if i > 0 && i < openingLines && reConvened.MatchString(t) {
			if openingDate == "" {
				if ds := parse.FindDates(t); len(ds) > 0 {
					openingDate = ds[0].Date.Format("2006-01-02")
				}
			}
			if !typed {
				if typ, ok := meetingTypeIn(t); ok {
					m.Type, typed = typ, true
				}
			}
		}
		if reAttendLine.MatchString(t) || strings.HasPrefix(t, "列席") {
			attendLines += t
		}
		if m.Attendees == nil && reAttendLine.MatchString(t) {
			list := reAttendLine.ReplaceAllString(p.Text, "")
			for _, n := range reNameSep.Split(list, -1) {
				if n = strings.TrimSpace(n); n != "" {
					m.Attendees = append(m.Attendees, n)
				}
			}
		}
		body.WriteString(t)
		body.WriteByte('\n')
	}
	if !typed && reMembersOf.MatchString(attendLines) {
		m.Type = MeetingPartyCommittee
	}
	if m.Date == "" {
		if ds := parse.FindDates(title); len(ds) > 0 {
			m.Date = ds[0].Date.Format("2006-01-02")
		} else if openingDate != "" {
			m.Date = openingDate
		} else if whole && doc.Date != "" {
			m.Date = doc.Date
		} else if ds := parse.FindDates(body.String()); len(ds) > 0 {
			m.Date = ds[0].Date.Format("2006-01-02")
		}
	}
	m.Rectification = strings.Contains(title, "整改") || reTopicRectify.MatchString(body.String())
	if m.Annual {
		m.Rectification = strings.Contains(title, "整改")
	}
	return m
}

// MeetingTypeOf tells a meeting's type from the title of its minutes (by
// the meeting types table, as claims' meeting subtypes are told), and
// whether it is a routine annual 民主生活会.
func MeetingTypeOf(title string) (MeetingType, bool) {
	t := Simplify(title)
	typ, _ := meetingTypeIn(t)
	annual := typ == MeetingDemocraticLife && !strings.Contains(t, "专题") && (strings.Contains(t, "年度") || !strings.Contains(t, "整改"))
	return typ, annual
}
