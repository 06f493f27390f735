package sheet

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/zhenggai/zhenggai/parse/model"

	"github.com/zhenggai/zhenggai/parse/text"
)

// MaxTableCells bounds the cells read from one CSV file or workbook.
const MaxTableCells = 4_000_000

// ReadCSV reads a CSV file (UTF-8, UTF-16 or GBK, detected; comma, tab or
// semicolon separated) as one table. Row numbers are the line numbers on
// which records start.
func ReadCSV(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	s, _, err := text.Decode(data)
	if err != nil {
		return err
	}
	r := csv.NewReader(strings.NewReader(s))
	r.Comma = sniffDelimiter(s)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = false
	var rows []model.RawRow
	cells := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return model.Cause(model.ErrCorrupt, "CSV: %v", err)
		}
		line, _ := r.FieldPos(0)
		row := model.RawRow{Number: line, Cells: make([]model.RawCell, len(rec))}
		for i, f := range rec {
			row.Cells[i].Text = f
		}
		cells += len(rec)
		if cells > MaxTableCells {
			return model.Cause(model.ErrTooLarge, "CSV has more than %d cells", MaxTableCells)
		}
		rows = append(rows, row)
		if len(rows)%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
	}
	b.Page("")
	b.Table(rows)
	return nil
}

// sniffDelimiter picks the separator that splits the first lines most
// consistently.
func sniffDelimiter(s string) rune {
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	lines := strings.Split(head, "\n")
	if len(lines) > 20 {
		lines = lines[:20]
	}
	best, bestScore := ',', 0
	for _, d := range []rune{',', '\t', ';', '|'} {
		score := 0
		for _, l := range lines {
			score += strings.Count(l, string(d))
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}
