package extract

import (
	"strings"

	"github.com/zhenggai/zhenggai/internal/seg"
)

// actionObject finds the verb and the thing counted around figure k of a
// sentence, with the segmenter's part-of-speech tags: the verb is the last
// verb before the number in its stretch of text (or, in a list sharing one
// verb, the verb of the list's first stretch); the object the nouns before
// the number, or after the measure word.
func actionObject(sent []rune, f figure, figs []figure, k int) (action, object string) {
	toks := seg.Tag(f.pre)
	var nouns []string
	for _, t := range toks {
		switch {
		case strings.HasPrefix(t.POS, "v") && !strings.HasPrefix(t.POS, "vn"):
			action, nouns = t.Text, nil
		case strings.HasPrefix(t.POS, "n") || t.POS == "vn":
			nouns = append(nouns, t.Text)
		}
	}
	if len(nouns) > 0 {
		object = strings.Join(nouns, "")
	} else {
		for _, t := range seg.Tag(f.post) {
			if strings.HasPrefix(t.POS, "n") || t.POS == "vn" {
				object += t.Text
				continue
			}
			if object != "" {
				break
			}
		}
	}
	if action == "" {
		// A list sharing one verb: 召开A会3次、B会2次.
		for j := k - 1; j >= 0 && action == ""; j-- {
			for _, t := range seg.Tag(figs[j].pre) {
				if strings.HasPrefix(t.POS, "v") && !strings.HasPrefix(t.POS, "vn") {
					action = t.Text
				}
			}
		}
	}
	return action, object
}
