package audit

import (
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// Entry is one line of the audit log.
type Entry struct {
	Time time.Time `json:"time"`
	// User is who did it: an account's name, or "（共享令牌）" for a request
	// made with the service's shared token.
	User string `json:"user"`
	// Action is what was done: upload, review, rename, delete, login,
	// login-failed, logout (Actions).
	Action string `json:"action"`
	// Case is the case it was done to, or "".
	Case string `json:"case,omitempty"`
	// Detail says more, in Chinese (a finding and its verdict, a new name).
	Detail string `json:"detail,omitempty"`
}

// The actions the service records.
const (
	ActionUpload      = "upload"
	ActionReview      = "review"
	ActionRecheck     = "recheck"
	ActionRename      = "rename"
	ActionDelete      = "delete"
	ActionLogin       = "login"
	ActionLoginFailed = "login-failed"
	ActionLogout      = "logout"
)

// actionTable lists the actions in the order the log's page offers them,
// with their Chinese names.
var actionTable = []struct{ code, name string }{
	{ActionUpload, "上传案卷"}, {ActionReview, "复核"}, {ActionRecheck, "补充材料后重新核查"}, {ActionRename, "重命名"},
	{ActionDelete, "删除"}, {ActionLogin, "登录"}, {ActionLoginFailed, "登录失败"}, {ActionLogout, "退出登录"},
}

// Actions are the codes of every action the service records, in order.
var Actions = func() []string {
	out := make([]string, len(actionTable))
	for i, a := range actionTable {
		out[i] = a.code
	}
	return out
}()

// ActionName is an action in Chinese, or its code for an action that is
// none of Actions.
func ActionName(a string) string {
	for _, x := range actionTable {
		if x.code == a {
			return x.name
		}
	}
	return a
}

// Log is the audit log: a file of Entry lines.
type Log struct {
	lines *Lines
	now   func() time.Time
}

// Open opens the audit log at path (see OpenLines).
func Open(path string) (*Log, error) {
	l, err := OpenLines(path)
	if err != nil {
		return nil, err
	}
	return &Log{lines: l, now: time.Now}, nil
}

// Append records e, its Time set to now when zero; it returns once e is on
// disk.
func (l *Log) Append(e Entry) error {
	if e.Time.IsZero() {
		e.Time = l.now()
	}
	e.Time = e.Time.UTC()
	if e.Action == "" {
		return errors.New("日志条目缺少操作")
	}
	return l.lines.Append(e)
}

// Path is the log's file.
func (l *Log) Path() string { return l.lines.path }

// Cut is how many bytes of a torn last line Open removed.
func (l *Log) Cut() int64 { return l.lines.Cut }

// Close closes the log.
func (l *Log) Close() error { return l.lines.Close() }

// Filter selects entries: each field that is set must match (User, Action
// and Case exactly; Text within Detail), From and To bound Time (To
// excluded). Limit, when above 0, keeps the newest Limit entries.
type Filter struct {
	User, Action, Case, Text string
	From, To                 time.Time
	Limit                    int
}

func (f Filter) match(e Entry) bool {
	return (f.User == "" || e.User == f.User) && (f.Action == "" || e.Action == f.Action) &&
		(f.Case == "" || e.Case == f.Case) && (f.Text == "" || strings.Contains(e.Detail, f.Text)) &&
		(f.From.IsZero() || !e.Time.Before(f.From)) && (f.To.IsZero() || e.Time.Before(f.To))
}

// Read returns the entries of the log at path that f selects, oldest
// first, and how many lines could not be read as entries (none in a log
// only this package wrote).
func Read(path string, f Filter) (out []Entry, bad int, err error) {
	skipped, err := ReadLines(path, func(line []byte) error {
		var e Entry
		if json.Unmarshal(line, &e) != nil || e.Action == "" {
			bad++
			return nil
		}
		if f.match(e) {
			out = append(out, e)
			if f.Limit > 0 && len(out) > 2*f.Limit {
				out = append(out[:0], out[len(out)-f.Limit:]...)
			}
		}
		return nil
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[len(out)-f.Limit:]
	}
	return out, bad + skipped, err
}
