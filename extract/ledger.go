package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse"
)

// Ledger is what a case's ledger (台账) holds: its problem rows and, where
// the workbook has those sheets, referred clues, accountability and rules.
type Ledger struct {
	File           string           `json:"file"`
	Problems       []LedgerProblem  `json:"problems"`
	Clues          []Clue           `json:"clues,omitempty"`
	Accountability []Accountability `json:"accountability,omitempty"`
	Rules          []System         `json:"rules,omitempty"`
	// Sheets names each table found and what it was read as.
	Sheets []SheetInfo `json:"sheets"`
}

// SheetInfo tells how one ledger table was read.
type SheetInfo struct {
	Sheet string `json:"sheet"`
	// Kind is what the table was read as; SheetUnknown when not recognised.
	Kind SheetKind `json:"kind"`
	// Columns maps each recognised column kind to its header text.
	Columns map[ColumnKind]string `json:"columns,omitempty"`
}

// RowRef points at a ledger row: the sheet and row as the spreadsheet numbers
// them (for CSV, Sheet is "" and Row the line), and, as every stage points
// back at a document, a parse.Pos: its page is the sheet (each sheet is a
// page of the parsed workbook) and its span runs from the row's first
// written cell to its last.
type RowRef struct {
	File  string    `json:"file"`
	Sheet string    `json:"sheet,omitempty"`
	Row   int       `json:"row"`
	Pos   parse.Pos `json:"pos"`
	Text  string    `json:"text"`
}

// LedgerProblem is one row of the problems sheet.
type LedgerProblem struct {
	Ref RowRef `json:"ref"`
	// No is the row's 序号 as written.
	No       string `json:"no"`
	Category string `json:"category,omitempty"`
	// Problem is the whole problem cell; Title its first sentence (the
	// problem's title, as reports quote it).
	Problem    string `json:"problem"`
	Title      string `json:"title"`
	Measures   string `json:"measures,omitempty"`
	Leader     string `json:"leader,omitempty"`
	Department string `json:"department,omitempty"`
	// Deadline and Completed are YYYY-MM-DD, or "" when the cell holds no
	// date; DeadlineText keeps what the cell says (长期坚持, 2020年底前).
	Deadline     string `json:"deadline,omitempty"`
	DeadlineText string `json:"deadline_text,omitempty"`
	Completed    string `json:"completed,omitempty"`
	// CompletedText keeps what the completion cell says (7月12日, 2024年6月):
	// verify reads a date with no year in the round's year, and a month
	// with no day as any day of it.
	CompletedText string `json:"completed_text,omitempty"`
	Status        Status `json:"status"`
	StatusText    string `json:"status_text,omitempty"`
	Evidence      string `json:"evidence,omitempty"`
	Note          string `json:"note,omitempty"`
}

// Clue is one row of the referred-clues sheet (问题线索台账).
type Clue struct {
	Ref        RowRef `json:"ref"`
	No         string `json:"no"`
	Person     string `json:"person,omitempty"`
	Summary    string `json:"summary,omitempty"`
	HandedOver string `json:"handed_over,omitempty"`
	Handler    string `json:"handler,omitempty"`
	Disposal   string `json:"disposal,omitempty"`
	Closed     string `json:"closed,omitempty"`
	Status     Status `json:"status"`
	StatusText string `json:"status_text,omitempty"`
}

// Accountability is one person held accountable (问责情况).
type Accountability struct {
	Ref    RowRef `json:"ref"`
	Person string `json:"person,omitempty"`
	// Kind is the accountability subtype (docs/vocabulary.md): disciplined,
	// org_handling, admonished, criticized or other.
	Kind   Subtype `json:"kind"`
	Method string  `json:"method"`
	Date   string  `json:"date,omitempty"`
}

// System is one rule (制度) made or revised: a row of the systems sheet
// (制度建设台账; JSON "rules").
type System struct {
	Ref  RowRef `json:"ref"`
	Name string `json:"name"`
	// Kind is the systems subtype: new, revised or "" when the sheet does
	// not say.
	Kind Subtype `json:"kind"`
	Date string  `json:"date,omitempty"`
}

var reBracketNote = regexp.MustCompile(`[（(][^）)]*[）)]`)

// cleanHeader is a header cell as the column words are matched against it:
// Simplified, without bracketed notes and white space.
func cleanHeader(s string) string {
	s = Simplify(s)
	s = reBracketNote.ReplaceAllString(s, "")
	return strings.NewReplacer(" ", "", "\t", "", "\n", "", "　", "").Replace(s)
}

// mapColumns finds, for each field, the column whose header names it. A
// column serves one field only; fields are resolved in the order given,
// exact matches win over contained ones, and both over a header that only
// ends in the field's head noun (牵头校领导, 整改依据材料: columnHeads).
func mapColumns(header []parse.Cell, fields []ColumnKind) map[ColumnKind]int {
	cols := map[ColumnKind]int{}
	used := map[int]bool{}
	hs := make([]string, len(header))
	for i, h := range header {
		hs[i] = cleanHeader(h.Text)
	}
	for pass := 0; pass < 3; pass++ {
		for _, f := range fields {
			if _, ok := cols[f]; ok {
				continue
			}
			words := columnWords[f]
			if pass == 2 {
				words = columnHeadWords[f]
			}
			for _, syn := range words {
				found := -1
				for i, h := range hs {
					if used[i] || h == "" {
						continue
					}
					if h == syn || (pass == 1 && len([]rune(syn)) >= 2 && strings.Contains(h, syn)) ||
						(pass == 2 && strings.HasSuffix(h, syn)) {
						found = i
						break
					}
				}
				if found >= 0 {
					cols[f] = found
					used[found] = true
					break
				}
			}
		}
	}
	return cols
}

// sheetKind decides what a table holds from the columns its header names,
// then its name.
func sheetKind(t parse.Table, header []parse.Cell) (SheetKind, map[ColumnKind]int) {
	name := Simplify(t.Sheet + " " + t.Title)
	try := func(kind SheetKind) map[ColumnKind]int { return mapColumns(header, columnsOf(kind)) }
	if c := try(SheetClues); hasCol(c, ColClueNo) || (strings.Contains(name, "线索") && hasCol(c, ColHandedOver)) {
		return SheetClues, c
	}
	if c := try(SheetAccountability); hasCol(c, ColMethod) && !hasCol(try(SheetProblems), ColMeasures) {
		return SheetAccountability, c
	}
	if c := try(SheetSystems); hasCol(c, ColSystemName) && !hasCol(try(SheetProblems), ColMeasures) {
		return SheetSystems, c
	}
	if c := try(SheetProblems); hasCol(c, ColProblem) && (hasCol(c, ColStatus) || hasCol(c, ColMeasures) || hasCol(c, ColDeadline)) {
		return SheetProblems, c
	}
	return SheetUnknown, nil
}

// hasCol tells whether column kind f was found.
func hasCol(cols map[ColumnKind]int, f ColumnKind) bool { _, ok := cols[f]; return ok }

// ReadLedger reads the ledger tables of a parsed spreadsheet (or any
// document with tables): it finds the problems, clues, accountability and
// rules sheets and their columns by their headers (sheetLayout: the header
// among the first rows, title and 填报 rows above it, headers of two rows)
// and, in a problems sheet, by their cells (cellKinds), tolerating merged
// cells, blank rows, note rows and section and subtotal rows.
func ReadLedger(doc *parse.Document) *Ledger {
	l := &Ledger{File: doc.File}
	var prev *readSheet // the last table read as a sheet of a known kind
	for ti, t := range doc.Tables {
		header, rows := sheetLayout(t)
		kind, cols := sheetKind(t, header)
		carried := kind == SheetUnknown && prev.goesOnIn(doc.Tables, ti)
		if carried {
			// The rows of a table going on over a page break, in the
			// columns of its first page's header, all of them data.
			header, rows, kind, cols = prev.header, tableGrid(t), prev.kind, prev.cols
		} else if kind == SheetProblems {
			cellKinds(cols, header, rows)
		}
		switch {
		case t.Sheet != "" || len(doc.Tables) < 2:
		case carried:
			t.Sheet = prev.name
		default:
			// A document's tables have no names; of several, a row's
			// table is told by its title (本轮巡察问题整改台账), as a user
			// finds it, or by its place (表2 第4行) when its title is
			// none or another table's too.
			t.Sheet = tableName(doc.Tables, ti)
		}
		info := SheetInfo{Sheet: t.Sheet, Kind: kind}
		if kind != SheetUnknown {
			info.Columns = map[ColumnKind]string{}
			for f, i := range cols {
				info.Columns[f] = cellAt(parse.Row{Cells: header}, i).Text
			}
			prev = &readSheet{at: ti, header: header, kind: kind, cols: cols, name: t.Sheet}
		}
		if !carried {
			l.Sheets = append(l.Sheets, info)
		}
		combined := combinedOwner(info)
		for _, r := range rows {
			cell := func(f ColumnKind) string {
				if i, ok := cols[f]; ok {
					return strings.TrimSpace(r.Cell(i))
				}
				return ""
			}
			date := func(f ColumnKind) string {
				if i, ok := cols[f]; ok && i < len(r.Cells) {
					if r.Cells[i].Date != "" {
						return r.Cells[i].Date
					}
					if d, ok := parseDeadline(r.Cells[i].Text); ok {
						return d.Format("2006-01-02")
					}
					if d, ok := parse.SerialDate(strings.TrimSpace(r.Cells[i].Text)); ok {
						return d.Format("2006-01-02")
					}
				}
				return ""
			}
			if isNoteRow(r) || isSectionRow(r) {
				continue
			}
			ref := rowRef(doc, t, r)
			switch kind {
			case SheetProblems:
				p := LedgerProblem{Ref: ref, No: cell(ColNo), Category: cell(ColCategory), Problem: cell(ColProblem),
					Measures: cell(ColMeasures), Leader: cell(ColLeader), Department: cell(ColDepartment),
					Deadline: date(ColDeadline), DeadlineText: cell(ColDeadline), Completed: date(ColCompleted), CompletedText: cell(ColCompleted),
					StatusText: cell(ColStatus), Evidence: cell(ColEvidence), Note: cell(ColNote)}
				if p.Problem == "" {
					continue
				}
				p.Leader, p.Department = splitOwner(p.Leader, p.Department, combined)
				p.Title = problemTitle(p.Problem)
				p.Status = ParseStatus(p.StatusText)
				if p.Status == StatusUnknown && p.Completed != "" {
					p.Status = StatusDone
				}
				if n := len(l.Problems); n > 0 && sameProblem(l.Problems[n-1], p) {
					l.Problems[n-1] = measureRows(l.Problems[n-1], p)
					continue
				}
				l.Problems = append(l.Problems, p)
			case SheetClues:
				c := Clue{Ref: ref, No: cell(ColClueNo), Person: cell(ColPerson), Summary: cell(ColSummary),
					HandedOver: date(ColHandedOver), Handler: cell(ColHandler), Disposal: cell(ColDisposal),
					Closed: date(ColClosed), StatusText: cell(ColClueStatus)}
				if c.No == "" {
					c.No = cell(ColNo)
				}
				if c.No == "" && c.Summary == "" {
					continue
				}
				c.Status = ParseStatus(c.StatusText)
				if c.Status == StatusUnknown {
					if c.Closed != "" {
						c.Status = StatusDone
					} else {
						c.Status = StatusInProgress
					}
				}
				l.Clues = append(l.Clues, c)
			case SheetAccountability:
				a := Accountability{Ref: ref, Person: cell(ColPerson), Method: cell(ColMethod), Date: date(ColAccountabilityDate)}
				if a.Method == "" {
					continue
				}
				a.Kind = AccountabilityKind(a.Method)
				l.Accountability = append(l.Accountability, a)
			case SheetSystems:
				ru := System{Ref: ref, Name: cell(ColSystemName), Date: date(ColSystemDate)}
				if ru.Name == "" {
					continue
				}
				ru.Kind = systemKind(cell(ColSystemKind) + " " + ru.Name)
				l.Rules = append(l.Rules, ru)
			}
		}
	}
	return l
}

// isNoteRow spots rows that are not records: totals, notes and sign-off
// lines under the table (备注：…, 合计, 填表人：…, 填报单位：…).
func isNoteRow(r parse.Row) bool {
	first := ""
	n := 0
	for _, c := range r.Cells {
		if c.Text != "" {
			if first == "" {
				first = Simplify(c.Text)
			}
			n++
		}
	}
	for _, p := range []string{"备注", "注：", "注:", "说明：", "填表人", "填报", "审核人", "合计", "总计", "小计", "制表", "联系人", "联系电话"} {
		if strings.HasPrefix(first, p) {
			return true
		}
	}
	return n == 0
}

// rowRef makes the RowRef of row r of table t.
func rowRef(doc *parse.Document, t parse.Table, r parse.Row) RowRef {
	ref := RowRef{File: doc.File, Sheet: t.Sheet, Row: r.Number}
	start, end := -1, -1
	var parts []string
	for _, c := range r.Cells {
		if c.Text == "" {
			continue
		}
		if start < 0 {
			start = c.Pos.Start
			ref.Pos.Page = c.Pos.Page
		}
		end = c.Pos.End
		parts = append(parts, c.Text)
	}
	ref.Pos.Start, ref.Pos.End = start, end
	ref.Text = strings.Join(parts, " | ")
	return ref
}

// problemTitle is the problem cell's first sentence: ledgers write the title,
// then 。 and the details.
func problemTitle(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "。；;\n"); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// AccountabilityKind maps a way of holding someone accountable (问责方式:
// 党纪处分（党内警告）, 组织处理（免职）, 诫勉, 谈话提醒, 通报批评, 书面检查, …)
// to its accountability subtype, by the accountability rows of the subtypes
// table (as claims' accountability subtypes are told); a method the table
// counts only in the total (问责, 处理) is other.
func AccountabilityKind(method string) Subtype {
	sub, ok := firstOf(Simplify(method), accountabilityWords)
	if !ok || sub == SubtypeTotal {
		return SubtypeOther
	}
	return sub
}

// systemKind tells from a systems row's kind cell and name whether the rule
// is new or revised (by the systems rows of the subtypes table), "" when
// neither is said.
func systemKind(s string) Subtype {
	s = Simplify(s)
	switch {
	case has(s, systemRevised):
		return SubtypeRevised
	case has(s, systemNew):
		return SubtypeNew
	}
	return ""
}

// containsAny tells whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var (
	reMonthEnd = regexp.MustCompile(`^((?:19|20)\d{2})年(\d{1,2})月(?:底|末|前|底前|末前|份)?(?:前|以前)?$`)
	reYearEnd  = regexp.MustCompile(`^((?:19|20)\d{2})年(?:底|年底|末|年末)(?:前)?$`)
	// reQuarter is a quarter of a year (2024年第三季度, 2024年四季度末前) or a
	// half (2024年上半年, 下半年底前): its last day.
	reQuarter = regexp.MustCompile(`^((?:19|20)\d{2})年(?:第?([一二三四1-4])季度|([上下])半年)(?:末|底)?(?:前|以前|之前)?$`)
	// reBefore ends a date with the word that makes it a deadline
	// (2024年6月30日前, 2024.6.30之前): the date itself.
	reBefore = regexp.MustCompile(`\s*(?:之前|以前|前)$`)
	// reYearless opens a date that names no year (6月30日前, 年底前, 第三季度,
	// 上半年): it needs the year of its case (DateInYear).
	reYearless = regexp.MustCompile(`^(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月|年底|年末|年内|第?[一二三四1-4]季度|[上下]半年)`)
)

// quarterEnd and halfEnd are the last month of a quarter and of a half.
var (
	quarterEnd = map[string]int{"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
	halfEnd    = map[string]int{"上": 6, "下": 12}
)

// parseDeadline reads a deadline cell: any date parse.ParseDate reads, with
// or without 前 after it (2024年6月30日前), a month (2020年12月,
// 2020年12月底前: its last day), a quarter or half of a year (2024年第三季度,
// 2024年上半年: its last day) or a year end (2020年底).
func parseDeadline(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, ok := parse.ParseDate(s); ok {
		return t, true
	}
	if b := reBefore.ReplaceAllString(s, ""); b != s && b != "" {
		if t, ok := parse.ParseDate(b); ok {
			return t, true
		}
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		end := quarterEnd[m[2]] // the last month of the quarter
		if m[3] != "" {
			end = halfEnd[m[3]]
		}
		return time.Date(y, time.Month(end)+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	if m := reMonthEnd.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 {
			return time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC), true
		}
	}
	if m := reYearEnd.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// DateInYear reads a date or deadline cell that names no year (6月30日前,
// 7月12日, 年底前, 第三季度, 上半年) as one of year: false for a cell that
// names its year, or names no date. A ledger often leaves the year out;
// verify gives it the year of the round.
func DateInYear(s string, year int) (time.Time, bool) {
	s = strings.TrimSpace(Simplify(s))
	if !reYearless.MatchString(s) {
		return time.Time{}, false
	}
	if strings.HasPrefix(s, "年") {
		s = s[len("年"):] // 年底前 → 2024年底前
	}
	return parseDeadline(strconv.Itoa(year) + "年" + s)
}

// sameProblem tells a row that goes on the problem of the row before: a
// ledger of one row per measure repeats (or merges over) the problem's 序号
// and text on each of its rows.
func sameProblem(prev, p LedgerProblem) bool {
	return p.No != "" && p.No == prev.No && p.Problem == prev.Problem && p.Ref.Sheet == prev.Ref.Sheet &&
		p.Measures != "" && p.Measures != prev.Measures // a measure of its own: not an aspect repeated over its problems
}

// measureRows joins a measure's row p to the problem a made of the rows
// before: the measures and evidence together; the status the least done
// (a problem is done when every measure is); and the deadline and completion
// of the row that matters most for time — the open one due first, or, all
// done, the one finished latest past its deadline.
func measureRows(a, p LedgerProblem) LedgerProblem {
	a.Measures = joinNonEmpty(a.Measures, p.Measures)
	a.Evidence = joinNonEmpty(a.Evidence, p.Evidence)
	a.StatusText = joinNonEmpty(a.StatusText, p.StatusText)
	aOpen, pOpen := a.Status != StatusDone, p.Status != StatusDone
	dueFirst := pOpen && (!aOpen || p.Deadline != "" && (a.Deadline == "" || p.Deadline < a.Deadline))
	if dueFirst || !aOpen && !pOpen && lateness(p) > lateness(a) {
		a.Deadline, a.DeadlineText, a.Completed, a.CompletedText = p.Deadline, p.DeadlineText, p.Completed, p.CompletedText
	}
	if statusRank(p.Status) > statusRank(a.Status) || p.Status == StatusUnknown && a.Status == StatusDone {
		a.Status = p.Status
	}
	return a
}

// lateness is how far past its deadline a done row was finished, in days
// (negative when in time, very negative when a date is missing).
func lateness(p LedgerProblem) int {
	d, err1 := time.Parse("2006-01-02", p.Deadline)
	c, err2 := time.Parse("2006-01-02", p.Completed)
	if err1 != nil || err2 != nil {
		return -1 << 30
	}
	return int(c.Sub(d).Hours() / 24)
}

// joinNonEmpty joins two cells' texts with ；, leaving out an empty one or
// a repeat.
func joinNonEmpty(a, b string) string {
	switch {
	case b == "" || b == a:
		return a
	case a == "":
		return b
	}
	return a + "；" + b
}

// combinedOwner tells a sheet whose leader column is headed for the
// department too (责任人/责任单位) and that has no department column of its
// own.
func combinedOwner(info SheetInfo) bool {
	h, ok := info.Columns[ColLeader]
	if _, dept := info.Columns[ColDepartment]; !ok || dept {
		return false
	}
	h = Simplify(h)
	for _, w := range columnWords[ColDepartment] {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// splitOwner parts a cell that names both the leader and the department
// (陈立新/党政办, under a header 责任人/责任单位), when the other column is
// missing or empty: the parts that end like an office (reOffice) are the
// department, the rest the leader. A cell of one kind only stays as it is,
// but one of offices only, in a column headed for both (combined), is the
// department's (社区建设办: the leader is what is missing).
func splitOwner(leader, dept string, combined bool) (string, string) {
	var one string
	switch {
	case leader != "" && dept == "":
		one = leader
	case leader == "" && dept != "":
		one = dept
	default:
		return leader, dept
	}
	parts := reListSep.Split(strings.TrimSpace(one), -1)
	var people, offices []string
	for _, p := range parts {
		switch {
		case p == "":
		case utf8.RuneCountInString(p) <= 20 && reOffice.MatchString(Simplify(p)):
			offices = append(offices, p)
		default:
			people = append(people, p)
		}
	}
	if len(people) == 0 && len(offices) > 0 && combined && dept == "" {
		return "", strings.Join(offices, "、")
	}
	if len(people) == 0 || len(offices) == 0 {
		return leader, dept
	}
	return strings.Join(people, "、"), strings.Join(offices, "、")
}

// readSheet is a table the ledger reading took for a sheet of a known kind:
// its index among the document's tables, its header, kind and columns.
type readSheet struct {
	at     int
	header []parse.Cell
	kind   SheetKind
	cols   map[ColumnKind]int
	name   string // the sheet's name, or the table's place (表2) in a document
}

// goesOnIn tells whether table ti of tables, whose first row is no header,
// goes on the one s was read from over a page break (a PDF ledger's last
// rows on the next page): a table of a document (not a named sheet), on the
// next page, right after it, as many cells wide.
func (s *readSheet) goesOnIn(tables []parse.Table, ti int) bool {
	if s == nil || s.at != ti-1 {
		return false
	}
	p, t := tables[s.at], tables[ti]
	if p.Sheet != "" || t.Sheet != "" || t.Page != p.Page+1 {
		return false
	}
	g := tableGrid(t)
	return len(g) > 0 && len(g[0].Cells) == len(s.header)
}

// tableName names table ti of a document's tables: its title when it has
// one of at most 40 characters that no other table has, else 表 and its
// place.
func tableName(tables []parse.Table, ti int) string {
	titleOf := func(t parse.Table) string { return strings.TrimSpace(strings.ReplaceAll(t.Title, "\n", " ")) }
	title := titleOf(tables[ti])
	if title == "" || utf8.RuneCountInString(title) > 40 {
		return fmt.Sprintf("表%d", ti+1)
	}
	for i, t := range tables {
		if i != ti && titleOf(t) == title {
			return fmt.Sprintf("表%d", ti+1) // another table's title too
		}
	}
	return title
}
