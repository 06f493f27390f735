package casebuild

import (
	"log"
	"os"
	"path/filepath"
	"strings"
)

// Main is a generator's main: run in its gen/ folder, it builds every source
// gen/src/CASE/PATH.EXT.txt as ../CASE/PATH.EXT with build, then runs each
// case's ledger writer on ../CASE. With case folder names as arguments only
// those cases are rebuilt. It stops the program at the first error.
func Main(build func(src, out string) error, ledgers map[string]func(dir string) error) {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	if err := Run(root, "src", os.Args[1:], build, ledgers); err != nil {
		log.Fatal(err)
	}
}

// Run builds the sources under srcDir/CASE into root/CASE with build, then
// writes the ledgers into root/CASE; with only non-empty, only those cases.
func Run(root, srcDir string, only []string, build func(src, out string) error, ledgers map[string]func(dir string) error) error {
	srcs, err := filepath.Glob(filepath.Join(srcDir, "*"))
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, a := range only {
		want[a] = true
	}
	for _, dir := range srcs {
		name := filepath.Base(dir)
		if len(want) > 0 && !want[name] {
			continue
		}
		err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(dir, strings.TrimSuffix(p, ".txt"))
			return build(p, filepath.Join(root, name, rel))
		})
		if err != nil {
			return err
		}
	}
	return RunLedgers(root, only, ledgers)
}

// RunLedgers runs each case's ledger writer on root/CASE; with only
// non-empty, only those cases'.
func RunLedgers(root string, only []string, ledgers map[string]func(dir string) error) error {
	want := map[string]bool{}
	for _, a := range only {
		want[a] = true
	}
	for name, b := range ledgers {
		if len(want) > 0 && !want[name] {
			continue
		}
		if err := b(filepath.Join(root, name)); err != nil {
			return &ledgerError{name, err}
		}
	}
	return nil
}

type ledgerError struct {
	name string
	err  error
}

func (e *ledgerError) Error() string { return e.name + ": " + e.err.Error() }
func (e *ledgerError) Unwrap() error { return e.err }
