package main

func html(title, body string) string {
	return `<html><head><meta charset="utf-8"><title>` + title + `</title></head><body><p align="center"><b>` + title + `</b></p>` + body + `</body></html>`
}

func lastCases() []kase {
	var cs []kase

	// 15: DOCX; the earlier round first; the own figures in text and by aspect in a
	// table; one ledger row only 基本完成, so 17 done claimed against 16.
	{
		u := "中共云岭县民族宗教事务局党组"
		rs := rows(20, 2, firstDone(16, "已完成", "正在推进"), constDate("2023.12.31"))
		for i := 0; i < 16; i++ {
			rs[i].deadline = "2023.7.31"
		}
		rs[16].status = "基本完成，长效机制仍在建立"
		t := u + "关于县委第二轮巡察反馈意见整改情况的报告"
		cs = append(cs, kase{
			dir: "15-docx-earlier-round-first-basically-done", caseJSON: cj(u, "2023-04-20", "2023-08-31"), convert: "docx",
			report: "report.docx", text: html(t, `<p>县委：</p>
<p>2021年县委第一轮巡察反馈我局的16个问题，已于2022年3月全部整改完毕并通过县委巡察办验收。2023年4月20日，县委第二巡察组向我局反馈了3个方面20个问题。局党组先后召开党组（扩大）会议3次，专题研究部署整改工作。</p>
<p>截至2023年8月31日，本轮反馈的20个问题已完成整改17个，正在整改3个，整改完成率85%。各方面整改情况如下：</p>
<table border="1">
<tr><td>方面</td><td>问题数（个）</td><td>已完成（个）</td><td>正在整改（个）</td></tr>
<tr><td>党的建设</td><td>8</td><td>7</td><td>1</td></tr>
<tr><td>业务工作</td><td>7</td><td>6</td><td>1</td></tr>
<tr><td>作风建设</td><td>5</td><td>4</td><td>1</td></tr>
<tr><td>合计</td><td>20</td><td>17</td><td>3</td></tr>
</table>
<p>下一步，局党组将巩固深化整改成果，推动正在整改的问题年底前全部完成。</p>
<p>中共云岭县民族宗教事务局党组</p>
<p>2023年8月31日</p>`),
			ledger: "ledger.xlsx", sheets: []sheet{std("巡察反馈问题整改台账", rs, stdCols)},
			minutes: []minutes{
				named("扩大会1.txt", mt(u+"（扩大）会议纪要", "2023年5月5日", "党组书记 何志远", body)),
				named("扩大会2.txt", mt(u+"（扩大）会议纪要", "2023年6月16日", "党组书记 何志远", body)),
				named("扩大会3.txt", mt(u+"（扩大）会议纪要", "2023年8月11日", "党组书记 何志远", body)),
				named("民主生活会.txt", dl(u, "2023年7月4日")),
			},
			expected: exp("DOCX；上轮16个问题在前；本轮20个称已完成17个（文字与分方面表格一致、85%正确），台账16行已完成、序号17只“基本完成”（进行中）、3行正在推进", "paper-rectification-suspected", true,
				[]map[string]any{f("claim.problems-done", "done")}, nil),
		})
	}

	// 16: a WPS (.wps) report; the unit's campaign over places and households first;
	// clues all closed in time; clean.
	{
		u := "中共云岭县民政局党组"
		rs := rows(7, 11, constStatus("已完成"), constDate("2023.7.31"))
		clues := [][]string{
			{"1", "XC2023-07", "李某某", "反映低保审核把关不严问题", "2023.4.25", "纪检组", "初步核实", "2023.5.30", "已办结"},
			{"2", "XC2023-08", "黄某某", "反映养老机构补贴发放问题", "2023.4.25", "纪检组", "谈话函询", "2023.6.10", "已办结"},
			{"3", "XC2023-09", "罗某某", "反映殡葬服务收费问题", "2023.4.25", "纪检组", "初步核实", "2023.6.18", "已办结"},
		}
		t := u + "关于巡察整改情况的报告"
		cs = append(cs, kase{
			dir: "16-wps-campaign-first-clues-clean", caseJSON: cj(u, "2023-04-20", "2023-08-31"), convert: "wps",
			report: "report.wps", text: html(t, `<p>县委：</p>
<p>今年以来，我局在全县开展殡葬领域突出问题专项整治，排查整治违规墓地31处、散埋乱葬户48户，督促全县14个乡镇民政办同步开展自查，发现问题52个。2023年4月20日，县委第二巡察组向我局反馈问题7个，移交问题线索3件。</p>
<p>局党组召开党组会议2次研究部署整改。截至目前，反馈的7个问题已完成整改7个；移交的3件问题线索已全部办结。</p>
<p>特此报告。</p>
<p>中共云岭县民政局党组</p>
<p>2023年8月31日</p>`),
			ledger: "ledger.xlsx", sheets: []sheet{
				std("巡察反馈问题整改台账", rs, stdCols),
				{name: "问题线索", title: "巡察移交问题线索办理台账", header: [][]string{{"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}}, rows: clues},
			},
			minutes: []minutes{
				named("党组会1.txt", party(u, "5", "2023年5月8日")),
				named("党组会2.txt", party(u, "9", "2023年7月10日")),
				named("民主生活会.txt", dl(u, "2023年6月27日")),
			},
			expected: exp("WPS(.wps)报告；专项整治墓地31处、户48户、乡镇自查52个在前；本局7个问题全部完成；线索3件全部办结且均在60天内（35、46、54天）：应无发现", "clean", true, nil, nil),
		})
	}
	return cs
}
