package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// MeetingType is the kind of a meeting. It is both Meeting.Type (minutes)
// and the Subtype of a meetings claim (MeetingType.Subtype), and both are
// decided by meetingTypeIn over the meeting types table.
type MeetingType string

// The meeting types.
const (
	MeetingDemocraticLife MeetingType = "democratic_life"
	MeetingOther          MeetingType = "other"
	MeetingLecture        MeetingType = "lecture"
	MeetingStudy          MeetingType = "study"
	MeetingSpecial        MeetingType = "special"
	MeetingWork           MeetingType = "work"
	MeetingPartyCommittee MeetingType = "party_committee"
)

// meetingTypes is the table of meeting types with the words that name each;
// in a word, … stands for up to meetingGap characters (中共…委员会…会议 is
// 中共某县财政局委员会2021年第5次会议). The rows are tried in order and the
// first row with a word the text holds decides (组织生活会 is other before 党委会 could make it party_committee;
// 党委会研究整改推进会 is work), except that a word of a later row holding
// that word (党委专题会 holds 专题会) is the more exact name and wins over it:
// the body that meets names a 党委专题会议. The last row, other with no words, is what a
// meeting is when no row matches.
var meetingTypes = []struct {
	Type    MeetingType
	Chinese string
	Words   []string
}{
	{MeetingDemocraticLife, "专题民主生活会", []string{"专题民主生活会", "民主生活会"}},
	{MeetingOther, "其他会议", []string{"组织生活会", "院长办公会", "办公会", "局务会", "厅务会", "委务会", "院务会", "校务会",
		"所务会", "座谈会", "培训会", "警示教育大会", "大会"}},
	{MeetingLecture, "专题党课", []string{"党课"}},
	{MeetingStudy, "理论学习中心组学习", []string{"中心组", "集中学习", "专题学习", "理论学习", "集体学习", "学习研讨", "学习会", "读书班"}},
	{MeetingSpecial, "整改专题会议", []string{"专题会", "专题会议", "专题相关会"}},
	{MeetingWork, "整改工作会议", []string{"整改工作会", "推进会", "领导小组会议", "领导小组会", "领导小组办公室会", "调度会", "部署会", "动员会",
		"督办会", "督导会", "协调会", "工作例会", "例会", "工作会议", "整改会议", "工作会"}},
	{MeetingPartyCommittee, "党组（党委）会议", []string{"党组会", "党委会", "常委会", "工委会", "党委专题会", "党组专题会",
		"党委（党组）会", "党组（党委）会", "党组织会议", "支委会", "党组例会", "党委例会", "党组…会议", "党委…会议",
		"中共…委员会…会议"}},
}

// RectificationSubjects are the words by which a count of meetings names the
// rectification as what the meetings took up (专题研究巡察整改工作): the
// reader of claims and claim.meetings share them.
const RectificationSubjects = "整改|巡察|巡视|审计|督察"

// Chinese returns the Chinese name of t (专题民主生活会, 整改专题会议 …); 会议 for
// a type not in the table.
func (t MeetingType) Chinese() string {
	for _, e := range meetingTypes {
		if e.Type == t {
			return e.Chinese
		}
	}
	return "会议"
}

// Subtype returns the subtype of a meetings claim that counts meetings of
// type t.
func (t MeetingType) Subtype() Subtype { return Subtype(t) }

// meetingGap is how many characters … in a meeting word stands for at most.
const meetingGap = 20

// enlarged drops 扩大 (an enlarged sitting, 党委扩大会 / 党组（扩大）会议) from a
// meeting's name: it says who attends, not what the meeting is, and left in
// it would make 扩大会 read as a 大会.
var enlarged = strings.NewReplacer("（扩大）", "", "(扩大)", "", "扩大会", "会")

// meetingTypeIn returns the type of meeting s (Simplified) names, and
// whether it names one of the table's. An enlarged sitting (扩大会) is of
// the type of the body that sits.
func meetingTypeIn(s string) (MeetingType, bool) {
	if strings.Contains(s, "扩大") {
		s = enlarged.Replace(s)
	}
	if !strings.ContainsAny(s, meetingLastRunes) {
		return MeetingOther, false // no word of the table can end in s
	}
	if t, ok := meetingTypeWord(s); ok {
		return t, true
	}
	if cut, ok := elidedHead(s); ok {
		return meetingTypeWord(cut)
	}
	return MeetingOther, false
}

// meetingTypeWord returns the type of the first word of the table that s
// holds, the longer word deciding where both occur.
func meetingTypeWord(s string) (MeetingType, bool) {
	for _, e := range meetingTypes {
		for _, w := range e.Words {
			if containsGapped(s, w) {
				for _, l := range meetingLonger[w] {
					if containsGapped(s, l.word) {
						return meetingTypes[l.row].Type, true
					}
				}
				return e.Type, true
			}
		}
	}
	return MeetingOther, false
}

// reElidedHead finds bodies that share one head noun: a connector, then the
// name of a second body — a few characters ending in a word of a body
// (办公室, 小组, 纪检组, 党委 …) — then 会 (领导小组及办公室会议, 党委和纪委会议).
// 及时, 以及 and 涉及 hold 及 but join no bodies.
var reElidedHead = regexp.MustCompile(`(及其|及|和|暨)(\p{Han}{0,4}(办公室|小组|组|委|办|支部))会`)

// elidedHead returns the name of a meeting of bodies that share one head
// noun cut to the first body's meeting (领导小组及办公室会议: 领导小组会议),
// when the name as written matched no word of the table. It cuts once, at
// the last such connector.
func elidedHead(s string) (string, bool) {
	if !strings.ContainsAny(s, "及和暨") || !strings.Contains(s, "会") {
		return "", false // the pattern needs both: most texts have neither
	}
	locs := reElidedHead.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 {
		return "", false
	}
	loc := locs[len(locs)-1]
	if at := loc[0]; at > 0 && (strings.HasSuffix(s[:at], "以") || strings.HasSuffix(s[:at], "涉")) || strings.HasPrefix(s[loc[2]:], "及时") {
		return "", false
	}
	return s[:loc[0]] + "会议", true
}

// meetingLastRunes holds the last rune of every word of the meeting types
// table (会, 议, 课 …): a text with none of them names no meeting, and
// meetingTypeIn, called for most figures, answers without trying the
// table's words one by one.
var meetingLastRunes = func() string {
	var b strings.Builder
	for _, e := range meetingTypes {
		for _, w := range e.Words {
			if r, _ := utf8.DecodeLastRuneInString(w); !strings.ContainsRune(b.String(), r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}()

// longerWord is a word of a later row of a table that holds an earlier
// row's word (党委专题会 holds 专题会): where both occur, the longer one is
// the more exact name and its row decides.
type longerWord struct {
	word string
	row  int
}

// longerWords indexes, for each word of a table's rows, the words of later
// rows that hold it; words(i) are the words of row i.
func longerWords(rows int, words func(int) []string) map[string][]longerWord {
	m := map[string][]longerWord{}
	for i := 0; i < rows; i++ {
		for _, w := range words(i) {
			for j := i + 1; j < rows; j++ {
				for _, v := range words(j) {
					if v != w && strings.Contains(v, w) {
						m[w] = append(m[w], longerWord{v, j})
					}
				}
			}
		}
	}
	return m
}

// meetingLonger is longerWords of the meeting types table.
var meetingLonger = longerWords(len(meetingTypes), func(i int) []string { return meetingTypes[i].Words })

// containsGapped tells whether s contains word w, each … of w standing for
// up to meetingGap characters of s.
func containsGapped(s, w string) bool {
	first, rest, gapped := strings.Cut(w, "…")
	if !gapped {
		return strings.Contains(s, w)
	}
	for from := 0; ; {
		i := strings.Index(s[from:], first)
		if i < 0 {
			return false
		}
		from += i + len(first)
		if restMatches(s[from:], rest) {
			return true
		}
	}
}

// restMatches tells whether the …-separated parts of w occur in s in
// order, the first within meetingGap characters of s's start and each
// within meetingGap of the one before.
func restMatches(s, w string) bool {
	for w != "" {
		var p string
		p, w, _ = strings.Cut(w, "…")
		j := strings.Index(s, p)
		if j < 0 || utf8.RuneCountInString(s[:j]) > meetingGap {
			return false
		}
		s = s[j+len(p):]
	}
	return true
}
