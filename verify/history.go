package verify

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/extract"
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
		return extract.UnitFromTitle(in.Report.Title)
	}
	return ""
}

// judgementEndings are the words a problem's title ends with to judge it
// (落实不到位, 管理不规范, 监管缺位 …): they say how a thing fell short, not
// which thing, so two titles are compared on what precedes them too.
var judgementEndings = []string{"流于形式", "走过场", "缺位", "缺失", "混乱", "薄弱", "弱化", "虚化", "淡化", "偏软", "滞后", "较多", "突出", "频发", "失管", "失控", "失察", "问题"}

// againWords are the adverbs a title puts before its judgement when it
// says a thing still falls short (管理仍不规范, 依然流于形式, 尚不到位):
// they belong to the judgement, not to the thing judged.
var againWords = []string{"仍然", "依然", "依旧", "仍旧", "还是", "仍", "还", "尚", "较为", "比较"}

// problemSubject is a problem title without its numbering, quotes and
// punctuation, and without the judgement it ends with (a 不-phrase of up
// to four characters, or a word of judgementEndings, with the adverbs of
// againWords before it): 公务用车管理不规范 → 公务用车管理,
// 公务用车管理仍不规范 → 公务用车管理.
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
		if changed {
			for _, w := range againWords {
				if strings.HasSuffix(t, w) && utf8.RuneCountInString(t) > utf8.RuneCountInString(w)+1 {
					t = strings.TrimSuffix(t, w)
					break
				}
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

// bigramDice is the Dice coefficient of two sets of character bigrams
// (bigramSet): 2|A∩B| / (|A|+|B|); 0 when either is empty.
func bigramDice(as, bs map[[2]rune]bool) float64 {
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
// the same problem: their subjects (what the problem is about, without the
// judgement) at least this alike.
const SameProblem = 0.6

// minKept is the fewest characters a subject must have to be found again,
// in order, inside a longer one (kept).
const minKept = 4

// sameProblem tells whether two problem titles name the same problem, and
// how alike they are. What a problem is about is its subject: a feedback
// that points it out again judges it anew (不规范 becomes 不到位, 仍 comes
// before it), so the judgement does not count. Two subjects are the same
// when their bigrams are alike (bigramDice at least SameProblem), or when
// the shorter is kept whole in the longer with words inserted: 公务用车管理
// in 公务用车使用管理, 合同管理 in 合同履约管理 (kept).
func sameProblem(a, b string) (float64, bool) { return problemOf(a).same(problemOf(b)) }

// problemKey is a problem title's subject and its bigrams, worked out once
// for the many titles it is compared with.
type problemKey struct {
	subject string
	grams   map[[2]rune]bool
}

func problemOf(title string) problemKey {
	s := problemSubject(title)
	return problemKey{s, bigramSet(s)}
}

// same is sameProblem of the two titles.
func (p problemKey) same(q problemKey) (float64, bool) {
	s := bigramDice(p.grams, q.grams)
	if s < SameProblem && kept(p.subject, q.subject) {
		s = SameProblem
	}
	return s, s >= SameProblem
}

// kept tells whether the shorter of a and b, of at least minKept
// characters, is found in the longer with words inserted: its characters
// in order, its first two and its last two as the longer's own beginning
// and end, and the longer at most twice as long.
func kept(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < minKept || len(y) > 2*len(x) {
		return false
	}
	if string(x[:2]) != string(y[:2]) || string(x[len(x)-2:]) != string(y[len(y)-2:]) {
		return false
	}
	i := 0
	for _, r := range y {
		if i < len(x) && x[i] == r {
			i++
		}
	}
	return i == len(x)
}
