#!/usr/bin/env python3
"""Check wy.jsonl: valid JSON, page files present, cues substrings of their texts, cue lengths 2-8."""
import hashlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
texts = figs = own = 0
for n, line in enumerate(open(os.path.join(here, 'wy.jsonl')), 1):
    d = json.loads(line)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json')))
    assert page['url'] == d['url'], d['url']
    text = page['text']
    texts += 1
    for f in d['figures']:
        figs += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            own += 1
        if f['cue'] not in text:
            print(d['url'], 'cue not in text:', f['cue']); bad += 1
        if not 2 <= len(f['cue']) <= 8:
            print(d['url'], 'cue length', len(f['cue']), f['cue']); bad += 1
        if len(f['cue']) > 6:
            print(d['url'], 'long cue (allowed up to 8):', f['cue'])
print(texts, 'texts', figs, 'figures', own, 'own')
sys.exit(1 if bad else 0)
