#!/usr/bin/env python3
"""Check yx.jsonl: JSON valid, page present, every cue 2-8 chars (6 preferred) and a substring of its text."""
import json, hashlib, sys, os
d = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0; own = 0
for line in open(os.path.join(d, 'yx.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    k = hashlib.sha256(r['url'].encode()).hexdigest()[:16]
    p = json.load(open(os.path.join(d, 'pages', k + '.json'), encoding='utf-8'))
    t = p['text']; assert p['url'] == r['url']
    L = len(t)
    if not 150 <= L <= 700: print(r['url'], 'length', L)
    for f in r['figures']:
        n += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units': own += 1
        c = f['cue']
        if c not in t: print(r['url'], 'cue not in text:', c); bad += 1
        if not 2 <= len(c) <= 8: print(r['url'], 'cue length:', c); bad += 1
        elif len(c) > 6: print(r['url'], 'long cue (allowed up to 8):', c)
print(len(open(os.path.join(d, 'yx.jsonl')).readlines()), 'texts', n, 'figures', own, 'own', bad, 'errors')
sys.exit(1 if bad else 0)
