package casegen

import "github.com/zhenggai/zhenggai/extract"

// The tables the varied generator draws from. Every sentence shape is ours,
// written in the style of the families docs/phrasing.md catalogues; each
// entry has an id that becomes a feature of the case ("phr.problems=found").

// problemsForm states the problems figures of a report: total t, done d, and
// the rate r. Forms with parts state the in-progress part p and the not-done
// part q after d: p is written by the form (and left out when 0), q by one of
// notDoneForms (left out when 0), passed in as nd.
type problemsForm struct {
	id    string
	parts bool
	mw    string // the measure word, when not 个
	text  func(t, d, p int, nd, rate string) string
}

var problemsForms = []problemsForm{
	{id: "feedback-done-doing", parts: true, text: func(t, d, p int, nd, r string) string {
		return f("巡察组反馈的%d个问题，已完成整改%d个%s%s，整改完成率%s。", t, d, opt(p, "，正在整改%d个"), nd, r)
	}},
	{id: "found-rectified", parts: true, text: func(t, d, p int, nd, r string) string {
		return f("巡视反馈指出问题%d个，目前已整改%d个%s%s，整改率为%s。", t, d, opt(p, "，正在推进%d个"), nd, r)
	}},
	{id: "items-done-continuing", parts: true, mw: "项", text: func(t, d, p int, nd, r string) string {
		return f("对照反馈意见梳理出问题%d项，完成整改%d项%s%s，完成率达%s。", t, d, opt(p, "，%d项正在持续整改"), nd, r)
	}},
	{id: "noun-phrase-total", text: func(t, d, p int, nd, r string) string {
		return f("巡视指出的党的领导、作风建设、财务管理等方面问题共%d条，已整改%d条，整改完成率%s。", t, d, r)
	}},
	{id: "banjie", parts: true, text: func(t, d, p int, nd, r string) string {
		return f("反馈问题%d个，其中已办结%d个%s%s，办结率%s。", t, d, opt(p, "、阶段性办结%d个"), nd, r)
	}},
	{id: "in-period", parts: true, text: func(t, d, p int, nd, r string) string {
		return f("在反馈的%d个问题中，已完成整改%d个%s%s，整改完成率%s。", t, d, opt(p, "，%d个尚在整改期内"), nd, r)
	}},
	{id: "found-count", text: func(t, d, p int, nd, r string) string {
		return f("巡察发现问题%d个，已整改到位%d个，整改完成率%s。", t, d, r)
	}},
	{id: "jian-handling", parts: true, mw: "件", text: func(t, d, p int, nd, r string) string {
		return f("巡察反馈问题%d件，已办结%d件%s%s，办结率%s。", t, d, opt(p, "，正在办理%d件"), nd, r)
	}},
}

// setPhrases are sentences of working rules and slogans whose 一 and 每 are
// no counts (一个问题一名牵头领导, 完成一项销号一项, 每季度听取一次汇报): a
// report may hold them anywhere, and no finding may come of them. {b} is the
// unit's party body.
var setPhrases = []string{
	"整改中，坚持一个问题一名牵头领导、一套整改方案，完成一项、销号一项。",
	"{b}每季度听取一次整改工作汇报，每月调度一次整改进展。",
	"建立“一个问题、一张清单、一名责任人”工作机制，做到整改一个、销号一个。",
}

// notDoneForms state the not-done part of the problems figures.
var notDoneForms = []string{"，未完成%d个", "，尚未完成%d个", "，尚未启动%d个", "，%d个暂未完成"}

// meetingWords names meetings of each type as reports write them.
var meetingWords = map[extract.MeetingType][]string{
	extract.MeetingPartyCommittee: {"党组会议", "党委会", "党委（党组）会议", "党组会"},
	extract.MeetingWork:           {"整改推进会", "整改工作调度会", "整改工作领导小组会议", "整改工作会议"},
	extract.MeetingSpecial:        {"整改专题会议", "专题会"},
	extract.MeetingStudy:          {"理论学习中心组专题学习"},
	extract.MeetingDemocraticLife: {"巡视整改专题民主生活会"},
}

// meetingForms state one meeting count n of a meeting named w; the
// count-before-verb form (先后N次召开) only for n ≥ 2.
var meetingForms = []struct {
	id   string
	text func(w string, n int) string
}{
	{"noun-count", func(w string, n int) string { return f("召开%s%d次", w, n) }},
	{"count-before-noun", func(w string, n int) string { return f("召开%d次%s", n, w) }},
	{"count-before-verb", func(w string, n int) string { return f("先后%d次召开%s", n, w) }},
	{"studied-n-times", func(w string, n int) string { return f("召开%s专题研究整改工作%d次", w, n) }},
}

// minuteTitles are the titles of minutes of each type; {u} is the unit's
// short name, {c} its party body (党组 or 党委).
var minuteTitles = map[extract.MeetingType][]string{
	extract.MeetingPartyCommittee: {"中共{u}{c}会议纪要", "{u}{c}会会议纪要", "中共{u}委员会会议纪要", "{u}党委（党组）会议纪要", "{u}常委会会议纪要"},
	extract.MeetingWork: {"{u}巡视整改工作推进会会议纪要", "{u}巡视整改工作调度会纪要", "{u}巡视整改工作领导小组会议纪要",
		"{u}整改工作会议纪要"},
	extract.MeetingSpecial:        {"{u}巡视整改专题会议纪要", "{u}{c}整改专题会纪要"},
	extract.MeetingStudy:          {"{u}{c}理论学习中心组专题学习会议纪要"},
	extract.MeetingDemocraticLife: {"{u}{c}巡视整改专题民主生活会会议记录", "{u}{c}领导班子巡视整改专题民主生活会纪要"},
}

// distractorTitles are minutes that no report figure counts: other kinds of
// meetings, about other business.
var distractorTitles = []string{"{u}局务会会议纪要", "{u}办公会纪要", "{u}安全生产工作座谈会纪要"}

// statusWords are the ways ledgers write a row's status, by the status they
// mean. Pending and negated forms are not done whatever word they contain.
var statusWords = []struct {
	id     string
	status extract.Status
	words  []string
}{
	{"done-plain", extract.StatusDone, []string{"已完成", "已整改", "完成整改", "已整改到位"}},
	{"done-closed", extract.StatusDone, []string{"已销号", "已办结"}},
	{"doing-plain", extract.StatusInProgress, []string{"正在整改", "推进中", "整改中", "持续推进"}},
	{"doing-partial", extract.StatusInProgress, []string{"阶段性完成", "基本完成", "部分完成"}},
	{"pending", extract.StatusInProgress, []string{"待销号", "拟销号", "申请销号"}},
	{"not-done-plain", extract.StatusNotDone, []string{"未完成", "尚未启动", "未整改"}},
	{"not-done-negated", extract.StatusNotDone, []string{"未销号", "未按期完成", "未全部完成", "不能按期完成"}},
}

// extraHeaders are header words offices use beside those of extract's
// column table.
var extraHeaders = map[extract.ColumnKind][]string{
	extract.ColLeader:     {"牵头领导", "责任领导", "分管领导"},
	extract.ColDepartment: {"牵头处室", "主责部门", "落实单位", "责任科室", "配合部门及牵头单位"},
	extract.ColDeadline:   {"计划完成时间", "完成时限"},
	extract.ColStatus:     {"目前进展", "整改落实情况"},
	extract.ColCompleted:  {"实际完成时间"},
	extract.ColEvidence:   {"整改佐证", "佐证材料目录"},
	extract.ColProblem:    {"巡视反馈问题", "问题具体表现"},
	extract.ColMeasures:   {"整改措施及目标"},
}

var sections = []string{"党的领导", "党的建设", "全面从严治党", "选人用人", "作风建设", "财务管理"}

var problemTitles = []string{"学习贯彻上级决策部署不够深入", "意识形态工作责任制落实不到位", "“三重一大”决策制度执行不严格",
	"专项资金拨付不及时", "公务用车管理不规范", "干部档案审核把关不严", "政府采购程序不规范", "直属单位监管缺位",
	"会议费支出审核不严", "基层党组织换届不及时", "安全生产监管责任落实不力", "项目招标投标管理混乱", "国有资产处置不规范",
	"津补贴发放不合规", "信息公开不及时不全面", "执法检查流于形式", "内部控制制度不健全", "选人用人程序不规范",
	"上轮巡察整改不彻底", "廉政风险防控不到位", "合同管理台账缺失", "财务报销审核不严"}

var ruleNames = []string{"“三重一大”事项集体决策实施细则", "公务接待管理办法", "财务管理制度", "档案管理办法", "公务用车管理规定",
	"政府采购内部控制规程", "干部选拔任用工作规程", "党组工作规则", "意识形态工作责任制实施细则", "合同管理办法"}

var surnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"}
var givenNames = []string{"建国", "文斌", "晓明", "海燕", "德明", "振华", "立新", "志强", "丽娟", "国庆"}
var departments = []string{"办公室", "财务科", "人事科", "法规科", "机关党委", "监督检查科", "规划科", "后勤服务中心"}

// accMethods are sanctions with the subtype each counts as.
var accMethods = []struct {
	word string
	sub  extract.Subtype
}{
	{"党纪处分（警告）", extract.SubtypeDisciplined}, {"政务处分（记过）", extract.SubtypeDisciplined},
	{"组织处理（调整岗位）", extract.SubtypeOrgHandling}, {"诫勉", extract.SubtypeAdmonished},
	{"通报批评", extract.SubtypeCriticized},
}

// moneyForms state an amount recovered or refunded; no rule checks it.
var moneyForms = []string{"追缴违规资金%s万元", "清退违规发放津补贴%s万元", "收回闲置资金%s万元"}

// The forms of the sanctions, rules and clues figures (written in
// reportParas): a total with its kinds, 共 before the total, the kinds alone.
var (
	accForms  = []string{"total-then-kinds", "gong-total", "kinds-only"}
	sysForms  = []string{"new-revised", "total-with-parts", "made-and-revised"}
	clueForms = []string{"handed-handled", "received-disposed", "among-closed", "all-closed"}
)
