#!/usr/bin/env python3
"""Writes each case's case.json and expected.json (decided by hand from the docs; see ../README.md)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = ["arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total", "claim.problems-done",
         "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems", "claim.clues",
         "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
         "meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"]
NOT_RUN = ["claim.accountability", "claim.systems", "claim.clues", "clue.overdue"]
HIGH = {"arith.parts-sum", "arith.rate", "claim.problems-total", "claim.problems-done", "claim.item-status",
        "claim.meetings", "claim.accountability", "claim.clues"}

def money(claimed, observed):
    return {"rule": "arith.parts-sum", "item": "money", "claimed": claimed, "observed": observed}

CASES = {
 "01-lanjiang-caizheng-clean": (
  {"unit": "中共岚江县财政局党组", "round": "县委第二巡察组（2025年第一轮巡察）", "feedback_date": "2025-03-18", "report_date": "2025-07-20", "as_of": "2025-07-20"},
  "Clean. County finance bureau, DOCX saved by WPS: 14 problems, 12 done, 其余2个, 85.7%; 3 党组会议 and a DLM on file. Money broken down after a colon: 已整改2,102.3万元，其中：上缴国库315.6、归还原资金渠道1,208.4、调整账目578.3 (= 2,102.3, a part of the 2,386.5 found, not of it), 剩余284.2; 金额整改率88.1% (a money rate, not checked). Traps: 两个维护, 一个问题、一名牵头领导, 督促各乡镇财政所…自查发现问题资金416.8万元，已整改398.2万元 (other units), 每月调度一次 in 下一步.",
  []),
 "02-lanjiang-shiqiao-zhen-qingtui": (
  {"unit": "中共岚江县石桥镇委员会", "round": "县委第四巡察组（2025年第一轮巡察）", "feedback_date": "2025-04-10", "report_date": "2025-08-12", "as_of": "2025-08-12"},
  "Planted: a township's PDF report: 共清退、追缴各类资金86.47万元，其中清退…32.15万元、追缴…41.80万元、收回…15.62万元: the parts add up to 89.57万元, more than the total (the ledger's third amount is 12.52) -> arith.parts-sum money 864700 vs 895700. Problems 11 = 9 done + 2 in progress, as the ledger. Trap: 督促全镇14个村…各村共收回历年欠款27.3万元 (other units), 两个正在整改的问题 in 下一步.",
  [money(864700, 895700)]),
 "03-lanjiang-jiaotong-clean": (
  {"unit": "中共岚江县交通运输局党组", "round": "县委第一巡察组（2025年第一轮巡察）", "feedback_date": "2025-02-25", "report_date": "2025-06-30", "as_of": "2025-06-30"},
  "Clean. County transport bureau, DOCX saved by WPS: 16 problems, 13 done, 其余3个, 81.25%; 4 党组会议 and a DLM on file. Trap, two breakdowns of one amount that overlap by design: 追回违规支付资金1,250万元，其中中央资金820万元、省级资金430万元 (by source) ；按整改渠道分，上缴国库560万元，归还原资金渠道690万元 (by channel): each adds up to 1,250, all four to 2,500. An earlier year's audit: 2022年…问题资金95万元…其中调账处理60万元、收回35万元 (adds up). 局党组书记…带头领办重点问题 (no list).",
  []),
 "04-fenglin-jiaoyu-nianfen": (
  {"unit": "中共枫林县教育局党组", "round": "县委第三巡察组（2025年第一轮巡察）", "feedback_date": "2025-05-08", "report_date": "2025-09-10", "as_of": "2025-09-10"},
  "Planted: county education bureau, DOCX: money by year after 分别为 and a colon: 合计1,036.8万元，分别为：2021年度287.4万元、2022年度395.1万元、2023年度412.6万元 = 1,095.1 -> arith.parts-sum money 10368000 vs 10951000. 已完成整改11个，正在整改2个 of 13 (adds up), but the ledger marks 10 of 13 done -> claim.problems-done 11 vs 10. Trap: 督促全县46所中小学…各校共清退违规收费12.7万元 (other units).",
  [money(10368000, 10951000), {"rule": "claim.problems-done", "item": "done", "claimed": 11, "observed": 10, "sheet": "问题整改台账"}]),
 "05-lanjiang-renmin-yiyuan": (
  {"unit": "中共岚江县人民医院委员会", "round": "县委第二巡察组（2025年第一轮巡察）", "feedback_date": "2025-03-05", "report_date": "2025-08-15", "as_of": "2025-08-15"},
  "Planted: county hospital, UTF-8 TXT: 共指出问题18个 … 18个问题中已完成整改14个，正在整改3个，尚未启动2个 = 19 (the total told again in the parts' sentence: fixed after the blind run, when the parts stood two paragraphs after the total, which rules.md §1 does not read) -> arith.parts-sum problems 18 vs 19; ledger row 序号17 (row 19) in progress with deadline 2025年6月30日, before the as-of date -> ledger.overdue. Traps: money parts of another amount: 应退还…28.6万元，已退还21.3万元，其中门诊12.4万元、住院8.9万元 (parts of the 21.3), 其余7.3万元 (the 28.6's rest); 县域医共体内5家乡镇卫生院…共退还多收费用9.7万元 (other units).",
  [{"rule": "arith.parts-sum", "item": "problems", "claimed": 18, "observed": 19},
   {"rule": "ledger.overdue", "item": "17", "sheet": "整改台账", "row": 19}]),
 "06-fenglin-chengdong-jiedao-clean": (
  {"unit": "中共枫林县城东街道工作委员会", "round": "县委第六巡察组（2025年第一轮巡察）", "feedback_date": "2025-04-22", "report_date": "2025-08-28", "as_of": "2025-08-28"},
  "Clean. A street office's report on the county site (HTML in a site frame): 9 problems, 7 done, 2 in progress; 2 党工委会议 and a DLM on file. Traps: parts left out: 收回闲置资金345万元，其中上缴县财政120万元、统筹用于…150万元 (270 < 345: no finding); an earlier round's money: 2022年县委巡察指出的问题资金58万元…其中追缴42万元、调账16万元 (adds up).",
  []),
 "07-lanjiang-nongye-huiyi": (
  {"unit": "中共岚江县农业农村局党组", "round": "县委第三巡察组（2025年第一轮巡察）", "feedback_date": "2025-03-26", "report_date": "2025-08-05", "as_of": "2025-08-05"},
  "Planted: county agriculture bureau, DOCX: money after a colon with semicolons: 整改问题资金1,862.35万元：其中收回财政资金426.10万元；盘活存量资金735.48万元；规范管理资金712.87万元 = 1,874.45 -> arith.parts-sum money 18623500 vs 18744500; 召开党组会议5次 with 4 党组会议 minutes about the rectification (a 局务会 on the summer harvest is no party committee meeting) -> claim.meetings party_committee 5 vs 4. 12 of 15 done, 80% (holds). Trap: 其中龙潭镇、白马乡分别整改资金36.2万元、28.9万元 (other units).",
  [money(18623500, 18744500), {"rule": "claim.meetings", "item": "party_committee", "claimed": 5, "observed": 4}]),
 "08-fenglin-shuili-taizhang": (
  {"unit": "中共枫林县水利局党组", "round": "县委第五巡察组（2025年第一轮巡察）", "feedback_date": "2025-04-02", "report_date": "2025-08-20", "as_of": "2025-08-20"},
  "Planted: county water bureau, PDF; Excel 97 ledger of 13 rows (10 done, 3 in progress) while the report says 反馈问题12个 (10 done, 2 in progress) -> claim.problems-total 12 vs 13; row 序号6 (row 8) names no leader -> ledger.no-owner. Trap: a bracketed part left out: 追回…资金276.8万元（其中中央资金186.5万元） (no finding); 一个问题、一名责任领导、一抓到底.",
  [{"rule": "claim.problems-total", "item": "total", "claimed": 12, "observed": 13, "sheet": "问题整改台账"},
   {"rule": "ledger.no-owner", "item": "6", "sheet": "问题整改台账", "row": 8}]),
 "09-lanjiang-zhujian-clean": (
  {"unit": "中共岚江县住房和城乡建设局党组", "round": "县委第一巡察组（2025年第一轮巡察）", "feedback_date": "2025-01-15", "report_date": "2025-06-18", "as_of": "2025-06-18"},
  "Clean. County housing bureau, DOCX: 10 problems all done, 100%; 3 党组会议 and a DLM on file. Traps: 退还农民工工资保证金154万元，其中已返还施工企业96万元，其余以银行保函置换 (a part left out, the rest with no amount); then, by unit, 督促各镇…城关镇、青石镇、柳河镇分别退还238万元、197万元、177万元 (other units' amounts, 612 in all, more than the 154 before them but no part of it).",
  []),
 "10-fenglin-minzheng-fenbie": (
  {"unit": "中共枫林县民政局党组", "round": "县委第四巡察组（2025年第一轮巡察）", "feedback_date": "2025-05-20", "report_date": "2025-09-25", "as_of": "2025-09-25"},
  "Planted: county civil affairs bureau, GBK TXT with CRLF; UTF-8 CSV ledger with a BOM: 通过上缴财政、归还原资金渠道、调整账目等方式，整改问题资金523.6万元，分别为138.2万元、247.5万元、149.3万元 = 535.0 -> arith.parts-sum money 5236000 vs 5350000. 10 of 12 done, as the ledger. Trap: an earlier year's audit 2021年…问题资金210万元，已整改186万元，其中上缴财政74万元、归还原渠道112万元 (the parts are the 186's and add up).",
  [money(5236000, 5350000)]),
}

for name, (case, desc, findings) in CASES.items():
    d = os.path.join(HERE, name)
    json.dump(case, open(os.path.join(d, "case.json"), "w"), ensure_ascii=False)
    fired = {f["rule"] for f in findings}
    verdict = "clean"
    if fired:
        verdict = "paper-rectification-suspected" if fired & HIGH else "needs-attention"
    exp = {"description": desc, "as_of": case["as_of"], "verdict": verdict, "complete": True,
           "findings": findings, "not_run": NOT_RUN, "absent_rules": [r for r in RULES if r not in fired]}
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
