package extract

import (
	"strings"

	"github.com/zhenggai/zhenggai/parse"
)

// distribute reads a 分别 distribution over parallel totals: 针对5个共性问题和9个
// 个性问题，分别有4个、8个（占80%、88.9%）已完成整改. The totals (5, 9) are
// problems totals of one measure word in one clause; 分别 then gives as many
// figures of that measure word, joined by 、和及, with a status after them.
// Each total is a part and each share a part of its total, none a count of
// the whole: they are filed as other, and the distribution states the sum
// of the totals (14) and the sum of the shares with the status (12 done),
// each pointing at the stretch from its first part to its last. It is called after the claim of figure k
// is appended, with first the index of the sentence's first claim.
func (x *extractor) distribute(s sentence, figs []figure, k, first int) {
	if k+1 < len(figs) && joinedFigures(s.text, figs[k], figs[k+1]) {
		return // the shares go on
	}
	i := k
	for i > 0 && joinedFigures(s.text, figs[i-1], figs[i]) {
		i--
	}
	m := k - i + 1
	if m < 2 || i < m || !strings.Contains(string(s.text[figs[i-1].unitEnd:figs[i].n.Start]), "分别") {
		return
	}
	claimOf := map[int]int{} // figure → claim
	for ci := first; ci < len(x.claims); ci++ {
		claimOf[x.figOf[ci-first]] = ci
	}
	totals, shares := make([]int, m), make([]int, m)
	read := make([]Claim, m) // the totals as the distribution reads them
	for j := m - 1; j >= 0; j-- {
		t, okT := claimOf[i-m+j]
		d, okD := claimOf[i+j]
		if !okT || !okD {
			return
		}
		tc := x.claims[t]
		if j < m-1 && tc.Kind == KindOther {
			// 针对12个和7个问题: the noun after the last total is every total's.
			last := read[m-1]
			tc.Kind, tc.Subtype, tc.Object = last.Kind, last.Subtype, last.Object
		}
		if tc.Kind != KindProblems || tc.Subtype != SubtypeTotal || !tc.IsOwn() || figs[i-m+j].unit != figs[k].unit ||
			tc.Approx != Exact || x.claims[d].Approx != Exact {
			return
		}
		if j > 0 && clauseBreakIn(s.text[figs[i-m+j-1].unitEnd:figs[i-m+j].n.Start]) {
			return
		}
		totals[j], shares[j], read[j] = t, d, tc
	}
	end := figs[k].unitEnd
	for end < len(s.text) && !isClauseBreak(s.text[end]) {
		end++
	}
	st, ok := statusOf(string(s.text[figs[k].unitEnd:end]))
	if !ok {
		return
	}
	sumT := read[m-1]
	sumT.Count, sumT.Value, sumT.Of, sumT.Approx = 0, 0, -1, Exact
	sumD := sumT
	sumD.Subtype = st.Subtype()
	sumD.Action = ""
	for j := 0; j < m; j++ {
		sumT.Count += x.claims[totals[j]].Count
		sumT.Value += x.claims[totals[j]].Value
		sumD.Count += x.claims[shares[j]].Count
		sumD.Value += x.claims[shares[j]].Value
		x.claims[totals[j]] = claimOther(read[j], figs[i-m+j])
		x.claims[shares[j]] = claimOther(x.claims[shares[j]], figs[i+j])
	}
	sumT.Figure = spanOf(x.claims[totals[0]].Figure, x.claims[totals[m-1]].Figure)
	sumD.Figure = spanOf(x.claims[shares[0]].Figure, x.claims[shares[m-1]].Figure)
	x.claims = append(x.claims, sumT, sumD)
	x.figOf = append(x.figOf, k, k)
}

// joinedFigures tells two figures of one measure word joined by a list
// mark only (4个、8个; 4个和8个).
func joinedFigures(text []rune, a, b figure) bool {
	if a.unit != b.unit || b.n.Start < a.unitEnd {
		return false
	}
	between := strings.TrimSpace(string(text[a.unitEnd:b.n.Start]))
	return between == "、" || between == "和" || between == "及" || between == "与"
}

// clauseBreakIn tells whether rs holds a clause break.
func clauseBreakIn(rs []rune) bool {
	for _, r := range rs {
		if isClauseBreak(r) {
			return true
		}
	}
	return false
}

// spanOf is the stretch from a's start to b's end.
func spanOf(a, b parse.Pos) parse.Pos {
	return parse.Pos{Page: a.Page, Start: a.Start, End: b.End}
}
