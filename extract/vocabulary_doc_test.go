package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite docs/vocabulary.md from the vocabulary tables")

// words writes signal words as the docs show them: 、-separated.
func words(ws []string) string { return strings.Join(ws, "、") }

// renderVocabulary renders the vocabulary tables as docs/vocabulary.md.
func renderVocabulary() string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p(`# Vocabulary

The domain's words as zhenggai reads them: each concept is a Go type of
package extract with constants, a Chinese name and the words that signal it.
The codes are what JSON and the API carry; they never change. This file is
rendered from the tables in extract/vocab_*.go and extract/approx.go: edit the
tables, then run

    go test ./extract -run TestVocabularyDoc -update

TestVocabularyDoc fails when this file and the tables disagree, and
TestVocabularyLiterals fails on a code written as a string literal outside
its table (` + "`go test ./extract -run TestVocabularyLiterals`" + `).

In the tables of meeting types and the accountability, clues and
money subtypes, rows are tried in the order shown and the first row with a
word the text contains decides.

## Where each concept is in JSON

| Concept | Go type | JSON field |
|---|---|---|
| claim kind | ` + "`Kind`" + ` | claim ` + "`kind`" + ` |
| claim subtype | ` + "`Subtype`" + ` | claim ` + "`subtype`" + `; accountability row ` + "`kind`" + `; rules (systems) row ` + "`kind`" + ` |
| status | ` + "`Status`" + ` | ledger problem, clue and report item ` + "`status`" + `; a problems claim's ` + "`subtype`" + ` |
| meeting type | ` + "`MeetingType`" + ` | meeting ` + "`type`" + `; a meetings claim's ` + "`subtype`" + ` |
| sheet kind | ` + "`SheetKind`" + ` | sheet ` + "`kind`" + ` |
| column kind | ` + "`ColumnKind`" + ` | the keys of a sheet's ` + "`columns`" + ` |
| approximation | ` + "`Approx`" + ` | claim ` + "`approx`" + ` (left out when exact) |

制度 (rules made or revised) is one concept with one Go name, Systems
(` + "`KindSystems`, `SheetSystems`, `ColSystemName`, `System`" + `); its JSON
codes stay ` + "`systems`" + ` for a claim's kind and ` + "`rules`" + ` for a ledger sheet.

`)
	p("## Claim kinds 类别 (`Kind`)\n\n| Code | 中文 | Signalled by |\n|---|---|---|\n")
	for _, e := range kinds {
		p("| `%s` | %s | %s |\n", e.Kind, e.Chinese, e.Note)
	}
	p("\n## Claim subtypes 子类 (`Subtype`)\n\nMeetings' subtypes are the meeting types; a claim of kind `other` holds the thing counted, as written.\n\n| Kind | Code | 中文 | Signal words |\n|---|---|---|---|\n")
	for _, e := range subtypes {
		sig := words(e.Words)
		if sig == "" {
			sig = e.Note
		}
		p("| `%s` | `%s` | %s | %s |\n", e.Kind, e.Subtype, e.Chinese, sig)
	}
	p("\n## Word classes of the claim reader 读数词类\n\nA figure is read as subject + verb + figure + measure word + noun: the noun right after the measure word, else the last one before the number, says what is counted; the verb classes say which part of it. Each class is a row of `wordClasses` in extract/vocab_claims.go.\n\n| Class | 中文 | Words |\n|---|---|---|\n")
	for _, e := range wordClasses {
		p("| `%s` | %s | %s |\n", e.Name, e.Chinese, words(e.Words))
	}
	p("\n## Statuses 整改状态 (`Status`)\n\nOne classifier for ledger status cells, report items' status lines and the words around a problems figure. When a text says several statuses, the first in this order wins.\n\n| Code | 中文 |\n|---|---|\n")
	for _, e := range statuses {
		code := "`" + string(e.Status) + "`"
		if e.Status == StatusUnknown {
			code = "`\"\"`"
		}
		p("| %s | %s |\n", code, e.Chinese)
	}
	p("\nA status is read by a grammar, not by a list of phrases: each clause is cut into the words below (longest first); the marks standing before a verb (up to the clause's start, the previous verb or any other word) say what the verb's status is. A negator among them decides, then a pending word, then an ongoing one, then a done one; a whole word right after a negator (未全部完成) makes it partly done, in progress. Statuses joined by 或 (已完成或基本完成) count items in either state, and the first heads them.\n\n### Marks 状态标记\n\n| Mark | Words |\n|---|---|\n")
	for _, e := range statusMarks {
		p("| %s | %s |\n", e.Chinese, words(e.Words))
	}
	show := func(s Status) string {
		if s == StatusUnknown {
			return "—"
		}
		return "`" + string(s) + "`"
	}
	p("\n### Verbs 状态动词\n\nVerbs in a row (整改到位, 完成整改) are read as the first; the row is bare when any of them is. After an ongoing mark or followed by 中 (整改中) every verb is `in_progress`. A verb followed by %s qualifies a noun (完成时限, 整改情况) and says no status. — is no status.\n\n| Verb | Bare | Bare or after 已 | After 未、不 … | After 待、拟、申请 … |\n|---|---|---|---|---|\n", strings.ReplaceAll(verbNounHeads, "|", "、"))
	for _, e := range statusVerbs {
		bare := "no"
		if e.Bare {
			bare = "yes"
		}
		p("| %s | %s | %s | %s | %s |\n", e.Verb, bare, show(e.Affirmed), show(e.Negated), show(e.Pending))
	}
	p("\nWith the verb left out: ")
	var ell []string
	for _, e := range statusElliptic {
		ell = append(ell, e.Word+" `"+string(e.Status)+"`")
	}
	p("%s.\n\n### Status phrases 状态短语\n\nEach phrase with the status the grammar gives it; every row is a test case (`go test ./extract -run TestStatusExamples`).\n\n| Phrase | Status |\n|---|---|\n", strings.Join(ell, "、"))
	for _, e := range statusExamples {
		ph := e.Phrase
		if ph == "" {
			ph = "(empty)"
		}
		p("| %s | %s |\n", ph, show(e.Status))
	}
	p("\n## Meeting types 会议类型 (`MeetingType`)\n\nOne classifier for the titles of minutes and the words around a meetings figure. A meeting that matches no row is `other`.\n\n| Code | 中文 | Signal words |\n|---|---|---|\n")
	for _, e := range meetingTypes {
		p("| `%s` | %s | %s |\n", e.Type, e.Chinese, words(e.Words))
	}
	p("\n## Ledger sheet kinds 台账表类别 (`SheetKind`)\n\nA table's kind is told by the columns its header names.\n\n| Code | 中文 | Columns looked for |\n|---|---|---|\n")
	for _, e := range sheetKinds {
		cols := make([]string, len(e.Columns))
		for i, c := range e.Columns {
			cols[i] = "`" + string(c) + "`"
		}
		p("| `%s` | %s | %s |\n", e.Kind, e.Chinese, strings.Join(cols, " "))
	}
	p("\n## Ledger column kinds 台账列类别 (`ColumnKind`)\n\nA header matches a word when, stripped of spaces and bracketed notes, it equals it or (for words of two or more characters) contains it; equal matches win. The header is the most header-like of a table's first rows (most cells naming a column, none holding data), joined with the header rows above or below it that span it (整改情况 over 整改进展、完成时间、佐证材料); title, 填报 and section and subtotal rows are not records. In a problems sheet, a column whose header names no kind gets one from its cells when three in five say it: names of people, posts or posts with names (王建国, 副局长孙伟, 党委书记欧晓明) `leader`, offices (…科、…室、…处、…局、…单位、…中心) `department`, dates `deadline` then `completed`, status phrases `status`, document titles and numbers (《…》, 〔2021〕12号) `evidence`. A sheet with no status column whose `note` column (备注) holds status phrases in three of five cells (已完成，…; 正在推进，…) reads the status there. In a column headed as dates, a day number of the spreadsheet left in the General format (45199) is the date it numbers (2023-09-30). A ledger of one row per measure, each row repeating (or merged over) its problem's 序号 and text, holds one problem per 序号: done when every measure is.\n\n| Code | 中文 | Header words |\n|---|---|---|\n")
	for _, e := range columnKinds {
		p("| `%s` | %s | %s |\n", e.Kind, e.Chinese, words(e.Words))
	}
	p("\nA header that holds none of these words but ends in a kind's head noun is that kind's column (牵头校领导, 包联领导 `leader`; 整改依据材料 `evidence`); the head nouns are tried after every header word.\n\n| Code | Head nouns |\n|---|---|\n")
	for _, e := range columnHeads {
		p("| `%s` | %s |\n", e.Kind, words(e.Heads))
	}
	p("\n## Approximations 约数 (`Approx`)\n\n| Code | 中文 | Signal words |\n|---|---|---|\n")
	for a, e := range approxes {
		var ws []string
		for _, w := range append(append([]approxWord{}, preApprox...), postApprox...) {
			if w.approx == Approx(a) {
				ws = append(ws, w.word)
			}
		}
		code := "`" + e.Name + "`"
		if Approx(a) == Exact {
			code = "(exact; left out)"
		}
		sig := words(ws)
		if sig == "" {
			sig = "(none)"
		}
		p("| %s | %s | %s |\n", code, e.Chinese, sig)
	}
	return b.String()
}

// TestVocabularyDoc keeps docs/vocabulary.md as the tables render it
// (-update rewrites it).
func TestVocabularyDoc(t *testing.T) {
	path := filepath.Join(moduleRoot(t), "docs", "vocabulary.md")
	want := renderVocabulary()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
	}
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, want, string(got), "docs/vocabulary.md differs from the tables: go test ./extract -run TestVocabularyDoc -update")
}

// TestVocabularyTables checks the tables themselves: every constant has a
// row and a Chinese name, and no code is listed twice in one table.
func TestVocabularyTables(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range kinds {
		require.False(t, seen[string(e.Kind)], e.Kind)
		seen[string(e.Kind)] = true
		assert.NotEqual(t, string(e.Kind), e.Kind.Chinese())
	}
	for _, k := range []Kind{KindProblems, KindMeetings, KindSystems, KindAccountability, KindClues, KindMoney, KindOther} {
		assert.True(t, seen[string(k)], k)
	}
	pairs := map[string]bool{}
	for _, e := range subtypes {
		key := string(e.Kind) + "/" + string(e.Subtype)
		require.False(t, pairs[key], key)
		pairs[key] = true
		assert.Equal(t, e.Chinese, e.Kind.SubtypeChinese(e.Subtype))
		assert.True(t, len(e.Words) > 0 || e.Note != "", "%s has neither words nor a note", key)
	}
	assert.Equal(t, "专题民主生活会", MeetingDemocraticLife.Chinese())
	assert.Equal(t, "专题民主生活会", KindMeetings.SubtypeChinese(MeetingDemocraticLife.Subtype()))
	assert.Equal(t, "专项检查", KindOther.SubtypeChinese("专项检查"))
	for _, s := range []Status{StatusDone, StatusInProgress, StatusNotDone, StatusUnknown} {
		assert.NotEqual(t, string(s), s.Chinese(), s)
	}
	for _, m := range []MeetingType{MeetingDemocraticLife, MeetingOther, MeetingLecture, MeetingStudy, MeetingSpecial, MeetingWork, MeetingPartyCommittee} {
		assert.NotEqual(t, "会议", m.Chinese(), m)
	}
	for _, k := range []SheetKind{SheetProblems, SheetClues, SheetAccountability, SheetSystems} {
		assert.NotEqual(t, "未识别", k.Chinese(), k)
		for _, c := range columnsOf(k) {
			assert.NotEmpty(t, columnWords[c], "column %s of sheet %s has no header words", c, k)
			assert.NotEqual(t, string(c), c.Chinese(), c)
		}
	}
	for _, a := range []Approx{Exact, AtLeast, AtMost, About} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back Approx
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, a, back)
	}
}
