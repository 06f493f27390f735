package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSearchBoundsOffsetAndLimit: an offset or limit out of bounds is a
// usage error on one line (an offset near the largest int made bleve
// panic), and the bounds themselves are accepted.
func TestSearchBoundsOffsetAndLimit(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	code, _, errOut := runCLI("index", "--index", idx, corpusIndexDir)
	require.Equal(t, exitOK, code, errOut)
	for _, flags := range [][]string{
		{"--offset", "9223372036854775807"},
		{"--offset", "100001"},
		{"--offset", "-1"},
		{"--limit", "9223372036854775807"},
		{"--limit", "1001"},
		{"--limit", "0"},
	} {
		args := append([]string{"search", "--index", idx}, flags...)
		code, out, errOut := runCLI(append(args, "*")...)
		assert.Equal(t, exitInput, code, flags)
		assert.Empty(t, out, flags)
		assert.Contains(t, errOut, flags[0], flags)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), errOut)
	}
	code, out, errOut := runCLI("search", "--index", idx, "--offset", "100000", "--limit", "1000", "*")
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "找到 3 个文档")
}
