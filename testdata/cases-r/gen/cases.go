package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

var (
	townLeaders  = []string{"陈立新", "周建华", "吴晓燕", "郑国平", "王海涛"}
	townDepts    = []string{"党政办", "党建办", "财政所", "经发办", "综治办", "农业农村办"}
	schLeaders   = []string{"党委书记刘文博", "校长陈志强", "副校长黄丽萍", "副校长许国栋"}
	schDepts     = []string{"党政办公室", "教务处", "总务处", "德育处", "财务室"}
	instLeaders  = []string{"主任杨启明", "副主任林秀芳", "副主任何建新"}
	instDepts    = []string{"办公室", "财务科", "业务科", "人事科"}
	villLeaders  = []string{"李长青", "王建军", "张秀兰"}
	villDepts    = []string{"村党总支", "村委会", "村务监督委员会"}
	cols11       = []hdr{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"具体问题", "", "title"}, {"整改措施", "", "measure"}, {"责任主体", "责任领导", "leader"}, {"责任主体", "责任单位", "dept"}, {"完成时限", "", "deadline"}, {"整改情况", "整改进展", "status"}, {"整改情况", "完成时间", "done"}, {"整改情况", "佐证材料", "evid"}, {"备注", "", "note"}}
	colsInst     = []hdr{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"存在问题", "", "title"}, {"整改措施", "", "measure"}, {"责任领导", "", "leader"}, {"责任部门", "", "dept"}, {"整改时限", "", "deadline"}, {"整改状态", "", "status"}, {"完成时间", "", "done"}, {"佐证材料", "", "evid"}}
	mtgTownPlace = "镇机关三楼会议室"
)

func probSheet(name, title string, cols []hdr, ps []P) *Sheet {
	return &Sheet{Name: name, Title: title, Cols: cols, Rows: rowsOf(cols, ps)}
}

func cases() []kase {
	return []kase{
		// 01 乡镇, clean: figures by aspect in text and table, a round's sum, two-row merged header, frozen pane, hidden option sheet.
		{dir: "01-lanxi-zhen-clean", report: "report.docx",
			info: info("中共澄岭县澜溪镇委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-05-18", "2023-08-25"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolTown, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18), st: "DDDDDDDDDPDDDDPDDP",
					leaders: townLeaders, depts: townDepts, dDead: "2023.7.31", dDone: "2023.7.20", pDead: "2023.12.31", pState: "正在推进", evid: "澜溪镇巡察整改佐证材料第%d号"}, func(i int, p *P) {
					switch i {
					case 0, 11:
						p.Deadline, p.Done = "立行立改", "2023.5.30"
					case 9:
						p.Deadline = "2023年12月底"
					case 14:
						p.Status, p.Deadline = "持续推进", "长期坚持"
					case 17:
						p.Deadline = "2023.10.31"
					case 3:
						p.Note = "已建立长效机制"
					}
				})
				main := probSheet("巡察反馈问题整改台账", "澜溪镇落实县委第三巡察组反馈意见整改台账", cols11, ps)
				main.Fill = "填报单位（盖章）：澜溪镇党政办　　　　填报时间：2023年8月20日"
				main.Freeze = true
				main.Footer = []string{"填表人：黄小梅　　审核人：周建华　　联系电话：0571-8860231"}
				opts := &Sheet{Name: "数据源", Plain: true, Hidden: true, Cols: []hdr{{"下拉选项", "", "status"}, {"类别选项", "", "cat"}},
					Rows: [][]string{{"已完成", "党的领导"}, {"正在推进", "党的建设"}, {"未完成", "全面从严治党"}, {"长期坚持", "选人用人"}}}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{main, opts})
			},
			minutes: []meeting{
				{"2023-05-26-党委会.docx", minutes("中共澄岭县澜溪镇委员会2023年第9次会议纪要", "2023年5月26日上午9:00", mtgTownPlace, "党委书记陈立新", "镇党委委员，纪委书记，人大主席", body("巡察整改方案起草情况")...)},
				{"2023-06-28-党委会.docx", minutes("中共澄岭县澜溪镇委员会2023年第11次会议纪要", "2023年6月28日下午2:30", mtgTownPlace, "党委书记陈立新", "镇党委委员，纪委书记", body("巡察整改第一阶段进展")...)},
				{"2023-08-02-党委会.pdf", minutes("中共澄岭县澜溪镇委员会2023年第14次会议纪要", "2023年8月2日上午8:30", mtgTownPlace, "党委书记陈立新", "镇党委委员，纪委书记，人大主席", body("巡察整改进展和未完成事项")...)},
				{"2023-06-15-民主生活会.docx", dlm("澜溪镇领导班子巡察整改专题民主生活会会议记录", "2023年6月15日上午8:30", mtgTownPlace, "党委书记陈立新", "镇领导班子成员；县纪委监委第三派驻纪检监察组、县委组织部同志到会指导")},
			}},
		// 02 村, tracked changes and a comment; CSV UTF-8 with BOM; minutes .doc; only a 专题组织生活会, no 专题民主生活会.
		{dir: "02-shibu-cun-tracked", report: "report.docx",
			info: info("中共澄岭县澜溪镇石埠村总支部委员会", "县委第五巡察组（2023年村（社区）巡察）", "2023-06-12", "2023-09-15"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolVillage[:11], st: "DDDDDDPDDPD", leaders: villLeaders, depts: villDepts,
					dDead: "2023年8月31日", dDone: "2023年8月20日", pDead: "2023年12月31日", pState: "正在整改", evid: "会议记录、公示照片（%d）"}, nil)
				cols := []hdr{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"反馈问题", "", "title"}, {"整改措施", "", "measure"}, {"责任人", "", "leader"}, {"责任单位", "", "dept"}, {"整改时限", "", "deadline"}, {"整改进展", "", "status"}, {"佐证材料", "", "evid"}, {"备注", "", "note"}}
				s := probSheet("", "", cols, ps)
				write(filepath.Join(dir, "ledger.csv"), append([]byte("\ufeff"), []byte(csvText("02 ledger.csv", s))...))
			},
			minutes: func() []meeting {
				var ms []meeting
				for i, d := range []string{"6月16日", "7月5日", "8月8日", "9月6日"} {
					ms = append(ms, meeting{fmt.Sprintf("支委会%d.doc", i+1), minutes("石埠村党总支支委会会议记录", "2023年"+d+"晚上7:00", "石埠村党群服务中心二楼", "党总支书记李长青", "党总支委员5人，列席：村务监督委员会主任张秀兰", body("巡察整改进展")...)})
				}
				ms = append(ms, meeting{"组织生活会.doc", minutes("石埠村党总支巡察整改专题组织生活会会议记录", "2023年7月20日晚上7:00", "石埠村党群服务中心二楼", "党总支书记李长青", "全体党员42人，镇包村干部吴晓燕",
					"会议主题：对照县委巡察反馈的问题，查找党总支班子和党员个人存在的差距。", "党总支书记代表班子作对照检查，党员逐一发言，开展批评和自我批评，会后进行了民主评议党员。")})
				return ms
			}()},
		// 03 学校: headline figures only in a text box; ledger shows 12 of 14 done; minutes as .wps.
		{dir: "03-yizhong-textbox", report: "report.docx",
			info: info("中共澄岭县第一中学委员会", "县委第二巡察组（2023年第一轮巡察）", "2023-04-20", "2023-07-20"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolSchool[:14], st: "DDDDDDPDDDDPDD", leaders: schLeaders, depts: schDepts,
					dDead: "2023/6/30", dDone: "2023/6/15", pDead: "2023/12/31", pState: "正在推进", evid: "《整改报告》及附件%d"}, nil)
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("整改台账", "澄岭县第一中学巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: []meeting{
				{"党委会-第6次.wps", minutes("中共澄岭县第一中学委员会会议纪要（2023年第6次）", "2023年4月27日下午4:00", "学校行政楼二楼会议室", "党委书记刘文博", "学校党委委员", body("巡察整改方案")...)},
				{"党委会-第8次.wps", minutes("中共澄岭县第一中学委员会会议纪要（2023年第8次）", "2023年6月8日下午4:00", "学校行政楼二楼会议室", "党委书记刘文博", "学校党委委员，列席：各处室主任", body("巡察整改进展")...)},
				{"民主生活会.docx", dlm("第一中学领导班子巡察整改专题民主生活会会议记录", "2023年5月12日上午8:30", "学校行政楼二楼会议室", "党委书记刘文博", "学校领导班子成员；县教育局党委派员指导")},
			}},
		// 04 事业单位: headline figures sit in a picture; the text states no count of problems.
		{dir: "04-danganguan-picture", report: "report.docx",
			info: info("中共澄岭县档案馆支部委员会", "县委第一巡察组（2023年第一轮巡察）", "2023-05-10", "2023-08-10"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolInst[:10], st: "DDDDPDDDPD", leaders: instLeaders, depts: instDepts,
					dDead: "2023-07-31", dDone: "2023-07-10", pDead: "2023-12-31", pState: "整改中", evid: "档整改〔2023〕%d号"}, nil)
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("问题清单", "县档案馆巡察反馈问题整改清单", colsInst, ps)})
			},
			minutes: []meeting{
				{"支委会-0517.doc", minutes("县档案馆党支部支委会会议纪要", "2023年5月17日上午9:00", "县档案馆三楼会议室", "支部书记杨启明", "支部委员", body("巡察整改方案")...)},
				{"支委会-0621.doc", minutes("县档案馆党支部支委会会议纪要", "2023年6月21日上午9:00", "县档案馆三楼会议室", "支部书记杨启明", "支部委员", body("巡察整改进展")...)},
				{"民主生活会.docx", dlm("县档案馆领导班子巡察整改专题民主生活会会议记录", "2023年6月6日上午8:30", "县档案馆三楼会议室", "支部书记杨启明", "馆领导班子成员")},
			}},
		// 05 社区: dates as Excel serials in a General-format column; two rows overdue.
		{dir: "05-qinghe-shequ-serials", report: "report.docx",
			info: info("中共澄岭县城关街道青禾社区委员会", "县委第六巡察组（2023年村（社区）巡察）", "2023-06-05", "2023-11-30"),
			ledger: func(dir string) {
				s := func(m, d int) string { return fmt.Sprintf("#n:%d", serial(2023, m, d)) }
				ps := probs(L{pool: poolVillage, st: "DDDPDDDDPDDP", leaders: []string{"社区书记钱丽华", "社区主任孙德胜", "副书记冯玉兰"}, depts: []string{"社区党委", "社区居委会", "社区服务站"},
					dDead: s(8, 31), dDone: s(8, 20), pDead: s(12, 31), pState: "正在推进", evid: "青禾社区整改材料%d"}, func(i int, p *P) {
					switch i {
					case 3: // in progress, deadline 2023-09-30 passed by 11-30
						p.Deadline = s(9, 30)
					case 6: // done 2023-08-14 after a deadline of 2023-07-31
						p.Deadline, p.Done = s(7, 31), s(8, 14)
					case 1, 2:
						p.Deadline, p.Done = s(7, 31), s(7, 28)
					}
				})
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("Sheet1", "青禾社区巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: []meeting{
				{"社区党委会1.pdf", minutes("中共澄岭县城关街道青禾社区委员会会议纪要", "2023年6月12日下午3:00", "青禾社区党群服务中心", "社区党委书记钱丽华", "社区党委委员", body("巡察整改任务分解")...)},
				{"社区党委会2.pdf", minutes("中共澄岭县城关街道青禾社区委员会会议纪要", "2023年8月15日下午3:00", "青禾社区党群服务中心", "社区党委书记钱丽华", "社区党委委员，网格支部书记", body("巡察整改进展")...)},
				{"民主生活会.pdf", dlm("青禾社区党委班子巡察整改专题民主生活会会议记录", "2023年7月18日上午9:00", "青禾社区党群服务中心", "社区党委书记钱丽华", "社区党委班子成员；街道党工委派员指导")},
			}},
		// 06 乡镇: report .doc; GBK CSV whose status sits in a longer cell; 配合单位 beside 责任单位; 12 of 15 done, report says 13.
		{dir: "06-meiling-xiang-gbk", report: "report.doc",
			info: info("中共澄岭县梅岭乡委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-05-25", "2023-10-31"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolTown, 0, 2, 4, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19), st: "DDDDDPDDDDNDDPD", leaders: townLeaders, depts: townDepts,
					dDead: "2023年8月底", pDead: "2023年12月底", pState: "正在推进，预计年底前完成", evid: "见乡巡察整改档案盒%d"}, func(i int, p *P) {
					if p.Status == "已完成" {
						p.Status = "已完成，已建立长效机制"
						if i%3 == 0 {
							p.Status = "已完成"
						}
					}
					if p.Status == "未完成" {
						p.Status = "未完成，原因是上级补助资金尚未到位，已向县财政局申请"
					}
					if i%4 != 1 {
						p.Coop = "党政办"
					}
					p.Note = map[bool]string{true: "6月底前", false: ""}[i == 2]
				})
				cols := []hdr{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"具体问题", "", "title"}, {"整改目标", "", "measure"}, {"责任领导", "", "leader"}, {"责任单位", "", "dept"}, {"配合单位", "", "coop"}, {"完成时限", "", "deadline"}, {"目前进展", "", "status"}, {"佐证资料", "", "evid"}, {"备注", "", "note"}}
				s := probSheet("", "", cols, ps)
				write(filepath.Join(dir, "ledger.csv"), gbk(csvText("06 ledger.csv", s)))
			},
			minutes: []meeting{
				{"第12次党委会.docx", minutes("中共澄岭县梅岭乡委员会会议纪要（2023年第12次）", "2023年6月2日上午9:00", "乡政府二楼会议室", "党委书记郑国平", "乡党委委员", body("巡察整改方案")...)},
				{"第15次党委会.docx", minutes("中共澄岭县梅岭乡委员会会议纪要（2023年第15次）", "2023年7月14日上午9:00", "乡政府二楼会议室", "党委书记郑国平", "乡党委委员", body("巡察整改进展")...)},
				{"第19次党委会.docx", minutes("中共澄岭县梅岭乡委员会会议纪要（2023年第19次）", "2023年9月19日上午9:00", "乡政府二楼会议室", "党委书记郑国平", "乡党委委员", body("巡察整改未完成事项")...)},
				{"民主生活会.docx", dlm("梅岭乡领导班子巡察整改专题民主生活会会议记录", "2023年6月21日上午8:30", "乡政府二楼会议室", "党委书记郑国平", "乡领导班子成员")},
			}},
		// 07 事业单位: the ledger is an HTML table saved as .xls (unreadable as a workbook).
		{dir: "07-wenhuaguan-htmlxls", report: "report.pdf",
			info: info("中共澄岭县文化馆支部委员会", "县委第一巡察组（2023年第一轮巡察）", "2023-03-15", "2023-06-15"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolInst[6:14], st: "DDDPDDPD", leaders: instLeaders, depts: instDepts,
					dDead: "2023-05-31", dDone: "2023-05-20", pDead: "2023-09-30", pState: "正在整改", evid: "文化馆整改材料%d"}, nil)
				s := probSheet("整改台账", "县文化馆巡察反馈问题整改台账", colsInst, ps)
				write(filepath.Join(dir, "ledger.xls"), []byte(htmlXLS(s)))
			},
			minutes: []meeting{
				{"支委会1.docx", minutes("县文化馆党支部支委会会议纪要", "2023年3月24日上午9:00", "文化馆二楼会议室", "支部书记杨启明", "支部委员", body("巡察整改方案")...)},
				{"支委会2.docx", minutes("县文化馆党支部支委会会议纪要", "2023年5月19日上午9:00", "文化馆二楼会议室", "支部书记杨启明", "支部委员", body("巡察整改进展")...)},
				{"民主生活会.docx", dlm("县文化馆领导班子巡察整改专题民主生活会会议记录", "2023年4月18日上午8:30", "文化馆二楼会议室", "支部书记杨启明", "馆领导班子成员")},
			}},
		// 08 学校: the minutes sent as one ZIP; ledger 汇总 + 明细; one done row without evidence, one row without a leader.
		{dir: "08-erzhong-zipminutes", report: "report.docx",
			info: info("中共澄岭县第二中学委员会", "县委第二巡察组（2023年第一轮巡察）", "2023-04-10", "2023-07-10"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolSchool, 12, 6, 10, 8, 0, 1, 3, 4, 13, 14), st: "DDDDDDPDPD", leaders: schLeaders, depts: schDepts,
					dDead: "2023.6.30", dDone: "2023.6.20", pDead: "2023.12.31", pState: "正在推进", evid: "二中整改〔2023〕%d号"}, func(i int, p *P) {
					switch i {
					case 2:
						p.Evid = ""
					case 6:
						p.Leader = ""
					}
				})
				sum := &Sheet{Name: "汇总", Title: "第二中学巡察整改情况汇总表", Cols: []hdr{{"问题类别", "", "cat"}, {"问题数", "", ""}, {"已完成", "", ""}, {"正在推进", "", ""}},
					Rows: [][]string{{"党的领导", "2", "2", "0"}, {"党的建设", "2", "1", "1"}, {"全面从严治党", "3", "3", "0"}, {"选人用人", "3", "2", "1"}, {"合计", "10", "8", "2"}}}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{sum, probSheet("明细", "第二中学巡察反馈问题整改明细表", cols11, ps)})
			},
			minutes: nil},
		// 09 事业单位: one minutes file a low-resolution picture of a page; report says 16 problems, ledger lists 15.
		{dir: "09-nongji-lowres", report: "report.docx",
			info: info("中共澄岭县农业技术推广中心总支部委员会", "县委第四巡察组（2023年第一轮巡察）", "2023-05-08", "2023-08-08"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolInst, st: "DDDDDPDDDDDPDDD", leaders: instLeaders, depts: instDepts,
					dDead: "2023年7月31日", dDone: "2023年7月15日", pDead: "2023年12月31日", pState: "正在推进", evid: "农技中心整改材料%d"}, nil)
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("问题整改台账", "农技推广中心巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: []meeting{
				{"支委会0515.docx", minutes("农技推广中心党总支支委会会议纪要", "2023年5月15日上午9:00", "中心四楼会议室", "党总支书记杨启明", "党总支委员", body("巡察整改方案")...)},
				{"支委会0703.docx", minutes("农技推广中心党总支支委会会议纪要", "2023年7月3日上午9:00", "中心四楼会议室", "党总支书记杨启明", "党总支委员", body("巡察整改进展")...)},
			}},
		// 10 党校: minutes as OFD; report claims 4 党委会议, the minutes hold 3; a 附件 list of the 9 problems.
		{dir: "10-dangxiao-ofd", report: "report.docx",
			info: info("中共澄岭县委党校委员会", "县委第二巡察组（2023年第一轮巡察）", "2023-03-28", "2023-06-28"),
			ledger: func(dir string) {
				titles := []string{"教学专题审核把关不严，个别课程内容把关不细", "科研成果转化运用不足，服务县委决策作用不明显", "培训经费管理不规范，存在超范围列支现象", "公务接待审批手续不全，接待清单填写不完整", "图书资料采购程序不规范，未按规定比选", "教职工考勤管理松散，外出报备制度执行不严", "党支部组织生活不规范，主题党日内容单一", "校园网络意识形态阵地管理存在薄弱环节", "学员管理制度执行不严，请销假手续不规范"}
				leaders := []string{"常务副校长赵明远", "副校长钱晓梅", "副校长孙立群", "副校长孙立群", "副校长钱晓梅", "常务副校长赵明远", "常务副校长赵明远", "副校长钱晓梅", "副校长孙立群"}
				var pool []string
				for _, t := range titles {
					pool = append(pool, "教学科研|"+t+"|制定专项整改方案，6月底前完成")
				}
				ps := probs(L{pool: pool, st: "DPDDDDDDP", leaders: []string{"x"}, depts: []string{"教务科", "科研科", "办公室", "办公室", "图书馆", "办公室", "机关党支部", "信息中心", "学员科"},
					dDead: "2023年6月15日", dDone: "2023年6月5日", pDead: "2023年9月30日", pState: "正在推进", evid: "党校整改材料汇编第%d册"}, func(i int, p *P) {
					p.Leader = leaders[i]
					p.Dept = []string{"教务科", "科研科", "办公室", "办公室", "图书馆", "办公室", "机关党支部", "信息中心", "学员科"}[i]
				})
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("整改台账", "县委党校巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: []meeting{
				{"党委会-0403.ofd", minutes("中共澄岭县委党校委员会会议纪要（2023年第5次）", "2023年4月3日上午9:00", "党校一号楼会议室", "党委书记、常务副校长赵明远", "校党委委员", body("巡察整改方案")...)},
				{"党委会-0510.ofd", minutes("中共澄岭县委党校委员会会议纪要（2023年第7次）", "2023年5月10日上午9:00", "党校一号楼会议室", "党委书记、常务副校长赵明远", "校党委委员", body("巡察整改制度文件")...)},
				{"党委会-0614.docx", minutes("中共澄岭县委党校委员会会议纪要（2023年第9次）", "2023年6月14日上午9:00", "党校一号楼会议室", "党委书记、常务副校长赵明远", "校党委委员", body("巡察整改进展")...)},
				{"民主生活会-0425.docx", dlm("县委党校领导班子巡察整改专题民主生活会会议记录", "2023年4月25日上午8:30", "党校一号楼会议室", "党委书记、常务副校长赵明远", "校领导班子成员")},
			}},
		// 11 乡镇: minutes photographed (JPEG), report PDF with a phone number and other units' figures.
		{dir: "11-shimen-zhen-photos", report: "report.pdf",
			info: info("中共澄岭县石门镇委员会", "县委第五巡察组（2023年第二轮巡察）", "2023-06-20", "2023-09-20"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolTown, st: "DDDDDPDDDDDPD", leaders: townLeaders, depts: townDepts,
					dDead: "2023-08-31", dDone: "2023-08-18", pDead: "2023-12-31", pState: "正在推进", evid: "石门镇整改档案%d"}, nil)
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("石门镇", "石门镇巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: []meeting{
				{"党委会0627.jpg", minutes("中共澄岭县石门镇委员会会议纪要", "2023年6月27日", "镇机关四楼会议室", "党委书记王海涛", "镇党委委员", body("巡察整改方案")...)},
				{"党委会0822.jpg", minutes("中共澄岭县石门镇委员会会议纪要", "2023年8月22日", "镇机关四楼会议室", "党委书记王海涛", "镇党委委员", body("巡察整改进展")...)},
				{"民主生活会0728.jpg", dlm("石门镇领导班子巡察整改专题民主生活会会议记录", "2023年7月28日", "镇机关四楼会议室", "党委书记王海涛", "镇领导班子成员")},
			}},
		// 12 学校: subsets after 其中 with their own states; other schools' figures with a rate.
		{dir: "12-zhixiao-qizhong", report: "report.docx",
			info: info("中共澄岭县职业技术学校委员会", "县委第一巡察组（2023年第一轮巡察）", "2023-04-26", "2023-10-26"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolSchool, st: "DDDDDDDDDDDDDDPPLLLL", leaders: schLeaders, depts: schDepts,
					dDead: "2023年9月30日", dDone: "2023年9月10日", pDead: "2023年12月31日", pState: "正在推进", evid: "职校整改材料%d"}, func(i int, p *P) {
					if i < 6 {
						p.Deadline, p.Done, p.Note = "立行立改", "2023年5月20日", "立行立改"
					}
					if p.Status == "长期坚持" {
						p.Note = "已建立长效机制"
					}
				})
				cols := []hdr{{"编号", "", "no"}, {"问题清单", "", "title"}, {"问题类别", "", "cat"}, {"整改举措", "", "measure"}, {"完成时限", "", "deadline"}, {"牵头校领导", "", "leader"}, {"牵头处室", "", "dept"}, {"销号情况", "", "status"}, {"销号时间", "", "done"}, {"佐证资料", "", "evid"}, {"备注", "", "note"}}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("问题清单", "职业技术学校巡察整改问题清单", cols, ps)})
			},
			minutes: []meeting{
				{"校党委会0504.docx", minutes("学校党委会会议纪要", "2023年5月4日下午3:00", "行政楼会议室", "党委书记刘文博", "学校党委委员", body("巡察整改方案")...)},
				{"校党委会0830.docx", minutes("学校党委会会议纪要", "2023年8月30日下午3:00", "行政楼会议室", "党委书记刘文博", "学校党委委员", body("巡察整改进展")...)},
				{"校长办公会0511.docx", minutes("校长办公会会议纪要", "2023年5月11日下午3:00", "行政楼会议室", "校长陈志强", "校级领导，各处室负责人", body("整改任务分工")...)},
				{"民主生活会0706.docx", dlm("职业技术学校领导班子巡察整改专题民主生活会会议记录", "2023年7月6日上午8:30", "行政楼会议室", "党委书记刘文博", "学校领导班子成员")},
			}},
		// 13 事业单位: rate 85.35% where 14/17 is 82.35%; status only in 备注; money in 万元 and 元.
		{dir: "13-yibao-rate", report: "report.docx",
			info: info("中共澄岭县医疗保障服务中心支部委员会", "县委第三巡察组（2023年第一轮巡察）", "2023-05-16", "2023-08-16"),
			ledger: func(dir string) {
				ps := probs(L{pool: poolInst[:17], st: "DDDPDDDDDPDDDDDPD", leaders: instLeaders, depts: []string{"办公室", "基金结算科", "稽核科", "财务科"},
					dDead: "2023.7.31", dDone: "2023.7.25", pDead: "2023.12.31", pState: "正在推进，预计2023年12月底完成", evid: "医保中心整改材料%d"}, func(i int, p *P) {
					p.Note = p.Status
				})
				cols := []hdr{{"序号", "", "no"}, {"问题类别", "", "cat"}, {"问题表现", "", "title"}, {"整改措施", "", "measure"}, {"牵头领导", "", "leader"}, {"牵头科室", "", "dept"}, {"完成时限", "", "deadline"}, {"佐证材料", "", "evid"}, {"备注", "", "note"}}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("台账", "县医疗保障服务中心巡察整改台账", cols, ps)})
			},
			minutes: []meeting{
				{"支委会0523.docx", minutes("医保服务中心党支部支委会会议纪要", "2023年5月23日上午9:00", "中心五楼会议室", "支部书记杨启明", "支部委员", body("巡察整改方案")...)},
				{"支委会0711.docx", minutes("医保服务中心党支部支委会会议纪要", "2023年7月11日上午9:00", "中心五楼会议室", "支部书记杨启明", "支部委员", body("巡察整改进展")...)},
				{"主任办公会0601.docx", minutes("医保服务中心主任办公会会议纪要", "2023年6月1日上午9:00", "中心五楼会议室", "主任杨启明", "中心领导，各科室负责人", body("整改任务分工")...)},
				{"民主生活会0609.docx", dlm("医保服务中心领导班子巡察整改专题民主生活会会议记录", "2023年6月9日上午8:30", "中心五楼会议室", "支部书记杨启明", "中心领导班子成员")},
			}},
		// 14 村: report .wps; ledger with a rules sheet (4 new, 1 revised; the report says 2 revised) and an accountability sheet the report does not mention; no minutes; one row without a leader.
		{dir: "14-shiqiao-cun-wps", report: "report.wps",
			info: info("中共澄岭县梅岭乡石桥村支部委员会", "县委第三巡察组（2023年延伸巡察）", "2023-07-03", "2023-10-08"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolVillage, 0, 3, 4, 6, 7, 9, 10, 11), st: "DDDPDDPD", leaders: villLeaders, depts: villDepts,
					dDead: "2023年9月15日", dDone: "2023年9月1日", pDead: "2023年12月31日", pState: "正在推进", evid: "石桥村整改材料%d"}, func(i int, p *P) {
					if i == 4 {
						p.Leader = ""
					}
				})
				cols := []hdr{{"序号", "", "no"}, {"存在问题", "", "title"}, {"整改措施", "", "measure"}, {"责任人", "", "leader"}, {"责任单位", "", "dept"}, {"整改时限", "", "deadline"}, {"整改情况", "", "status"}, {"佐证材料", "", "evid"}}
				rules := &Sheet{Name: "制度建设", Title: "石桥村制度建设情况", Cols: []hdr{{"序号", "", ""}, {"制度名称", "", ""}, {"新建/修订", "", ""}, {"印发时间", "", ""}},
					Rows: [][]string{{"1", "石桥村村级财务管理制度", "新建", "2023年8月10日"}, {"2", "石桥村集体资产出租管理办法", "新建", "2023年8月10日"}, {"3", "石桥村村干部坐班值班制度", "新建", "2023年8月25日"}, {"4", "石桥村群众诉求办理制度", "新建", "2023年8月25日"}, {"5", "石桥村村规民约", "修订", "2023年9月12日"}}}
				acc := &Sheet{Name: "问责情况", Title: "石桥村巡察整改问责情况", Cols: []hdr{{"序号", "", ""}, {"被问责人", "", ""}, {"职务", "", ""}, {"问责方式", "", ""}, {"问责时间", "", ""}},
					Rows: [][]string{{"1", "刘某某", "村报账员", "谈话提醒", "2023年8月3日"}, {"2", "陈某某", "原村委会委员", "批评教育", "2023年8月3日"}}}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("问题整改", "石桥村巡察反馈问题整改台账", cols, ps), rules, acc})
			}},
		// 15 事业单位: three meetings in one combined DOCX (2 推进会 + 1 专题会) where the report claims 3 推进会; one done row without evidence.
		{dir: "15-rongmei-combined", report: "report.docx",
			info: info("中共澄岭县融媒体中心支部委员会", "县委第六巡察组（2023年第一轮巡察）", "2023-06-01", "2023-09-01"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolInst, 0, 1, 2, 3, 4, 5, 6, 9, 13, 15, 16), st: "DDDDDDDDPDD", leaders: instLeaders, depts: []string{"总编室", "办公室", "新媒体部", "广告部", "财务室"},
					dDead: "2023.8.15", dDone: "2023.8.1", pDead: "2023.11.30", pState: "正在推进", evid: "融媒整改〔2023〕%d号"}, func(i int, p *P) {
					if i == 5 {
						p.Evid = ""
					}
				})
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{probSheet("整改台账", "县融媒体中心巡察反馈问题整改台账", colsInst, ps)})
			},
			minutes: func() []meeting {
				a := minutes("县融媒体中心巡察整改工作推进会会议纪要", "2023年6月8日上午9:00", "中心演播厅会议室", "中心主任杨启明", "中心领导班子成员，各部门负责人", body("巡察整改方案")...)
				b := minutes("县融媒体中心巡察整改专题会会议纪要", "2023年6月20日上午9:00", "中心演播厅会议室", "中心主任杨启明", "中心领导班子成员，总编室、新媒体部负责人", body("意识形态阵地问题整改")...)
				c := minutes("县融媒体中心巡察整改工作推进会会议纪要", "2023年7月25日上午9:00", "中心演播厅会议室", "中心主任杨启明", "中心领导班子成员，各部门负责人", body("巡察整改进展")...)
				all := "县融媒体中心2023年巡察整改会议纪要汇编\n" + a + b + c
				return []meeting{{"整改会议纪要汇编.docx", all},
					{"民主生活会0712.doc", dlm("县融媒体中心领导班子巡察整改专题民主生活会会议记录", "2023年7月12日上午8:30", "中心演播厅会议室", "中心主任杨启明", "中心领导班子成员")}}
			}()},
		// 16 乡镇, clean: aspects in text and table, round and village figures, an earlier round; ledger with section rows, blank rows, footer.
		{dir: "16-xikou-zhen-clean", report: "report.pdf",
			info: info("中共澄岭县溪口镇委员会", "县委第四巡察组（2023年第一轮巡察）", "2023-05-30", "2023-08-30"),
			ledger: func(dir string) {
				ps := probs(L{pool: sel(poolTown, 0, 1, 2, 4, 5, 6, 7, 10, 11, 12, 13, 15), st: "DDDDDPDDDDPD", leaders: townLeaders, depts: townDepts,
					dDead: "2023年7月31日", dDone: "2023年7月25日", pDead: "2023年12月31日", pState: "正在推进", evid: "溪口镇整改档案%d"}, nil)
				cats := []string{"政治建设", "政治建设", "政治建设", "组织建设", "组织建设", "组织建设", "组织建设", "作风建设", "作风建设", "作风建设", "作风建设", "作风建设"}
				var withSec []P
				for i, p := range ps {
					p.Cat = cats[i]
					switch i {
					case 0:
						withSec = append(withSec, P{Title: "§一、政治建设方面（3个）"})
					case 3:
						withSec = append(withSec, P{Title: "-"}, P{Title: "§二、组织建设方面（4个）"})
					case 7:
						withSec = append(withSec, P{Title: "-"}, P{Title: "§三、作风建设方面（5个）"})
					}
					withSec = append(withSec, p)
				}
				cols := []hdr{{"序号", "", "no"}, {"具体问题", "", "title"}, {"整改措施", "", "measure"}, {"责任领导", "", "leader"}, {"责任单位", "", "dept"}, {"整改时限", "", "deadline"}, {"完成情况", "", "status"}, {"完成时间", "", "done"}, {"佐证资料", "", "evid"}, {"备注", "", "note"}}
				s := probSheet("整改台账", "溪口镇巡察反馈问题整改台账", cols, withSec)
				s.Footer = []string{"说明：1.整改状态填写“已完成”“正在推进”“未完成”；2.佐证资料另行装订成册。", "填表人：方晓红　　审核人：郑国平"}
				xlsx(filepath.Join(dir, "ledger.xlsx"), []*Sheet{s})
			},
			minutes: []meeting{
				{"第11次党委会.docx", minutes("中共澄岭县溪口镇委员会2023年第11次会议纪要", "2023年6月5日上午9:00", "镇机关二楼会议室", "党委书记郑国平", "镇党委委员", body("巡察整改方案")...)},
				{"第13次党委会.wps", minutes("中共澄岭县溪口镇委员会2023年第13次会议纪要", "2023年7月3日上午9:00", "镇机关二楼会议室", "党委书记郑国平", "镇党委委员", body("巡察整改进展")...)},
				{"第16次党委会.docx", minutes("中共澄岭县溪口镇委员会2023年第16次会议纪要", "2023年8月14日上午9:00", "镇机关二楼会议室", "党委书记郑国平", "镇党委委员", body("巡察整改未完成事项")...)},
				{"民主生活会.docx", dlm("溪口镇领导班子巡察整改专题民主生活会会议记录", "2023年7月10日上午8:30", "镇机关二楼会议室", "党委书记郑国平", "镇领导班子成员")},
			}},
	}
}

var _ = strings.TrimSpace
