package verify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/parse"
)

// This file is the one reader of a case folder and of its case.json: the
// checker, the index (the unit, round and kind of a case's files) and the
// web service (an uploaded case, a stored case's info) all read them here.
// docs/interface.md ("The case folder") describes the layout and the
// bounds below.

// The bounds of case.json and of the fields read from it (or from the web
// service's upload form).
const (
	// MaxCaseJSONBytes is the largest case.json read; a larger one is
	// refused before it is read.
	MaxCaseJSONBytes = 64 << 10
	// MaxInfoTextRunes bounds unit and round, in characters.
	MaxInfoTextRunes = 200
	// MaxClueDeadlineDays bounds clue_deadline_days (0 means the default,
	// DefaultClueDeadlineDays).
	MaxClueDeadlineDays = 3650
	// DefaultClueDeadlineDays is the limit for disposing of a referred
	// clue when case.json sets none.
	DefaultClueDeadlineDays = 60
)

// CaseFile is the name of a case folder's case.json.
const CaseFile = "case.json"

// Info is a case's case.json: who was inspected, when, and the dates the
// rules measure against. Dates are YYYY-MM-DD.
type Info struct {
	Unit         string `json:"unit,omitempty"`
	Round        string `json:"round,omitempty"`
	FeedbackDate string `json:"feedback_date,omitempty"`
	ReportDate   string `json:"report_date,omitempty"`
	AsOf         string `json:"as_of,omitempty"`
	// ClueDeadlineDays is the limit for disposing of a referred clue
	// (default DefaultClueDeadlineDays).
	ClueDeadlineDays int `json:"clue_deadline_days,omitempty"`
}

// infoField is one text field of Info, by its case.json name.
type infoField struct {
	name string
	date bool // YYYY-MM-DD, else free text of at most MaxInfoTextRunes
	p    *string
}

func (i *Info) textFields() []infoField {
	return []infoField{
		{"unit", false, &i.Unit},
		{"round", false, &i.Round},
		{"feedback_date", true, &i.FeedbackDate},
		{"report_date", true, &i.ReportDate},
		{"as_of", true, &i.AsOf},
	}
}

// FieldError is a field of case.json (or of the upload form) that is not
// what it must be. Its message is Chinese and names the file (or form) and
// the field.
type FieldError struct {
	File  string // "case.json", a path to it, or "表单"
	Field string // the case.json name: unit, round, feedback_date …
	Msg   string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s：字段 %s %s", e.File, e.Field, e.Msg)
}

// check tells what is wrong with v as a value of the field f, or "".
func (f infoField) check(v string) string {
	if f.date {
		if v == "" {
			return ""
		}
		if len(v) != len(time.DateOnly) {
			return fmt.Sprintf("应为 YYYY-MM-DD 格式的日期（长 %d 字节）", len(v))
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return fmt.Sprintf("%q 不是 YYYY-MM-DD 格式的有效日期", v)
		}
		return ""
	}
	if !utf8.ValidString(v) {
		return "不是有效的 UTF-8 文本"
	}
	if n := utf8.RuneCountInString(v); n > MaxInfoTextRunes {
		return fmt.Sprintf("长 %d 个字符，超过上限 %d 个字符", n, MaxInfoTextRunes)
	}
	for _, r := range v {
		if unicode.IsControl(r) {
			return "含有换行或控制字符"
		}
	}
	return ""
}

// Set sets the text field named field (unit, round, feedback_date,
// report_date, as_of) to v after checking it; file names where v comes from
// in the error.
func (i *Info) Set(file, field, v string) error {
	for _, f := range i.textFields() {
		if f.name != field {
			continue
		}
		if msg := f.check(v); msg != "" {
			return &FieldError{File: file, Field: field, Msg: msg}
		}
		*f.p = v
		return nil
	}
	return &FieldError{File: file, Field: field, Msg: "不是 case.json 的字段"}
}

// Validate checks every field against its bounds; file names the case.json
// (or form) in the error.
func (i Info) Validate(file string) error {
	for _, f := range i.textFields() {
		if msg := f.check(*f.p); msg != "" {
			return &FieldError{File: file, Field: f.name, Msg: msg}
		}
	}
	if d := i.ClueDeadlineDays; d < 0 || d > MaxClueDeadlineDays {
		return &FieldError{File: file, Field: "clue_deadline_days", Msg: fmt.Sprintf("为 %d，应在 0 至 %d 天之间（0 为默认 %d 天）", d, MaxClueDeadlineDays, DefaultClueDeadlineDays)}
	}
	return nil
}

// DecodeInfo reads a case.json from r: at most MaxCaseJSONBytes, one JSON
// object, every field within its bounds. file names it in errors.
func DecodeInfo(file string, r io.Reader) (Info, error) {
	var info Info
	raw, err := io.ReadAll(io.LimitReader(r, MaxCaseJSONBytes+1))
	if err != nil {
		return info, fmt.Errorf("%s：无法读取：%w", file, err)
	}
	if len(raw) > MaxCaseJSONBytes {
		return info, tooLarge(file)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if err := dec.Decode(&info); err != nil {
		return Info{}, fmt.Errorf("%s：不是有效的 JSON 对象（%v）", file, err)
	}
	if dec.More() {
		return Info{}, fmt.Errorf("%s：JSON 对象之后还有多余内容", file)
	}
	if err := info.Validate(file); err != nil {
		return Info{}, err
	}
	return info, nil
}

func tooLarge(file string) error {
	return fmt.Errorf("%s：文件超过 %d KB 上限，未读取", file, MaxCaseJSONBytes>>10)
}

// ReadInfo reads the case.json of the folder dir. found is false, with no
// error, when there is none. A case.json over MaxCaseJSONBytes is refused
// before it is read.
func ReadInfo(dir string) (info Info, found bool, err error) {
	p := filepath.Join(dir, CaseFile)
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return Info{}, false, nil
	}
	if err != nil {
		return Info{}, false, fmt.Errorf("%s：%w", p, unwrapPath(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxCaseJSONBytes {
		return Info{}, true, tooLarge(p)
	}
	info, err = DecodeInfo(p, f)
	return info, true, err
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
	// Unclassified are documents named otherwise, whose kind is told by
	// their content: ReadCase lists them, Classify parses them (and empties
	// the list). Check reads only the files above.
	Unclassified []string
	// Unread are files that could not be read before Check: documents
	// named otherwise of a format parse does not read (ReadCase), or that
	// failed to parse (Classify). Check passes them on in Input.Unread.
	Unread []UnreadFile
	// parsed holds the documents Classify parsed and found to be the
	// report or minutes, by path: Check reads them from here rather than
	// parsing them again (for a scan, recognising every page again).
	parsed map[string]*parse.Document
}

// parseFile returns the document at p as Classify parsed it, else parses it
// with opt.
func (c *Case) parseFile(ctx context.Context, p string, opt parse.Options) (*parse.Document, error) {
	if d, ok := c.parsed[p]; ok {
		return d, nil
	}
	return parse.ParseFile(ctx, p, opt)
}

// Place is what the name of a file tells of it in a case folder, rel being
// its slash-separated path in the folder: report.* and ledger.* at the top
// are the report and the ledger, files under minutes/ are minutes, files
// under evidence/ are evidence (KindOther). Anything else is "": its kind
// is told by its content.
func Place(rel string) parse.Kind {
	top, rest, nested := strings.Cut(rel, "/")
	switch {
	case nested && MinutesFolder(top) && rest != "":
		return parse.KindMinutes
	case nested && EvidenceFolder(top) && rest != "":
		return parse.KindOther
	case nested:
		return ""
	}
	switch strings.TrimSuffix(rel, filepath.Ext(rel)) {
	case "report":
		return parse.KindReport
	case "ledger":
		return parse.KindLedger
	}
	return ""
}

// MinutesFolder tells the name of a case folder's minutes folder: minutes,
// or what an office names it (会议纪要, 会议记录, 纪要).
func MinutesFolder(name string) bool {
	switch name {
	case "minutes", "会议纪要", "会议记录", "纪要", "會議紀要", "會議記錄":
		return true
	}
	return false
}

// EvidenceFolder tells the name of a case folder's evidence folder:
// evidence, or what an office names it (佐证材料, 佐证资料, 证明材料, 佐证).
func EvidenceFolder(name string) bool {
	switch name {
	case "evidence", "佐证材料", "佐证资料", "证明材料", "佐证", "佐證材料", "佐證資料":
		return true
	}
	return false
}

// reMeetingName is a file name that tells a meeting's record (会议纪要,
// 会议记录, 民主生活会 …).
var reMeetingName = regexp.MustCompile(`纪要|会议|记录|生活会|會議|紀要`)

// skipped tells the files and folders a case folder's reader passes over:
// hidden ones and Office lock files.
func skipped(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")
}

// spreadsheet tells files that are ledgers by their extension.
func spreadsheet(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm", ".csv", ".xls", ".et":
		return true
	}
	return false
}

// ReadCase reads a case folder's layout, parsing nothing: case.json
// (optional, validated), report.*, ledger.*, minutes/ and evidence/ by
// Place; a spreadsheet named otherwise is the ledger if there is none (one
// parse does not read, .xls, only when there is no other: it is then a
// ledger that cannot be read); other documents named otherwise (that parse
// reads) are left in Unclassified for Classify; documents of a format parse
// does not read (.doc, .wps, images …) are listed in Unread, and other files
// are passed over. It fails when the folder can hold no report: no report.*
// and nothing unclassified.
func ReadCase(dir string) (Case, error) {
	c := Case{Dir: dir}
	fi, err := os.Stat(dir)
	if err != nil {
		return c, fmt.Errorf("%s：%w", dir, unwrapPath(err))
	}
	if !fi.IsDir() {
		return c, fmt.Errorf("%s：不是案卷文件夹（应为存放整改报告、台账和会议纪要的文件夹）", dir)
	}
	if c.Info, _, err = ReadInfo(dir); err != nil {
		return c, err
	}
	var sheets, oldSheets, asMinutes []string
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		if skipped(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch Place(rel) {
		case parse.KindMinutes:
			c.Minutes = append(c.Minutes, p)
		case parse.KindOther:
			c.Evidence = append(c.Evidence, p)
			if !strings.HasPrefix(rel, "evidence/") && reMeetingName.MatchString(d.Name()) && parse.Supported(rel) {
				// 佐证材料/党组会议纪要.docx: offices file minutes as
				// evidence too; told by content like a file named otherwise
				// when the folder holds no minutes of its own (they would
				// be copies of them).
				asMinutes = append(asMinutes, p)
			}
		case parse.KindReport:
			if c.Report == "" {
				c.Report = p
			}
		case parse.KindLedger:
			if c.Ledger == "" {
				c.Ledger = p
			}
		default:
			switch {
			case rel == CaseFile:
			case spreadsheet(rel):
				sheets = append(sheets, p)
			case parse.Supported(rel):
				c.Unclassified = append(c.Unclassified, p)
			case unreadSpreadsheet(rel):
				oldSheets = append(oldSheets, p)
			case unreadDocument(rel):
				c.Unread = append(c.Unread, unsupportedFile(p, InputUnclassified))
			}
		}
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("%s：%w", dir, unwrapPath(err))
	}
	if c.Ledger == "" && len(sheets) > 0 {
		c.Ledger = sheets[0]
	}
	if len(c.Minutes) == 0 {
		c.Unclassified = append(c.Unclassified, asMinutes...)
	}
	if c.Ledger == "" && len(oldSheets) > 0 {
		c.Ledger = oldSheets[0]
	}
	sort.Strings(c.Minutes)
	sort.Strings(c.Evidence)
	// The files at the top of the folder are read first: of two that read
	// as a report, the one beside the ledger is the report, not one filed
	// in a subfolder.
	sort.SliceStable(c.Unclassified, func(i, j int) bool {
		return strings.Count(c.Unclassified[i], string(filepath.Separator)) < strings.Count(c.Unclassified[j], string(filepath.Separator))
	})
	if c.Report == "" && len(c.Unclassified) == 0 {
		return c, errNoReport(dir, slices.Clone(c.Unread))
	}
	return c, nil
}

func errNoReport(dir string, unread []UnreadFile) error {
	msg := fmt.Sprintf("%s：没有找到整改报告（应命名为 report.*，或为标题含“整改情况”等字样的文档）", dir)
	if len(unread) > 0 {
		for i := range unread {
			if r, err := filepath.Rel(dir, unread[i].File); err == nil && filepath.IsLocal(r) {
				unread[i].File = filepath.ToSlash(r)
			}
		}
		msg += "；以下文件未能读取：" + unreadList(unread)
	}
	return errors.New(msg)
}

// Classify parses the Unclassified files with opt to tell what they are: a
// report (the first, if the case has none), minutes, or other; Check uses
// the report and minutes so parsed as they are. Files that
// cannot be read are listed in Unread: their kind is unknown, and they may
// be minutes. It fails when the case still has no report.
func (c *Case) Classify(ctx context.Context, opt parse.Options) error {
	for _, p := range c.Unclassified {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := parse.ParseFile(ctx, p, opt)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if !slices.Contains(c.Evidence, p) {
				// Evidence that cannot be read is evidence still: it
				// leaves no check incomplete.
				c.Unread = append(c.Unread, unreadFile(p, InputUnclassified, err))
			}
			continue
		}
		switch {
		case doc.Kind == parse.KindReport && c.Report == "":
			c.Report = p
			c.keep(p, doc)
		case doc.Kind == parse.KindMinutes:
			c.Minutes = append(c.Minutes, p)
			c.keep(p, doc)
		default:
			// Not kept (a second report, or neither): its text does
			// not count against the case's budget.
			opt.Budget.Release(doc)
		}
	}
	c.Unclassified = nil
	sort.Strings(c.Minutes)
	if c.Report == "" {
		return errNoReport(c.Dir, slices.Clone(c.Unread))
	}
	return nil
}

func (c *Case) keep(p string, doc *parse.Document) {
	if c.parsed == nil {
		c.parsed = map[string]*parse.Document{}
	}
	c.parsed[p] = doc
}

// LoadCase reads a case folder as docs/interface.md lays it out: ReadCase,
// then Classify with parse's default options. Files that cannot be read
// are passed over; the error names what is wrong with the folder.
func LoadCase(ctx context.Context, dir string) (Case, error) {
	c, err := ReadCase(dir)
	if err != nil {
		return c, err
	}
	return c, c.Classify(ctx, parse.Options{})
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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
