# Writes case.json and expected.json of each folder (decided by hand from the docs).
import json, os
RULES = ["arith.parts-sum","arith.rate","arith.list-count","claim.problems-total","claim.problems-done",
 "claim.item-status","claim.meetings","claim.accountability","claim.systems","claim.clues","ledger.overdue",
 "ledger.no-evidence","ledger.no-owner","clue.overdue","meeting.democratic-life-missing","text.vague-measures",
 "text.copied","history.recurrence"]
NOIDX = ["text.copied", "history.recurrence"]
NOACC, NOCLUE, NOSYS = ["claim.accountability"], ["claim.clues", "clue.overdue"], ["claim.systems"]
C = {
 "01-bailing-shijian-clean": dict(unit="中共白岭县市场监督管理局党组", round="县委第二巡察组（2025年第一轮巡察）", fb="2025-04-22", rd="2025-07-25",
   desc="county market regulation bureau, WPS DOCX, clean: 164 problems of the round's 9 units (巡察组's figure), 一个问题一名牵头领导, 两个维护, a plan of meetings in 下一步",
   f=[], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "02-chenghe-nongye-rate": dict(unit="中共澄河县农业农村局党组", round="县委第三巡察组（2025年第一轮巡察）", fb="2025-05-09", rd="2025-08-15",
   desc="county agriculture bureau, PDF report, WPS .et ledger with odd headers: rate 85% for 8 of 10; 序号6 has no deadline; county system's 126 problems after the unit's own",
   f=[{"rule":"arith.rate","item":"problems","claimed":85,"observed":80},
      {"rule":"ledger.no-owner","item":"6","sheet":"整改清单","row":8,"title":"农村宅基地审批监管存在漏洞"}], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "03-bailing-minzheng-audit": dict(unit="白岭县民政局", round="县审计局2024年度预算执行审计", fb="2025-03-14", rd="2025-06-30",
   desc="county civil affairs bureau after an audit, DOCX: rectified money 356.8万元 told by parts after a colon adding to 372.4万元; 11 done claimed, ledger 10",
   f=[{"rule":"arith.parts-sum","item":"money","claimed":3568000,"observed":3724000},
      {"rule":"claim.problems-done","item":"done","claimed":11,"observed":10}], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "04-chenghe-shuili-huiyi": dict(unit="中共澄河县水利局党组", round="县委第一巡察组（2025年第一轮巡察）", fb="2025-04-02", rd="2025-08-01",
   desc="county water bureau, 公文 DOCX, .xls ledger: 4 党组会议 claimed, minutes of 4 but one (3月20日) before the feedback; 方面 headings with 关于 are groups, not items",
   f=[{"rule":"claim.meetings","item":"party_committee","claimed":4,"observed":3}], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "05-bailing-ziran-clean": dict(unit="中共白岭县自然资源局党组", round="县委第四巡察组（2025年第一轮巡察）", fb="2025-05-15", rd="2025-08-12",
   desc="county natural resources bureau, GBK TXT report, XLSX with odd headers (是否销号, 印证材料), the DLM minutes photographed (PNG), clean: 86 problems of the round's 5 units, 37处 图斑 counted by place",
   f=[], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "06-chenghe-jiaotong-zhuangtai": dict(unit="中共澄河县交通运输局党组", round="县委第二巡察组（2025年第一轮巡察）", fb="2025-04-15", rd="2025-08-20",
   desc="county transport bureau, WPS DOCX listing 10 items: item （四） called done, ledger 序号4 正在推进 past its 2025-06-30 deadline; 8 done claimed, ledger 7",
   f=[{"rule":"claim.problems-done","item":"done","claimed":8,"observed":7},
      {"rule":"claim.item-status","item":"4","sheet":"问题整改","row":6,"title":"农村公路养护资金拨付滞后","claimed":"done","observed":"in_progress"},
      {"rule":"ledger.overdue","item":"4","sheet":"问题整改","row":6,"title":"农村公路养护资金拨付滞后"}], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "07-chenghe-minzheng-wenze": dict(unit="中共澄河县民政局党组", round="县委第三巡察组（2025年第一轮巡察）", fb="2025-05-09", rd="2025-08-18",
   desc="county civil affairs bureau, DOCX, XLSX with 问责情况 sheet: 7 held accountable claimed, 6 rows; 全县民政系统41人次 is the county's",
   f=[{"rule":"claim.accountability","item":"total","claimed":7,"observed":6}], nr=NOIDX+NOCLUE+NOSYS),
 "08-bailing-shuili-xiansuo": dict(unit="中共白岭县水利局党组", round="县委第五巡察组（2025年第一轮巡察）", fb="2025-05-06", rd="2025-08-29",
   desc="county water bureau, 公文 PDF, XLSX with 问题线索 sheet: 5 clues said all closed, BL-SL-03 pending 113 days; the round's 23 clues over 7 units",
   f=[{"rule":"claim.clues","item":"handled","claimed":5,"observed":4},
      {"rule":"clue.overdue","item":"BL-SL-03","observed":113}], nr=NOIDX+NOACC+NOSYS),
 "09-chenghe-shijian-clean": dict(unit="中共澄河县市场监督管理局党组", round="县委第二巡察组（2025年第一轮巡察）", fb="2025-04-15", rd="2025-08-08",
   desc="county market regulation bureau, PDF report and PDF minutes, XLSX with 本轮 and 上轮遗留 sheets, clean: the 2022 round's 4 leftovers (3 done, 1 in progress)",
   f=[], nr=NOIDX+NOACC+NOCLUE+NOSYS),
 "10-bailing-jiaotong-zongshu": dict(unit="中共白岭县交通运输局党组", round="县委第二巡察组（2025年第一轮巡察）", fb="2025-04-22", rd="2025-07-30",
   desc="county transport bureau, Word 97 .doc with Chinese numerals, .xls with 制度建设 sheet: 十四个 problems claimed, 13 rows; 6 new rules claimed, 5",
   f=[{"rule":"claim.problems-total","item":"total","claimed":14,"observed":13,"sheet":"问题整改台账"},
      {"rule":"claim.systems","item":"new","claimed":6,"observed":5}], nr=NOIDX+NOACC+NOCLUE),
 "11-chenghe-ziran-xiaohao": dict(unit="中共澄河县自然资源局党组", round="县委第四巡察组（2025年第二轮巡察）", fb="2025-06-10", rd="2025-09-10",
   desc="county natural resources bureau, report published on the county site (HTML), WPS .et with odd headers, a photographed 党组会 page (JPG): 序号5 done with no evidence, 序号7 done after its deadline; the round's 207 problems over 14 units and the county's 55",
   f=[{"rule":"ledger.overdue","item":"7","sheet":"整改台账","row":9,"title":"林地占用审批把关不严"},
      {"rule":"ledger.no-evidence","item":"5","sheet":"整改台账","row":7,"title":"地质灾害隐患点监测不到位"}], nr=NOIDX+NOACC+NOCLUE+NOSYS),
}
SEV = {"arith.parts-sum":"high","arith.rate":"high","claim.problems-total":"high","claim.problems-done":"high","claim.item-status":"high",
 "claim.meetings":"high","claim.accountability":"high","claim.clues":"high","arith.list-count":"medium","claim.systems":"medium",
 "ledger.overdue":"medium","ledger.no-evidence":"medium","clue.overdue":"medium","meeting.democratic-life-missing":"medium","text.copied":"medium","history.recurrence":"medium"}
for name, c in C.items():
    with open(os.path.join(name, "case.json"), "w") as fh:
        json.dump({"unit": c["unit"], "round": c["round"], "feedback_date": c["fb"], "report_date": c["rd"], "as_of": c["rd"]}, fh, ensure_ascii=False, indent=1); fh.write("\n")
    sevs = {SEV.get(f["rule"], "low") for f in c["f"]}
    verdict = "paper-rectification-suspected" if "high" in sevs else "needs-attention" if "medium" in sevs else "clean"
    fired = {f["rule"] for f in c["f"]}
    e = {"description": c["desc"], "as_of": c["rd"], "verdict": verdict, "complete": True, "findings": c["f"],
         "not_run": c["nr"], "absent_rules": [r for r in RULES if r not in fired]}
    with open(os.path.join(name, "expected.json"), "w") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=1); fh.write("\n")
