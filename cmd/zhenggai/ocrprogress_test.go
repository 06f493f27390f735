package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/ocr"
)

// TestOCRProgress: with --progress, parse says on standard error, page by
// page, how far the recognition of a scan has gone; without it (standard
// error not a terminal), nothing.
func TestOCRProgress(t *testing.T) {
	if err := ocr.Available(); err != nil {
		t.Skipf("OCR not available (%v)", err)
	}
	scan := filepath.Join("..", "..", "testdata", "ocr", "scanned.pdf")
	code, _, errOut := runCLI("parse", "--progress", scan)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, []string{
		"zhenggai：正在识别 " + scan + "：共 2 页",
		"zhenggai：正在识别 " + scan + "：第 1 页/共 2 页",
		"zhenggai：正在识别 " + scan + "：第 2 页/共 2 页",
	}, strings.Split(strings.TrimSpace(errOut), "\n"))

	code, _, errOut = runCLI("parse", scan)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
}
