#!/usr/bin/env python3
"""Check testdata/written/wi.jsonl against its pages: JSON valid, every cue a substring
of its text, cue length 2-6 (up to 8 allowed), keys and vocabulary present."""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"problems", "meetings", "systems", "accountability", "clues", "money", "other"}
LEVELS = {"中央", "省", "市", "县", "乡镇", "企业", "高校"}
bad = 0
n = nf = 0
for ln, line in enumerate(open(os.path.join(HERE, "wi.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    n += 1
    key = hashlib.sha256(d["url"].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(HERE, "pages", key + ".json"), encoding="utf-8"))
    assert page["url"] == d["url"], d["url"]
    text = page["text"]
    if not 150 <= len(text) <= 700:
        print(f"{d['url']}: length {len(text)}"); bad += 1
    if d["level"] not in LEVELS or d["kind"] not in {"巡视", "巡察", "审计", "督察"} \
            or d["script"] not in {"simplified", "traditional"} or not isinstance(d["figures_hold"], bool):
        print(f"{d['url']}: header"); bad += 1
    for f in d["figures"]:
        nf += 1
        if set(f) != {"kind", "subtype", "value", "unit", "scope", "cue", "family"} or f["kind"] not in KINDS \
                or f["scope"] not in {"", "aggregate", "other_units"}:
            print(f"{d['url']}: fields {f}"); bad += 1
        c = f["cue"]
        if c not in text:
            print(f"{d['url']}: cue not in text: {c}"); bad += 1
        if not 2 <= len(c) <= 8:
            print(f"{d['url']}: cue length {len(c)}: {c}"); bad += 1
        elif len(c) > 6:
            print(f"{d['url']}: note, long cue ({len(c)}): {c}")
print(f"{n} texts, {nf} figures, {bad} problems")
sys.exit(1 if bad else 0)
