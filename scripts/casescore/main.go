// Command casescore checks each case folder that has an expected.json the
// way `zhenggai check` does (verify.LoadCase, then verify.Check with the
// case's own as-of date) and compares the findings with the expected ones:
// by rule, and by what they point at when expected.json says it — the
// ledger row (sheet and row) or else the item. It prints, per case, the
// expected findings found and missed, the findings not expected (false),
// the verdict and completeness against expected.json's, then the totals.
//
//	go run ./scripts/casescore [-v] [DIR ...]     (default testdata/cases-e)
//
// A DIR is a case folder or a folder of case folders. expected.json's
// format is testdata/corpus/README.md's, with `verdict`, `complete` and
// `not_run` (rules that must not run) added where a case states them.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/verify"
)

type expFinding struct {
	Rule  string `json:"rule"`
	Item  string `json:"item"`
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
}

type expected struct {
	Verdict  string       `json:"verdict"`
	Complete *bool        `json:"complete"`
	Findings []expFinding `json:"findings"`
	NotRun   []string     `json:"not_run"`
}

// got is one finding of the check, reduced to what is compared.
type got struct {
	rule, item, msg string
	rows            []string // "sheet!row" of its ledger evidence
}

// caseScore is one case's outcome.
type caseScore struct {
	name                   string
	want, found, skipped   int
	missed, falses         []string
	verdictWant, verdict   string
	completeOK, notRunOK   bool
	notRunMissing, failure string
}

func main() {
	verbose := flag.Bool("v", false, "print each miss and false finding with its message")
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = []string{"testdata/cases-e"}
	}
	if err := seg.Init(); err != nil {
		fmt.Fprintln(os.Stderr, "casescore:", err)
		os.Exit(2)
	}
	var dirs []string
	for _, r := range roots {
		if _, err := os.Stat(filepath.Join(r, "expected.json")); err == nil {
			dirs = append(dirs, r)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(r, "*", "expected.json"))
		for _, p := range m {
			dirs = append(dirs, filepath.Dir(p))
		}
	}
	sort.Strings(dirs)
	if len(dirs) == 0 {
		fmt.Fprintln(os.Stderr, "casescore: no case folder with an expected.json")
		os.Exit(2)
	}
	var scores []caseScore
	for _, d := range dirs {
		scores = append(scores, score(d))
	}
	report(os.Stdout, scores, *verbose)
}

func score(dir string) caseScore {
	s := caseScore{name: filepath.Base(dir), completeOK: true, notRunOK: true}
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	var e expected
	if err == nil {
		err = json.Unmarshal(raw, &e)
	}
	if err != nil {
		s.failure = "expected.json: " + err.Error()
		return s
	}
	s.want = len(e.Findings)
	s.verdictWant = e.Verdict
	for _, f := range e.Findings {
		s.missed = append(s.missed, describe(f))
	}
	ctx := context.Background()
	c, err := verify.LoadCase(ctx, dir)
	if err != nil {
		s.failure = "LoadCase: " + err.Error()
		return s
	}
	res, err := verify.Check(ctx, c, verify.Options{})
	if err != nil {
		s.failure = "Check: " + err.Error()
		return s
	}
	var gs []got
	for _, f := range res.Findings {
		g := got{rule: string(f.Rule), item: f.Item, msg: f.Message}
		for _, ev := range f.Evidence {
			if ev.Row != 0 {
				g.rows = append(g.rows, fmt.Sprintf("%s!%d", ev.Sheet, ev.Row))
			}
		}
		gs = append(gs, g)
	}
	s.missed = nil
	used := make([]bool, len(gs))
	for _, f := range e.Findings {
		if needsIndex[f.Rule] {
			// the check runs without an index here, as `zhenggai check` does
			// without --index: these rules cannot fire and are not scored
			s.want--
			s.skipped++
			continue
		}
		i := match(f, gs, used)
		if i < 0 {
			s.missed = append(s.missed, describe(f))
			continue
		}
		used[i] = true
		s.found++
	}
	for i, g := range gs {
		if !used[i] {
			s.falses = append(s.falses, fmt.Sprintf("%s item=%q %s — %s", g.rule, g.item, strings.Join(g.rows, ","), g.msg))
		}
	}
	s.verdict = string(res.Summary.Verdict)
	if e.Complete != nil && *e.Complete != res.Summary.Complete {
		s.completeOK = false
	}
	notRun := map[string]bool{}
	for _, n := range res.NotRun {
		notRun[string(n.Rule)] = true
	}
	var miss []string
	for _, r := range e.NotRun {
		if !notRun[r] {
			miss = append(miss, r)
		}
	}
	if len(miss) > 0 {
		s.notRunOK = false
		s.notRunMissing = strings.Join(miss, ",")
	}
	return s
}

// needsIndex are the rules that read the index (docs/rules.md).
var needsIndex = map[string]bool{"text.copied": true, "history.recurrence": true}

// match finds an unused finding of the rule that points where f points:
// at f's row when it gives one, else at f's item when it gives one.
func match(f expFinding, gs []got, used []bool) int {
	for i, g := range gs {
		if used[i] || g.rule != f.Rule {
			continue
		}
		switch {
		case f.Row != 0:
			want := fmt.Sprintf("%s!%d", f.Sheet, f.Row)
			ok := false
			for _, r := range g.rows {
				if r == want {
					ok = true
				}
			}
			if !ok {
				continue
			}
		case f.Item != "" && g.item != f.Item:
			continue
		}
		return i
	}
	return -1
}

func describe(f expFinding) string {
	s := f.Rule
	if f.Item != "" {
		s += " item=" + strconv.Quote(f.Item)
	}
	if f.Row != 0 {
		s += fmt.Sprintf(" %s!%d", f.Sheet, f.Row)
	}
	return s
}

func report(w io.Writer, scores []caseScore, verbose bool) {
	var skipped int
	var want, found, falses, verdictRight, verdictKnown, completeWrong, notRunWrong, failed int
	for _, s := range scores {
		if s.failure != "" {
			failed++
			want += s.want
			fmt.Fprintf(w, "%-36s 失败：%s（预期发现 %d 个，全部计为漏报）\n", s.name, s.failure, s.want)
			if s.verdictWant != "" {
				verdictKnown++
			}
			continue
		}
		want += s.want
		skipped += s.skipped
		found += s.found
		falses += len(s.falses)
		mark := ""
		if s.verdictWant != "" {
			verdictKnown++
			if s.verdictWant == s.verdict {
				verdictRight++
			} else {
				mark = "（预期 " + s.verdictWant + "）"
			}
		}
		if !s.completeOK {
			completeWrong++
			mark += "（完整性与预期不符）"
		}
		if !s.notRunOK {
			notRunWrong++
			mark += "（应不运行而运行：" + s.notRunMissing + "）"
		}
		fmt.Fprintf(w, "%-36s 命中 %d/%d  漏报 %d  误报 %d  结论 %s%s\n", s.name, s.found, s.want, len(s.missed), len(s.falses), s.verdict, mark)
		if verbose {
			for _, m := range s.missed {
				fmt.Fprintln(w, "    漏报：", m)
			}
			for _, f := range s.falses {
				fmt.Fprintln(w, "    误报：", f)
			}
		}
	}
	recall := 1.0
	if want > 0 {
		recall = float64(found) / float64(want)
	}
	if skipped > 0 {
		fmt.Fprintf(w, "\n需要历史报告索引的预期发现 %d 个未计入（核查未指定索引）", skipped)
	}
	fmt.Fprintf(w, "\n案卷 %d 个（失败 %d）：预期发现 %d 个，命中 %d 个，召回率 %.2f；误报 %d 个（每案卷 %.2f）；结论正确 %d/%d；完整性不符 %d；应不运行而运行 %d\n",
		len(scores), failed, want, found, recall, falses, float64(falses)/float64(len(scores)), verdictRight, verdictKnown, completeWrong, notRunWrong)
}
