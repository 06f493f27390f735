// Package casefiles reads the sample case folders of testdata/corpus/cases
// for the tests and scripts that send them to a server (serve's tests,
// loadserve, attackserve).
package casefiles

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Part is one file of a case: its place in the case folder and its bytes.
type Part struct {
	Name string
	Data []byte
}

// ReadCase reads the files of the case folder root (expected.json, the
// test's answer, left out), named by their place in it.
func ReadCase(root string) ([]Part, error) {
	var out []Part
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "expected.json" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out = append(out, Part{filepath.ToSlash(rel), data})
		return nil
	})
	return out, err
}
