package verify

import "github.com/zhenggai/zhenggai/parse"

// docText is a document's pages as code points, converted once, so that
// checking or quoting a span (a parse.Pos, in code points) costs the span's
// length and not the page's: Document.Slice converts the whole page on
// every call, which made rendering a report of many claims quadratic.
// A docText is built per use (one rendering, one run of the rules) and is
// not shared between goroutines.
type docText struct {
	doc   *parse.Document
	pages [][]rune // built on first use, page by page
}

func newDocText(d *parse.Document) *docText {
	t := &docText{doc: d}
	if d != nil {
		t.pages = make([][]rune, len(d.Pages))
	}
	return t
}

// page returns page n (1-based) as code points, or nil when there is no
// such page.
func (t *docText) page(n int) []rune {
	if t.doc == nil || n < 1 || n > len(t.doc.Pages) {
		return nil
	}
	if t.pages[n-1] == nil {
		t.pages[n-1] = []rune(t.doc.Pages[n-1].Text)
	}
	return t.pages[n-1]
}

// inRange reports whether p lies within its page: what Document.Slice
// accepts (an empty span too).
func (t *docText) inRange(p parse.Pos) bool {
	if t.doc == nil || p.Page < 1 || p.Page > len(t.doc.Pages) || p.Start < 0 || p.Start > p.End {
		return false
	}
	return p.End <= len(t.page(p.Page))
}

// valid reports whether p is a non-empty span of the text.
func (t *docText) valid(p parse.Pos) bool { return p.End > p.Start && t.inRange(p) }

// slice is the text p points at, or "" when it points outside the
// document: Document.Slice, without converting the page each time.
func (t *docText) slice(p parse.Pos) string {
	if !t.inRange(p) {
		return ""
	}
	return string(t.page(p.Page)[p.Start:p.End])
}
