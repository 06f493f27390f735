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
// findings grouped by severity, each with the evidence it quotes, the rules
// that did not run, and the verdict. An incomplete check (Summary.Unread)
// is said first, with the files left unread, and again with the verdict.
func (r *Result) WriteText(w io.Writer, opt TextOptions) error {
	ew := &errWriter{w: w}
	paint := func(code, s string) string {
		if !opt.Color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	c := r.Case
	title := c.Unit
	if title == "" {
		title = c.Report
	}
	ew.printf("%s\n", paint("1", "整改核查 "+title))
	if c.Round != "" {
		ew.printf("  %s\n", c.Round)
	}
	fromReport := func(field, v string) string {
		if r.DateFromReport(field) {
			return v + fromReportMark
		}
		return orDash(v)
	}
	ew.printf("  反馈 %s · 报告 %s · 核查基准日 %s\n", fromReport(DateFeedback, c.FeedbackDate), fromReport(DateReport, c.ReportDate), orDash(c.AsOf))
	ew.printf("  report %s · ledger %s · %d minutes · %d claims\n\n", c.Report, orDash(c.Ledger), len(c.Minutes), len(r.Claims))
	if r.Summary.incomplete() {
		ew.printf("%s\n", paint("1;31", IncompleteTitle+"："))
		for _, u := range r.Summary.Unread {
			ew.printf("  %s\n", u.Describe())
		}
		ew.printf("\n")
	}
	for _, sev := range Severities {
		var fs []Finding
		for _, f := range r.Findings {
			if f.Severity == sev {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		color := map[Severity]string{High: "1;31", Medium: "1;33", Low: "1;36"}[sev]
		ew.printf("%s\n", paint(color, fmt.Sprintf("%s (%d)", strings.ToUpper(string(sev)), len(fs))))
		for _, f := range fs {
			ew.printf("  %s %s\n", paint("1", "["+string(f.Rule)+"]"), f.Message)
			for _, ev := range f.Evidence {
				ew.printf("      %s  %s%s\n", paint("2", evidenceWhere(ev)), quote(ev.Text, 90), noteSuffix(ev.Note))
			}
		}
		ew.printf("\n")
	}
	if len(r.NotRun) > 0 {
		ew.printf("%s\n", paint("2", "not run:"))
		for _, n := range r.NotRun {
			ew.printf("  %s — %s\n", n.Rule, n.Reason)
		}
		ew.printf("\n")
	}
	for _, e := range r.InputErrors {
		ew.printf("%s %s\n", paint("1;31", "unreadable:"), e)
	}
	verdict := map[Verdict]string{VerdictSuspected: "1;31", VerdictAttention: "1;33", VerdictClean: "1;32"}[r.Summary.Verdict]
	ew.printf("verdict: %s (high %d, medium %d, low %d)\n", paint(verdict, string(r.Summary.Verdict)), r.Summary.High, r.Summary.Medium, r.Summary.Low)
	if r.Summary.incomplete() {
		ew.printf("%s\n", paint("1;31", "结论："+r.Summary.VerdictLabel()+"，有 "+fmt.Sprint(len(r.Summary.Unread))+" 个文件未能读取"))
	}
	return ew.err
}

// evidenceWhere says where a piece of evidence is: "report.pdf 第2页
// [120,139)", "ledger.xlsx 问题台账!7", or "ledger.csv 第9行" for CSV lines.
func evidenceWhere(ev Evidence) string {
	switch {
	case ev.Row != 0 && ev.Sheet != "":
		return fmt.Sprintf("%s %s!%d", ev.File, ev.Sheet, ev.Row)
	case ev.Row != 0:
		return fmt.Sprintf("%s 第%d行", ev.File, ev.Row)
	case ev.Sheet != "":
		return fmt.Sprintf("%s %s", ev.File, ev.Sheet)
	case ev.Pos.End > 0:
		return fmt.Sprintf("%s 第%d页 [%d,%d)", ev.File, ev.Pos.Page, ev.Pos.Start, ev.Pos.End)
	}
	return ev.File
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
