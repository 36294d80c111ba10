import csv, tomllib, re, collections, pathlib
OUT = pathlib.Path('/tmp/train6/out')
CASES = ('adopted advice characterisation cleft coordination copular counterfactual credit deserves '
         'hardship hypothetical inaction insertion negation neutral passive plain possessive pronoun '
         'question quotation reported scare_quote victim').split()
raw = (OUT / 'blame_train_6.csv').read_bytes()
assert b'\r' not in raw
rows = list(csv.DictReader(open(OUT / 'blame_train_6.csv', encoding='utf-8', newline='')))
acts = {s: tomllib.load(open(OUT / s / 'actors.toml', 'rb')) for s in {r['story'] for r in rows}}
err = []
bypass = collections.defaultdict(list)
for r in rows:
    g = acts[r['story']]['groups']
    for col in ('blamed', 'reported'):
        for x in filter(None, r[col].split(';')):
            if x not in g: err.append(('badgroup', r['passage_id'], x))
    if r['case'] not in CASES: err.append(('case', r['passage_id'], r['case']))
    if r['hard_negative'] == '1' and r['blamed']: err.append(('hn', r['passage_id'], r['sentence_index']))
    if not r['note']: err.append(('note', r['passage_id']))
    if r['text'] != r['text'].strip() or '  ' in r['text']: err.append(('space', r['passage_id']))
    w = r['passage_id'].split('-')[1]
    if w == 'a' and re.search('["\']', r['text']): err.append(('straight in a', r['passage_id'], r['sentence_index']))
    if w == 'b' and re.search('[\u201c\u201d\u2018\u2019]', r['text']): err.append(('curly in b', r['passage_id']))
    if r['passage_id'][:2] != {'velmont-zoo': 'zo', 'vallorin-wine': 'wn', 'castrell-marathon': 'mr'}[r['story']]:
        err.append(('short', r['passage_id']))
    bypass[r['passage_id']].append(int(r['sentence_index']))
for p, ix in bypass.items():
    if ix != list(range(1, len(ix) + 1)): err.append(('index', p))
    if not 3 <= len(ix) <= 5: err.append(('len', p, len(ix)))
cols = collections.Counter(p.rsplit('-', 1)[0] for p in bypass)
print('paragraphs per column', dict(cols))
print('ERRORS', err)
# counts
print('\nstory  sentences blamed reported hard_neg  per-group blamed')
for s in acts:
    rs = [r for r in rows if r['story'] == s]
    gb = collections.Counter(x for r in rs for x in filter(None, r['blamed'].split(';')))
    gr = collections.Counter(x for r in rs for x in filter(None, r['reported'].split(';')))
    print(s, len(rs), sum(1 for r in rs if r['blamed']), sum(1 for r in rs if r['reported']),
          sum(1 for r in rs if r['hard_negative'] == '1'), dict(gb), 'rep', dict(gr))
print('total', len(rows), sum(1 for r in rows if r['blamed']), sum(1 for r in rows if r['hard_negative'] == '1'))
cc = collections.Counter(r['case'] for r in rows)
print({c: cc[c] for c in CASES})
print('cases <2:', [c for c in CASES if cc[c] < 2])
