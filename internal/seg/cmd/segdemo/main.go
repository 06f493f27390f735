// Command segdemo segments Chinese text with package seg and prints the words
// separated by " / ", one input per line. It takes the text from its
// arguments, or from standard input a line at a time. It exists to check
// that a built binary segments without the Go module cache (see
// scripts/check-portable-binary.sh).
//
//	segdemo [-tag] [-dir] [text ...]
//
// -tag prints word/POS@start-end; -dir prints the dictionary directory on
// standard error.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhenggai/zhenggai/internal/seg"
)

func main() {
	tag := flag.Bool("tag", false, "print word/POS@start-end")
	dir := flag.Bool("dir", false, "print the dictionary directory on standard error")
	flag.Parse()
	if err := seg.Init(); err != nil {
		fmt.Fprintln(os.Stderr, "segdemo:", err)
		os.Exit(1)
	}
	if *dir {
		d, _ := seg.DictDir()
		fmt.Fprintln(os.Stderr, "dictionaries:", d)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	line := func(s string) {
		var parts []string
		if *tag {
			for _, t := range seg.Tag(s) {
				parts = append(parts, fmt.Sprintf("%s/%s@%d-%d", t.Text, t.POS, t.Start, t.End))
			}
		} else {
			parts = seg.Cut(s)
		}
		fmt.Fprintln(out, strings.Join(parts, " / "))
	}
	if flag.NArg() > 0 {
		for _, s := range flag.Args() {
			line(s)
		}
		return
	}
	r := bufio.NewReader(os.Stdin)
	for {
		s, err := r.ReadString('\n')
		if s = strings.TrimRight(s, "\r\n"); s != "" {
			line(s)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "segdemo:", err)
			os.Exit(1)
		}
	}
}
