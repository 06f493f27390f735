package xls_test

import (
	"testing"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
)

// BenchmarkParseXLS reads the zoo's feature workbook; compare with
// BenchmarkParseXLSX, its source.
func BenchmarkParseXLS(b *testing.B) {
	parsetest.BenchFiles(b, "zoo/features.xls", parse.Parse)
}

func BenchmarkParseXLSX(b *testing.B) {
	parsetest.BenchFiles(b, "zoo/features.xlsx", parse.Parse)
}
