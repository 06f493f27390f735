package verify

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// Options tune Check.
type Options struct {
	// AsOf is the reference date for deadlines (YYYY-MM-DD). Empty means the
	// case's as_of, else today.
	AsOf string
	// Index, when set, is searched for paragraphs copied from other reports
	// (rule text.copied); without it that rule does not run.
	Index Index
	// Parse bounds the work done on each file.
	Parse parse.Options
	// Now gives today's date when neither AsOf nor the case sets one
	// (time.Now when nil).
	Now func() time.Time
}

// Index finds paragraphs of a report that nearly repeat another report in
// an index of past reports.
type Index interface {
	// Copied returns, for the given paragraphs of the report being checked,
	// those that are nearly identical to a paragraph of another unit's
	// report (or the unit's own earlier report).
	Copied(ctx context.Context, doc *parse.Document) ([]CopyMatch, error)
}

// CopyMatch is a paragraph found in another report.
type CopyMatch struct {
	Paragraph  parse.Paragraph
	SourceFile string
	SourceText string
	// Similarity is a difflib-style ratio in [0, 1].
	Similarity float64
}

// Summary counts findings by severity and gives the verdict.
type Summary struct {
	High   int `json:"high"`
	Medium int `json:"medium"`
	Low    int `json:"low"`
	// Verdict is paper-rectification-suspected (any high finding),
	// needs-attention (any medium) or clean.
	Verdict string `json:"verdict"`
}

// The verdicts.
const (
	VerdictSuspected = "paper-rectification-suspected"
	VerdictAttention = "needs-attention"
	VerdictClean     = "clean"
)

// CaseSummary is the "case" object of the result: the case's Info and the
// files that were read.
type CaseSummary struct {
	Info
	Report   string   `json:"report"`
	Ledger   string   `json:"ledger,omitempty"`
	Minutes  []string `json:"minutes,omitempty"`
	Evidence []string `json:"evidence,omitempty"`
}

// Result is what Check found.
type Result struct {
	Case     CaseSummary     `json:"case"`
	Claims   []extract.Claim `json:"claims"`
	Findings []Finding       `json:"findings"`
	Summary  Summary         `json:"summary"`
	// NotRun lists the rules that did not run and why.
	NotRun []NotRun `json:"not_run"`
	// InputErrors are files of the case that could not be read; the rules
	// that needed them are in NotRun.
	InputErrors []string `json:"input_errors,omitempty"`
	// DatesFromReport names the case dates (DateFeedback, DateReport) that
	// the case did not give and were read from the report's text.
	DatesFromReport []string `json:"dates_from_report,omitempty"`

	// What the checks read, for renderers and callers that want more than
	// the findings.
	Report   *parse.Document   `json:"-"`
	Items    []extract.Item    `json:"-"`
	Ledger   *extract.Ledger   `json:"-"`
	Meetings []extract.Meeting `json:"-"`
}

// The case dates that Result.DatesFromReport names.
const (
	DateFeedback = "feedback_date"
	DateReport   = "report_date"
)

// DateFromReport reports whether the case date field (DateFeedback,
// DateReport) was read from the report's text, the case not giving it.
func (r *Result) DateFromReport(field string) bool {
	return slices.Contains(r.DatesFromReport, field)
}

// checker holds one run's inputs.
type checker struct {
	c        Case
	opt      Options
	asOf     time.Time
	report   *parse.Document
	claims   []extract.Claim
	items    []extract.Item
	ledger   *extract.Ledger
	meetings []extract.Meeting
	minutesE []string // minutes files that could not be read
	res      *Result
}

// Check reads a case and runs every rule. It fails only when the report
// cannot be read; a ledger or minutes file that cannot be read is listed in
// Result.InputErrors and the rules that need it do not run.
func Check(ctx context.Context, c Case, opt Options) (*Result, error) {
	k := &checker{c: c, opt: opt, res: &Result{}}
	if err := k.load(ctx); err != nil {
		return nil, err
	}
	k.run(ctx)
	k.finish()
	return k.res, nil
}

func (k *checker) rel(p string) string {
	if k.c.Dir != "" {
		if r, err := filepath.Rel(k.c.Dir, p); err == nil && filepath.IsLocal(r) {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(p)
}

func (k *checker) load(ctx context.Context) error {
	info := k.c.Info
	if info.ClueDeadlineDays == 0 {
		info.ClueDeadlineDays = 60
	}
	asOf := k.opt.AsOf
	if asOf == "" {
		asOf = info.AsOf
	}
	if asOf == "" {
		now := time.Now
		if k.opt.Now != nil {
			now = k.opt.Now
		}
		asOf = now().Format(time.DateOnly)
	}
	t, err := time.Parse(time.DateOnly, asOf)
	if err != nil {
		return fmt.Errorf("as-of date %q is not YYYY-MM-DD", asOf)
	}
	k.asOf = t
	info.AsOf = asOf
	k.c.Info = info

	if k.c.Report == "" {
		return fmt.Errorf("no report given")
	}
	doc, err := parse.ParseFile(ctx, k.c.Report, k.opt.Parse)
	if err != nil {
		return err
	}
	doc.File = k.rel(k.c.Report)
	k.report = doc
	k.claims = extract.Claims(doc)
	k.items = extract.ReadItems(doc)
	// Dates the case does not state are read from the report itself, and
	// the result says so.
	if info.ReportDate == "" && doc.Date != "" {
		k.c.Info.ReportDate = doc.Date
		k.res.DatesFromReport = append(k.res.DatesFromReport, DateReport)
	}
	if info.FeedbackDate == "" {
		if d, ok := extract.FeedbackDate(doc); ok {
			k.c.Info.FeedbackDate = d.Format(time.DateOnly)
			k.res.DatesFromReport = append(k.res.DatesFromReport, DateFeedback)
		}
	}

	if k.c.Ledger != "" {
		ld, err := parse.ParseFile(ctx, k.c.Ledger, k.opt.Parse)
		if err != nil {
			k.res.InputErrors = append(k.res.InputErrors, err.Error())
		} else {
			ld.File = k.rel(k.c.Ledger)
			k.ledger = extract.ReadLedger(ld)
		}
	}
	for _, m := range k.c.Minutes {
		md, err := parse.ParseFile(ctx, m, k.opt.Parse)
		if err != nil {
			k.res.InputErrors = append(k.res.InputErrors, err.Error())
			k.minutesE = append(k.minutesE, m)
			continue
		}
		md.File = k.rel(m)
		k.meetings = append(k.meetings, extract.ReadMeetings(md)...)
	}
	return ctx.Err()
}

// run calls each rule whose inputs are there, and lists the others.
func (k *checker) run(ctx context.Context) {
	for _, r := range Rules {
		if reason := k.missing(r); reason != "" {
			k.res.NotRun = append(k.res.NotRun, NotRun{Rule: r.ID, Reason: reason})
			continue
		}
		switch r.ID {
		case RulePartsSum:
			k.partsSum()
		case RuleRate:
			k.rate()
		case RuleListCount:
			k.listCount()
		case RuleProblemsTotal:
			k.problemsTotal()
		case RuleProblemsDone:
			k.problemsDone()
		case RuleItemStatus:
			k.itemStatus()
		case RuleMeetings:
			k.meetingCounts()
		case RuleAccountability:
			k.accountability()
		case RuleSystems:
			k.systems()
		case RuleClues:
			k.clues()
		case RuleLedgerOverdue:
			k.ledgerOverdue()
		case RuleNoEvidence:
			k.noEvidence()
		case RuleNoOwner:
			k.noOwner()
		case RuleClueOverdue:
			k.clueOverdue()
		case RuleDLMMissing:
			k.dlmMissing()
		case RuleVagueMeasures:
			k.vagueMeasures()
		case RuleCopied:
			k.copied(ctx)
		}
	}
}

// missing says why a rule cannot run, or "".
func (k *checker) missing(r RuleInfo) string {
	switch {
	case r.needs.ledger && k.c.Ledger == "":
		return "案卷中没有台账"
	case r.needs.ledger && k.ledger == nil:
		return "台账无法读取"
	case r.needs.minutes && len(k.c.Minutes) == 0:
		return "案卷中没有会议纪要"
	case r.needs.minutes && len(k.meetings) == 0 && len(k.minutesE) > 0:
		return "会议纪要均无法读取"
	case r.needs.index && k.opt.Index == nil:
		return "未指定历史报告索引（--index）"
	}
	switch r.ID {
	case RuleAccountability:
		if !k.hasSheet(extract.SheetAccountability) {
			return "台账中没有问责情况表"
		}
	case RuleClues, RuleClueOverdue:
		if !k.hasSheet(extract.SheetClues) {
			return "台账中没有问题线索表"
		}
	case RuleSystems:
		if !k.hasSheet(extract.SheetSystems) && len(k.c.Evidence) == 0 {
			return "台账中没有制度建设表，案卷中也没有佐证材料"
		}
	case RuleProblemsTotal, RuleProblemsDone, RuleItemStatus, RuleLedgerOverdue, RuleNoEvidence, RuleNoOwner:
		if !k.hasSheet(extract.SheetProblems) {
			return "台账中没有问题整改表"
		}
	case RuleMeetings, RuleDLMMissing:
		if k.c.Info.FeedbackDate == "" {
			return "反馈日期不详（case.json 的 feedback_date）"
		}
	}
	return ""
}

func (k *checker) hasSheet(kind extract.SheetKind) bool {
	if k.ledger == nil {
		return false
	}
	for _, s := range k.ledger.Sheets {
		if s.Kind == kind {
			return true
		}
	}
	return false
}

func (k *checker) add(f Finding) {
	f.Severity = ruleInfo(f.Rule).Severity
	k.res.Findings = append(k.res.Findings, f)
}

func (k *checker) finish() {
	r := k.res
	r.Case = CaseSummary{Info: k.c.Info, Report: k.rel(k.c.Report)}
	if k.c.Ledger != "" {
		r.Case.Ledger = k.rel(k.c.Ledger)
	}
	for _, m := range k.c.Minutes {
		r.Case.Minutes = append(r.Case.Minutes, k.rel(m))
	}
	for _, e := range k.c.Evidence {
		r.Case.Evidence = append(r.Case.Evidence, k.rel(e))
	}
	r.Claims = k.claims
	if r.Claims == nil {
		r.Claims = []extract.Claim{}
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.NotRun == nil {
		r.NotRun = []NotRun{}
	}
	sort.SliceStable(r.Findings, func(i, j int) bool {
		return r.Findings[i].Severity.rank() > r.Findings[j].Severity.rank()
	})
	for _, f := range r.Findings {
		switch f.Severity {
		case High:
			r.Summary.High++
		case Medium:
			r.Summary.Medium++
		case Low:
			r.Summary.Low++
		}
	}
	switch {
	case r.Summary.High > 0:
		r.Summary.Verdict = VerdictSuspected
	case r.Summary.Medium > 0:
		r.Summary.Verdict = VerdictAttention
	default:
		r.Summary.Verdict = VerdictClean
	}
	r.Report, r.Items, r.Ledger, r.Meetings = k.report, k.items, k.ledger, k.meetings
}
