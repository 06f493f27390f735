package extract

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
)

// Word lists and how they are matched: a list is words joined by |, matched
// by a compiled matcher cached per list (has, firstOf, lastIndex …), with
// the small text tests the rules share.

// wordRes caches the compiled word lists; Claims runs concurrently (the
// index parses and extracts in parallel), so the cache is a sync.Map.
var wordRes sync.Map // string → *wordMatcher

// wordCache is a lock-free front to wordRes, a slot per hash of the list
// (wordSlot): a hit costs a comparison of two strings, the same string
// mostly, which Go compares by pointer, where wordRes hashed the whole list
// at each call (lists run to hundreds of bytes).
var wordCache [1024]atomic.Pointer[wordMatcher]

// wordSlot is the wordCache slot of a list: its length and three of its
// bytes, mixed.
func wordSlot(words string) int {
	n := len(words)
	if n == 0 {
		return 0
	}
	h := uint(n)*31 + uint(words[0]) + uint(words[n/2])*7 + uint(words[n-1])*13
	return int(h*0x9E3779B1>>7) & (len(wordCache) - 1)
}

// matcherOf returns the matcher of a word list, compiled once.
func matcherOf(words string) *wordMatcher {
	slot := &wordCache[wordSlot(words)]
	if m := slot.Load(); m != nil && m.key == words {
		return m
	}
	v, ok := wordRes.Load(words)
	if !ok {
		v, _ = wordRes.LoadOrStore(words, compileWords(words))
	}
	m := v.(*wordMatcher)
	slot.Store(m)
	return m
}

// wordMatcher matches a word list. Most lists are plain words, which are
// looked for with strings.Contains (or strings.HasPrefix for ^(a|b)):
// Go's regexp tries an alternation of literals at every position of the
// text, which is several times slower. Lists with other syntax use re.
type wordMatcher struct {
	key    string // the list as written
	words  []string
	prefix bool // ^(…): the text must start with one of words
	re     *regexp.Regexp
	// byKey files the words of three bytes or more by their first three
	// (key3) and short holds the others, so that index reads a text once
	// rather than once per word; filter has bit filterBit set for each
	// key, so that most places of a text are passed over without a map
	// lookup. byKey is nil when a word is empty or starts with a UTF-8
	// continuation byte: index then looks for the words one by one.
	byKey  map[uint32][]string
	short  []string
	filter [16]uint64
}

// key3 is the first three bytes of s[p:], which must have them.
func key3(s string, p int) uint32 {
	return uint32(s[p]) | uint32(s[p+1])<<8 | uint32(s[p+2])<<16
}

// filterBit is the bit of a wordMatcher's filter for the key of s[p:].
func filterBit(s string, p int) uint {
	return (uint(s[p+1])*37 ^ uint(s[p+2])) & 1023
}

// compileWords makes the matcher of a word list.
func compileWords(words string) *wordMatcher {
	m := &wordMatcher{key: words}
	alts := words
	if strings.HasPrefix(alts, "^(") && strings.HasSuffix(alts, ")") {
		m.prefix = true
		alts = alts[2 : len(alts)-1]
	}
	m.words = strings.Split(alts, "|")
	for _, w := range m.words {
		if regexp.QuoteMeta(w) != w {
			return &wordMatcher{key: words, re: regexp.MustCompile(words)}
		}
	}
	m.byKey = map[uint32][]string{}
	for _, w := range m.words {
		switch {
		case w == "" || w[0]&0xC0 == 0x80:
			m.byKey, m.short = nil, nil
			return m
		case len(w) < 3:
			m.short = append(m.short, w)
		default:
			m.byKey[key3(w, 0)] = append(m.byKey[key3(w, 0)], w)
			b := filterBit(w, 0)
			m.filter[b/64] |= 1 << (b % 64)
		}
	}
	return m
}

// match reports whether s holds one of the words (starts with one, for ^(…)).
func (m *wordMatcher) match(s string) bool {
	if m.re != nil {
		return m.re.MatchString(s)
	}
	if m.prefix {
		for _, w := range m.words {
			if strings.HasPrefix(s, w) {
				return true
			}
		}
		return false
	}
	return m.index(s, false) >= 0
}

// index returns the first byte offset in s at which one of the words
// stands, or with last the last one; -1 when none does: the least
// strings.Index (the greatest strings.LastIndex) of the words in s. With
// byKey, s is read once, byte by byte; no word starts with a continuation
// byte, so those are passed over, and elsewhere only the words filed under
// the next three bytes, and the short ones, are tried.
func (m *wordMatcher) index(s string, last bool) int {
	at := -1
	if m.byKey == nil {
		for _, w := range m.words {
			if last {
				at = max(at, strings.LastIndex(s, w))
			} else if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		return at
	}
	for p := 0; p < len(s); p++ {
		if s[p]&0xC0 == 0x80 {
			continue
		}
		if m.wordAt(s, p) {
			if !last {
				return p
			}
			at = p
		}
	}
	return at
}

// wordAt tells whether one of the words starts at s[p] (see index).
func (m *wordMatcher) wordAt(s string, p int) bool {
	if p+2 < len(s) {
		if b := filterBit(s, p); m.filter[b/64]&(1<<(b%64)) != 0 {
			for _, w := range m.byKey[key3(s, p)] {
				if strings.HasPrefix(s[p:], w) {
					return true
				}
			}
		}
	}
	for _, w := range m.short {
		if strings.HasPrefix(s[p:], w) {
			return true
		}
	}
	return false
}

// has tells whether s contains any of the |-separated words (a regexp).
func has(s, words string) bool {
	return matcherOf(words).match(s)
}

// firstOf returns the subtype of the first list whose words occur in s;
// but verbs joined by 或, 和, 及 or 、 share one object and the first of them
// heads the phrase (收回或归还原资金渠道: recovered), whatever its list's rank.
func firstOf(s string, lists subtypeList) (Subtype, bool) {
	for _, l := range lists {
		if has(s, l.words) {
			if sub, ok := joinedBefore(s, l.words, lists); ok {
				return sub, true
			}
			return l.sub, true
		}
	}
	return "", false
}

// coordinators join verbs that share an object.
var coordinators = []string{"或", "和", "及", "、", "或者", "并"}

// joinedBefore returns the subtype of another list whose word stands
// joined to one of words (coordinators) right before it in s.
func joinedBefore(s, words string, lists subtypeList) (Subtype, bool) {
	for _, w := range wordList(words) {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			for _, c := range coordinators {
				if !strings.HasSuffix(s[:i], c) {
					continue
				}
				b := s[:i-len(c)]
				for _, o := range lists {
					if o.words == words {
						continue
					}
					for _, v := range wordList(o.words) {
						if strings.HasSuffix(b, v) {
							return o.sub, true
						}
					}
				}
			}
		}
	}
	return "", false
}

// endsWith tells whether s ends with one of the |-separated words (a
// suffix test: such lists, written as a pattern ending in $, went to
// package regexp on every figure).
func endsWith(s, words string) bool {
	for _, w := range wordList(words) {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// wordLenAt returns the length in bytes of the longest word of the noun
// lists that starts at byte at of s, 0 when none does.
func wordLenAt(s string, at int) int {
	n := 0
	for _, l := range nounLists {
		n = max(n, wordPrefix(s[at:], l.words))
	}
	return n
}

// wordPrefix returns the length of the longest of the |-separated words
// that s starts with, 0 when none.
func wordPrefix(s, words string) int {
	n := 0
	for _, w := range wordList(words) {
		if len(w) > n && strings.HasPrefix(s, w) {
			n = len(w)
		}
	}
	return n
}

// firstIndex returns the first byte offset in s of any of the |-separated
// words, -1 when none occurs.
func firstIndex(s, words string) int {
	return matcherOf(words).index(s, false)
}

// lastIndex returns the last byte offset in s of any of the |-separated
// words, -1 when none occurs.
func lastIndex(s, words string) int {
	return matcherOf(words).index(s, true)
}

// wordList returns the words of a list of plain words, split once (the
// matcher has caches).
func wordList(words string) []string {
	return matcherOf(words).words
}

// hasNear tells whether the text just before or just after a figure (pre,
// post) contains one of the |-separated words, plain words all: has of
// pre+"|"+post, without making that string.
func hasNear(f figure, words string) bool {
	return has(f.pre, words) || has(f.post, words)
}

// inBracketRunes is inBracket of a text in runes.
func inBracketRunes(rs []rune) bool {
	open := 0
	for _, r := range rs {
		switch r {
		case '(', '（':
			open++
		case ')', '）':
			open--
		}
	}
	return open > 0
}

// EndsInBracket reports whether s ends inside an open bracket (收回资金1260
// 万元（含利息收入: a note, not a part of the list it stands in).
func EndsInBracket(s string) bool {
	return strings.Count(s, "（")+strings.Count(s, "(") > strings.Count(s, "）")+strings.Count(s, ")")
}

// containsRunes reports whether rs holds the runes ws one after another.
func containsRunes(rs []rune, ws ...rune) bool {
	for i := 0; i+len(ws) <= len(rs); i++ {
		k := 0
		for k < len(ws) && rs[i+k] == ws[k] {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}

// mentions tells whether s holds a word of any subtype of lists.
func mentions(s string, lists subtypeList) bool {
	_, ok := firstOf(s, lists)
	return ok
}
