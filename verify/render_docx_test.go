package verify

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteDOCX: the Word file has the parts Word needs, A4 pages with
// page numbers, the case, the verdict, a table row per finding and every
// finding's message and evidence; hostile text stays text.
func TestWriteDOCX(t *testing.T) {
	tests := []struct {
		name   string
		result func(t *testing.T) *Result
		want   []string
	}{
		{"case 01", func(t *testing.T) *Result { return checkCase(t, "01-dongchuan-nonglin") },
			[]string{"整改情况核查意见", "中共东川省农林厅党组", "核查结论：疑似纸面整改", "核查发现一览", "序号：3｜问题类别：资金管理", "第2页第3行", "规则编号 claim.meetings"}},
		{"clean", func(t *testing.T) *Result { return checkCase(t, "02-qingxi-ziranziyuan-clean") },
			[]string{"核查结论：未发现问题", "未发现问题。"}},
		{"hostile", func(*testing.T) *Result { return injectionResult() }, []string{"<script>alert(1)</script>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.result(t)
			var buf bytes.Buffer
			require.NoError(t, r.WriteDOCX(&buf))
			raw := buf.Bytes()
			zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
			require.NoError(t, err)
			var names []string
			for _, f := range zr.File {
				names = append(names, f.Name)
			}
			assert.Subset(t, names, []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footer1.xml", "word/_rels/document.xml.rels"})
			text := docxText(t, raw) // fails on XML that is not well formed
			for _, w := range tt.want {
				assert.Contains(t, text, w)
			}
			for _, f := range r.Findings {
				assert.Contains(t, text, f.Message)
			}
			// One row per finding in the table, after its header row.
			assert.Equal(t, len(r.Findings)+min(len(r.Findings), 1)+6+6, strings.Count(docxXML(t, raw), "<w:tr>"), "the facts table (6 rows), the five checkpoints (6 rows) and the findings table")
			for _, c := range r.view().Checkpoints {
				assert.Contains(t, text, strings.Join([]string{c.Name, c.Question, c.StateName, c.Basis}, "\n"), "a checkpoint's row")
			}
			assert.Contains(t, docxXML(t, raw), `<w:pgSz w:w="11906" w:h="16838"/>`, "A4")
		})
	}
}

func docxXML(t *testing.T, raw []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			defer rc.Close()
			var b bytes.Buffer
			_, err = b.ReadFrom(rc)
			require.NoError(t, err)
			return b.String()
		}
	}
	t.Fatal("no document.xml")
	return ""
}

// TestReportsNameUnitFromTitle: without a unit in the case, the reports
// name the unit the report's title gives (extract.UnitFromTitle), marked as
// read from it.
func TestReportsNameUnitFromTitle(t *testing.T) {
	r := checkCase(t, "01-dongchuan-nonglin")
	r.Case.Unit = ""
	var text bytes.Buffer
	require.NoError(t, r.WriteText(&text, TextOptions{}))
	assert.Contains(t, text.String(), "整改核查意见 · 中共东川省农林厅党组（据报告标题）")
}
