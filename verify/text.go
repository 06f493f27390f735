package verify

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// dlmMissing: no special democratic life meeting on file after feedback.
func (k *checker) dlmMissing() {
	for _, m := range k.meetings {
		if m.Type == extract.MeetingDemocraticLife && !m.Annual && m.Date > k.c.Info.FeedbackDate {
			return
		}
	}
	var ev []Evidence
	for _, m := range k.meetings {
		if m.Type == extract.MeetingDemocraticLife {
			note := "年度民主生活会，不是针对反馈问题的专题民主生活会"
			if m.Date <= k.c.Info.FeedbackDate {
				note = "召开于" + m.Date + "，早于反馈日期" + k.c.Info.FeedbackDate
			}
			ev = append(ev, Evidence{File: m.File, Page: m.Pos.Page, Start: m.Pos.Start, End: m.Pos.End, Text: m.Title, Note: note})
		}
	}
	if ev == nil {
		ev = []Evidence{}
	}
	k.add(Finding{Rule: RuleDLMMissing, Evidence: ev,
		Message: fmt.Sprintf("%s反馈后，会议纪要中没有巡视巡察整改专题民主生活会的记录", k.c.Info.FeedbackDate)})
}

var (
	reDoc      = regexp.MustCompile(`《[^》]{2,}》|〔\d{4}〕|\[\d{4}\]`)
	rePerson   = regexp.MustCompile(`\p{Han}{2,3}同志|(书记|局长|厅长|主任|处长|科长|股长|院长|县长|市长|部长|组长)\p{Han}{2,3}`)
	reDeadline = regexp.MustCompile(`\d+月(底|末|中旬|上旬|下旬)?(前|以前)|年底前|限期|时限|之前完成`)
	reMonth    = regexp.MustCompile(`\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}月(起|以来|底|中旬|上旬|下旬)`)
)

// vagueMeasures: a problem whose measures hold no date, number, person,
// document or deadline — only slogans (进一步加强、高度重视、切实抓好).
func (k *checker) vagueMeasures() {
	leaders := k.leaders()
	for _, it := range k.items {
		m := extract.Simplify(it.Measures)
		if strings.TrimSpace(m) == "" || concrete(m, leaders) {
			continue
		}
		ev := Evidence{File: k.report.File, Page: it.Pos.Page, Start: it.Pos.Start, End: it.Pos.End, Text: k.report.Slice(it.Pos)}
		evs := []Evidence{ev}
		if it.MeasuresPos.End > 0 {
			evs = append(evs, Evidence{File: k.report.File, Page: it.MeasuresPos.Page, Start: it.MeasuresPos.Start, End: it.MeasuresPos.End, Text: k.report.Slice(it.MeasuresPos)})
		}
		k.add(Finding{Rule: RuleVagueMeasures, Item: it.Number, Title: it.Title, Evidence: evs,
			Message: fmt.Sprintf("问题%s“%s”的整改措施没有时间、数字、责任人、文件或时限，只有表态", it.Number, it.Title)})
	}
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
func (k *checker) leaders() []string {
	if k.ledger == nil {
		return nil
	}
	var out []string
	for _, p := range k.ledger.Problems {
		out = append(out, p.Leader)
	}
	return out
}

// copied: paragraphs nearly identical to another unit's report in the index.
func (k *checker) copied(ctx context.Context) {
	ms, err := k.opt.Index.Copied(ctx, k.report)
	if err != nil {
		k.res.NotRun = append(k.res.NotRun, NotRun{Rule: RuleCopied, Reason: "索引检索失败：" + err.Error()})
		return
	}
	for _, m := range ms {
		p := m.Paragraph
		k.add(Finding{Rule: RuleCopied, Item: m.SourceFile, Observed: m.Similarity,
			Evidence: []Evidence{{File: k.report.File, Page: p.Page, Start: p.Start, End: p.End, Text: p.Text},
				{File: m.SourceFile, Text: m.SourceText, Note: fmt.Sprintf("相似度%.2f", m.Similarity)}},
			Message: fmt.Sprintf("整改报告中的段落与%s几乎相同（相似度%.2f）", m.SourceFile, m.Similarity)})
	}
}
