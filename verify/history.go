package verify

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
	"github.com/zhenggai/zhenggai/parse"
)

// History gives a unit's earlier reports, for the rule history.recurrence
// (回头看: a problem the unit called done that is pointed out again).
type History interface {
	// EarlierReports returns the reports of unit (any of its forms: with
	// or without 中共, 党组 or 党委) dated before the date before
	// (YYYY-MM-DD), other than doc itself, with their text.
	EarlierReports(ctx context.Context, unit, before string, doc *parse.Document) ([]PastReport, error)
}

// PastReport is an earlier report of the unit, as History finds it.
type PastReport struct {
	// File is the report's file as the index shows it.
	File  string
	Unit  string
	Round string
	// Date is the report's date, YYYY-MM-DD.
	Date string
	// Doc is the report's text, parsed.
	Doc *parse.Document
}

// unit is the unit being checked: the case's, else the one the report's
// title names, else "".
func (in *Input) unit() string {
	if u := strings.TrimSpace(in.Info.Unit); u != "" {
		return u
	}
	if in.Report != nil {
		return unitFromTitle(in.Report.Title)
	}
	return ""
}

// judgementEndings are the words a problem's title ends with to judge it
// (落实不到位, 管理不规范, 监管缺位 …): they say how a thing fell short, not
// which thing, so two titles are compared on what precedes them too.
var judgementEndings = []string{"流于形式", "走过场", "缺位", "缺失", "混乱", "薄弱", "弱化", "虚化", "淡化", "偏软", "滞后", "较多", "突出", "频发", "失管", "失控", "失察", "问题"}

// problemSubject is a problem title without its numbering, quotes and
// punctuation, and without the judgement it ends with (a 不-phrase of up
// to four characters, or a word of judgementEndings): 公务用车管理不规范
// → 公务用车管理.
func problemSubject(title string) string {
	t := problemText(title)
	for changed := true; changed; {
		changed = false
		for _, w := range judgementEndings {
			if strings.HasSuffix(t, w) && utf8.RuneCountInString(t) > utf8.RuneCountInString(w)+1 {
				t, changed = strings.TrimSuffix(t, w), true
			}
		}
		rs := []rune(t)
		for k := 2; k <= 5 && k < len(rs)-1; k++ {
			if rs[len(rs)-k] == '不' {
				t, changed = string(rs[:len(rs)-k]), true
				break
			}
		}
	}
	return t
}

// reItemNumber is the number a problem's title may start with: （三）, 3.,
// 三、, 三是.
var reItemNumber = regexp.MustCompile(`^\s*(?:[（(][一二三四五六七八九十百零〇\d]{1,6}[）)]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}[、是])`)

// problemText keeps the Chinese characters, letters and digits of a title,
// without its number.
func problemText(title string) string {
	title = reItemNumber.ReplaceAllString(title, "")
	var b strings.Builder
	for _, r := range title {
		if han.IsHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bigramDice is the Dice coefficient of the character bigrams of a and b:
// 2|A∩B| / (|A|+|B|), counting each bigram once; 0 when either has none.
func bigramDice(a, b string) float64 {
	as, bs := bigramSet(a), bigramSet(b)
	if len(as) == 0 || len(bs) == 0 {
		return 0
	}
	n := 0
	for g := range as {
		if bs[g] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(as)+len(bs))
}

func bigramSet(s string) map[[2]rune]bool {
	rs := []rune(s)
	out := make(map[[2]rune]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out[[2]rune{rs[i], rs[i+1]}] = true
	}
	return out
}

// SameProblem is the similarity from which two problem titles are read as
// the same problem: both their whole texts and their subjects (what the
// problem is about, without the judgement) at least this alike.
const SameProblem = 0.6

// sameProblem tells whether two problem titles name the same problem, and
// how alike they are (the lesser of the two similarities).
func sameProblem(a, b string) (float64, bool) {
	whole := bigramDice(problemText(a), problemText(b))
	subj := bigramDice(problemSubject(a), problemSubject(b))
	s := min(whole, subj)
	return s, s >= SameProblem
}
