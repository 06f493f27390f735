package casebuild

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Blocks holds, by case folder and "@NAME" (as "01-case@NAME"), the function
// that writes the lines of a generated block (a table made from the case's
// problems, a list, …) for a source line "@NAME".
type Blocks map[string]func() []string

// Expand replaces each line "@NAME" of the text of case name (spaces around
// it allowed) by the lines of its block; a line naming no block is an error.
func (bl Blocks) Expand(name, text string) (string, error) {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "@") {
			fn := bl[name+t]
			if fn == nil {
				return "", fmt.Errorf("%s: no block %s", name, t)
			}
			out = append(out, fn()...)
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), nil
}

// CaseOf is the case folder a source file belongs to: CASE of src/CASE/…
// (a path relative to the generator's folder), or "" for a path outside src.
func CaseOf(src string) string {
	rel, err := filepath.Rel("src", src)
	if err != nil {
		return ""
	}
	return strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
}
