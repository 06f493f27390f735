#!/usr/bin/env python3
"""Check yw.jsonl against its pages: JSON valid, every cue a substring of the text, cue 2-8 chars
(over 6 reported), text 150-700 chars, fields present."""
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
KINDS = {"problems", "meetings", "systems", "accountability", "clues", "money", "other"}
for n, line in enumerate(open(os.path.join(here, "yw.jsonl")), 1):
    d = json.loads(line)
    key = hashlib.sha256(d["url"].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, "pages", key + ".json")))
    assert page["url"] == d["url"]
    text = page["text"]
    if not 150 <= len(text) <= 700:
        print(d["url"], "text length", len(text)); bad += 1
    for k in ("issuer", "level", "kind", "script", "hint", "figures_hold", "figures"):
        if k not in d:
            print(d["url"], "missing", k); bad += 1
    for f in d["figures"]:
        c = f["cue"]
        if f["kind"] not in KINDS:
            print(d["url"], "kind", f); bad += 1
        if c not in text:
            print(d["url"], "cue not in text:", c); bad += 1
        if not 2 <= len(c) <= 8:
            print(d["url"], "cue length", c); bad += 1
        elif len(c) > 6:
            print(d["url"], "note: long cue", c)
sys.exit(1 if bad else 0)
