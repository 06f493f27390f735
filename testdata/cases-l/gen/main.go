// Command gen rebuilds the case folders of testdata/cases-l (the ninth
// author's blind batch): run `go run ./testdata/cases-l/gen` from the
// repository's root. It needs LibreOffice (soffice) for the PDF, .doc and
// .xls files and qpdf for the encrypted PDF. expected.json is written from
// the hand-made expectations in cases.go; the generator only checks that
// each expected ledger row holds the 序号 the expectation names.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

const root = "testdata/cases-l"

type expFinding struct {
	Rule     string `json:"rule"`
	Item     string `json:"item,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
	Claimed  any    `json:"claimed,omitempty"`
	Observed any    `json:"observed,omitempty"`
	No       int    `json:"-"` // the 序号 the row must hold
}

type expected struct {
	Description string       `json:"description"`
	Notes       string       `json:"notes,omitempty"`
	AsOf        string       `json:"as_of"`
	Verdict     string       `json:"verdict"`
	Complete    bool         `json:"complete"`
	Findings    []expFinding `json:"findings"`
	NotRun      []string     `json:"not_run,omitempty"`
	AbsentRules []string     `json:"absent_rules"`
}

var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total", "claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems", "claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue", "meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"}

type caseInfo struct {
	Unit         string `json:"unit"`
	Round        string `json:"round"`
	FeedbackDate string `json:"feedback_date"`
	ReportDate   string `json:"report_date"`
	AsOf         string `json:"as_of"`
}

// kase is one case folder: its info, a function writing its files (and
// returning the sheet rows of the 序号 it wrote), and what a correct tool
// finds in it.
type kase struct {
	Dir   string
	Info  caseInfo
	Write func(dir string) map[int]int
	Exp   expected
}

func main() {
	only := ""
	if len(os.Args) > 1 {
		only = os.Args[1]
	}
	for _, k := range cases() {
		if only != "" && !strings.HasPrefix(k.Dir, only) {
			continue
		}
		dir := filepath.Join(root, k.Dir)
		must(os.RemoveAll(dir))
		must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		written = nil
		rows := k.Write(dir)
		sane(k, written)
		writeJSON(filepath.Join(dir, "case.json"), k.Info)
		e := k.Exp
		e.AsOf = k.Info.AsOf
		fired := map[string]bool{}
		for _, f := range e.Findings {
			fired[f.Rule] = true
			if f.No != 0 && rows[f.No] != f.Row {
				panic(fmt.Sprintf("%s: %s: 序号 %d is on row %d, expected.json says %d", k.Dir, f.Rule, f.No, rows[f.No], f.Row))
			}
		}
		if e.Findings == nil {
			e.Findings = []expFinding{}
		}
		e.AbsentRules = nil
		for _, r := range allRules {
			if !fired[r] {
				e.AbsentRules = append(e.AbsentRules, r)
			}
		}
		writeJSON(filepath.Join(dir, "expected.json"), e)
		fmt.Println("wrote", dir)
	}
}

func writeJSON(path string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	must(err)
	must(os.WriteFile(path, append(b, '\n'), 0o644))
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	must(err)
	return t
}

// minutes is the text of one meeting's minutes.
func minutes(title, when, place, host, attend, body string) string {
	return "# " + title + "\n时间：" + when + "\n地点：" + place + "\n主持人：" + host + "\n参会人员：" + attend + "\n记录人：办公室工作人员\n" + body + "\n"
}

// sane checks what the cases mean to hold of every problems row unless
// the expectations plant otherwise: an owner, a department and a deadline;
// done rows with evidence and completed by their deadline; open rows with a
// deadline after the as-of date (or none that is a date); and it prints
// the counts the reports must state.
func sane(k kase, ps []prob) {
	asOf := day(k.Info.AsOf)
	done := 0
	for _, p := range ps {
		dl, dlOK := parseDate(p.Deadline)
		if p.Done != "" {
			done++
			c, ok := parseDate(p.Done)
			if !ok || (dlOK && c.After(dl)) || c.After(asOf) {
				fmt.Printf("  %s 序号%d: completed %q deadline %q\n", k.Dir, p.No, p.Done, p.Deadline)
			}
			if p.Evidence == "" {
				fmt.Printf("  %s 序号%d: done without evidence\n", k.Dir, p.No)
			}
		} else if dlOK && !dl.After(asOf) {
			fmt.Printf("  %s 序号%d: open and overdue (%s)\n", k.Dir, p.No, p.Deadline)
		}
		if p.Leader == "" || p.Dept == "" || p.Deadline == "" {
			fmt.Printf("  %s 序号%d: owner missing\n", k.Dir, p.No)
		}
	}
	fmt.Printf("  %s: %d problems, %d done\n", k.Dir, len(ps), done)
}

var dateRe = regexp.MustCompile(`^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$`)

func parseDate(s string) (time.Time, bool) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), true
}
