package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// RuleVagueMeasures: a problem's measures are slogans only.
const RuleVagueMeasures RuleID = "text.vague-measures"

func init() {
	register(160, vagueMeasures{ruleSpec{RuleVagueMeasures, "整改措施空泛", Low, Needs{Report: true}}})
}

// vagueMeasures: a problem whose measures hold no date, number, person,
// document or deadline — only slogans (进一步加强、高度重视、切实抓好). The
// ledger's responsible leaders count as persons when there is a ledger;
// the rule runs without one. Items with no measures text are passed over.
type vagueMeasures struct{ ruleSpec }

var (
	reDoc      = regexp.MustCompile(`《[^》]{2,}》|〔\d{4}〕|\[\d{4}\]`)
	rePerson   = regexp.MustCompile(`\p{Han}{2,3}同志|(书记|局长|厅长|主任|处长|科长|股长|院长|县长|市长|部长|组长)\p{Han}{2,3}`)
	reDeadline = regexp.MustCompile(`\d+月(底|末|中旬|上旬|下旬)?(前|以前)|年底前|限期|时限|之前完成`)
	reMonth    = regexp.MustCompile(`\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}月(起|以来|底|中旬|上旬|下旬)`)
)

func (vagueMeasures) Check(_ context.Context, in *Input) ([]Finding, error) {
	var out []Finding
	leaders := in.leaders()
	for _, it := range in.Items {
		m := extract.Simplify(it.Measures)
		if strings.TrimSpace(m) == "" || concrete(m, leaders) {
			continue
		}
		evs := []Evidence{in.reportEvidence(it.Pos, "")}
		if it.MeasuresPos.End > 0 {
			evs = append(evs, in.reportEvidence(it.MeasuresPos, ""))
		}
		out = append(out, Finding{Item: it.Number, Title: it.Title, Evidence: evs,
			Message: fmt.Sprintf("问题%s“%s”的整改措施没有时间、数字、责任人、文件或时限，只有表态", it.Number, it.Title)})
	}
	return out, nil
}

// concrete tells whether measures name something checkable.
func concrete(m string, leaders []string) bool {
	if len(parse.FindDates(m)) > 0 || reMonth.MatchString(m) || reDoc.MatchString(m) || rePerson.MatchString(m) || reDeadline.MatchString(m) {
		return true
	}
	for _, n := range extract.FindNumbers(m) {
		if n.Role == extract.RoleCount || n.Role == extract.RolePercent {
			if n.Unit != "" || !n.Chinese {
				return true
			}
		}
	}
	for _, l := range leaders {
		if l != "" && strings.Contains(m, l) {
			return true
		}
	}
	return false
}

// leaders are the responsible leaders the ledger names, when there is one.
func (in *Input) leaders() []string {
	if in.Ledger == nil {
		return nil
	}
	var out []string
	for _, p := range in.Ledger.Problems {
		out = append(out, p.Leader)
	}
	return out
}
