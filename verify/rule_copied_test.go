package verify

import (
	"context"
	"errors"
	"testing"

	"github.com/zhenggai/zhenggai/parse"
)

// fakeIndex answers Copied with its matches, or its error.
type fakeIndex struct {
	matches []CopyMatch
	err     error
}

func (f fakeIndex) Copied(context.Context, *parse.Document) ([]CopyMatch, error) {
	return f.matches, f.err
}

func TestRuleCopied(t *testing.T) {
	const para = "局党组始终把巡察整改作为重大政治任务。"
	// indexed is a case checked against the index.
	indexed := func(idx Index) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			in := input(report("整改情况报告", para))
			in.Index = idx
			return in
		}
	}
	match := func(t *testing.T) Index {
		p := parse.Paragraph{Pos: at(t, report("整改情况报告", para), para, 0), Text: para}
		return fakeIndex{matches: []CopyMatch{{Paragraph: p, SourceFile: "2019-other.txt", SourceText: para, Similarity: 0.96}}}
	}
	testRule(t, RuleCopied, []ruleCase{
		{name: "a paragraph found in another report", in: func(t *testing.T) *Input { return indexed(match(t))(t) },
			want: []got{{"2019-other.txt", "", "0.96"}}, msgs: []string{"整改报告中的段落与2019-other.txt几乎相同（相似度0.96）"}},
		{name: "nothing found", in: indexed(fakeIndex{})},
		{name: "the index fails", in: indexed(fakeIndex{err: errors.New("磁盘损坏")}), notRun: "索引检索失败：磁盘损坏"},
		{name: "no index", in: indexed(nil), notRun: "未指定历史报告索引（--index）"},
	})
}
