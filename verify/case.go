package verify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/zhenggai/zhenggai/parse"
)

// Info is a case's case.json: who was inspected, when, and the dates the
// rules measure against. Dates are YYYY-MM-DD.
type Info struct {
	Unit         string `json:"unit,omitempty"`
	Round        string `json:"round,omitempty"`
	FeedbackDate string `json:"feedback_date,omitempty"`
	ReportDate   string `json:"report_date,omitempty"`
	AsOf         string `json:"as_of,omitempty"`
	// ClueDeadlineDays is the limit for disposing of a referred clue
	// (default 60).
	ClueDeadlineDays int `json:"clue_deadline_days,omitempty"`
}

// Case is what Check reads: the report, the ledger, the minutes and any
// evidence files, with the case's Info. Paths are files on disk; Dir, when
// set, is the case folder that paths are shown relative to.
type Case struct {
	Dir      string
	Info     Info
	Report   string
	Ledger   string
	Minutes  []string
	Evidence []string
}

// LoadCase reads a case folder as the contract lays it out: case.json
// (optional), report.*, ledger.*, minutes/ and evidence/. Files named
// otherwise are classified by their content: a spreadsheet is a ledger, a
// document titled 会议纪要 / 会议记录 is minutes, one about 整改情况 is the
// report. Files that cannot be read are reported in the error, which names
// them, unless the case can still be read without them.
func LoadCase(ctx context.Context, dir string) (Case, error) {
	c := Case{Dir: dir}
	fi, err := os.Stat(dir)
	if err != nil {
		return c, fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	if !fi.IsDir() {
		return c, fmt.Errorf("%s: not a case folder (a directory with report, ledger and minutes)", dir)
	}
	if raw, err := os.ReadFile(filepath.Join(dir, "case.json")); err == nil {
		if err := json.Unmarshal(raw, &c.Info); err != nil {
			return c, fmt.Errorf("%s: %v", filepath.Join(dir, "case.json"), err)
		}
		if err := c.Info.validate(); err != nil {
			return c, fmt.Errorf("%s: %v", filepath.Join(dir, "case.json"), err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return c, fmt.Errorf("%s: %w", filepath.Join(dir, "case.json"), unwrapPath(err))
	}
	var unnamed []string
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			if d.IsDir() && p != dir {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		top := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
		base := strings.TrimSuffix(name, filepath.Ext(name))
		switch {
		case name == "case.json" || name == "expected.json":
		case top == "minutes" && rel != top:
			c.Minutes = append(c.Minutes, p)
		case top == "evidence" && rel != top:
			c.Evidence = append(c.Evidence, p)
		case base == "report" && c.Report == "":
			c.Report = p
		case base == "ledger" && c.Ledger == "":
			c.Ledger = p
		default:
			unnamed = append(unnamed, p)
		}
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	for _, p := range unnamed {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		switch classifyFile(ctx, p) {
		case parse.KindLedger:
			if c.Ledger == "" {
				c.Ledger = p
			}
		case parse.KindReport:
			if c.Report == "" {
				c.Report = p
			}
		case parse.KindMinutes:
			c.Minutes = append(c.Minutes, p)
		}
	}
	sort.Strings(c.Minutes)
	sort.Strings(c.Evidence)
	if c.Report == "" {
		return c, fmt.Errorf("%s: no report found (report.* or a document about 整改情况)", dir)
	}
	return c, nil
}

// classifyFile tells what an unnamed file in a case folder is; unreadable
// files are other.
func classifyFile(ctx context.Context, p string) parse.Kind {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".xlsx", ".xlsm", ".csv":
		return parse.KindLedger
	}
	doc, err := parse.ParseFile(ctx, p, parse.Options{})
	if err != nil {
		return parse.KindOther
	}
	return doc.Kind
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (i Info) validate() error {
	for name, v := range map[string]string{"feedback_date": i.FeedbackDate, "report_date": i.ReportDate, "as_of": i.AsOf} {
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return fmt.Errorf("%s %q is not a YYYY-MM-DD date", name, v)
		}
	}
	if i.ClueDeadlineDays < 0 {
		return fmt.Errorf("clue_deadline_days must not be negative")
	}
	return nil
}

// CaseFromFiles makes a case of explicit files: the report, the ledger ("" if
// none) and minutes (files, or folders whose files are all minutes).
func CaseFromFiles(report, ledger string, minutes []string) (Case, error) {
	c := Case{Report: report, Ledger: ledger}
	for _, p := range []string{report, ledger} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return c, fmt.Errorf("%s: %w", p, unwrapPath(err))
		}
	}
	for _, m := range minutes {
		fi, err := os.Stat(m)
		if err != nil {
			return c, fmt.Errorf("%s: %w", m, unwrapPath(err))
		}
		if !fi.IsDir() {
			c.Minutes = append(c.Minutes, m)
			continue
		}
		err = filepath.WalkDir(m, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				c.Minutes = append(c.Minutes, p)
			}
			return nil
		})
		if err != nil {
			return c, fmt.Errorf("%s: %w", m, unwrapPath(err))
		}
	}
	sort.Strings(c.Minutes)
	return c, nil
}
