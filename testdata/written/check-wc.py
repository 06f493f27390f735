#!/usr/bin/env python3
"""Check testdata/written/wc.jsonl against its texts in testdata/written/pages.

Every line must be valid JSON; every text file must exist under the key
sha256(url)[:16] and hold the same url; every cue must be a substring of its
text, 2 to 6 characters long (up to 8 allowed, reported); kinds and scopes must
be of the claim vocabulary. Exits 1 on any error.
"""
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
name = sys.argv[1] if len(sys.argv) > 1 else 'wc'
KINDS = {'problems', 'meetings', 'systems', 'accountability', 'clues', 'money', 'other'}
SCOPES = {'', 'aggregate', 'other_units'}
errors = 0
texts = figs = own = 0
with open(os.path.join(here, name + '.jsonl'), encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            print(f'line {n}: bad JSON: {e}'); errors += 1; continue
        texts += 1
        key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
        path = os.path.join(here, 'pages', key + '.json')
        try:
            page = json.load(open(path, encoding='utf-8'))
        except (OSError, ValueError) as e:
            print(f'{d["url"]}: no page {path}: {e}'); errors += 1; continue
        if page.get('url') != d['url']:
            print(f'{d["url"]}: page holds url {page.get("url")}'); errors += 1
        text = page['text']
        for f in d['figures']:
            figs += 1
            cue = f['cue']
            if cue not in text:
                print(f'{d["url"]}: cue {cue!r} not in text'); errors += 1
            if not 2 <= len(cue) <= 8:
                print(f'{d["url"]}: cue {cue!r} length {len(cue)}'); errors += 1
            elif len(cue) > 6:
                print(f'{d["url"]}: note: cue {cue!r} is {len(cue)} characters')
            if f['kind'] not in KINDS or f['scope'] not in SCOPES:
                print(f'{d["url"]}: bad kind or scope {f}'); errors += 1
            if f['kind'] == 'other' and f['subtype']:
                print(f'{d["url"]}: kind other with subtype {f}'); errors += 1
            if not isinstance(f['value'], (int, float)):
                print(f'{d["url"]}: value not a number {f}'); errors += 1
            if f['kind'] != 'other' and f['scope'] != 'other_units':
                own += 1
print(f'{texts} texts, {figs} figures, {own} own; {errors} errors')
sys.exit(1 if errors else 0)
