package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"runtime/debug"
	"strings"

	"github.com/zhenggai/zhenggai/serve"
)

// serveMemoryLimit is serve's soft memory limit when GOMEMLIMIT is not set.
const serveMemoryLimit = 768 << 20

// runServe is `zhenggai serve [--addr 127.0.0.1:8080] [--data DIR]`: the web
// application and JSON API, until SIGINT or SIGTERM (running checks finish).
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "`地址`：服务监听的地址（非本机地址须设置 ZHENGGAI_TOKEN）")
	data := fs.String("data", "zhenggai-data", "`文件夹`：数据文件夹，存放上传的文件、核查结果和检索索引")
	workers := fs.Int("workers", 0, "`个数`：同时进行的核查数（默认为处理器核数）")
	maxUpload := fs.Int64("max-upload-mb", 64, "`MB`：单次上传的上限")
	maxFiles := fs.Int("max-files", 200, "`个数`：一个案卷的文件数上限")
	maxUnpacked := fs.Int64("max-unpacked-mb", 200, "`MB`：上传的 .zip 和 Office 文件解压后的总大小上限")
	behindProxy := fs.Bool("behind-proxy", false, "服务位于 TLS 反向代理之后：登录 Cookie 加 Secure，登录地址取自代理的 X-Forwarded-For")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法：zhenggai serve [--addr 127.0.0.1:8080] [--data 文件夹] [选项]")
		fmt.Fprintln(stderr, "设置环境变量 ZHENGGAI_TOKEN 后，除 /healthz 外的请求都须带 Authorization: Bearer <令牌>（网页：登录页）。")
		fmt.Fprintln(stderr, "用 zhenggai user add 添加用户后，须以用户名和密码登录（接口：个人令牌或 ZHENGGAI_TOKEN）。\n\n选项：")
		printDefaults(fs, stderr)
	}
	pos, err := parseFlags(fs, args, stderr)
	if err != nil {
		return exitInput
	}
	if len(pos) > 0 {
		fs.Usage()
		return exitInput
	}
	if *maxUpload < 1 || *maxFiles < 1 || *maxUnpacked < 1 || *workers < 0 {
		fmt.Fprintln(stderr, "zhenggai serve：--max-upload-mb、--max-files 和 --max-unpacked-mb 至少为 1，--workers 不能为负数")
		return exitInput
	}
	// A backstop, not the bound (the limits on each file's and each case's
	// text are): near 768 MiB the collector works harder rather than let
	// the heap grow. GOMEMLIMIT overrides it (docs/interface.md, "Limits").
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	cfg := serve.Config{
		Addr:             *addr,
		DataDir:          *data,
		Token:            strings.TrimSpace(os.Getenv("ZHENGGAI_TOKEN")),
		Workers:          *workers,
		MaxUploadBytes:   *maxUpload << 20,
		MaxFiles:         *maxFiles,
		MaxUnpackedBytes: *maxUnpacked << 20,
		Logf:             log.New(stderr, "", log.LstdFlags).Printf,
		BehindProxy:      *behindProxy,
	}
	err = serve.Run(ctx, cfg, func(a string) {
		fmt.Fprintf(stderr, "zhenggai serve：正在 http://%s 提供服务（数据文件夹 %s）\n", a, *data)
	})
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai serve：", err)
		return exitInput
	}
	fmt.Fprintln(stderr, "zhenggai serve：已停止")
	return exitOK
}
