#!/usr/bin/env python3
"""Checks testdata/written/wb.jsonl against its pages: JSON valid, every url's page present,
every cue a substring of its text, cue length 2-6 (up to 8 allowed, reported), text length 150-700."""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
long_cues = 0
n_fig = n_own = 0
for no, line in enumerate(open(os.path.join(HERE, 'wb.jsonl'), encoding='utf-8'), 1):
    rec = json.loads(line)
    key = hashlib.sha256(rec['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(HERE, 'pages', key + '.json'), encoding='utf-8'))
    assert page['url'] == rec['url'], rec['url']
    text = page['text']
    if not 150 <= len(text) <= 700:
        print('%s: text length %d' % (rec['url'], len(text))); bad += 1
    for k in ('issuer', 'level', 'kind', 'script', 'hint', 'figures_hold', 'figures'):
        assert k in rec, (rec['url'], k)
    for f in rec['figures']:
        n_fig += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            n_own += 1
        c = f['cue']
        if c not in text:
            print('%s: cue %r not in text' % (rec['url'], c)); bad += 1
        if not 2 <= len(c) <= 8:
            print('%s: cue %r length %d' % (rec['url'], c, len(c))); bad += 1
        elif len(c) > 6:
            long_cues += 1
print('texts %d, figures %d, own %d, cues over 6 chars %d, problems %d' % (no, n_fig, n_own, long_cues, bad))
sys.exit(1 if bad else 0)
