#!/usr/bin/env python3
"""Writes each case's case.json and expected.json, decided by hand from the docs
(docs/rules.md, docs/interface.md, docs/vocabulary.md). Run in gen/."""
import json

ALL = ["arith.parts-sum", "arith.rate", "arith.list-count", "claim.problems-total", "claim.problems-done",
       "claim.item-status", "claim.meetings", "claim.accountability", "claim.systems", "claim.clues",
       "ledger.overdue", "ledger.no-evidence", "ledger.no-owner", "clue.overdue",
       "meeting.democratic-life-missing", "text.vague-measures", "text.copied", "history.recurrence"]
CLUES = ["claim.clues", "clue.overdue"]

def case(name, unit, rnd, fb, rep, verdict, findings, not_run, desc):
    info = {"unit": unit, "round": rnd, "feedback_date": fb, "report_date": rep, "as_of": rep}
    fired = {f["rule"] for f in findings}
    exp = {"description": desc, "as_of": rep, "verdict": verdict, "complete": True,
           "findings": findings, "not_run": not_run, "absent_rules": [r for r in ALL if r not in fired]}
    for fn, obj in (("case.json", info), ("expected.json", exp)):
        with open(f"../{name}/{fn}", "w") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")

case("01-lanzhou-jiaotou-clean", "中共岚州市交通投资集团有限公司委员会", "市委第二巡察组（2024年第一轮巡察）",
     "2024-05-10", "2024-09-12", "clean", [], CLUES,
     "Clean. City transport investment group, PDF report (figures table without rules): 14 problems in 3 方面, 12 done, 2 in progress, 85.7%; 党委会议3次 (3 minutes PDFs) and the special DLM; 问责6人 (1+2+3) = 6 rows of 问责情况; 制度12项 (新建5, 修订7) = 制度建设 sheet. Ledger: 汇总 sheet (no problem column) + one sheet per 方面 numbered through + 问责情况 + 制度建设, merged two-row header 整改落实情况 over 整改完成情况/完成时间/佐证材料名称. Traps: 四个意识/两个维护, 一个问题、一名牵头领导、一套整改方案, 3个方面14个, 细化整改措施52条 (measures), 所属5家子公司…共查找问题27个 (aggregate, the unit states its own), 326.5万元 / 4,180万元 / 86.2万元, 下一步 计划每季度召开一次整改调度会 (a plan, not a meeting held), 党委办公室每半月汇总通报一次.")

case("02-chengchuan-nengyuan-rate", "中共澄川省能源投资集团有限公司委员会", "省委第四巡视组（2024年第一轮巡视）",
     "2024-04-18", "2024-08-30", "paper-rectification-suspected",
     [{"rule": "arith.rate", "item": "problems", "claimed": 87.5, "observed": 81.25},
      {"rule": "ledger.no-evidence", "item": "4", "title": "合同管理不规范，履约监督缺位", "sheet": "经营管理方面", "row": 7}],
     ["claim.accountability", "claim.systems"] + CLUES,
     "Planted: 巡视反馈的16个问题中，已完成整改13个，正在整改3个，整改完成率达到87.5% -> arith.rate (13/16 = 81.25). Ledger (sheets numbered from 1 each, 责任领导 before 整改责任单位): 经营管理方面 序号4 (row 7) 已完成 with no 佐证材料名称 -> ledger.no-evidence. Otherwise agreed: 16/13 across three 方面 sheets, 党委会议2次, DLM. Traps: a table without rules restating 16/13/3 by 方面 (合计 row), 共问责3人 with no 问责 sheet (not run), 2.1亿元 / 418.6万元 / 1,260万元, 拟于10月对已完成整改的13个问题…回头看 (a plan).")

case("03-lanzhou-chengtou-wenze", "中共岚州市城市建设投资集团有限公司委员会", "市委第一巡察组（2024年第二轮巡察）",
     "2024-09-20", "2025-01-15", "paper-rectification-suspected",
     [{"rule": "claim.accountability", "item": "total", "claimed": 11, "observed": 10},
      {"rule": "ledger.overdue", "item": "9", "title": "闲置资产盘活不力", "sheet": "经营管理方面", "row": 8}],
     ["claim.systems"] + CLUES,
     "Planted: 共问责11人，其中…2人、1人、1人，诫勉3人，批评教育4人 (parts add up) against 10 rows of 问责情况 (批评教育 3) -> claim.accountability total. Ledger 经营管理方面 序号9 (row 8) 正在推进 with 完成时限 2024年12月31日, as of 2025-01-15 -> ledger.overdue. Otherwise agreed: 12 problems, 10 done, 83.3%, 党委会议3次, DLM 1次. Traps: 细化为41项具体整改任务 (tasks), 三张清单, 全市国资系统共问责37人次 (aggregate), 2件问题线索…全部办结 with no clue sheet (not run), 157.3万元 / 62.8万元 / 3.46万元, 下一步 一是…二是…三是.")

case("04-chengchuan-yiyao-shenji", "澄川省医药健康产业集团有限公司", "省审计厅经济责任审计（2023年度）",
     "2024-03-15", "2024-07-31", "paper-rectification-suspected",
     [{"rule": "claim.problems-done", "item": "done", "claimed": 13, "observed": 12},
      {"rule": "claim.systems", "item": "new", "claimed": 8, "observed": 7}],
     ["claim.accountability"] + CLUES,
     "Audit rectification. Planted: 审计指出的13个问题已全部整改完成 against 12 rows done (重大经济决策方面 序号7 医药物流园项目超概算 正在整改, deadline 2024-12-31, not overdue) -> claim.problems-done; 新建制度8项 against 7 新建 rows of 制度建设 -> claim.systems new (修订6 = 6). Traps: 整改完成率100% (13/13 agrees), 应整改金额2.36亿元，已整改2.14亿元，资金整改率90.68% (a share of money), a table without rules of 问题数 and 整改金额（万元） by 方面, 同期接受审计的省澄川建工集团被指出问题9个 (another unit).")

case("05-lanzhou-shuiwu-clean", "中共岚州市水务集团有限公司委员会", "市委第三巡察组（2024年第一轮巡察）",
     "2024-05-28", "2024-09-26", "clean", [], ["claim.accountability", "claim.systems"],
     "Clean. City water group: 11 problems, 9 done, 2 in progress, 81.8%; 4 clues handed over, 已全部办结 = 4 rows 已办结, each within 60 days (35–51). Ledger: sheets numbered through, 责任领导 before the unit, a 问题线索 sheet. Minutes: 2 党委会 on the rectification, 1 on the half-year's business (no word of it), DLM. Traps: 督促所属3家子公司开展自查，发现问题18个 (aggregate), 2021年市委巡察反馈的9个问题中，已整改8个，1个需长期坚持 (earlier round, adds up), 给予党纪处分1人 with no 问责 sheet (not run), 立案审查1件.")

case("06-chengchuan-jiantou-huiyi", "中共澄川省建设投资集团有限公司委员会", "省委第二巡视组（2023年第三轮巡视）",
     "2024-01-12", "2024-05-20", "paper-rectification-suspected",
     [{"rule": "arith.parts-sum", "item": "problems", "claimed": 21, "observed": 22},
      {"rule": "claim.meetings", "item": "party_committee", "claimed": 5, "observed": 4}],
     ["claim.accountability", "claim.systems"] + CLUES,
     "Planted: 反馈问题21个…已完成整改18个，正在整改4个 -> arith.parts-sum (18 + 4 = 22); 先后召开党委会议5次 against 4 党委会 minutes after the feedback (the fifth file, 2023-12-28, is before the feedback of 2024-01-12: 边巡边改) -> claim.meetings party_committee. Ledger 21 rows in three sheets numbered from 1 each, 18 done (agrees with the done figure). Traps: 两个维护, 修订完善…管理制度19项 with no rules sheet or evidence (not run), 给予党纪处分2人、组织处理1人、诫勉4人 with no 问责 sheet (not run), 3.6亿元 / 723.4万元 / 11.8万元.")

case("07-lanzhou-wenlv-zhuangtai", "中共岚州市文化旅游投资集团有限公司委员会", "市委第四巡察组（2024年第二轮巡察）",
     "2024-08-22", "2024-12-06", "paper-rectification-suspected",
     [{"rule": "claim.problems-done", "item": "done", "claimed": 9, "observed": 8},
      {"rule": "claim.item-status", "item": "5", "title": "景区经营项目外包监管不到位", "claimed": "done", "observed": "in_progress", "sheet": "经营管理方面", "row": 5}],
     ["claim.accountability", "claim.systems"] + CLUES,
     "Planted: 巡察反馈的9个问题已全部完成整改, and item 5 (关于景区经营项目外包监管不到位的问题…整改情况：已完成) against ledger 序号5 (经营管理方面 row 5) 正在整改, deadline 2025-03-31 -> claim.problems-done (9 vs 8) and claim.item-status. The report lists 9 items 1．–9． under （一）…方面（3个问题） headings (list-count agrees), each with dates and counts (no vague measures). Traps: 3个方面9个问题, 决策事项细化为43项, 对3名相关人员批评教育 (no 问责 sheet: not run), 清查出租资产126处, 2.38万元 / 47.5万元, 28名干部, 35名.")

case("08-chengchuan-wuliu-xiansuo", "中共澄川省现代物流集团有限公司委员会", "省委第六巡视组（2024年第一轮巡视）",
     "2024-04-25", "2024-10-18", "needs-attention",
     [{"rule": "clue.overdue", "item": "LZWL-XS-05", "observed": 163},
      {"rule": "ledger.no-owner", "item": "7", "title": "工程项目招标管理不规范", "sheet": "经营管理方面", "row": 5}],
     ["claim.systems"],
     "Planted: clue LZWL-XS-05 handed over 2024-05-08, 正在核查 on 2024-10-18 (163 days > 60) -> clue.overdue; ledger 经营管理方面 序号7 (row 5) has no 责任领导 -> ledger.no-owner (low). The report is honest: 15 problems, 13 done, 86.7%; 7 clues, 已办结6件，1件正在核查中 (6 disposed rows); 共问责4人 = 4 rows; 党委会议3次, DLM. Traps: a summary box without rules (反馈问题 15个 / 已完成整改 13个 / 正在整改 2个 / 整改完成率 86.7%), 细化为整改措施63条, 周调度、月通报、季评估.")

case("09-lanzhou-nongfa-clean", "岚州市农业发展集团有限公司", "市审计局2023年度财务收支审计",
     "2024-06-14", "2024-10-25", "clean", [], ["claim.accountability"] + CLUES,
     "Clean. Audit rectification in Chinese numerals: 审计指出问题十一个，已完成整改十个，一个正在推进，整改完成率90.9%; 召开党委会议两次 (2 minutes) and the DLM; 建立健全制度四项 with no rules sheet and 4 files in evidence/. Ledger: three 方面 sheets numbered from 1 each. Traps: 上年度审计反馈的6个问题，已于2023年底全部整改完成 (earlier round, after the own total), 同期接受审计的市粮食储备有限公司被指出问题9个 (another unit), 确权二十九宗 / 其余十三宗 (parcels), 186.4万元, 42宗.")
