// Package zhcheck finds English words in text meant for users, for the
// tests that keep the pages, messages and reports Chinese (docs/interface.md:
// messages meant for people are Chinese; codes stay as they are).
//
// A word is a run of ASCII letters. It is allowed when it is one of the
// acronyms and names users know (PDF, DOCX, Word …), or part of a token that
// is a file name or a code: a token (a run of letters, digits and . / _ - * :
// < > =) holding a dot, a slash, an underscore, a colon or a digit —
// report.pdf, minutes/, case.json, claim.item-status, 2016-XS03-03,
// problems_rate:<90 — or a flag (--addr, -h), or when the caller allows it.
package zhcheck

import (
	"regexp"
	"strings"
)

// Allowed are the acronyms and names that may stand in Chinese text.
var Allowed = map[string]bool{
	"PDF": true, "DOCX": true, "XLSX": true, "XLSM": true, "OFD": true, "JSON": true, "API": true,
	"HTML": true, "HTM": true, "MHTML": true, "MHT": true, "XML": true, "TXT": true, "CSV": true, "ZIP": true, "JPEG": true, "PNG": true, "TIFF": true,
	"UTF": true, "GBK": true, "OCR": true, "MB": true, "KB": true, "B": true, "YYYY": true, "MM": true,
	"DD": true, "Markdown": true, "Word": true, "Excel": true, "WPS": true,
	"DOC": true, "XLS": true, "ET": true, // the legacy Word and Excel formats and WPS spreadsheets
	// Request and protocol words a message to an API client may name.
	"Authorization": true, "Bearer": true, "GET": true, "POST": true,
}

var (
	token = regexp.MustCompile(`[A-Za-z0-9._/*:<>=+\-]+`)
	word  = regexp.MustCompile(`[A-Za-z]+`)
)

// Words returns the English words of s that are not allowed, in order;
// allow, when not nil, allows more.
func Words(s string, allow func(string) bool) []string {
	var out []string
	for _, t := range token.FindAllString(s, -1) {
		t = strings.TrimRight(t, ".:") // a sentence's end is not a file name
		if strings.ContainsAny(t, "./_:0123456789") || strings.HasPrefix(t, "-") || (allow != nil && allow(t)) {
			continue
		}
		for _, w := range word.FindAllString(t, -1) {
			if !Allowed[w] && (allow == nil || !allow(w)) {
				out = append(out, w)
			}
		}
	}
	return out
}
