package doc

import (
	"context"
	"encoding/binary"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse/internal/parsetest"
	"github.com/zhenggai/zhenggai/parse/model"
)

// run is a paragraph's properties in a synthetic FKP: the text up to and
// including its mark (s) and its modifiers.
type run struct {
	s     string
	istd  uint16
	sprms []byte
	chp   []byte // character sprms of the whole run
}

// Modifiers for the runs.
var (
	inTable = []byte{0x16, 0x24, 1}                // sprmPFInTable 1
	rowEnd  = []byte{0x16, 0x24, 1, 0x17, 0x24, 1} // and sprmPFTtp 1
	center  = []byte{0x61, 0x24, 1}                // sprmPJc centre
	outline = func(l byte) []byte { return []byte{0x40, 0x26, l} }
	bold    = []byte{0x35, 0x08, 1}     // sprmCFBold
	hidden  = []byte{0x3C, 0x08, 1}     // sprmCFVanish
	deleted = []byte{0x00, 0x08, 1}     // sprmCFRMarkDel
	font2   = []byte{0x50, 0x4A, 2, 0}  // sprmCRgFtc1 2
	large   = []byte{0x43, 0x4A, 44, 0} // sprmCHps 22 pt
)

// fkpDoc lays runs out as the reader finds them: the text as UTF-16 from
// stream offset 0 (one piece), a PapxFkp in page 1 of the stream mapping
// each run's byte range to its properties, and the bin table pointing at
// it, and a ChpxFkp in page 2 with the runs' character properties. It
// returns the text, the stream and the properties' finders.
func fkpDoc(t *testing.T, runs []run) ([]uint16, []byte, *papx, *chpx) {
	t.Helper()
	var text []uint16
	fcs := []uint32{0}
	for _, r := range runs {
		text = append(text, utf16.Encode([]rune(r.s))...)
		fcs = append(fcs, uint32(2*len(text)))
	}
	require.Less(t, 2*len(text), fkpSize, "the text fits before the FKP")
	word := make([]byte, 3*fkpSize)
	for i, u := range text {
		binary.LittleEndian.PutUint16(word[2*i:], u)
	}
	page := word[fkpSize:]
	crun := len(runs)
	for i, fc := range fcs {
		binary.LittleEndian.PutUint32(page[4*i:], fc)
	}
	page[fkpSize-1] = byte(crun)
	// PAPX from the page's end backwards, at even offsets.
	at := fkpSize - 1
	for i, r := range runs {
		grp := binary.LittleEndian.AppendUint16(nil, r.istd)
		grp = append(grp, r.sprms...)
		if len(grp)%2 == 0 {
			grp = append(grp, 0) // padding: cb counts words
		}
		size := 1 + len(grp) // cb, then 2cb-1 bytes
		at = (at - size) &^ 1
		page[at] = byte((len(grp) + 1) / 2)
		copy(page[at+1:], grp)
		page[4*(crun+1)+13*i] = byte(at / 2)
	}
	plc := binary.LittleEndian.AppendUint32(nil, 0)
	plc = binary.LittleEndian.AppendUint32(plc, fcs[len(fcs)-1])
	plc = binary.LittleEndian.AppendUint32(plc, 1)
	p := newPapx(word, nil, plc)
	require.NotNil(t, p)

	page = word[2*fkpSize:]
	for i, fc := range fcs {
		binary.LittleEndian.PutUint32(page[4*i:], fc)
	}
	page[fkpSize-1] = byte(crun)
	at = fkpSize - 1
	for i, r := range runs {
		if len(r.chp) == 0 {
			continue
		}
		at = (at - 1 - len(r.chp)) &^ 1
		page[at] = byte(len(r.chp))
		copy(page[at+1:], r.chp)
		page[4*(crun+1)+i] = byte(at / 2)
	}
	plc = binary.LittleEndian.AppendUint32(nil, 0)
	plc = binary.LittleEndian.AppendUint32(plc, fcs[len(fcs)-1])
	plc = binary.LittleEndian.AppendUint32(plc, 2)
	c := newChpx(plc)
	require.NotNil(t, c)
	return text, word, p, c
}

func readRuns(t *testing.T, text []uint16, word []byte, p *papx, c *chpx) *model.Document {
	t.Helper()
	b := model.NewBuilder("t.doc", model.FormatDOC)
	r := newReader(context.Background(), b, word, p, c)
	require.NoError(t, r.read(text, func(cp int) int { return 2 * cp }))
	doc := b.Finish()
	parsetest.CheckOffsets(t, doc)
	return doc
}

func TestWalkText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []parsetest.Para
	}{
		{"paragraph marks", "整改情况\r第二段\r", []parsetest.Para{{"整改情况", 0}, {"第二段", 0}}},
		{"field: result kept, code dropped", "共\x13 NUMPAGES \\* MERGEFORMAT \x1412\x15页\r", []parsetest.Para{{"共12页", 0}}},
		{"nested field", "见\x13 REF a \x13 PAGE \x143\x15\x14第3页\x15。\r", []parsetest.Para{{"见第3页。", 0}}},
		{"field without a result", "前\x13 TC \"x\" \x15后\r", []parsetest.Para{{"前后", 0}}},
		{"unterminated field code ends at the mark's paragraph, not the text", "甲\x13 PAGE \r乙\r", []parsetest.Para{{"甲", 0}}},
		{"special characters", "图\x01表\x08注\x02，co\x1fop，A\x1e1\r", []parsetest.Para{{"图表注，coop，A-1", 0}}},
		{"line break and tab", "abc\x0bdef\tghi\r", []parsetest.Para{{"abc def ghi", 0}}},
		{"page break ends a paragraph", "前页\x0c后页\r", []parsetest.Para{{"前页", 0}, {"后页", 0}}},
		{"surrogate pair", "生僻字𠀋。\r", []parsetest.Para{{"生僻字𠀋。", 0}}},
		{"lone surrogate dropped", "甲\uFFFD乙\r", []parsetest.Para{{"甲乙", 0}}},
		{"text without a final mark", "末段", []parsetest.Para{{"末段", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var text []uint16
			for _, r := range tt.text {
				if r == 0xFFFD {
					// Stands for a lone high surrogate.
					text = append(text, 0xD800)
					continue
				}
				text = append(text, utf16.Encode([]rune{r})...)
			}
			doc := readRuns(t, text, nil, nil, nil)
			assert.Equal(t, tt.want, parsetest.Paras(doc))
		})
	}
}

func TestWalkTablesByProperties(t *testing.T) {
	text, word, p, c := fkpDoc(t, []run{
		{s: "整改台账\r", sprms: center, chp: bold},
		{s: "序号\x07", sprms: inTable}, {s: "问题\x07", sprms: inTable},
		{s: "\x07", sprms: rowEnd},
		{s: "1\x07", sprms: inTable}, {s: "第一段\r", sprms: inTable}, {s: "第二段\x07", sprms: inTable},
		{s: "\x07", sprms: rowEnd},
		{s: "2\x07", sprms: inTable}, {s: "\x07", sprms: inTable},
		{s: "\x07", sprms: rowEnd},
		{s: "一、总体情况\r", istd: 1},
		{s: "大纲\r", sprms: outline(2)},
		{s: "正文\r"},
	})
	doc := readRuns(t, text, word, p, c)
	require.Len(t, doc.Tables, 1)
	assert.Equal(t, [][]string{{"序号", "问题"}, {"1", "第一段第二段"}, {"2", ""}}, parsetest.TableRows(doc.Tables[0]),
		"an empty last cell stays a cell: the row end is told by its properties")
	assert.Equal(t, []parsetest.Para{{"整改台账", 1}, {"一、总体情况", 1}, {"大纲", 3}, {"正文", 0}}, parsetest.Paras(doc))
}

func TestWalkCharacterProperties(t *testing.T) {
	body := "根据县委统一部署，现将整改情况报告如下。\r"
	text, word, p, c := fkpDoc(t, []run{
		{s: "关于整改情况的报告\r", sprms: center, chp: large},
		{s: body},
		{s: "一、总体情况\r", chp: bold},
		{s: "（一）组织领导\r", chp: font2},
		{s: "二、这一段以编号开头，却是正文字体。\r"},
		{s: "隐藏的批注", chp: hidden},
		{s: "删去的话", chp: deleted},
		{s: "留下的话。\r"},
		{s: body}, {s: body},
	})
	doc := readRuns(t, text, word, p, c)
	assert.Equal(t, []parsetest.Para{
		{"关于整改情况的报告", 1},
		{"根据县委统一部署，现将整改情况报告如下。", 0},
		{"一、总体情况", 2},
		{"（一）组织领导", 3},
		{"二、这一段以编号开头，却是正文字体。", 0},
		{"留下的话。", 0},
		{"根据县委统一部署，现将整改情况报告如下。", 0},
		{"根据县委统一部署，现将整改情况报告如下。", 0},
	}, parsetest.Paras(doc))
}

func TestWalkTablesByCellMarks(t *testing.T) {
	// Without paragraph properties a row ends at a cell mark right after
	// another with nothing between: an empty last cell is taken for it.
	var text []uint16
	for _, r := range "前\r甲\x07乙\x07\x07丙\x07丁\x07\x07后\r" {
		text = append(text, uint16(r))
	}
	doc := readRuns(t, text, nil, nil, nil)
	require.Len(t, doc.Tables, 1)
	assert.Equal(t, [][]string{{"甲", "乙"}, {"丙", "丁"}}, parsetest.TableRows(doc.Tables[0]))
	assert.Equal(t, []parsetest.Para{{"前", 0}, {"后", 0}}, parsetest.Paras(doc))
}

func TestLayoutMerges(t *testing.T) {
	rows := []tableRow{
		{cells: []string{"类别", "问题", "进展"}, edges: []int{0, 100, 200, 300}},
		{cells: []string{"监管", "甲", "完成"}, edges: []int{0, 100, 200, 300}},
		{cells: []string{"", "乙", "完成"}, merged: []bool{true}, edges: []int{0, 100, 200, 300}},
		{cells: []string{"合计", "两项"}, edges: []int{0, 200, 300}},
		{cells: []string{"边界", "乱序", "x"}, edges: []int{0, 300, 200, 100}},
	}
	got := layout(rows)
	var texts [][]string
	for _, r := range got {
		var row []string
		for _, c := range r.Cells {
			row = append(row, c.Text)
		}
		texts = append(texts, row)
	}
	assert.Equal(t, [][]string{
		{"类别", "问题", "进展"},
		{"监管", "甲", "完成"},
		{"监管", "乙", "完成"},
		{"合计", "", "两项"},
		{"边界", "乱序", "x"},
	}, texts)
}

func TestOperandSize(t *testing.T) {
	tests := []struct {
		sprm uint16
		op   []byte
		want int
	}{
		{sprmPFInTable, nil, 1},
		{0x4600, nil, 2},
		{sprmPItap, nil, 4},
		{0xE000, nil, 3},
		{0xC600, []byte{5}, 6},
		{sprmTDefTable, []byte{10, 0}, 11},
		{sprmTDefTable, []byte{10}, -1},
		{sprmPChgTabs, []byte{255}, -1},
		{0xC600, nil, -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, operandSize(tt.sprm, tt.op), "%#04x", tt.sprm)
	}
}

func TestPapxDamage(t *testing.T) {
	assert.Nil(t, newPapx(nil, nil, []byte{1, 2, 3}), "size not 4+8n")
	plc := binary.LittleEndian.AppendUint32(nil, 10)
	plc = binary.LittleEndian.AppendUint32(plc, 5)
	plc = binary.LittleEndian.AppendUint32(plc, 0)
	assert.Nil(t, newPapx(nil, nil, plc), "FCs out of order")
	plc = binary.LittleEndian.AppendUint32(nil, 0)
	plc = binary.LittleEndian.AppendUint32(plc, 100)
	plc = binary.LittleEndian.AppendUint32(plc, 0x3FFFFF)
	p := newPapx(make([]byte, 1024), nil, plc)
	require.NotNil(t, p)
	assert.False(t, p.at(10).known, "a page past the stream")
	assert.False(t, p.at(500).known, "an offset past the table")
	assert.Nil(t, prcData([]byte{200, 0, 1}, 0), "a PrcData longer than the stream")
	assert.Nil(t, prcData(nil, 1<<31), "an offset past the stream")
}

// clxOf builds a CLX: one property modifier to skip, then the piece table
// of the given pieces (character ranges and descriptors).
func clxOf(cps []uint32, fcs []uint32) []byte {
	clx := []byte{1, 3, 0, 0x16, 0x24, 1} // a Prc of 3 bytes
	plc := []byte{}
	for _, cp := range cps {
		plc = binary.LittleEndian.AppendUint32(plc, cp)
	}
	for _, fc := range fcs {
		plc = append(plc, 0, 0)
		plc = binary.LittleEndian.AppendUint32(plc, fc)
		plc = append(plc, 0, 0)
	}
	clx = append(clx, 2)
	clx = binary.LittleEndian.AppendUint32(clx, uint32(len(plc)))
	return append(clx, plc...)
}

func TestPiecesCompressedAndUnicode(t *testing.T) {
	// Piece 1: "“Hi”\r" 8-bit at byte 8 (the FC is stored doubled, with
	// bit 30 set); piece 2: "整改" as UTF-16 at byte 32; piece 3 lies past
	// the main text (footnotes) and is not read.
	word := make([]byte, 64)
	copy(word[8:], []byte{0x93, 'H', 'i', 0x94, '\r'})
	copy(word[32:], []byte{0x74, 0x65, 0x39, 0x65}) // 整 U+6574, 改 U+6539
	clx := clxOf([]uint32{0, 5, 7, 9}, []uint32{1<<30 | 16, 32, 40})
	pieces, err := readPieces(context.Background(), clx, len(word))
	require.NoError(t, err)
	require.Len(t, pieces, 3)
	text, err := mainText(context.Background(), word, pieces, 7)
	require.NoError(t, err)
	assert.Equal(t, "“Hi”\r整改", string(utf16.Decode(text)))
	at := fcOf(pieces)
	assert.Equal(t, []int{8, 12, 32, 34, 40, -1}, []int{at(0), at(4), at(5), at(6), at(7), at(9)})

	bad := []struct {
		name string
		clx  []byte
		msg  string
	}{
		{"no piece table", []byte{1, 0, 0}, "missing"},
		{"unknown entry", []byte{7}, "unknown entry"},
		{"negative modifier size", []byte{1, 0xFF, 0xFF}, "negative"},
		{"size not 4+12n", append([]byte{2, 9, 0, 0, 0}, make([]byte, 9)...), "size"},
		{"positions out of order", clxOf([]uint32{0, 5, 3}, []uint32{0, 0}), "out of order"},
		{"piece past the stream", clxOf([]uint32{0, 5}, []uint32{60}), "outside"},
	}
	for _, tt := range bad {
		_, err := readPieces(context.Background(), tt.clx, len(word))
		require.Error(t, err, tt.name)
		assert.ErrorIs(t, err, model.ErrCorrupt, tt.name)
		assert.Contains(t, err.Error(), tt.msg, tt.name)
	}
	_, err = mainText(context.Background(), word, pieces[1:], 7)
	assert.ErrorContains(t, err, "starts at character 5", "a gap before the first piece")
	_, err = mainText(context.Background(), word, pieces[:1], 7)
	assert.ErrorContains(t, err, "covers 5 of the text's 7", "pieces short of the text")
}
