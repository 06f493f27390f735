#!/usr/bin/env python3
"""Checks testdata/written/we.jsonl against its texts in testdata/written/pages:
valid JSON, every cue a substring of its text, cue length 2-6 (up to 8 allowed),
text length 150-700. Prints counts; exits 1 on any error."""
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
KINDS = {"problems", "meetings", "systems", "accountability", "clues", "money", "other"}
bad = 0
texts = figs = own = noown = 0
for n, line in enumerate(open(os.path.join(here, "we.jsonl")), 1):
    try:
        d = json.loads(line)
    except ValueError as e:
        print(f"line {n}: bad JSON: {e}"); bad = 1; continue
    key = hashlib.sha256(d["url"].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, "pages", key + ".json")))
    text = page["text"]
    if page["url"] != d["url"]:
        print(f"line {n}: url mismatch"); bad = 1
    if not 150 <= len(text) <= 700:
        print(f"{d['url']}: text length {len(text)}"); bad = 1
    texts += 1
    k_own = 0
    for f in d["figures"]:
        figs += 1
        c = f["cue"]
        if c not in text:
            print(f"{d['url']}: cue {c!r} not in text"); bad = 1
        if not 2 <= len(c) <= 8:
            print(f"{d['url']}: cue {c!r} length {len(c)}"); bad = 1
        elif len(c) > 6:
            print(f"{d['url']}: note: cue {c!r} longer than 6")
        if f["kind"] not in KINDS:
            print(f"{d['url']}: kind {f['kind']!r}"); bad = 1
        if f["kind"] != "other" and f["scope"] != "other_units":
            k_own += 1
    own += k_own
    noown += k_own == 0
print(f"texts {texts}, figures {figs}, own figures {own}, texts with no own figure {noown}")
sys.exit(bad)
