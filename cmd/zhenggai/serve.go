package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/zhenggai/zhenggai/serve"
)

// runServe is `zhenggai serve [--addr 127.0.0.1:8080] [--data DIR]`: the web
// application and JSON API, until SIGINT or SIGTERM (running checks finish).
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhenggai serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (a non-loopback address needs ZHENGGAI_TOKEN)")
	data := fs.String("data", "zhenggai-data", "data folder: uploaded files, results and the search index")
	workers := fs.Int("workers", 0, "checks run at once (default: the number of CPUs)")
	maxUpload := fs.Int64("max-upload-mb", 64, "largest upload, in MB")
	maxFiles := fs.Int("max-files", 200, "most files in one case")
	maxUnpacked := fs.Int64("max-unpacked-mb", 200, "most an upload's .zip and Office files may unpack to, in MB")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zhenggai serve [--addr 127.0.0.1:8080] [--data DIR] [flags]")
		fmt.Fprintln(stderr, "With ZHENGGAI_TOKEN set, every request but /healthz needs Authorization: Bearer <token> (pages: a login form).")
		fs.PrintDefaults()
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
		fmt.Fprintln(stderr, "zhenggai serve: --max-upload-mb, --max-files and --max-unpacked-mb must be at least 1, --workers not negative")
		return exitInput
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
	}
	err = serve.Run(ctx, cfg, func(a string) {
		fmt.Fprintf(stderr, "zhenggai serve: listening on http://%s (data %s)\n", a, *data)
	})
	if err != nil {
		fmt.Fprintln(stderr, "zhenggai serve:", err)
		return exitInput
	}
	fmt.Fprintln(stderr, "zhenggai serve: stopped")
	return exitOK
}
