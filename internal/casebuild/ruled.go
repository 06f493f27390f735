package casebuild

import (
	"fmt"
	"html"
	"strings"
)

// RuledHTML lays a source out as ToHTML does, with these differences: a
// table is TableHTML's (cells "^" and "<" merge with the cell above or to
// the left, short cells keep to one line), ruled unless a line "%noborder"
// comes before it, and a line "=…" is a centred heading in a sans-serif face.
func RuledHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}table{border-collapse:collapse}td{padding:2pt;font-size:11pt} table.rule td{border:1px solid #000}</style></head><body>\n")
	// a first line "%gongwen" lays the paragraphs out as an official document
	// (公文) does: justified, the first line indented by two characters
	para := "<p>"
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "%gongwen" {
		para = "<p style=\"text-indent:30pt;text-align:justify;margin-top:0;margin-bottom:0\">"
		lines = lines[1:]
	}
	// a line "%noborder" makes the next table one without rules
	border := true
	var table [][]string
	flush := func() {
		if table == nil {
			return
		}
		b.WriteString(TableHTML(table, border))
		table, border = nil, true
	}
	for _, line := range lines {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			table = append(table, strings.Split(strings.Trim(line, "|"), "|"))
			continue
		}
		flush()
		switch {
		case line == "":
		case line == "%noborder":
			border = false
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"text-align:center;font-size:20pt;font-family:'方正小标宋简体','Noto Serif CJK SC',serif\">" + html.EscapeString(line[2:]) + "</h1>\n")
		case strings.HasPrefix(line, ">"):
			b.WriteString("<p style=\"text-align:right\">" + html.EscapeString(line[1:]) + "</p>\n")
		case strings.HasPrefix(line, "<"):
			b.WriteString("<p style=\"text-indent:0\">" + html.EscapeString(line[1:]) + "</p>\n")
		case strings.HasPrefix(line, "="):
			b.WriteString("<p style=\"text-indent:0;text-align:center;font-family:'黑体','Noto Sans CJK SC',sans-serif\">" + html.EscapeString(line[1:]) + "</p>\n")
		default:
			b.WriteString(para + html.EscapeString(line) + "</p>\n")
		}
	}
	flush()
	b.WriteString("</body></html>\n")
	return b.String()
}

// TableHTML writes a table whose cells "^" continue the cell above (rowspan)
// and "<" the cell to the left (colspan), as Word merges cells.
func TableHTML(rows [][]string, border bool) string {
	var b strings.Builder
	if border {
		b.WriteString("<table class=\"rule\" border=\"1\" cellspacing=\"0\" width=\"100%\">\n")
	} else {
		b.WriteString("<table border=\"0\" cellspacing=\"0\" width=\"100%\">\n")
	}
	at := func(r, c int) string {
		if r < len(rows) && c < len(rows[r]) {
			return rows[r][c]
		}
		return ""
	}
	for r, row := range rows {
		b.WriteString("<tr>")
		for c, cell := range row {
			if cell == "^" || cell == "<" {
				continue
			}
			cs, rs := 1, 1
			for at(r, c+cs) == "<" {
				cs++
			}
			for at(r+rs, c) == "^" {
				rs++
			}
			attr := ""
			if cs > 1 {
				attr += fmt.Sprintf(" colspan=\"%d\"", cs)
			}
			if rs > 1 {
				attr += fmt.Sprintf(" rowspan=\"%d\"", rs)
			}
			if n := len([]rune(cell)); n > 0 && n <= 6 {
				// short cells (序号, statuses, counts) keep to one line, as an office sets its columns
				attr += " nowrap"
			}
			b.WriteString("<td" + attr + ">" + html.EscapeString(cell) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}
