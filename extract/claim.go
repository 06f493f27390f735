package extract

import (
	"github.com/zhenggai/zhenggai/parse"
)

// Source points at the text a claim was read from: the sentence (claim.source
// in docs/interface.md).
type Source struct {
	File  string `json:"file"`
	Page  int    `json:"page"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ScopeOtherUnits is Claim.Scope of a count about other units.
const ScopeOtherUnits = "other_units"

// ScopeAggregate is Claim.Scope of a count summed over the units an
// inspection covered (对全市28家单位开展了巡察，共反馈问题436个): the text's
// own figure, but not the reporting unit's alone.
const ScopeAggregate = "aggregate"

// ScopeEarlierRound is Claim.Scope of a count of an earlier round of
// inspection or audit (上轮巡察反馈的17个问题, 2021年巡察反馈问题15个 in a
// report of 2024) and of its parts in the sentence: the unit's own, but no
// figure of the round the ledger is of.
const ScopeEarlierRound = "earlier_round"

// ScopeChinese is the Chinese name of a claim's scope (其他单位, 多单位合计,
// 上轮); "" for the reporting unit's own figures of this round.
func ScopeChinese(scope string) string {
	switch scope {
	case ScopeOtherUnits:
		return "其他单位"
	case ScopeAggregate:
		return "多单位合计"
	case ScopeEarlierRound:
		return "上轮"
	}
	return ""
}

// Claim is a figure a document states: "召开巡视整改专题民主生活会1次" is a
// claim of kind meetings, subtype democratic_life, count 1.
type Claim struct {
	Kind    Kind    `json:"kind"`
	Subtype Subtype `json:"subtype"`
	// Action and Object are the verb and the thing counted, as written
	// (召开, 专题民主生活会), where the sentence has them.
	Action string `json:"action,omitempty"`
	Object string `json:"object,omitempty"`
	// Count is the number as written, normalised (十三 → 13); Unit the
	// measure word (次, 个, 人, 元, %); Value the number in the base unit
	// (1.2万元 → 12000 yuan).
	Count float64 `json:"count"`
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
	// Approx is set for 余, 多, 近, 约, 以上 and the like: the figure is a
	// bound (at_least, at_most) or an estimate (about), not an exact count.
	Approx Approx `json:"approx,omitempty"`
	// Text is the sentence that states the claim; Source points at it.
	Text   string `json:"text"`
	Source Source `json:"source"`
	// Figure points at the number itself within the page text.
	Figure parse.Pos `json:"figure"`
	// InTable is set for figures read from a table.
	InTable bool `json:"in_table,omitempty"`
	// Scope is "other_units" for counts about other units (对32家单位开展
	// 巡察), which are not the reporting unit's own claims; "aggregate" for
	// counts summed over the units an inspection covered, the text's own
	// but not the reporting unit's alone; "" otherwise.
	Scope string `json:"scope,omitempty"`
	// Paragraph is the index in Document.Paragraphs of the paragraph (or
	// table row) the claim is in.
	Paragraph int `json:"paragraph"`
	// Of is, for a part introduced by 其中 (or a table's 小计 / 合计 column),
	// the index in the claim list of the total it is a part of; -1 otherwise.
	Of int `json:"of"`
}

// IsOwn reports whether the claim is a figure of the text's own (not
// informational, not about other units): the reporting unit's, or summed
// over the units its inspection covered (Scope aggregate).
func (c Claim) IsOwn() bool {
	return c.Kind != KindOther && (c.Scope == "" || c.Scope == ScopeAggregate)
}
