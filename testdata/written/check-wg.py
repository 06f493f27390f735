#!/usr/bin/env python3
"""Check testdata/written/wg.jsonl (blind written texts of helper wg, session 15).

Per line: valid JSON with the devset fields; the page file pages/<sha256(url)[:16]>.json exists
and holds the same url; every cue is a substring of the text and 2-6 characters long (7-8
tolerated with a note); kind and scope come from the annotation vocabulary; kind `other` has
no subtype; values are numbers. Prints counts; exits 1 on any error.
"""
import collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = sys.argv[1] if len(sys.argv) > 1 else 'wg'
KINDS = {'problems', 'meetings', 'systems', 'accountability', 'clues', 'money', 'other'}
SCOPES = {'', 'aggregate', 'other_units'}
FIELDS = ['url', 'issuer', 'level', 'kind', 'script', 'hint', 'figures_hold', 'figures']
LEVELS = {'中央', '省', '市', '县', '乡镇', '企业', '高校'}
TKINDS = {'巡视', '巡察', '审计', '督察'}

bad = 0
def fail(msg):
    global bad
    bad += 1
    print('ERROR', msg)

n_texts = n_figs = n_own = 0
no_own = []
fams = collections.Counter()
seen = set()
for i, line in enumerate(open(os.path.join(HERE, NAME + '.jsonl'), encoding='utf-8'), 1):
    try:
        d = json.loads(line)
    except ValueError as e:
        fail(f'line {i}: {e}')
        continue
    n_texts += 1
    if list(d) != FIELDS:
        fail(f'line {i}: fields {list(d)}')
    url = d['url']
    if url in seen:
        fail(f'{url}: twice')
    seen.add(url)
    if d['level'] not in LEVELS or d['kind'] not in TKINDS:
        fail(f'{url}: level or kind')
    key = hashlib.sha256(url.encode()).hexdigest()[:16]
    try:
        page = json.load(open(os.path.join(HERE, 'pages', key + '.json'), encoding='utf-8'))
    except (OSError, ValueError) as e:
        fail(f'{url}: page: {e}')
        continue
    if page.get('url') != url:
        fail(f'{url}: page url {page.get("url")}')
    text = page['text']
    own = 0
    for f in d['figures']:
        n_figs += 1
        fams[f['family']] += 1
        cue = f['cue']
        if cue not in text:
            fail(f'{url}: cue {cue!r} not in text')
        if not 2 <= len(cue) <= 8:
            fail(f'{url}: cue {cue!r} of length {len(cue)}')
        elif len(cue) > 6:
            print(f'note {url}: cue {cue!r} is {len(cue)} characters')
        if f['kind'] not in KINDS or f['scope'] not in SCOPES:
            fail(f'{url}: kind/scope {f}')
        if f['kind'] == 'other' and f['subtype']:
            fail(f'{url}: other with subtype {f}')
        if not isinstance(f['value'], (int, float)) or isinstance(f['value'], bool):
            fail(f'{url}: value {f}')
        if f['kind'] != 'other' and f['scope'] != 'other_units':
            own += 1
    n_own += own
    if not own:
        no_own.append(url.rsplit('/', 1)[1])
print(f'{n_texts} texts, {n_figs} figures, {n_own} own; no own figure in {len(no_own)}: {", ".join(no_own)}')
print('families:', ', '.join(f'{k} {v}' for k, v in fams.most_common(12)))
print(f'{bad} errors')
sys.exit(1 if bad else 0)
