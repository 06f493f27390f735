package main

import (
	"strings"

	"github.com/zhenggai/zhenggai/parse"
)

// kindName is the Chinese name of a document kind (parse.Kind.Chinese), as
// the text output writes it; an unknown kind is kept.
func kindName(k string) string { return parse.Kind(k).Chinese() }

// formatName is a document format as users know it: PDF, DOCX, Markdown …
func formatName(f parse.Format) string {
	switch f {
	case parse.FormatMarkdown:
		return "Markdown"
	case parse.FormatText:
		return "TXT"
	case parse.FormatMHTML:
		return "MHT"
	case parse.FormatWordXML:
		return "Word XML"
	}
	return strings.ToUpper(string(f))
}

// yesNo is 是 or 否.
func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}
