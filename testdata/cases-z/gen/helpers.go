package main

import "fmt"

// topics are problem titles, measures and evidence the ledgers draw on.
var topics = []struct{ cat, prob, meas, ev string }{
	{"政治建设", "学习贯彻上级决策部署不够及时", "2023年5月修订党组会议“第一议题”制度，每月集中学习一次", "《党组“第一议题”学习制度》及5—8月学习记录"},
	{"政治建设", "意识形态工作责任制落实不到位", "6月印发意识形态工作责任清单，每季度分析研判一次", "意识形态工作责任清单（〔2023〕12号）"},
	{"全面从严治党", "“三重一大”事项集体决策不规范", "修订“三重一大”决策实施办法，明确议事范围", "《“三重一大”事项决策实施办法》"},
	{"全面从严治党", "公务用车使用登记不规范", "6月起启用公务用车电子派车单，逐车建立台账", "公务用车派车记录及台账"},
	{"全面从严治党", "差旅费报销审核把关不严", "对2022年以来差旅费逐笔复核，清退超标准报销2.3万元", "退款凭证及复核清单"},
	{"作风建设", "窗口服务群众办事时限较长", "梳理41项办事事项，压缩办理时限至5个工作日内", "办事指南（2023年版）"},
	{"作风建设", "督查检查考核事项过多", "清理合并督查检查事项，全年压减至6项", "督查检查计划备案表"},
	{"组织建设", "基层党支部“三会一课”记录不规范", "7月组织支部书记培训一次，统一记录本", "培训通知及签到表"},
	{"组织建设", "干部人事档案专项审核发现问题未整改", "对27卷档案逐卷补充材料并复审", "档案专项审核复审表"},
	{"组织建设", "党员发展程序不规范", "对近三年发展的11名党员材料逐一复查", "党员发展材料复查记录"},
	{"业务管理", "专项资金拨付进度滞后", "建立资金拨付月调度机制，8月底前拨付到位", "资金拨付凭证"},
	{"业务管理", "政府采购程序执行不严格", "修订《政府采购内部控制办法》，采购事项全部进入平台", "《政府采购内部控制办法》"},
	{"业务管理", "合同管理不到位", "对在执行的63份合同逐一清理，建立合同台账", "合同清理台账"},
	{"业务管理", "固定资产账实不符", "9月前完成资产清查，核销报废资产38件", "资产清查报告"},
	{"业务管理", "内部审计发现问题整改跟踪不够", "建立审计整改销号清单，每月通报一次", "审计整改销号清单"},
	{"作风建设", "会议文件精简要求落实不到位", "严格会议审批，全年发文数量较上年压减15%", "发文统计表"},
	{"政治建设", "巡察整改日常监督不到位", "纪检组每月开展一次整改督导", "督导记录"},
	{"组织建设", "年轻干部培养选拔力度不够", "制定年轻干部培养三年计划，建立人选库", "《年轻干部培养三年计划》"},
	{"全面从严治党", "公务接待清单不完整", "统一公务接待审批单和清单，按月公示", "公务接待审批单"},
	{"业务管理", "项目建设档案管理不规范", "对2021年以来14个项目档案补齐归档", "项目档案归档目录"},
	{"作风建设", "为基层减负措施落实不够", "每季度召开一次基层减负座谈会", "座谈会记录"},
	{"业务管理", "国有资产出租未公开招租", "对5处出租房产重新公开招租", "招租公告及合同"},
	{"组织建设", "党费收缴标准核定不准确", "重新核定党员党费基数，补缴党费0.86万元", "党费补缴明细"},
}

var leaders = []string{"何志远", "副局长 李文博", "副局长 孙丽华", "纪检组长 周建国", "总会计师 郑敏", "副局长 杜海涛"}
var depts = []string{"办公室", "人事股", "财务股", "机关党委", "计划股", "法规股"}

// pr is one problems row, in the canonical column order
// 序号 问题类别 具体问题 整改措施 责任领导 责任单位 完成时限 整改进度 佐证资料.
type pr struct{ no, cat, prob, meas, leader, dept, deadline, status, ev string }

// rows builds n problem rows starting with topic off; status(i) gives the
// status cell and deadline(i) the deadline of row i (0-based).
func rows(n, off int, status func(int) string, deadline func(int) string) []pr {
	var out []pr
	for i := 0; i < n; i++ {
		t := topics[(i+off)%len(topics)]
		out = append(out, pr{fmt.Sprint(i + 1), t.cat, t.prob, t.meas, leaders[i%len(leaders)], depts[i%len(depts)],
			deadline(i), status(i), t.ev})
	}
	return out
}

// firstDone: the first k rows done, the rest in progress.
func firstDone(k int, done, prog string) func(int) string {
	return func(i int) string {
		if i < k {
			return done
		}
		return prog
	}
}

func constDate(d string) func(int) string { return func(int) string { return d } }

// order lays rows out in the column order given by names of pr fields.
func order(rs []pr, cols []string) [][]string {
	var out [][]string
	for _, r := range rs {
		m := map[string]string{"序号": r.no, "问题类别": r.cat, "具体问题": r.prob, "整改措施": r.meas,
			"责任领导": r.leader, "责任单位": r.dept, "完成时限": r.deadline, "整改进度": r.status, "佐证资料": r.ev}
		var row []string
		for _, c := range cols {
			row = append(row, m[c])
		}
		out = append(out, row)
	}
	return out
}

func mt(title, date, host, body string) minutes {
	return minutes{"", title + "\n\n时间：" + date + "\n地点：机关三楼会议室\n主持：" + host +
		"\n参会：党组成员，各股室负责人\n记录：办公室 王晓琳\n\n" + body + "\n"}
}

func named(name string, m minutes) minutes { m.name = name; return m }

func f(rule, item string) map[string]any { return map[string]any{"rule": rule, "item": item} }

func exp(desc, verdict string, complete bool, findings []map[string]any, notRun []string) map[string]any {
	if findings == nil {
		findings = []map[string]any{}
	}
	m := map[string]any{"description": desc, "verdict": verdict, "complete": complete, "findings": findings}
	if len(notRun) > 0 {
		m["not_run"] = notRun
	}
	return m
}

func cj(unit, feedback, report string) map[string]any {
	return map[string]any{"unit": unit, "round": "县委第二轮巡察", "feedback_date": feedback, "report_date": report, "as_of": report}
}
