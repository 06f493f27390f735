#!/usr/bin/env python3
"""Tiny sanity check of testdata/written/wd.jsonl against its texts in pages/.

Checks: valid JSON; each url's page file exists under its sha256 key and holds the same url;
text length 150-700; kinds, subtypes, levels, scopes from the devset vocabulary; every cue a
substring of its text, 2-6 characters (up to 8 tolerated, reported); a cue annotated more
often than it occurs in the text is reported. Prints counts. Exit 1 on any error.
"""
import hashlib, json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
XX = 'wd'
KINDS = {
    'problems': {'total', 'done', 'in_progress', 'not_done', 'rate'},
    'meetings': {'party_committee', 'work', 'special', 'study', 'democratic_life', 'lecture', 'other'},
    'systems': {'total', 'new', 'revised'},
    'accountability': {'total', 'disciplined', 'admonished', 'criticized', 'org_handling', 'other'},
    'clues': {'received', 'handled', 'filed'},
    'money': {'recovered', 'refunded', 'loss_recovered', 'other'},
    'other': {''},
}
LEVELS = {'中央', '省', '市', '县', '乡镇', '企业', '高校'}
ROUND = {'巡视', '巡察', '审计', '督察'}
SCOPES = {'', 'other_units', 'aggregate'}

errors, notes = [], []
texts = figs = own = 0
fam = collections.Counter()
no_own = 0
seen = set()
for n, line in enumerate(open(os.path.join(HERE, XX + '.jsonl'), encoding='utf-8'), 1):
    try:
        d = json.loads(line)
    except ValueError as e:
        errors.append(f'line {n}: bad JSON: {e}')
        continue
    url = d['url']
    if url in seen:
        errors.append(f'{url}: annotated twice')
    seen.add(url)
    key = hashlib.sha256(url.encode()).hexdigest()[:16]
    path = os.path.join(HERE, 'pages', key + '.json')
    if not os.path.exists(path):
        errors.append(f'{url}: no page {key}.json')
        continue
    page = json.load(open(path, encoding='utf-8'))
    if page.get('url') != url:
        errors.append(f'{url}: page holds url {page.get("url")}')
    text = page['text']
    texts += 1
    if not 150 <= len(text) <= 700:
        errors.append(f'{url}: text length {len(text)}')
    if d['level'] not in LEVELS or d['kind'] not in ROUND or d['script'] not in ('simplified', 'traditional'):
        errors.append(f'{url}: bad level/kind/script')
    if not isinstance(d['figures_hold'], bool) or not d.get('hint') or not d.get('issuer'):
        errors.append(f'{url}: bad hint/issuer/figures_hold')
    uses = collections.Counter()
    town = 0
    for f in d['figures']:
        figs += 1
        fam[f['family']] += 1
        if f['kind'] not in KINDS or f['subtype'] not in KINDS[f['kind']]:
            errors.append(f'{url}: bad kind/subtype {f["kind"]}/{f["subtype"]}')
        if f['scope'] not in SCOPES:
            errors.append(f'{url}: bad scope {f["scope"]}')
        if not isinstance(f['value'], (int, float)):
            errors.append(f'{url}: value not a number: {f["value"]!r}')
        cue = f['cue']
        if cue not in text:
            errors.append(f'{url}: cue {cue!r} not in text')
        if not 2 <= len(cue) <= 8:
            errors.append(f'{url}: cue {cue!r} length {len(cue)}')
        elif len(cue) > 6:
            notes.append(f'{url}: long cue {cue!r} ({len(cue)})')
        uses[cue] += 1
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            own += 1
            town += 1
    for cue, k in uses.items():
        if text.count(cue) < k:
            notes.append(f'{url}: cue {cue!r} annotated {k}x, occurs {text.count(cue)}x')
    if town == 0:
        no_own += 1

for m in notes:
    print('note:', m)
for m in errors:
    print('ERROR:', m)
print(f'texts {texts}, figures {figs}, own figures {own}, texts with no own figure {no_own}')
print('families:', ', '.join(f'{k} {v}' for k, v in fam.most_common(15)))
sys.exit(1 if errors else 0)
