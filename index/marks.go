package index

import (
	"html"
	"strings"
)

// Marker marks where a query's words and phrases occur in a document's
// text, as the fragments of Search's hits do (see markTerms): for showing
// a hit's whole document with every match marked.
type Marker struct{ terms []string }

// NewMarker returns the Marker of a query string (see ParseQuery); an empty
// query marks nothing.
func NewMarker(query string) (*Marker, error) {
	if strings.TrimSpace(query) == "" {
		return &Marker{}, nil
	}
	q, err := ParseQuery(query)
	if err != nil {
		return nil, err
	}
	return &Marker{terms: markTerms(q)}, nil
}

// Mark returns text HTML-escaped, with every occurrence of the query's
// terms in <mark>…</mark> (overlapping and adjacent ones in one mark), and
// the number of marks.
func (m *Marker) Mark(text string) (string, int) {
	rs, spans := findSpans(text, m.terms)
	if len(spans) == 0 {
		return html.EscapeString(text), 0
	}
	return markRange(rs, spans, 0, len(rs))
}
