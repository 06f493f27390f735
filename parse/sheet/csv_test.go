package sheet_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/sheet"
)

func TestCSVGBKAndDelimiters(t *testing.T) {
	in := "台账\n序号,问题,整改时限,整改状态\n1,\"问题一，含逗号\",2020/9/30,已完成\n\n2,问题二,2020年12月31日,推进中\n"
	for _, tc := range []struct{ enc, sep string }{{"utf-8", ","}, {"gbk", ","}, {"utf-8", "\t"}, {"utf-16le-bom", ";"}} {
		t.Run(tc.enc+tc.sep, func(t *testing.T) {
			s := in
			if tc.sep != "," {
				s = replaceUnquoted(in, ",", tc.sep)
			}
			doc, err := parse.Parse(context.Background(), "ledger.csv", parsetest.Encode(t, s, tc.enc), parse.Options{})
			require.NoError(t, err)
			require.Len(t, doc.Tables, 1)
			tb := doc.Tables[0]
			assert.Equal(t, parse.KindLedger, doc.Kind)
			assert.Equal(t, "台账", tb.Title)
			assert.Equal(t, 2, tb.HeaderRow)
			require.Len(t, tb.Rows, 2)
			assert.Equal(t, 3, tb.Rows[0].Number)
			assert.Equal(t, 5, tb.Rows[1].Number, "line numbers count the blank line")
			assert.Equal(t, "问题一，含逗号", tb.Rows[0].Cell(1))
			assert.Equal(t, "2020-09-30", tb.Rows[0].Cells[2].Date)
			assert.Equal(t, "2020-12-31", tb.Rows[1].Cells[2].Date)
			parsetest.CheckOffsets(t, doc)
		})
	}
}

// replaceUnquoted swaps the separator outside double quotes.
func replaceUnquoted(s, old, new string) string {
	out := []rune{}
	in := false
	for _, r := range s {
		if r == '"' {
			in = !in
		}
		if !in && string(r) == old {
			out = append(out, []rune(new)...)
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func FuzzParseCSV(f *testing.F) {
	parsetest.AddSeeds(f, "corpus/cases/*/ledger.csv")
	f.Fuzz(func(t *testing.T, data []byte) { parsetest.FuzzRead(t, sheet.ReadCSV, parse.FormatCSV, data) })
}
