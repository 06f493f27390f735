package extract

import "strings"

// This file is the vocabulary of claims: what a figure of a report counts
// (its Kind) and which part of that it counts (its Subtype), each with its
// Chinese name and the words that signal it. docs/vocabulary.md is rendered
// from these tables (TestVocabularyDoc keeps it in step).
//
// The "which sort" field is named by package and kept in JSON as it is:
//
//	Claim.Kind / Claim.Subtype    "kind" / "subtype"  (Kind, Subtype)
//	Meeting.Type                  "type"              (MeetingType; a meetings claim's Subtype)
//	SheetInfo.Kind                "kind"              (SheetKind)
//	Accountability.Kind, System.Kind  "kind"          (Subtype of accountability, of systems)
//	LedgerProblem.Status, Item.Status "status"        (Status; a problems claim's Subtype)

// Kind is what a claim counts: problems, meetings, systems (制度) …
type Kind string

// The kinds of claims.
const (
	KindProblems       Kind = "problems"
	KindMeetings       Kind = "meetings"
	KindSystems        Kind = "systems"
	KindAccountability Kind = "accountability"
	KindClues          Kind = "clues"
	KindMoney          Kind = "money"
	KindOther          Kind = "other"
)

// kinds is the table of claim kinds, in the order documented.
var kinds = []struct {
	Kind    Kind
	Chinese string
	// Note says, for the reader, what signals the kind (the measure word
	// and the nouns near the figure; classifyFigure has the details).
	Note string
}{
	{KindProblems, "问题", "量词个、项、件、条，前后有“问题”；或“率”“占比”之后的百分数"},
	{KindMeetings, "会议", "量词次、场、期、轮，前后有会议名称（见会议类型）"},
	{KindSystems, "制度", "量词个、项、件、条，前后有制度、办法、规定、规则、细则、机制"},
	{KindAccountability, "问责", "量词人、名、人次、位，前后有问责方式（见子类）"},
	{KindClues, "问题线索", "前后有“线索”；或紧随线索数字、以“件”计"},
	{KindMoney, "资金", "量词元（万元、亿元）"},
	{KindOther, "其他", "其余数字；子类为所计之物的原文"},
}

// Chinese returns the Chinese name of k (问题, 会议, 制度 …), or k itself when it
// is not in the table.
func (k Kind) Chinese() string {
	for _, e := range kinds {
		if e.Kind == k {
			return e.Chinese
		}
	}
	return string(k)
}

// Subtype is which part of its kind a claim counts. The subtypes of
// problems are the statuses (Status.Subtype) plus total and rate; those of
// meetings are the meeting types (MeetingType.Subtype). A claim of kind
// other holds the thing counted, as written (专项检查, 方面), in Subtype.
type Subtype string

// The subtypes that are not statuses or meeting types.
const (
	SubtypeTotal         Subtype = "total"
	SubtypeRate          Subtype = "rate"
	SubtypeNew           Subtype = "new"
	SubtypeRevised       Subtype = "revised"
	SubtypeDisciplined   Subtype = "disciplined"
	SubtypeOrgHandling   Subtype = "org_handling"
	SubtypeAdmonished    Subtype = "admonished"
	SubtypeCriticized    Subtype = "criticized"
	SubtypeReceived      Subtype = "received"
	SubtypeHandled       Subtype = "handled"
	SubtypeFiled         Subtype = "filed"
	SubtypeRecovered     Subtype = "recovered"
	SubtypeRefunded      Subtype = "refunded"
	SubtypeLossRecovered Subtype = "loss_recovered"
	SubtypeOther         Subtype = "other"

	// The problems subtypes that count problems of a status.
	SubtypeDone       = Subtype(StatusDone)
	SubtypeInProgress = Subtype(StatusInProgress)
	SubtypeNotDone    = Subtype(StatusNotDone)
)

// subtypeEntry is one row of the subtypes table.
type subtypeEntry struct {
	Kind    Kind
	Subtype Subtype
	Chinese string
	// Words signal the subtype in the words before (or after) the figure.
	// Within a kind, rows are tried in the order written and the first
	// row whose words occur decides; rows without words are decided by
	// other means, which Note tells.
	Words []string
	Note  string
}

// subtypes is the table of claim subtypes, by kind, in the order the
// classifier tries them.
var subtypes = []subtypeEntry{
	{KindProblems, SubtypeTotal, "问题总数", []string{"反馈", "指出", "发现", "交办", "移交", "梳理", "查摆", "共", "涉及", "列出", "认领"}, ""},
	{KindProblems, SubtypeDone, "已完成整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeInProgress, "正在整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeNotDone, "未完成整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeRate, "整改完成率", nil, "“率”之后的百分数，或关于问题的“占比”“占…总数”"},

	{KindSystems, SubtypeNew, "新建制度", []string{"新建", "新制定", "新出台", "制定", "建立", "出台", "新增"}, ""},
	{KindSystems, SubtypeRevised, "修订制度", []string{"修订", "修改", "完善", "健全"}, ""},
	{KindSystems, SubtypeTotal, "建立完善制度", []string{"合计", "小计", "共"}, ""},

	{KindAccountability, SubtypeDisciplined, "给予党纪政务处分", []string{"党纪政务处分", "党纪处分", "政务处分", "纪律处分", "处分",
		"党纪", "警告", "记过", "记大过", "降级", "撤职", "开除", "留党察看", "撤销党内职务"}, ""},
	{KindAccountability, SubtypeOrgHandling, "组织处理", []string{"组织处理", "免职", "降职", "调整岗位", "调离", "停职", "责令辞职",
		"调整", "引咎辞职", "改任", "岗位"}, ""},
	{KindAccountability, SubtypeAdmonished, "诫勉（谈话提醒）", []string{"诫勉", "谈话提醒", "提醒谈话", "约谈", "函询"}, ""},
	{KindAccountability, SubtypeCriticized, "通报批评", []string{"通报批评"}, ""},
	{KindAccountability, SubtypeOther, "其他方式问责", []string{"书面检查", "检讨", "调查", "移送", "批评教育", "立案审查"}, ""},
	{KindAccountability, SubtypeTotal, "问责总人数", []string{"问责", "追责", "责任追究", "处理"}, ""},

	{KindClues, SubtypeFiled, "立案", []string{"立案"}, ""},
	{KindClues, SubtypeHandled, "办结（处置）的线索", []string{"办结", "处置", "了结", "办理完毕", "核查完毕", "已办理"}, ""},
	{KindClues, SubtypeReceived, "收到（受理）的线索", []string{"收到", "移交", "受理", "交办", "接收", "共", "线索"}, ""},

	{KindMoney, SubtypeLossRecovered, "挽回损失", []string{"挽回"}, ""},
	{KindMoney, SubtypeRefunded, "清退（退还）资金", []string{"清退", "退还", "退回", "退缴", "返还", "退赔", "退款", "退出"}, ""},
	{KindMoney, SubtypeRecovered, "追回（收缴）资金", []string{"追回", "追缴", "收回", "追偿", "收缴"}, ""},
	{KindMoney, SubtypeOther, "其他资金", nil, "以元计、无上述词语的金额"},
}

// SubtypeChinese returns the Chinese name of subtype s of kind k (for
// meetings, the meeting type's name); for kind other, and for a subtype not
// in the table, s itself.
func (k Kind) SubtypeChinese(s Subtype) string {
	if k == KindMeetings {
		return MeetingType(s).Chinese()
	}
	for _, e := range subtypes {
		if e.Kind == k && e.Subtype == s {
			return e.Chinese
		}
	}
	return string(s)
}

// subtypeList is a kind's rows of the subtypes table that have signal
// words, in order, each with its words joined by | (the form has and firstOf
// take).
type subtypeList []struct {
	sub   Subtype
	words string
}

// subtypeWords returns kind k's subtypeList.
func subtypeWords(k Kind) subtypeList {
	var out subtypeList
	for _, e := range subtypes {
		if e.Kind == k && len(e.Words) > 0 {
			out = append(out, struct {
				sub   Subtype
				words string
			}{e.Subtype, strings.Join(e.Words, "|")})
		}
	}
	return out
}

// wordsOf returns the signal words of subtype s of kind k, joined by |.
func wordsOf(k Kind, s Subtype) string {
	for _, e := range subtypes {
		if e.Kind == k && e.Subtype == s {
			return strings.Join(e.Words, "|")
		}
	}
	panic("extract: no words for " + string(k) + "/" + string(s))
}
