package extract

import (
	"context"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// The tests here hold the shortcuts Claims takes for speed to the slow
// forms they replace: segmenting only part of a sentence, many sentences
// per call; word lists matched without regexp; numbers looked for only
// where one can start; Simplify on runes.

// corpusDocs parses the sample reports and the cases' reports.
func corpusDocs(t *testing.T) []*parse.Document {
	t.Helper()
	files, _ := filepath.Glob("../testdata/corpus/reports/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/cases/*/report.*")
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no sample reports")
	}
	var docs []*parse.Document
	for _, f := range files {
		d, err := parse.ParseFile(context.Background(), f, parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// sentencesOf returns the sentences of the running text of docs, and some
// written to trip the part-segmenting: spaces, tabs and newlines (jieba
// separators) inside a figure's stretch, a NUL, ASCII commas (not jieba
// separators), figures at the very start and end, Traditional text.
func sentencesOf(docs []*parse.Document) [][]rune {
	var out [][]rune
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			if p.Table != 0 {
				continue
			}
			for _, s := range splitSentences(p) {
				out = append(out, s.text)
			}
		}
	}
	for _, s := range []string{
		"召开党组会议 8次 研究整改工作，整改问题 13个。",
		"反馈问题\t22个，已完成\n整改16个，正在整改6个",
		"13个问题",
		"共发现问题15个",
		"整改问题13个,完成11个,推进2个；追回资金 1.2万元， 清退 3笔。",
		"召开专题会议3次\x00研究部署，问责2人",
		"，，13个，，",
		"清理问题3个人员5名，处理3件事情2起",        // 个人, 件事: words across a figure's stretch
		"整改3项目标5个，清退3笔记录4条、收回2部门票9张", // 项目, 笔记, 部门
		"共5处理3人、2人员4次会议",
		"问题3个人5名",
		"完成3个", "体工商户5户", // 个体: the batch must keep sentences apart
		"反饋問題22個，已完成整改16個。",
		"一是修订制度5项、新建制度3项，二是约谈12人次，其中党员干部8人",
		"",
	} {
		out = append(out, []rune(s))
	}
	return out
}

// TestTagSpanMatchesWholeSentence checks that the tokens Claims reads for
// each figure, segmenting only part of each sentence and many sentences in
// one call, are those of seg.Tag on the whole sentence.
func TestTagSpanMatchesWholeSentence(t *testing.T) {
	if err := seg.Init(); err != nil {
		t.Fatal(err)
	}
	sents := sentencesOf(corpusDocs(t))
	var batch tagBatch
	var figsOf [][]figure
	var ff figureFinder
	for _, rs := range sents {
		figs := ff.find(rs)
		figsOf = append(figsOf, figs)
		batch.add(rs, figs)
	}
	batch.tag()
	checked := 0
	for k, rs := range sents {
		whole := seg.Tag(string(rs))
		for _, f := range figsOf[k] {
			want := figure{n: f.n, preLo: f.preLo, unitEnd: f.unitEnd, postHi: f.postHi, toks: whole}
			if got, w := f.preTokens(), want.preTokens(); !tokensEqual(got, w) {
				t.Errorf("%q, figure at %d: pre tokens %v, whole sentence gives %v", string(rs), f.n.Start, got, w)
			}
			if got, w := f.postTokens(), want.postTokens(); !tokensEqual(got, w) {
				t.Errorf("%q, figure at %d: post tokens %v, whole sentence gives %v", string(rs), f.n.Start, got, w)
			}
			checked++
		}
	}
	if checked < 200 {
		t.Errorf("only %d figures checked", checked)
	}
}

func tokensEqual(a, b []seg.Token) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// TestWordMatcherAgreesWithRegexp checks every word list has is called
// with on the sample reports against the regexp it stands for.
func TestWordMatcherAgreesWithRegexp(t *testing.T) {
	texts := matcherTexts(t)
	lists := 0
	literal := 0
	wordRes.Range(func(k, v any) bool {
		words := k.(string)
		m := compileWords(words)
		re := regexp.MustCompile(words)
		lists++
		if m.re == nil {
			literal++
		}
		for _, s := range texts {
			if got, want := m.match(s), re.MatchString(s); got != want {
				t.Errorf("has(%q, %q) = %v, regexp says %v", s, words, got, want)
			}
		}
		return true
	})
	if lists < 20 || literal < lists/2 {
		t.Errorf("%d word lists in use, %d matched literally", lists, literal)
	}
	for _, words := range []string{"a||b", "^(个|项)?方面", "占比|占.{0,6}(总数|总量|比例|比重)", "^(合计|总计)", "对.{0,8}$"} {
		m, re := compileWords(words), regexp.MustCompile(words)
		for _, s := range append(texts, "xyz", "合计3个") {
			if got, want := m.match(s), re.MatchString(s); got != want {
				t.Errorf("has(%q, %q) = %v, regexp says %v", s, words, got, want)
			}
		}
	}
}

// TestWordIndexAgreesWithStrings checks firstIndex and lastIndex, which
// read a text once, rune by rune, against strings.Index and
// strings.LastIndex of each word, for every list in use on the sample
// reports and for lists with an empty word, invalid UTF-8, words that
// share their first bytes and words shorter than three bytes, on texts
// with invalid UTF-8 too.
func TestWordIndexAgreesWithStrings(t *testing.T) {
	texts := append(matcherTexts(t), runeCases...)
	texts = append(texts, "问题\xff问题", "\xe9\x97问题", "整改整改完成", "完成整改", "xabcab", "完成率%", "\x80\x80问题")
	lists := []string{"a||b", "问题|问", "\xff|问题", "\xe9\x97|题", "完成|完成整改|整改", "ab|abc|b", "%|率", "\x80\x80|问题"}
	wordRes.Range(func(k, v any) bool {
		lists = append(lists, k.(string))
		return true
	})
	for _, words := range lists {
		m := compileWords(words)
		if m.re != nil {
			continue
		}
		for _, s := range texts {
			first, last := -1, -1
			for _, w := range m.words {
				if i := strings.Index(s, w); i >= 0 && (first < 0 || i < first) {
					first = i
				}
				last = max(last, strings.LastIndex(s, w))
			}
			if got := firstIndex(s, words); got != first {
				t.Errorf("firstIndex(%q, %q) = %d, strings.Index says %d", s, words, got, first)
			}
			if got := lastIndex(s, words); got != last {
				t.Errorf("lastIndex(%q, %q) = %d, strings.LastIndex says %d", s, words, got, last)
			}
			if got := has(s, words); !m.prefix && got != (first >= 0) {
				t.Errorf("has(%q, %q) = %v, strings.Contains says %v", s, words, got, first >= 0)
			}
		}
	}
}

// matcherTexts returns texts to try the word lists on: the sentences of
// the sample reports, their clauses and every tail of those, and a few
// more; and fills wordRes with the lists Claims uses on them.
func matcherTexts(t *testing.T) []string {
	docs := corpusDocs(t)
	for _, d := range docs {
		Claims(d) // fills wordRes with the lists in use
	}
	var texts []string
	for _, rs := range sentencesOf(docs) {
		s := string(rs)
		texts = append(texts, s)
		// Pieces, so that lists anchored with ^ meet texts they start.
		for _, f := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，、；：。", r) }) {
			texts = append(texts, f)
			for i := range f {
				texts = append(texts, f[i:])
			}
		}
	}
	return append(texts, "", "|", "会议", "个方面", "方面问题", "占问题总数的")
}

// TestMayStartNumber checks that scanAt finds nothing at the runes scan
// skips, whatever follows them.
func TestMayStartNumber(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if mayStartNumber(r) {
			continue
		}
		for _, rest := range []string{"分之5", "3个", "十三", ""} {
			var out []span
			rs := append([]rune{r}, []rune(rest)...)
			if next := scanAt(rs, 0, &out, false); next != 1 || len(out) != 0 {
				t.Fatalf("scanAt(%q) = %d, %v: mayStartNumber(%U) is wrong", string(rs), next, out, r)
			}
		}
	}
}

// TestSimplifyRunes checks simplifyRunes and the Traditional-character set
// against the table they are made from.
func TestSimplifyRunes(t *testing.T) {
	for r, s := range tradToSimp {
		if !isTrad(r) {
			t.Fatalf("isTrad(%q) = false, want true (→ %q)", r, s)
		}
	}
	for r := rune(0); r < 0x30000; r++ {
		if _, ok := tradToSimp[r]; ok != isTrad(r) {
			t.Fatalf("isTrad(%q) = %v, want %v", r, !ok, ok)
		}
	}
	for _, s := range []string{"", "审计发现问题", "審計發現問題13個", "a\xffb萬元", "問題 𠄎"} {
		if got, want := string(simplifyRunes([]rune(s))), string([]rune(Simplify(s))); got != want {
			t.Errorf("simplifyRunes(%q) = %q, Simplify gives %q", s, got, want)
		}
	}
}

// TestNoWordsKeepsKindsAndValues: ClaimsWith(NoWords) gives the claims of
// Claims but for their words (Action, Object, and the subtype of kind
// other), on the corpus and on the sentences written to trip the
// segmenting.
func TestNoWordsKeepsKindsAndValues(t *testing.T) {
	docs := corpusDocs(t)
	var lines []string
	for _, s := range sentencesOf(nil) {
		if !strings.ContainsRune(string(s), 0) { // a NUL makes the text binary
			lines = append(lines, string(s))
		}
	}
	extra, err := parse.Parse(context.Background(), "extra.txt", []byte(strings.Join(lines, "\n\n")), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range append(docs, extra) {
		n += len(assertNoWordsSame(t, d))
	}
	if n < 100 {
		t.Fatalf("only %d claims compared", n)
	}
	t.Logf("%d claims in %d documents", n, len(docs)+1)
}

// assertNoWordsSame fails t unless ClaimsWith(doc, NoWords) is Claims(doc)
// without the words, and returns the claims.
func assertNoWordsSame(t *testing.T, doc *parse.Document) []Claim {
	t.Helper()
	full, bare := Claims(doc), ClaimsWith(doc, Options{NoWords: true})
	if len(full) != len(bare) {
		t.Fatalf("%s: %d claims, %d without words", doc.File, len(full), len(bare))
	}
	for i := range full {
		want := full[i]
		want.Action, want.Object = "", ""
		if want.Kind == KindOther {
			want.Subtype = bare[i].Subtype
		}
		if !reflect.DeepEqual(want, bare[i]) {
			t.Fatalf("%s claim %d:\n with words %+v\n without     %+v", doc.File, i, full[i], bare[i])
		}
	}
	return full
}

// TestIsIdiomIndex checks isIdiom, which looks only at the set phrases
// filed under the number's rune and its neighbour, against trying every
// phrase that holds the rune, at every offset of the sample sentences and
// of every phrase written in a sentence.
func TestIsIdiomIndex(t *testing.T) {
	slow := func(rs []rune, start, end int) bool {
		for _, w := range idioms {
			p := []rune(w)
			for k, r := range p {
				b := start - k
				if r != rs[start] || !isCNNumeral(r) && !isArabic(r) || b < 0 || end > b+len(p) || b+len(p) > len(rs) {
					continue
				}
				if string(rs[b:b+len(p)]) == w {
					return true
				}
			}
		}
		return false
	}
	texts := sentencesOf(corpusDocs(t))
	for _, w := range idioms {
		texts = append(texts, []rune(w), []rune("坚持"+w+"，完成3个"))
	}
	n := 0
	for _, rs := range texts {
		for start := range rs {
			if !isCNNumeral(rs[start]) && !isArabic(rs[start]) {
				continue
			}
			for end := start + 1; end <= min(start+3, len(rs)); end++ {
				want := slow(rs, start, end)
				if got := isIdiom(rs, start, end); got != want {
					t.Fatalf("isIdiom(%q, %d, %d) = %v, want %v", string(rs), start, end, got, want)
				}
				if want {
					n++
				}
			}
		}
	}
	if n < len(idioms) {
		t.Errorf("only %d numbers in set phrases", n)
	}
}
