package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhenggai/zhenggai/account"
)

// stdin is where `zhenggai user` reads passwords (tests replace it);
// readSecret, when stdin is a terminal, reads a line without echoing it.
var (
	stdin      io.Reader = os.Stdin
	readSecret           = readTerminalSecret
)

// runUser is `zhenggai user add|passwd|token|list`: the accounts of
// `zhenggai serve` in the data folder's users.json.
func runUser(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai user", flag.ContinueOnError)
	data := fs.String("data", "zhenggai-data", "`文件夹`：数据文件夹（与 zhenggai serve 的 --data 相同）")
	role := fs.String("role", "查看", "`角色`：查看、复核或管理（add 时）")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai user add --role 管理 用户名   添加用户（密码从标准输入读取，或在终端中提示输入）")
		fmt.Fprintln(stderr, "      zhenggai user passwd 用户名           修改密码")
		fmt.Fprintln(stderr, "      zhenggai user token 用户名            生成该用户的接口令牌（只显示一次）")
		fmt.Fprintln(stderr, "      zhenggai user remove 用户名           删除用户（其登录和接口令牌随即失效）")
		fmt.Fprintln(stderr, "      zhenggai user list                    列出用户")
		fmt.Fprintln(stderr, "角色：查看（只读）、复核（上传案卷、复核核查发现）、管理（另可重命名、删除案卷，查看操作日志）。")
		fmt.Fprintln(stderr, "添加第一个用户后，网页和接口都须登录（或带令牌）才能使用。\n\n选项：")
		printDefaults(fs, stderr)
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if len(pos) == 0 || (pos[0] != "list" && len(pos) != 2) || (pos[0] == "list" && len(pos) != 1) {
		fs.Usage()
		return exitInput
	}
	if err := os.MkdirAll(*data, 0o750); err != nil {
		fmt.Fprintln(stderr, "zhenggai user：", err)
		return exitInput
	}
	st, err := account.Open(*data)
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai user：", err)
		return exitInput
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "zhenggai user %s：%v\n", pos[0], err)
		return exitInput
	}
	switch pos[0] {
	case "list":
		for _, u := range st.List() {
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", u.Name, u.Role.Name(), u.Created.Local().Format("2006-01-02 15:04"))
		}
		return exitOK
	case "add":
		r, err := account.ParseRole(*role)
		if err != nil {
			return fail(err)
		}
		if err := account.CheckName(pos[1]); err != nil {
			return fail(err)
		}
		if _, ok := st.Get(pos[1]); ok {
			return fail(account.ErrExists)
		}
		pass, err := password(stderr)
		if err != nil {
			return fail(err)
		}
		if err := st.Add(pos[1], r, pass); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "zhenggai user：已添加用户 %s（%s）\n", pos[1], r.Name())
	case "passwd":
		if _, ok := st.Get(pos[1]); !ok {
			return fail(account.ErrNoUser)
		}
		pass, err := password(stderr)
		if err != nil {
			return fail(err)
		}
		if err := st.SetPassword(pos[1], pass); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "zhenggai user：已修改 %s 的密码\n", pos[1])
	case "remove":
		if err := st.Remove(pos[1]); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "zhenggai user：已删除用户 %s\n", pos[1])
	case "token":
		tok, err := st.NewToken(pos[1])
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, tok)
		fmt.Fprintf(stderr, "zhenggai user：已为 %s 生成接口令牌（只显示这一次，请妥善保存）：Authorization: Bearer <令牌>\n", pos[1])
	default:
		fs.Usage()
		return exitInput
	}
	return exitOK
}

// password reads the new password: on a terminal, asked twice without
// echo; otherwise the first line of stdin.
func password(stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && isTTY(f) {
		fmt.Fprint(stderr, "请输入密码：")
		a, err := readSecret(f)
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "请再输入一次：")
		b, err := readSecret(f)
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if a != b {
			return "", errors.New("两次输入的密码不一致")
		}
		return a, nil
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("未读到密码：请从标准输入提供密码（一行）")
	}
	return line, nil
}
