# Writes a case's expected.json from a short description (used once by hand
# for each folder; kept so the lists of rules are written the same way).
import json, sys
ALL = ["arith.parts-sum","arith.rate","arith.list-count","claim.problems-total","claim.problems-done",
       "claim.item-status","claim.meetings","claim.accountability","claim.systems","claim.clues",
       "ledger.overdue","ledger.no-evidence","ledger.no-owner","clue.overdue",
       "meeting.democratic-life-missing","text.vague-measures","text.copied","history.recurrence"]
def write(case, desc, as_of, findings, not_run, complete=True):
    fired = {f["rule"] for f in findings}
    sev = {"arith.parts-sum":"high","arith.rate":"high","arith.list-count":"medium","claim.problems-total":"high",
           "claim.problems-done":"high","claim.item-status":"high","claim.meetings":"high","claim.accountability":"high",
           "claim.systems":"medium","claim.clues":"high","ledger.overdue":"medium","ledger.no-evidence":"medium",
           "ledger.no-owner":"low","clue.overdue":"medium","meeting.democratic-life-missing":"medium",
           "text.vague-measures":"low","text.copied":"medium","history.recurrence":"medium"}
    sevs = {sev[r] for r in fired}
    verdict = "paper-rectification-suspected" if "high" in sevs else "needs-attention" if "medium" in sevs else "clean"
    e = {"description": desc, "as_of": as_of, "verdict": verdict, "complete": complete,
         "findings": findings, "not_run": not_run, "absent_rules": [r for r in ALL if r not in fired]}
    with open(case + "/expected.json", "w") as f:
        json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")
