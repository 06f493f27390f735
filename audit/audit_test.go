package audit

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepairTornTail: whatever a crash left after the last whole line (half
// a line, zeros, a line whose text was lost) is cut off on open; the whole
// lines before it stay, and the next entry is appended after them.
func TestRepairTornTail(t *testing.T) {
	good := `{"time":"2026-12-06T10:00:00Z","user":"张三","action":"upload","case":"c1"}` + "\n" +
		`{"time":"2026-12-06T10:01:00Z","user":"李四","action":"review","case":"c1","detail":"属实"}` + "\n"
	tests := []struct {
		name string
		tail string
		cut  int64
	}{
		{"whole lines", "", 0},
		{"half a line", `{"time":"2026-12-06T10:02:00Z","us`, 34},
		{"zeros", "\x00\x00\x00\x00\x00\x00", 6},
		{"zeros and a newline", "\x00\x00\x00\n", 4},
		{"a brace", "{", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "audit.jsonl")
			require.NoError(t, os.WriteFile(p, []byte(good+tc.tail), 0o640))
			l, err := Open(p)
			require.NoError(t, err)
			assert.Equal(t, tc.cut, l.Cut())
			require.NoError(t, l.Append(Entry{User: "王五", Action: ActionDelete, Case: "c1"}))
			require.NoError(t, l.Close())
			raw, err := os.ReadFile(p)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(string(raw), good), "the whole lines are kept as they were")
			es, bad, err := Read(p, Filter{})
			require.NoError(t, err)
			assert.Zero(t, bad)
			require.Len(t, es, 3)
			assert.Equal(t, []string{"张三", "李四", "王五"}, []string{es[0].User, es[1].User, es[2].User})
		})
	}
}

// TestReadFilter: each filter field narrows the entries; Limit keeps the
// newest.
func TestReadFilter(t *testing.T) {
	p := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := Open(p)
	require.NoError(t, err)
	t0 := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	for i, e := range []Entry{
		{User: "张三", Action: ActionUpload, Case: "c1"},
		{User: "李四", Action: ActionReview, Case: "c1", Detail: "问题1 属实"},
		{User: "李四", Action: ActionReview, Case: "c2", Detail: "问题2 误报"},
		{User: "王五", Action: ActionDelete, Case: "c2"},
	} {
		e.Time = t0.Add(time.Duration(i) * time.Hour)
		require.NoError(t, l.Append(e))
	}
	require.NoError(t, l.Close())
	tests := []struct {
		name string
		f    Filter
		want []string // cases + actions
	}{
		{"all", Filter{}, []string{"c1 upload", "c1 review", "c2 review", "c2 delete"}},
		{"user", Filter{User: "李四"}, []string{"c1 review", "c2 review"}},
		{"action", Filter{Action: ActionDelete}, []string{"c2 delete"}},
		{"case", Filter{Case: "c1"}, []string{"c1 upload", "c1 review"}},
		{"text", Filter{Text: "误报"}, []string{"c2 review"}},
		{"from-to", Filter{From: t0.Add(time.Hour), To: t0.Add(3 * time.Hour)}, []string{"c1 review", "c2 review"}},
		{"limit", Filter{Limit: 1}, []string{"c2 delete"}},
		{"none", Filter{User: "赵六"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, bad, err := Read(p, tc.f)
			require.NoError(t, err)
			assert.Zero(t, bad)
			var got []string
			for _, e := range es {
				got = append(got, e.Case+" "+e.Action)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestAppendRefusesLongAndEmpty: an entry longer than a line may be, or
// without an action, is refused and the log stays whole.
func TestAppendRefusesLongAndEmpty(t *testing.T) {
	p := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := Open(p)
	require.NoError(t, err)
	defer l.Close()
	assert.Error(t, l.Append(Entry{User: "张三", Action: ActionUpload, Detail: strings.Repeat("长", MaxLine)}))
	assert.Error(t, l.Append(Entry{User: "张三"}))
	require.NoError(t, l.Append(Entry{User: "张三", Action: ActionUpload}))
	es, bad, err := Read(p, Filter{})
	require.NoError(t, err)
	assert.Zero(t, bad)
	assert.Len(t, es, 1)
}

const childEnv = "ZHENGGAI_AUDIT_CHILD"

// TestMain runs, in the child process of TestSurvivesSIGKILL, a loop that
// appends entries and says on stdout which ones Append acknowledged.
func TestMain(m *testing.M) {
	if p := os.Getenv(childEnv); p != "" {
		appendForever(p)
		return
	}
	os.Exit(m.Run())
}

func appendForever(p string) {
	l, err := Open(p)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	w := bufio.NewWriter(os.Stdout)
	// A long detail makes each write large, so that the kill is likely
	// to land in the middle of one.
	detail := strings.Repeat("整改材料", 2000)
	for i := 0; ; i++ {
		if err := l.Append(Entry{User: "子进程", Action: ActionUpload, Case: strconv.Itoa(i), Detail: detail}); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Fprintln(w, "ack", i)
		w.Flush()
	}
}

// TestSurvivesSIGKILL: a child process appends to the log in a loop and is
// killed with SIGKILL in the middle of it, three times over the same file:
// every entry it acknowledged is in the log, in order, and the log still
// opens, appends and reads without a bad line.
func TestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	p := filepath.Join(t.TempDir(), "audit.jsonl")
	var acked []string
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+p)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		sc := bufio.NewScanner(out)
		want := 50 + 37*round
		n := 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			require.Equal(t, "ack", f[0], sc.Text())
			acked = append(acked, f[1])
			if n++; n == want {
				require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
			}
		}
		err = cmd.Wait()
		require.Error(t, err, "the child was killed")
		require.GreaterOrEqual(t, n, want)
	}
	l, err := Open(p)
	require.NoError(t, err)
	t.Logf("torn bytes cut on the last open: %d", l.Cut())
	require.NoError(t, l.Append(Entry{User: "父进程", Action: ActionDelete, Case: "after"}))
	require.NoError(t, l.Close())
	es, bad, err := Read(p, Filter{User: "子进程"})
	require.NoError(t, err)
	assert.Zero(t, bad)
	// Each round's entries are numbered from 0; what was acknowledged is
	// there in order, and at most one more entry per round (written, not
	// yet acknowledged, when the kill came).
	require.GreaterOrEqual(t, len(es), len(acked))
	j := 0
	for _, a := range acked {
		for j < len(es) && es[j].Case != a {
			j++
		}
		require.Less(t, j, len(es), "acknowledged entry %s is in the log", a)
		j++
	}
	assert.LessOrEqual(t, len(es), len(acked)+3)
	last, _, err := Read(p, Filter{Limit: 1})
	require.NoError(t, err)
	require.Len(t, last, 1)
	assert.Equal(t, "after", last[0].Case)
}
