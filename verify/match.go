package verify

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/zhenggai/zhenggai/extract"
)

// itemMatch pairs a problem the report lists with its ledger row.
type itemMatch struct {
	item     extract.Item
	problem  extract.LedgerProblem
	score    float64
	byNumber bool
}

// minTitleScore is the least title similarity that matches an item to a row
// on its own; a row with the item's number needs minNumberScore.
const (
	minTitleScore  = 0.6
	minNumberScore = 0.35
)

// matchItems pairs report items with ledger problems by the similarity of
// their titles (numbers can differ: a report may leave an item out), best
// pairs first, each row used once. The number helps only where titles are
// too different to match on their own.
func matchItems(items []extract.Item, problems []extract.LedgerProblem) []itemMatch {
	type cand struct {
		i, j     int
		score    float64
		byNumber bool
	}
	var cands []cand
	// Titles written alike match at once; only the rest are compared
	// pairwise (LCS is quadratic in the title length, the pairs quadratic
	// in the number of problems).
	byTitle := map[string][]int{}
	for j, p := range problems {
		t := normTitle(p.Title)
		byTitle[t] = append(byTitle[t], j)
	}
	exact := map[int]bool{}
	takenJ := map[int]bool{}
	for i, it := range items {
		for _, j := range byTitle[normTitle(it.Title)] {
			if !takenJ[j] {
				cands = append(cands, cand{i, j, 1, false})
				exact[i], takenJ[j] = true, true
				break
			}
		}
	}
	for i, it := range items {
		if exact[i] {
			continue
		}
		for j, p := range problems {
			if takenJ[j] {
				continue
			}
			s := titleSimilarity(it.Title, p.Title)
			if t := normTitle(it.Title); t != "" && strings.Contains(normTitle(p.Problem), t) && s < 0.95 {
				s = max(s, 0.95)
			}
			sameNo := p.No == strconv.Itoa(it.Index)
			switch {
			case s >= minTitleScore:
				cands = append(cands, cand{i, j, s, false})
			case sameNo && s >= minNumberScore:
				cands = append(cands, cand{i, j, s, true})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	usedI, usedJ := map[int]bool{}, map[int]bool{}
	var out []itemMatch
	for _, c := range cands {
		if usedI[c.i] || usedJ[c.j] {
			continue
		}
		usedI[c.i], usedJ[c.j] = true, true
		out = append(out, itemMatch{item: items[c.i], problem: problems[c.j], score: c.score, byNumber: c.byNumber})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].item.Index < out[b].item.Index })
	return out
}

// normTitle drops what differs between a report's and a ledger's way of
// writing one title: quotation marks, punctuation, spaces, script.
func normTitle(s string) string {
	s = extract.Simplify(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// titleSimilarity is 2·LCS / (|a| + |b|) over the normalised titles, a
// difflib-style ratio in [0, 1].
func titleSimilarity(a, b string) float64 {
	x, y := []rune(normTitle(a)), []rune(normTitle(b))
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			switch {
			case x[i-1] == y[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(y)]) / float64(len(x)+len(y))
}

// note says how a report item was matched to its ledger row.
func (m itemMatch) note() string {
	how := "按标题匹配"
	if m.byNumber {
		how = "按序号和标题匹配"
	}
	return strings.TrimSpace(fmt.Sprintf("%s，相似度%.2f", how, m.score))
}
