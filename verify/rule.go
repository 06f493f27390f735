package verify

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// RuleID names a rule in findings and in not_run: "arith.parts-sum",
// "claim.meetings" … (docs/rules.md lists them all).
type RuleID string

// A Rule is one check of a case. It says what it is (ID, Chinese name,
// severity), which inputs it reads (Needs), and checks them in memory:
// Check is given an Input holding the parsed report, its claims and items,
// the ledger, the meetings, the case's Info and the as-of date, and returns
// what does not hold. It opens no file.
//
// The function Check (through Run) runs the registry's rules (Rules) in
// order. A rule whose inputs are missing is not called: the result lists
// it in not_run with a reason derived from its Needs (see Needs.Missing).
// The findings a rule returns get its ID and severity, so a rule need not
// set them.
//
// To add a rule, write one file that defines the rule and registers it
// (see "Adding a rule" in docs/rules.md), and its table-driven test.
type Rule interface {
	// ID is the rule's code, as findings and not_run print it.
	ID() RuleID
	// Name is the rule's Chinese name, for reports and the web pages.
	Name() string
	// Severity is the severity of every finding of the rule.
	Severity() Severity
	// Needs says which inputs the rule reads; a rule is not run without them.
	Needs() Needs
	// Check returns the rule's findings on in. It is called only when
	// in has what Needs asks for. An error means the rule could not finish
	// (an index that fails): it is listed in not_run with the error's text.
	Check(ctx context.Context, in *Input) ([]Finding, error)
}

// Needs says which inputs a rule reads. Each need that is not met is a
// reason not to run the rule (Missing gives the first, in Chinese).
type Needs struct {
	// Report is the report, its claims and the problems it lists (always
	// there when Check runs the rules: it fails without a report).
	Report bool
	// Ledger is the case's ledger, read.
	Ledger bool
	// Sheet is the kind of ledger sheet the rule reads, as extract names
	// it: problems, clues, accountability or rules ("" for none). It
	// implies Ledger.
	Sheet extract.SheetKind
	// Columns are the columns of Sheet the rule reads: a sheet without one
	// of them cannot tell the rule anything (a sheet with no evidence
	// column says nothing about evidence), so the rule does not run.
	Columns []extract.ColumnKind
	// OrEvidence lets the rule run without Sheet when the case has
	// evidence files (claim.systems counts rule documents among them).
	OrEvidence bool
	// Minutes is the case's meeting minutes, at least one file read.
	Minutes bool
	// FeedbackDate is the date the inspection's findings were fed back
	// (case.json feedback_date, or read from the report).
	FeedbackDate bool
	// Index is an index of past reports (Options.Index).
	Index bool
	// History is the unit's earlier reports (Options.History, or an index
	// that gives them), and the unit's name (Info.Unit, or the report's
	// title).
	History bool
}

// sheetNames are the Chinese names of the ledger sheets, as the not-run
// reasons give them.
var sheetNames = map[extract.SheetKind]string{
	extract.SheetProblems:       "问题整改表",
	extract.SheetClues:          "问题线索表",
	extract.SheetAccountability: "问责情况表",
	extract.SheetSystems:        "制度建设表",
}

// Missing says, in Chinese, why a rule with these needs cannot run on in,
// or returns "" when it can. The reasons, in the order they are tested:
//
//	案卷中没有整改报告                          Report, and there is none (Check fails without one)
//	案卷中没有台账                              Ledger or Sheet, and the case names no ledger
//	台账未能读取：<file>（<why>）               Ledger or Sheet, and the ledger could not be read
//	会议纪要均无法读取：<files>                  Minutes, and no minutes file could be read
//	会议纪要未能全部读取：<files>               Minutes, and some minutes file could not be read
//	有文件未能读取，可能是会议纪要：<files>     Minutes, and a file of unknown kind could not be read
//	案卷中没有会议纪要                          Minutes, and the case names no minutes
//	未指定历史报告索引（--index）               Index or History, and no index is given
//	被核查单位不详（…）                         History, and neither the case nor the report's title names the unit
//	台账中没有<sheet>                           Sheet, and the ledger has no such sheet
//	台账中没有<sheet>，案卷中也没有佐证材料     Sheet with OrEvidence, and no evidence files either
//	台账<sheet>中没有<column>列                 Columns, and no sheet of that kind has one
//	反馈日期不详（case.json 的 feedback_date）  FeedbackDate, and the date is unknown
//
// An input that was not fully read stops the rules that need it, so no
// finding rests on a file the check could not see (the unread files are in
// in.Unread, by kind). Evidence files are counted, not read, so an
// unreadable one still counts.
func (n Needs) Missing(in *Input) string {
	ledger := n.Ledger || n.Sheet != ""
	switch {
	case n.Report && in.Report == nil:
		return "案卷中没有整改报告"
	case ledger && in.Ledger == nil && in.LedgerFile == "":
		return "案卷中没有台账"
	case ledger && in.Ledger == nil:
		if us := in.unread(InputLedger); len(us) > 0 {
			return "台账未能读取：" + unreadList(us)
		}
		return "台账无法读取"
	case n.Minutes:
		if us := in.unread(InputMinutes); len(us) > 0 {
			if len(us) >= in.MinutesFiles {
				return "会议纪要均无法读取：" + unreadList(us)
			}
			return "会议纪要未能全部读取：" + unreadList(us)
		}
		if us := in.unread(InputUnclassified); len(us) > 0 {
			return "有文件未能读取，可能是会议纪要：" + unreadList(us)
		}
		if len(in.Meetings) == 0 && in.MinutesFiles == 0 {
			return "案卷中没有会议纪要"
		}
	}
	switch {
	case n.Index && in.Index == nil, n.History && in.History == nil:
		return "未指定历史报告索引（--index）"
	case n.History && in.unit() == "":
		return "被核查单位不详（case.json 的 unit，报告标题也未写明）"
	case n.Sheet != "" && !in.hasSheet(n.Sheet):
		if !n.OrEvidence {
			return "台账中没有" + sheetNames[n.Sheet]
		}
		if len(in.Evidence) == 0 {
			return "台账中没有" + sheetNames[n.Sheet] + "，案卷中也没有佐证材料"
		}
	}
	for _, c := range n.Columns {
		if in.hasSheet(n.Sheet) && !in.hasColumn(n.Sheet, c) {
			return "台账" + sheetNames[n.Sheet] + "中没有" + c.Chinese() + "列"
		}
	}
	if n.FeedbackDate && in.Info.FeedbackDate == "" {
		return "反馈日期不详（case.json 的 feedback_date）"
	}
	return ""
}

// Input is everything the rules read, in memory. Check fills it from the
// case's files; a test can build it by hand.
type Input struct {
	// Info is the case's Info, with AsOf, and the dates the report gave
	// where the case did not, filled in.
	Info Info
	// AsOf is Info.AsOf as a date: the reference date for deadlines.
	AsOf time.Time
	// Report is the parsed report; Claims and Items what extract reads
	// from it.
	Report *parse.Document
	Claims []extract.Claim
	Items  []extract.Item
	// Ledger is the case's ledger, or nil when there is none or it could
	// not be read (LedgerFile tells which).
	Ledger *extract.Ledger
	// LedgerFile is the ledger file the case names, "" if none.
	LedgerFile string
	// Meetings are the meetings the minutes record. MinutesFiles counts
	// the minutes files the case names, read or not.
	Meetings     []extract.Meeting
	MinutesFiles int
	// ScannedMinutes are the minutes files (as Meeting.File names them)
	// whose text was recognised from images (OCR): a date missing from
	// their meetings may be one that could not be read.
	ScannedMinutes map[string]bool
	// Unread are the files of the case that could not be read, by the kind
	// of input each was meant to be: the rules that need that kind do not
	// run (Needs.Missing).
	Unread []UnreadFile
	// Evidence lists the case's evidence files (佐证材料).
	Evidence []string
	// Index is searched for copied paragraphs; nil if none is given.
	Index Index
	// History gives the unit's earlier reports; nil if none is given.
	History History

	// text is Report as code points, for quoting it (see slice).
	text *docText
}

// slice quotes the report at p, as Report.Slice does, converting each page
// to code points once for all the rules rather than on every quote.
func (in *Input) slice(p parse.Pos) string { return in.reportText().slice(p) }

// words is the report's text p points at in Simplified characters, code
// point for code point (extract.Simplify): what the rules match their words
// against, so that a report in Traditional characters reads as one in
// Simplified. Quotes keep the text as written (slice).
func (in *Input) words(p parse.Pos) string { return extract.Simplify(in.slice(p)) }

// reportText is the report as code points, converted once.
func (in *Input) reportText() *docText {
	if in.text == nil || in.text.doc != in.Report {
		in.text = newDocText(in.Report)
	}
	return in.text
}

// hasSheet tells whether the ledger has a sheet of the given kind.
func (in *Input) hasSheet(kind extract.SheetKind) bool {
	if in.Ledger == nil {
		return false
	}
	for _, s := range in.Ledger.Sheets {
		if s.Kind == kind {
			return true
		}
	}
	return false
}

// hasColumn tells whether a ledger sheet of the given kind has a column
// of kind c.
func (in *Input) hasColumn(kind extract.SheetKind, c extract.ColumnKind) bool {
	for _, s := range in.Ledger.Sheets {
		if s.Kind == kind && s.Columns[c] != "" {
			return true
		}
	}
	return false
}

// The registry: every rule, in the documented order.
var registry []registered

type registered struct {
	order int
	rule  Rule
}

// register adds a rule to the registry at its place in the documented
// order (docs/rules.md): rules are run and listed by ascending order. Each
// rule's file calls it from init; a duplicate ID or order is a bug and
// panics.
func register(order int, r Rule) {
	for _, x := range registry {
		if x.order == order || x.rule.ID() == r.ID() {
			panic(fmt.Sprintf("verify: rule %s (order %d) registered twice or at the place of %s", r.ID(), order, x.rule.ID()))
		}
	}
	i := sort.Search(len(registry), func(i int) bool { return registry[i].order > order })
	registry = append(registry, registered{})
	copy(registry[i+1:], registry[i:])
	registry[i] = registered{order, r}
}

// Rules returns every rule in the documented order (docs/rules.md), the
// order Check runs them and lists those it did not run.
func Rules() []Rule {
	out := make([]Rule, len(registry))
	for i, x := range registry {
		out[i] = x.rule
	}
	return out
}

// RuleByID returns the rule with the given ID, or nil.
func RuleByID(id RuleID) Rule {
	for _, x := range registry {
		if x.rule.ID() == id {
			return x.rule
		}
	}
	return nil
}

// RuleName is the Chinese name of the rule with the given ID, or the ID
// itself for a rule the registry does not know.
func RuleName(id RuleID) string {
	if r := RuleByID(id); r != nil {
		return r.Name()
	}
	return string(id)
}

// ruleSpec is what a rule declares; rules embed it for ID, Name,
// Severity and Needs and write Check.
type ruleSpec struct {
	id       RuleID
	name     string
	severity Severity
	needs    Needs
}

func (s ruleSpec) ID() RuleID         { return s.id }
func (s ruleSpec) Name() string       { return s.name }
func (s ruleSpec) Severity() Severity { return s.severity }
func (s ruleSpec) Needs() Needs       { return s.needs }
