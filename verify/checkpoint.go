package verify

// The five checkpoints (五关) an inspection office holds a unit's
// rectification to while it follows it up (跟踪调度): has each item made
// substantive progress; are the items that needed clearing cleared; were
// the referred clues investigated; were the cadres who failed held
// accountable; were the rules that needed mending mended. Each rule of the
// registry answers for one of them (ruleCheckpoints), and a result states
// each checkpoint's state from its rules' findings and from the rules that
// could not run (docs/rules.md, "The five checkpoints").

// Checkpoint is one of the five checkpoints. Its value is the code the JSON
// prints; Name is its Chinese name.
type Checkpoint string

// The five checkpoints, in the order the reports list them.
const (
	// CheckpointProgress: 整改事项有没有实质性进展.
	CheckpointProgress Checkpoint = "progress"
	// CheckpointClearance: 需要清理的事项有没有清理（销号有据）.
	CheckpointClearance Checkpoint = "clearance"
	// CheckpointClues: 移交的问题线索有没有查处.
	CheckpointClues Checkpoint = "clue-handling"
	// CheckpointAccountability: 整改不力的干部有没有问责.
	CheckpointAccountability Checkpoint = "accountability-of-cadres"
	// CheckpointRules: 需要健全的制度有没有完善.
	CheckpointRules Checkpoint = "rule-mending"
)

// checkpointTable lists the checkpoints in order with their Chinese names
// and the question each asks.
var checkpointTable = []struct {
	c              Checkpoint
	name, question string
}{
	{CheckpointProgress, "实质进展关", "整改事项有没有实质性进展"},
	{CheckpointClearance, "清理销号关", "需要清理的事项有没有清理、销号有没有依据"},
	{CheckpointClues, "线索查处关", "移交的问题线索有没有查处"},
	{CheckpointAccountability, "干部问责关", "整改不力的干部有没有问责"},
	{CheckpointRules, "制度完善关", "需要健全的制度有没有完善"},
}

// Checkpoints lists the five checkpoints in order.
func Checkpoints() []Checkpoint {
	out := make([]Checkpoint, len(checkpointTable))
	for i, r := range checkpointTable {
		out[i] = r.c
	}
	return out
}

// Name is the checkpoint's Chinese name (实质进展关 …), or its code for a
// checkpoint that is none of the five.
func (c Checkpoint) Name() string {
	for _, r := range checkpointTable {
		if r.c == c {
			return r.name
		}
	}
	return string(c)
}

// Question is what the checkpoint asks, in Chinese.
func (c Checkpoint) Question() string {
	for _, r := range checkpointTable {
		if r.c == c {
			return r.question
		}
	}
	return ""
}

// ruleCheckpoints says which checkpoint each rule answers for. A rule that
// is added to the registry gets a row here (TestEveryRuleHasACheckpoint).
var ruleCheckpoints = map[RuleID]Checkpoint{
	// Counts of problems, their statuses and the report's own arithmetic,
	// deadlines, meetings held, concrete measures, owners, a text not
	// copied: signs that the items moved, not only the paper.
	RulePartsSum:      CheckpointProgress,
	RuleRate:          CheckpointProgress,
	RuleListCount:     CheckpointProgress,
	RuleProblemsTotal: CheckpointProgress,
	RuleProblemsDone:  CheckpointProgress,
	RuleItemStatus:    CheckpointProgress,
	RuleMeetings:      CheckpointProgress,
	RuleLedgerOverdue: CheckpointProgress,
	RuleNoOwner:       CheckpointProgress,
	RuleDLMMissing:    CheckpointProgress,
	RuleVagueMeasures: CheckpointProgress,
	RuleCopied:        CheckpointProgress,
	RuleNoEvidence:    CheckpointClearance,
	// A problem called done that is pointed out again was cleared on paper.
	RuleRecurrence:     CheckpointClearance,
	RuleClues:          CheckpointClues,
	RuleClueOverdue:    CheckpointClues,
	RuleAccountability: CheckpointAccountability,
	RuleSystems:        CheckpointRules,
}

// CheckpointState is how a checkpoint stands. Its value is the code the
// JSON prints; Name is its Chinese name.
type CheckpointState string

// The states of a checkpoint.
const (
	// CheckpointPassed (达标): every rule of the checkpoint ran and found
	// nothing of medium or high severity (as the verdict 未发现问题 allows
	// low findings).
	CheckpointPassed CheckpointState = "passed"
	// CheckpointDoubtful (存疑): some rule of the checkpoint found something
	// of medium or high severity.
	CheckpointDoubtful CheckpointState = "doubtful"
	// CheckpointUnchecked (未核查): no finding of medium or high severity, but some rule of the
	// checkpoint could not run (its input is missing or was not read), so
	// nothing can be said to pass.
	CheckpointUnchecked CheckpointState = "unchecked"
)

var checkpointStateNames = map[CheckpointState]string{
	CheckpointPassed:    "达标",
	CheckpointDoubtful:  "存疑",
	CheckpointUnchecked: "未核查",
}

// Name is the state's Chinese name (达标, 存疑, 未核查).
func (s CheckpointState) Name() string {
	if n, ok := checkpointStateNames[s]; ok {
		return n
	}
	return string(s)
}

// CheckpointResult is how one checkpoint stands in a result.
type CheckpointResult struct {
	Checkpoint Checkpoint      `json:"checkpoint"`
	State      CheckpointState `json:"state"`
	// Findings are the indexes, in Result.Findings, of the findings of the
	// checkpoint's rules.
	Findings []int `json:"findings,omitempty"`
	// NotRun are the checkpoint's rules that did not run (Result.NotRun
	// says why).
	NotRun []RuleID `json:"not_run,omitempty"`
}

// checkpointsOf states the five checkpoints from a result's findings and
// not-run rules. A checkpoint with a finding of medium or high severity is
// doubtful whatever else; without one it passes only when all its rules
// ran. Its findings of low severity are listed all the same.
func checkpointsOf(findings []Finding, notRun []NotRun) []CheckpointResult {
	out := make([]CheckpointResult, len(checkpointTable))
	at := map[Checkpoint]*CheckpointResult{}
	for i, r := range checkpointTable {
		out[i] = CheckpointResult{Checkpoint: r.c}
		at[r.c] = &out[i]
	}
	for i, f := range findings {
		if c, ok := at[ruleCheckpoints[f.Rule]]; ok {
			c.Findings = append(c.Findings, i)
		}
	}
	for _, n := range notRun {
		if c, ok := at[ruleCheckpoints[n.Rule]]; ok {
			c.NotRun = append(c.NotRun, n.Rule)
		}
	}
	for i := range out {
		c := &out[i]
		serious := false
		for _, f := range c.Findings {
			serious = serious || findings[f].Severity.AtLeast(Medium)
		}
		switch {
		case serious:
			c.State = CheckpointDoubtful
		case len(c.NotRun) > 0:
			c.State = CheckpointUnchecked
		default:
			c.State = CheckpointPassed
		}
	}
	return out
}
