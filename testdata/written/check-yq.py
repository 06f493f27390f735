#!/usr/bin/env python3
"""Check written:yq annotations: JSON valid, each text present, every cue a substring of its text, cue 2-8 chars."""
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = nf = own = 0
for ln in open(os.path.join(here, 'yq.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    text = json.load(open(os.path.join(here, 'pages', key + '.json'), encoding='utf-8'))['text']
    n += 1
    if not 150 <= len(text) <= 700:
        print(d['url'], 'length', len(text)); bad += 1
    for f in d['figures']:
        nf += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            own += 1
        c = f['cue']
        if c not in text or not 2 <= len(c) <= 8:
            print(d['url'], 'bad cue', c); bad += 1
        if len(c) > 6:
            print(d['url'], 'note: long cue', c)
print(f'texts {n}, figures {nf}, own {own}, problems {bad}')
sys.exit(1 if bad else 0)
