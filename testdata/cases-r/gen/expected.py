# Writes each case's expected.json from the hand-made decisions below
# (docs/rules.md read by hand, before zhenggai was run on these folders).
# absent_rules is every rule with no expected finding.
import json, os
RULES = ["arith.parts-sum","arith.rate","arith.list-count","claim.problems-total","claim.problems-done",
 "claim.item-status","claim.meetings","claim.accountability","claim.systems","claim.clues","ledger.overdue",
 "ledger.no-evidence","ledger.no-owner","clue.overdue","meeting.democratic-life-missing","text.vague-measures",
 "text.copied","history.recurrence"]
LEDGER = ["claim.problems-total","claim.problems-done","claim.item-status","ledger.overdue","ledger.no-evidence","ledger.no-owner"]
MIN = ["claim.meetings","meeting.democratic-life-missing"]
C = {
 "01-lanxi-zhen-clean": dict(d="乡镇，clean. DOCX report stating figures by aspect in text and in a table (18 = 4+6+5+3, done 15 = 4+5+4+2, 83.33%), with a round's sums (197 problems over 17 units, 23 clues), 68 measures, 3.26万元 and 1.8万元, 2 村干部 谈话提醒 (no accountability sheet), 9 rules (no rules sheet, no evidence). Ledger XLSX: merged title, 填报单位 row, two merged header rows (责任主体 over 责任领导/责任单位, 整改情况 over 整改进展/完成时间/佐证材料), frozen pane, footer, hidden option sheet 数据源. Deadlines 2023.7.31, 立行立改, 2023年12月底, 长期坚持. Minutes titled by the body (中共…委员会2023年第9次会议纪要) ×3 (DOCX, DOCX, PDF) = 党委会议3次, and the 专题民主生活会.", v="clean", f=[]),
 "02-shibu-cun-tracked": dict(d="村（社区）. DOCX report with tracked changes (7→9 done, 4→2 in progress, 63.64→81.82%) and a comment; the final text holds: 11 problems, 9 done, 2 in progress, 81.82%. Ledger CSV UTF-8 with BOM: 11 rows, 9 done. Minutes as Word 97 .doc: 4 支委会 (report: 支委会4次) and a 专题组织生活会 — no 专题民主生活会, so meeting.democratic-life-missing fires (a 组织生活会 is not one). The four aspects numbered （一）…（四） are measures by aspect, not a list of 11 problems.", v="needs-attention",
   f=[{"rule":"meeting.democratic-life-missing"}]),
 "03-yizhong-textbox": dict(d="学校. The headline figures sit only in a DOCX text box (saved as Word saves one, DrawingML with its VML fallback): 14 problems, 14 done, 100%. Ledger XLSX: 14 rows, 12 done, 2 正在推进 (deadline 2023/12/31). Minutes: 2 党委会议 as WPS .wps, 专题民主生活会 DOCX.", v="paper-rectification-suspected",
   f=[{"rule":"claim.problems-done","item":"done","claimed":14,"observed":12}]),
 "04-danganguan-picture": dict(d="事业单位. The headline figures (10 problems, 10 done, 100%) are a picture pasted in the DOCX report; the text states no count of problems, so no count rule has a report figure; the ledger (10 rows, 8 done, 2 整改中 with deadline 2023-12-31) is consistent in itself. Minutes: 2 支委会 as .doc (report: 支委会2次), 专题民主生活会 DOCX. Completeness not asserted (the picture is not text).", v="clean", f=[]),
 "05-qinghe-shequ-serials": dict(d="社区. Ledger XLSX whose 整改时限 and 完成时间 are Excel date serials in General format (45199 = 2023-09-30). 12 rows, 9 done, 3 正在推进; report 12/9/3, 75%. Row 序号4 (Sheet1!6) is in progress with deadline 45199 (2023-09-30) before the as-of date 2023-11-30; row 序号7 (Sheet1!9) is done on 45152 (2023-08-14) after its deadline 45138 (2023-07-31). Minutes PDF: 2 社区党委会议纪要, 专题民主生活会.", v="needs-attention",
   f=[{"rule":"ledger.overdue","item":"4","sheet":"Sheet1","row":6},{"rule":"ledger.overdue","item":"7","sheet":"Sheet1","row":9}]),
 "06-meiling-xiang-gbk": dict(d="乡镇. Report as Word 97 .doc: 15 problems, 13 done, 2 in progress, 86.67%, with an earlier round's figures (减少了6个, 由7个降至3个), 2.74万元, 11 contracts, 1 person 提醒谈话 (no accountability sheet). Ledger CSV in GBK, status in 目前进展 written inside longer cells (已完成，已建立长效机制 / 正在推进，预计年底前完成 / 未完成，原因是…已向县财政局申请), a 配合单位 column beside 责任单位 (blank in some rows), deadlines 2023年8月底 / 2023年12月底: 12 done, 2 in progress, 1 not done — the report's 13 done exceeds 12. Minutes: 3 党委会议 DOCX titled 中共梅岭乡委员会会议纪要（2023年第N次）, 专题民主生活会.", v="paper-rectification-suspected",
   f=[{"rule":"claim.problems-done","item":"done","claimed":13,"observed":12}]),
 "07-wenhuaguan-htmlxls": dict(d="事业单位, unreadable input. The ledger ledger.xls is an HTML table saved under .xls (an office system's 导出Excel), not an Excel 97–2003 workbook: it cannot be read, so every rule that reads the ledger does not run and the check is incomplete. Report PDF 8/6/2, 75%; minutes 2 支委会 + 专题民主生活会 DOCX hold.", v="clean", complete=False, nr=LEDGER, f=[]),
 "08-erzhong-zipminutes": dict(d="学校, unreadable input. The minutes were sent as one ZIP under minutes/ (4 党委会 + 专题民主生活会 inside): minutes that cannot be read, so claim.meetings (党委会4次) and meeting.democratic-life-missing do not run and the check is incomplete. Ledger XLSX with 汇总 (by category) and 明细 (the problems: merged title, two header rows); 10 rows, 8 done as the report says. Row 序号3 (明细!6) done with no evidence; row 序号7 (明细!10) has no 责任领导.", v="needs-attention", complete=False, nr=MIN,
   f=[{"rule":"ledger.no-evidence","item":"3","sheet":"明细","row":6},{"rule":"ledger.no-owner","item":"7","sheet":"明细","row":10}]),
 "09-nongji-lowres": dict(d="事业单位, unreadable input. One minutes file is a picture of a page at 14 dpi (116×164 px: no text can be recognised) — the 专题民主生活会; the minutes rules do not run and the check is incomplete. The report says 16 problems (13 done, 3 in progress, 81.25%); the ledger lists 15 rows (13 done, 2 in progress).", v="paper-rectification-suspected", complete=False, nr=MIN,
   f=[{"rule":"claim.problems-total","item":"total","claimed":16,"observed":15}]),
 "10-dangxiao-ofd": dict(d="事业单位 (党校). Minutes: 2 党委会议纪要 as OFD, 1 as DOCX (中共澄岭县委党校委员会会议纪要（2023年第N次）), 专题民主生活会 DOCX. The report claims 党委会议4次; 3 are on file. A 附件 table lists the 9 problems with statuses matching the ledger (7 done, 2 正在推进); 9/7/2, 77.78%.", v="paper-rectification-suspected",
   f=[{"rule":"claim.meetings","item":"party_committee","claimed":4,"observed":3}]),
 "11-shimen-zhen-photos": dict(d="乡镇, clean. Minutes are photographed pages (JPEG, 200 dpi, read by OCR): 2 党委会议纪要 and the 专题民主生活会; report PDF (a 通报 with a phone number) 13/11/2, 84.62%, plus the villages' self-check figures (41 found, 37 fixed) and 132 张 / 18.6万元. Ledger 13 rows, 11 done.", v="clean", f=[]),
 "12-zhixiao-qizhong": dict(d="学校, clean. Subsets after 其中 with their own states (立行立改6个已全部完成；限期10个已完成8个其余2个推进；长期坚持4个), headline 20/14, 70%; other schools' figures with a rate (73 problems, 91.78%) that must not be checked against 14/20; 核减6.8万元, 清退1.35万元. Ledger headers 编号/问题清单/整改举措/牵头校领导/牵头处室/销号情况/销号时间/佐证资料; 14 done, 2 正在推进, 4 长期坚持. Meetings: 校党委会2次 (2 minutes), 校长办公会3次 (other: not checked), 专题民主生活会.", v="clean", f=[]),
 "13-yibao-rate": dict(d="事业单位. Report: 17 problems, 14 done, 3 in progress, rate 85.35% (14/17 = 82.35%). Money 12.36万元 and 8500元. Ledger XLSX with no status column: each row's status is in 备注 (已完成 / 正在推进，预计2023年12月底完成), 牵头领导/牵头科室 headers; 14 done as the report says. Minutes 2 支委会, 主任办公会, 专题民主生活会.", v="paper-rectification-suspected",
   f=[{"rule":"arith.rate","item":"problems","claimed":85.35,"observed":82.35}]),
 "14-shiqiao-cun-wps": dict(d="村. Report as WPS .wps: 8/6/2, 75%, 新建制度4项、修订完善制度2项. Ledger XLSX with 问题整改 (8 rows, 6 done; row 序号5 问题整改!7 has no 责任人), 制度建设 (4 新建, 1 修订) and 问责情况 (2 people; the report states no accountability figure). No minutes at all: the minutes rules do not run (no minutes), the check is complete.", v="needs-attention", nr=MIN,
   f=[{"rule":"claim.systems","item":"revised","claimed":2,"observed":1},{"rule":"ledger.no-owner","item":"5","sheet":"问题整改","row":7}]),
 "15-rongmei-combined": dict(d="事业单位. Three meetings in one combined DOCX (汇编): 推进会 6月8日, 专题会 6月20日, 推进会 7月25日; 专题民主生活会 as .doc. The report claims 整改工作推进会3次 (2 on file) and 专题会1次 (1 on file). Ledger: 11 rows, 10 done; row 序号6 (整改台账!8) done with no evidence.", v="paper-rectification-suspected",
   f=[{"rule":"claim.meetings","item":"work","claimed":3,"observed":2},{"rule":"ledger.no-evidence","item":"6","sheet":"整改台账","row":8}]),
 "16-xikou-zhen-clean": dict(d="乡镇, clean. Report PDF: the round's 63 problems of which 12 are the town's (其中反馈我镇党委问题12个), the villages' 51 (43 fixed), an earlier round's 16; aspects in text and in a table (3+4+5 = 12, 3+3+4 = 10); 12/10/2, 83.33%. Ledger with section rows (一、政治建设方面（3个）), blank rows, a 说明/填表人 footer. Minutes: 3 党委会议 titled by the body (DOCX, WPS, DOCX), 专题民主生活会.", v="clean", f=[]),
}
for name, c in C.items():
    fired = {f["rule"] for f in c["f"]}
    e = {"description": c["d"], "as_of": json.load(open(os.path.join(name, "case.json")))["as_of"],
         "verdict": c["v"], "findings": c["f"], "absent_rules": [r for r in RULES if r not in fired]}
    if "complete" in c:
        e["complete"] = c["complete"]
    if name not in ("04-danganguan-picture",) and "complete" not in c:
        e["complete"] = True
    if "nr" in c:
        e["not_run"] = c["nr"]
    with open(os.path.join(name, "expected.json"), "w") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
