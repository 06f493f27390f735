package seg

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain keeps the tests off the user's cache directory: the dictionaries
// go to a temporary directory unless ZHENGGAI_DICT_DIR is already set.
func TestMain(m *testing.M) {
	if os.Getenv(DictDirEnv) == "" {
		dir, err := os.MkdirTemp("", "seg-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Setenv(DictDirEnv, dir)
		code := m.Run()
		os.RemoveAll(dir)
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// reports returns the corpus report texts, by file name.
func reports(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/corpus/reports/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[filepath.Base(f)] = string(b)
	}
	return out
}

func TestInit(t *testing.T) {
	require.NoError(t, Init())
	require.NoError(t, Init(), "second call")
	dir, err := DictDir()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(dir, os.Getenv(DictDirEnv)), "dictionaries in %s", dir)
	assert.Regexp(t, `^jieba-[0-9a-f]{12}$`, filepath.Base(dir))
	files, err := dictFiles()
	require.NoError(t, err)
	for _, f := range files {
		assert.NoError(t, verifyFile(filepath.Join(dir, f.name), f))
	}
}

func TestCutKeepsDomainTerms(t *testing.T) {
	tests := []struct {
		text string
		want []string // each must be one word of the result
	}{
		{"召开巡视整改专题民主生活会38次", []string{"召开", "巡视整改", "专题民主生活会", "38", "次"}},
		{"召开巡察整改专题民主生活会1次；讲授专题党课72次", []string{"巡察整改", "专题民主生活会", "专题党课"}},
		{"各二级党组织召开专题组织生活会27次", []string{"组织生活会"}},
		{"共收到问题线索6件，已办结6件，立案审查2件", []string{"问题线索", "立案审查"}},
		{"问责干部8人，其中给予党纪政务处分2人、诫勉4人、通报批评2人", []string{"党纪政务处分", "通报批评", "问责干部"}},
		{"给予政务处分0人；组织处理0人；诫勉0人", []string{"政务处分", "组织处理"}},
		{"其中党纪处分2人、诫勉谈话5人、责令作出书面检查2人", []string{"党纪处分", "诫勉谈话", "书面检查"}},
		{"对3名干部进行了谈话提醒", []string{"谈话提醒"}},
		{"已完成整改26个，整改完成率83.87%", []string{"整改完成率", "83.87"}},
		{"清退违规资金66.57万元、追回资金146万元、挽回经济损失1369.5万元", []string{"清退", "追回资金", "挽回经济损失", "66.57", "1369.5"}},
		{"局党组实行台账管理、挂账销号", []string{"挂账", "销号"}},
		{"每个问题都要有佐证材料，对账销号", []string{"佐证材料", "对账销号"}},
		{"建立整改台账，制定整改方案", []string{"整改台账", "整改方案"}},
		{"坚持立行立改、举一反三", []string{"立行立改", "举一反三"}},
		{"严格执行三重一大决策制度和中央八项规定精神", []string{"三重一大", "中央八项规定精神"}},
		{"查处违反中央八项规定问题5起", []string{"中央八项规定"}},
		{"落实一岗双责，增强四个意识，做到两个维护", []string{"一岗双责", "四个意识", "两个维护"}},
		{"召开党组会议9次、党委会议3次", []string{"党组会议", "党委会议"}},
		{"党委理论学习中心组开展专题学习6次", []string{"理论学习中心组"}},
		{"问题线索办结率100%", []string{"问题线索", "办结率"}},
		{"省委第二巡视组反馈了巡视意见", []string{"巡视组", "巡视意见"}},
		{"对巡察反馈的问题逐项整改", []string{"巡察反馈"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			words := Cut(tt.text)
			assert.Equal(t, tt.text, strings.Join(words, ""))
			for _, w := range tt.want {
				assert.Contains(t, words, w, "in %q", strings.Join(words, "/"))
			}
		})
	}
}

// userDict returns the embedded user dictionary as word → tag.
func userDict(t *testing.T) map[string]string {
	t.Helper()
	data, err := dictFS.ReadFile("dict/user.dict.utf8")
	require.NoError(t, err)
	out := map[string]string{}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		f := strings.Split(line, " ")
		require.Len(t, f, 3, "line %d %q", i+1, line)
		require.NotContains(t, out, f[0], "duplicate %q", f[0])
		out[f[0]] = f[2]
	}
	return out
}

func TestUserDictTermsWhole(t *testing.T) {
	terms := userDict(t)
	require.GreaterOrEqual(t, len(terms), 60)
	for w, tag := range terms {
		toks := Tag(w)
		if assert.Len(t, toks, 1, "%s cut as %v", w, toks) {
			assert.Equal(t, Token{Text: w, POS: tag, Start: 0, End: utf8.RuneCountInString(w)}, toks[0])
		}
		// And inside a sentence, between a verb and a count.
		assert.Contains(t, Cut("开展"+w+"3次"), w)
	}
}

func TestCutJoinsBackToInput(t *testing.T) {
	for name, text := range reports(t) {
		words := Cut(text)
		assert.Equal(t, text, strings.Join(words, ""), name)
		for _, w := range words {
			assert.NotEmpty(t, w, name)
		}
	}
}

// checkTokens asserts each token's offsets point at its text in s, and, if
// precise, that the tokens follow each other without overlap.
func checkTokens(t *testing.T, s string, toks []Token, precise bool) {
	t.Helper()
	rs := []rune(s)
	prevEnd := 0
	for i, tok := range toks {
		require.True(t, 0 <= tok.Start && tok.Start < tok.End && tok.End <= len(rs), "token %d %+v out of range (%d runes)", i, tok, len(rs))
		assert.Equal(t, tok.Text, string(rs[tok.Start:tok.End]), "token %d %+v", i, tok)
		if precise {
			assert.GreaterOrEqual(t, tok.Start, prevEnd, "token %d %+v overlaps", i, tok)
			prevEnd = tok.End
		}
	}
}

// offsetInputs are texts whose offsets are checked: the corpus and strings
// with multi-byte, four-byte, invalid and NUL content.
func offsetInputs(t testing.TB) map[string]string {
	in := reports(t)
	in["traditional"] = "審計發現問題25個，涉及資金300萬元，已整改到位。"
	in["emoji"] = "整改完成率100%👍，召开专题民主生活会𠀀1次"
	in["ascii"] = "ABC 2019 abc-x 1,206.4"
	in["invalid"] = "问题\xff整改\x00完成\xe6\x95率\x80"
	in["empty"] = ""
	return in
}

func TestTagOffsets(t *testing.T) {
	for name, s := range offsetInputs(t) {
		t.Run(name, func(t *testing.T) {
			toks := Tag(s)
			checkTokens(t, s, toks, true)
			for _, tok := range toks {
				assert.NotEmpty(t, tok.POS, "%+v", tok)
			}
			if utf8.ValidString(s) {
				// Tag cuts as Cut does.
				var words []string
				for _, tok := range toks {
					words = append(words, tok.Text)
				}
				assert.Equal(t, Cut(s), words)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	for name, s := range offsetInputs(t) {
		t.Run(name, func(t *testing.T) {
			precise := Tokenize(s, false)
			checkTokens(t, s, precise, true)
			var words []string
			for _, tok := range precise {
				assert.Empty(t, tok.POS)
				words = append(words, tok.Text)
			}
			assert.Equal(t, Cut(s), words)

			search := Tokenize(s, true)
			checkTokens(t, s, search, false)
			words = words[:0]
			for _, tok := range search {
				words = append(words, tok.Text)
			}
			assert.Equal(t, CutForSearch(s), words)
		})
	}
}

func TestTagKnownOffsets(t *testing.T) {
	// The invalid byte and the NUL count as one code point each, as in
	// utf8.RuneCountInString and a range loop, and are left out.
	s := "问题\xff整改\x00完成"
	assert.Equal(t, []Token{
		{Text: "问题", POS: "n", Start: 0, End: 2},
		{Text: "整改", POS: "v", Start: 3, End: 5},
		{Text: "完成", POS: "v", Start: 6, End: 8},
	}, Tag(s))
	assert.Equal(t, []string{"问题", "整改", "完成"}, Cut(s))

	assert.Equal(t, []Token{
		{Text: "整改", POS: "v", Start: 0, End: 2},
		{Text: "问题", POS: "n", Start: 2, End: 4},
		{Text: "2", POS: "m", Start: 4, End: 5},
		{Text: "个", POS: "q", Start: 5, End: 6},
		{Text: "，", POS: "x", Start: 6, End: 7},
		{Text: "A", POS: "eng", Start: 7, End: 8},
		{Text: "级", POS: "q", Start: 8, End: 9},
	}, Tag("整改问题2个，A级"))
}

func TestCutForSearch(t *testing.T) {
	words := CutForSearch("召开巡视整改专题民主生活会")
	for _, w := range []string{"巡视", "整改", "巡视整改", "专题", "民主", "专题民主生活会"} {
		assert.Contains(t, words, w)
	}
	toks := Tokenize("召开巡视整改专题民主生活会", true)
	assert.Contains(t, toks, Token{Text: "民主", Start: 8, End: 10})
	assert.Contains(t, toks, Token{Text: "专题民主生活会", Start: 6, End: 13})
}

func TestTraditional(t *testing.T) {
	s := "審計發現問題25個，涉及資金300萬元，已整改到位。"
	words := Cut(s)
	assert.Equal(t, s, strings.Join(words, ""))
	// Numbers and punctuation stay whole, no word spans a comma.
	for _, w := range []string{"25", "300", "，", "。"} {
		assert.Contains(t, words, w)
	}
	for _, w := range words {
		assert.True(t, w == "，" || !strings.Contains(w, "，"), w)
	}
}

func TestConcurrentUse(t *testing.T) {
	texts := reports(t)
	want := map[string][]string{}
	wantTag := map[string][]Token{}
	for name, s := range texts {
		want[name] = Cut(s)
		wantTag[name] = Tag(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				for name, s := range texts {
					if got := Cut(s); strings.Join(got, "/") != strings.Join(want[name], "/") {
						errs <- fmt.Sprintf("goroutine %d: Cut(%s) differs", g, name)
						return
					}
					if got := Tag(s); fmt.Sprint(got) != fmt.Sprint(wantTag[name]) {
						errs <- fmt.Sprintf("goroutine %d: Tag(%s) differs", g, name)
						return
					}
					_ = Tokenize(s, g%2 == 0)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestForEachRun(t *testing.T) {
	type run struct {
		cp  int
		txt string
	}
	tests := []struct {
		in   string
		want []run
	}{
		{"", nil},
		{"整改", []run{{0, "整改"}}},
		{"\x00", nil},
		{"a\x00b", []run{{0, "a"}, {2, "b"}}},
		{"问\xff\xfe题", []run{{0, "问"}, {3, "题"}}},
		{"\xe6\x95", nil},                  // truncated sequence: two invalid bytes
		{"\xed\xa0\x80x", []run{{3, "x"}}}, // a UTF-16 surrogate is invalid
		{"😀\x00", []run{{0, "😀"}}},
	}
	for _, tt := range tests {
		var got []run
		forEachRun(tt.in, func(cp, at int, s string) {
			require.Equal(t, s, tt.in[at:at+len(s)])
			got = append(got, run{cp, s})
		})
		assert.Equal(t, tt.want, got, "%q", tt.in)
	}
}

// FuzzTokens checks, for any bytes, that nothing crashes, every token's
// offsets point at its text, Tag and Tokenize cut as Cut does, and the
// words join back into the input less its invalid bytes and NULs.
func FuzzTokens(f *testing.F) {
	for _, s := range offsetInputs(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := Cut(s)
		var clean strings.Builder
		forEachRun(s, func(_, _ int, run string) { clean.WriteString(run) })
		require.Equal(t, clean.String(), strings.Join(words, ""))
		tags := Tag(s)
		checkTokens(t, s, tags, true)
		toks := Tokenize(s, false)
		checkTokens(t, s, toks, true)
		require.Len(t, tags, len(words))
		require.Len(t, toks, len(words))
		for i := range words {
			require.Equal(t, words[i], tags[i].Text)
			require.Equal(t, words[i], toks[i].Text)
			require.Equal(t, tags[i].Start, toks[i].Start)
		}
		checkTokens(t, s, Tokenize(s, true), false)
		for _, search := range []bool{false, true} {
			checkEachWord(t, s, search)
		}
	})
}

// checkEachWord asserts EachWord gives the words of Tokenize, where they
// are.
func checkEachWord(t *testing.T, s string, search bool) {
	t.Helper()
	toks := Tokenize(s, search)
	i := 0
	EachWord(s, search, func(b0, b1 int) {
		require.Less(t, i, len(toks), "more words than Tokenize gives")
		require.True(t, 0 <= b0 && b0 < b1 && b1 <= len(s), "word %d at %d:%d of %d bytes", i, b0, b1, len(s))
		require.Equal(t, toks[i].Text, s[b0:b1], "word %d", i)
		require.Equal(t, toks[i].Start, utf8.RuneCountInString(s[:b0]), "word %d", i)
		i++
	})
	require.Equal(t, len(toks), i, "fewer words than Tokenize gives")
}

func TestEachWord(t *testing.T) {
	for name, s := range offsetInputs(t) {
		t.Run(name, func(t *testing.T) {
			checkEachWord(t, s, false)
			checkEachWord(t, s, true)
		})
	}
}

// TestSeparatorsCut: text on either side of a separator is segmented as it
// would be alone, which callers of IsSeparator rely on.
func TestSeparatorsCut(t *testing.T) {
	a, b := "召开巡视整改专题民主生活会", "整改问题25个"
	for _, sep := range []string{" ", "\t", "\n", "，", "。"} {
		r, _ := utf8.DecodeRuneInString(sep)
		require.True(t, IsSeparator(r), "%q", sep)
		want := append(append(Cut(a), sep), Cut(b)...)
		assert.Equal(t, want, Cut(a+sep+b), "%q", sep)
	}
	assert.False(t, IsSeparator('、'))
}
