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
func actionObject(figs []figure, k int) (action, object string) {
	f := figs[k]
	toks := f.preTokens()
	var nouns []string
	for _, t := range toks {
		switch {
		case strings.HasPrefix(t.POS, "v") && !strings.HasPrefix(t.POS, "vn"):
			action, nouns = t.Text, nil
		case strings.HasPrefix(t.POS, "n") || t.POS == "vn":
			nouns = append(nouns, t.Text)
		}
	}
	// 31个问题, 2名科室负责人: a noun right after the measure word is what
	// is counted; otherwise (问题31个) the nouns before the number are.
	var after string
	if _, named := meetingAfter(f); !countsTimes(f.unit) || named {
		for _, t := range f.postTokens() {
			meeting := strings.HasSuffix(t.Text, "会") || strings.HasSuffix(t.Text, "会议")
			if !isNoun(t.POS) && !(named && meeting) {
				break
			}
			after += t.Text
			if named && meeting {
				break // 13次专题会议研究…: the meeting is the thing counted
			}
		}
	}
	switch {
	case after != "":
		object = after
	case len(nouns) > 0:
		object = strings.Join(nouns, "")
	}
	if action == "" {
		// A list sharing one verb: 召开A会3次、B会2次.
		for j := k - 1; j >= 0 && action == ""; j-- {
			for _, t := range figs[j].preTokens() {
				if strings.HasPrefix(t.POS, "v") && !strings.HasPrefix(t.POS, "vn") {
					action = t.Text
				}
			}
		}
	}
	return action, object
}

// pre returns the words before the figure, in its stretch of text.
func (f figure) preTokens() []seg.Token { return tokensIn(f.toks, f.preLo, f.n.Start) }

// postTokens returns the words after the measure word, in its stretch.
func (f figure) postTokens() []seg.Token { return tokensIn(f.toks, f.unitEnd, f.postHi) }
