# Tiny check of the wp written set: JSON valid, every page present, every cue a
# substring of its text and 2-8 characters long. Run: python3 check-wp.py
import hashlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, line in enumerate(open(os.path.join(here, 'wp.jsonl'), encoding='utf-8'), 1):
    d = json.loads(line)
    key = hashlib.sha256(d['url'].encode()).hexdigest()[:16]
    page = json.load(open(os.path.join(here, 'pages', key + '.json'), encoding='utf-8'))
    assert page['url'] == d['url']
    for x in d['figures']:
        if x['cue'] not in page['text'] or not 2 <= len(x['cue']) <= 8:
            print('bad cue', d['url'], x['cue']); bad += 1
print('ok' if not bad else '%d bad cues' % bad)
sys.exit(1 if bad else 0)
