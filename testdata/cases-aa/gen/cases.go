package main

// allRules are the rules of docs/rules.md; absent(...) lists those not expected.
var allRules = []string{"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total",
	"claim.problems-done", "claim.item-status", "claim.meetings", "claim.accountability",
	"claim.systems", "claim.clues", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner",
	"clue.overdue", "meeting.democratic-life-missing", "text.vague-measures", "text.copied",
	"history.recurrence"}

type F = map[string]any

func expect(desc, asOf, verdict string, complete bool, notRun []string, findings ...F) map[string]any {
	fired := map[string]bool{}
	for _, f := range findings {
		fired[f["rule"].(string)] = true
	}
	notRunSet := map[string]bool{}
	for _, r := range notRun {
		notRunSet[r] = true
	}
	var absent []string
	for _, r := range allRules {
		if !fired[r] {
			absent = append(absent, r)
		}
	}
	if findings == nil {
		findings = []F{}
	}
	e := map[string]any{"description": desc, "as_of": asOf, "verdict": verdict,
		"complete": complete, "findings": findings, "absent_rules": absent}
	if len(notRun) > 0 {
		e["not_run"] = notRun
	}
	return e
}

// p is one problem of a ledger: the fields in a fixed order, laid out per
// case by a column order.
type p struct {
	no, cat, title, measure, leader, dept, deadline, status, completed, evidence, note string
}

func cell(x p, col string) string {
	switch col {
	case "序号":
		return x.no
	case "问题类别":
		return x.cat
	case "具体问题", "反馈问题", "问题描述":
		return x.title
	case "整改措施":
		return x.measure
	case "责任领导":
		return x.leader
	case "责任单位", "责任科室":
		return x.dept
	case "完成时限", "整改时限":
		return x.deadline
	case "整改进度", "完成情况", "目前进展":
		return x.status
	case "完成时间":
		return x.completed
	case "佐证资料", "佐证材料":
		return x.evidence
	case "备注":
		return x.note
	}
	return ""
}

func problems(name, title string, cols []string, ps []p, footer string) sheet {
	s := sheet{name: name, title: title, header: cols, footer: footer}
	for _, x := range ps {
		row := make([]string, len(cols))
		for i, c := range cols {
			row[i] = cell(x, c)
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func info(unit, round, fb, rd, asOf string) map[string]any {
	return map[string]any{"unit": unit, "round": round, "feedback_date": fb, "report_date": rd, "as_of": asOf}
}

const dlmBody = "会议围绕巡察反馈问题整改开展对照检查，班子成员逐一作对照检查发言，开展批评和自我批评。主持人对巡察整改提出要求：一是对反馈问题逐条对账销号，二是对整改中发现的新问题举一反三，三是把整改成效纳入年度考核。"

func pcBody(n string) string {
	return "会议传达学习了巡察反馈意见整改有关要求，听取了巡察整改工作领导小组办公室关于反馈问题整改进展的汇报（第" + n + "次），逐项研究了未完成问题的整改措施和责任分工。会议要求各责任科室对照整改台账，按时限报送佐证材料，办公室每月通报整改进度。"
}

func specialBody() string {
	return "会议专题研究巡察反馈问题整改工作，逐项听取各牵头科室整改进展汇报，对整改难度较大的问题明确了分管领导包保和完成时限，要求整改不到位的不得销号。"
}
