package verify

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// Severity ranks findings. Its value is the code the JSON prints; Name is
// what the reports show.
type Severity string

// The severities, from most to least serious.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Severities lists the severities from most to least serious.
var Severities = []Severity{High, Medium, Low}

// severityNames are the severities' Chinese names.
var severityNames = map[Severity]string{High: "高", Medium: "中", Low: "低"}

// Name is the severity's Chinese name (高, 中, 低), or "" for a severity
// that is none of the three.
func (s Severity) Name() string { return severityNames[s] }

// rank orders severities: high 3, medium 2, low 1, anything else 0.
func (s Severity) rank() int {
	switch s {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// AtLeast reports whether s is as serious as t or more.
func (s Severity) AtLeast(t Severity) bool { return s.rank() >= t.rank() && t.rank() > 0 }

// Verdict sums up a case (docs/interface.md): its value is the code the
// JSON prints; Name is what the reports show.
type Verdict string

// The verdicts.
const (
	// VerdictSuspected: some finding is of high severity.
	VerdictSuspected Verdict = "paper-rectification-suspected"
	// VerdictAttention: no high finding, some medium one.
	VerdictAttention Verdict = "needs-attention"
	// VerdictClean: no high or medium finding.
	VerdictClean Verdict = "clean"
)

var verdictNames = map[Verdict]string{
	VerdictSuspected: "疑似纸面整改",
	VerdictAttention: "需要关注",
	VerdictClean:     "未发现问题",
}

// Name is the verdict's Chinese name (疑似纸面整改, 需要关注, 未发现问题),
// or the code itself for an unknown verdict.
func (v Verdict) Name() string {
	if n, ok := verdictNames[v]; ok {
		return n
	}
	return string(v)
}

// VerdictName is the Chinese name of a verdict, as the reports and the web
// pages show it: v.Name().
func VerdictName(v Verdict) string { return v.Name() }

// verdictOf is the verdict on findings counted by severity.
func verdictOf(high, medium int) Verdict {
	switch {
	case high > 0:
		return VerdictSuspected
	case medium > 0:
		return VerdictAttention
	}
	return VerdictClean
}

// Value is a finding's claimed or observed value: a number (a count, a
// rate, days, a similarity) or a status word (claim.item-status), or
// nothing (the zero Value). In JSON a number prints as a number without
// trailing zeros (13, 83.87), a word as a string, and nothing is left out.
type Value struct {
	num  float64
	word string
	kind valueKind
}

type valueKind uint8

const (
	noValue valueKind = iota
	numValue
	wordValue
)

// Num is the Value of a number.
func Num(x float64) Value { return Value{num: x, kind: numValue} }

// Count is the Value of a count.
func Count(n int) Value { return Num(float64(n)) }

// Word is the Value of a status word (done, not_done …).
func Word(w string) Value { return Value{word: w, kind: wordValue} }

// IsZero reports whether v holds nothing (JSON leaves it out).
func (v Value) IsZero() bool { return v.kind == noValue }

// Number returns v's number, if it holds one.
func (v Value) Number() (float64, bool) { return v.num, v.kind == numValue }

// Word returns v's word, if it holds one.
func (v Value) Word() (string, bool) { return v.word, v.kind == wordValue }

// String is the number without trailing zeros, the word, or "".
func (v Value) String() string {
	switch v.kind {
	case numValue:
		return strconv.FormatFloat(v.num, 'f', -1, 64)
	case wordValue:
		return v.word
	}
	return ""
}

// MarshalJSON prints a number as encoding/json prints a float64, a word as
// a string, and nothing as null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case numValue:
		return json.Marshal(v.num)
	case wordValue:
		return marshalRaw(v.word)
	}
	return []byte("null"), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (v *Value) UnmarshalJSON(b []byte) error {
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	switch x := x.(type) {
	case float64:
		*v = Num(x)
	case string:
		*v = Word(x)
	default:
		*v = Value{}
	}
	return nil
}

// Evidence points at the text or ledger row a finding rests on.
type Evidence struct {
	File string
	// Pos locates text in a document (a page and code-point offsets into
	// the page text parse returns); it is zero for ledger rows.
	Pos parse.Pos
	// Sheet and Row locate a ledger row as the spreadsheet numbers it (for
	// CSV, Row is the line and Sheet is empty).
	Sheet string
	Row   int
	Text  string
	// Note says what this piece of evidence shows, where that is not plain
	// (e.g. "matched by title, similarity 0.92").
	Note string
}

// evidenceJSON is Evidence as the JSON prints it (docs/interface.md): the
// position's fields flat, each left out when zero.
type evidenceJSON struct {
	File  string `json:"file"`
	Page  int    `json:"page,omitempty"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Row   int    `json:"row,omitempty"`
	Text  string `json:"text"`
	Note  string `json:"note,omitempty"`
}

// MarshalJSON prints the evidence with its position's page, start and end
// as fields of their own, left out when zero (so ledger rows have none).
func (e Evidence) MarshalJSON() ([]byte, error) {
	return marshalRaw(evidenceJSON{File: e.File, Page: e.Pos.Page, Start: e.Pos.Start, End: e.Pos.End,
		Sheet: e.Sheet, Row: e.Row, Text: e.Text, Note: e.Note})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (e *Evidence) UnmarshalJSON(b []byte) error {
	var j evidenceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Evidence{File: j.File, Pos: parse.Pos{Page: j.Page, Start: j.Start, End: j.End},
		Sheet: j.Sheet, Row: j.Row, Text: j.Text, Note: j.Note}
	return nil
}

// marshalRaw marshals v without escaping <, > and &: the encoder that
// calls a MarshalJSON escapes them in what it returns if it is set to, and
// cannot unescape them if it is not.
func marshalRaw(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Finding is one thing that does not hold.
type Finding struct {
	Rule     RuleID   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Claimed is what the report says and Observed what the records show:
	// numbers for count rules, status words for claim.item-status, and
	// nothing where the rule compares nothing.
	Claimed  Value `json:"claimed,omitzero"`
	Observed Value `json:"observed,omitzero"`
	// Item identifies what the finding is about: a problem's 序号, a clue
	// number, a claim subtype, or the report's problem number.
	Item  string `json:"item,omitempty"`
	Title string `json:"title,omitempty"`
	// Claim is the claim the finding concerns, or nil.
	Claim    *extract.Claim `json:"claim"`
	Evidence []Evidence     `json:"evidence"`
}

// NotRun is a rule that did not run, and why (in Chinese).
type NotRun struct {
	Rule   RuleID `json:"rule"`
	Reason string `json:"reason"`
}
