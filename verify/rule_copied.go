package verify

import (
	"context"
	"errors"
	"fmt"
)

// RuleCopied: a paragraph nearly repeats another unit's report.
const RuleCopied RuleID = "text.copied"

func init() {
	register(170, copied{ruleSpec{RuleCopied, "与其他报告雷同", Medium, Needs{Report: true, Index: true}}})
}

// copied: paragraphs of the report nearly identical to a paragraph of
// another report in the index (Options.Index decides what is near). An
// index that fails makes the rule not run, with the error.
type copied struct{ ruleSpec }

func (copied) Check(ctx context.Context, in *Input) ([]Finding, error) {
	ms, err := in.Index.Copied(ctx, in.Report)
	if errors.Is(err, ErrCopyBound) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("索引检索失败：%w", err)
	}
	var out []Finding
	for _, m := range ms {
		p := m.Paragraph
		out = append(out, Finding{Item: m.SourceFile, Observed: Num(m.Similarity),
			Evidence: []Evidence{{File: in.Report.File, Pos: p.Pos, Text: p.Text},
				{File: m.SourceFile, Text: m.SourceText, Note: fmt.Sprintf("相似度%.2f", m.Similarity)}},
			Message: fmt.Sprintf("整改报告中的段落与%s几乎相同（相似度%.2f）", m.SourceFile, m.Similarity)})
	}
	return out, nil
}
