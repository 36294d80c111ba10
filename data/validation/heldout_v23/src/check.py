"""Re-read the CSV and print counts per story and per case (stdlib only)."""
import csv, collections, tomllib, pathlib
OUT = pathlib.Path('/tmp/blind23/out')
rows = list(csv.DictReader(open(OUT / 'blame_heldout_v23.csv', encoding='utf-8', newline='')))
assert list(rows[0]) == 'story,passage_id,sentence_index,text,blamed,reported,case,hard_negative,note'.split(',')
by_p = collections.defaultdict(list)
for r in rows: by_p[r['passage_id']].append(int(r['sentence_index']))
assert all(v == list(range(1, len(v) + 1)) for v in by_p.values())
for r in rows:
    groups = tomllib.load(open(OUT / r['story'] / 'actors.toml', 'rb'))['groups']
    for g in filter(None, (r['blamed'] + ';' + r['reported']).split(';')): assert g in groups
print('story | passages | sentences | with writer blame | with reported blame | hard negatives | blamed group mentions')
tot = collections.Counter()
for s in ['bike-share-brakes', 'hospital-superbug', 'cemetery-plots']:
    R = [r for r in rows if r['story'] == s]
    c = dict(p=len({r['passage_id'] for r in R}), n=len(R), b=sum(bool(r['blamed']) for r in R),
             r=sum(bool(r['reported']) for r in R), h=sum(r['hard_negative'] == '1' for r in R))
    gm = collections.Counter(g for r in R for g in r['blamed'].split(';') if g)
    print(s, '|', c['p'], '|', c['n'], '|', c['b'], '|', c['r'], '|', c['h'], '|', dict(sorted(gm.items())))
    tot.update(c)
print('total |', tot['p'], '|', tot['n'], '|', tot['b'], '|', tot['r'], '|', tot['h'])
for s in ['bike-share-brakes', 'hospital-superbug', 'cemetery-plots']:
    for w in 'ab':
        R = [r for r in rows if r['story'] == s and r['passage_id'][3] == w]
        print(' ', s, w, len(R), 'blamed', sum(bool(r['blamed']) for r in R))
print('\ncase | bs | hc | cp | total | with writer blame | hard negatives')
short = {'bike-share-brakes': 'bs', 'hospital-superbug': 'hc', 'cemetery-plots': 'cp'}
for case in sorted({r['case'] for r in rows}):
    R = [r for r in rows if r['case'] == case]
    cc = collections.Counter(short[r['story']] for r in R)
    print(case, '|', cc['bs'], '|', cc['hc'], '|', cc['cp'], '|', len(R), '|', sum(bool(r['blamed']) for r in R), '|', sum(r['hard_negative'] == '1' for r in R))
