package verify

// The rules, as the contract's table names them.
const (
	RulePartsSum       = "arith.parts-sum"
	RuleRate           = "arith.rate"
	RuleListCount      = "arith.list-count"
	RuleProblemsTotal  = "claim.problems-total"
	RuleProblemsDone   = "claim.problems-done"
	RuleItemStatus     = "claim.item-status"
	RuleMeetings       = "claim.meetings"
	RuleAccountability = "claim.accountability"
	RuleSystems        = "claim.systems"
	RuleClues          = "claim.clues"
	RuleLedgerOverdue  = "ledger.overdue"
	RuleNoEvidence     = "ledger.no-evidence"
	RuleNoOwner        = "ledger.no-owner"
	RuleClueOverdue    = "clue.overdue"
	RuleDLMMissing     = "meeting.democratic-life-missing"
	RuleVagueMeasures  = "text.vague-measures"
	RuleCopied         = "text.copied"
)

// needs says which inputs a rule reads.
type needs struct{ report, ledger, minutes, index bool }

// RuleInfo describes a rule: its severity and what it needs.
type RuleInfo struct {
	ID       string
	Severity Severity
	needs    needs
}

// Rules lists every rule in the contract's order.
var Rules = []RuleInfo{
	{RulePartsSum, High, needs{report: true}},
	{RuleRate, High, needs{report: true}},
	{RuleListCount, Medium, needs{report: true}},
	{RuleProblemsTotal, High, needs{report: true, ledger: true}},
	{RuleProblemsDone, High, needs{report: true, ledger: true}},
	{RuleItemStatus, High, needs{report: true, ledger: true}},
	{RuleMeetings, High, needs{report: true, minutes: true}},
	{RuleAccountability, High, needs{report: true, ledger: true}},
	{RuleSystems, Medium, needs{report: true, ledger: true}},
	{RuleClues, High, needs{report: true, ledger: true}},
	{RuleLedgerOverdue, Medium, needs{ledger: true}},
	{RuleNoEvidence, Medium, needs{ledger: true}},
	{RuleNoOwner, Low, needs{ledger: true}},
	{RuleClueOverdue, Medium, needs{ledger: true}},
	{RuleDLMMissing, Medium, needs{minutes: true}},
	{RuleVagueMeasures, Low, needs{report: true}},
	{RuleCopied, Medium, needs{report: true, index: true}},
}

func ruleInfo(id string) RuleInfo {
	for _, r := range Rules {
		if r.ID == id {
			return r
		}
	}
	return RuleInfo{ID: id, Severity: Low}
}
