package text

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Read reads plain text and Markdown in UTF-8 (with or without BOM),
// UTF-16 with BOM, or GB18030/GBK. Each non-empty line is a paragraph,
// except in hard-wrapped files, where lines that fill the width and do not
// end a sentence are joined to the next.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	s, _, err := Decode(data)
	if err != nil {
		return err
	}
	lines := splitLines(s)
	md := b.Format() == model.FormatMarkdown
	if md {
		readMarkdown(lines, b)
		return nil
	}
	width := wrapWidth(lines)
	titleSeen := false
	var para []string
	flush := func(level int) {
		if len(para) > 0 {
			b.Paragraph(strings.Join(para, "\n"), level)
			para = para[:0]
		}
	}
	nonEmpty := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := b.Err(); err != nil {
				return err // past a bound of the document
			}
		}
		if rows := typedTable(lines[i:]); len(rows) > 0 {
			flush(0)
			b.Table(rows)
			i += len(rows) - 1
			continue
		}
		t := strings.TrimSpace(strings.Trim(line, "\u3000"))
		if t == "" {
			flush(0)
			continue
		}
		nonEmpty++
		level := headingLevel(t)
		if !titleSeen && nonEmpty <= 3 && level == 0 && model.LooksLikeTitle(t) {
			level = 1
			titleSeen = true
		}
		if level > 0 {
			flush(0)
			b.Paragraph(t, level)
			continue
		}
		if len(para) > 0 && startsBlock(line) {
			flush(0)
		}
		para = append(para, t)
		if width == 0 || utf8.RuneCountInString(line) < width*9/10 || endsSentence(t) {
			flush(0)
		}
	}
	flush(0)
	return nil
}

var reFieldSep = regexp.MustCompile(`\t+|[ \x{3000}]{2,}`)

// fields splits a line of a table typed as text (columns aligned with runs
// of spaces or tabs) into its cells; nil when it is not such a line.
func fields(line string) []string {
	t := strings.TrimSpace(strings.Trim(line, "\u3000 \t"))
	if t == "" || !hasFieldSep(t) {
		return nil
	}
	fs := reFieldSep.Split(t, -1)
	if len(fs) < 2 || len(fs) > 30 {
		return nil
	}
	return fs
}

// hasFieldSep tells whether s holds a match of reFieldSep, without the
// regexp: most lines of a report hold none, and fields is tried on each.
func hasFieldSep(s string) bool {
	gap := false // the previous character was a space or U+3000
	for _, r := range s {
		switch r {
		case '\t':
			return true
		case ' ', '\u3000':
			if gap {
				return true
			}
			gap = true
		default:
			gap = false
		}
	}
	return false
}

// typedTable returns the rows of a text table starting at lines[0]: two or
// more consecutive lines of two or more aligned columns.
func typedTable(lines []string) []model.RawRow {
	var rows []model.RawRow
	for _, l := range lines {
		fs := fields(l)
		if fs == nil {
			break
		}
		row := model.RawRow{Cells: make([]model.RawCell, len(fs))}
		for i, f := range fs {
			row.Cells[i].Text = f
		}
		rows = append(rows, row)
	}
	if len(rows) < 2 {
		return nil
	}
	return rows
}

func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// wrapWidth returns the width at which a hard-wrapped file wraps, or 0 when
// the file is not hard-wrapped (lines are paragraphs).
func wrapWidth(lines []string) int {
	max, long := 0, 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > max {
			max = n
		}
	}
	if max == 0 || max > 100 {
		return 0
	}
	noEnd := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if utf8.RuneCountInString(l) >= max*9/10 {
			long++
			if !endsSentence(t) {
				noEnd++
			}
		}
	}
	// Hard-wrapped: several full-width lines, most of them mid-sentence.
	if long >= 3 && noEnd*2 > long {
		return max
	}
	return 0
}

var (
	reHeading1 = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}、`)
	reHeading2 = regexp.MustCompile(`^[（(][一二三四五六七八九十]{1,3}[）)]`)
)

// headingLevel recognises the numbered headings of Chinese official
// documents: 一、 (level 2) and （一） (level 3).
func headingLevel(t string) int {
	n := utf8.RuneCountInString(t)
	switch {
	case reHeading1.MatchString(t) && n <= 60 && !strings.HasSuffix(t, "。"):
		return 2
	case reHeading2.MatchString(t) && n <= 80 && !strings.ContainsAny(t, "。；"):
		return 3
	}
	return 0
}

// startsBlock reports a line that begins a new paragraph: indented, or
// starting with a list marker.
func startsBlock(line string) bool {
	return strings.HasPrefix(line, "\u3000") || strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t") ||
		reHeading1.MatchString(line) || reHeading2.MatchString(line)
}

func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？；：…!?;:」』”", r)
}

var (
	reMDHeading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	reMDLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	reMDEmph    = regexp.MustCompile(`(\*\*|__|\*|` + "`" + `)`)
	reMDRule    = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	reMDSep     = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
)

// readMarkdown reads Markdown: # headings, paragraphs separated by blank
// lines, pipe tables, and inline markup stripped to its text.
func readMarkdown(lines []string, b *model.Builder) {
	var para []string
	var table []model.RawRow
	flush := func() {
		if len(para) > 0 {
			b.Paragraph(strings.Join(para, "\n"), 0)
			para = para[:0]
		}
		if len(table) > 0 {
			b.Table(table)
			table = nil
		}
	}
	inFence := false
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			inFence = !inFence
			continue
		}
		if inFence {
			para = append(para, line)
			continue
		}
		switch {
		case t == "":
			flush()
		case reMDHeading.MatchString(t):
			flush()
			m := reMDHeading.FindStringSubmatch(t)
			b.Paragraph(mdInline(m[2]), len(m[1]))
		case reMDRule.MatchString(t):
			flush()
		case strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2:
			if len(para) > 0 {
				b.Paragraph(strings.Join(para, "\n"), 0)
				para = para[:0]
			}
			if reMDSep.MatchString(t) {
				continue
			}
			cells := strings.Split(strings.Trim(t, "|"), "|")
			row := model.RawRow{}
			for _, c := range cells {
				row.Cells = append(row.Cells, model.RawCell{Text: mdInline(strings.TrimSpace(c))})
			}
			table = append(table, row)
		default:
			if len(table) > 0 {
				flush()
			}
			t = strings.TrimLeft(t, "> ")
			para = append(para, mdInline(t))
		}
	}
	flush()
}

func mdInline(s string) string {
	s = reMDLink.ReplaceAllString(s, "$1")
	return reMDEmph.ReplaceAllString(s, "")
}
