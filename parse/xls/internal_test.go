package xls

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/model"
)

func TestRK(t *testing.T) {
	tests := []struct {
		rk   uint32
		want float64
	}{
		{1<<2 | 2, 1},
		{0xFFFFFFEC | 2, -5}, // -5 << 2, two's complement
		{123<<2 | 3, 1.23},
		{uint32(math.Float64bits(3.5) >> 32), 3.5},
		{uint32(math.Float64bits(45351) >> 32), 45351},
		{uint32(math.Float64bits(100)>>32) | 1, 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rk(tt.rk), "rk %#x", tt.rk)
	}
}

// TestContinuedString: a string whose characters run into a CONTINUE
// record, where the option byte switches from 8- to 16-bit characters;
// formatting runs and phonetic data are skipped across the boundary.
func TestContinuedString(t *testing.T) {
	seg1 := []byte{4, 0, 0x0C, 1, 0, 2, 0, 0, 0, 'a', 'b'} // cch 4, rich+ext, 1 run, 2 ext bytes, "ab"
	seg2 := []byte{1, 0x2D, 0x4E, 0x87, 0x65, 0, 0, 0, 0, 0xAA, 0xBB, 2, 0, 0, 'z', 'y'}
	c := &continued{segs: [][]byte{seg1, seg2}}
	s, err := c.richString()
	require.NoError(t, err)
	assert.Equal(t, "ab中文", s)
	s, err = c.plainString()
	require.NoError(t, err)
	assert.Equal(t, "zy", s)
	assert.True(t, c.done())

	_, err = (&continued{segs: [][]byte{seg1}}).richString()
	assert.ErrorIs(t, err, model.ErrCorrupt)
}

func TestSplitRecords(t *testing.T) {
	bof := []byte{0x09, 0x08, 4, 0, 0, 6, 5, 0}
	eof := []byte{0x0A, 0, 0, 0}
	num := []byte{0x03, 0x02, 1, 0, 0xFF}
	tests := []struct {
		name string
		in   []byte
		n    int
		ok   bool
	}{
		{"bof eof", cat(bof, eof), 2, true},
		{"nested", cat(bof, bof, eof, num, eof), 5, true},
		{"no eof", bof, 0, false},
		{"past end", cat(bof, []byte{0x03, 0x02, 9, 0, 1}), 0, false},
		{"no bof", cat(num, eof), 0, false},
	}
	for _, tt := range tests {
		recs, end, err := splitRecords(tt.in, 0)
		if !tt.ok {
			assert.ErrorIs(t, err, model.ErrCorrupt, tt.name)
			continue
		}
		require.NoError(t, err, tt.name)
		assert.Len(t, recs, tt.n, tt.name)
		assert.Equal(t, len(tt.in), end, tt.name)
	}
}

func cat(bs ...[]byte) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b...)
	}
	return out
}

// FuzzReadXLS feeds the reader mutated workbooks, without Read's recover:
// it must return (an error is fine) without panicking, hanging or building
// a document whose offsets are off.
func FuzzReadXLS(f *testing.F) {
	parsetest.AddSeeds(f, "zoo/*.xls", "zoo/*.et")
	f.Fuzz(func(t *testing.T, data []byte) {
		parsetest.FuzzRead(t, read, model.FormatXLS, data)
	})
}

// FuzzRecords feeds mutated Workbook streams straight to the BIFF8 record
// reader, past the compound file, where most mutations of a whole file end.
func FuzzRecords(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "zoo", "*.xls"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if stream, _, err := workbookStream(data, 1<<24); err == nil {
			f.Add(stream)
		}
	}
	f.Fuzz(func(t *testing.T, stream []byte) {
		b := model.NewBuilder("fuzz", model.FormatXLS)
		_ = readStream(context.Background(), stream, b, testMaxCells)
		b.Finish()
	})
}

// TestSheetsOverlap: two sheets pointing at one substream are damage, not
// a reason to read its records twice.
func TestSheetsOverlap(t *testing.T) {
	rec := func(typ uint16, data ...byte) []byte {
		return append([]byte{byte(typ), byte(typ >> 8), byte(len(data)), byte(len(data) >> 8)}, data...)
	}
	bof := rec(recBOF, 0, 6, 5, 0)
	eof := rec(recEOF)
	globals := func(offs ...byte) []byte {
		out := bof
		for i, off := range offs {
			out = cat(out, rec(recBoundSheet, off, 0, 0, 0, 0, 0, 1, 0, 'A'+byte(i)))
		}
		return cat(out, eof)
	}
	sheetAt := byte(len(globals(0, 0)))                                    // both globals below have two sheets
	cell := rec(recNumber, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F) // A1 = 1
	sheetRecs := cat(rec(recBOF, 0, 6, 0x10, 0), cell, eof)

	good := cat(globals(sheetAt, sheetAt+byte(len(sheetRecs))), sheetRecs, sheetRecs)
	b := model.NewBuilder("t.xls", model.FormatXLS)
	require.NoError(t, readStream(context.Background(), good, b, testMaxCells))
	doc := b.Finish()
	require.Len(t, doc.Pages, 2)
	assert.Equal(t, "1", doc.Pages[1].Text)

	shared := cat(globals(sheetAt, sheetAt), sheetRecs)
	err := readStream(context.Background(), shared, model.NewBuilder("t.xls", model.FormatXLS), testMaxCells)
	assert.ErrorIs(t, err, model.ErrCorrupt)
}

// testMaxCells is the cell budget of a parse with default options.
var testMaxCells = model.Options{}.WithDefaults().MaxTableCells
