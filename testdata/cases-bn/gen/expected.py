#!/usr/bin/env python3
"""Writes case.json and expected.json of each folder of testdata/cases-bn.

The expectations were decided by hand from docs/interface.md, docs/rules.md and
docs/vocabulary.md (see ../README.md); this script only writes them out.
Run from gen/: python3 expected.py
"""
import json, os

RULES = ["arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total", "claim.problems-done",
         "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems", "claim.clues",
         "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
         "meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"]
NOINDEX = ["text.copied", "history.recurrence"]
NOSHEETS = ["claim.accountability", "claim.systems", "claim.clues", "clue.overdue"]
MINUTES = ["claim.meetings", "meeting.democratic-life-missing"]

def case(name, unit, rnd, fb, rep, desc, findings, not_run, verdict, complete=True):
    d = os.path.join("..", name)
    cj = {"unit": unit, "round": rnd, "feedback_date": fb, "report_date": rep, "as_of": rep}
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump(cj, f, ensure_ascii=False)
        f.write("\n")
    fired = {x["rule"] for x in findings}
    ex = {"description": desc, "as_of": rep, "verdict": verdict, "complete": complete,
          "findings": findings, "not_run": not_run,
          "absent_rules": [r for r in RULES if r not in fired]}
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(ex, f, ensure_ascii=False, indent=2)
        f.write("\n")

case("01-shiqiao-zhen-clean", "中共沅岭县石桥镇委员会", "县委第二巡察组（2026年第一轮巡察）", "2026-04-14", "2026-07-10",
     "Clean. Township, WPS-saved DOCX report; Excel 97 ledger with title, 填报单位 row, two-row header and three 方面 section rows; "
     "14 problems, 12 done and 2 长期坚持 (deadline 长期坚持, so never overdue) = report's 12 + 2, 85.7%. "
     "党委会4次 / 专题会2次 match 4 + 2 minutes after the feedback (a fifth 党委会 of March, before the feedback, on spring farming); "
     "the special DLM of 5月29日; a 班子会 (other). 制度6项 against 6 evidence files. Traps: 两个维护, 一个问题一名牵头领导, "
     "督促全镇16个村…排查整改问题39个 (aggregate, after the unit's own figure), 2个村党支部, 每月召开1次调度会 (a plan in 下一步).",
     [], NOSHEETS[:1] + NOSHEETS[2:] + NOINDEX, "clean")

case("02-fenglin-xiang-done", "中共沅岭县枫林乡委员会", "县委第四巡察组（2026年第一轮巡察）", "2026-03-26", "2026-06-30",
     "Township, .wps report (Word 97 binary), WPS .et ledger with four 方面 sections. Report: 16 problems, 已完成整改14个, 正在整改2个, 87.5% "
     "(its own arithmetic holds). Ledger: 12 done, 2 已整改到位待验收 and 2 持续推进 (待验收 is in progress by vocabulary.md; their deadlines "
     "are after the as-of date) -> claim.problems-done 14 vs 12. Aspect counts 5/4/4/3 after the parts (a breakdown, summing to 16). "
     "Meetings 党委会3次 / 专题会1次 match the minutes; DLM on file. Traps: 一岗双责, 三会一课, 中央八项规定.",
     [{"rule": "claim.problems-done", "item": "done", "claimed": 14, "observed": 12}],
     NOSHEETS + NOINDEX, "paper-rectification-suspected")

case("03-nongye-ju-list", "中共沅岭县农业农村局党组", "县委第一巡察组（2026年第一轮巡察）", "2026-04-09", "2026-07-20",
     "County bureau, DOCX report listing all 9 problems （一）…（九） after 逐项整改情况如下, each with dated or documented measures and "
     "整改情况：已完成 (（九）：正在推进). Headline 9 / 8 done / 1 in progress / 88.9% holds. Ledger (XLSX, 3 sections): 序号6 "
     "农机购置补贴核查把关不严 is 基本完成 (in progress) with deadline 2026-06-30 before the as-of 2026-07-20; 序号9 持续推进 to 2026-12-31. "
     "-> claim.problems-done 8 vs 7, claim.item-status item 6 (done vs in_progress), ledger.overdue item 6. 党组会议3次 = 3 minutes. "
     "Traps: 整改措施27条 (measures, not problems), 12个高标准农田项目, 38个集体经济薄弱村, 三重一大.",
     [{"rule": "claim.problems-done", "item": "done", "claimed": 8, "observed": 7},
      {"rule": "claim.item-status", "item": "6", "title": "农机购置补贴核查把关不严", "claimed": "done", "observed": "in_progress",
       "sheet": "整改台账", "row": 12},
      {"rule": "ledger.overdue", "item": "6", "sheet": "整改台账", "row": 12}],
     NOSHEETS + NOINDEX, "paper-rectification-suspected")

case("04-weijian-ju-huiyi", "中共沅岭县卫生健康局党组", "县委第三巡察组（2026年第一轮巡察）", "2026-03-19", "2026-06-26",
     "County health bureau, PDF report (text layer). 召开党组会议6次专题研究巡察整改工作: minutes hold six 党组会 but the one of 3月5日 "
     "is before the feedback (2026-03-19) -> claim.meetings party_committee 6 vs 5. 整改推进会2次 = 2 minutes; DLM on file. "
     "Ledger 11 problems (10 done, 1 长期坚持) = report. Trap: 督促全县14家乡镇卫生院…共发现问题52个，已督促整改到位49个 (aggregate).",
     [{"rule": "claim.meetings", "item": "party_committee", "claimed": 6, "observed": 5}],
     NOSHEETS + NOINDEX, "paper-rectification-suspected")

case("05-bailu-zhen-odt", "中共沅岭县白鹭镇委员会", "县委第五巡察组（2026年第一轮巡察）", "2026-04-21", "2026-07-24",
     "Clean but incomplete. Township, DOCX report in Chinese numerals (问题十个, 已完成整改八个, 其余两个正在持续推进). Ledger XLSX on a "
     "sheet named Sheet1: 10 problems, 8 done, 2 持续推进 due 2026-11-30. Minutes: two typed 党委会, one 党委会 scanned (PDF with no text "
     "layer: OCR may read it), the 专题会 saved as .odt (a format not read) and the DLM -> the minutes are not all read: claim.meetings "
     "and meeting.democratic-life-missing do not run, complete false.",
     [], NOSHEETS + NOINDEX + MINUTES, "clean", complete=False)

case("06-linye-ju-clean", "中共沅岭县林业局党组", "县委第三巡察组（2026年第一轮巡察）", "2026-03-31", "2026-07-06",
     "Clean. County forestry bureau, .wps report; Excel 97 ledger with problems (12: 11 done, 1 长期坚持), clues (2, closed in 48 and 36 days), "
     "accountability (3: 诫勉谈话1, 批评教育2) and rules (5: 3 新建, 2 修订) sheets, all matching the report. 党组会议3次 = 3 minutes; DLM. "
     "Traps: 森林覆盖率72.6% (no completion rate), 整改措施41条, 现择要列举 introduces 一是…三是 as a selection, 纠正程序瑕疵案卷4件, 解聘…7名, "
     "力争2027年底前.",
     [], NOINDEX, "clean")

case("07-shuili-ju-wenze", "中共沅岭县水利局党组", "县委第六巡察组（2026年第一轮巡察）", "2026-04-02", "2026-07-15",
     "County water bureau, DOCX report. 共问责干部6人（党纪处分2、诫勉3、通报批评1）; the accountability sheet has 5 rows (党纪处分2, 诫勉2, "
     "通报批评1) -> claim.accountability total 6 vs 5. Problems sheet: 13 (11 done, 2 持续推进 due 2026-12-31) = report's 13/11/2/84.6%; "
     "序号9 done with an empty 佐证材料 cell -> ledger.no-evidence. Rules 5 (3 new, 2 revised) = report. Trap: 2023年县委巡察反馈的8个问题 "
     "均已整改完毕 (an earlier round).",
     [{"rule": "claim.accountability", "item": "total", "claimed": 6, "observed": 5},
      {"rule": "ledger.no-evidence", "item": "9", "sheet": "问题整改台账", "row": 16}],
     ["claim.clues", "clue.overdue"] + NOINDEX, "paper-rectification-suspected")

case("08-longtan-zhen-rate", "中共沅岭县龙潭镇委员会", "县委第二巡察组（2026年第一轮巡察）", "2026-03-12", "2026-06-28",
     "Township, .wps report: 反馈的20个问题中，已完成整改17个，正在整改3个，整改完成率达90% -> arith.rate 90 vs 85. Ledger (.et, four "
     "sections): 20 rows, 17 done, 3 持续推进 due 2027-06-30; 序号12 names no 责任领导 -> ledger.no-owner. Traps: 正在整改的3个问题均为… "
     "(a part told again), 安全生产隐患36处 (places), 21份合同, 三重一大, 每半月.",
     [{"rule": "arith.rate", "item": "problems", "claimed": 90, "observed": 85},
      {"rule": "ledger.no-owner", "item": "12", "sheet": "台账", "row": 19}],
     NOSHEETS + NOINDEX, "paper-rectification-suspected")

case("09-yibao-ju-total", "中共沅岭县医疗保障局党组", "县委第一巡察组（2026年第一轮巡察）", "2026-04-07", "2026-07-17",
     "County medical insurance bureau, DOCX report: 反馈问题11个, 9 done, 2 in progress, 81.8% (holds). The Excel 97 ledger lists 12 "
     "problems (10 done) -> claim.problems-total 11 vs 12 (done 9 < 10: no problems-done). Minutes: the 党组会 of 7月2日 is a DOCX cut short "
     "(damaged) -> minutes rules do not run, complete false. Traps: 对全县38家定点医药机构…查出问题96个 (aggregate), 2名工作人员进行提醒谈话 "
     "(no accountability sheet), 两个维护.",
     [{"rule": "claim.problems-total", "item": "total", "claimed": 11, "observed": 12}],
     NOSHEETS + NOINDEX + MINUTES, "paper-rectification-suspected", complete=False)

case("10-heping-xiang-parts", "中共沅岭县和平乡委员会", "县委第四巡察组（2026年第一轮巡察）", "2026-04-08", "2026-07-08",
     "Township, DOCX report: 18个问题中，已完成整改14个，正在整改5个 -> arith.parts-sum 18 vs 19 (done 14 = the ledger's 14: no problems-done). Ledger XLSX: 18 rows, "
     "14 done, 3 持续推进, 1 未完成 (due 2026-10-31, not yet overdue). Minutes: 3 党委会 (= 党委会议3次), the 2025 annual 民主生活会 held "
     "2026-01-20 before the feedback, a 班子会; the special DLM is only planned (拟于8月召开) -> meeting.democratic-life-missing. "
     "Traps: 细化整改任务46项, 9个村, 3处.",
     [{"rule": "arith.parts-sum", "item": "problems", "claimed": 18, "observed": 19},
      {"rule": "meeting.democratic-life-missing"}],
     NOSHEETS + NOINDEX, "paper-rectification-suspected")

# Second batch (written after the first blind run, still from the docs alone).
case("11-shanmu-zhen-beizhu", "中共沅岭县杉木镇委员会", "县委第五巡察组（2026年第一轮巡察）", "2026-04-20", "2026-07-22",
     "Township, .wps report; Excel 97 ledger with no status column: the clerk wrote each state in 备注 (vocabulary.md: the status is "
     "read there), and no year in deadlines or completion dates (read in the feedback's year, 2026). 序号5 done on 7月8日 after "
     "6月30日前 -> ledger.overdue; 序号12 持续推进 due 5月底前 -> ledger.overdue; 序号13 持续推进 due 3月底前 falls before the "
     "feedback, so it is 2027-03-31: not overdue (trap). Report 15 / 11 done / 2 基本完成 / 2 正在推进 / 86.7% = (11+2)/15, a reading "
     "rules.md allows (trap). 召开党委会议5次，其中专题研究巡察整改工作3次: only the 3 are held to the minutes (one file holding five "
     "党委会, three about the rectification); 推进会2次 = 2 files; DLM in June.",
     [{"rule": "ledger.overdue", "item": "5", "sheet": "整改台账", "row": 9},
      {"rule": "ledger.overdue", "item": "12", "sheet": "整改台账", "row": 18}],
     NOSHEETS + NOINDEX, "needs-attention")

case("12-jiaoyu-ju-biaoge", "中共沅岭县教育局党组", "县委第六巡察组（2026年第一轮巡察）", "2026-04-10", "2026-07-25",
     "County education bureau, DOCX report with a table of the problems after 逐项整改情况如下, numbered 1–11 and closed by 三、下一步工作, "
     "while the report says 反馈问题12个 (the ledger's 序号7 学生资助资金 is left out) -> arith.list-count 12 vs 11. Table item 4's "
     "measures are slogans only -> text.vague-measures item 4. Clues sheet: JY-2026-03 handed over 2026-04-10, 正在核查 on the as-of "
     "2026-07-25 -> clue.overdue (106 days); the report's 已办结2件 = 2 closed. Ledger 12 (9 done, 3 持续推进 due 2026-12-31). Traps: "
     "已完成整改9个，其中立行立改4个、限期整改5个 (parts of the 9), 查处违规有偿补课教师3人 (no accountability sheet).",
     [{"rule": "arith.list-count", "item": "problems", "claimed": 12, "observed": 11},
      {"rule": "clue.overdue", "item": "JY-2026-03", "observed": 106},
      {"rule": "text.vague-measures", "item": "4"}],
     ["claim.accountability", "claim.systems"] + NOINDEX, "needs-attention")
