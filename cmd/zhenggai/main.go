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
		{"parse", "print the document model of each file: text, pages, paragraphs, tables", runParse},
		{"check", "check a case: cross-check the report against the ledger and minutes", runCheck},
		{"extract", "print the claims found in each file (and its problem items, meetings or ledger rows)", runExtract},
		{"index", "add or update documents in a search index (folders recursively)", runIndex},
		{"search", "search the index: words, phrases, filters, facets, highlighted fragments", runSearch},
		{"serve", "run the web application and JSON API: upload cases, read verdicts, search past reports", runServe},
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
	fmt.Fprintf(stderr, "zhenggai: unknown command %q (try zhenggai help)\n", args[0])
	return exitInput
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zhenggai COMMAND [flags] ARGS...")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun zhenggai COMMAND -h for its flags.")
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
