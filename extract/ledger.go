package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/parse"
)

// Ledger is what a case's ledger (台账) holds: its problem rows and, where
// the workbook has those sheets, referred clues, accountability and rules.
type Ledger struct {
	File           string           `json:"file"`
	Problems       []LedgerProblem  `json:"problems"`
	Clues          []Clue           `json:"clues,omitempty"`
	Accountability []Accountability `json:"accountability,omitempty"`
	Rules          []Rule           `json:"rules,omitempty"`
	// Sheets names each table found and what it was read as.
	Sheets []SheetInfo `json:"sheets"`
}

// SheetInfo tells how one ledger table was read.
type SheetInfo struct {
	Sheet string `json:"sheet"`
	// Kind is problems, clues, accountability, rules or "" (not recognised).
	Kind string `json:"kind"`
	// Columns maps each recognised field to its header text.
	Columns map[string]string `json:"columns,omitempty"`
}

// RowRef points at a ledger row: the sheet and row as the spreadsheet numbers
// them (for CSV, Sheet is "" and Row the line), and the row's text span in
// the parsed document.
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
	Status       Status `json:"status"`
	StatusText   string `json:"status_text,omitempty"`
	Evidence     string `json:"evidence,omitempty"`
	Note         string `json:"note,omitempty"`
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
	// Kind is the contract's accountability subtype: disciplined,
	// org_handling, admonished, criticized or other.
	Kind   string `json:"kind"`
	Method string `json:"method"`
	Date   string `json:"date,omitempty"`
}

// Rule is one rule made or revised (制度建设).
type Rule struct {
	Ref  RowRef `json:"ref"`
	Name string `json:"name"`
	// Kind is new, revised or "" when the sheet does not say.
	Kind string `json:"kind"`
	Date string `json:"date,omitempty"`
}

// Column synonyms, per field, most specific first. A header matches a
// synonym when, stripped of spaces and bracketed notes, it equals it or
// (for synonyms of two or more characters) contains it.
var columnSynonyms = map[string][]string{
	"no":         {"序号", "编号", "序"},
	"category":   {"问题类别", "问题类型", "类别", "问题分类"},
	"problem":    {"问题描述", "存在问题", "反馈问题", "问题表现", "具体问题", "问题内容", "问题清单", "主要问题", "问题"},
	"measures":   {"整改措施", "整改举措", "整改任务", "措施"},
	"leader":     {"责任领导", "牵头领导", "分管领导", "责任人"},
	"department": {"责任部门", "责任单位", "责任科室", "责任股室", "责任处室", "牵头部门", "牵头单位", "责任主体"},
	"deadline":   {"整改时限", "完成时限", "整改期限", "时限要求", "时限"},
	"status":     {"整改状态", "完成情况", "整改进展", "整改情况", "进展情况", "整改进度", "状态"},
	"completed":  {"完成时间", "办结时间", "销号时间", "完成日期"},
	"evidence":   {"佐证材料", "证明材料", "佐证资料", "支撑材料", "佐证"},
	"note":       {"备注", "说明"},

	"clue_no":     {"线索编号"},
	"person":      {"反映对象", "姓名", "被问责人", "对象"},
	"summary":     {"问题线索摘要", "反映问题", "反映主要问题", "线索摘要", "主要问题", "问题摘要"},
	"handed_over": {"移交时间", "移交日期", "接收时间"},
	"handler":     {"承办部门", "承办单位", "办理部门"},
	"disposal":    {"处置方式", "处置情况", "办理方式"},
	"closed":      {"办结时间", "处置时间", "了结时间"},
	"clue_status": {"办理状态", "办理情况", "办理进展", "状态"},

	"method":   {"问责方式", "处理方式", "处分类型", "问责类型", "问责情况", "处理结果"},
	"acc_date": {"问责时间", "处理时间", "决定时间"},

	"rule_name": {"制度名称", "制度", "文件名称"},
	"rule_kind": {"新建/修订", "新建或修订", "类别", "类型", "性质"},
	"rule_date": {"印发时间", "出台时间", "发布时间", "印发日期"},
}

// sheetFields are the fields looked for in each kind of sheet.
var sheetFields = map[string][]string{
	"problems":       {"no", "category", "problem", "measures", "leader", "department", "deadline", "status", "completed", "evidence", "note"},
	"clues":          {"no", "clue_no", "person", "summary", "handed_over", "handler", "disposal", "closed", "clue_status"},
	"accountability": {"no", "person", "method", "acc_date"},
	"rules":          {"no", "rule_name", "rule_kind", "rule_date"},
}

var reBracketNote = regexp.MustCompile(`[（(][^）)]*[）)]`)

func cleanHeader(s string) string {
	s = Simplify(s)
	s = reBracketNote.ReplaceAllString(s, "")
	return strings.NewReplacer(" ", "", "\t", "", "\n", "", "　", "").Replace(s)
}

// mapColumns finds, for each field, the column whose header names it. A
// column serves one field only; fields are resolved in the order given, and
// exact matches win over contained ones.
func mapColumns(header []parse.Cell, fields []string) map[string]int {
	cols := map[string]int{}
	used := map[int]bool{}
	hs := make([]string, len(header))
	for i, h := range header {
		hs[i] = cleanHeader(h.Text)
	}
	for pass := 0; pass < 2; pass++ {
		for _, f := range fields {
			if _, ok := cols[f]; ok {
				continue
			}
			for _, syn := range columnSynonyms[f] {
				found := -1
				for i, h := range hs {
					if used[i] || h == "" {
						continue
					}
					if h == syn || (pass == 1 && len([]rune(syn)) >= 2 && strings.Contains(h, syn)) {
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

// sheetKind decides what a table holds from its columns, then its name.
func sheetKind(t parse.Table) (string, map[string]int) {
	name := Simplify(t.Sheet + " " + t.Title)
	try := func(kind string) map[string]int { return mapColumns(t.Header, sheetFields[kind]) }
	if c := try("clues"); hasCol(c, "clue_no") || (strings.Contains(name, "线索") && hasCol(c, "handed_over")) {
		return "clues", c
	}
	if c := try("accountability"); hasCol(c, "method") && !hasCol(try("problems"), "measures") {
		return "accountability", c
	}
	if c := try("rules"); hasCol(c, "rule_name") && !hasCol(try("problems"), "measures") {
		return "rules", c
	}
	if c := try("problems"); hasCol(c, "problem") && (hasCol(c, "status") || hasCol(c, "measures") || hasCol(c, "deadline")) {
		return "problems", c
	}
	return "", nil
}

func hasCol(cols map[string]int, f string) bool { _, ok := cols[f]; return ok }

// ReadLedger reads the ledger tables of a parsed spreadsheet (or any
// document with tables): it finds the problems, clues, accountability and
// rules sheets and their columns by their headers, tolerating title rows,
// merged cells, blank rows and note rows.
func ReadLedger(doc *parse.Document) *Ledger {
	l := &Ledger{File: doc.File}
	for _, t := range doc.Tables {
		kind, cols := sheetKind(t)
		info := SheetInfo{Sheet: t.Sheet, Kind: kind}
		if kind != "" {
			info.Columns = map[string]string{}
			for f, i := range cols {
				info.Columns[f] = t.Header[i].Text
			}
		}
		l.Sheets = append(l.Sheets, info)
		for _, r := range t.Rows {
			cell := func(f string) string {
				if i, ok := cols[f]; ok {
					return strings.TrimSpace(r.Cell(i))
				}
				return ""
			}
			date := func(f string) string {
				if i, ok := cols[f]; ok && i < len(r.Cells) {
					if r.Cells[i].Date != "" {
						return r.Cells[i].Date
					}
					if d, ok := parseDeadline(r.Cells[i].Text); ok {
						return d.Format("2006-01-02")
					}
				}
				return ""
			}
			if isNoteRow(r) {
				continue
			}
			ref := rowRef(doc, t, r)
			switch kind {
			case "problems":
				p := LedgerProblem{Ref: ref, No: cell("no"), Category: cell("category"), Problem: cell("problem"),
					Measures: cell("measures"), Leader: cell("leader"), Department: cell("department"),
					Deadline: date("deadline"), DeadlineText: cell("deadline"), Completed: date("completed"),
					StatusText: cell("status"), Evidence: cell("evidence"), Note: cell("note")}
				if p.Problem == "" {
					continue
				}
				p.Title = problemTitle(p.Problem)
				p.Status = ParseStatus(p.StatusText)
				if p.Status == StatusUnknown && p.Completed != "" {
					p.Status = StatusDone
				}
				l.Problems = append(l.Problems, p)
			case "clues":
				c := Clue{Ref: ref, No: cell("clue_no"), Person: cell("person"), Summary: cell("summary"),
					HandedOver: date("handed_over"), Handler: cell("handler"), Disposal: cell("disposal"),
					Closed: date("closed"), StatusText: cell("clue_status")}
				if c.No == "" {
					c.No = cell("no")
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
			case "accountability":
				a := Accountability{Ref: ref, Person: cell("person"), Method: cell("method"), Date: date("acc_date")}
				if a.Method == "" {
					continue
				}
				a.Kind = AccountabilityKind(a.Method)
				l.Accountability = append(l.Accountability, a)
			case "rules":
				ru := Rule{Ref: ref, Name: cell("rule_name"), Date: date("rule_date")}
				if ru.Name == "" {
					continue
				}
				ru.Kind = ruleKind(cell("rule_kind") + " " + ru.Name)
				l.Rules = append(l.Rules, ru)
			}
		}
	}
	return l
}

// isNoteRow spots rows that are not records: totals, notes and sign-off
// lines under the table (备注：…, 合计, 填表人：…).
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
	for _, p := range []string{"备注", "注：", "注:", "说明：", "填表人", "填报人", "审核人", "合计", "总计", "小计", "制表"} {
		if strings.HasPrefix(first, p) {
			return true
		}
	}
	return n == 0
}

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
// to the contract's subtype.
func AccountabilityKind(method string) string {
	m := Simplify(method)
	switch {
	case strings.Contains(m, "通报批评"):
		return "criticized"
	case containsAny(m, "诫勉", "谈话提醒", "提醒谈话", "约谈", "函询"):
		return "admonished"
	case containsAny(m, "党纪", "政务处分", "纪律处分", "处分", "警告", "记过", "记大过", "降级", "撤职", "开除", "留党察看", "撤销党内职务"):
		return "disciplined"
	case containsAny(m, "组织处理", "免职", "调整", "降职", "停职", "责令辞职", "引咎辞职", "调离", "改任", "岗位"):
		return "org_handling"
	}
	return "other"
}

func ruleKind(s string) string {
	s = Simplify(s)
	switch {
	case containsAny(s, "修订", "修改", "完善"):
		return "revised"
	case containsAny(s, "新建", "新制定", "制定", "新增", "出台"):
		return "new"
	}
	return ""
}

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
)

// parseDeadline reads a deadline cell: any date parse.ParseDate reads, a
// month (2020年12月, 2020年12月底前: its last day) or a year end (2020年底).
func parseDeadline(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, ok := parse.ParseDate(s); ok {
		return t, true
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
