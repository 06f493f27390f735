package ocr

import (
	"regexp"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Emit adds the recognised page to b as a new page: its paragraphs, the
// mark that it was recognised (with its confidence), and the spans of the
// words read with less than LowConfidence.
func Emit(b *model.Builder, p *Page) {
	b.Page("")
	b.MarkOCR(p.Confidence)
	for _, par := range p.Paragraphs {
		text, pos, ok := b.ParagraphAt(fixHeadingNumber(par.Text()), 0)
		if !ok {
			continue
		}
		markLow(b, []rune(text), pos.Start, par)
	}
}

// markLow finds each word of par in text, the paragraph as the builder
// normalised it (starting at offset start of the page), in order, and
// records the spans of the low-confidence ones. A word normalisation
// changed beyond finding is taken to stand where the last word ended, as
// long as itself: the spans come in order and apart, as Page.LowConfidence
// wants them.
func markLow(b *model.Builder, text []rune, start int, par Paragraph) {
	at := 0
	for _, l := range par.Lines {
		for _, w := range l.Words {
			word := []rune(model.Normalize(w.Text))
			if len(word) == 0 {
				continue
			}
			i := index(text, word, at)
			found := i >= 0
			if !found {
				i = at
			}
			end := min(i+len(word), len(text))
			if w.Conf < LowConfidence && i < end {
				b.LowConfidence(start+i, start+end, round1(w.Conf))
			}
			// A word not found is taken to stand where the last one ended:
			// the next is looked for after it, so that no two spans overlap.
			at = end
		}
	}
}

// index returns the first index of sub in s at or after from, or -1.
func index(s, sub []rune, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		match := true
		for j, r := range sub {
			if s[i+j] != r {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// misreadNumber is a heading number such as （八） whose round brackets
// were read as angle brackets (〈八), 《六》): Tesseract's Chinese model
// does so at the start of a line, and the item's number is then lost.
var misreadNumber = regexp.MustCompile(`^[〈《<]([一二三四五六七八九十]{1,3})[)）〉》>]`)

// fixHeadingNumber restores the round brackets of a misread heading number
// at the start of a paragraph.
func fixHeadingNumber(s string) string {
	return misreadNumber.ReplaceAllString(s, "（$1）")
}
