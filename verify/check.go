package verify

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
)

// Options tune Check.
type Options struct {
	// AsOf is the reference date for deadlines (YYYY-MM-DD). Empty means the
	// case's as_of, else one inferred from the report (inferAsOf).
	AsOf string
	// Index, when set, is searched for paragraphs copied from other reports
	// (rule text.copied); without it that rule does not run.
	Index Index
	// History, when set, gives the unit's earlier reports (rule
	// history.recurrence); when nil, Index gives them if it can (it
	// implements History).
	History History
	// Parse bounds the work done on each file.
	Parse parse.Options
	// Now gives today's date when the as-of date can be neither given nor
	// inferred from the report's dates (time.Now when nil).
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

// ErrCopyBound is the error of an Index that does not compare a report
// whose paragraphs are past its bound (each is one search of the index):
// the rule does not run, and says why.
var ErrCopyBound = errors.New("报告段落过多，超过雷同比对的上限，未做比对")

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
	Verdict Verdict `json:"verdict"`
	// Complete is false when some file of the case could not be read
	// (Unread lists them): the rules that need it did not run (not_run
	// names the file), so a verdict of clean says only that the files
	// read show no problem.
	Complete bool         `json:"complete"`
	Unread   []UnreadFile `json:"unread,omitempty"`
}

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
	// LedgerProblems counts the problems of the ledger's problems sheet and
	// those it shows done, when the ledger was read (a round's page holds
	// them against the report's claims without reading the ledger again).
	LedgerProblems *LedgerCount `json:"ledger_problems,omitempty"`
	// Checkpoints states each of the five checkpoints (五关) from the
	// findings and the rules not run, in order.
	Checkpoints []CheckpointResult `json:"checkpoints"`
	// DatesFromReport names the case dates (DateFeedback, DateReport) that
	// the case did not give and were read from the report's text.
	DatesFromReport []string `json:"dates_from_report,omitempty"`
	// UnitFromReport is set when the case did not name its unit and it was
	// read from the report's title.
	UnitFromReport bool `json:"unit_from_report,omitempty"`
	// AsOfInferred, when set, says how the as-of date was inferred: neither
	// the caller nor the case gave one.
	AsOfInferred *AsOfBasis `json:"as_of_inferred,omitempty"`

	// What the checks read, for renderers and callers that want more than
	// the findings.
	Report   *parse.Document   `json:"-"`
	Items    []extract.Item    `json:"-"`
	Ledger   *extract.Ledger   `json:"-"`
	Meetings []extract.Meeting `json:"-"`
	// LedgerDoc is the ledger as parsed (its tables' headers name a row's
	// cells in the renderers), or nil.
	LedgerDoc *parse.Document `json:"-"`

	// render is what the renderers look up many times, built once.
	render renderCache
}

// LedgerCount is how many problems a ledger lists, and how many of them it
// shows done.
type LedgerCount struct {
	Problems int `json:"problems"`
	Done     int `json:"done"`
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
	c   Case
	opt Options
	in  Input
	res *Result
}

// Check reads a case and runs every rule. It fails only when the report
// cannot be read; a ledger or minutes file that cannot be read is listed in
// Result.InputErrors and Summary.Unread (with the case's other unread
// files), the rules that need it do not run, and the check is incomplete
// (Summary.Complete is false).
func Check(ctx context.Context, c Case, opt Options) (*Result, error) {
	k := &checker{c: c, opt: opt, res: &Result{}}
	if err := k.load(ctx); err != nil {
		return nil, err
	}
	k.res.Findings, k.res.NotRun = Run(ctx, &k.in)
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
		info.ClueDeadlineDays = defaultClueDeadlineDays
	}
	asOf := k.opt.AsOf
	if asOf == "" {
		asOf = info.AsOf
	}
	if asOf != "" {
		if _, err := time.Parse(time.DateOnly, asOf); err != nil {
			return fmt.Errorf("核查基准日 %q 应为 YYYY-MM-DD 格式", asOf)
		}
	}
	in := &k.in
	in.Index, in.LedgerFile, in.MinutesFiles, in.Evidence = k.opt.Index, k.c.Ledger, len(k.c.Minutes), k.c.Evidence
	in.History = k.opt.History
	if h, ok := k.opt.Index.(History); ok && in.History == nil {
		in.History = h
	}
	for _, u := range k.c.Unread {
		k.res.InputErrors = append(k.res.InputErrors, u.File+"："+u.Reason)
		u.File = k.rel(u.File)
		in.Unread = append(in.Unread, u)
	}

	if k.c.Report == "" {
		return fmt.Errorf("案卷中没有整改报告")
	}
	doc, err := k.c.parseFile(ctx, k.c.Report, k.opt.Parse)
	if err != nil {
		return err
	}
	doc.File = k.rel(k.c.Report)
	in.Report = doc
	// A client gone away stops the reading of the report's figures too
	// (past MaxClaims the first ones are kept, as Claims does).
	cs, err := extract.ClaimsContext(ctx, doc, extract.Options{})
	if err != nil && !errors.Is(err, extract.ErrTooManyClaims) {
		return err
	}
	in.Claims = cs
	in.Items = extract.ReadItems(doc)
	// Dates the case does not state are read from the report itself, and
	// the result says so.
	if info.ReportDate == "" && doc.Date != "" {
		info.ReportDate = doc.Date
		k.res.DatesFromReport = append(k.res.DatesFromReport, DateReport)
	}
	if info.FeedbackDate == "" {
		if d, ok := extract.FeedbackDate(doc); ok {
			info.FeedbackDate = d.Format(time.DateOnly)
			k.res.DatesFromReport = append(k.res.DatesFromReport, DateFeedback)
		}
	}
	if info.Unit == "" {
		if u := extract.UnitFromTitle(doc.Title); u != "" {
			info.Unit, k.res.UnitFromReport = u, true
		}
	}
	if asOf == "" {
		// docs/interface.md, "The as-of date".
		var basis AsOfBasis
		asOf, basis = inferAsOf(info, doc, k.opt.Now)
		k.res.AsOfInferred = &basis
	}
	info.AsOf = asOf
	in.AsOf, _ = time.Parse(time.DateOnly, asOf)
	in.Info = info

	if k.c.Ledger != "" {
		ld, err := parse.ParseFile(ctx, k.c.Ledger, k.opt.Parse)
		if err != nil {
			k.res.InputErrors = append(k.res.InputErrors, msg.ParseError(err))
			in.Unread = append(in.Unread, unreadFile(k.rel(k.c.Ledger), InputLedger, err))
		} else if scannedRows(ld) {
			// A ledger that is a scan, in whole or in part: the OCR reads
			// its text as lines, never its table, so the rows of its
			// scanned pages are not known — a ledger not fully read, not
			// one with fewer rows or no problems sheet.
			u := scannedLedger(k.rel(k.c.Ledger))
			in.Unread = append(in.Unread, u)
			k.res.InputErrors = append(k.res.InputErrors, k.c.Ledger+"："+u.Reason)
		} else {
			ld.File = k.rel(k.c.Ledger)
			in.Ledger = extract.ReadLedger(ld)
			k.res.LedgerDoc = ld
		}
	}
	for _, m := range k.c.Minutes {
		md, err := k.c.parseFile(ctx, m, k.opt.Parse)
		if err != nil {
			k.res.InputErrors = append(k.res.InputErrors, msg.ParseError(err))
			in.Unread = append(in.Unread, unreadFile(k.rel(m), InputMinutes, err))
			continue
		}
		md.File = k.rel(m)
		// A file under minutes/ is minutes by its place (docs/interface.md),
		// whatever its content made of it (集中学习纪要, 民主生活会情况报告).
		md.Kind = parse.KindMinutes
		in.Meetings = append(in.Meetings, extract.ReadMeetings(md)...)
		if anyOCR(md) {
			if in.ScannedMinutes == nil {
				in.ScannedMinutes = map[string]bool{}
			}
			in.ScannedMinutes[md.File] = true
		}
	}
	return ctx.Err()
}

// Run runs every rule of the registry on in, in order: the findings of
// those whose inputs are there (each with its rule's ID and severity), and
// the others as not run, with the reason.
func Run(ctx context.Context, in *Input) ([]Finding, []NotRun) {
	var findings []Finding
	var notRun []NotRun
	for _, x := range registry {
		r := x.rule
		if reason := r.Needs().Missing(in); reason != "" {
			notRun = append(notRun, NotRun{Rule: r.ID(), Reason: reason})
			continue
		}
		fs, err := r.Check(ctx, in)
		if err != nil {
			notRun = append(notRun, NotRun{Rule: r.ID(), Reason: err.Error()})
			continue
		}
		for _, f := range fs {
			f.Rule, f.Severity = r.ID(), r.Severity()
			findings = append(findings, f)
		}
	}
	return findings, notRun
}

func (k *checker) finish() {
	r := k.res
	r.Case = CaseSummary{Info: k.in.Info, Report: k.rel(k.c.Report)}
	if k.c.Ledger != "" {
		r.Case.Ledger = k.rel(k.c.Ledger)
	}
	for _, m := range k.c.Minutes {
		r.Case.Minutes = append(r.Case.Minutes, k.rel(m))
	}
	for _, e := range k.c.Evidence {
		r.Case.Evidence = append(r.Case.Evidence, k.rel(e))
	}
	r.Claims = k.in.Claims
	if r.Claims == nil {
		r.Claims = []extract.Claim{}
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.NotRun == nil {
		r.NotRun = []NotRun{}
	}
	noteOCRFigures(r.Findings, k.in.Report, k.in.Claims)
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
	r.Summary.Verdict = verdictOf(r.Summary.High, r.Summary.Medium)
	r.Checkpoints = checkpointsOf(r.Findings, r.NotRun)
	r.Summary.Unread = k.in.Unread
	r.Summary.Complete = len(r.Summary.Unread) == 0
	r.Report, r.Items, r.Ledger, r.Meetings = k.in.Report, k.in.Items, k.in.Ledger, k.in.Meetings
	if l := k.in.Ledger; l != nil {
		// The current round's rows, as the rules count them (currentProblems).
		rows, _ := k.in.currentProblems()
		r.LedgerProblems = &LedgerCount{Problems: len(rows)}
		for _, p := range rows {
			if p.Status == extract.StatusDone {
				r.LedgerProblems.Done++
			}
		}
	}
	// The report's pages the rules converted to code points are not
	// converted again to render the result.
	r.render.text = k.in.text
}
