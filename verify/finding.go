package verify

import "github.com/zhenggai/zhenggai/extract"

// Severity ranks findings.
type Severity string

// The severities, from most to least serious.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// rank orders severities: high 3, medium 2, low 1.
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

// Evidence points at the text or ledger row a finding rests on.
type Evidence struct {
	File string `json:"file"`
	// Page, Start and End locate text in a document (code-point offsets
	// into the page text parse returns).
	Page  int `json:"page,omitempty"`
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
	// Sheet and Row locate a ledger row as the spreadsheet numbers it (for
	// CSV, Row is the line and Sheet is empty).
	Sheet string `json:"sheet,omitempty"`
	Row   int    `json:"row,omitempty"`
	Text  string `json:"text"`
	// Note says what this piece of evidence shows, where that is not plain
	// (e.g. "matched by title, similarity 0.92").
	Note string `json:"note,omitempty"`
}

// Finding is one thing that does not hold.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Claimed is what the report says and Observed what the records show:
	// numbers for count rules, status words for claim.item-status, and
	// absent (nil) where the rule compares nothing.
	Claimed  any `json:"claimed,omitempty"`
	Observed any `json:"observed,omitempty"`
	// Item identifies what the finding is about: a problem's 序号, a clue
	// number, a claim subtype, or the report's problem number.
	Item  string `json:"item,omitempty"`
	Title string `json:"title,omitempty"`
	// Claim is the claim the finding concerns, or nil.
	Claim    *extract.Claim `json:"claim"`
	Evidence []Evidence     `json:"evidence"`
}

// NotRun is a rule that did not run, and why.
type NotRun struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}
