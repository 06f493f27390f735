package extract

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhenggai/zhenggai/parse"
)

// FuzzClaims feeds text to the claim extractor: it must not panic, every
// claim's source must quote its text, its figure lie inside its sentence,
// and its value be finite.
func FuzzClaims(f *testing.F) {
	files, _ := filepath.Glob("../testdata/corpus/reports/*.txt")
	// Seeds are single lines: whole reports make the fuzzer's minimising of
	// each new input very slow (every run segments the text).
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) != "" {
				f.Add(line)
			}
		}
	}
	f.Add("召开专题民主生活会38次、集中学习会议141次，其中新建15项、修订12项；給予政務處分0人")
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := parse.Parse(context.Background(), "f.txt", []byte(text), parse.Options{})
		if err != nil {
			return
		}
		cs := Claims(doc)
		for i, c := range cs {
			src := parse.Pos{Page: c.Source.Page, Start: c.Source.Start, End: c.Source.End}
			if doc.Slice(src) != c.Text {
				t.Fatalf("claim %d source %+v does not quote %q", i, src, c.Text)
			}
			if !c.InTable && (c.Figure.Page != src.Page || c.Figure.Start < src.Start || c.Figure.End > src.End || c.Figure.Start >= c.Figure.End) {
				t.Fatalf("claim %d figure %+v outside its sentence %+v", i, c.Figure, src)
			}
			if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
				t.Fatalf("claim %d value %v", i, c.Value)
			}
			if c.Of >= len(cs) || c.Of == i {
				t.Fatalf("claim %d: Of %d", i, c.Of)
			}
		}
		assertNoWordsSame(t, doc)
		ReadItems(doc)
		ReadMeetings(doc)
	})
}
