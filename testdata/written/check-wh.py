#!/usr/bin/env python3
"""Check wh.jsonl against its pages: valid JSON, every cue a substring of its text, cue 2-8 characters
(more than 6 reported), text 150-700 characters, known kinds and scopes."""
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
KINDS = {"problems": {"total", "done", "in_progress", "not_done", "rate"},
         "accountability": {"total", "disciplined", "org_handling", "admonished", "criticized", "other"},
         "systems": {"total", "new", "revised"},
         "meetings": {"party_committee", "special", "study", "work", "democratic_life", "lecture", "other"},
         "clues": {"received", "handled", "filed"},
         "money": {"recovered", "refunded", "loss_recovered", "other"},
         "other": {""}}
bad = 0
own = figs = 0
for n, line in enumerate(open(os.path.join(here, "wh.jsonl")), 1):
    d = json.loads(line)
    key = hashlib.sha256(d["url"].encode()).hexdigest()[:16]
    text = json.load(open(os.path.join(here, "pages", key + ".json")))["text"]
    if not 150 <= len(text) <= 700:
        print(d["url"], "length", len(text)); bad += 1
    for f in d["figures"]:
        figs += 1
        if f["kind"] != "other" and f["scope"] != "other_units":
            own += 1
        if f["subtype"] not in KINDS.get(f["kind"], ()):
            print(d["url"], "kind/subtype", f); bad += 1
        if f["scope"] not in ("", "aggregate", "other_units"):
            print(d["url"], "scope", f); bad += 1
        c = f["cue"]
        if c not in text:
            print(d["url"], "cue not in text:", c); bad += 1
        if not 2 <= len(c) <= 8:
            print(d["url"], "cue length", c); bad += 1
        elif len(c) > 6:
            print(d["url"], "long cue (allowed):", c)
print("texts", n, "figures", figs, "own", own, "errors", bad)
sys.exit(1 if bad else 0)
