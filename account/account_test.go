package account

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want Role
		ok   bool
	}{
		{"查看", Viewer, true}, {"复核", Reviewer, true}, {"管理", Admin, true},
		{"viewer", Viewer, true}, {" admin ", Admin, true}, {"root", "", false}, {"", "", false},
	}
	for _, tc := range tests {
		r, err := ParseRole(tc.in)
		if !tc.ok {
			assert.Error(t, err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, r)
	}
	assert.True(t, Admin.Can(Reviewer))
	assert.True(t, Reviewer.Can(Reviewer))
	assert.False(t, Viewer.Can(Reviewer))
	assert.False(t, Role("x").Can(Viewer))
	assert.Equal(t, "复核", Reviewer.Name())
}

// TestUsersFile: a user added is in users.json with an argon2id hash (not
// the password), the file is read back by a new Store, and one Store sees
// a user another added (the CLI while the service runs).
func TestUsersFile(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	require.NoError(t, err)
	assert.Zero(t, s.Count())
	assert.False(t, Exists(dir))
	require.NoError(t, s.Add("张三", Admin, "正确的密码123"))
	assert.ErrorIs(t, s.Add("张三", Viewer, "另一个密码456"), ErrExists)
	assert.ErrorIs(t, s.Add("李四", Viewer, "短"), ErrShortPass)
	assert.Error(t, s.Add("有 空格", Viewer, "正确的密码123"))
	assert.Error(t, s.Add("", Viewer, "正确的密码123"))

	raw, err := os.ReadFile(filepath.Join(dir, FileName))
	require.NoError(t, err)
	assert.NotContains(t, string(raw), "正确的密码123")
	assert.Contains(t, string(raw), "$argon2id$v=19$m=19456,t=2,p=1$")
	fi, err := os.Stat(filepath.Join(dir, FileName))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	assert.True(t, Exists(dir))

	other, err := Open(dir)
	require.NoError(t, err)
	u, ok := other.Get("张三")
	require.True(t, ok)
	assert.Equal(t, Admin, u.Role)

	// The file's stamp must change for the first Store to read it again;
	// a second may pass on a coarse clock.
	time.Sleep(10 * time.Millisecond)
	require.NoError(t, other.Add("李四", Viewer, "李四的密码abc"))
	_, ok = s.Get("李四")
	assert.True(t, ok, "the first store reads the file the second wrote")
	assert.Equal(t, []string{"张三", "李四"}, names(s.List()))
}

func names(us []User) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.Name)
	}
	return out
}

// TestLoginAndSessions: the right password logs in, a wrong one or an
// unknown user does not; a session gives its user until it expires or
// ends; a password change takes effect.
func TestLoginAndSessions(t *testing.T) {
	s, err := Open(t.TempDir())
	require.NoError(t, err)
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	require.NoError(t, s.Add("复核员", Reviewer, "fuhe-mima-1"))

	u, err := s.Login("复核员", "fuhe-mima-1", "10.0.0.1")
	require.NoError(t, err)
	assert.Equal(t, Reviewer, u.Role)
	_, err = s.Login("复核员", "fuhe-mima-2", "10.0.0.1")
	assert.ErrorIs(t, err, ErrBadLogin)
	_, err = s.Login("无此人", "fuhe-mima-1", "10.0.0.1")
	assert.ErrorIs(t, err, ErrBadLogin)

	id, exp, err := s.NewSession("复核员")
	require.NoError(t, err)
	assert.Len(t, id, 64)
	assert.Equal(t, now.Add(12*time.Hour), exp)
	got, ok := s.Session(id)
	require.True(t, ok)
	assert.Equal(t, "复核员", got.Name)
	_, ok = s.Session(strings.Repeat("0", 64))
	assert.False(t, ok, "an id never given")
	_, ok = s.Session(id[:10])
	assert.False(t, ok)

	now = now.Add(12 * time.Hour)
	_, ok = s.Session(id)
	assert.False(t, ok, "expired")

	id2, _, err := s.NewSession("复核员")
	require.NoError(t, err)
	s.EndSession(id2)
	_, ok = s.Session(id2)
	assert.False(t, ok, "logged out")
	_, _, err = s.NewSession("无此人")
	assert.ErrorIs(t, err, ErrNoUser)

	require.NoError(t, s.SetPassword("复核员", "xin-mima-123"))
	_, err = s.Login("复核员", "fuhe-mima-1", "10.0.0.2")
	assert.ErrorIs(t, err, ErrBadLogin)
	_, err = s.Login("复核员", "xin-mima-123", "10.0.0.2")
	assert.NoError(t, err)

	// A user removed: its sessions and tokens end, it cannot log in.
	id3, _, err := s.NewSession("复核员")
	require.NoError(t, err)
	tok, err := s.NewToken("复核员")
	require.NoError(t, err)
	require.NoError(t, s.Remove("复核员"))
	_, ok = s.Session(id3)
	assert.False(t, ok)
	_, ok = s.TokenUser(tok)
	assert.False(t, ok)
	_, err = s.Login("复核员", "xin-mima-123", "10.0.0.3")
	assert.ErrorIs(t, err, ErrBadLogin)
	assert.ErrorIs(t, s.Remove("复核员"), ErrNoUser)
}

// TestSessionsBounded: past MaxSessions the oldest session goes.
func TestSessionsBounded(t *testing.T) {
	s, err := Open(t.TempDir())
	require.NoError(t, err)
	require.NoError(t, s.Add("查看员", Viewer, "chakan-mima"))
	s.MaxSessions = 3
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	var ids []string
	for i := 0; i < 5; i++ {
		id, _, err := s.NewSession("查看员")
		require.NoError(t, err)
		ids = append(ids, id)
		now = now.Add(time.Minute)
	}
	assert.Len(t, s.sessions, 3)
	for i, id := range ids {
		_, ok := s.Session(id)
		assert.Equal(t, i >= 2, ok, "session %d", i)
	}
}

// TestThrottle: after five failures a user (from any address) and an
// address (for any user) must wait, longer after each further failure;
// the right password is refused while waiting; a success clears the
// user's count.
func TestThrottle(t *testing.T) {
	s, err := Open(t.TempDir())
	require.NoError(t, err)
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	require.NoError(t, s.Add("管理员", Admin, "guanli-mima"))
	require.NoError(t, s.Add("查看员", Viewer, "chakan-mima"))

	for i := 0; i < freeFails; i++ {
		_, err := s.Login("管理员", "wrong-pass", "10.0.0.1")
		require.ErrorIs(t, err, ErrBadLogin, "failure %d is not yet throttled", i+1)
	}
	_, err = s.Login("管理员", "wrong-pass", "10.0.0.1")
	require.ErrorIs(t, err, ErrBadLogin, "the sixth failure is counted")
	var te *ThrottledError
	_, err = s.Login("管理员", "guanli-mima", "10.0.0.9")
	require.True(t, errors.As(err, &te), "the user waits, from another address too: %v", err)
	assert.Equal(t, time.Second, te.Wait)
	assert.Contains(t, te.Error(), "请 1 秒后再试")
	_, err = s.Login("查看员", "chakan-mima", "10.0.0.1")
	require.True(t, errors.As(err, &te), "the address waits, for another user too")

	now = now.Add(time.Second)
	_, err = s.Login("管理员", "wrong-pass", "10.0.0.9")
	require.ErrorIs(t, err, ErrBadLogin)
	_, err = s.Login("管理员", "guanli-mima", "10.0.0.9")
	require.True(t, errors.As(err, &te))
	assert.Equal(t, 2*time.Second, te.Wait, "twice as long after the next failure")

	now = now.Add(2 * time.Second)
	_, err = s.Login("管理员", "guanli-mima", "10.0.0.9")
	require.NoError(t, err)
	_, err = s.Login("管理员", "wrong-pass", "10.0.0.8")
	require.ErrorIs(t, err, ErrBadLogin, "a success cleared the user's count")

	// An hour later the address is forgotten too.
	now = now.Add(2 * time.Hour)
	_, err = s.Login("查看员", "chakan-mima", "10.0.0.1")
	require.NoError(t, err)
}

// TestThrottleBounded: the throttle keeps at most its bound of keys.
func TestThrottleBounded(t *testing.T) {
	th := newThrottle()
	th.max = 100
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 1000; i++ {
		th.fail(now.Add(time.Duration(i)*time.Millisecond), "a:"+string(rune(0x4e00+i)))
	}
	assert.LessOrEqual(t, len(th.keys), 100)
	_, newest := th.keys["a:"+string(rune(0x4e00+999))]
	assert.True(t, newest)
}

// TestTokens: a token works for its user, is stored hashed, and a token of
// the wrong shape or secret does not.
func TestTokens(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	require.NoError(t, err)
	require.NoError(t, s.Add("接口用户", Reviewer, "jiekou-mima"))
	tok, err := s.NewToken("接口用户")
	require.NoError(t, err)
	assert.True(t, IsToken(tok))
	assert.False(t, IsToken("shared-token-of-the-service"))
	u, ok := s.TokenUser(tok)
	require.True(t, ok)
	assert.Equal(t, "接口用户", u.Name)
	_, ok = s.TokenUser(tok[:len(tok)-1] + "x")
	assert.False(t, ok)
	raw, err := os.ReadFile(filepath.Join(dir, FileName))
	require.NoError(t, err)
	_, secret, _ := strings.Cut(strings.TrimPrefix(tok, tokenPrefix), "_")
	assert.NotContains(t, string(raw), secret)
	_, err = s.NewToken("无此人")
	assert.ErrorIs(t, err, ErrNoUser)
}

// TestHashFormat: a hash that is not argon2id, or whose parameters are out
// of bounds, is refused rather than computed.
func TestHashFormat(t *testing.T) {
	h, err := hashPassword("mima-12345")
	require.NoError(t, err)
	ok, err := checkPassword(h, "mima-12345")
	require.NoError(t, err)
	assert.True(t, ok)
	for _, bad := range []string{
		"", "$2a$10$abcdefghijklmnopqrstuv",
		strings.Replace(h, "m=19456", "m=99999999", 1),
		strings.Replace(h, "t=2", "t=0", 1),
		strings.Replace(h, "argon2id", "argon2i", 1),
	} {
		_, err := checkPassword(bad, "mima-12345")
		assert.ErrorIs(t, err, errHashFormat, bad)
	}
}
