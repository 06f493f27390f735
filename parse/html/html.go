// Package html is parse's reader of HTML: a report published as a web page.
//
// Only the article is read. The reader finds the element that holds the
// most Chinese text in paragraphs of its own (links do not count), falling
// back to elements with the usual article ids and classes and then to
// <body>. Inside it, scripts, forms, navigation, share bars, print and
// prev/next links and the like are dropped, by tag, by class and by text
// (浏览次数, 网站标识码, ICP备案号, 联系电话 …). The title comes from a
// heading in or just above the article, else from the page's <title> without
// the site name. Block elements end paragraphs; tables become tables.
package html

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhenggai/zhenggai/parse/model"
)

const (
	maxDepth   = 512
	maxColumns = 1000
	maxRowSpan = 1000
)

// Read reads an HTML page into b.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	text := decode(data)
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser gives up on pathological nesting (hundreds of
		// unclosed <font> tags): read the text from the token stream.
		return flat(ctx, text, b)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	h := &reader{ctx: ctx, cjk: map[*html.Node]int{}, own: map[*html.Node]int{}, skip: map[*html.Node]bool{}}
	h.measure(root, 0)
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	box := h.container(body)
	onPath := map[*html.Node]bool{}
	for n := box; n != nil; n = n.Parent {
		onPath[n] = true
	}
	h.onPath = onPath
	h.box = box
	title, titleNode := h.title(root, box)
	if title != "" {
		b.Paragraph(title, 1)
		h.titleText = model.Normalize(title)
	}
	h.titleNode = titleNode
	h.walk(box, false, 0)
	h.flush()
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, bl := range h.blocks {
		if bl.table != nil {
			b.Table(bl.table)
			continue
		}
		b.Paragraph(bl.text, bl.level)
	}
	return nil
}

// decode turns the page into UTF-8. Valid UTF-8 is taken as such
// whatever the page declares; otherwise a byte-order mark or a declared
// charset decides, and GB18030 (a superset of GBK and GB2312) is assumed
// when nothing else fits.
func decode(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		data = data[3:]
	}
	e, name, certain := charset.DetermineEncoding(data, "text/html")
	if strings.HasPrefix(name, "utf-16") && certain {
		if s, err := e.NewDecoder().Bytes(data); err == nil {
			return string(s)
		}
	}
	if utf8.Valid(data) {
		return string(data)
	}
	if certain && name != "utf-8" && name != "windows-1252" && name != "iso-8859-1" {
		if s, err := e.NewDecoder().Bytes(data); err == nil {
			return string(s)
		}
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "")
	}
	return string(s)
}

type block struct {
	text  string
	level int
	table []model.RawRow
}

type reader struct {
	ctx  context.Context
	cjk  map[*html.Node]int  // CJK characters in the subtree, without dropped parts
	own  map[*html.Node]int  // CJK characters in paragraphs of the element's own, without links
	skip map[*html.Node]bool // subtrees that are never article text

	box       *html.Node
	onPath    map[*html.Node]bool // the article container and its ancestors
	titleNode *html.Node
	titleText string

	cur    strings.Builder
	runes  int
	emph   int
	level  int
	blocks []block
	steps  int
}

// skipTags are elements that never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true,
	atom.Embed: true, atom.Svg: true, atom.Canvas: true, atom.Input: true,
	atom.Button: true, atom.Select: true, atom.Option: true, atom.Textarea: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Head: true, atom.Link: true, atom.Meta: true, atom.Map: true,
	atom.Audio: true, atom.Video: true, atom.Title: true, atom.Dialog: true,
}

// chromeWords are class or id words of page furniture. Words are the
// parts of a class or id split at '-' and '_' and case changes.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"crumb": true, "crumbs": true, "location": true, "position": true, "dqwz": true, "weizhi": true,
	"share": true, "bdshare": true, "jiathis": true, "fenxiang": true, "print": true,
	"tool": true, "tools": true, "toolbar": true, "prev": true, "next": true, "prenext": true,
	"related": true, "relate": true, "xgwz": true, "xgxx": true, "comment": true, "comments": true,
	"search": true, "login": true, "ad": true, "ads": true, "banner": true, "qrcode": true,
	"ewm": true, "erweima": true, "zihao": true, "fontsize": true, "copyright": true,
	"footer": true, "foot": true, "header": true, "topbar": true, "sidebar": true, "sidenav": true,
	"info": true, "meta": true, "attr": true, "pubinfo": true, "source": true, "hits": true,
	"logo": true, "links": true, "friendlink": true, "yqlj": true, "pager": true, "pagination": true,
}

// layoutWords are class or id words of page layout, dropped only when
// the article is not inside them.
var layoutWords = map[string]bool{
	"top": true, "bottom": true, "left": true, "right": true, "side": true, "head": true, "page": true,
}

// articleWords are class or id words of article containers.
var articleWords = []string{
	"article", "content", "trs_editor", "zoom", "custom_unionstyle", "main-content", "maincontent",
	"xxgk", "detail", "正文", "zw", "wzzw", "art-con", "artcon", "news_content", "newscontent",
	"text", "txt", "view", "con",
}

var wordSplit = regexp.MustCompile(`[-_\s]+|([a-z])([A-Z])`)

// words splits an element's class and id into lower-case words.
func words(n *html.Node) []string {
	var out []string
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := wordSplit.ReplaceAllString(a.Val, "$1 $2")
		for _, w := range strings.Fields(v) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// classID returns the element's class and id, lower-cased.
func classID(n *html.Node) string {
	var sb strings.Builder
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			sb.WriteString(strings.ToLower(a.Val))
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hidden reports elements the page does not show.
func hidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

func countCJK(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// blockTags end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Pre: true, atom.Center: true,
	atom.Address: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Main: true,
	atom.Form: true, atom.Fieldset: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Body: true, atom.Html: true,
}

// measure fills cjk, own and skip for the subtree and returns its CJK count.
func (h *reader) measure(n *html.Node, depth int) int {
	if depth > maxDepth {
		h.skip[n] = true
		return 0
	}
	switch n.Type {
	case html.TextNode:
		return countCJK(n.Data)
	case html.ElementNode:
		if skipTags[n.DataAtom] || hidden(n) {
			h.skip[n] = true
			return 0
		}
	case html.DocumentNode:
	default:
		return 0
	}
	total := 0
	own := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k := h.measure(c, depth+1)
		total += k
		switch {
		case c.Type == html.TextNode:
			own += k
		case c.Type == html.ElementNode && !h.skip[c] && h.paragraphLike(c):
			own += h.ownText(c)
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Form && total < 200 {
		// A search or login box; a form wrapping the whole page stays.
		h.skip[n] = true
		return 0
	}
	h.cjk[n] = total
	h.own[n] = own
	return total
}

// paragraphLike reports a child element that is a paragraph of its
// parent's text: a <p>, or an element without blocks inside.
func (h *reader) paragraphLike(n *html.Node) bool {
	if n.DataAtom == atom.P {
		return true
	}
	if n.DataAtom == atom.A || n.DataAtom == atom.Li || n.DataAtom == atom.Table {
		return false
	}
	return !hasBlock(n, 0)
}

func hasBlock(n *html.Node, depth int) bool {
	if depth > 64 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || hasBlock(c, depth+1)) {
			return true
		}
	}
	return false
}

// ownText counts the CJK characters of an element outside links.
func (h *reader) ownText(n *html.Node) int {
	k := 0
	var walk func(*html.Node, int)
	walk = func(m *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				k += countCJK(c.Data)
			case c.Type == html.ElementNode && !h.skip[c] && c.DataAtom != atom.A:
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return k
}

// container finds the article element under body.
func (h *reader) container(body *html.Node) *html.Node {
	var best *html.Node
	var byName *html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth || h.skip[n] {
			return
		}
		if n.Type == html.ElementNode {
			if best == nil || h.own[n] > h.own[best] {
				best = n
			}
			if articleLike(n) && (byName == nil || h.cjk[n] > h.cjk[byName]) {
				byName = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(body, 0)
	if best != nil && h.own[best] >= 30 {
		// Article text split over sibling blocks: take the parent when the
		// best element holds less than 60% of the paragraph text under it.
		box := best
		for i := 0; i < 3 && box.Parent != nil && box.Parent != body && box.Parent.Type == html.ElementNode; i++ {
			if h.paraText(box.Parent)*6 <= h.paraText(box)*10 {
				break
			}
			box = box.Parent
		}
		return h.outsideTable(box, body)
	}
	if byName != nil && h.cjk[byName] > 0 {
		return byName
	}
	return body
}

// dataTable reports a table of records: not one that lays out the page
// (layoutTable), at least three rows of two or more cells, and no cell
// holding half of its text (a page whose article sits in one cell of a
// table beside a column of navigation is laid out, not tabulated).
func (h *reader) dataTable(t *html.Node) bool {
	if h.layoutTable(t) {
		return false
	}
	rows, most := 0, 0
	eachRow(t, func(tr *html.Node) {
		cells := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				cells++
				most = max(most, h.cjk[c])
			}
		}
		if cells >= 2 {
			rows++
		}
	})
	return rows >= 3 && 2*most <= h.cjk[t]
}

// outsideTable returns box, or, when box is part of a table of data (a
// cell, a row, the table's body), the element holding the outermost such
// table: a page that is one table of data (a ledger a web system exported
// as .xls) is read as a table, not as its cells' text. A table that lays
// out the page (layoutTable) is not climbed out of.
func (h *reader) outsideTable(box, body *html.Node) *html.Node {
	out := box
	for n := box; n != nil && n != body; n = n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.Table && n.Parent != nil && h.dataTable(n) {
			out = n.Parent
		}
	}
	return out
}

// paraText sums the paragraph text of all elements under n.
func (h *reader) paraText(n *html.Node) int {
	sum := 0
	var walk func(*html.Node, int)
	walk = func(m *html.Node, depth int) {
		if depth > maxDepth || h.skip[m] || m.Type != html.ElementNode {
			return
		}
		if h.chrome(m) {
			return
		}
		sum += h.own[m]
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sum
}

func articleLike(n *html.Node) bool {
	ci := classID(n)
	if ci == "" {
		return false
	}
	for _, w := range articleWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// chrome reports page furniture by class or id. Layout words (left, top …)
// count only off the path to the article.
func (h *reader) chrome(n *html.Node) bool {
	if h.onPath[n] {
		return false
	}
	for _, w := range words(n) {
		if chromeWords[w] {
			return true
		}
		if layoutWords[w] && !h.inBox(n) {
			return true
		}
	}
	return false
}

// inBox reports whether n is inside the article container.
func (h *reader) inBox(n *html.Node) bool {
	for m := n; m != nil; m = m.Parent {
		if m == h.box {
			return true
		}
	}
	return false
}

var titleSep = regexp.MustCompile(`\s*[_|｜]\s*|\s+[-－—–]+\s+|－|--`)

// title finds the article's title: a heading inside the article or just
// above it, the ArticleTitle meta, or the page title without the site name.
func (h *reader) title(root, box *html.Node) (string, *html.Node) {
	if n := h.leadingHeading(box); n != nil {
		return textOf(n), n
	}
	for n, up := box, 0; n != nil && up < 4; n, up = n.Parent, up+1 {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode || h.skip[s] || h.chrome(s) {
				continue
			}
			if isHeading(s) || titleClass(s) {
				if t := textOf(s); titleLength(t) {
					return t, s
				}
			}
			// A heading nested in a block above: an h1, or a long h2/h3
			// (the short ones head side boxes: 热点专题).
			if f := h.headingIn(s, 0); f != nil && (f.DataAtom == atom.H1 || utf8.RuneCountInString(strings.TrimSpace(textOf(f))) >= 8) {
				return textOf(f), f
			}
		}
	}
	head := find(root, atom.Head)
	site := ""
	if head != nil {
		for c := head.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Meta {
				switch strings.ToLower(attr(c, "name")) {
				case "articletitle":
					if t := strings.TrimSpace(attr(c, "content")); titleLength(t) {
						return t, nil
					}
				case "sitename":
					site = strings.TrimSpace(attr(c, "content"))
				}
			}
		}
	}
	tn := find(root, atom.Title)
	if tn == nil {
		return "", nil
	}
	return stripSite(textOf(tn), site), nil
}

// stripSite takes the site name off a page title: the named site as a
// suffix, else the longest of the parts the usual separators (_ | " - ")
// divide it into.
func stripSite(t, site string) string {
	t = strings.TrimSpace(t)
	if site != "" && strings.HasSuffix(t, site) && len(t) > len(site) {
		t = strings.TrimRight(strings.TrimSuffix(t, site), " _|｜-－—–")
	}
	best := ""
	for _, p := range titleSep.Split(t, -1) {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) {
			best = p
		}
	}
	return strings.TrimSpace(best)
}

func titleLength(t string) bool {
	n := utf8.RuneCountInString(strings.TrimSpace(t))
	return n >= 4 && n <= 200
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		return true
	}
	return false
}

func titleClass(n *html.Node) bool {
	for _, w := range words(n) {
		if w == "title" || w == "tit" || w == "bt" || w == "biaoti" || strings.HasSuffix(w, "title") {
			return true
		}
	}
	return false
}

// leadingHeading returns the article's own title heading: its first h1, or
// an h2 or h3 that comes before any of its text (a later h2 heads a
// section).
func (h *reader) leadingHeading(box *html.Node) *html.Node {
	var found *html.Node
	textSeen := false
	var walk func(*html.Node, int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > maxDepth {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					textSeen = true
				}
			case c.Type != html.ElementNode || h.skip[c] || h.chrome(c):
			case c.DataAtom == atom.H1 && titleLength(textOf(c)):
				found = c
				return true
			case (c.DataAtom == atom.H2 || c.DataAtom == atom.H3) && !textSeen && titleLength(textOf(c)):
				found = c
				return true
			default:
				if walk(c, depth+1) {
					return true
				}
			}
		}
		return false
	}
	walk(box, 0)
	return found
}

// headingIn returns the first h1–h3 under n that could be a title.
func (h *reader) headingIn(n *html.Node, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (h.skip[c] && c.DataAtom != atom.Header) || c.DataAtom == atom.Table {
			continue
		}
		if isHeading(c) && titleLength(textOf(c)) {
			return c
		}
		if f := h.headingIn(c, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the text of a subtree, scripts and styles left out.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(m *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if m.Type == html.TextNode {
			sb.WriteString(m.Data)
			return
		}
		if m.Type == html.ElementNode {
			switch m.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				sb.WriteByte('\n')
			}
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// emphasis reports inline elements that set text apart as a heading
// does: bold, or a heading font (黑体, 楷体, 小标宋).
func emphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Strong, atom.B:
		return true
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if n.DataAtom == atom.Font {
		st += ";font-family:" + strings.ToLower(attr(n, "face"))
	}
	if st == "" {
		return false
	}
	return strings.Contains(st, "font-weight:bold") || strings.Contains(st, "font-weight:700") ||
		strings.Contains(st, "font-weight:600") || strings.Contains(st, "font-weight:800") ||
		strings.Contains(st, "黑体") || strings.Contains(st, "楷体") || strings.Contains(st, "标宋") ||
		strings.Contains(st, "simhei") || strings.Contains(st, "kaiti")
}

// walk collects the paragraphs and tables of the article.
func (h *reader) walk(n *html.Node, emph bool, depth int) {
	h.steps++
	if depth > maxDepth || (h.steps&4095 == 0 && h.ctx.Err() != nil) {
		return
	}
	switch n.Type {
	case html.TextNode:
		h.text(n.Data, emph)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n.Type == html.ElementNode {
		if h.skip[n] || h.chrome(n) {
			return
		}
		if n == h.titleNode {
			h.flush()
			return
		}
		switch n.DataAtom {
		case atom.Br, atom.Hr:
			h.flush()
			return
		case atom.Table:
			h.flush()
			if h.layoutTable(n) {
				h.children(n, emph, depth)
				h.flush()
				return
			}
			if rows := h.tableRows(n); len(rows) > 0 {
				h.blocks = append(h.blocks, block{table: rows})
			}
			return
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			h.flush()
			h.level = int(n.Data[1] - '0')
			h.children(n, emph, depth)
			h.flush()
			return
		case atom.Pre:
			h.flush()
			for i, line := range strings.Split(textOf(n), "\n") {
				if i > 0 {
					h.flush()
				}
				h.text(line, emph)
			}
			h.flush()
			return
		}
		if blockTags[n.DataAtom] {
			h.flush()
			h.children(n, emph, depth)
			h.flush()
			return
		}
		emph = emph || emphasis(n)
	}
	h.children(n, emph, depth)
}

func (h *reader) children(n *html.Node, emph bool, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c, emph, depth+1)
	}
}

func (h *reader) text(s string, emph bool) {
	h.cur.WriteString(s)
	k := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			k++
		}
	}
	h.runes += k
	if emph {
		h.emph += k
	}
}

// flush ends the paragraph being collected.
func (h *reader) flush() {
	text := h.cur.String()
	level, runes, emph := h.level, h.runes, h.emph
	h.cur.Reset()
	h.runes, h.emph, h.level = 0, 0, 0
	if runes == 0 {
		return
	}
	text = clean(text)
	if text == "" {
		return
	}
	if level == 0 && emph == runes && runes <= 80 {
		level = model.HeadingNumberLevel(text)
	}
	if (level == 1 || len(h.blocks) == 0) && model.Normalize(text) == h.titleText {
		// The title, already given, repeated at the top of the article.
		return
	}
	h.blocks = append(h.blocks, block{text: text, level: level})
}

var (
	// chromeText marks short paragraphs of site furniture.
	chromeText = regexp.MustCompile(`浏览次数|浏览量|点击数|点击次数|点击量|阅读次数|阅读量|访问次数|访问量|` +
		`打印本页|关闭窗口|【打印】|【关闭】|上一篇|下一篇|上一条|下一条|分享到|扫一扫|` +
		`网站标识码|ICP备|ICP证|公网安备|当前位置|您现在的位置|您的位置|主办单位|承办单位|` +
		`技术支持|版权所有|字号[:：]|【字体|【大】|\[大\]`)
	// metaLine is the line of publication details under a title.
	metaLine = regexp.MustCompile(`^(发布时间|发布日期|发文日期|信息来源|文章来源|来源|作者|责任编辑|编辑)\s*[:：]`)
	// contact is one contact detail: a label and its value up to the
	// end of the clause.
	contact = regexp.MustCompile(`(联系电话|联系方式|咨询电话|举报电话|监督电话|投诉电话|联系人|电话|传真|邮政信箱|通信地址|通讯地址|联系地址|地址|邮政编码|邮编|电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)\s*[:：][^。；;]*[。；;]?`)
)

// clean drops a paragraph of site furniture and contact details from a
// paragraph, returning what is left.
func clean(text string) string {
	norm := model.Normalize(text)
	if norm == "" {
		return ""
	}
	n := utf8.RuneCountInString(norm)
	if n <= 120 && (chromeText.MatchString(norm) || metaLine.MatchString(norm)) {
		return ""
	}
	if contact.MatchString(norm) {
		norm = strings.TrimSpace(contact.ReplaceAllString(norm, ""))
		norm = strings.TrimRight(norm, "，,、 ")
		return norm
	}
	return text
}

// layoutTable reports a table used to lay out the page rather than to hold
// data: one column, or cells holding whole paragraphs of text.
func (h *reader) layoutTable(t *html.Node) bool {
	maxCells := 0
	layout := false
	eachRow(t, func(tr *html.Node) {
		cells := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				cells++
				if h.cjk[c] > 300 || countTags(c, atom.P, 0)+countTags(c, atom.Div, 0) >= 3 {
					layout = true
				}
			}
		}
		maxCells = max(maxCells, cells)
	})
	return layout || maxCells <= 1
}

func countTags(n *html.Node, a atom.Atom, depth int) int {
	if depth > maxDepth {
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == a {
				k++
			}
			k += countTags(c, a, depth+1)
		}
	}
	return k
}

// eachRow calls f for the rows of table t, not those of nested tables.
func eachRow(t *html.Node, f func(*html.Node)) {
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			f(c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.DataAtom == atom.Tr {
					f(r)
				}
			}
		}
	}
}

// tableRows reads a data table: colspan pads with empty cells, rowspan
// repeats the cell's text in the rows below.
func (h *reader) tableRows(t *html.Node) []model.RawRow {
	type carry struct {
		text string
		left int
	}
	pending := map[int]*carry{}
	var rows []model.RawRow
	eachRow(t, func(tr *html.Node) {
		if h.skip[tr] || h.chrome(tr) {
			return
		}
		var row model.RawRow
		col := 0
		fill := func() {
			for col < maxColumns {
				p := pending[col]
				if p == nil || p.left <= 0 {
					return
				}
				row.Cells = append(row.Cells, model.RawCell{Text: p.text})
				p.left--
				col++
			}
		}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || h.skip[c] {
				continue
			}
			fill()
			if col >= maxColumns {
				break
			}
			text := cellText(c)
			span := spanAttr(c, "colspan", maxColumns)
			down := spanAttr(c, "rowspan", maxRowSpan)
			row.Cells = append(row.Cells, model.RawCell{Text: text})
			if down > 1 {
				pending[col] = &carry{text: text, left: down - 1}
			}
			col++
			for i := 1; i < span && col < maxColumns; i++ {
				if down > 1 {
					pending[col] = &carry{left: down - 1}
				}
				row.Cells = append(row.Cells, model.RawCell{})
				col++
			}
		}
		fill()
		rows = append(rows, row)
	})
	return rows
}

func spanAttr(n *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}

// cellText flattens a cell: blocks and <br> on separate lines, nested
// tables' cells separated by a space.
func cellText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(m *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch m.Type {
		case html.TextNode:
			sb.WriteString(m.Data)
			return
		case html.ElementNode:
			if skipTags[m.DataAtom] || hidden(m) {
				return
			}
		}
		block := m.Type == html.ElementNode && (blockTags[m.DataAtom] || m.DataAtom == atom.Br)
		if block && m.DataAtom != atom.Td && m.DataAtom != atom.Th {
			sb.WriteByte('\n')
		}
		if m.DataAtom == atom.Td || m.DataAtom == atom.Th {
			sb.WriteByte(' ')
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			sb.WriteByte('\n')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, 0)
	}
	lines := strings.Split(sb.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// flat reads a page the tree parser refused, token by token: the text
// of the body with block elements ending paragraphs, without scripts,
// styles and site chrome, and the <title> as the title. No article is
// looked for.
func flat(ctx context.Context, text string, b *model.Builder) error {
	z := html.NewTokenizer(strings.NewReader(text))
	h := &reader{ctx: ctx}
	skip := 0 // depth inside elements whose text is dropped
	inTitle := false
	title := ""
	for n := 0; ; n++ {
		if n&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			h.flush()
			if title = stripSite(title, ""); title != "" {
				b.Paragraph(title, 1)
			}
			for _, bl := range h.blocks {
				if bl.table == nil {
					b.Paragraph(bl.text, bl.level)
				}
			}
			return nil
		case html.TextToken:
			switch {
			case inTitle:
				title += string(z.Text())
			case skip == 0:
				h.text(string(z.Text()), false)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if skipTags[a] && a != atom.Input && a != atom.Meta && a != atom.Link {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[a] || a == atom.Br {
				h.flush()
			}
		}
	}
}
