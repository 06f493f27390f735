import json
RULES="""arith.parts-sum arith.rate arith.list-count claim.problems-total claim.problems-done claim.item-status claim.meetings claim.accountability claim.systems claim.clues ledger.overdue ledger.no-evidence ledger.no-owner clue.overdue meeting.democratic-life-missing text.vague-measures text.copied history.recurrence""".split()
NOIDX=["text.copied","history.recurrence"]
NOACC=["claim.accountability"]; NOCLUE=["claim.clues","clue.overdue"]; NOSYS=["claim.systems"]
std=NOACC+NOCLUE+NOSYS+NOIDX
def sev(fs):
    hi={"arith.parts-sum","arith.rate","claim.problems-total","claim.problems-done","claim.item-status","claim.meetings","claim.accountability","claim.clues"}
    med={"arith.list-count","claim.systems","ledger.overdue","ledger.no-evidence","clue.overdue","meeting.democratic-life-missing","text.copied","history.recurrence"}
    r={f["rule"] for f in fs}
    if r&hi: return "paper-rectification-suspected"
    if r&med: return "needs-attention"
    return "clean"
C={
"01-songling-zhen-clean":("Township, WPS DOCX report, WPS .et ledger (title, 填报 line, two-row header, a blank row, a 注 line); minutes: two 党委会 photographed as PNG at 150 dpi and a DOCX 专题民主生活会. Clean. Traps: the county's 197 problems over 14 townships (aggregate), 一个问题一名牵头领导, 两个维护, a planned 每季度召开1次整改推进会 in 下一步.",[],std),
"02-dongba-jiedao-done":("街道, plain report as UTF-8 TXT (改完了11个, 正在整改的3个, 还没改完的1个), XLSX ledger with notes in the status cells. The report claims 11 done; the ledger shows 10 (15 rows: 10 done, 4 in progress, 1 not begun). 序号7 is done with its evidence cell empty.",
 [{"rule":"claim.problems-done","item":"done","claimed":11,"observed":10},
  {"rule":"ledger.no-evidence","item":"7","sheet":"东坝街道","row":11}],std),
"03-qiaotou-xiang-cunji":("Township whose ledger keeps a sheet for the township and one per village (8+3+2+2 = 15 rows, 12 done). The report says 16 problems (乡本级9个) and 13 done: one done township problem is missing from the ledger. Trap: 督促全乡9个村（社区）…查摆问题37个，已整改34个 (aggregate). One 党委会 minutes is a PNG turned 1.2°.",
 [{"rule":"claim.problems-total","item":"total","claimed":16,"observed":15},
  {"rule":"claim.problems-done","item":"done","claimed":13,"observed":12}],std),
"04-xiaoxi-cun-clean":("Village party branch; case.json without dates (feedback 2025-04-16 and report 2025-07-10 from the report). 3 支委会 DOCX minutes and a 专题组织生活会 photographed as JPG (a village holds 组织生活会). Clean. Traps: 延伸巡察了龙泉镇18个村（社区）, 书记带头领办3个问题, 四议两公开, 两个维护.",[],std),
"05-hexi-zhen-xinwen":("A news story from the county website pasted as the report (report.html). 19 of 21 done told as 95% (19/21 = 90.48%); 召开整改推进会4次 against three 推进会 minutes (two phone photos as JPG at 200 dpi, tilted, one DOCX). Trap: the county's average rate 87.6% over 14 townships.",
 [{"rule":"arith.rate","item":"problems","claimed":95,"observed":90.48},
  {"rule":"claim.meetings","item":"work","claimed":4,"observed":3}],std),
"06-shangtang-jiedao-clean":("街道, PDF report; WPS .et ledger one row per measure (23 measures of 10 problems, 序号 and problem merged), all done. 3 党工委会议 and a 专题民主生活会 as DOCX. Clean. Traps: the 2022 round's 9 problems (earlier round), 细化整改措施23条, a planned 推进会 in 下一步.",[],std),
"07-longquan-zhen-zhuangtai":("Township report listing its 8 problems one by one with statuses (已整改完成, 改完了, 已改完, 已办结). It says 7 done; item （五） is called 已整改完成 but its ledger row (序号5, row 9) is 正在推进 past its deadline of 2025-06-30.",
 [{"rule":"claim.problems-done","item":"done","claimed":7,"observed":6},
  {"rule":"claim.item-status","item":"5","claimed":"done","observed":"not_done","sheet":"问题清单","row":9},
  {"rule":"ledger.overdue","item":"5","sheet":"问题清单","row":9}],std),
"08-baishi-xiang-wenze":("Township, WPS DOCX report, .et ledger with 问题整改, 线索处置 and 问责情况 sheets. 移交问题线索2件，已全部办结 against one clue closed (BS-02 still being checked, 93 days from 2025-04-20 to the as-of date); 问责3人 against two rows. Trap: 全县…共问责干部41人次 (aggregate). A 党委会 minutes is a tilted JPG.",
 [{"rule":"claim.accountability","item":"total","claimed":3,"observed":2},
  {"rule":"claim.clues","item":"handled","claimed":2,"observed":1},
  {"rule":"clue.overdue","item":"BS-02","observed":93}],NOSYS+NOIDX),
"09-dayuan-zhen-zhidu":("Township, DOCX report, XLSX with a 制度建设 sheet of 9 rules (5 new, 4 revised); the report says 10 rules, 6 new and 4 revised. The minutes hold only the 2024 annual 民主生活会 (2025-01-21, before the feedback). Trap: 全县各乡镇共建立完善制度136项 (aggregate).",
 [{"rule":"claim.systems","item":"new","claimed":6,"observed":5},
  {"rule":"claim.systems","item":"total","claimed":10,"observed":9},
  {"rule":"meeting.democratic-life-missing"}],NOACC+NOCLUE+NOIDX),
"10-taiping-zhen-heji":("Township, case.json without dates (feedback 2025-04-22 and report 2025-07-25 from the report). 共反馈问题十八个, then 已整改完成13个，正在整改的4个: 17, the one not begun left out. .et ledger 18 rows (13 done, 4 in progress, 1 未启动). The 专题民主生活会 is a PNG.",
 [{"rule":"arith.parts-sum","item":"problems","claimed":18,"observed":17}],std),
"11-fenglin-zhen-quanxian":("Written AFTER the blind run, from a probe (see README). Township whose report puts the county's figures over all townships before its own: 全县各乡镇共建立完善制度136项 then 我镇…建立完善制度5项（新建3项、修订2项）; 全县…共问责干部41人次 then 我镇…问责2人. The ledger's 问责情况 (2) and 制度建设 (3 new, 2 revised) sheets agree with the township's own figures. Clean: the county's are aggregate (rules.md: a sum over 乡镇 is aggregate, taken only when the report states no figure of its own).",[],NOCLUE+NOIDX),
}
for c,(d,fs,nr) in C.items():
    frs={f["rule"] for f in fs}
    e={"description":d,"verdict":sev(fs),"complete":True,"findings":fs,"not_run":nr,"absent_rules":[r for r in RULES if r not in frs]}
    json.dump(e,open(c+"/expected.json","w"),ensure_ascii=False,indent=1); open(c+"/expected.json","a").write("\n")
