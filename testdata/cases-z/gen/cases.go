package main

import "fmt"

const body = "会议传达学习了县委巡察组反馈意见，听取了巡察整改工作进展情况汇报，逐项研究了反馈问题的整改措施、责任分工和完成时限。会议要求，各责任股室要对照整改台账逐条推进，按期报送整改进展，做到问题不查清不放过、整改不到位不销号。"

const dlBody = "会议围绕巡察反馈问题整改主题，党组书记代表党组班子作对照检查，班子成员逐一开展批评和自我批评，认领整改责任，明确下一步整改措施。"

var stdCols = []string{"序号", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "佐证资料"}

func std(title string, rs []pr, cols []string) sheet {
	return sheet{name: "问题整改台账", title: title, header: [][]string{cols}, rows: order(rs, cols),
		footer: []string{"", "填表人：王晓琳    审核人：李文博    填报日期：2023年8月31日"}}
}

func dl(unit, date string) minutes {
	return mt(unit+"巡察整改专题民主生活会会议记录", date, "党组书记 何志远", dlBody)
}

func party(unit, n, date string) minutes {
	return mt(unit+"会议纪要\n（2023年第"+n+"次）", date, "党组书记、局长 何志远", body)
}

func cases() []kase {
	var cs []kase

	// 01: the county's round over 15 units first, then the unit's own figures; clean.
	{
		u := "中共云岭县财政局党组"
		rs := rows(18, 0, firstDone(15, "已完成", "正在推进，预计年底前完成"), constDate("2023.12.31"))
		for i := 0; i < 15; i++ {
			rs[i].deadline = []string{"2023.6.30", "2023/7/31", "立行立改"}[i%3]
		}
		cs = append(cs, kase{
			dir: "01-county-round-first-clean", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于县委第二轮巡察反馈意见整改情况的报告

县委巡察工作领导小组：
2023年3月至4月，县委第二轮巡察对全县15家单位开展了常规巡察，共向被巡察党组织反馈问题212个，移交问题线索9件。2023年4月20日，县委第二巡察组向我局党组反馈了巡察意见。局党组坚持把巡察整改作为重大政治任务，现将整改情况报告如下。

一、整改工作的组织推进
局党组先后召开党组会议3次，专题研究巡察整改工作，逐条对照反馈意见制定整改方案，明确责任领导、责任股室和完成时限，建立问题、任务、责任三张清单。

二、整改任务完成情况
县委第二巡察组反馈我局的3个方面18个问题，截至2023年8月31日，已完成整改15个，正在整改3个，整改完成率83.33%。正在整改的3个问题均涉及长效机制建设，计划于2023年12月底前全部完成。

三、下一步打算
局党组将持续压实整改主体责任，对已完成的问题适时开展“回头看”，对正在整改的问题每月调度一次，确保按期销号。

中共云岭县财政局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("云岭县财政局县委第二轮巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("2023-04-28党组会.txt", party(u, "6", "2023年4月28日")),
				named("2023-06-09党组会.txt", party(u, "9", "2023年6月9日")),
				named("2023-08-18党组会.txt", party(u, "12", "2023年8月18日")),
				named("2023-07-20民主生活会.txt", dl(u, "2023年7月20日")),
			},
			expected: exp("县委一轮巡察15家单位212个问题在前，本局18个问题在后；台账18行15完成3推进，党组会3次、专题民主生活会1次：应无发现", "clean", true, nil, nil),
		})
	}

	// 02: a sister unit's figures first; the unit claims 14 done, the ledger has 12.
	{
		u := "中共云岭县交通运输局党组"
		rs := rows(16, 3, firstDone(12, "已完成，已建立长效机制", "正在推进，预计年底前完成"), constDate("2023年12月31日"))
		cols := []string{"序号", "具体问题", "问题类别", "责任单位", "责任领导", "整改措施", "完成时限", "佐证资料", "整改进度"}
		cs = append(cs, kase{
			dir: "02-sister-unit-first-done-inflated", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改进展情况的报告

县委：
在7月召开的全县交通运输系统巡察整改推进会上，县公路事业发展中心通报收到反馈问题22个、已整改20个，县道路运输服务中心通报收到反馈问题17个、已整改17个，兄弟单位整改进度总体较快，对照之下我局仍有差距。
县委第二巡察组于2023年4月20日向我局反馈问题16个。局党组召开整改专题会议2次，逐项分解任务。截至目前，我局已完成整改14个，正在整改2个，正在整改的问题均已明确时间表。
下一步，我局将对照兄弟单位的做法，加快推进剩余问题整改。

中共云岭县交通运输局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("巡察反馈问题整改落实台账", rs, cols)},
			minutes: []minutes{
				named("专题会1.txt", mt(u+"巡察整改专题会议纪要", "2023年5月6日", "党组书记 何志远", body)),
				named("专题会2.txt", mt(u+"巡察整改专题会议纪要", "2023年7月14日", "党组书记 何志远", body)),
				named("民主生活会.txt", dl(u, "2023年6月28日")),
			},
			expected: exp("兄弟单位22/20、17/17在前；本局称16个中已完成14个，台账16行仅12行完成（4行正在推进）", "paper-rectification-suspected", true,
				[]map[string]any{f("claim.problems-done", "done")}, nil),
		})
	}

	// 03: the unit's campaign over firms and hazards first; clean.
	{
		u := "中共云岭县应急管理局党组"
		rs := rows(12, 5, constStatus("已整改到位"), constDate("2023.7.31"))
		cs = append(cs, kase{
			dir: "03-campaign-hazards-first-clean", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
今年以来，我局牵头在全县开展危险化学品和工贸行业安全生产专项整治，对全县136家企业开展执法检查，发现并督促整改安全隐患428处，立案查处违法行为17起，罚款46.5万元，专项整治取得阶段性成效。
2023年4月20日，县委第二巡察组向我局反馈问题12个。局党组召开党组会议2次、整改工作推进会2次，研究部署整改工作。截至8月底，反馈的12个问题已完成整改12个，整改完成率100%。
我局将把巡察整改与安全生产专项整治结合起来，持续巩固整改成果。

中共云岭县应急管理局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("县应急管理局巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("党组会-0505.txt", party(u, "8", "2023年5月5日")),
				named("党组会-0712.txt", party(u, "11", "2023年7月12日")),
				named("推进会-0519.txt", mt(u+"巡察整改工作推进会会议纪要", "2023年5月19日", "局长 何志远", body)),
				named("推进会-0803.txt", mt(u+"巡察整改工作推进会会议纪要", "2023年8月3日", "局长 何志远", body)),
				named("民主生活会.txt", dl(u, "2023年6月16日")),
			},
			expected: exp("专项整治136家企业、隐患428处在前；本局12个问题全部完成，台账12行均完成有佐证，党组会2次、推进会2次：应无发现", "clean", true, nil, nil),
		})
	}

	// 04: the round's figure over 8 units in the text; the unit's own only in a table; clean.
	{
		u := "中共云岭县市场监督管理局党组"
		rs := rows(14, 8, firstDone(11, "已完成", "整改中"), constDate("2023年12月31日"))
		for i := 0; i < 11; i++ {
			rs[i].deadline = "2023年6月底"
		}
		cols := []string{"序号", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "完成时限", "目前进展", "佐证资料"}
		sh := std("县市场监管局巡察反馈问题整改台账", rs, stdCols)
		sh.header = [][]string{cols}
		cs = append(cs, kase{
			dir: "04-own-figures-only-in-table", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.html", text: `<html><head><meta charset="utf-8"><title>` + u + `关于巡察整改情况的报告</title></head><body>
<h1>` + u + `关于巡察整改情况的报告</h1>
<p>县委：</p>
<p>2023年3月，县委第二巡察组对县直8家单位开展了巡察，共反馈问题97个。4月20日，巡察组向我局党组反馈了巡察意见。局党组对照反馈意见逐条制定整改措施，先后召开党组会议研究整改工作，现将整改情况报告如下。</p>
<p>一、整改完成情况</p>
<p>截至2023年8月31日，我局各方面问题整改情况如下表：</p>
<table border="1">
<tr><td>方面</td><td>反馈问题数</td><td>已完成</td><td>正在整改</td></tr>
<tr><td>政治建设</td><td>4</td><td>3</td><td>1</td></tr>
<tr><td>全面从严治党</td><td>6</td><td>5</td><td>1</td></tr>
<tr><td>组织建设</td><td>4</td><td>3</td><td>1</td></tr>
<tr><td>合计</td><td>14</td><td>11</td><td>3</td></tr>
</table>
<p>二、下一步打算</p>
<p>对正在整改的问题，我局将按照台账明确的时限逐项推进，年底前全部完成。</p>
<p>中共云岭县市场监督管理局党组</p>
<p>2023年8月31日</p>
</body></html>
`,
			ledger: "ledger.xlsx", sheets: []sheet{{name: sh.name, title: sh.title, header: sh.header, rows: order(rs, []string{"序号", "问题类别", "具体问题", "整改措施", "责任单位", "责任领导", "完成时限", "整改进度", "佐证资料"}), footer: sh.footer}},
			minutes: []minutes{
				named("党组会.txt", party(u, "7", "2023年5月10日")),
				named("民主生活会.txt", dl(u, "2023年7月6日")),
			},
			expected: exp("正文只有对县直8家单位巡察的97个问题（汇总数），本局14个/11个只在分方面表格中；台账14行11完成：汇总数不应当作本局数字，应无发现", "clean", true, nil, nil),
		})
	}

	// 05: the total only in the title; 9 done claimed, 8 in the ledger; no special democratic life meeting.
	{
		u := "中共云岭县卫生健康局党组"
		rs := rows(11, 2, firstDone(8, "已销号", "正在推进"), constDate("2023.12.31"))
		cs = append(cs, kase{
			dir: "05-total-in-title-done-inflated-no-dlm", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察反馈11个问题整改进展情况的报告

县委巡察办：
根据县委第二巡察组反馈意见，局党组第一时间成立整改工作领导小组，召开党组会议2次研究部署，逐项明确责任领导和完成时限。截至2023年8月底，已完成整改9个，正在整改2个，剩余问题将于年底前完成。
特此报告。

中共云岭县卫生健康局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("党组会议纪要-5月.txt", party(u, "10", "2023年5月16日")),
				named("党组会议纪要-7月.txt", party(u, "14", "2023年7月21日")),
			},
			expected: exp("总数只在标题（11个）；正文称已完成9个，台账11行8行已销号、3行正在推进；纪要中没有专题民主生活会", "paper-rectification-suspected", true,
				[]map[string]any{f("claim.problems-done", "done"), f("meeting.democratic-life-missing", "")}, nil),
		})
	}

	// 06: the previous round's figures first; the current round's sheet has one overdue row.
	{
		u := "中共云岭县教育局党组"
		prev := rows(23, 0, constStatus("已销号"), constDate("2020.12.31"))
		cur := rows(13, 9, firstDone(10, "已完成", "正在推进"), constDate("2023.12.31"))
		cur[10].deadline = "2023.6.30"
		cs = append(cs, kase{
			dir: "06-previous-round-first-overdue", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于县委第二轮巡察反馈意见整改落实情况的报告

县委：
2020年县委第一轮巡察反馈我局的23个问题已于2021年6月全部整改销号，本轮巡察未发现反弹回潮。2023年4月20日，县委第二巡察组向我局反馈问题13个，截至目前已完成整改10个，正在整改3个，完成率76.92%。
局党组坚持新老问题一起改，对上轮巡察整改情况同步开展“回头看”。
特此报告。

中共云岭县教育局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{
				{name: "上轮（已销号）", title: "2020年第一轮巡察反馈问题整改台账", header: [][]string{stdCols}, rows: order(prev, stdCols)},
				std("2023年第二轮巡察反馈问题整改台账", cur, stdCols),
			},
			minutes: []minutes{
				named("党组会.txt", party(u, "5", "2023年5月8日")),
				named("民主生活会.txt", dl(u, "2023年7月11日")),
			},
			expected: exp("上轮23个问题在前；本轮13个10完成3推进、完成率76.92%与台账一致；本轮第11行时限2023.6.30未完成，逾期", "needs-attention", true,
				[]map[string]any{{"rule": "ledger.overdue", "item": "11", "sheet": "问题整改台账", "row": 13}}, nil),
		})
	}

	// 07: a township with a 村（社区） column; the villages' self-checks first; one row without a leader.
	{
		u := "中共云岭县石门镇委员会"
		rs := rows(10, 12, firstDone(8, "已完成", "正在推进"), constDate("2023年12月31日"))
		villages := []string{"镇机关", "石桥村", "镇机关", "龙潭社区", "镇机关", "石桥村", "镇机关", "白沙村", "镇机关", "龙潭社区"}
		for i := range rs {
			rs[i].deadline = []string{"2023.6.30", "长期坚持", "2023/7/15"}[i%3]
			if i >= 8 {
				rs[i].deadline = "2023.11.30"
			}
			if villages[i] != "镇机关" {
				rs[i].dept = villages[i] + "党支部"
			} else {
				rs[i].dept = []string{"党政办公室", "经济发展办公室", "社会事务办公室"}[i%3]
			}
			rs[i].leader = []string{"镇党委书记 陈立新", "镇长 黄永强", "副镇长 罗小平"}[i%3]
		}
		rs[6].leader = ""
		cols := []string{"序号", "村（社区）", "问题类别", "具体问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进度", "佐证资料"}
		var data [][]string
		for i, row := range order(rs, stdCols) {
			data = append(data, append([]string{row[0], villages[i]}, row[1:]...))
		}
		cs = append(cs, kase{
			dir: "07-township-village-column-no-owner", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于县委巡察反馈意见整改情况的报告

县委：
镇党委在抓好自身整改的同时，督促全镇12个村（社区）党组织同步开展自查自纠，共查摆问题46个，已整改41个。2023年4月20日，县委第二巡察组向镇党委反馈问题10个。镇党委召开党委会议2次专题研究，截至目前已完成整改8个，正在整改2个，正在整改的问题计划11月底前完成。
特此报告。

中共云岭县石门镇委员会
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{{name: "镇问题整改台账", title: "石门镇巡察反馈问题整改台账", header: [][]string{cols}, rows: data,
				footer: []string{"说明：村（社区）栏注明问题所在村（社区），镇机关问题填“镇机关”。"}}},
			minutes: []minutes{
				named("党委会1.txt", mt(u+"党委会议纪要\n（2023年第9次）", "2023年5月4日", "镇党委书记 陈立新", body)),
				named("党委会2.txt", mt(u+"党委会议纪要\n（2023年第13次）", "2023年7月3日", "镇党委书记 陈立新", body)),
				named("民主生活会.txt", mt(u+"领导班子巡察整改专题民主生活会会议记录", "2023年6月20日", "镇党委书记 陈立新", dlBody)),
			},
			expected: exp("村（社区）自查46/41为汇总数在前；镇10个问题8完成2推进与台账一致（含村的问题行）；序号7责任领导为空（低）", "clean", true,
				[]map[string]any{f("ledger.no-owner", "7")}, nil),
		})
	}

	// 08: minutes titled by the body (局党组2023年第N次会议纪要), one before the feedback.
	{
		u := "中共云岭县自然资源局党组"
		rs := rows(9, 14, firstDone(7, "已完成", "正在推进"), constDate("2023.12.31"))
		pc := func(n, date string) minutes {
			return mt("县自然资源局党组2023年第"+n+"次会议纪要", date, "党组书记、局长 何志远", body)
		}
		cs = append(cs, kase{
			dir: "08-minutes-titled-by-body-meetings-short", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
县委第二巡察组于2023年4月20日向我局反馈问题9个。局党组先后召开党组会议4次、整改专题会议2次，研究部署整改工作，截至目前已完成整改7个，正在整改2个。
特此报告。

中共云岭县自然资源局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("第3次.txt", pc("3", "2023年3月10日")),
				named("第5次.txt", pc("5", "2023年5月8日")),
				named("第7次.txt", pc("7", "2023年6月15日")),
				named("第9次.txt", pc("9", "2023年8月2日")),
				named("专题会-1.txt", mt(u+"巡察整改专题会议纪要", "2023年5月22日", "局长 何志远", body)),
				named("专题会-2.txt", mt(u+"巡察整改专题会议纪要", "2023年7月26日", "局长 何志远", body)),
				named("民主生活会.txt", dl(u, "2023年6月29日")),
			},
			expected: exp("称党组会议4次；纪要标题只写“局党组2023年第N次会议纪要”，4份中第3次在反馈前（3月10日），反馈后仅3次", "paper-rectification-suspected", true,
				[]map[string]any{f("claim.meetings", "party_committee")}, nil),
		})
	}

	// 09: a minutes .docx that is a ZIP of notes (a failed save): minutes unread.
	{
		u := "中共云岭县水利局党组"
		rs := rows(8, 6, firstDone(6, "已完成", "正在推进"), constDate("2023.12.31"))
		cs = append(cs, kase{
			dir: "09-minutes-docx-without-document-unread", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
县委第二巡察组于2023年4月20日向我局反馈问题8个。局党组召开党组会议2次研究部署，截至目前已完成整改6个，正在整改2个。
特此报告。

中共云岭县水利局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", sheets: []sheet{std("巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("党组会-0511.txt", party(u, "6", "2023年5月11日")),
				named("民主生活会.txt", dl(u, "2023年7月5日")),
			},
			expected: exp("纪要之一 2023-06-20党组会议纪要.docx 是只装有说明文字的ZIP（没有 word/document.xml），读不出：会议两条规则不运行，案卷不完整；其他一致", "clean", false, nil,
				[]string{"claim.meetings", "meeting.democratic-life-missing"}),
		})
	}

	// 10: ledger.xlsx that is a ZIP with no workbook; the rate is wrong.
	{
		u := "中共云岭县农业农村局党组"
		cs = append(cs, kase{
			dir: "10-ledger-zip-without-workbook-rate", caseJSON: cj(u, "2023-04-20", "2023-08-31"),
			report: "report.txt", text: u + `关于巡察整改情况的报告

县委：
县委第二巡察组于2023年4月20日向我局反馈问题18个，截至2023年8月底，已完成整改15个，正在整改3个，整改完成率85.2%。
特此报告。

中共云岭县农业农村局党组
2023年8月31日
`,
			ledger: "ledger.xlsx", raw: zipWithout("台账正在汇总，请以纸质版为准。"),
			minutes: []minutes{
				named("党组会.txt", party(u, "6", "2023年5月12日")),
				named("民主生活会.txt", dl(u, "2023年7月5日")),
			},
			expected: exp("ledger.xlsx 是不含工作簿的ZIP，读不出：台账规则不运行、案卷不完整；报告自身15/18=83.33%却写85.2%", "paper-rectification-suspected", false,
				[]map[string]any{f("arith.rate", "problems")},
				[]string{"claim.problems-total", "claim.problems-done", "ledger.overdue", "ledger.no-evidence", "ledger.no-owner"}),
		})
	}
	cs[len(cs)-2].minutes = append(cs[len(cs)-2].minutes, minutes{"2023-06-20党组会议纪要.docx", string(zipWithout("会议纪要另行印发。"))})

	cs = append(cs, moreCases()...)
	return cs
}

func constStatus(s string) func(int) string { return func(int) string { return s } }

var _ = fmt.Sprint
