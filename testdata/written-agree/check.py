#!/usr/bin/env python3
"""Tiny check of the second, blind annotation: every line is valid JSON with the
fields of docs/devset.md, every url appears once, and every cue (2 to 8 characters)
is a substring of its text in testdata/written/pages/<sha256(url)[:16]>.json.
Run from the repository root: python3 testdata/written-agree/check.py"""
import glob, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, '..', 'written', 'pages')
LEVELS = {'中央', '省', '市', '县', '乡镇', '企业', '高校'}
KINDS = {'巡视', '巡察', '审计', '督察'}
SCOPES = {'', 'aggregate', 'other_units'}
SUB = {'problems': {'total', 'done', 'in_progress', 'not_done', 'rate'},
       'meetings': {'work', 'party_committee', 'special', 'study', 'democratic_life', 'lecture', 'other'},
       'systems': {'total', 'new', 'revised'},
       'accountability': {'total', 'admonished', 'criticized', 'disciplined', 'org_handling', 'other'},
       'clues': {'received', 'handled', 'filed'},
       'money': {'recovered', 'refunded', 'loss_recovered', 'other'},
       'other': {''}}

errors, seen, nfig, nown = [], set(), 0, 0
for path in sorted(glob.glob(os.path.join(HERE, '*.jsonl'))):
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f'{os.path.basename(path)}:{ln}'
        try:
            d = json.loads(line)
        except ValueError as e:
            errors.append(f'{where}: bad JSON: {e}'); continue
        url = d.get('url')
        if url in seen:
            errors.append(f'{where}: {url} annotated twice')
        seen.add(url)
        for k in ('issuer', 'hint'):
            if not d.get(k):
                errors.append(f'{where}: no {k}')
        if d.get('level') not in LEVELS: errors.append(f'{where}: level {d.get("level")}')
        if d.get('kind') not in KINDS: errors.append(f'{where}: kind {d.get("kind")}')
        if d.get('script') not in ('simplified', 'traditional'): errors.append(f'{where}: script')
        if not isinstance(d.get('figures_hold'), bool): errors.append(f'{where}: figures_hold')
        key = hashlib.sha256(url.encode()).hexdigest()[:16]
        try:
            text = json.load(open(os.path.join(PAGES, key + '.json'), encoding='utf-8'))['text']
        except OSError:
            errors.append(f'{where}: no page for {url}'); continue
        for j, f in enumerate(d.get('figures', [])):
            nfig += 1
            w = f'{where} fig {j+1}'
            if set(f) != {'kind', 'subtype', 'value', 'unit', 'scope', 'cue', 'family'}:
                errors.append(f'{w}: fields {sorted(f)}')
            if f.get('subtype') not in SUB.get(f.get('kind'), ()):
                errors.append(f'{w}: kind/subtype {f.get("kind")}/{f.get("subtype")}')
            if f.get('scope') not in SCOPES: errors.append(f'{w}: scope {f.get("scope")}')
            if not isinstance(f.get('value'), (int, float)): errors.append(f'{w}: value')
            cue = f.get('cue', '')
            if not 2 <= len(cue) <= 8: errors.append(f'{w}: cue length {len(cue)}')
            if cue not in text: errors.append(f'{w}: cue {cue!r} not in the text')
            if f.get('kind') != 'other' and f.get('scope') != 'other_units': nown += 1
for e in errors:
    print(e)
print(f'{len(seen)} texts, {nfig} figures, {nown} own; {len(errors)} errors')
sys.exit(1 if errors else 0)
