// Command devset scores the claim extractor against the development set of
// real published texts: the annotations in testdata/devset/*.jsonl and the
// texts themselves in a git-ignored cache (.devcache/pages). docs/devset.md
// says how the set was gathered and how to gather the cache again.
//
//	go run ./scripts/devset            # per text and overall scores
//	go run ./scripts/devset -v         # also the misses and false claims, with their sentences
//	go run ./scripts/devset -families  # the phrasing families table (docs/phrasing.md)
//	go run ./scripts/devset -dir D1 -agree D2 -cache C  # a second annotation scored against the first
//
// Each text is read as `zhenggai extract` reads a .txt file (parse.Parse
// with the name x.txt, then extract.Claims). A claim matches an annotated
// figure when kind, subtype and value agree; each annotation is matched at
// most once. Recall is over the annotated own figures (kind not other, scope
// not other_units); precision over the claims the extractor reports as own
// (Claim.IsOwn). For texts whose figures hold, the text is also checked as a
// report-only case and every arith.* finding is an alarm.
package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// Figure is one annotated figure of a text.
type Figure struct {
	Kind    extract.Kind    `json:"kind"`
	Subtype extract.Subtype `json:"subtype"`
	Value   float64         `json:"value"`
	Unit    string          `json:"unit"`
	Scope   string          `json:"scope"`
	Cue     string          `json:"cue"`
	Family  string          `json:"family"`
}

// own reports whether the figure is one the extractor should report as the
// unit's own claim: not informational, not about other units. A figure
// summed over several inspected units (scope aggregate) is still a claim.
func (f Figure) own() bool { return f.Kind != extract.KindOther && f.Scope != "other_units" }

// setPhrase reports whether the figure is a number inside a set phrase or
// slogan (一个问题一名牵头领导): a claim read from it is a false count.
func (f Figure) setPhrase() bool { return f.Family == familySetPhrase }

const familySetPhrase = "set-phrase-not-count"

// Text is one line of a testdata/devset/*.jsonl file.
type Text struct {
	URL         string   `json:"url"`
	Issuer      string   `json:"issuer"`
	Level       string   `json:"level"`
	Kind        string   `json:"kind"`
	Script      string   `json:"script"`
	Hint        string   `json:"hint"`
	FiguresHold bool     `json:"figures_hold"`
	Figures     []Figure `json:"figures"`

	file string // the jsonl file and line, for messages
}

// cached is a file of the cache: the page excerpt the annotations were made on.
type cached struct {
	URL  string `json:"url"`
	Text string `json:"text"`
}

// CacheKey is the name (without .json) of a url's file in the cache: the
// first 16 hex digits of the sha256 of the url as written in the jsonl.
func CacheKey(url string) string {
	h := sha256.Sum256([]byte(url))
	return hex.EncodeToString(h[:])[:16]
}

func main() {
	dir := flag.String("dir", "testdata/devset", "folder of the annotation files (*.jsonl)")
	cache := flag.String("cache", ".devcache/pages", "folder of the cached texts (<key>.json)")
	verbose := flag.Bool("v", false, "list each text's missed figures and false claims, with the sentence")
	families := flag.Bool("families", false, "print the phrasing families table (markdown) and exit")
	noArith := flag.Bool("no-arith", false, "skip the report-only check for arith.* alarms")
	agree := flag.String("agree", "", "a folder of second annotations of some of the texts: score them against the first (-dir) instead of the extractor")
	flag.Parse()

	texts, err := load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "devset:", err)
		os.Exit(1)
	}
	if *families {
		printFamilies(os.Stdout, texts)
		return
	}
	if *agree != "" {
		if err := runAgreement(texts, *agree, *cache, *verbose, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "devset:", err)
			os.Exit(1)
		}
		return
	}
	if err := seg.Init(); err != nil {
		fmt.Fprintln(os.Stderr, "devset: segmenter:", err)
		os.Exit(1)
	}
	tmp, err := os.MkdirTemp("", "devset-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "devset:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(tmp)
	s := scorer{cache: *cache, tmp: tmp, verbose: *verbose, arith: !*noArith, w: os.Stdout}
	s.run(context.Background(), texts)
}

// load reads every *.jsonl of dir, in name order.
func load(dir string) ([]Text, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.jsonl annotation file", dir)
	}
	sort.Strings(files)
	var texts []Text
	seen := map[string]string{}
	for _, f := range files {
		ts, err := loadFile(f)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			if prev, ok := seen[t.URL]; ok {
				return nil, fmt.Errorf("%s: url %s already annotated at %s", t.file, t.URL, prev)
			}
			seen[t.URL] = t.file
		}
		texts = append(texts, ts...)
	}
	return texts, nil
}

func loadFile(name string) ([]Text, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []Text
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var t Text
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&t); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if t.URL == "" {
			return nil, fmt.Errorf("%s:%d: no url", name, n)
		}
		t.file = fmt.Sprintf("%s:%d", filepath.Base(name), n)
		texts = append(texts, t)
	}
	return texts, sc.Err()
}

// scorer runs the extractor over the texts and keeps the tallies.
type scorer struct {
	cache   string
	tmp     string
	verbose bool
	arith   bool
	w       io.Writer

	scored, missing          int
	annotOwn, found          int
	claimsOwn, claimsMatched int
	setPhraseFalse           int
	alarms, alarmTexts       int
	holdTexts                int
	// slipTexts are the texts whose figures do not hold (an annotator's
	// slip planted or found), caught those of them with an arith.* finding.
	slipTexts, caught int
	byKind            map[string]*tally
	byFamily          map[string]*tally
}

// tally counts annotated own figures and the ones found, for one kind or family.
type tally struct{ annot, found int }

func (s *scorer) run(ctx context.Context, texts []Text) {
	s.byKind = map[string]*tally{}
	s.byFamily = map[string]*tally{}
	var missing []string
	for _, t := range texts {
		raw, err := os.ReadFile(filepath.Join(s.cache, CacheKey(t.URL)+".json"))
		if err != nil {
			s.missing++
			missing = append(missing, t.file+" "+t.URL)
			continue
		}
		var c cached
		if err := json.Unmarshal(raw, &c); err != nil || c.Text == "" {
			s.missing++
			missing = append(missing, t.file+" "+t.URL+" (cache file unreadable)")
			continue
		}
		s.text(ctx, t, c.Text)
	}
	s.summary(missing)
}

// text scores one text.
func (s *scorer) text(ctx context.Context, t Text, body string) {
	doc, err := parse.Parse(ctx, "x.txt", []byte(body), parse.Options{})
	if err != nil {
		fmt.Fprintf(s.w, "%s: parse: %v\n", t.file, err)
		s.missing++
		return
	}
	s.scored++
	claims := extract.Claims(doc)
	m := match(t.Figures, claims)

	own, found := 0, 0
	for i, f := range t.Figures {
		if !f.own() {
			continue
		}
		own++
		k := s.kind(string(f.Kind))
		k.annot++
		fam := s.family(f.Family)
		fam.annot++
		if m.figClaim[i] >= 0 {
			found++
			k.found++
			fam.found++
		}
	}
	ownClaims, matched := 0, 0
	var wrong []int
	for j, c := range claims {
		if !c.IsOwn() {
			continue
		}
		ownClaims++
		if m.claimFig[j] >= 0 {
			matched++
		} else {
			wrong = append(wrong, j)
		}
	}
	sp := setPhraseHits(t.Figures, claims, m)
	s.annotOwn += own
	s.found += found
	s.claimsOwn += ownClaims
	s.claimsMatched += matched
	s.setPhraseFalse += len(sp)

	var alarms []verify.Finding
	caught := false
	if s.arith && t.FiguresHold {
		s.holdTexts++
		alarms = s.arithAlarms(ctx, body)
		s.alarms += len(alarms)
		if len(alarms) > 0 {
			s.alarmTexts++
		}
	} else if s.arith {
		s.slipTexts++
		if caught = len(s.arithAlarms(ctx, body)) > 0; caught {
			s.caught++
		}
	}
	fmt.Fprintf(s.w, "%-10s %-24s figures %2d/%-2d claims %2d/%-2d", t.file, short(t.Issuer, 12), found, own, matched, ownClaims)
	if len(sp) > 0 {
		fmt.Fprintf(s.w, "  set-phrase %d", len(sp))
	}
	if len(alarms) > 0 {
		fmt.Fprintf(s.w, "  arith %d", len(alarms))
	}
	if s.arith && !t.FiguresHold {
		fmt.Fprintf(s.w, "  slip caught: %v", caught)
	}
	fmt.Fprintln(s.w)
	if !s.verbose {
		return
	}
	for i, f := range t.Figures {
		if f.own() && m.figClaim[i] < 0 {
			fmt.Fprintf(s.w, "    miss  %s/%s %g%s [%s] cue %q\n", f.Kind, f.Subtype, f.Value, f.Unit, f.Family, f.Cue)
			if sent := sentenceWith(body, f.Cue); sent != "" {
				fmt.Fprintf(s.w, "          %s\n", sent)
			}
		}
	}
	for _, j := range wrong {
		c := claims[j]
		fmt.Fprintf(s.w, "    false %s/%s %g%s  %s\n", c.Kind, c.Subtype, c.Value, c.Unit, oneLine(c.Text))
	}
	for _, a := range alarms {
		fmt.Fprintf(s.w, "    arith %s: %s\n", a.Rule, a.Message)
	}
}

func (s *scorer) kind(k string) *tally {
	if s.byKind[k] == nil {
		s.byKind[k] = &tally{}
	}
	return s.byKind[k]
}

func (s *scorer) family(f string) *tally {
	if s.byFamily[f] == nil {
		s.byFamily[f] = &tally{}
	}
	return s.byFamily[f]
}

// arithAlarms checks the text as a report-only case and returns its arith.*
// findings.
func (s *scorer) arithAlarms(ctx context.Context, body string) []verify.Finding {
	p := filepath.Join(s.tmp, "report.txt")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		fmt.Fprintln(os.Stderr, "devset:", err)
		return nil
	}
	res, err := verify.Check(ctx, verify.Case{Report: p}, verify.Options{AsOf: "2026-01-01"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "devset: check:", err)
		return nil
	}
	var out []verify.Finding
	for _, f := range res.Findings {
		if strings.HasPrefix(string(f.Rule), "arith.") {
			out = append(out, f)
		}
	}
	return out
}

func (s *scorer) summary(missing []string) {
	fmt.Fprintln(s.w)
	fmt.Fprintf(s.w, "texts scored: %d; missing from the cache: %d\n", s.scored, s.missing)
	for _, m := range missing {
		fmt.Fprintf(s.w, "  missing: %s\n", m)
	}
	fmt.Fprintf(s.w, "recall:    %s (%d of %d annotated own figures found)\n", ratio(s.found, s.annotOwn), s.found, s.annotOwn)
	fmt.Fprintf(s.w, "precision: %s (%d of %d own claims match an annotated own figure)\n", ratio(s.claimsMatched, s.claimsOwn), s.claimsMatched, s.claimsOwn)
	fmt.Fprintf(s.w, "set phrases read as counts: %d\n", s.setPhraseFalse)
	if s.arith {
		fmt.Fprintf(s.w, "arith alarms on texts whose figures hold: %d, on %d of %d texts\n", s.alarms, s.alarmTexts, s.holdTexts)
		fmt.Fprintf(s.w, "texts whose figures do not hold caught by an arith finding: %d of %d\n", s.caught, s.slipTexts)
	}
	fmt.Fprintln(s.w, "recall by kind:")
	for _, k := range sortedKeys(s.byKind) {
		t := s.byKind[k]
		fmt.Fprintf(s.w, "  %-15s %s (%d/%d)\n", k, ratio(t.found, t.annot), t.found, t.annot)
	}
	fmt.Fprintln(s.w, "recall by phrasing family:")
	for _, k := range sortedKeys(s.byFamily) {
		t := s.byFamily[k]
		fmt.Fprintf(s.w, "  %-28s %s (%d/%d)\n", k, ratio(t.found, t.annot), t.found, t.annot)
	}
}

// matching pairs annotated figures with claims: figClaim[i] is the claim
// matched to figure i (-1 if none), claimFig[j] the figure matched to claim j.
type matching struct{ figClaim, claimFig []int }

// match pairs each own annotated figure with at most one own claim of the
// same kind, subtype and value, in document order: a figure takes the first
// unmatched claim that agrees, preferring one whose sentence holds the
// figure's cue.
func match(figs []Figure, claims []extract.Claim) matching {
	m := matching{figClaim: make([]int, len(figs)), claimFig: make([]int, len(claims))}
	for i := range m.figClaim {
		m.figClaim[i] = -1
	}
	for j := range m.claimFig {
		m.claimFig[j] = -1
	}
	agree := func(f Figure, c extract.Claim) bool {
		return c.IsOwn() && c.Kind == f.Kind && c.Subtype == f.Subtype && sameValue(c.Value, f.Value)
	}
	// Two passes: first claims whose sentence holds the cue, then any.
	for pass := 0; pass < 2; pass++ {
		for i, f := range figs {
			if !f.own() || m.figClaim[i] >= 0 {
				continue
			}
			for j, c := range claims {
				if m.claimFig[j] >= 0 || !agree(f, c) {
					continue
				}
				if pass == 0 && (f.Cue == "" || !strings.Contains(c.Text, f.Cue)) {
					continue
				}
				m.figClaim[i], m.claimFig[j] = j, i
				break
			}
		}
	}
	return m
}

// setPhraseHits returns the own claims, matched to no figure, that were read
// from a set phrase: same value as a set-phrase figure and the phrase's cue
// in the claim's sentence.
func setPhraseHits(figs []Figure, claims []extract.Claim, m matching) []int {
	var out []int
	for j, c := range claims {
		if !c.IsOwn() || m.claimFig[j] >= 0 {
			continue
		}
		for _, f := range figs {
			if f.setPhrase() && sameValue(c.Value, f.Value) && f.Cue != "" && strings.Contains(c.Text, f.Cue) {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// sameValue compares values up to rounding (rates are written with one or
// two decimals, money converted from 万元).
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

// printFamilies prints the phrasing families table: for each family, the
// figures annotated with it, the texts they are in and their kinds.
func printFamilies(w io.Writer, texts []Text) {
	type fam struct {
		figures int
		texts   map[string]bool
		kinds   map[string]int
	}
	fams := map[string]*fam{}
	for _, t := range texts {
		for _, f := range t.Figures {
			id := f.Family
			if id == "" {
				id = "(none)"
			}
			if fams[id] == nil {
				fams[id] = &fam{texts: map[string]bool{}, kinds: map[string]int{}}
			}
			fams[id].figures++
			fams[id].texts[t.URL] = true
			fams[id].kinds[string(f.Kind)]++
		}
	}
	ids := sortedKeys(fams)
	sort.SliceStable(ids, func(i, j int) bool { return fams[ids[i]].figures > fams[ids[j]].figures })
	fmt.Fprintln(w, "| family | figures | texts | kinds |")
	fmt.Fprintln(w, "| --- | ---: | ---: | --- |")
	for _, id := range ids {
		f := fams[id]
		var ks []string
		for _, k := range sortedKeys(f.kinds) {
			ks = append(ks, fmt.Sprintf("%s %d", k, f.kinds[k]))
		}
		fmt.Fprintf(w, "| %s | %d | %d | %s |\n", id, f.figures, len(f.texts), strings.Join(ks, ", "))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func ratio(a, b int) string {
	if b == 0 {
		return "  n/a"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// sentenceWith returns the sentence of body that holds cue, on one line.
func sentenceWith(body, cue string) string {
	if cue == "" {
		return ""
	}
	i := strings.Index(body, cue)
	if i < 0 {
		return ""
	}
	lo := 0
	if j := strings.LastIndexAny(body[:i], "。；！？\n"); j >= 0 {
		_, size := utf8.DecodeRuneInString(body[j:])
		lo = j + size
	}
	hi := strings.IndexAny(body[i:], "。；！？\n")
	if hi < 0 {
		hi = len(body)
	} else {
		hi += i
	}
	return oneLine(body[lo:hi])
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func short(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}
