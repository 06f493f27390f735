// Command zhenggai checks Chinese inspection-rectification reports against
// their ledgers and meeting minutes. docs/interface.md describes the
// subcommands and their flags; this file only dispatches to them.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/zhenggai/zhenggai/internal/msg"
)

// Exit codes, as docs/interface.md gives them.
const (
	exitOK       = 0
	exitFindings = 1
	exitInput    = 2
)

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"parse", "显示每个文件的文档结构：文字、页、段落、表格", runParse},
		{"check", "核查案卷：将整改报告与台账、会议纪要逐项比对", runCheck},
		{"extract", "显示每个文件中的数字声明（以及问题清单、会议或台账行）", runExtract},
		{"index", "将文档加入或更新到检索索引（含子文件夹）", runIndex},
		{"search", "检索历史报告：词语、短语、筛选、分类统计、高亮片段", runSearch},
		{"serve", "运行网页服务和 JSON 接口：上传案卷、查看结论、检索历史报告", runServe},
		{"user", "管理网页服务的用户：添加用户、修改密码、生成接口令牌", runUser},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	stderr = messageWriter{stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitInput
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "zhenggai：没有 %q 这个命令（可运行 zhenggai help 查看）\n", args[0])
	return exitInput
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "用法：zhenggai 命令 [选项] 参数...")
	fmt.Fprintln(w, "\n命令：")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n运行 zhenggai 命令 -h 查看该命令的选项。")
}

// messageWriter is stderr as the commands see it. What they print starting
// with "zhenggai" is a message (an error, a warning, a note), printed at once:
// it is made one line of valid UTF-8 of bounded length (msg.OneLine), as an
// error can quote what a file held. Usage text and the progress bar pass
// as they are.
type messageWriter struct{ w io.Writer }

func (m messageWriter) Write(p []byte) (int, error) {
	if !bytes.HasPrefix(p, []byte("zhenggai")) {
		return m.w.Write(p)
	}
	if _, err := io.WriteString(m.w, msg.OneLine(string(p))+"\n"); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Stat is the underlying file's, for the progress bar to tell a terminal.
func (m messageWriter) Stat() (os.FileInfo, error) {
	if f, ok := m.w.(interface{ Stat() (os.FileInfo, error) }); ok {
		return f.Stat()
	}
	return nil, errors.ErrUnsupported
}
