# Writes each case folder's case.json and expected.json (decided by hand from the docs).
# Run from testdata/cases-bv: python3 gen/expected.py
import json
RULES=["arith.parts-sum","arith.rate","arith.list-count","claim.problems-total","claim.problems-done","claim.item-status","claim.meetings","claim.accountability","claim.systems","claim.clues","ledger.overdue","ledger.no-evidence","ledger.no-owner","clue.overdue","meeting.democratic-life-missing","text.vague-measures","text.copied","history.recurrence"]
NOIDX=["text.copied","history.recurrence"]
C={}
def case(name, unit, rnd, fb, rep, desc, findings, not_run, verdict, complete=True):
    C[name]=dict(unit=unit,round=rnd,fb=fb,rep=rep,desc=desc,findings=findings,not_run=not_run+NOIDX,verdict=verdict,complete=complete)
NOSHEETS=["claim.accountability","claim.systems","claim.clues","clue.overdue"]
case("01-yunlan-daxue-clean","中共云岚大学委员会","省委第三巡视组（2025年第一轮巡视）","2025-04-18","2025-09-26",
 "Clean. University, DOCX report with a table by 方面 (合计 18/15/3) agreeing with the text (18 problems, 15 done, 83.3%); .xls ledger with title and 填报单位 rows, statuses 已完成/已销号/持续整改/长期坚持 (18 rows, 15 done; the open row due 2025-12-31, two due 长期坚持). Minutes: 党委常委会 x3 (one a PNG photo, OCR), 推进会 x2, DLM 2025-07-17. Traps: 两个维护, 一个问题、一名校领导牵头、一个专班推进, 细化为62项整改措施 (tasks), 2019年巡视 回头看 (earlier round), 修订完善制度12项 (no rules sheet: not run), 28.6万元, 通报典型问题2起, 下一步 计划…再召开3次推进会 (a plan: no claim; 3 > the 2 on file), 对持续推进的3个问题 in 下一步.",
 [],NOSHEETS,"clean")
case("02-lanyi-fuyi-zhuangtai","中共岚州医科大学附属第一医院委员会","岚州医科大学党委第二巡察组（2025年第一轮巡察）","2025-03-28","2025-08-29",
 "Planted: report says 24 problems, 22 done, 2 持续整改 (91.7%, right), table agrees; ledger .xls has 20 已销号, 序号9 未销号 (due 2025-12-31), 序号17 整改中 (due 2025-07-31), 序号21/23 持续整改 (长期坚持) -> claim.problems-done 22 vs 20. The report's 部分重点问题 (a selection: no list-count) calls 2．大型医用设备采购论证不充分 已完成, ledger 序号9 row 12 未销号 -> claim.item-status. 序号17 row 20 整改中 past its 2025-07-31 deadline -> ledger.overdue. Meetings agree (院党委会 4 incl. one PNG, 专题会 2, DLM). Traps: 一个问题一张清单、一个问题一名院领导牵头, 号源开放比例由62%提高到93% (no completion rate), 28个临床医技科室, 37台（套）, 500万元, 计划年底前召开2次专题会.",
 [dict(rule="claim.problems-done",item="done",claimed=22,observed=20),
  dict(rule="claim.item-status",item="9",title="大型医用设备采购论证不充分",claimed="done",observed="not_done",sheet="巡察整改台账",row=12),
  dict(rule="ledger.overdue",item="17",title="基本建设项目推进缓慢",sheet="巡察整改台账",row=20)],NOSHEETS,"paper-rectification-suspected")
case("03-nongkeyuan-huiyi","中共云岚省农业科学院委员会","省委第五巡视组（2024年第三轮巡视）","2024-12-20","2025-06-27",
 "Planted: 院党委共召开党委会议9次，其中专题研究巡视整改工作6次 -> only the 6 is held to the minutes (rules.md claim.meetings); minutes hold 5 院党委会 about the rectification, one of them 2024-12-10, before the feedback (边巡边改), one a PNG -> claim.meetings party_committee 6 vs 4. Otherwise agreed: 16 problems, 13 done, 81.25% (table agrees), 推进会 1 (an image-only PDF, OCR), DLM 2025-03-06, 问责5人 (1+2+2) vs 5 rows of 问责情况. A 院长办公会 minutes file (other type) is not counted. Traps: 两个维护, 细化整改措施54条, 院属6个研究所…查摆问题41个，已整改38个 (aggregate), 新建和修订制度27项 (no rules sheet), 12.37万元, 1260亩, 力争年底前 in 下一步.",
 [dict(rule="claim.meetings",item="party_committee",claimed=6,observed=4)],["claim.systems","claim.clues","clue.overdue"],"paper-rectification-suspected")
case("04-lanzhou-eryuan-sunhuai","中共岚州市第二人民医院委员会","市委第四巡察组（2025年第一轮巡察）","2025-05-16","2025-09-12",
 "Planted: 反馈的25个问题中，已整改到位22个，正在整改3个，整改完成率92.3% -> arith.rate (22/25 = 88.00). Ledger agrees with 25/22 (3 整改中 due 2025-12-31). minutes/8月巡察整改推进会纪要.docx is damaged (a zip cut short): claim.meetings and meeting.democratic-life-missing do not run (会议纪要未能全部读取), the check is incomplete. Traps: 对3名相关责任人进行了诫勉谈话 (no accountability sheet: not run), 建立和完善制度16项 (not run), 对尚未完成的3个问题 in 下一步, the table 25/22/3.",
 [dict(rule="arith.rate",item="problems",claimed=92.3,observed=88.0)],NOSHEETS+["claim.meetings","meeting.democratic-life-missing"],"paper-rectification-suspected",False)
case("05-ligong-daxue-heji","中共云岚理工大学委员会","省委第六巡视组（2025年第一轮巡视）","2025-04-25","2025-10-10",
 "Planted: the running text states no count of problems; the table's 合计 row says 26 problems, 23 done, 3 持续整改 (rules.md: then the table's 合计 row is the report's figure); the ledger has 27 rows (24 已销号) -> claim.problems-total 26 vs 27 (23 done < 24: no problems-done). Ledger 序号15 (row 18) has no 牵头单位 -> ledger.no-owner. Meetings agree: 党委常委会先后2次专题研究, 推进会1次 (PNG), DLM as an image-only PDF (OCR). Traps: 校办企业5家, 43.5万元, 新建和修订制度31项 (no rules sheet).",
 [dict(rule="claim.problems-total",item="total",claimed=26,observed=27),
  dict(rule="ledger.no-owner",item="15",title="校园餐饮服务监管不到位",sheet="整改台账",row=18)],NOSHEETS,"paper-rectification-suspected")
case("06-zhiye-xueyuan-clean","中共岚州职业技术学院委员会","市委第二巡察组（2025年第二轮巡察）","2025-06-20","2025-10-24",
 "Clean. Vocational college, figures in Chinese numerals: 反馈问题十四个，已整改完成十二个，两个需长期坚持…完成率85.7%; table 14/12/2; ledger 14 rows, 12 已完成, 2 长期坚持. Minutes: 党委会 x2 (an image-only PDF and a PNG: OCR), 推进会 1 (DOCX), DLM 2025-09-25. Traps: 细化整改措施四十三条, 督促5个二级学院党总支…共查摆问题23个，已全部整改到位 (aggregate), 2021年市委巡察反馈的11个问题 (earlier round), 空壳协议17份, 86万元, 2.3万元, 新建和修订制度19项 (no rules sheet), 拟于明年3月前再召开两次推进会 (a plan).",
 [],NOSHEETS,"clean")
case("07-dizhisuo-wenze","中共云岚省地质科学研究所委员会","省自然资源厅党组第一巡察组（2025年第一轮巡察）","2025-03-14","2025-08-15",
 "Planted: 共问责7人，其中…政务处分1人、诫勉2人、批评教育3人、谈话提醒1人; the 问责情况 sheet has 6 rows -> claim.accountability total 7 vs 6. Ledger 序号6 (row 9) 已完成 with no 佐证材料 -> ledger.no-evidence. minutes/巡察整改推进会纪要.odt is OpenDocument (格式不支持（.odt）): claim.meetings and meeting.democratic-life-missing do not run, the check is incomplete. Otherwise agreed: 15 problems, 13 done, 2 整改中 due 2025-10-31, 86.7%.",
 [dict(rule="claim.accountability",item="total",claimed=7,observed=6),
  dict(rule="ledger.no-evidence",item="6",title="对外技术服务收费不规范",sheet="问题整改台账",row=9)],["claim.systems","claim.clues","clue.overdue","claim.meetings","meeting.democratic-life-missing"],"paper-rectification-suspected",False)
case("08-zhongyiyuan-heji","中共岚州市中医医院委员会","市委第三巡察组（2025年第一轮巡察）","2025-04-11","2025-08-22",
 "Planted: 反馈的20个问题…已完成整改17个，持续整改4个 -> arith.parts-sum (17+4 = 21, not 20); the table below says 20/17/3 and the ledger 20 rows, 17 done, 3 持续整改 (no problems-done). The minutes hold only the 2024年度民主生活会 of 2025-01-16, before the feedback -> meeting.democratic-life-missing (the report's 拟于9月召开…专题民主生活会 is a plan). Meetings claimed agree: 院党委会 2, 推进会 1 (PNG). Traps: 5.2万元, 修订完善制度14项 (no rules sheet).",
 [dict(rule="arith.parts-sum",item="problems",claimed=20,observed=21),
  dict(rule="meeting.democratic-life-missing")],NOSHEETS,"paper-rectification-suspected")
case("09-shifan-daxue-clean","中共云岚师范大学委员会","省委第二巡视组（2024年第二轮巡视）","2024-09-27","2025-03-28",
 "Clean. University with a four-sheet .xls: 问题整改 (20 rows, 18 done, 2 长期坚持), 问责情况 (3), 问题线索 (4, each closed within 60 days: 55, 39, 47, 46 days), 制度建设 (9 新建, 14 修订). Report: 20 problems, 18 done, 90%; 制度23项，其中新建9项、修订14项; 线索4件，已全部办结; 问责3人 (1+1+1); 党委常委会会议3次 (DOCX, PNG, image-only PDF), DLM 2024-12-26. Traps: 两个维护, 对12个二级学院党组织开展校内巡察，共发现问题137个 (aggregate), 156.8万元, 长期坚持的2个问题 in 下一步.",
 [],[],"clean")
for name,c in C.items():
    d=dict(unit=c["unit"],round=c["round"],feedback_date=c["fb"],report_date=c["rep"],as_of=c["rep"])
    open(f"{name}/case.json","w").write(json.dumps(d,ensure_ascii=False)+"\n")
    fr={f["rule"] for f in c["findings"]}
    e=dict(description=c["desc"],as_of=c["rep"],verdict=c["verdict"],complete=c["complete"],findings=c["findings"],not_run=c["not_run"],absent_rules=[r for r in RULES if r not in fr])
    open(f"{name}/expected.json","w").write(json.dumps(e,ensure_ascii=False,indent=2)+"\n")
print(len(C))
