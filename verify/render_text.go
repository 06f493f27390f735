package verify

import (
	"fmt"
	"io"
	"strings"
)

// TextOptions tune WriteText.
type TextOptions struct {
	// Color adds ANSI colours (for a terminal).
	Color bool
}

// WriteText writes the result for reading in a terminal: the case, then the
// findings by severity (those about the same problem item together), each
// with the evidence it quotes, the rules that did not run, and the verdict.
// Everything is in Chinese; a rule's code follows its name as a secondary
// label.
func (r *Result) WriteText(w io.Writer, opt TextOptions) error {
	ew := &errWriter{w: w}
	paint := func(code, s string) string {
		if !opt.Color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	v := r.view()
	c := v.Case
	ew.printf("%s\n", paint("1", "整改核查意见 · "+v.Title))
	if c.Round != "" {
		ew.printf("  %s\n", c.Round)
	}
	ew.printf("  反馈日期 %s · 报告日期 %s · 核查基准日 %s\n", orDash(c.FeedbackDate)+v.FeedbackMark, orDash(c.ReportDate)+v.ReportMark, orDash(c.AsOf)+v.AsOfMark)
	ew.printf("  整改报告 %s · 台账 %s · 会议纪要 %d 份 · 数字声明 %d 处\n", c.Report, orDash(c.Ledger), len(c.Minutes), len(r.Claims))
	for _, n := range v.Notices {
		ew.printf("%s\n", paint("1;31", n))
	}
	ew.printf("\n")
	for _, sec := range v.Sections {
		color := map[Severity]string{High: "1;31", Medium: "1;33", Low: "1;36"}[sec.Severity]
		ew.printf("%s%s\n", paint(color, fmt.Sprintf("【%s】%d 项", sec.Name, sec.Count)), elsewhere(sec))
		for _, g := range sec.Groups {
			indent := "  "
			if g.Label != "" {
				ew.printf("  %s（%d 项发现）\n", paint("1", g.Label), len(g.Findings))
				indent = "    "
			}
			for _, f := range g.Findings {
				name := f.RuleName
				if name == "" {
					name = string(f.Rule)
				}
				sev := ""
				if f.Severity != sec.Severity {
					sev = "（" + f.SevName + "）"
				}
				ew.printf("%s%d. %s%s %s  %s\n", indent, f.N, paint("1", "〔"+name+"〕"), sev, f.Message, paint("2", "规则编号 "+string(f.Rule)))
				if co := claimedObserved(f); co != "" {
					ew.printf("%s   %s\n", indent, co)
				}
				for _, e := range f.Evidence {
					if e.Repeat != 0 {
						ew.printf("%s   · %s  %s%s\n", indent, paint("2", e.Where), fmt.Sprintf("（同第 %d 项所引）", e.Repeat), noteSuffix(e.Note))
						continue
					}
					ew.printf("%s   · %s  %s%s\n", indent, paint("2", e.Where), quote(evidenceText(e), 120), noteSuffix(e.Note))
					if e.Sentence != "" {
						ew.printf("%s     所在语句：%s%s\n", indent, headingPrefix(e.Heading), quote(e.Sentence, 120))
					}
				}
			}
		}
		ew.printf("\n")
	}
	if len(v.Sections) == 0 {
		ew.printf("未发现问题。\n\n")
	}
	ew.printf("%s\n", paint("1", "五关核查："))
	for _, c := range v.Checkpoints {
		color := map[CheckpointState]string{CheckpointDoubtful: "1;33", CheckpointUnchecked: "2", CheckpointPassed: "32"}[c.State]
		ew.printf("  %s（%s）：%s — %s\n", c.Name, c.Question, paint(color, c.StateName), c.Basis)
	}
	ew.printf("\n")
	if len(v.NotRun) > 0 {
		ew.printf("%s\n", paint("2", "未运行的规则："))
		for _, n := range v.NotRun {
			ew.printf("  %s — %s\n", ruleLabel(n.Rule), n.Reason)
		}
		ew.printf("\n")
	}
	for _, e := range v.Errors {
		ew.printf("%s %s\n", paint("1;31", "无法读取："), e)
	}
	verdict := map[Verdict]string{VerdictSuspected: "1;31", VerdictAttention: "1;33", VerdictClean: "1;32"}[r.Summary.Verdict]
	ew.printf("结论：%s（高 %d 项，中 %d 项，低 %d 项）\n", paint(verdict, v.Verdict), r.Summary.High, r.Summary.Medium, r.Summary.Low)
	return ew.err
}

// elsewhere says how many findings of a section are listed with a more
// serious finding about the same item, or "".
func elsewhere(sec sectionView) string {
	if sec.Elsewhere == 0 {
		return ""
	}
	return fmt.Sprintf("（其中 %d 项与同一问题的较重发现合并列于上方）", sec.Elsewhere)
}

// claimedObserved is "报告所称 11 个；核查所见 5 个", or "".
func claimedObserved(f findingView) string {
	var parts []string
	if f.Claimed != "" {
		parts = append(parts, "报告所称 "+f.Claimed)
	}
	if f.Observed != "" {
		parts = append(parts, "核查所见 "+f.Observed)
	}
	return strings.Join(parts, "；")
}

// evidenceText is what a piece of evidence quotes: a ledger row as
// 表头：值 pairs when its headers are known, else the text.
func evidenceText(e evidenceView) string {
	if len(e.Fields) == 0 {
		return e.Text
	}
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Value
		if f.Header != "" {
			parts[i] = f.Header + "：" + f.Value
		}
	}
	return strings.Join(parts, "｜")
}

func headingPrefix(h string) string {
	if h == "" {
		return ""
	}
	return h + " "
}

// ruleLabel names a rule by its Chinese name and its code, or by the code
// alone for a rule the registry does not know.
func ruleLabel(id RuleID) string {
	if n := knownRuleName(id); n != "" {
		return n + "（" + string(id) + "）"
	}
	return string(id)
}

func quote(s string, n int) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\n", " "), "\t", " | ")
	r := []rune(s)
	if len(r) > n {
		return "«" + string(r[:n]) + "…»"
	}
	return "«" + s + "»"
}

func noteSuffix(n string) string {
	if n == "" {
		return ""
	}
	return "  (" + n + ")"
}

// fromReportMark follows a case date read from the report's text.
const fromReportMark = "（据报告正文）"

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
