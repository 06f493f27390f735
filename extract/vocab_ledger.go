package extract

// SheetKind is what a ledger table holds: problems, clues, accountability
// or systems (制度; "rules" in JSON). It is SheetInfo.Kind.
type SheetKind string

// The sheet kinds. SheetUnknown is a table read as none of them.
const (
	SheetUnknown        SheetKind = ""
	SheetProblems       SheetKind = "problems"
	SheetClues          SheetKind = "clues"
	SheetAccountability SheetKind = "accountability"
	SheetSystems        SheetKind = "rules"
)

// sheetKinds is the table of sheet kinds with the columns looked for in
// each (the signal of a kind is its columns; sheetKind has the order and
// the tests).
var sheetKinds = []struct {
	Kind    SheetKind
	Chinese string
	Columns []ColumnKind
}{
	{SheetProblems, "问题整改台账", []ColumnKind{ColNo, ColCategory, ColProblem, ColMeasures, ColLeader, ColDepartment,
		ColDeadline, ColStatus, ColCompleted, ColEvidence, ColNote}},
	{SheetClues, "问题线索台账", []ColumnKind{ColNo, ColClueNo, ColPerson, ColSummary, ColHandedOver, ColHandler,
		ColDisposal, ColClosed, ColClueStatus}},
	{SheetAccountability, "问责情况台账", []ColumnKind{ColNo, ColPerson, ColMethod, ColAccountabilityDate}},
	{SheetSystems, "制度建设台账", []ColumnKind{ColNo, ColSystemName, ColSystemKind, ColSystemDate}},
}

// Chinese returns the Chinese name of k (问题整改台账 …), 未识别 for
// SheetUnknown.
func (k SheetKind) Chinese() string {
	for _, e := range sheetKinds {
		if e.Kind == k {
			return e.Chinese
		}
	}
	return "未识别"
}

// columnsOf returns the columns looked for in a sheet of kind k.
func columnsOf(k SheetKind) []ColumnKind {
	for _, e := range sheetKinds {
		if e.Kind == k {
			return e.Columns
		}
	}
	return nil
}

// ColumnKind is what a ledger column holds (the keys of SheetInfo.Columns).
type ColumnKind string

// The column kinds.
const (
	ColNo         ColumnKind = "no"
	ColCategory   ColumnKind = "category"
	ColProblem    ColumnKind = "problem"
	ColMeasures   ColumnKind = "measures"
	ColLeader     ColumnKind = "leader"
	ColDepartment ColumnKind = "department"
	ColDeadline   ColumnKind = "deadline"
	ColStatus     ColumnKind = "status"
	ColCompleted  ColumnKind = "completed"
	ColEvidence   ColumnKind = "evidence"
	ColNote       ColumnKind = "note"

	ColClueNo     ColumnKind = "clue_no"
	ColPerson     ColumnKind = "person"
	ColSummary    ColumnKind = "summary"
	ColHandedOver ColumnKind = "handed_over"
	ColHandler    ColumnKind = "handler"
	ColDisposal   ColumnKind = "disposal"
	ColClosed     ColumnKind = "closed"
	ColClueStatus ColumnKind = "clue_status"

	ColMethod             ColumnKind = "method"
	ColAccountabilityDate ColumnKind = "acc_date"

	ColSystemName ColumnKind = "rule_name"
	ColSystemKind ColumnKind = "rule_kind"
	ColSystemDate ColumnKind = "rule_date"
)

// columnKinds is the table of column kinds with the header words that
// signal each, most specific first. A header matches a word when, stripped
// of spaces and bracketed notes, it equals it or (for words of two or more
// characters) contains it; mapColumns has the order of the passes.
var columnKinds = []struct {
	Kind    ColumnKind
	Chinese string
	Words   []string
}{
	{ColNo, "序号", []string{"序号", "编号", "序"}},
	{ColCategory, "问题类别", []string{"问题类别", "问题类型", "类别", "问题分类"}},
	{ColProblem, "问题", []string{"问题描述", "存在问题", "反馈问题", "问题表现", "具体问题", "问题内容", "问题清单", "主要问题", "问题"}},
	{ColMeasures, "整改措施", []string{"整改措施", "整改举措", "整改任务", "措施"}},
	{ColLeader, "责任领导", []string{"责任领导", "牵头领导", "分管领导", "责任人", "包保领导", "督办领导", "牵头负责人",
		"负责领导", "负责人"}},
	{ColDepartment, "责任部门", []string{"责任部门", "责任单位", "责任科室", "责任股室", "责任处室", "牵头部门", "牵头单位",
		"牵头处室", "牵头科室", "牵头股室", "主责部门", "主责单位", "主责处室", "主办部门", "主办单位", "落实部门", "落实单位",
		"承办处室", "承办科室", "整改单位", "责任主体", "处室", "科室", "股室", "部门", "单位"}},
	{ColDeadline, "整改时限", []string{"整改时限", "完成时限", "整改期限", "时限要求", "计划完成时间", "计划完成时限",
		"完成期限", "办结时限", "时限"}},
	{ColStatus, "整改状态", []string{"整改状态", "完成情况", "整改进展", "整改情况", "进展情况", "整改进度", "销号情况",
		"是否销号", "是否完成", "目前进展", "完成进度", "落实情况", "状态"}},
	{ColCompleted, "完成时间", []string{"完成时间", "办结时间", "销号时间", "完成日期", "销号日期"}},
	{ColEvidence, "佐证材料", []string{"佐证材料", "证明材料", "佐证资料", "支撑材料", "印证材料", "佐证", "附件"}},
	{ColNote, "备注", []string{"备注", "说明"}},

	{ColClueNo, "线索编号", []string{"线索编号"}},
	{ColPerson, "反映对象（姓名）", []string{"反映对象", "姓名", "被问责人", "对象"}},
	{ColSummary, "线索摘要", []string{"问题线索摘要", "反映问题", "反映主要问题", "线索摘要", "主要问题", "问题摘要"}},
	{ColHandedOver, "移交时间", []string{"移交时间", "移交日期", "接收时间"}},
	{ColHandler, "承办部门", []string{"承办部门", "承办单位", "办理部门"}},
	{ColDisposal, "处置方式", []string{"处置方式", "处置情况", "办理方式"}},
	{ColClosed, "办结时间", []string{"办结时间", "处置时间", "了结时间"}},
	{ColClueStatus, "办理状态", []string{"办理状态", "办理情况", "办理进展", "状态"}},

	{ColMethod, "问责方式", []string{"问责方式", "处理方式", "处分类型", "问责类型", "问责情况", "处理结果"}},
	{ColAccountabilityDate, "问责时间", []string{"问责时间", "处理时间", "决定时间"}},

	{ColSystemName, "制度名称", []string{"制度名称", "制度", "文件名称"}},
	{ColSystemKind, "新建或修订", []string{"新建/修订", "新建或修订", "类别", "类型", "性质"}},
	{ColSystemDate, "印发时间", []string{"印发时间", "出台时间", "发布时间", "印发日期"}},
}

// columnHeads is the table of head nouns: a header that names no column
// word but ends in one of these (牵头校领导, 包联领导, 整改依据材料) is the
// column of that kind. It is tried after every column word.
var columnHeads = []struct {
	Kind  ColumnKind
	Heads []string
}{
	{ColLeader, []string{"领导", "负责人", "责任人", "牵头人", "联系人"}},
	{ColDepartment, []string{"站所", "所站"}},
	{ColEvidence, []string{"材料", "资料", "佐证", "依据", "附件", "证明"}},
}

// columnHeadWords indexes the head nouns of columnHeads by column kind.
var columnHeadWords = func() map[ColumnKind][]string {
	m := make(map[ColumnKind][]string, len(columnHeads))
	for _, e := range columnHeads {
		m[e.Kind] = e.Heads
	}
	return m
}()

// Chinese returns the Chinese name of column kind c (序号, 整改措施 …).
func (c ColumnKind) Chinese() string {
	for _, e := range columnKinds {
		if e.Kind == c {
			return e.Chinese
		}
	}
	return string(c)
}

// columnWords indexes the header words of columnKinds by column kind.
var columnWords = func() map[ColumnKind][]string {
	m := make(map[ColumnKind][]string, len(columnKinds))
	for _, e := range columnKinds {
		m[e.Kind] = e.Words
	}
	return m
}()
