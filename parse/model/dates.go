package model

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// DateLayout is how dates are written in a Document: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// DateMatch is a date found in text, with code point offsets of its span.
type DateMatch struct {
	Start, End int
	Date       time.Time
}

var (
	cnDigit = `[〇零○一二三四五六七八九]`
	cnSmall = `[一二三四五六七八九十]{1,3}`
	// 2021年3月2日, 2021-03-02, 2021/3/2, 2021.3.2 (and 2021．3．2 after Normalize).
	reDate = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|([-/.])(\d{1,2})([-/.])(\d{1,2}))`)
	// 二〇一九年六月二十七日
	reCNDate = regexp.MustCompile(`(` + cnDigit + `{4})年(` + cnSmall + `)月(` + cnSmall + `)日`)
	reDigits = regexp.MustCompile(`^\d+$`)
)

// ParseDate reads s as a whole as a date in the forms Chinese documents and
// ledgers use: 2021年3月2日, 2021.3.2, 2021-03-02, 2021/3/2, 二〇二一年三月二日,
// optionally followed by a time of day (2021-03-02 09:30, 2021年3月2日上午).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	ms := FindDates(s)
	if len(ms) != 1 || ms[0].Start != 0 {
		return time.Time{}, false
	}
	rest := strings.TrimSpace(string([]rune(s)[ms[0].End:]))
	if rest == "" || isTimeOfDay(rest) {
		return ms[0].Date, true
	}
	return time.Time{}, false
}

var reTime = regexp.MustCompile(`^(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|上午|下午|晚上|全天)?\s*(?:\d{1,2}[:：]\d{2})?$`)

func isTimeOfDay(s string) bool { return reTime.MatchString(s) }

// FindDates returns the dates written in s, in order, with code point offsets.
// Impossible dates (2021年2月30日) are not dates.
func FindDates(s string) []DateMatch {
	var out []DateMatch
	for _, m := range reDate.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		var mo, d int
		if m[4] >= 0 {
			mo, _ = strconv.Atoi(s[m[4]:m[5]])
			d, _ = strconv.Atoi(s[m[6]:m[7]])
		} else {
			if s[m[8]:m[9]] != s[m[12]:m[13]] { // 2021-3/2 is not a date
				continue
			}
			mo, _ = strconv.Atoi(s[m[10]:m[11]])
			d, _ = strconv.Atoi(s[m[14]:m[15]])
			// 2021.3.25 but not 24,978.12.5: no digit may follow.
			if m[1] < len(s) && s[m[1]] >= '0' && s[m[1]] <= '9' {
				continue
			}
		}
		if t, ok := mkDate(y, mo, d); ok {
			out = append(out, DateMatch{Start: runeIndex(s, m[0]), End: runeIndex(s, m[1]), Date: t})
		}
	}
	for _, m := range reCNDate.FindAllStringSubmatchIndex(s, -1) {
		y := 0
		for _, r := range s[m[2]:m[3]] {
			y = y*10 + cnDigitValue(r)
		}
		mo, d := cnSmallValue(s[m[4]:m[5]]), cnSmallValue(s[m[6]:m[7]])
		if t, ok := mkDate(y, mo, d); ok {
			out = append(out, DateMatch{Start: runeIndex(s, m[0]), End: runeIndex(s, m[1]), Date: t})
		}
	}
	if len(out) > 1 {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

func mkDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func cnDigitValue(r rune) int {
	switch r {
	case '〇', '零', '○':
		return 0
	}
	return strings.IndexRune("一二三四五六七八九", r)/3 + 1
}

func cnSmallValue(s string) int {
	rs := []rune(s)
	val := func(r rune) int { return strings.IndexRune("一二三四五六七八九", r)/3 + 1 }
	switch len(rs) {
	case 1:
		if rs[0] == '十' {
			return 10
		}
		return val(rs[0])
	case 2:
		if rs[0] == '十' {
			return 10 + val(rs[1])
		}
		if rs[1] == '十' {
			return val(rs[0]) * 10
		}
	case 3:
		if rs[1] == '十' {
			return val(rs[0])*10 + val(rs[2])
		}
	}
	return 0
}

func runeIndex(s string, byteOff int) int { return utf8.RuneCountInString(s[:byteOff]) }

// ExcelSerialDate converts an Excel serial day number (1900 date system) to
// a date.
func ExcelSerialDate(serial float64) (time.Time, bool) {
	if serial < 1 || serial > 2958465 {
		return time.Time{}, false
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return base.AddDate(0, 0, int(serial)), true
}

// SerialDate reads s, a spreadsheet cell's raw value, as an Excel serial date
// when it is a plausible one (years 1950–2100).
func SerialDate(s string) (time.Time, bool) {
	if !reDigits.MatchString(strings.SplitN(s, ".", 2)[0]) {
		return time.Time{}, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 18264 || f > 73051 {
		return time.Time{}, false
	}
	return ExcelSerialDate(f)
}
