package main

import (
	"fmt"
	"strconv"
)

var allRules = []string{
	"arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total", "claim.problems-done",
	"claim.item-status", "claim.meetings", "claim.accountability", "claim.systems", "claim.clues",
	"ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
	"meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence",
}

// expect builds expected.json: the findings, the rules absent, the verdict.
func expect(desc, asOf, verdict string, complete bool, notRun []string, fs ...map[string]any) map[string]any {
	has := map[string]bool{}
	for _, f := range fs {
		has[f["rule"].(string)] = true
	}
	absent := []string{}
	for _, r := range allRules {
		if !has[r] {
			absent = append(absent, r)
		}
	}
	if fs == nil {
		fs = []map[string]any{}
	}
	e := map[string]any{"description": desc, "as_of": asOf, "verdict": verdict, "complete": complete,
		"findings": fs, "absent_rules": absent}
	if notRun != nil {
		e["not_run"] = notRun
	}
	return e
}

func find(rule, item string, kv ...any) map[string]any {
	f := map[string]any{"rule": rule}
	if item != "" {
		f["item"] = item
	}
	for i := 0; i+1 < len(kv); i += 2 {
		f[kv[i].(string)] = kv[i+1]
	}
	return f
}

// mt is one meeting's minutes about the rectification.
func mt(file, title, date, host, topic string) meeting {
	return meeting{file: file, title: title, date: date, host: host, body: fmt.Sprintf(`地点：集团总部三楼会议室
出席：党委委员、班子成员；列席：集团本部各部门主要负责人
会议议题：%s
会议听取了巡视整改工作领导小组办公室关于巡视反馈问题整改推进情况的汇报，逐项分析了整改台账中各项任务的完成情况。
会议指出，巡视整改是一项严肃的政治任务，各责任部门和所属企业要对照整改方案，按时间节点推进，确保问题整改到位、按期销号。
会议要求，对进度滞后的事项，分管领导要亲自督办；对已完成整改的事项，要及时收集佐证材料，防止问题反弹。`, topic)}
}

// dlm is the minutes of the special democratic life meeting.
func dlm(file, date, host string) meeting {
	return meeting{file: file, title: "集团党委领导班子巡视整改专题民主生活会会议记录", date: date, host: host,
		body: `地点：集团总部一楼会议室
参会人员：集团党委领导班子成员；列席：省纪委监委驻集团纪检监察组有关同志
会议围绕省委巡视反馈意见整改，班子成员逐一对照反馈问题查摆自身存在的问题，深刻剖析思想根源，开展批评和自我批评。
会议强调，要以这次专题民主生活会为契机，把巡视整改抓实抓细，确保各项整改措施落地见效。`}
}

func cluesSheet(n int, handed string, closed []string) sheet {
	s := sheet{name: "问题线索台账", title: "巡视移交问题线索办理台账",
		head: [][]string{{"线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}},
		keys: []string{"clue_no", "person", "summary", "handed", "handler", "disposal", "closed", "cstatus"}}
	names := []string{"张某某", "李某某", "王某某", "刘某某", "赵某某", "孙某某"}
	for i := 0; i < n; i++ {
		s.rows = append(s.rows, row{"clue_no": fmt.Sprintf("XS2023-%02d", i+1), "person": names[i%len(names)],
			"summary": "反映其在工程分包中违规插手", "handed": handed, "handler": "集团纪委",
			"disposal": "初步核实后了结", "closed": closed[i], "cstatus": "已办结"})
	}
	return s
}

// accSheet lists people held accountable: methods in order, each with its unit.
func accSheet(methods []string, units []string, date string) sheet {
	s := sheet{name: "问责情况", title: "巡视整改追责问责情况统计表",
		head: [][]string{{"序号", "所在单位", "姓名", "职务", "问责方式", "问责时间"}},
		keys: []string{"no", "unit", "person", "post", "method", "date"}}
	for i, m := range methods {
		s.rows = append(s.rows, row{"no": strconv.Itoa(i + 1), "unit": units[i], "person": fmt.Sprintf("%s某%d", string([]rune("陈林黄郑吴周徐孙马朱胡郭何高罗")[i%15]), i+1),
			"post": "部门负责人", "method": m, "date": date})
	}
	return s
}

func rulesSheet(newN, revN int) sheet {
	s := sheet{name: "制度建设", title: "巡视整改建章立制情况表",
		head: [][]string{{"序号", "制度名称", "新建/修订", "印发时间"}},
		keys: []string{"no", "rname", "rkind", "rdate"}}
	names := []string{"投资管理办法", "担保管理规定", "合同管理办法", "全面预算管理办法", "招标采购管理办法", "资金集中管理办法",
		"干部选拔任用工作规定", "干部交流轮岗实施意见", "高层次人才引进办法", "费用报销管理办法", "公务用车管理办法",
		"业务招待管理规定", "债务风险管控办法", "分包管理细则", "闲置资产处置办法", "安全生产责任制规定", "党委前置研究事项清单"}
	for i := 0; i < newN+revN; i++ {
		k := "新建"
		if i >= newN {
			k = "修订"
		}
		s.rows = append(s.rows, row{"no": strconv.Itoa(i + 1), "rname": "《" + names[i] + "》", "rkind": k,
			"rdate": fmt.Sprintf("2023年%d月%d日", 6+i%3, 5+i)})
	}
	return s
}

func strp(s string) *string { return &s }
