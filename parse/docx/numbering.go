package docx

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/zhenggai/zhenggai/parse/internal/xmlpart"
)

// Automatic numbering (the numbering part, word/numbering.xml).
//
// Word does not store the numbers of a numbered list in the text: a
// paragraph names a numbering instance (w:numId) and a level (w:ilvl), and
// the number is counted when the document is laid out. Reports number their
// sections and problems this way (一、 （一） 1. （1）), and the items are read
// by those numbers, so the reader counts them as Word does and writes the
// label at the start of the paragraph's text.
//
// Counting follows Word: the counters belong to the abstract numbering, so
// instances of one abstract numbering continue each other's count, except
// that an instance with a start override (w:lvlOverride/w:startOverride)
// restarts the level the first time it is used. Counting a level restarts the
// levels below it (or, with w:lvlRestart, those whose restart level it is).

const (
	maxLevels       = 9
	maxNumbers      = 10000 // numbering definitions kept, against hostile parts
	maxLabelLen     = 64    // runes of a level text kept
	maxLetterRepeat = 10    // letters of a letter number (A … AAAAAAAAAA)
)

// numLevel is one level of an abstract numbering.
type numLevel struct {
	start   int
	format  string // w:numFmt
	text    string // w:lvlText, %1…%9 standing for the levels' numbers
	restart int    // w:lvlRestart: -1 unset, 0 never, n: after a level < n
	legal   bool   // w:isLgl: the levels' numbers in decimal
	suffix  string // w:suff: tab (the default), space or nothing
}

type abstractNum struct {
	levels [maxLevels]*numLevel
	count  [maxLevels]int // current numbers; 0 not yet counted
	used   [maxLevels]bool
}

type numInstance struct {
	abstract  string
	overrides map[int]int // level → start override
	levels    map[int]*numLevel
	started   map[int]bool // the overrides applied
}

// numbering holds the definitions of the numbering part and the counters.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numInstance
}

type xmlLvl struct {
	Ilvl    string `xml:"ilvl,attr"`
	Start   *val   `xml:"start"`
	NumFmt  *val   `xml:"numFmt"`
	Nfc     *val   `xml:"nfc"` // Word 2003 XML's number format, a code (nfcFormats)
	LvlText *val   `xml:"lvlText"`
	Restart *val   `xml:"lvlRestart"`
	IsLgl   *val   `xml:"isLgl"`
	Suff    *val   `xml:"suff"`
}

func (x xmlLvl) level() (int, *numLevel) {
	i, err := strconv.Atoi(x.Ilvl)
	if err != nil || i < 0 || i >= maxLevels {
		return -1, nil
	}
	l := &numLevel{start: 1, format: "decimal", restart: -1, suffix: "tab"}
	if x.Start != nil {
		if n, err := strconv.Atoi(x.Start.Val); err == nil && n >= 0 {
			l.start = n
		}
	}
	if x.NumFmt != nil {
		l.format = x.NumFmt.Val
	} else if x.Nfc != nil {
		if f, ok := nfcFormats[x.Nfc.Val]; ok {
			l.format = f
		}
	}
	if x.LvlText != nil {
		l.text = truncateRunes(x.LvlText.Val, maxLabelLen)
	}
	if x.Restart != nil {
		if n, err := strconv.Atoi(x.Restart.Val); err == nil && n >= 0 {
			l.restart = n
		}
	}
	if x.IsLgl != nil {
		l.legal = onOff(x.IsLgl.Val) > 0
	}
	if x.Suff != nil {
		l.suffix = x.Suff.Val
	}
	return i, l
}

// nfcFormats names the number format codes of Word 2003 XML (w:nfc, the
// codes of the binary format's MSONFC) as the numbering part names them;
// the codes left out are formats no Chinese report numbers with.
var nfcFormats = map[string]string{
	"0": "decimal", "1": "upperRoman", "2": "lowerRoman", "3": "upperLetter", "4": "lowerLetter",
	"10": "ideographDigital", "11": "japaneseCounting", "14": "decimalFullWidth",
	"18": "decimalEnclosedCircle", "22": "decimalZero", "23": "bullet",
	"26": "decimalEnclosedFullstop", "27": "decimalEnclosedParen", "28": "decimalEnclosedCircleChinese",
	"30": "ideographTraditional", "31": "ideographZodiac", "33": "taiwaneseCounting",
	"35": "taiwaneseCountingThousand", "37": "chineseCounting", "38": "chineseLegalSimplified",
	"39": "chineseCountingThousand", "255": "none",
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// loadNumbering reads the numbering part; a broken part costs the numbers,
// not the text, and gives nil.
func loadNumbering(data []byte) *numbering {
	var doc xmlNumbering
	if xmlpart.NewDecoder(data).Decode(&doc) != nil {
		return nil
	}
	return doc.numbering()
}

// xmlAbstractNum is a w:abstractNum, or a Word 2003 XML w:listDef.
type xmlAbstractNum struct {
	ID     string   `xml:"abstractNumId,attr"`
	Levels []xmlLvl `xml:"lvl"`
}

// xmlNum is a w:num, or (its abstract and no overrides) a Word 2003 XML
// w:list.
type xmlNum struct {
	ID       string `xml:"numId,attr"`
	Abstract val    `xml:"abstractNumId"`
	Override []struct {
		Ilvl  string  `xml:"ilvl,attr"`
		Start *val    `xml:"startOverride"`
		Lvl   *xmlLvl `xml:"lvl"`
	} `xml:"lvlOverride"`
}

// xmlNumbering is a numbering part.
type xmlNumbering struct {
	Abstract []xmlAbstractNum `xml:"abstractNum"`
	Num      []xmlNum         `xml:"num"`
}

// xmlLists is a Word 2003 XML document's w:lists: list definitions
// (w:listDef, as w:abstractNum) and lists (w:list, whose w:ilfo a
// paragraph's w:listPr names, as w:num).
type xmlLists struct {
	Defs []struct {
		ID     string   `xml:"listDefId,attr"`
		Levels []xmlLvl `xml:"lvl"`
	} `xml:"listDef"`
	Lists []struct {
		ID  string `xml:"ilfo,attr"`
		Def val    `xml:"ilst"`
	} `xml:"list"`
}

// numbering returns the numbering the lists define.
func (l *xmlLists) numbering() *numbering {
	var doc xmlNumbering
	for _, d := range l.Defs {
		doc.Abstract = append(doc.Abstract, xmlAbstractNum{ID: d.ID, Levels: d.Levels})
	}
	for _, x := range l.Lists {
		doc.Num = append(doc.Num, xmlNum{ID: x.ID, Abstract: x.Def})
	}
	return doc.numbering()
}

// numbering returns the numbering the part defines.
func (doc *xmlNumbering) numbering() *numbering {
	n := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*numInstance{}}
	for i, a := range doc.Abstract {
		if i >= maxNumbers {
			break
		}
		an := &abstractNum{}
		for _, x := range a.Levels {
			if k, l := x.level(); l != nil {
				an.levels[k] = l
			}
		}
		n.abstracts[a.ID] = an
	}
	for i, x := range doc.Num {
		if i >= maxNumbers {
			break
		}
		inst := &numInstance{abstract: x.Abstract.Val, overrides: map[int]int{}, levels: map[int]*numLevel{}, started: map[int]bool{}}
		for _, o := range x.Override {
			k, err := strconv.Atoi(o.Ilvl)
			if err != nil || k < 0 || k >= maxLevels {
				continue
			}
			if o.Start != nil {
				if s, err := strconv.Atoi(o.Start.Val); err == nil && s >= 0 {
					inst.overrides[k] = s
				}
			}
			if o.Lvl != nil {
				o.Lvl.Ilvl = o.Ilvl
				if _, l := o.Lvl.level(); l != nil {
					inst.levels[k] = l
					if _, ok := inst.overrides[k]; !ok && o.Lvl.Start != nil {
						inst.overrides[k] = l.start
					}
				}
			}
		}
		n.nums[x.ID] = inst
	}
	return n
}

// level returns the definition of level k in the instance.
func (n *numbering) level(inst *numInstance, an *abstractNum, k int) *numLevel {
	if l := inst.levels[k]; l != nil {
		return l
	}
	return an.levels[k]
}

// next counts a paragraph at level ilvl of instance numID and returns its
// label, "" when the paragraph shows no number.
func (n *numbering) next(numID string, ilvl int) string {
	if n == nil || numID == "" || numID == "0" || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	inst := n.nums[numID]
	if inst == nil {
		return ""
	}
	an := n.abstracts[inst.abstract]
	if an == nil {
		return ""
	}
	lvl := n.level(inst, an, ilvl)
	if lvl == nil {
		return ""
	}
	if s, ok := inst.overrides[ilvl]; ok && !inst.started[ilvl] {
		inst.started[ilvl] = true
		an.count[ilvl] = s
		an.used[ilvl] = true
	} else if an.used[ilvl] {
		an.count[ilvl]++
	} else {
		an.count[ilvl] = lvl.start
		an.used[ilvl] = true
	}
	// Counting this level restarts the levels below it that restart after it.
	for k := ilvl + 1; k < maxLevels; k++ {
		l := n.level(inst, an, k)
		if l == nil || l.restart < 0 || ilvl < l.restart {
			an.used[k] = false
		}
	}
	if lvl.format == "bullet" || lvl.format == "none" {
		return ""
	}
	return n.label(inst, an, lvl)
}

// label renders a level's text with the current numbers.
func (n *numbering) label(inst *numInstance, an *abstractNum, lvl *numLevel) string {
	var sb strings.Builder
	t := lvl.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			i++
			l := n.level(inst, an, k)
			if l == nil {
				continue
			}
			c := an.count[k]
			if !an.used[k] {
				c = l.start
			}
			format := l.format
			if lvl.legal {
				format = "decimal"
			}
			sb.WriteString(formatNumber(c, format))
			continue
		}
		sb.WriteByte(t[i])
	}
	s := sb.String()
	if s == "" || lvl.suffix == "nothing" {
		return s
	}
	// A tab or space after the label separates it from the text where the
	// label ends in a letter or digit; after punctuation (、 . ）) the text
	// follows directly, as it is typed in reports.
	last := []rune(s)
	if c := last[len(last)-1]; unicode.IsLetter(c) || unicode.IsDigit(c) {
		return s + " "
	}
	return s
}

// formatNumber writes n in a numbering format (w:numFmt). Formats not known
// are written in decimal.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
		if format == "ideographDigital" {
			return digitsIn(n, "〇一二三四五六七八九")
		}
		return chineseNumber(n)
	case "chineseLegalSimplified":
		return chineseLegal(n)
	case "ideographTraditional":
		return cyclic(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cyclic(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter", "lowerLetter":
		// A, …, Z, AA, …, ZZ, AAA: Word repeats the letter. Past a few
		// rounds (a hostile start value) the number is written in decimal.
		if n >= 1 && n <= 26*maxLetterRepeat {
			s := strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
			if format == "lowerLetter" {
				s = strings.ToLower(s)
			}
			return s
		}
	case "upperRoman", "lowerRoman":
		if n >= 1 && n < 4000 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

func digitsIn(n int, digits string) string {
	d := []rune(digits)
	var out []rune
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			out = append(out, d[c-'0'])
		} else {
			out = append(out, c)
		}
	}
	return string(out)
}

func cyclic(n int, set string) string {
	s := []rune(set)
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(s[(n-1)%len(s)])
}

// chineseNumber writes n in Chinese counting numerals: 一 十 十一 二十一
// 一百零一 一千二百. Numbers from ten thousand up are written in decimal.
func chineseNumber(n int) string {
	return counting(n, []rune("零一二三四五六七八九"), []rune("十百千"), true)
}

// chineseLegal writes n in the financial numerals: 壹 拾 拾壹 贰拾.
func chineseLegal(n int) string {
	return counting(n, []rune("零壹贰叁肆伍陆柒捌玖"), []rune("拾佰仟"), false)
}

func counting(n int, digits, units []rune, dropLeadingOne bool) string {
	if n < 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	if n == 0 {
		return string(digits[0])
	}
	var out []rune
	parts := [4]int{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	zero := false
	for i, d := range parts {
		if d == 0 {
			if len(out) > 0 {
				zero = true
			}
			continue
		}
		if zero {
			out = append(out, digits[0])
			zero = false
		}
		// 十一, not 一十一, when ten is the largest unit.
		if !(dropLeadingOne && i == 2 && d == 1 && len(out) == 0) {
			out = append(out, digits[d])
		}
		if i < 3 {
			out = append(out, units[2-i])
		}
	}
	return string(out)
}

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}
