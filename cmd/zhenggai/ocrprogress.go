package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sync"

	"github.com/zhenggai/zhenggai/parse"
)

// progressFlag adds --progress to fs: the progress of recognising scanned
// pages (OCR) on standard error, shown anyway when standard error is a
// terminal.
func progressFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("progress", false, "在标准错误输出上逐页显示扫描件文字识别（OCR）的进度（标准错误输出为终端时总是显示）")
}

// withOCRProgress returns ctx with a parse.Progress that says on w how far
// the recognition of a scan has gone — "正在识别 scan.pdf：第 3 页/共 20
// 页" — when w is a terminal (one line, redrawn) or forced is set (a line
// per page); and a function that ends the terminal's line.
func withOCRProgress(ctx context.Context, w io.Writer, forced bool) (context.Context, func()) {
	term := newProgress(w).on
	if !term && !forced {
		return ctx, func() {}
	}
	var mu sync.Mutex
	open := false
	ctx = parse.WithProgress(ctx, func(file string, done, total int) {
		mu.Lock()
		defer mu.Unlock()
		line := fmt.Sprintf("正在识别 %s：第 %d 页/共 %d 页", file, done, total)
		if done == 0 {
			line = fmt.Sprintf("正在识别 %s：共 %d 页", file, total)
		}
		if !term {
			fmt.Fprintln(w, "zhenggai："+line)
			return
		}
		fmt.Fprint(w, "\r\033[K"+line)
		open = true
	})
	return ctx, func() {
		mu.Lock()
		defer mu.Unlock()
		if open {
			fmt.Fprint(w, "\r\033[K")
			open = false
		}
	}
}
