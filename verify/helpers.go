package verify

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// What the rules share: the claims they compare, the evidence they quote,
// and how an approximate figure is compared with a count.

// mainClaim is the report's headline figure of a kind and subtype: the first
// own claim of it in running text (tables restate it by category) that is
// the reporting unit's alone; failing one, a table's 合计 row; a figure summed
// over the units an inspection covered (Scope aggregate) only when the report
// states none of the unit's own, in its text or a table. Problems counted by
// place, firm or household (隐患63处) are never it.
func (in *Input) mainClaim(kind extract.Kind, subtype extract.Subtype) (extract.Claim, bool) {
	var agg, sum *extract.Claim
	inTable := false // the unit's own figures of the kind stand in a table
	for i, c := range in.Claims {
		if kind == extract.KindProblems && placeMeasure(c.Unit) {
			// Hazards by place (督促整改安全隐患63处) are not the problems
			// a ledger lists: never the report's figure of them.
			continue
		}
		if !c.IsOwn() || c.Kind != kind || c.Subtype != subtype {
			continue
		}
		switch {
		case c.InTable && c.Scope != extract.ScopeAggregate:
			inTable = true
			if t := strings.TrimSpace(extract.Simplify(c.Text)); sum == nil && (strings.HasPrefix(t, "合计") || strings.HasPrefix(t, "总计")) {
				sum = &in.Claims[i] // the table's 合计 row: the unit's whole
			}
		case c.InTable:
		case c.Scope != extract.ScopeAggregate:
			return c, true
		case agg == nil:
			agg = &in.Claims[i]
		}
	}
	switch {
	case sum != nil:
		return *sum, true
	case agg != nil && !inTable:
		// A sum over the units inspected, when the report states no figure
		// of the unit's own, in its text or a table (对县直8家单位开展了巡察，
		// 共反馈问题97个 before a table of the unit's own 14 is not it).
		return *agg, true
	}
	return extract.Claim{}, false
}

// ownOrEarlier tells a claim of the unit's own, of this round or of an
// earlier one (extract.ScopeEarlierRound): the report's arithmetic holds
// for both, though only this round's figures are set against the ledger.
func ownOrEarlier(c extract.Claim) bool {
	return c.IsOwn() || c.Kind != extract.KindOther && c.Scope == extract.ScopeEarlierRound
}

// sameRound tells two claims both of an earlier round or both not.
func sameRound(a, b extract.Claim) bool {
	return (a.Scope == extract.ScopeEarlierRound) == (b.Scope == extract.ScopeEarlierRound)
}

// sameSum tells two claims both summed over other units (aggregate) or
// both not: a sum over the units a check covered is no part of the unit's
// own total, nor its total of their parts.
func sameSum(a, b extract.Claim) bool {
	return (a.Scope == extract.ScopeAggregate) == (b.Scope == extract.ScopeAggregate)
}

// claimEvidence quotes the sentence a claim rests on.
func claimEvidence(c extract.Claim) Evidence {
	return Evidence{File: c.Source.File, Pos: parse.Pos{Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End}, Text: c.Text}
}

func claimPtr(c extract.Claim) *extract.Claim { return &c }

// reportEvidence quotes the report's text at p.
func (in *Input) reportEvidence(p parse.Pos, note string) Evidence {
	return Evidence{File: in.Report.File, Pos: p, Text: in.slice(p), Note: note}
}

// rowEvidence quotes a ledger row.
func rowEvidence(r extract.RowRef, note string) Evidence {
	return Evidence{File: r.File, Sheet: r.Sheet, Row: r.Row, Text: r.Text, Note: note}
}

// sheetEvidence points at a ledger sheet as a whole (its header row).
func (in *Input) sheetEvidence(kind extract.SheetKind, note string) Evidence {
	for _, s := range in.Ledger.Sheets {
		if s.Kind == kind {
			return Evidence{File: in.Ledger.File, Sheet: s.Sheet, Text: s.Sheet, Note: note}
		}
	}
	return Evidence{File: in.Ledger.File, Note: note}
}

// exceeds tells whether a claimed figure is more than the records show,
// reading approximate claims as bounds: 30余 (at least 30) exceeds 29 but
// not 31; 近30 / 不到30 (at most) exceeds nothing it could be below.
func exceeds(c extract.Claim, observed float64) bool {
	switch c.Approx {
	case extract.AtMost:
		return false
	case extract.About:
		return c.Value > observed*1.1+0.5
	}
	return c.Value > observed
}

// differs tells whether a claimed figure disagrees with the records, reading
// approximate claims as bounds.
func differs(c extract.Claim, observed float64) bool {
	switch c.Approx {
	case extract.AtLeast:
		return observed < c.Value
	case extract.AtMost:
		return observed > c.Value
	case extract.About:
		return observed < c.Value*0.9-0.5 || observed > c.Value*1.1+0.5
	}
	return c.Value != observed
}

// fmtNum writes a figure without trailing zeros (13, 83.87).
func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return fmt.Sprintf("%d", int64(f))
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

// kindName is the Chinese name of a claim kind, as messages write it.
func kindName(kind string) string {
	switch kind {
	case string(extract.KindProblems):
		return "问题"
	case string(extract.KindSystems):
		return "制度"
	case string(extract.KindMeetings):
		return "会议"
	case string(extract.KindAccountability):
		return "问责"
	case string(extract.KindClues):
		return "问题线索"
	case string(extract.KindMoney):
		return "资金"
	}
	return kind
}

// quoted puts a problem's title in quotation marks for a message, unless
// it is already wholly quoted (“村级集体经济‘空壳村’问题” stays as it is):
// the report's own marks are not doubled.
func quoted(title string) string {
	if strings.HasPrefix(title, "“") && strings.HasSuffix(title, "”") && strings.Count(title, "“") == 1 {
		return title
	}
	return "“" + title + "”"
}

// findingItem is a report item's number as a finding's item: without the mark
// that ends it in the list (5． and 5. are 5, 一、 is 一), brackets kept
// (（五）), as a ledger's 序号 names its row — full-width, as Chinese text
// sets them, when the report (or the OCR reading a scan of it) gave them
// half-width ((六) is （六）).
func findingItem(n string) string {
	n = strings.TrimRight(n, ".．、:：")
	if strings.HasPrefix(n, "(") {
		n = "（" + n[1:] // an OCR may set one bracket half-width, the other not: (六）
	}
	if strings.HasSuffix(n, ")") {
		n = n[:len(n)-1] + "）"
	}
	return n
}

// aroundFigure splits a claim's sentence at its figure: the words before it
// and those after it; "", "" when the figure is not in the sentence as
// given (another page, or positions out of its text).
func aroundFigure(c extract.Claim) (before, after string) {
	rs := []rune(extract.Simplify(c.Text))
	lo, hi := c.Figure.Start-c.Source.Start, c.Figure.End-c.Source.Start
	if c.Figure.Page != c.Source.Page || lo < 0 || hi < lo || hi > len(rs) {
		return "", ""
	}
	return string(rs[:lo]), string(rs[hi:])
}

// classInClause tells a count whose clause, up to it, names a class of the
// plan (要求分阶段整改的47个, 限期整改问题10个): the class's problems, whatever
// state its words were read to say.
func classInClause(c extract.Claim) bool {
	before, _ := aroundFigure(c)
	if i := strings.LastIndexAny(before, "，,；;。：:"); i >= 0 {
		before = before[i:]
	}
	return extract.NamesRectifyClass(before) || reDeadlineClass.MatchString(before)
}

// reDeadlineClass names a class of the plan by the time it is given (需在6
// 个月内完成的问题44个; 要求年底前整改到位的): the plan's short-term class by
// another name, beside those of lasting work.
var reDeadlineClass = regexp.MustCompile(`(需|须|要求|应)在?[^，,；;。]{0,10}(内|前)(完成|整改到位|整改完成|办结|解决|销号)(整改)?的`)

// reLevelQualifier ends the words before a count of problems that name the
// level they are of (镇本级问题12个, 村级问题已整改52个, 集团本部问题…).
var reLevelQualifier = regexp.MustCompile(`((?:` + levelPlaces + `)?(?:本级|级|本部))问题[^，,；;。]{0,6}$`)

// levelPlaces name the place or body a level is of (村级, 镇本级, 集团本部).
const levelPlaces = "省|市|县|区|乡镇|镇|乡|村|社区|街道|集团|公司|学校|院"

// levelOf returns the level a count of problems is qualified by in its
// clause (村级, 镇本级), "" when none.
func levelOf(c extract.Claim) string {
	before, after := aroundFigure(c)
	if i := strings.LastIndexAny(before, "，,；;。、"); i >= 0 {
		before = before[i:]
	}
	if m := reLevelQualifier.FindStringSubmatch(before); m != nil {
		return m[1]
	}
	if m := reLevelBefore.FindStringSubmatch(before); m != nil && strings.HasPrefix(strings.TrimLeft(after, "个项条"), "问题") {
		return m[1] // 镇本级12个问题
	}
	return ""
}

// reLevelBefore ends the words right before a count of problems whose noun
// follows it (镇本级12个问题).
var reLevelBefore = regexp.MustCompile(`((?:` + levelPlaces + `)?(?:本级|级|本部))$`)
