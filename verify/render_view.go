package verify

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/internal/msg"
	"github.com/zhenggai/zhenggai/parse"
)

// What every renderer (text, HTML, XLSX, DOCX) shows of a result, in the
// words an inspection office reads: Chinese names for severities, rules,
// claim kinds and statuses (the codes only as a secondary label), figures
// with their units, evidence located as 第N页第M行 or 表名第N行 with a
// ledger row's cells under their column headers, and the findings about the
// same problem item gathered in one group. The renderers lay this view out;
// none of them names a code of its own.

// reportView is a result as the renderers show it.
type reportView struct {
	// Title is the unit, else the unit the report's title names (marked
	// as such), else the report's file name.
	Title string
	Case  CaseSummary
	// FeedbackMark and ReportMark follow the case's dates read from the
	// report (fromReportMark), else are empty.
	FeedbackMark, ReportMark string
	// AsOfMark follows an inferred as-of date: how it was inferred.
	// UnitMark follows a unit read from the report's title.
	AsOfMark, UnitMark string
	Summary            Summary
	Verdict            string
	// Notices are lines shown above the findings, in bold, when set (a
	// renderer shows them right under the verdict).
	Notices []string
	// Sections are the groups by severity, most serious first: a group of
	// findings sits in the section of its most serious finding.
	Sections []sectionView
	// Findings is every finding, numbered in the order shown (1, 2, …).
	Findings []findingView
	NotRun   []notRunView
	Errors   []string
	// Checkpoints are the five checkpoints (五关), in order.
	Checkpoints []checkpointView
	// numbers gives each finding's N by its index in Result.Findings.
	numbers map[int]int
}

type sectionView struct {
	Severity Severity
	Name     string
	Groups   []groupView
	// Count is the number of findings of the section's severity, and
	// Elsewhere how many of them are shown in a group of a more serious
	// section.
	Count, Elsewhere int
}

// groupView is one or more findings about the same thing: a problem item
// of the ledger (same 序号 and title), or a finding of its own.
type groupView struct {
	// N numbers the groups from 1.
	N int
	// Label names what the group's findings are about when there are
	// several (问题3“…”), else "".
	Label    string
	Severity Severity
	Findings []findingView
}

type findingView struct {
	// N numbers the findings from 1 in the order shown.
	N        int
	Group    int
	Rule     RuleID
	RuleName string
	Severity Severity
	SevName  string
	Message  string
	// Item is what the finding is about, in Chinese (问题3, 已完成整改的问题).
	Item  string
	Title string
	// Claimed and Observed are the values with their units (11 个, 186 天,
	// 已完成), or "".
	Claimed, Observed string
	// ClaimLabel names the claim the finding concerns (会议·整改工作会议
	// 13 次), or "".
	ClaimLabel string
	// ClaimRef is the anchor of the claim in the HTML page's claims table,
	// or "".
	ClaimRef string
	Claim    *extract.Claim
	Evidence []evidenceView
	// raw holds the finding's values and unit holds their unit, for a
	// renderer that writes numbers as numbers.
	raw  Finding
	unit string
}

type evidenceView struct {
	Evidence
	// Where says where it is: "report.pdf 第2页第3行", "ledger.xlsx
	// 问题台账第5行", "ledger.csv 第9行".
	Where string
	// Fields are a ledger row's cells under their column headers, when the
	// ledger's header is known; else nil and Text is the row.
	Fields []fieldView
	// Heading is the heading of the report's problem item the quoted text
	// belongs to, and Sentence the whole sentence, when the quote is only
	// part of it (a status word).
	Heading, Sentence string
	// Repeat is the number of the finding of the same group that quotes
	// this evidence already, or 0.
	Repeat int
	// Href is the anchor of the highlighted span in the HTML page's report
	// text, or "".
	Href string
}

type fieldView struct{ Header, Value string }

// checkpointView is one of the five checkpoints as the reports show it.
type checkpointView struct {
	Name, Question string
	State          CheckpointState
	StateName      string
	// Basis says what the state rests on: the numbers of its findings, the
	// rules that did not run, or that all its rules ran and found nothing.
	Basis string
}

type notRunView struct {
	Rule     RuleID
	RuleName string
	Reason   string
}

// view builds the reportView of r.
func (r *Result) view() reportView {
	v := reportView{
		Case:    r.Case,
		Summary: r.Summary,
		Verdict: r.Summary.VerdictLabel(),
		Title:   r.Case.Unit,
		numbers: map[int]int{},
	}
	if r.Summary.incomplete() {
		// An incomplete check is said first, with the files left unread.
		v.Notices = append(v.Notices, IncompleteTitle+"：")
		for _, u := range r.Summary.Unread {
			v.Notices = append(v.Notices, "  "+u.Describe())
		}
	}
	if v.Title == "" && r.Report != nil {
		if u := extract.UnitFromTitle(r.Report.Title); u != "" {
			v.Title = u + unitFromTitleMark
		}
	}
	if v.Title == "" {
		v.Title = r.Case.Report
	}
	if r.DateFromReport(DateFeedback) {
		v.FeedbackMark = fromReportMark
	}
	if r.DateFromReport(DateReport) {
		v.ReportMark = fromReportMark
	}
	if r.AsOfInferred != nil {
		v.AsOfMark = "（" + r.AsOfInferred.Describe() + "）"
	}
	if r.UnitFromReport && r.Case.Unit != "" {
		v.Title, v.UnitMark = r.Case.Unit+unitFromTitleMark, unitFromTitleMark
	}
	// Check lists each file it could not read twice: in InputErrors (the
	// JSON's input_errors) and in Summary.Unread, which the notices above
	// describe. A result with no Unread (built by hand, or by an older
	// version) shows its input errors instead.
	if len(r.Summary.Unread) == 0 {
		for _, e := range r.InputErrors {
			v.Errors = append(v.Errors, msg.ParseErrorText(e))
		}
	}
	for _, n := range r.NotRun {
		v.NotRun = append(v.NotRun, notRunView{Rule: n.Rule, RuleName: knownRuleName(n.Rule), Reason: readerReason(n.Reason)})
	}

	groups := r.findingGroups()
	n, gn := 0, 0
	add := func(sv *sectionView, g *findingGroup) {
		gn++
		gv := groupView{N: gn, Severity: g.sev}
		if len(g.idx) > 1 {
			gv.Label = g.label
		}
		seen := map[string]int{}
		for _, i := range g.idx {
			n++
			v.numbers[i] = n
			fv := r.findingView(r.Findings[i], n, gn)
			for k, e := range fv.Evidence {
				key := fmt.Sprint(e.File, e.Sheet, e.Row, e.Pos)
				if seen[key] != 0 {
					fv.Evidence[k].Repeat = seen[key]
				} else {
					seen[key] = n
				}
			}
			gv.Findings = append(gv.Findings, fv)
			v.Findings = append(v.Findings, fv)
		}
		sv.Groups = append(sv.Groups, gv)
	}
	for _, sev := range Severities {
		sv := sectionView{Severity: sev, Name: sev.Name()}
		for _, g := range groups {
			if g.sev == sev {
				add(&sv, g)
			}
		}
		for _, g := range groups {
			for _, i := range g.idx {
				if r.Findings[i].Severity == sev {
					sv.Count++
					if g.sev != sev {
						sv.Elsewhere++
					}
				}
			}
		}
		if sv.Count > 0 {
			v.Sections = append(v.Sections, sv)
		}
	}
	// Findings of an unknown severity (not made by Check, but possible in
	// a hand-built Result) are shown too, last.
	other := sectionView{Severity: "other", Name: "其他"}
	for _, g := range groups {
		if g.sev.rank() == 0 {
			add(&other, g)
		}
	}
	for _, g := range other.Groups {
		other.Count += len(g.Findings)
	}
	if len(other.Groups) > 0 {
		v.Sections = append(v.Sections, other)
	}
	v.Checkpoints = r.checkpointViews(v.numbers)
	return v
}

// findingGroup is the findings about one thing, by their index in
// Result.Findings: a ledger problem item (its 序号 and title), or one
// finding alone.
type findingGroup struct {
	key, label string
	idx        []int
	sev        Severity // its most serious finding's
}

// findingGroups groups the findings: those about the same ledger problem
// item together, the others alone, in the order of their first finding.
func (r *Result) findingGroups() []*findingGroup {
	var groups []*findingGroup
	byKey := map[string]*findingGroup{}
	for i, f := range r.Findings {
		key := ""
		if f.Title != "" && f.Item != "" {
			key = f.Item + "\x00" + f.Title
		}
		g := byKey[key]
		if key == "" || g == nil {
			g = &findingGroup{key: key, sev: f.Severity}
			if key != "" {
				g.label = "问题" + f.Item + "“" + f.Title + "”"
				byKey[key] = g
			}
			groups = append(groups, g)
		}
		g.idx = append(g.idx, i)
		if f.Severity.rank() > g.sev.rank() {
			g.sev = f.Severity
		}
	}
	return groups
}

// shownOrder is the groups in the order the reports show them: by their
// severity, most serious first, those of an unknown severity last (view
// lays its sections out in this order).
func shownOrder(groups []*findingGroup) []*findingGroup {
	out := make([]*findingGroup, 0, len(groups))
	for _, sev := range Severities {
		for _, g := range groups {
			if g.sev == sev {
				out = append(out, g)
			}
		}
	}
	for _, g := range groups {
		if g.sev.rank() == 0 {
			out = append(out, g)
		}
	}
	return out
}

// checkpointViews are the result's five checkpoints (stated again from the
// findings when a hand-built Result has none), each finding named by its
// number N as shown.
func (r *Result) checkpointViews(numbers map[int]int) []checkpointView {
	// numbersOf lists findings by the numbers they are shown with.
	numbersOf := func(idx []int) string {
		ns := make([]int, 0, len(idx))
		for _, i := range idx {
			if n := numbers[i]; n > 0 {
				ns = append(ns, n)
			}
		}
		sort.Ints(ns)
		parts := make([]string, len(ns))
		for k, n := range ns {
			parts[k] = strconv.Itoa(n)
		}
		return strings.Join(parts, "、")
	}
	cps := r.Checkpoints
	if cps == nil {
		cps = checkpointsOf(r.Findings, r.NotRun)
	}
	out := make([]checkpointView, 0, len(cps))
	for _, c := range cps {
		cv := checkpointView{Name: c.Checkpoint.Name(), Question: c.Checkpoint.Question(), State: c.State, StateName: c.State.Name()}
		var parts []string
		switch c.State {
		case CheckpointDoubtful:
			cv.Basis = "见核查发现第 " + numbersOf(c.Findings) + " 项"
		case CheckpointUnchecked:
			for _, id := range c.NotRun {
				parts = append(parts, ruleLabelName(id))
			}
			cv.Basis = "未运行：" + strings.Join(parts, "、")
		default:
			cv.Basis = "相关规则均已运行，未发现问题"
			if len(c.Findings) > 0 {
				cv.Basis = "未发现中、高程度问题；低程度提示见核查发现第 " + numbersOf(c.Findings) + " 项"
			}
		}
		out = append(out, cv)
	}
	return out
}

// ruleLabelName is a rule's Chinese name, or its code for an unknown rule.
func ruleLabelName(id RuleID) string {
	if n := knownRuleName(id); n != "" {
		return n
	}
	return string(id)
}

func (r *Result) findingView(f Finding, n, group int) findingView {
	fv := findingView{
		N: n, Group: group, Rule: f.Rule, RuleName: knownRuleName(f.Rule), Severity: f.Severity,
		SevName: f.Severity.Name(), Message: f.Message, Title: f.Title, Claim: f.Claim,
		Item: itemLabel(f),
	}
	if fv.SevName == "" {
		fv.SevName = string(f.Severity)
	}
	unit := valueUnit(f)
	fv.raw, fv.unit = f, unit
	fv.Claimed, fv.Observed = valueText(f.Claimed, unit), valueText(f.Observed, unit)
	if f.Claim != nil {
		fv.ClaimLabel = claimLabel(*f.Claim)
		fv.ClaimRef = r.claimRef(f.Claim)
	}
	for _, ev := range f.Evidence {
		fv.Evidence = append(fv.Evidence, r.evidenceView(ev))
	}
	return fv
}

// itemLabel names what a finding is about in Chinese: a claim's subtype or
// kind by its Chinese name, a problem of the ledger as 问题N, else the item
// as the rule gives it (a clue's number, a file).
func itemLabel(f Finding) string {
	if f.Item == "" {
		return ""
	}
	if c := f.Claim; c != nil {
		switch f.Item {
		case string(c.Subtype):
			if s := c.Kind.SubtypeChinese(c.Subtype); s != "" {
				return s
			}
		case string(c.Kind):
			return c.Kind.Chinese()
		}
	}
	switch {
	case f.Title != "":
		return "问题" + f.Item
	case f.Rule == RuleClueOverdue || f.Rule == RuleClues && f.Claim == nil:
		return "线索" + f.Item
	case f.Rule == RuleCopied:
		return f.Item
	}
	if k := extract.Kind(f.Item); k.Chinese() != "" && k.Chinese() != f.Item {
		return k.Chinese()
	}
	return f.Item
}

// valueUnit is the unit of a finding's figures: days for an overdue clue,
// per cent for a rate, the claim's unit (元 for money, whose value is in
// yuan), else none.
func valueUnit(f Finding) string {
	switch f.Rule {
	case RuleClueOverdue:
		return "天"
	case RuleRate:
		return "%"
	case RuleCopied:
		return "相似度"
	}
	if c := f.Claim; c != nil {
		if c.Kind == extract.KindMoney {
			return "元"
		}
		return c.Unit
	}
	return ""
}

// valueText is a claimed or observed value as the reports show it: a status
// by its Chinese name, a number with its unit.
func valueText(v Value, unit string) string {
	if w, ok := v.Word(); ok {
		if s := extract.Status(w); s.Chinese() != "" {
			return s.Chinese()
		}
		return w
	}
	x, ok := v.Number()
	if !ok {
		return ""
	}
	switch unit {
	case "":
		return fmtNum(x)
	case "%":
		return fmtNum(x) + "%"
	case "相似度":
		return "相似度 " + strconv.FormatFloat(x*100, 'f', 0, 64) + "%"
	}
	return fmtNum(x) + " " + unit
}

// claimLabel names a claim in Chinese: its kind and subtype and its value in
// the base unit (会议·整改工作会议 13 次; 1.2万元 → 12000 元).
func claimLabel(c extract.Claim) string {
	s := c.Kind.Chinese()
	if sub := c.Kind.SubtypeChinese(c.Subtype); sub != "" && sub != s {
		s += "·" + sub
	} else if c.Subtype != "" && sub == "" {
		s += "·" + string(c.Subtype)
	}
	s += " " + fmtNum(c.Value)
	if c.Kind == extract.KindMoney {
		s += " 元"
	} else if c.Unit != "" {
		s += " " + c.Unit
	}
	if c.Approx != extract.Exact {
		s += "（" + c.Approx.Chinese() + "）"
	}
	if sc := extract.ScopeChinese(c.Scope); sc != "" {
		s += "（" + sc + "）"
	}
	return s
}

// evidenceView locates a piece of evidence and lays out what it quotes.
func (r *Result) evidenceView(ev Evidence) evidenceView {
	e := evidenceView{Evidence: ev, Where: r.where(ev)}
	if ev.Row != 0 {
		e.Fields = r.rowFields(ev)
		if e.Fields == nil {
			// Without the ledger's header, the row's cells as its text
			// joins them.
			for _, c := range strings.Split(ev.Text, " | ") {
				e.Fields = append(e.Fields, fieldView{Value: c})
			}
		}
	}
	if r.citesReport(ev) {
		e.Heading, e.Sentence = r.itemContext(ev.Pos)
		e.Href = evidenceID(ev)
	}
	return e
}

// where says where a piece of evidence is, in Chinese: "report.pdf
// 第2页第3行" (the line within the page's text, where the document is at
// hand), "ledger.xlsx 问题台账第5行", "ledger.csv 第9行".
func (r *Result) where(ev Evidence) string {
	switch {
	case ev.Row != 0 && ev.Sheet != "":
		return fmt.Sprintf("%s %s第%d行", ev.File, ev.Sheet, ev.Row)
	case ev.Row != 0:
		return fmt.Sprintf("%s 第%d行", ev.File, ev.Row)
	case ev.Sheet != "":
		return fmt.Sprintf("%s %s", ev.File, ev.Sheet)
	case ev.Pos.End > 0:
		if line := r.lineOf(ev); line > 0 {
			return fmt.Sprintf("%s 第%d页第%d行", ev.File, ev.Pos.Page, line)
		}
		return fmt.Sprintf("%s 第%d页", ev.File, ev.Pos.Page)
	}
	return ev.File
}

// lineOf is the 1-based line of the page's text where ev starts, for text
// of the report (or of a document starting at the page's start), else 0.
func (r *Result) lineOf(ev Evidence) int {
	if r.Report != nil && ev.File == r.Report.File && ev.Pos.Page >= 1 && ev.Pos.Page <= len(r.Report.Pages) {
		if ev.Pos.Start > len(r.reportText().page(ev.Pos.Page)) {
			return 0
		}
		// The line breaks before Start, found in the page's sorted list.
		return 1 + sort.SearchInts(r.render.lines[ev.Pos.Page-1], ev.Pos.Start)
	}
	if ev.Pos.Start == 0 {
		return 1
	}
	return 0
}

// rowFields pairs a ledger row's cells with the headers of its table, or
// returns nil when the ledger's tables are not at hand or the row is not
// found.
func (r *Result) rowFields(ev Evidence) []fieldView {
	if r.LedgerDoc == nil || r.LedgerDoc.File != ev.File {
		return nil
	}
	for _, t := range r.LedgerDoc.Tables {
		if t.Sheet != ev.Sheet || len(t.Header) == 0 {
			continue
		}
		header := extract.LedgerHeader(t)
		for _, row := range t.Rows {
			if row.Number != ev.Row {
				continue
			}
			var out []fieldView
			for i, c := range row.Cells {
				if c.Text == "" {
					continue // as the row's text leaves it out
				}
				h := ""
				if i < len(header) {
					h = strings.Join(strings.Fields(header[i].Text), "")
				}
				out = append(out, fieldView{Header: h, Value: c.Text})
			}
			return out
		}
	}
	return nil
}

// itemContext gives, for a span of the report that is only part of a
// sentence, the heading of the problem item it falls in (（三）关于…) and the
// whole sentence; "" for what the quote already shows whole.
func (r *Result) itemContext(p parse.Pos) (heading, sentence string) {
	runes := r.reportText().page(p.Page)
	s, e := p.Start, p.End
	for s > 0 && !strings.ContainsRune("。！？；\n", runes[s-1]) {
		s--
	}
	for e < len(runes) && !strings.ContainsRune("。！？；\n", runes[e-1]) {
		e++
	}
	if s == p.Start && e == p.End {
		return "", ""
	}
	sentence = strings.TrimSpace(string(runes[s:e]))
	// The last item starting at or before p (the items sorted once).
	items := r.render.items
	if i := sort.Search(len(items), func(i int) bool { return !before(items[i].Pos, p) }); i > 0 {
		heading = items[i-1].Number + items[i-1].Title
	}
	return heading, sentence
}

// before reports whether a starts at or before b.
func before(a, b parse.Pos) bool {
	if a.Page != b.Page {
		return a.Page < b.Page
	}
	return a.Start <= b.Start
}

// readerReason is a not-run reason as the reports show it: the JSON's
// reasons name a flag or a case.json field for the command line's users,
// which the reports say in words.
func readerReason(s string) string {
	return readerReasons.Replace(s)
}

// readerReasons say in words what the JSON's not-run reasons name as a flag
// or a case.json field (Needs.Missing).
var readerReasons = strings.NewReplacer("（--index）", "（未提供检索索引）",
	"（case.json 的 feedback_date）", "（案卷信息未填反馈日期，报告中也未写明）",
	"（case.json 的 unit，报告标题也未写明）", "（案卷信息未填被核查单位，报告标题也未写明）")

// unitFromTitleMark follows a unit read from the report's title.
const unitFromTitleMark = "（据报告标题）"
