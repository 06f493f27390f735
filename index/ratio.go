package index

// Ratio returns the similarity of a and b as Python's
// difflib.SequenceMatcher(None, a, b).ratio() computes it over their
// characters (code points): 2·M / (len(a)+len(b)), where M is the number of
// characters in the matching blocks found by repeatedly taking the longest
// common run. Like difflib's default (autojunk), when b has 200 characters
// or more, characters that make up more than 1% of b (plus one) are not used
// to start a match. Two empty strings have ratio 1.
func Ratio(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra)+len(rb) == 0 {
		return 1
	}
	m := newMatcher(ra, rb)
	return 2 * float64(m.matches()) / float64(len(ra)+len(rb))
}

// QuickRatio is an upper bound of Ratio that is cheaper to compute (difflib's
// quick_ratio): the characters a and b have in common, as multisets.
func QuickRatio(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra)+len(rb) == 0 {
		return 1
	}
	count := make(map[rune]int, len(rb))
	for _, r := range rb {
		count[r]++
	}
	m := 0
	for _, r := range ra {
		if count[r] > 0 {
			count[r]--
			m++
		}
	}
	return 2 * float64(m) / float64(len(ra)+len(rb))
}

// RealQuickRatio is an upper bound of Ratio of two texts of la and lb
// characters, from their lengths alone (difflib's real_quick_ratio).
func RealQuickRatio(la, lb int) float64 {
	if la+lb == 0 {
		return 1
	}
	return 2 * float64(min(la, lb)) / float64(la+lb)
}

type matcher struct {
	a, b []rune
	b2j  map[rune][]int // positions in b of each character not popular
}

func newMatcher(a, b []rune) *matcher {
	m := &matcher{a: a, b: b, b2j: map[rune][]int{}}
	for j, r := range b {
		m.b2j[r] = append(m.b2j[r], j)
	}
	if n := len(b); n >= 200 {
		ntest := n/100 + 1
		for r, js := range m.b2j {
			if len(js) > ntest {
				delete(m.b2j, r)
			}
		}
	}
	return m
}

// longest is difflib's find_longest_match (without junk): the longest run
// a[i:i+k] == b[j:j+k] within the bounds, earliest in a, then in b; then
// extended by equal characters on both sides (popular ones included).
func (m *matcher) longest(alo, ahi, blo, bhi int) (besti, bestj, bestk int) {
	besti, bestj = alo, blo
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range m.b2j[m.a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > bestk {
				besti, bestj, bestk = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	for besti > alo && bestj > blo && m.a[besti-1] == m.b[bestj-1] {
		besti, bestj, bestk = besti-1, bestj-1, bestk+1
	}
	for besti+bestk < ahi && bestj+bestk < bhi && m.a[besti+bestk] == m.b[bestj+bestk] {
		bestk++
	}
	return besti, bestj, bestk
}

// matches is the total size of difflib's get_matching_blocks.
func (m *matcher) matches() int {
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(m.a), 0, len(m.b)}}
	total := 0
	for len(queue) > 0 {
		s := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := m.longest(s.alo, s.ahi, s.blo, s.bhi)
		if k == 0 {
			continue
		}
		total += k
		if s.alo < i && s.blo < j {
			queue = append(queue, span{s.alo, i, s.blo, j})
		}
		if i+k < s.ahi && j+k < s.bhi {
			queue = append(queue, span{i + k, s.ahi, j + k, s.bhi})
		}
	}
	return total
}
