#!/usr/bin/env python3
"""Check testdata/written/wx.jsonl: JSON valid, page file present, every cue a
substring of its text, cue length 2-6 (up to 8 allowed, reported)."""
import hashlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, line in enumerate(open(os.path.join(here, 'wx.jsonl')), 1):
    d = json.loads(line)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json')))
    if page['url'] != d['url']:
        print('url mismatch', n); bad += 1
    for f in d['figures']:
        c = f['cue']
        if c not in page['text']:
            print(d['url'], 'cue not in text:', c); bad += 1
        if not 2 <= len(c) <= 8:
            print(d['url'], 'cue length', len(c), c); bad += 1
        elif len(c) > 6:
            print(d['url'], 'long cue (allowed):', c)
        for k in ('kind', 'subtype', 'value', 'unit', 'scope', 'cue', 'family'):
            if k not in f:
                print(d['url'], 'missing', k); bad += 1
print('bad', bad)
sys.exit(1 if bad else 0)
