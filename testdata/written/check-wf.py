#!/usr/bin/env python3
"""Check wf.jsonl against its texts: JSON valid, each url's page present under pages/,
every cue a substring of its text, cue length 2-6 (up to 8 allowed, reported)."""
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
bad = 0
n_texts = n_figs = n_own = 0
for ln, line in enumerate(open(os.path.join(here, 'wf.jsonl'), encoding='utf-8'), 1):
    d = json.loads(line)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json'), encoding='utf-8'))
    assert page['url'] == d['url'], (ln, d['url'])
    text = page['text']
    n_texts += 1
    for f in d['figures']:
        n_figs += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            n_own += 1
        for k in ('kind', 'subtype', 'value', 'unit', 'scope', 'cue', 'family'):
            if k not in f:
                print(f'line {ln}: figure lacks {k}: {f}'); bad += 1
        c = f['cue']
        if c not in text:
            print(f'line {ln}: cue not in text: {c}'); bad += 1
        if not 2 <= len(c) <= 8:
            print(f'line {ln}: cue length {len(c)}: {c}'); bad += 1
        elif len(c) > 6:
            print(f'line {ln}: long cue (allowed up to 8): {c}')
print(f'{n_texts} texts, {n_figs} figures, {n_own} own; {bad} problems')
sys.exit(1 if bad else 0)
