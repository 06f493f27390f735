#!/usr/bin/env python3
# Check of the written set wj: JSON valid, page file per url, cues substrings of their text, cue length 2-8.
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
kinds = {"problems", "accountability", "clues", "meetings", "systems", "money", "other"}
n = nf = own = 0
for line in open(os.path.join(here, "wj.jsonl"), encoding="utf-8"):
    if not line.strip():
        continue
    d = json.loads(line)
    n += 1
    key = hashlib.sha256(d["url"].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, "pages", key + ".json"), encoding="utf-8"))
    assert page["url"] == d["url"]
    text = page["text"]
    for f in d["figures"]:
        nf += 1
        if f["kind"] != "other" and f["scope"] != "other_units":
            own += 1
        if f["kind"] not in kinds or f["scope"] not in ("", "aggregate", "other_units"):
            print(d["url"], "bad kind/scope", f); bad += 1
        if f["cue"] not in text:
            print(d["url"], "cue not in text:", f["cue"]); bad += 1
        if not 2 <= len(f["cue"]) <= 8:
            print(d["url"], "cue length:", f["cue"]); bad += 1
print(n, "texts,", nf, "figures,", own, "own;", bad, "problems")
sys.exit(1 if bad else 0)
