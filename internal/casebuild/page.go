package casebuild

import (
	"html"
	"strings"
)

// ToHTML lays the text of a source out as an HTML page, a line at a time:
//
//   - "# …" is a centred title;
//   - "|a|b|" is a table row (consecutive rows make one table, ruled);
//   - ">…" is a right-aligned line, "<…" a line with no indent;
//   - "%page" breaks the page;
//   - an empty line is dropped; any other line is an indented paragraph.
//
// A first line "%gongwen" lays the paragraphs out as an official document
// (公文) does: justified, the first line indented by two characters.
func ToHTML(text string) string { return Markup{}.HTML(text) }

// Markup is ToHTML with a change of the text's look.
type Markup struct {
	// CSS, if set, is the page's style sheet in place of ToHTML's (仿宋 15pt,
	// paragraphs indented two characters, ruled tables).
	CSS string
	// TitleStyle, if set, is the style of a "# …" title in place of ToHTML's
	// (centred, 20pt 方正小标宋).
	TitleStyle string
	// Ink, if set, rewrites the escaped text of table cells, of lines
	// "<…" and of paragraphs (e.g. to hide some words under a smudge).
	Ink func(string) string
}

// HTML lays the text out as ToHTML does, with m's changes.
func (m Markup) HTML(text string) string {
	ink := m.Ink
	if ink == nil {
		ink = func(s string) string { return s }
	}
	css := m.CSS
	if css == "" {
		css = "body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}"
	}
	title := m.TitleStyle
	if title == "" {
		title = "text-align:center;font-size:20pt;font-family:'方正小标宋简体','Noto Serif CJK SC',serif"
	}
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>" + css + "</style></head><body>\n")
	inTable := false
	para := "<p>"
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "%gongwen" {
		para = "<p style=\"text-indent:30pt;text-align:justify;margin-top:0;margin-bottom:0\">"
		lines = lines[1:]
	}
	for _, line := range lines {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + ink(html.EscapeString(c)) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case line == "":
		case line == "%page":
			b.WriteString("<p style=\"page-break-before:always;margin:0\"></p>\n")
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"" + title + "\">" + html.EscapeString(line[2:]) + "</h1>\n")
		case strings.HasPrefix(line, ">"):
			b.WriteString("<p style=\"text-align:right\">" + html.EscapeString(line[1:]) + "</p>\n")
		case strings.HasPrefix(line, "<"):
			b.WriteString("<p style=\"text-indent:0\">" + ink(html.EscapeString(line[1:])) + "</p>\n")
		default:
			b.WriteString(para + ink(html.EscapeString(line)) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// InFrame sets an HTML page's body in a website's article frame: head (the
// menu, where the page sits, a line of publishing details) after <body>, on
// a line of its own, and foot (the site's notices) before </body>.
func InFrame(page, head, foot string) string {
	i := strings.Index(page, "<body>") + len("<body>")
	j := strings.LastIndex(page, "</body>")
	return page[:i] + "\n" + head + page[i:j] + foot + page[j:]
}
