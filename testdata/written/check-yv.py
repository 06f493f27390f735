#!/usr/bin/env python3
# Check of yv.jsonl by its writer: every line valid JSON with a page file whose url agrees; every cue a substring
# of its text, 2-6 characters (7-8 allowed where a figure's number needs it, printed); kinds and scopes from the
# claim vocabulary; an 'other' figure has no subtype.
import json, hashlib, os, sys
here = os.path.dirname(os.path.abspath(__file__))
KINDS = ('problems', 'meetings', 'systems', 'accountability', 'clues', 'money', 'other')
errors = 0
for n, line in enumerate(open(os.path.join(here, 'yv.jsonl'), encoding='utf-8'), 1):
    rec = json.loads(line)
    name = hashlib.sha256(rec['url'].encode()).hexdigest()[:16] + '.json'
    page = json.load(open(os.path.join(here, 'pages', name), encoding='utf-8'))
    if page['url'] != rec['url']:
        errors += 1
        print(n, 'url differs', rec['url'])
    for f in rec['figures']:
        good = (f['cue'] in page['text'] and 2 <= len(f['cue']) <= 8 and f['kind'] in KINDS
                and f['scope'] in ('', 'aggregate', 'other_units') and (f['kind'] != 'other' or f['subtype'] == ''))
        if not good:
            errors += 1
            print(n, 'bad', f)
        elif len(f['cue']) > 6:
            print(n, 'cue over 6 (allowed):', f['cue'])
print('errors', errors)
sys.exit(1 if errors else 0)
