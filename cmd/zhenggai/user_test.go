package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/account"
)

// TestUserCommand: add reads the password from stdin and stores the user
// with the role given in Chinese; a second add of the name, a short
// password, an unknown role or no password are refused in Chinese; token
// prints a token that logs the user in; list shows the users.
func TestUserCommand(t *testing.T) {
	dir := t.TempDir()
	old := stdin
	t.Cleanup(func() { stdin = old })
	runWith := func(input string, args ...string) (int, string, string) {
		stdin = strings.NewReader(input)
		return runCLI(append([]string{"user"}, args...)...)
	}
	tests := []struct {
		name  string
		input string
		args  []string
		code  int
		msg   string
	}{
		{"first admin", "guanli-mima-1\n", []string{"add", "--role", "管理", "--data", dir, "管理员"}, exitOK, "已添加用户 管理员（管理）"},
		{"again", "guanli-mima-1\n", []string{"add", "--role", "管理", "--data", dir, "管理员"}, exitInput, "该用户已存在"},
		{"short", "duan\n", []string{"add", "--data", dir, "查看员"}, exitInput, "密码至少 8 个字符"},
		{"no password", "", []string{"add", "--data", dir, "查看员"}, exitInput, "未读到密码"},
		{"role", "chakan-mima\n", []string{"add", "--role", "超级", "--data", dir, "查看员"}, exitInput, "没有 \"超级\" 这个角色"},
		{"viewer", "chakan-mima\n", []string{"add", "--data", dir, "查看员"}, exitOK, "已添加用户 查看员（查看）"},
		{"usage", "", []string{"add"}, exitInput, "用法：zhenggai user add"},
		{"passwd", "xin-mima-123\n", []string{"passwd", "--data", dir, "查看员"}, exitOK, "已修改 查看员 的密码"},
		{"passwd nobody", "xin-mima-123\n", []string{"passwd", "--data", dir, "无此人"}, exitInput, "没有这个用户"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runWith(tc.input, tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, errOut, tc.msg)
		})
	}
	st, err := account.Open(dir)
	require.NoError(t, err)
	u, ok := st.Get("管理员")
	require.True(t, ok)
	assert.Equal(t, account.Admin, u.Role)
	_, err = st.Login("查看员", "xin-mima-123", "127.0.0.1")
	assert.NoError(t, err, "the changed password logs in")

	code, out, errOut := runWith("", "token", "--data", dir, "管理员")
	require.Equal(t, exitOK, code, errOut)
	tok := strings.TrimSpace(out)
	got, ok := st.TokenUser(tok)
	require.True(t, ok, tok)
	assert.Equal(t, "管理员", got.Name)

	code, out, _ = runWith("", "list", "--data", dir)
	require.Equal(t, exitOK, code)
	assert.Regexp(t, `(?m)^管理员\t管理\t`, out)
	assert.Regexp(t, `(?m)^查看员\t查看\t`, out)

	code, _, errOut = runWith("", "remove", "--data", dir, "查看员")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "已删除用户 查看员")
	code, out, _ = runWith("", "list", "--data", dir)
	require.Equal(t, exitOK, code)
	assert.NotContains(t, out, "查看员")
}
