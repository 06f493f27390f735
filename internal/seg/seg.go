// Package seg segments Chinese text into words, with jieba (gojieba, cgo)
// and a user dictionary of rectification terms (巡视整改, 专题民主生活会,
// 问题线索, 党纪政务处分, …, see dict/user.dict.utf8) that are kept whole.
//
// One segmenter serves the whole process. It is created on first use, or
// eagerly by Init, and kept for the life of the process; all functions are
// safe for concurrent use.
//
// # Dictionaries
//
// gojieba looks for its dictionaries in the module cache path it was built
// from, so a binary copied to another machine would abort. This package
// embeds the dictionaries instead (about 2.2 MB: the main dictionary and
// HMM model gzipped, a trimmed idf file, the stop words and the user
// dictionary), writes them once to os.UserCacheDir()/zhenggai/jieba-<hash>/
// (falling back to os.TempDir()/zhenggai-<uid>/jieba-<hash>/; if
// $ZHENGGAI_DICT_DIR is set, $ZHENGGAI_DICT_DIR/jieba-<hash>/ is used
// instead, with no fallback) and hands gojieba explicit paths. Each file is
// checked against its expected size and SHA-256 before use and rewritten if
// it differs: jieba's C++ code aborts the process on a damaged dictionary.
// The first run on a machine inflates and writes 5.6 MB (about 45 ms);
// later processes only re-hash the files (about 4 ms). Loading them into
// jieba then takes about 450 ms.
//
// # Errors
//
// Init creates the segmenter and reports a dictionary that cannot be
// provided (no writable directory, for instance). Programs should call it at
// start-up and stop on its error. The other functions call Init themselves
// and panic with its error if it failed; after a successful Init they never
// panic.
//
// # Input
//
// Text should be normalised first (parse.Normalize). jieba's dictionary is
// Simplified Chinese: Traditional text (審計發現問題) is segmented without
// error, mostly by the HMM into plausible but less reliable words, and the
// user-dictionary terms are not recognised in it. This package does not
// convert scripts. Bytes that are not valid UTF-8, and NUL bytes, are never
// passed to jieba: they split the text and are left out of the result.
package seg

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"
)

// Token is a word with its part of speech and position.
type Token struct {
	// Text is the word, exactly as it appears in the input.
	Text string
	// POS is jieba's part-of-speech tag: n, v, vn, nz, … from the
	// dictionaries, m for a word of ASCII digits (83.87 included), eng for
	// ASCII letters, x for punctuation, white space and other words not in
	// the dictionaries (words the HMM finds, Traditional words). Tokenize
	// leaves it empty.
	POS string
	// Start and End are code-point (rune) offsets into the input:
	// []rune(s)[Start:End] is Text, the convention of parse.Pos.
	Start, End int
}

var (
	initOnce sync.Once
	// jieba is the process's segmenter. It stays referenced here for the life
	// of the process: gojieba sets a finalizer that frees the C++ object, and
	// an unreachable *Jieba could be freed while a call is still using it.
	// Free is never called.
	jieba   *gojieba.Jieba
	initErr error
	dictDir string
)

// Init creates the shared segmenter if it does not exist yet: it writes and
// verifies the dictionaries (see the package documentation) and loads them,
// which takes about half a second, mostly jieba building its trie. If that
// fails, Init returns the same error on every call. Calling it is optional;
// the other functions call it.
func Init() error {
	initOnce.Do(func() {
		dictDir, initErr = prepareDicts()
		if initErr != nil {
			return
		}
		jieba, initErr = newJieba(dictDir)
	})
	return initErr
}

// DictDir returns the directory whose dictionaries the segmenter loaded, or
// Init's error.
func DictDir() (string, error) {
	if err := Init(); err != nil {
		return "", err
	}
	return dictDir, nil
}

// newJieba loads the five dictionaries of dir, which must have been verified.
// gojieba panics (in Go) on a missing file; that panic becomes an error.
func newJieba(dir string) (j *gojieba.Jieba, err error) {
	defer func() {
		if r := recover(); r != nil {
			j, err = nil, fmt.Errorf("seg: gojieba: %v", r)
		}
	}()
	paths := make([]string, len(fileOrder))
	for i, name := range fileOrder {
		paths[i] = filepath.Join(dir, name)
	}
	return gojieba.NewJieba(paths...), nil
}

// get returns the segmenter, creating it if needed.
func get() *gojieba.Jieba {
	if err := Init(); err != nil {
		panic(err)
	}
	return jieba
}

// Cut splits s into words in jieba's precise mode, with the HMM for words
// not in the dictionary. Joined, the words give back s (less any invalid
// UTF-8 or NUL bytes); spaces and punctuation are words of their own.
func Cut(s string) []string {
	j := get()
	var out []string
	forEachRun(s, func(_, _ int, run string) {
		out = append(out, j.Cut(run, true)...)
	})
	return out
}

// CutForSearch splits s as Cut does and also emits, before each word of
// more than two characters, the dictionary words of two and then of three
// characters inside it (中华人民共和国 gives 中华, 华人, 人民, 共和, 共和国,
// then itself), for indexing. The words overlap and do not join back into s.
func CutForSearch(s string) []string {
	j := get()
	var out []string
	forEachRun(s, func(_, _ int, run string) {
		out = append(out, j.CutForSearch(run, true)...)
	})
	return out
}

// Tag splits s as Cut does and gives each word its part of speech and its
// code-point offsets into s.
func Tag(s string) []Token {
	j := get()
	var out []Token
	forEachRun(s, func(cp, _ int, run string) {
		pos := 0 // byte offset in run up to which words were matched
		words := j.Tag(run)
		if out == nil {
			out = make([]Token, 0, len(words))
		}
		for _, wt := range words {
			i := strings.LastIndexByte(wt, '/')
			if i <= 0 {
				continue // not "word/tag": cannot happen
			}
			word, tag := wt[:i], wt[i+1:]
			k := strings.Index(run[pos:], word)
			if k < 0 {
				continue // cannot happen: jieba's words are pieces of run, in order
			}
			start := cp + utf8.RuneCountInString(run[pos:pos+k])
			end := start + utf8.RuneCountInString(word)
			out = append(out, Token{Text: run[pos+k : pos+k+len(word)], POS: fixPOS(word, tag), Start: start, End: end})
			pos += k + len(word)
			cp = end
		}
	})
	return out
}

// Tokenize splits s as Cut does, or as CutForSearch does if search is set
// (the tokens then overlap, in CutForSearch's order), and returns the words
// with their code-point offsets into s. POS is left empty. It is meant for a
// bleve tokenizer.
func Tokenize(s string, search bool) []Token {
	out := make([]Token, 0, len(s)/3) // about a word per Chinese character
	// Byte offsets become code points by walking from the last offset
	// seen: forwards in precise mode; in search mode a sub-word lies inside
	// the next word, so steps back are short. An invalid byte or a NUL
	// counts as one code point, as in utf8.RuneCountInString.
	lastByte, lastCP := 0, 0
	EachWord(s, search, func(b0, b1 int) {
		if b0 >= lastByte {
			lastCP += utf8.RuneCountInString(s[lastByte:b0])
		} else {
			lastCP -= utf8.RuneCountInString(s[b0:lastByte])
		}
		lastByte = b0
		w := s[b0:b1]
		out = append(out, Token{Text: w, Start: lastCP, End: lastCP + utf8.RuneCountInString(w)})
	})
	return out
}

// EachWord calls f with the byte offsets in s of each word Tokenize(s,
// search) gives, in the same order: s[b0:b1] is the word. It makes no
// tokens and counts no code points, for a caller that needs neither
// (Tokenize is EachWord with code points).
func EachWord(s string, search bool, f func(b0, b1 int)) {
	j := get()
	mode := gojieba.DefaultMode
	if search {
		mode = gojieba.SearchMode
	}
	forEachRun(s, func(_, at int, run string) {
		for _, w := range j.Tokenize(run, mode, true) {
			f(at+w.Start, at+w.End)
		}
	})
}

// IsSeparator reports the characters at which jieba splits its input before
// segmenting it (cppjieba's SPECIAL_SEPARATORS: space, tab, newline, ， and
// 。): the words of the text between two of them do not depend on the text
// outside, and each separator is a word of its own. A caller may segment a
// stretch bounded by separators alone and get the words the whole text
// would give there.
func IsSeparator(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '，' || r == '。'
}

// fixPOS corrects jieba's tag for a one-character ASCII word, which its rule
// for words not in the dictionary tags x: a digit becomes m and a letter eng,
// as they would in longer words.
func fixPOS(word, tag string) string {
	if tag != "x" || len(word) != 1 {
		return tag
	}
	switch c := word[0]; {
	case '0' <= c && c <= '9':
		return "m"
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		return "eng"
	}
	return tag
}

// forEachRun calls f, in order, for each maximal run of s that is valid
// UTF-8 without NUL, with the run's code-point and byte offsets in s (an invalid byte
// counts as one code point, as in utf8.RuneCountInString). The C++ code must
// see neither: NUL ends a C string, and invalid UTF-8 makes jieba drop the
// whole text.
func forEachRun(s string, f func(cp, at int, run string)) {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		if s != "" {
			f(0, 0, s)
		}
		return
	}
	start, startCP, cp := 0, 0, 0
	flush := func(end int) {
		if end > start {
			f(startCP, start, s[start:end])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != 0 && c < utf8.RuneSelf {
			i++
			cp++
			continue
		}
		size := 1
		if c != 0 {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				cp++
				continue
			}
		}
		flush(i)
		i++
		cp++
		start, startCP = i, cp
	}
	flush(len(s))
}
