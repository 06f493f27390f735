package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/parse"
)

// ledgerOfCSV reads a ledger written as CSV text.
func ledgerOfCSV(t *testing.T, text string) *Ledger {
	t.Helper()
	doc, err := parse.Parse(context.Background(), "ledger.csv", []byte(text), parse.Options{})
	require.NoError(t, err)
	return ReadLedger(doc)
}

// ledgerOfXLSX reads a one-sheet workbook made of rows, with the merges
// given as cell ranges ("E2:G2").
func ledgerOfXLSX(t *testing.T, rows [][]any, merges ...[2]string) *Ledger {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Sheet1"
	for i, r := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		require.NoError(t, err)
		require.NoError(t, f.SetSheetRow(sheet, cell, &r))
	}
	for _, m := range merges {
		require.NoError(t, f.MergeCell(sheet, m[0], m[1]))
	}
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	doc, err := parse.Parse(context.Background(), "ledger.xlsx", buf.Bytes(), parse.Options{})
	require.NoError(t, err)
	return ReadLedger(doc)
}

// problemRow is what the tests look at in a problem row.
type problemRow struct {
	No, Department, Leader, Evidence, Completed string
	Status                                      Status
}

// problemsOf maps f over a ledger's problem rows.
func problemsOf[T any](l *Ledger, f func(LedgerProblem) T) []T {
	var out []T
	for _, p := range l.Problems {
		out = append(out, f(p))
	}
	return out
}

func problemRows(l *Ledger) []problemRow {
	var out []problemRow
	for _, p := range l.Problems {
		out = append(out, problemRow{No: p.No, Department: p.Department, Leader: p.Leader, Evidence: p.Evidence,
			Completed: p.Completed, Status: p.Status})
	}
	return out
}

// TestLedgerFillInRowAboveHeader: a 填报单位（盖章）… 填报时间 row between the
// title and the header is not the header; the header is the row that names
// the columns.
func TestLedgerFillInRowAboveHeader(t *testing.T) {
	l := ledgerOfCSV(t, "某局巡察反馈问题整改台账,,,,,\n"+
		"填报单位（盖章）：某局办公室,,,填报时间：2021年5月10日,,\n"+
		"序号,问题描述,整改措施,责任部门,整改时限,整改状态\n"+
		"1,公务接待管理不规范。存在超标准接待。,修订接待办法,办公室,2021年3月底前,已完成\n"+
		"2,干部轮岗交流不到位,制定轮岗计划,人事科,2021年6月30日,正在推进\n"+
		"填报人：张明,,审核人：李华,,,\n")
	require.Len(t, l.Sheets, 1)
	assert.Equal(t, SheetProblems, l.Sheets[0].Kind)
	assert.Equal(t, []problemRow{{No: "1", Department: "办公室", Status: StatusDone}, {No: "2", Department: "人事科", Status: StatusInProgress}},
		problemRows(l))
}

// twoRowHeader is a ledger whose 整改情况 spans 整改进展, 完成时间 and 佐证材料
// in the row below, as offices lay it out; the other columns' headers span
// both rows.
var twoRowHeader = [][]any{
	{"某局巡察整改问题台账"},
	{"序号", "反馈问题", "整改措施", "牵头处室", "整改时限", "整改情况", nil, nil},
	{nil, nil, nil, nil, nil, "整改进展", "完成时间", "佐证材料"},
	{"1", "会议记录不完整", "规范会议记录", "办公室", "2021年4月30日", "已完成", "2021年4月20日", "《会议记录管理办法》"},
	{"2", "制度执行不严格", "开展制度执行检查", "综合处", "2021年6月30日", "未销号", nil, nil},
	{"3", "采购程序不规范", "修订采购规程", "财务处", "2021年5月31日", "已销号", "2021年5月28日", "采购规程（局发〔2021〕12号）"},
}

// TestLedgerTwoRowHeader: a header of two rows, merged in XLSX or flat in
// CSV, is one header: the evidence and completion columns under 整改情况 are
// found, and the sub-header row is not a problem.
func TestLedgerTwoRowHeader(t *testing.T) {
	want := []problemRow{
		{No: "1", Department: "办公室", Evidence: "《会议记录管理办法》", Completed: "2021-04-20", Status: StatusDone},
		{No: "2", Department: "综合处", Status: StatusNotDone},
		{No: "3", Department: "财务处", Evidence: "采购规程（局发〔2021〕12号）", Completed: "2021-05-28", Status: StatusDone},
	}
	t.Run("xlsx merged", func(t *testing.T) {
		merges := [][2]string{{"F2", "H2"}}
		for _, c := range []string{"A", "B", "C", "D", "E"} {
			merges = append(merges, [2]string{c + "2", c + "3"})
		}
		l := ledgerOfXLSX(t, twoRowHeader, merges...)
		assert.Equal(t, want, problemRows(l))
		assert.Equal(t, "佐证材料", l.Sheets[0].Columns[ColEvidence])
		assert.Equal(t, "整改进展", l.Sheets[0].Columns[ColStatus])
		assert.Equal(t, 4, l.Problems[0].Ref.Row)
	})
	t.Run("csv flat", func(t *testing.T) {
		l := ledgerOfCSV(t, csvOf(twoRowHeader))
		assert.Equal(t, want, problemRows(l))
		assert.Equal(t, "佐证材料", l.Sheets[0].Columns[ColEvidence])
	})
}

// csvOf writes rows as CSV text (cells hold no commas or quotes).
func csvOf(rows [][]any) string {
	var b bytes.Buffer
	for _, r := range rows {
		for j := 0; j < 8; j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			if j < len(r) && r[j] != nil {
				b.WriteString(r[j].(string))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestLedgerSectionAndSubtotalRows: section headings and subtotals among the
// records are not problems, however they are written.
func TestLedgerSectionAndSubtotalRows(t *testing.T) {
	t.Run("csv", func(t *testing.T) {
		l := ledgerOfCSV(t, "序号,存在问题,整改措施,责任单位,完成时限,完成情况\n"+
			",一、党的领导方面（2个）,,,,\n"+
			"1,理论学习不深入,制定学习计划,办公室,2021年3月,已完成\n"+
			"2,民主集中制执行不到位,修订议事规则,办公室,2021年4月,已完成\n"+
			"小计,2个,,,,\n"+
			"二,全面从严治党方面（1个）,,,,\n"+
			"3,监督检查不经常,开展专项检查,纪检组,2021年5月,推进中\n"+
			",全面从严治党方面小计,1,,,\n"+
			"合计,3,,,,\n")
		assert.Equal(t, []string{"1", "2", "3"}, problemsOf(l, func(p LedgerProblem) string { return p.No }))
	})
	t.Run("xlsx merged section row", func(t *testing.T) {
		l := ledgerOfXLSX(t, [][]any{
			{"序号", "问题", "整改措施", "责任单位", "整改时限", "整改状态"},
			{"（一）落实主体责任方面存在的问题"},
			{"1", "压力传导不够", "层层签订责任书", "办公室", "2021年3月", "已完成"},
		}, [2]string{"A2", "F2"})
		require.Len(t, l.Problems, 1)
		assert.Equal(t, "1", l.Problems[0].No)
	})
}

// TestLedgerDepartmentHeaders: the many ways offices head the department
// column all name it, by the header alone (the cell 资产与财务 is no office's
// name by its ending).
func TestLedgerDepartmentHeaders(t *testing.T) {
	for _, h := range []string{"牵头处室", "主责部门", "落实单位", "责任科室", "主办单位", "责任处（科）室", "牵头科室", "落实部门",
		"整改责任单位", "主责单位", "责任股室", "承办处室"} {
		t.Run(h, func(t *testing.T) {
			l := ledgerOfCSV(t, "序号,问题,整改措施,"+h+",整改时限,整改状态\n1,资产底数不清,开展清查,资产与财务,2021年6月,正在整改\n")
			require.Len(t, l.Problems, 1)
			assert.Equal(t, "资产与财务", l.Problems[0].Department)
			assert.Equal(t, h, l.Sheets[0].Columns[ColDepartment])
		})
	}
}

// TestLedgerColumnKindsFromCells: columns whose headers name no kind get it
// from their cells: names are the leader, offices the department, dates the
// deadline, status words the status, document titles the evidence.
func TestLedgerColumnKindsFromCells(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改措施,牵头,承办,时间节点,当前,材料\n"+
		"1,财务审批不严,完善审批流程,王建国,财务科,2021年6月30日,已销号,《财务审批管理办法》\n"+
		"2,档案管理混乱,集中整理档案,李红、赵强,办公室、档案室,2021年9月30日,未按期完成,\n"+
		"3,车辆使用登记缺失,建立登记制度,副局长孙伟,后勤服务中心,2021年12月31日,待销号,车辆管理制度（局发〔2021〕7号）\n")
	require.Len(t, l.Problems, 3)
	cols := l.Sheets[0].Columns
	assert.Equal(t, map[ColumnKind]string{ColNo: "序号", ColProblem: "问题", ColMeasures: "整改措施", ColLeader: "牵头",
		ColDepartment: "承办", ColDeadline: "时间节点", ColStatus: "当前", ColEvidence: "材料"}, cols)
	assert.Equal(t, []problemRow{
		{No: "1", Leader: "王建国", Department: "财务科", Evidence: "《财务审批管理办法》", Status: StatusDone},
		{No: "2", Leader: "李红、赵强", Department: "办公室、档案室", Status: StatusNotDone},
		{No: "3", Leader: "副局长孙伟", Department: "后勤服务中心", Evidence: "车辆管理制度（局发〔2021〕7号）", Status: StatusInProgress},
	}, problemRows(l))
	assert.Equal(t, "2021-09-30", l.Problems[1].Deadline)
}

// TestLedgerStatusInNotes: a ledger with no status column that writes each
// row's status at the start of its 备注 (a blind case folder's, cases-o 10):
// the notes are the status; with a status column of its own they are notes.
func TestLedgerStatusInNotes(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改措施,责任科室,完成时限,备注\n"+
		"1,公车管理不规范,建立派车登记制度,办公室,2024年3月31日,已完成，已建立长效机制\n"+
		"2,采购程序不严,修订采购办法,财务科,2024年6月30日,正在推进，预计年底前完成\n"+
		"3,档案整理滞后,集中整理档案,办公室,2024年6月30日,已完成\n")
	require.Len(t, l.Problems, 3)
	assert.Equal(t, []Status{StatusDone, StatusInProgress, StatusDone}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
	// Notes of work done (已完成方案制定) say nothing of the problem's state
	// (review of session 10): the rows have none.
	l = ledgerOfCSV(t, "序号,问题,整改措施,完成时限,备注\n1,公车管理不规范,建立制度,2024年3月31日,已完成方案制定\n"+
		"2,采购程序不严,修订办法,2024年6月30日,已完成培训\n3,档案整理滞后,集中整理,2024年6月30日,已完成初步排查\n")
	assert.Equal(t, []Status{StatusUnknown, StatusUnknown, StatusUnknown}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
	l = ledgerOfCSV(t, "序号,问题,整改状态,备注\n1,公车管理不规范,正在整改,已完成派车制度起草\n2,采购程序不严,已完成,已完成\n")
	assert.Equal(t, []Status{StatusInProgress, StatusDone}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
	// A status with a longer note after it, a day in brackets among it
	// (已完成，已建立长效机制（2024.7.6完成）), still opens with the status
	// (cases-ae 04).
	l = ledgerOfCSV(t, "序号,问题,整改措施,完成时限,备注\n"+
		"1,公车管理不规范,建立制度,2024.9.30,已完成，已建立长效机制（2024.7.6完成）\n"+
		"2,采购程序不严,修订办法,2024.9.30,已整改到位，已形成制度（2024.8.17完成）\n"+
		"3,档案整理滞后,集中整理,2024.12.31,正在推进，预计2024年11月底前完成\n")
	assert.Equal(t, []Status{StatusDone, StatusDone, StatusInProgress}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
}

// TestLedgerMeasureRows: a ledger of one row per measure, the problem's 序号
// and text repeated (merged) over its rows (cases-q 03), holds one problem
// per 序号: done when every measure is, with its measures and evidence
// together, and the deadline of the open measure due first.
func TestLedgerMeasureRows(t *testing.T) {
	l := ledgerOfCSV(t, "序号,具体问题,整改措施,完成时限,目前进展,佐证资料\n"+
		"1,信贷审批把关不严,修订操作规程,2023.7.31,已完成,操作规程\n"+
		"1,信贷审批把关不严,开展回头看,2023.8.31,已完成,回头看报告\n"+
		"2,关联交易管理不规范,梳理关联方名单,2023.8.31,已完成,名单\n"+
		"2,关联交易管理不规范,逐笔审查存量交易,2023.12.31,正在推进,\n"+
		"3,外包风险管控不到位,重签外包合同,2024.3.31,正在推进,\n")
	require.Len(t, l.Problems, 3)
	assert.Equal(t, []Status{StatusDone, StatusInProgress, StatusInProgress}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
	assert.Equal(t, "修订操作规程；开展回头看", l.Problems[0].Measures)
	assert.Equal(t, "操作规程；回头看报告", l.Problems[0].Evidence)
	assert.Equal(t, "2023-12-31", l.Problems[1].Deadline)
	// Two problems of one text but other numbers stay two.
	l = ledgerOfCSV(t, "序号,具体问题,整改状态\n1,制度执行不严,已完成\n2,制度执行不严,已完成\n")
	assert.Len(t, l.Problems, 2)
}

// TestLedgerSerialDates: a column headed as dates whose cells are the
// spreadsheet's day numbers left in the General format (cases-r 05) holds
// dates; a number out of the years of dates, or in no date column, is none.
func TestLedgerSerialDates(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改时限,完成时间,整改状态\n"+
		"1,公车管理不规范,45199,45150,已完成\n2,采购程序不严,45291,,正在整改\n3,档案整理滞后,1200,,正在整改\n")
	require.Len(t, l.Problems, 3)
	assert.Equal(t, []string{"2023-09-30", "2023-12-31", ""}, problemsOf(l, func(p LedgerProblem) string { return p.Deadline }))
	assert.Equal(t, "2023-08-12", l.Problems[0].Completed)
}

// TestLedgerLeaderColumnOfOffices: a column headed 责任人 that holds offices
// is the department when no other column is.
func TestLedgerLeaderColumnOfOffices(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改措施,责任人,整改时限,整改状态\n"+
		"1,台账更新不及时,每月更新台账,综合科,2021年6月,已完成\n2,制度宣传不到位,开展宣传,办公室,2021年6月,已完成\n")
	require.Len(t, l.Problems, 2)
	assert.Equal(t, "综合科", l.Problems[0].Department)
	assert.Equal(t, "", l.Problems[0].Leader)
}

// TestLedgerNegatedStatusCells: the negated and pending statuses ledgers
// write are not done (the rows the evidence rule would call done without
// evidence).
func TestLedgerNegatedStatusCells(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改措施,责任部门,整改时限,整改状态,佐证材料\n"+
		"1,甲,措施,办公室,2021年6月,未销号,\n2,乙,措施,办公室,2021年6月,未按期完成,\n"+
		"3,丙,措施,办公室,2021年6月,未全部完成,\n4,丁,措施,办公室,2021年6月,不能按期完成,\n"+
		"5,戊,措施,办公室,2021年6月,待销号,\n6,己,措施,办公室,2021年6月,拟销号,\n"+
		"7,庚,措施,办公室,2021年6月,申请销号,\n8,辛,措施,办公室,2021年6月,未到位,\n")
	assert.Equal(t, []Status{StatusNotDone, StatusNotDone, StatusInProgress, StatusNotDone,
		StatusInProgress, StatusInProgress, StatusInProgress, StatusNotDone}, problemsOf(l, func(p LedgerProblem) Status { return p.Status }))
}

// TestLedgerGroupLabelRow: a row of group labels that name no column
// (基本情况, 整改落实) over the header is left out; the header below it
// names the columns.
func TestLedgerGroupLabelRow(t *testing.T) {
	l := ledgerOfXLSX(t, [][]any{
		{"基本情况", nil, nil, "整改落实", nil, nil},
		{"序号", "问题", "责任单位", "整改措施", "整改状态", "佐证材料"},
		{"1", "会议记录不完整", "办公室", "规范会议记录", "已完成", "会议记录本"},
	}, [2]string{"A1", "C1"}, [2]string{"D1", "F1"})
	assert.Equal(t, []problemRow{{No: "1", Department: "办公室", Evidence: "会议记录本", Status: StatusDone}}, problemRows(l))
}

// TestLedgerColumnByHeadNoun: a header that names no column word but ends
// in a kind's head noun is that column (牵头校领导, 包联领导 → leader; 整改依据材料,
// 相关资料 → evidence), whatever its cells hold.
func TestLedgerColumnByHeadNoun(t *testing.T) {
	for _, c := range []struct{ leader, evidence string }{
		{"牵头校领导", "整改依据材料"},
		{"包联领导", "相关资料"},
		{"挂点县领导", "整改佐证"},
		{"第一牵头人", "印证依据"},
	} {
		t.Run(c.leader+"/"+c.evidence, func(t *testing.T) {
			l := ledgerOfCSV(t, "序号,问题,整改措施,"+c.leader+",整改时限,整改状态,"+c.evidence+"\n"+
				"1,资产底数不清,开展清查,欧阳明远,2021年6月,已完成,清查底稿一份\n")
			require.Len(t, l.Problems, 1)
			assert.Equal(t, "欧阳明远", l.Problems[0].Leader)
			assert.Equal(t, "清查底稿一份", l.Problems[0].Evidence)
			assert.Equal(t, c.leader, l.Sheets[0].Columns[ColLeader])
			assert.Equal(t, c.evidence, l.Sheets[0].Columns[ColEvidence])
		})
	}
}

// TestLedgerLeaderCellsPostAndName: a column whose header names nothing and
// whose cells are posts followed by names (党委书记欧晓明, 党委副书记、院长管文博)
// is the leader.
func TestLedgerLeaderCellsPostAndName(t *testing.T) {
	l := ledgerOfCSV(t, "序号,问题,整改措施,挂点,整改时限,整改状态\n"+
		"1,学习不深入,修订学习计划,党委书记欧晓明,2021年6月,已完成\n"+
		"2,审核把关不严,制定审核流程,党委副书记、院长管文博,2021年6月,已完成\n"+
		"3,项目推进缓慢,建立调度机制,党委委员、副院长单丽华,2021年6月,正在整改\n")
	require.Len(t, l.Problems, 3)
	assert.Equal(t, "挂点", l.Sheets[0].Columns[ColLeader])
	assert.Equal(t, []string{"党委书记欧晓明", "党委副书记、院长管文博", "党委委员、副院长单丽华"},
		problemsOf(l, func(p LedgerProblem) string { return p.Leader }))
}

// TestLedgerGoesOnOverPage: a document's table whose first row is no
// header, on the page after a problems table as wide as it, goes on that
// table (a PDF ledger's last rows on the next page, cases-bq 06); a sheet of
// a workbook, or a table two pages on, does not.
func TestLedgerGoesOnOverPage(t *testing.T) {
	cells := func(ss ...string) []parse.Cell {
		out := make([]parse.Cell, len(ss))
		for i, s := range ss {
			out[i].Text = s
		}
		return out
	}
	header := cells("序号", "问题", "整改措施", "责任单位", "完成时限", "整改情况")
	first := parse.Table{Page: 1, HeaderRow: 1, Header: header, Rows: []parse.Row{
		{Number: 2, Cells: cells("1", "喷涂企业异味扰民", "停产整治", "执法大队", "2025年5月31日", "已完成")},
		{Number: 3, Cells: cells("2", "污水处理厂出水超标", "提标改造", "水环境股", "2025年6月30日", "已完成")},
	}}
	// The builder takes the lone row of page 2 for its header.
	tail := func(page int, sheet string) parse.Table {
		return parse.Table{Page: page, Sheet: sheet, HeaderRow: 1, Header: cells("3", "搅拌站扬尘", "加装喷淋", "大气环境股", "2025年6月30日", "正在整改")}
	}
	tests := []struct {
		name   string
		next   parse.Table
		want   []string
		sheets int
	}{
		{"next page", tail(2, ""), []string{"1", "2", "3"}, 1},
		{"two pages on", tail(3, ""), []string{"1", "2"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := first
			doc := &parse.Document{File: "ledger.pdf", Tables: []parse.Table{first, tt.next}}
			l := ReadLedger(doc)
			assert.Equal(t, tt.want, problemsOf(l, func(p LedgerProblem) string { return p.No }))
			assert.Len(t, l.Sheets, tt.sheets, "a table going on is no sheet of its own")
		})
	}
}

// docLedgerTables is a web page's two ledger tables, problems and clues,
// the first opened by title (a row of its own, or none).
func docLedgerTables(title string) string {
	return `<html><body><table>` + title + `
<tr><td>序号</td><td>问题</td><td>整改措施</td><td>责任领导</td><td>完成时限</td><td>整改进展</td></tr>
<tr><td>1</td><td>会议记录不完整</td><td>补齐记录</td><td>王明</td><td>2025-06-30</td><td>已完成</td></tr>
</table><p>问题线索办理台账</p><table>
<tr><td>线索编号</td><td>线索内容</td><td>移交时间</td><td>办理状态</td></tr>
<tr><td>XS-01</td><td>违规发放补贴</td><td>2025-04-25</td><td>正在核查</td></tr>
</table></body></html>`
}

// TestLedgerDocumentTablesNamed: a document's tables have no sheet names; of
// several, each row's evidence names its table by its title when it has
// one of its own (review of session 18: 上轮…台账 and 本轮…台账 are what a
// user looks for), else by its place (cases-bt 10: a platform's export as a
// web page, problems and clues, whose rows 3 and 4 could not be told apart).
func TestLedgerDocumentTablesNamed(t *testing.T) {
	tests := []struct {
		title, problems string
	}{
		{"", "表1"},
		{`<tr><td colspan="6">本轮巡察反馈问题整改台账</td></tr>`, "本轮巡察反馈问题整改台账"},
	}
	for _, tt := range tests {
		page := docLedgerTables(tt.title)
		doc, err := parse.Parse(context.Background(), "ledger.html", []byte(page), parse.Options{})
		require.NoError(t, err)
		l := ReadLedger(doc)
		require.Len(t, l.Problems, 1)
		require.Len(t, l.Clues, 1)
		assert.Equal(t, tt.problems, l.Problems[0].Ref.Sheet)
		assert.Equal(t, "表2", l.Clues[0].Ref.Sheet)
		// One table alone keeps no name: its rows are the document's.
		one, err := parse.Parse(context.Background(), "ledger.html", []byte(page[:strings.Index(page, "<p>问题线索")]+"</body></html>"), parse.Options{})
		require.NoError(t, err)
		l = ReadLedger(one)
		require.Len(t, l.Problems, 1)
		assert.Equal(t, "", l.Problems[0].Ref.Sheet)
	}
}
