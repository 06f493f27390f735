#!/usr/bin/env python3
# Writer's check for yt.jsonl: JSON valid, page file per url, cues are substrings of their text, cue length 2-8
# (over 6 only where a figure needs it), kinds and scopes from the claim vocabulary.
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
kinds = {'problems', 'meetings', 'systems', 'accountability', 'clues', 'money', 'other'}
bad = 0
for n, line in enumerate(open(os.path.join(here, 'yt.jsonl')), 1):
    d = json.loads(line)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json')))
    assert page['url'] == d['url'], d['url']
    text = page['text']
    for g in d['figures']:
        ok = g['cue'] in text and 2 <= len(g['cue']) <= 8 and g['kind'] in kinds \
            and g['scope'] in ('', 'aggregate', 'other_units') and (g['kind'] != 'other' or g['subtype'] == '')
        if not ok:
            bad += 1
            print('line', n, 'bad figure', g)
        elif len(g['cue']) > 6:
            print('line', n, 'long cue (allowed):', g['cue'])
print('bad', bad)
sys.exit(1 if bad else 0)
