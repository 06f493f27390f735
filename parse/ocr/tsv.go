package ocr

import (
	"bytes"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Page is the text Tesseract recognised on one page image, in reading
// order.
type Page struct {
	Paragraphs []Paragraph
	// Confidence is the mean confidence (0–100) of the page's words, 0
	// when it has none.
	Confidence float64
}

// Paragraph is a block of lines.
type Paragraph struct {
	Lines []Line
}

// Line is one text line: its words, left to right.
type Line struct {
	Words []Word
}

// Word is a recognised word (for Chinese, often one or two characters),
// its confidence (0–100) and its box in pixels.
type Word struct {
	Text                     string
	Conf                     float64
	Left, Top, Width, Height int
}

// Text returns the line's text: words joined without a space, except
// between two ASCII ones (2016 年 → 2016年, but "No. 9").
func (l Line) Text() string {
	var sb strings.Builder
	for i, w := range l.Words {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(l.Words[i-1].Text)
			next, _ := utf8.DecodeRuneInString(w.Text)
			if prev < utf8.RuneSelf && next < utf8.RuneSelf {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(w.Text)
	}
	return sb.String()
}

// Text returns the paragraph's text: its lines joined as one run of text.
func (p Paragraph) Text() string {
	parts := make([]string, len(p.Lines))
	for i, l := range p.Lines {
		parts[i] = l.Text()
	}
	return strings.Join(parts, "")
}

// Text returns the page's text, paragraphs separated by newlines.
func (p *Page) Text() string {
	parts := make([]string, len(p.Paragraphs))
	for i, par := range p.Paragraphs {
		parts[i] = par.Text()
	}
	return strings.Join(parts, "\n")
}

// parseTSV reads Tesseract's TSV output (level, page, block, paragraph,
// line and word numbers, box, confidence, text; words are level 5) into
// paragraphs of lines of words, in the order Tesseract gives.
func parseTSV(out []byte) (*Page, error) {
	type key struct{ block, par, line int }
	p := &Page{}
	var cur key
	var sum float64
	n := 0
	for i, row := range bytes.Split(out, []byte("\n")) {
		if i == 0 || len(row) == 0 {
			continue
		}
		f := strings.Split(strings.TrimRight(string(row), "\r"), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		num := make([]int, 9)
		for j := range num {
			v, err := strconv.Atoi(f[1+j])
			if err != nil {
				return nil, model.Cause(model.ErrCorrupt, "tesseract output line %d: %v", i+1, err)
			}
			num[j] = v
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil || math.IsNaN(conf) || math.IsInf(conf, 0) {
			return nil, model.Cause(model.ErrCorrupt, "tesseract output line %d: confidence %q", i+1, f[10])
		}
		conf = min(conf, 100)
		text := strings.TrimSpace(f[11])
		if text == "" || conf < 0 {
			continue
		}
		k := key{num[1], num[2], num[3]}
		w := Word{Text: text, Conf: conf, Left: num[5], Top: num[6], Width: num[7], Height: num[8]}
		switch {
		case len(p.Paragraphs) == 0 || k.block != cur.block || k.par != cur.par:
			p.Paragraphs = append(p.Paragraphs, Paragraph{Lines: []Line{{Words: []Word{w}}}})
		case k.line != cur.line:
			par := &p.Paragraphs[len(p.Paragraphs)-1]
			par.Lines = append(par.Lines, Line{Words: []Word{w}})
		default:
			par := &p.Paragraphs[len(p.Paragraphs)-1]
			l := &par.Lines[len(par.Lines)-1]
			l.Words = append(l.Words, w)
		}
		cur = k
		sum += conf
		n++
	}
	if n > 0 {
		p.Confidence = round1(sum / float64(n))
	}
	p.Paragraphs = splitIndented(p.Paragraphs)
	return p, nil
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// splitIndented starts a new paragraph at a line that begins indented by
// at least one character's width from the paragraph's left edge — the
// first line of a Chinese paragraph is indented by two — and at a line
// after one that ends well short of the right edge. Tesseract often takes
// a run of paragraphs of one column for one.
func splitIndented(pars []Paragraph) []Paragraph {
	var out []Paragraph
	for _, p := range pars {
		if len(p.Lines) < 2 {
			out = append(out, p)
			continue
		}
		left, right, h := math.MaxInt, 0, charHeight(p)
		for _, l := range p.Lines {
			a, b := l.span()
			left, right = min(left, a), max(right, b)
		}
		start := 0
		for i := 1; i < len(p.Lines); i++ {
			a, _ := p.Lines[i].span()
			_, prevEnd := p.Lines[i-1].span()
			if a-left >= h || right-prevEnd >= 2*h {
				out = append(out, Paragraph{Lines: p.Lines[start:i]})
				start = i
			}
		}
		out = append(out, Paragraph{Lines: p.Lines[start:]})
	}
	return out
}

// span is the line's left and right edge in pixels.
func (l Line) span() (left, right int) {
	left = math.MaxInt
	for _, w := range l.Words {
		left, right = min(left, w.Left), max(right, w.Left+w.Width)
	}
	return left, right
}

// charHeight is the median height of a paragraph's words: about a Chinese
// character's width.
func charHeight(p Paragraph) int {
	var hs []int
	for _, l := range p.Lines {
		for _, w := range l.Words {
			hs = append(hs, w.Height)
		}
	}
	sort.Ints(hs)
	return max(hs[len(hs)/2], 1)
}
