#!/usr/bin/env python3
"""Check wq.jsonl against its pages: JSON valid, page present, every cue a
substring of its text, cue length 2-6 (up to 8 allowed), text length 150-700."""
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = nf = own = 0
for ln, line in enumerate(open(os.path.join(here, 'wq.jsonl'), encoding='utf-8'), 1):
    rec = json.loads(line)
    key = hashlib.sha256(rec['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json'), encoding='utf-8'))
    assert page['url'] == rec['url'], rec['url']
    text = page['text']
    n += 1
    if not 150 <= len(text) <= 700:
        print(f"{rec['url']}: text length {len(text)}"); bad += 1
    for f in rec['figures']:
        nf += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            own += 1
        c = f['cue']
        if c not in text:
            print(f"{rec['url']}: cue {c!r} not in text"); bad += 1
        if not 2 <= len(c) <= 8:
            print(f"{rec['url']}: cue {c!r} length {len(c)}"); bad += 1
        elif len(c) > 6:
            print(f"{rec['url']}: note: cue {c!r} longer than 6")
print(f"{n} texts, {nf} figures, {own} own; {bad} problems")
sys.exit(1 if bad else 0)
